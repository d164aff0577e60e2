"""The Qt side: widgets that show the core's steps and hand back the person's answers."""
