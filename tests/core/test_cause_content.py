"""The cause pages and the "ways in without SMS" page, as office staff edit them.

These files are data that people outside the team correct by hand, so every rule a
page must keep (both languages, sources, lengths that fit the window, the right
hotline number, no spun words) is checked here, file by file.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path

import pytest

from tests.vietnamese import SPUN_WORDS

CAUSES = Path(__file__).parents[2] / "resources" / "causes"

# Triage order (CONTENT.md §3); the wizard shows the pages in this order.
CAUSE_IDS = [
    "wrong_contact",
    "contact_on_file",
    "already_used",
    "not_approved",
    "spam_folder",
    "blocked",
    "waiting",
    "no_email",
]
WAY_IDS = ["email_recovery", "hotline_key8", "vneid", "office"]
LANGS = ("vi", "en")
SURE = {"official", "vendor", "press", "secondary", "article"}
SOURCE_KEYS = {"title", "url", "sure"}

TITLE_MAX, LEAD_MAX, ITEM_MAX = 60, 220, 140

# 8079 may only appear in a sentence saying it may no longer work.
NO_LONGER = ("không còn", "no longer")
# Any way of writing the hotline: 19009068, 1900.9068, 1900-9068, 1900 9068...
HOTLINE = re.compile(r"1900\D{0,3}9068")
VIETNAMESE_LETTER = re.compile(r"[^\x00-\x7f]")


def load(name: str) -> dict:
    return tomllib.loads((CAUSES / name).read_text(encoding="utf-8"))


def all_strings(node, where: str = ""):
    """Every string in a parsed file, with a path saying where it sits."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from all_strings(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from all_strings(value, f"{where}[{i}]")


def all_files() -> list[str]:
    return [f"{cid}.toml" for cid in CAUSE_IDS] + ["ways_in.toml"]


def check_reviewed(data: dict, name: str) -> None:
    reviewed = data.get("reviewed")
    assert type(reviewed) is datetime.date, (
        f"{name}: 'reviewed' must be a plain date like 2026-11-25 (got {reviewed!r}); "
        "staff would not know when the page was last checked"
    )


def check_sources(sources, name: str) -> None:
    assert isinstance(sources, list) and sources, (
        f"{name}: no sources; a person could not see what the advice rests on"
    )
    for i, src in enumerate(sources):
        assert isinstance(src, dict), f"{name}: source {i} is not a table"
        extra = set(src) - SOURCE_KEYS
        assert not extra, f"{name}: source {i} has unknown keys {sorted(extra)} (typo?)"
        assert isinstance(src.get("title"), str) and src["title"].strip(), (
            f"{name}: source {i} has no title"
        )
        assert src.get("sure") in SURE, (
            f"{name}: source {i} says sure={src.get('sure')!r}; it must be one of {sorted(SURE)}"
        )
        if "url" in src:
            assert re.match(r"https?://\S+$", src["url"]), (
                f"{name}: source {i} has a url that is not a web address: {src['url']!r}"
            )


def check_text(text, name: str, what: str, limit: int, lang: str) -> None:
    assert isinstance(text, str) and text.strip(), f"{name}: {what} is empty or missing"
    assert text == text.strip(), f"{name}: {what} starts or ends with spaces"
    assert len(text) <= limit, (
        f"{name}: {what} has {len(text)} characters (at most {limit}); "
        f"it would not fit the page: {text!r}"
    )
    if lang == "vi":
        assert VIETNAMESE_LETTER.search(text), (
            f"{name}: {what} has no Vietnamese letters; was it typed without diacritics? {text!r}"
        )


def check_list(items, name: str, what: str, lo: int, hi: int, lang: str) -> None:
    assert isinstance(items, list), f"{name}: {what} must be a list of sentences"
    assert lo <= len(items) <= hi, (
        f"{name}: {what} has {len(items)} items; a page shows {lo} to {hi}"
    )
    for i, item in enumerate(items):
        check_text(item, name, f"{what}[{i}]", ITEM_MAX, lang)


def test_every_cause_has_its_file_and_no_stray_file():
    present = {p.name for p in CAUSES.glob("*.toml")}
    missing = [n for n in all_files() if n not in present]
    assert not missing, f"these pages would be blank in the wizard: {missing}"
    stray = sorted(present - set(all_files()))
    assert not stray, f"these files are never shown (misnamed?): {stray}"


