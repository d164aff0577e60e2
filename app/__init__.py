"""VssID password helper: a step-by-step assistant for people whose VssID password never arrived."""

__version__ = "0.1.0"
