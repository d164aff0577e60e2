"""scripts/_env.sh: what the set-up scripts say about Qt's system libraries, and when they call apt-get.

The checks run in a real bash with stand-ins for ldconfig, fc-list, id and apt-get first on PATH,
so that "installed", "missing" and "root or not" can each be set up here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig "
            "fonts-dejavu-core fonts-noto-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
LIBS = ("libEGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1", "libdbus-1.so.3", "libGL.so.1",
        "libxcb-cursor.so.0")

pytestmark = pytest.mark.skipif(sys.platform != "linux" or shutil.which("bash") is None,
                                reason="the set-up scripts install Debian packages on Linux only")


def fake_tools(folder: Path, *, libs: tuple[str, ...] = LIBS, font: bool = True, uid: int = 0) -> Path:
    """Stand-ins on PATH; the listings are long, so a reader that stops early makes the writer die of SIGPIPE."""
    folder.mkdir()
    lines = [f"\t{lib} (libc6,x86-64) => /lib/x86_64-linux-gnu/{lib}" for lib in libs]
    lines += [f"\tlibfiller{n}.so.1 (libc6,x86-64) => /lib/libfiller{n}.so.1" for n in range(20000)]
    (folder / "ldconfig.out").write_text(f"{len(lines)} libs found in cache\n" + "\n".join(lines) + "\n")
    families = (["DejaVu Sans", "Noto Sans"] if font else []) + [f"Filler {n}" for n in range(20000)]
    (folder / "fc-list.out").write_text("\n".join(families) + "\n")
    scripts = {
        "ldconfig": f'cat "{folder}/ldconfig.out"',
        "fc-list": f'cat "{folder}/fc-list.out"',
        "id": f"echo {uid}",
        "apt-get": f'echo "$*" >> "{folder}/apt-get.calls"',
    }
    for name, body in scripts.items():
        tool = folder / name
        tool.write_text(f"#!/bin/sh\n{body}\n")
        tool.chmod(0o755)
    return folder


def check(bin_dir: Path | None, times: int = 1) -> subprocess.CompletedProcess[str]:
    """Source scripts/_env.sh and run qt_system_libs ``times`` times; prints each exit code."""
    script = f'. scripts/_env.sh; for _ in $(seq {times}); do qt_system_libs && echo rc=0 || echo rc=$?; done'
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin:/usr/sbin:/sbin" if bin_dir else "/usr/bin:/bin:/usr/sbin:/sbin"}
    return subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def apt_calls(bin_dir: Path) -> list[str]:
    calls = bin_dir / "apt-get.calls"
    return calls.read_text().splitlines() if calls.exists() else []


def test_everything_installed_means_no_apt_get_and_no_message_fifty_times_in_a_row(tmp_path):
    tools = fake_tools(tmp_path / "bin", uid=0)
    done = check(tools, times=50)
    assert done.stdout.split() == ["rc=0"] * 50, f"the check changed its mind: {done.stdout.split()}"
    assert done.stderr == "", f"a machine with everything installed was told: {done.stderr}"
    assert apt_calls(tools) == [], "apt-get ran although nothing was missing"


def test_missing_library_as_a_normal_user_prints_the_exact_apt_get_line_and_fails(tmp_path):
    tools = fake_tools(tmp_path / "bin", libs=tuple(lib for lib in LIBS if lib != "libGL.so.1"), uid=1000)
    done = check(tools)
    assert done.stdout.split() == ["rc=1"]
    assert "missing (libGL.so.1)" in done.stderr
    assert f"On Debian/Ubuntu run: sudo apt-get install {PACKAGES}\n" in done.stderr
    assert apt_calls(tools) == [], "a normal user's run must not call apt-get"


def test_missing_font_is_named_as_such(tmp_path):
    tools = fake_tools(tmp_path / "bin", font=False, uid=1000)
    done = check(tools)
    assert done.stdout.split() == ["rc=1"]
    assert "missing (font)" in done.stderr


def test_missing_library_as_root_installs_the_packages_and_says_what_it_is_doing(tmp_path):
    tools = fake_tools(tmp_path / "bin", libs=LIBS[1:], uid=0)
    done = check(tools)
    assert apt_calls(tools) == ["update -qq", f"install -y -qq {PACKAGES}"]
    assert "Installing Qt's system libraries with apt-get (libEGL.so.1 missing" in done.stderr
    # The stand-in installs nothing, so the check after it still finds the library missing: say so.
    assert "still missing: libEGL.so.1" in done.stderr
    assert done.stdout.split() == ["rc=1"]


@pytest.mark.skipif(shutil.which("ldconfig") is None and not Path("/sbin/ldconfig").exists(),
                    reason="no ldconfig on this machine")
def test_this_machine_gets_the_same_answer_fifty_times():
    # scripts/test checked this machine before the tests started, so the answer is "all there".
    done = check(None, times=50)
    assert done.stdout.split() == ["rc=0"] * 50, done.stderr
    assert done.stderr == ""


def test_the_windows_installer_creates_and_locks_the_deployment_folder():
    # Issue 14, finding 7: the installer neither created nor locked C:\ProgramData\vssid-helper, so the
    # kiosk account could create it first and own it. Inno Setup does not run here: the script is read.
    script = (Path(__file__).resolve().parents[1] / "packaging" / "windows" / "installer.iss").read_text()
    dirs = script.split("[Dirs]", 1)[1].split("\n[", 1)[0]
    assert '{commonappdata}\\vssid-helper"; Flags: uninsneveruninstall; Check: IsAdminInstallMode' in dirs
    run = script.split("[Run]", 1)[1]
    icacls = next(line for line in run.splitlines() if "icacls.exe" in line)
    for grant in ("/inheritance:r", "*S-1-5-32-544:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F", "*S-1-5-32-545:(OI)(CI)RX"):
        assert grant in icacls, f"the deployment folder's access list lacks {grant}"
    assert "IsAdminInstallMode" in icacls
def run_printout_tools(bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin:/usr/sbin:/sbin"}
    script = ". scripts/_env.sh; command() { [ \"$2\" = pdftoppm ] && return 1; builtin command \"$@\"; }; " \
             "printout_tools && echo rc=0"
    return subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_without_pdftoppm_root_installs_poppler_utils_and_never_fails_the_run(tmp_path):
    tools = fake_tools(tmp_path / "bin", uid=0)
    done = run_printout_tools(tools)
    assert done.stdout.split() == ["rc=0"]
    assert apt_calls(tools)[0] == "install -y -qq poppler-utils"


def test_without_pdftoppm_a_normal_user_is_told_the_tests_are_skipped(tmp_path):
    tools = fake_tools(tmp_path / "bin", uid=1000)
    done = run_printout_tools(tools)
    assert done.stdout.split() == ["rc=0"] and apt_calls(tools) == []
    assert "sudo apt-get install poppler-utils" in done.stderr