@pytest.mark.parametrize("cause", CAUSE_IDS)
def test_cause_page_is_complete_in_both_languages(cause):
    name = f"{cause}.toml"
    data = load(name)
    assert data.get("id") == cause, f"{name}: id is {data.get('id')!r}, not the file name {cause!r}"
    check_reviewed(data, name)
    check_sources(data.get("sources"), name)
    for lang in LANGS:
        page = data.get(lang)
        assert isinstance(page, dict), f"{name}: the [{lang}] page is missing"
        check_text(page.get("title"), name, f"{lang}.title", TITLE_MAX, lang)
        check_text(page.get("lead"), name, f"{lang}.lead", LEAD_MAX, lang)
        check_list(page.get("check"), name, f"{lang}.check", 1, 4, lang)
        check_list(page.get("act"), name, f"{lang}.act", 1, 4, lang)
    for part in ("check", "act"):
        vi, en = len(data["vi"][part]), len(data["en"][part])
        assert vi == en, (
            f"{name}: '{part}' has {vi} items in Vietnamese but {en} in English; "
            "switching language would change the advice"
        )


def test_ways_in_lists_the_four_ways_in_order():
    data = load("ways_in.toml")
    check_reviewed(data, "ways_in.toml")
    ways = data.get("way")
    assert isinstance(ways, list), "ways_in.toml: no [[way]] entries; the page would be empty"
    assert [w.get("id") for w in ways] == WAY_IDS, (
        f"ways_in.toml: the ways are {[w.get('id') for w in ways]}, expected {WAY_IDS} in that order"
    )
    for way in ways:
        name = f"ways_in.toml ({way['id']})"
        check_sources(way.get("sources"), name)
        for lang in LANGS:
            page = way.get(lang)
            assert isinstance(page, dict), f"{name}: [way.{lang}] is missing"
            check_text(page.get("title"), name, f"{lang}.title", TITLE_MAX, lang)
            check_list(page.get("needs"), name, f"{lang}.needs", 1, 3, lang)
            check_list(page.get("how"), name, f"{lang}.how", 1, 4, lang)
        for part in ("needs", "how"):
            vi, en = len(way["vi"][part]), len(way["en"][part])
            assert vi == en, f"{name}: '{part}' has {vi} items in Vietnamese but {en} in English"


@pytest.mark.parametrize("name", all_files())
def test_no_spun_words(name):
    text = (CAUSES / name).read_text(encoding="utf-8").casefold()
    found = [w for w in SPUN_WORDS if w in text]
    assert not found, f"{name}: machine-reworded words a reader would trip on: {found}"


@pytest.mark.parametrize("name", all_files())
def test_8079_is_never_offered_as_a_step(name):
    for where, text in all_strings(load(name)):
        if "8079" in text:
            assert any(m in text.casefold() for m in NO_LONGER), (
                f"{name} {where}: offers the old SMS to 8079, which was replaced: {text!r}"
            )


@pytest.mark.parametrize("name", all_files())
def test_hotline_is_written_1900_9068(name):
    for where, text in all_strings(load(name)):
        for written in HOTLINE.findall(text):
            assert written == "1900 9068", (
                f"{name} {where}: the hotline is written {written!r}; write it '1900 9068'"
            )


BUTTONS = (
    "Quên mật khẩu",
    "Đăng ký tài khoản",
    "Đăng nhập bằng tài khoản định danh điện tử",
    "Gửi email tờ khai",
)
QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


@pytest.mark.parametrize("name", all_files())
def test_app_buttons_are_quoted_exactly(name):
    # A person looks for these words on the screen; a changed letter hides the button.
    for where, text in all_strings(load(name)):
        for quoted in QUOTED.findall(text):
            for button in BUTTONS:
                if quoted.casefold() == button.casefold():
                    assert quoted == button, (
                        f"{name} {where}: button quoted as {quoted!r}, on screen it is {button!r}"
                    )


def test_the_checks_reject_a_damaged_page():
    # The checks above must fail on a damaged page, not pass it by.
    good = load("waiting.toml")
    with pytest.raises(AssertionError):
        check_list(good["vi"]["act"] + ["x" * 141], "waiting.toml", "vi.act", 1, 5, "vi")
    with pytest.raises(AssertionError):
        check_sources([{"title": "t", "sure": "maybe"}], "waiting.toml")
    with pytest.raises(AssertionError):
        check_text("Chua co dau", "waiting.toml", "vi.lead", LEAD_MAX, "vi")
