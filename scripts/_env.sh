# Sourced by scripts/run and scripts/test: makes .venv, installs the project into it,
# and on Debian/Ubuntu installs the system libraries Qt needs. Safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

pick_python() {
    for py in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$py" ] || continue
        if command -v "$py" >/dev/null 2>&1 &&
            "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    echo "Python 3.11 or newer is needed: install it, or set PYTHON=/path/to/python3.11" >&2
    return 1
}

qt_system_libs() {
    # Qt's xcb/offscreen plugins load these; a bare container has none of them.
    [ "$(uname -s)" = Linux ] || return 0
    local missing=()
    for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1 libxcb-cursor.so.0; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
    done
    fc-list 2>/dev/null | grep -qiE 'dejavu|noto' || missing+=("font")
    [ ${#missing[@]} -eq 0 ] && return 0
    # libxcb-cursor0 and the other xcb libraries: Qt's X11 plugin (a real window on Linux) needs them.
    local pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig fonts-dejavu-core fonts-noto-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing Qt's system libraries (${missing[*]} missing)..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
    else
        echo "Qt needs system libraries that are missing (${missing[*]})." >&2
        echo "On Debian/Ubuntu run: sudo apt-get install $pkgs" >&2
        return 1
    fi
}

ensure_venv() {
    local extras="$1" py stamp want
    if [ ! -x .venv/bin/python ]; then
        py="$(pick_python)"
        echo "Creating .venv with $py..." >&2
        "$py" -m venv .venv
    fi
    stamp=".venv/.installed-${extras//,/-}"  # one per set of extras: test and build do not undo each other
    want="$extras $(cat pyproject.toml | cksum)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "Installing the project into .venv..." >&2
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[$extras]"
        echo "$want" > "$stamp"
    fi
}
