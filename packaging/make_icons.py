"""Render resources/icons/app.svg into the icon files each system's package needs.

    python packaging/make_icons.py           # write packaging/icons/
    python packaging/make_icons.py --check   # exit 1 if the committed icons no longer show the SVG

Output: app-<N>.png (Linux, and the README), app.ico (Windows exe and installer),
app.icns (macOS bundle). .ico and .icns are plain containers of PNG images, so they
are written here by hand; Qt renders the PNGs offscreen (QtGui + QtSvg, no screen).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "packaging" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, with the pixel size each one carries.
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32),  # 16 pt, @1x and @2x
    (b"icp5", 32), (b"ic12", 64),  # 32 pt
    (b"ic07", 128), (b"ic13", 256),  # 128 pt
    (b"ic08", 256), (b"ic14", 512),  # 256 pt
    (b"ic09", 512), (b"ic10", 1024),  # 512 pt
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (PNG entries work since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNGs (the form Apple's iconutil writes)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def icon_files(svg: Path) -> dict[str, bytes]:
    """Every file of packaging/icons/ by name, rendered from ``svg``."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    files = {f"app-{size}.png": pngs[size] for size in PNG_SIZES}
    files["app.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files["app.icns"] = icns_bytes(pngs)
    return files


def png_blobs(name: str, data: bytes) -> list[bytes]:
    """The PNG images inside one icon file: itself, or the entries of an .ico or .icns."""
    if name.endswith(".ico"):
        count = struct.unpack_from("<H", data, 4)[0]
        blobs = []
        for index in range(count):
            size, offset = struct.unpack_from("<II", data, 6 + 16 * index + 8)
            blobs.append(data[offset:offset + size])
        return blobs
    if name.endswith(".icns"):
        blobs, at = [], 8
        while at + 8 <= len(data):
            length = struct.unpack_from(">I", data, at + 4)[0]
            blobs.append(data[at + 8:at + length])
            at += max(length, 8)
        return blobs
    return [data]


# Qt's antialiasing and PNG encoder change a little between releases, so the same SVG gives
# other bytes on another machine; a drawing that changed moves far more than this.
TOLERANCE = 24  # largest difference of one channel, out of 255
STRAY_SHARE = 0.01  # share of pixels allowed past it


def looks_same(old: bytes, new: bytes) -> bool:
    """Whether two PNGs show the same picture, pixel by pixel within rendering noise."""
    from PySide6.QtGui import QImage

    a, b = QImage.fromData(old), QImage.fromData(new)
    if a.isNull() or b.isNull() or a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    stray = sum(1 for x, y in zip(pa, pb, strict=True) if abs(x - y) > TOLERANCE)
    return stray <= STRAY_SHARE * len(pa)


def is_current(name: str, committed: bytes, rendered: bytes) -> bool:
    if committed == rendered:
        return True
    old, new = png_blobs(name, committed), png_blobs(name, rendered)
    return len(old) == len(new) and all(looks_same(a, b) for a, b in zip(old, new, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with packaging/icons/ instead of writing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and image I/O need it)
    files = icon_files(SOURCE)
    if args.check:
        stale = [
            name for name, data in files.items()
            if not (OUT / name).is_file() or not is_current(name, (OUT / name).read_bytes(), data)
        ]
        if stale:
            print(f"packaging/icons/ is out of date with {SOURCE.name}: {', '.join(stale)}", file=sys.stderr)
            print("Run: python packaging/make_icons.py", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    print(f"wrote {len(files)} files to {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
