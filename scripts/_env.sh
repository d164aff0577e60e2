# Sourced by scripts/run, scripts/test and the others: makes .venv, installs the project into it,
# and on Debian/Ubuntu installs the system libraries Qt needs. Safe to run again; quick when done.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The Debian packages that give Qt's offscreen and X11 plugins what they load, and a font with
# Vietnamese glyphs (libxcb-*: a real window on Linux).
QT_DEBIAN_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig fonts-dejavu-core fonts-noto-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
QT_SHARED_LIBS="libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1 libxcb-cursor.so.0"

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

missing_qt_libs() {
    # Prints what is missing, one word per item; nothing when all is there.
    # Each listing is read whole before it is searched: a reader that stops at the first match
    # (grep -q) would kill the writer with SIGPIPE, and under pipefail that reads as "missing".
    local libs fonts lib
    libs="$(ldconfig -p 2>/dev/null || true)"
    for lib in $QT_SHARED_LIBS; do
        case "$libs" in
            *"$lib "*|*"$lib"$'\n'*) ;;
            *) echo "$lib" ;;
        esac
    done
    fonts="$(fc-list : family 2>/dev/null || true)"
    case "${fonts,,}" in
        *dejavu*|*noto*) ;;
        *) echo "font" ;;
    esac
}

qt_system_libs() {
    # Qt's xcb/offscreen plugins load these; a bare container has none of them.
    [ "$(uname -s)" = Linux ] || return 0
    local missing
    missing="$(missing_qt_libs | tr '\n' ' ')"
    missing="${missing% }"
    [ -z "$missing" ] && return 0
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing Qt's system libraries with apt-get ($missing missing; about half a minute)..." >&2
        apt-get update -qq
        # shellcheck disable=SC2086  # one word per package
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $QT_DEBIAN_PACKAGES >/dev/null
        missing="$(missing_qt_libs | tr '\n' ' ')"
        if [ -n "${missing% }" ]; then
            echo "apt-get finished but these are still missing: ${missing% }" >&2
            return 1
        fi
    else
        echo "Qt needs system libraries that are missing ($missing)." >&2
        echo "On Debian/Ubuntu run: sudo apt-get install $QT_DEBIAN_PACKAGES" >&2
        return 1
    fi
}

printout_tools() {
    # pdftoppm (Debian's poppler-utils) turns the printed summary into an image in a test; without
    # it those tests are skipped, so a machine without it still runs the rest. Never fails the run.
    [ "$(uname -s)" = Linux ] || return 0
    command -v pdftoppm >/dev/null 2>&1 && return 0
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing poppler-utils with apt-get, for the printout tests..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1 ||
            { apt-get update -qq >/dev/null 2>&1 &&
              DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1; } ||
            echo "poppler-utils could not be installed: the printout tests will be skipped." >&2
    else
        echo "No pdftoppm: the printout tests will be skipped (sudo apt-get install poppler-utils)." >&2
    fi
    return 0
}

ensure_venv() {
    local extras="$1" py stamp want
    if [ ! -x .venv/bin/python ]; then
        py="$(pick_python)"
        echo "Creating .venv with $py..." >&2
        "$py" -m venv .venv
    fi
    stamp=".venv/.installed-${extras//,/-}"  # one per set of extras: test and build do not undo each other
    want="$extras $(cksum < pyproject.toml)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "Installing the project and its dependencies into .venv ([$extras]; the first time takes one to two minutes)..." >&2
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q --progress-bar off -e ".[$extras]"
        echo "$want" > "$stamp"
        echo "Installed. Next time this step is skipped." >&2
    fi
}
