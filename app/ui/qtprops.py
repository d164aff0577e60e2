"""Qt properties set by name, enum values by their Qt key names, the way Qt Designer's .ui files set them.

The code that builds the first frame uses this instead of PySide6's ``Qt`` namespace: PySide6
makes that namespace's 93 enum classes the first time the name is looked up, about 15 ms, more
than the welcome page's own widgets cost. Code that runs after the first frame uses ``QtCore.Qt``
as usual; tests/ui/test_wizard.py checks that the first frame never looks it up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_properties(obj: QObject, **values: object) -> None:
    """Set each Qt property; a wrong name or value is a programming error, raised at once."""
    for name, value in values.items():
        if not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} has no property {name!r} that takes {value!r}")
