import subprocess
import sys
from pathlib import Path

import app.core

CORE = Path(app.core.__file__).parent


def test_core_imports_no_qt():
    modules = sorted(".".join(("app", "core", *p.relative_to(CORE).with_suffix("").parts)).removesuffix(".__init__")
                     for p in CORE.rglob("*.py"))
    code = (
        "import sys\n"
        f"for m in {modules!r}: __import__(m)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"app/core pulled in Qt: {out.stdout.strip()}"
