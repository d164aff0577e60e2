"""A guide file edited wrongly by office staff: the load error names the file and the field.

On a copy of resources/guides: a file without its Vietnamese table, a file whose steps are not
a list of text. ``load_guides`` must raise GuideError (the content reader's ContentError) naming
the file, the field and the line; the program must still open and name the file on its first page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

import app.core.content.guides as guides_module
from app.core.content.guides import GuideError, default_folder, load_guides
from tests.ui.driver import current_page, page_id

SHIPPED = sorted(p.name for p in default_folder().glob("*.toml"))


@pytest.fixture
def guide_folder(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped guides that the program reads instead of resources/guides."""
    folder = tmp_path / "guides"
    shutil.copytree(default_folder(), folder)
    monkeypatch.setattr(guides_module, "default_folder", lambda: folder)
    return folder


def without_table(text: str, lang: str) -> str:
    """The file's text with the ``[lang]`` table (header and keys) taken out."""
    start = re.search(rf"^\[{lang}\]\s*$", text, re.MULTILINE)
    assert start is not None, f"no [{lang}] table to take out"
    following = re.compile(r"^\[", re.MULTILINE).search(text, start.end())
    return text[: start.start()] + (text[following.start():] if following else "")


def with_steps(text: str, lang: str, steps_toml: str) -> str:
    """The file's text with ``steps = [...]`` of the ``[lang]`` table replaced by ``steps_toml``."""
    table = re.search(rf"^\[{lang}\]\s*$", text, re.MULTILINE)
    assert table is not None
    steps = re.compile(r"^steps = \[.*?^\]\s*$", re.MULTILINE | re.DOTALL).search(text, table.end())
    assert steps is not None, f"no steps list in [{lang}]"
    return text[: steps.start()] + f"steps = {steps_toml}" + text[steps.end():]


def test_the_shipped_guides_load():
    assert len(SHIPPED) >= 5 and len(load_guides()) == len(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_a_guide_without_its_vietnamese_text_is_refused_naming_file_and_field(guide_folder, name):
    path = guide_folder / name
    path.write_text(without_table(path.read_text(encoding="utf-8"), "vi"), encoding="utf-8")
    with pytest.raises(GuideError) as raised:
        load_guides(guide_folder)
    assert raised.value.path.name == name and raised.value.field == "vi", str(raised.value)
    assert name in str(raised.value) and "vi" in str(raised.value)


BAD_STEPS = {
    "one text instead of a list": ('"Mở ứng dụng Tin nhắn."', "vi.steps", "should be a list of texts"),
    "a number": ("3", "vi.steps", "should be a list of texts"),
    "a table": ('{ first = "Mở ứng dụng" }', "vi.steps", "should be a list of texts"),
    "a number among the steps": ('["Mở ứng dụng Tin nhắn.", 2]', "vi.steps[2]", "should be text"),
    "an empty step": ('["Mở ứng dụng Tin nhắn.", "  "]', "vi.steps[2]", "is empty"),
    "no steps": ("[]", "vi.steps", "is an empty list"),
}


@pytest.mark.parametrize("case", list(BAD_STEPS))
def test_steps_of_the_wrong_type_are_refused_naming_file_and_field(guide_folder, case):
    steps_toml, field, problem = BAD_STEPS[case]
    path = guide_folder / "samsung-messages.toml"
    path.write_text(with_steps(path.read_text(encoding="utf-8"), "vi", steps_toml), encoding="utf-8")
    with pytest.raises(GuideError) as raised:
        load_guides(guide_folder)
    assert (raised.value.path.name, raised.value.field) == ("samsung-messages.toml", field), str(raised.value)
    assert problem in raised.value.problem
    assert str(raised.value).startswith(f"samsung-messages.toml: {field}: ")
    lines = path.read_text(encoding="utf-8").splitlines()
    steps_line = next(n for n in range(lines.index("[vi]"), len(lines)) if lines[n].startswith("steps = ")) + 1
    assert raised.value.line is not None and raised.value.line >= steps_line, f"no line for staff: {raised.value}"


def test_a_guide_that_is_not_toml_is_refused_naming_the_file(guide_folder):
    path = guide_folder / "gmail.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[en]", "[en", 1), encoding="utf-8")
    with pytest.raises(GuideError) as raised:
        load_guides(guide_folder)
    assert raised.value.path.name == "gmail.toml" and raised.value.field == "(file)"


@pytest.mark.parametrize(
    "name, damage, named",
    [
        ("huawei-honor.toml", lambda text: without_table(text, "vi"), "huawei-honor.toml: vi:"),
        ("outlook.toml", lambda text: with_steps(text, "vi", "42"), "outlook.toml: vi.steps:"),
    ],
    ids=["missing [vi]", "steps a number"],
)
def test_the_program_opens_and_names_the_broken_guide(qtbot, make_window, guide_folder, name, damage, named):
    path = guide_folder / name
    broken = damage(path.read_text(encoding="utf-8"))
    path.write_text(broken, encoding="utf-8")
    window = make_window("--lang", "en")
    assert page_id(window) == "welcome", "the program did not open on its first page"
    # The guides are read in the first idle turn after the first frame; their notice comes then.
    qtbot.waitUntil(lambda: current_page(window).findChild(QLabel, "guideProblem") is not None)
    notice = current_page(window).findChild(QLabel, "guideProblem")
    assert notice is not None and notice.isVisible(), "the first page did not say the guides could not be loaded"
    assert named in notice.text(), f"the notice does not name the file and the field: {notice.text()!r}"
    assert notice.text().count(". ") == 0 and notice.text().endswith("."), "the notice is not one sentence"
    assert path.read_text(encoding="utf-8") == broken, "the broken guide file was changed"
