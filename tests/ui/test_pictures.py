"""The guides' pictures: clean SVG that Qt draws, no words in them, and the control to find stands out
on a white and on a black page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.core.content.guides import load_guides
from app.core.paths import resources_dir

FOLDER = resources_dir() / "pictures"
PICTURES = sorted(FOLDER.glob("*.svg"))
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

HIGHLIGHT = "#c25e00"  # the ring or arrow on the one control to find
ACCENT = "#0b6e6e"  # the control itself
WIDTH = 400  # the guide page shows a picture 320 to 480 pixels wide
PAGES = {"white": "#ffffff", "black": "#000000"}  # the normal look and the high-contrast look

# Words a step must still contain for its picture to belong to it (any one of them).
SHOWN = {
    "android-menu-top-right.svg": ("three dots",),
    "google-messages-profile.svg": ("profile picture",),
    "iphone-ios26-filters.svg": ("Filters",),
    "iphone-ios16-18-filters.svg": ("Filters",),
    "xiaomi-security-app.svg": ("Security",),
    "blocked-list-message.svg": ("message about BHXH",),
    "gmail-app-menu-spam.svg": ("Menu",),
    "gmail-web-more-spam.svg": ("More",),
    "webmail-folder-list.svg": ("left", "folders"),
}

NOT_FOR_QT = {"text", "tspan", "textPath", "font", "style", "image", "filter", "foreignObject", "script", "a"}


def test_there_are_pictures():
    assert len(PICTURES) >= 6, f"only {len(PICTURES)} pictures in {FOLDER}"


@pytest.fixture(params=PICTURES, ids=lambda path: path.name)
def picture(request) -> Path:
    return request.param


def _tag(element: ET.Element) -> str:
    return element.tag.removeprefix(SVG)


def test_picture_is_small_clean_svg_with_a_title(picture):
    assert picture.stat().st_size < 8 * 1024, f"{picture.name} is {picture.stat().st_size} bytes, over 8 KB"
    root = ET.parse(picture).getroot()
    assert _tag(root) == "svg" and root.get("version") == "1.1", f"{picture.name} is not an SVG 1.1 document"
    assert root.get("viewBox"), f"{picture.name} has no viewBox: it would not scale"
    for name in ("title", "desc"):
        element = root.find(SVG + name)
        assert element is not None and (element.text or "").strip(), (
            f"{picture.name} has no <{name}> for screen readers")
    for element in root.iter():
        assert _tag(element) not in NOT_FOR_QT, f"{picture.name} has a <{_tag(element)}> element"
        assert not {"style", "class", "font-family", "filter"} & set(element.attrib), (
            f"{picture.name}: CSS or a filter in <{_tag(element)}>")
        for link in (element.get("href"), element.get(XLINK_HREF)):
            assert link is None or link.startswith("#"), f"{picture.name} refers outside itself: {link}"


def test_qt_reads_the_picture(qapp, picture):
    assert QSvgRenderer(str(picture)).isValid(), f"Qt cannot draw {picture.name}"


class Pixels:
    """The colours of a rendered picture, read once (pixelColor per pixel is slow)."""

    def __init__(self, image: QImage):
        self.width, self.height = image.width(), image.height()
        self._bytes, self._line = bytes(image.constBits()), image.bytesPerLine()

    def __call__(self, x: int, y: int) -> tuple[int, int, int]:
        i = y * self._line + 4 * x  # Format_RGB32 is stored as B, G, R, 0xff
        return self._bytes[i + 2], self._bytes[i + 1], self._bytes[i]

    def where(self, rgb: tuple[int, int, int], tolerance: int) -> list[tuple[int, int]]:
        """Every (x, y) whose colour is within ``tolerance`` of ``rgb`` on each channel."""
        r, g, b = rgb
        found = []
        for y in range(self.height):
            row = self._bytes[y * self._line : y * self._line + 4 * self.width]
            for x, (blue, green, red) in enumerate(zip(row[0::4], row[1::4], row[2::4], strict=True)):
                if abs(red - r) <= tolerance and abs(green - g) <= tolerance and abs(blue - b) <= tolerance:
                    found.append((x, y))
        return found


def _render(picture: Path, page: str) -> Pixels:
    renderer = QSvgRenderer(str(picture))
    box = renderer.viewBoxF()
    image = QImage(WIDTH, round(WIDTH * box.height() / box.width()), QImage.Format.Format_RGB32)
    image.fill(QColor(page))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return Pixels(image)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(linear, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _near(a: tuple[int, int, int], b: tuple[int, int, int], distance: int) -> bool:
    return sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) <= distance**2


def _drawn_on(rgb: Pixels, colour: str, step: int = 8) -> tuple[int, Counter]:
    """How many pixels are ``colour``, and the colours found ``step`` pixels around them (not ``colour`` itself)."""
    wanted = QColor(colour)
    target = (wanted.red(), wanted.green(), wanted.blue())
    spots = rgb.where(target, 8)
    around: Counter = Counter()
    for x, y in spots:
        for dx, dy in ((step, 0), (-step, 0), (0, step), (0, -step)):
            u, v = x + dx, y + dy
            if 0 <= u < rgb.width and 0 <= v < rgb.height:
                seen = rgb(u, v)
                if not _near(seen, target, 80):
                    around[seen] += 1
    return len(spots), around


@pytest.mark.parametrize("page", PAGES)
def test_the_control_to_find_stands_out(qapp, picture, page):
    rgb = _render(picture, PAGES[page])
    for colour, least, what in ((HIGHLIGHT, 150, "ring on the control"), (ACCENT, 20, "control")):
        found, around = _drawn_on(rgb, colour)
        assert found >= least, (
            f"{picture.name} on a {page} page: the {what} ({colour}) is missing or too thin ({found} pixels)")
        background, _ = around.most_common(1)[0]
        wanted = QColor(colour)
        ratio = contrast((wanted.red(), wanted.green(), wanted.blue()), background)
        assert ratio >= 3, (
            f"{picture.name} on a {page} page: the {what} ({colour}) sits on rgb{background} at only {ratio:.1f}:1; "
            "a person could miss it"
        )


@pytest.mark.parametrize("page", PAGES)
def test_the_picture_shows_its_edge_on_the_page(qapp, picture, page):
    rgb = _render(picture, PAGES[page])
    page_rgb = rgb(0, 0)
    w, h = rgb.width, rgb.height
    margin = w // 20
    edges = {
        "left": [(x, h // 2) for x in range(margin)],
        "right": [(w - 1 - x, h // 2) for x in range(margin)],
        "top": [(w // 2, y) for y in range(margin)],
        "bottom": [(w // 2, h - 1 - y) for y in range(margin)],
    }
    for side, points in edges.items():
        best = max(contrast(rgb(x, y), page_rgb) for x, y in points)
        assert best >= 3, f"{picture.name} on a {page} page: its {side} edge melts into the page ({best:.1f}:1)"


def _readme_rows() -> dict[str, str]:
    """File name → the README's "guide steps" cell."""
    rows = {}
    for line in (FOLDER / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"`[a-z0-9-]+\.svg`", cells[0]):
            rows[cells[0].strip("`")] = cells[2]
    return rows


