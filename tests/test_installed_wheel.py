"""The program finds its guides, cause texts and translations when installed from a wheel, not only from a checkout."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_resources_and_translations(tmp_path):
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"), str(ROOT)],
                   check=True)
    wheel = next((tmp_path / "dist").glob("vssid_helper-*.whl"))
    target = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    probe = (
        "import app.core.paths as p, app.core.content as c\n"
        "print(p.data_root())\n"
        "print(len(c.cause_pages()), len(c.ways_in()))\n"
        "print((p.translations_dir() / 'vssid_vi.qm').is_file())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    root, counts, qm = out.stdout.splitlines()
    assert Path(root).is_relative_to(target), f"resources were read from {root}, not from the installed wheel"
    assert counts == "8 4"
    assert qm == "True", "the Vietnamese translation is missing from the wheel"
