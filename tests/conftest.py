import os

# Before any Qt import: no screen here, and none in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