def test_readme_describes_every_picture_and_no_other():
    rows = _readme_rows()
    assert sorted(rows) == [path.name for path in PICTURES], "resources/pictures/README.md and the SVG files differ"
    assert sorted(SHOWN) == sorted(rows), "tests/ui/test_pictures.py SHOWN and the README list different pictures"


def pictured_steps() -> dict[str, set[tuple[str, int]]]:
    """File name → every (guide, step) whose ``[pictures]`` table shows it: what the program draws."""
    shown: dict[str, set[tuple[str, int]]] = {}
    for guide in load_guides():
        for step, files in guide.pictures.items():
            for path in files:
                shown.setdefault(path.name, set()).add((guide.id, step))
    return shown


def test_each_picture_belongs_to_steps_that_still_show_it():
    guides = {guide.id: guide for guide in load_guides()}
    for name, steps in pictured_steps().items():
        for guide_id, number in sorted(steps):
            text = guides[guide_id].en.steps[number - 1]
            assert any(word in text for word in SHOWN[name]), (
                f"{guide_id}.toml shows {name} at step {number}, but that step no longer mentions "
                f"{' or '.join(SHOWN[name])}: {text!r}"
            )


def test_the_readme_names_the_steps_the_guides_show_each_picture_at():
    shown = pictured_steps()
    for name, cell in _readme_rows().items():
        listed = {(guide_id, int(number)) for guide_id, number in re.findall(r"([a-z0-9-]+) (\d+)", cell)}
        assert listed == shown.get(name, set()), (
            f"resources/pictures/README.md says {name} belongs to {sorted(listed)}, "
            f"but the guides' [pictures] tables show it at {sorted(shown.get(name, set()))}")
