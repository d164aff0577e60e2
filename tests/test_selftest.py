"""What the frozen bundle's smoke test runs: --self-test and --screenshot, as whole processes."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def run_app(*args, cwd):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


def test_self_test_checks_everything_and_says_ok(tmp_path):
    result = run_app("--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    checks = [line.split(":")[1].strip() for line in lines[:5]]
    assert checks == ["translations", "content", "contact checks", "pages", "attempt log"]
    assert lines[-1] == "self-test: ok"


def test_self_test_fails_with_the_reason_when_a_translation_is_broken(tmp_path, monkeypatch):
    import app.core.paths as paths

    broken = tmp_path / "data"
    (broken / "translations").mkdir(parents=True)
    (broken / "translations" / "vssid_vi.qm").write_bytes(b"not a qm file")
    (broken / "resources").symlink_to(paths.resources_dir())
    probe = (
        "import sys, app.core.paths as p; from pathlib import Path\n"
        f"p.data_root.cache_clear(); p._APP_DIR = Path({str(broken / 'app')!r})\n"
        "from app.selftest import run_self_test; sys.exit(run_self_test())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert "translations FAILED" in result.stderr and "vssid_vi.qm" in result.stderr


def test_screenshot_writes_the_first_page(tmp_path):
    shot = tmp_path / "first.png"
    result = run_app("--screenshot", str(shot), "--lang", "en", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800, "no usable picture of the first page"
