"""The cause pages and the "ways in without SMS" page, as office staff edit them.

These files are data that people outside the team correct by hand. The loader checks
the shape (both languages, lengths that fit, sources and facts); the tests here hold
the words to what CONTENT.md allows: real actions only, the right hotline number, the
office's 2025 name, no spun words, VNeID only for an approved account.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from app.core.content import ContentError, load_cause_page, load_ways_in
from app.core.content.causes import WAY_IDS, load_cause_folder
from app.core.flow import CAUSES
from tests.vietnamese import SPUN_WORDS

FOLDER = Path(__file__).parents[2] / "resources" / "causes"
CAUSE_IDS = [c.value for c in CAUSES]
ALL_FILES = [f"{cid}.toml" for cid in CAUSE_IDS] + ["ways_in.toml"]

# 8079 may only appear in a sentence saying it may no longer work.
NO_LONGER = ("không còn", "no longer")
HOTLINE = re.compile(r"1900\D{0,3}9068")
VIETNAMESE_LETTER = re.compile(r"[^\x00-\x7f]")
# VssID has no "send the password again" button (CONTENT.md §8): no text may tell a person to use one.
NOT_AN_ACTION = ("gửi lại mật khẩu", "gửi lại yêu cầu", "yêu cầu gửi lại", "sent again", "send the request again",
                 "resend", "send the password again")
OFFICE_2025 = "cơ quan BHXH cơ sở hoặc BHXH tỉnh/thành phố nơi bạn đã chọn khi đăng ký (tên có thể đã đổi năm 2025)"


def shown_texts(lang: str) -> dict[str, list[str]]:
    """Every sentence a person reads, per file, in ``lang``."""
    pages, ways = load_cause_folder(FOLDER)
    out = {f"{p.id.value}.toml": [p.text[lang].title, p.text[lang].lead, *p.text[lang].check, *p.text[lang].act]
           for p in pages.values()}
    out["ways_in.toml"] = [t for w in ways.ways for t in (w.text[lang].title, *w.text[lang].needs, *w.text[lang].how)]
    return out


def test_every_cause_has_its_file_and_no_stray_file():
    present = {p.name for p in FOLDER.glob("*.toml")}
    missing = [n for n in ALL_FILES if n not in present]
    assert not missing, f"these pages would be blank in the wizard: {missing}"
    stray = sorted(present - set(ALL_FILES))
    assert not stray, f"these files are never shown (misnamed?): {stray}"


def test_every_page_loads_in_both_languages_with_its_facts():
    pages, ways = load_cause_folder(FOLDER)
    assert [p.value for p in pages] == CAUSE_IDS
    assert [w.id for w in ways.ways] == list(WAY_IDS)
    for page in pages.values():
        assert page.facts, f"{page.id}.toml rests on no fact: staff could not see what to check"


@pytest.mark.parametrize("name", ALL_FILES)
def test_vietnamese_text_has_its_diacritics(name):
    for text in shown_texts("vi")[name]:
        assert VIETNAMESE_LETTER.search(text), f"{name}: typed without diacritics? {text!r}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_no_spun_words(name):
    text = (FOLDER / name).read_text(encoding="utf-8").casefold()
    found = [w for w in SPUN_WORDS if w in text]
    assert not found, f"{name}: machine-reworded words a reader would trip on: {found}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_page_tells_of_sending_the_password_again(lang):
    for name, texts in shown_texts(lang).items():
        for text in texts:
            found = [w for w in NOT_AN_ACTION if w in text.casefold()]
            assert not found, f"{name}: asks for an action VssID does not have ({found}): {text!r}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_8079_is_never_offered_as_a_step(name):
    for lang in ("vi", "en"):
        for text in shown_texts(lang)[name]:
            if "8079" in text:
                assert any(m in text.casefold() for m in NO_LONGER), f"{name}: offers the old SMS to 8079: {text!r}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_hotline_is_written_1900_9068(name):
    for text in (FOLDER / name).read_text(encoding="utf-8").splitlines():
        for written in HOTLINE.findall(text):
            assert written == "1900 9068", f"{name}: the hotline is written {written!r}; write it '1900 9068'"


BUTTONS = ("Quên mật khẩu", "Đăng ký tài khoản", "Gửi email tờ khai", "Thông tin tài khoản")
QUOTED = re.compile(r"“([^”]+)”")


@pytest.mark.parametrize("name", ALL_FILES)
def test_app_buttons_are_quoted_exactly(name):
    # A person looks for these words on the screen; a changed letter hides the button.
    for lang in ("vi", "en"):
        for text in shown_texts(lang)[name]:
            for quoted in QUOTED.findall(text):
                for button in BUTTONS:
                    if quoted.casefold() == button.casefold():
                        assert quoted == button, f"{name}: {quoted!r} quoted; on screen it is {button!r}"


def test_the_office_is_named_as_it_is_since_2025():
    texts = shown_texts("vi")
    for name in ("not_approved.toml", "wrong_contact.toml", "ways_in.toml"):
        assert any(OFFICE_2025 in t for t in texts[name]), f"{name}: the office is not named as after 2025"


def test_the_real_actions_are_named_with_the_shared_words():
    vi = "\n".join(t for texts in shown_texts("vi").values() for t in texts)
    en = "\n".join(t for texts in shown_texts("en").values() for t in texts)
    for words in ("gửi đăng ký tài khoản", "bấm “Quên mật khẩu”", "gọi 1900 9068, bấm phím 8",
                  "hỏi cơ quan BHXH xem tờ khai đã được duyệt chưa"):
        assert words.casefold() in vi.casefold(), f"no page names the action {words!r}"
    for words in ("send the registration", "press “Quên mật khẩu” (Forgot password)", "call 1900 9068 and press key 8",
                  "ask the BHXH office whether the registration has been approved"):
        assert words.casefold() in en.casefold(), f"no page names the action {words!r}"


def test_key_8_is_offered_only_if_it_still_exists_and_the_12_digits_are_not_promised():
    ways = {w.id: w for w in load_cause_folder(FOLDER)[1].ways}
    how = " ".join(ways["hotline_key8"].text["vi"].how)
    assert "nếu lựa chọn này vẫn còn" in how
    assert "Chưa rõ trợ lý ảo có nhận số định danh cá nhân 12 chữ số" in how
    assert "đọc mã số" not in how, "the sources do not say the code is spoken"


def test_vneid_is_offered_only_to_an_approved_account_and_without_fixed_versions():
    vneid = {w.id: w for w in load_cause_folder(FOLDER)[1].ways}["vneid"]
    needs = " ".join(vneid.text["vi"].needs)
    assert "tờ khai đã được duyệt" in needs
    assert "phiên bản mới nhất" in needs
    assert not re.search(r"\d+\.\d+\.\d+", needs), "fixed app versions from 2023 are still shown"


def test_the_second_hotline_number_is_marked_as_not_confirmed_again():
    for lang, words in (("vi", "chưa được xác nhận lại"), ("en", "has not been confirmed again")):
        for text in (t for texts in shown_texts(lang).values() for t in texts if "024 3789 9999" in t):
            assert words in text, f"024 3789 9999 is shown as current: {text!r}"


def test_no_email_page_offers_the_self_service_route_and_says_names_may_differ():
    act = load_cause_page(FOLDER / "no_email.toml").text["vi"].act
    route = next(a for a in act if "Cổng Dịch vụ công BHXH" in a)
    assert "VNeID" in route and "“Thông tin tài khoản”" in route and "tên mục có thể khác" in route


# -- the loader refuses what a careless edit does -----------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    copy = tmp_path / "causes"
    shutil.copytree(FOLDER, copy)
    return copy


def edit(file: Path, old: str, new: str, count: int = 1) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file.name}"
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def test_a_mistyped_key_in_a_cause_page_is_refused_with_file_line_and_key(folder):
    page = folder / "waiting.toml"
    edit(page, "url = ", "link = ")
    line = next(n for n, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("link"))
    with pytest.raises(ContentError) as raised:
        load_cause_page(page)
    assert raised.value.file.name == "waiting.toml"
    assert raised.value.field == "sources[1].link", str(raised.value)
    assert raised.value.line == line, f"the error points at line {raised.value.line}, the typo is on {line}"
    assert str(raised.value) == (
        f"waiting.toml: sources[1].link: is not a known key (known here: id, title, url, sure, date) (line {line})")


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('title = "Hệ thống gửi tin đang chậm?"', 'tittle = "Hệ thống gửi tin đang chậm?"', "vi.tittle"),
        ("[en]", "[english]", "english"),
        ('sure = "press"', 'sure = "newspaper"', "sources[3].sure"),
        ("reviewed = 2026-12-02", 'reviewed = "02/12/2026"', "reviewed"),
        ("https://ngaynay.vn/", "http://ngaynay.vn/", "sources[3].url"),
        ("https://ngaynay.vn/thi-diem", "https://3.136.160.1/thi-diem", "sources[3].url"),
    ],
    ids=["misspelt title", "unknown table", "unknown sureness", "date as text", "plain http", "raw IP address"],
)
def test_a_damaged_cause_page_is_refused_naming_the_key(folder, old, new, field):
    page = folder / "waiting.toml"
    edit(page, old, new)
    with pytest.raises(ContentError) as raised:
        load_cause_page(page)
    assert raised.value.field == field, str(raised.value)
    assert raised.value.line is not None, f"no line for staff to go to: {raised.value}"


def test_languages_of_different_length_are_refused(folder):
    page = folder / "blocked.toml"
    data = tomllib.loads(page.read_text(encoding="utf-8"))
    edit(page, f'  "{data["en"]["act"][-1]}",\n', "")
    with pytest.raises(ContentError, match=r"blocked\.toml: act: the languages differ"):
        load_cause_page(page)


def test_a_sentence_too_long_for_the_page_is_refused(folder):
    page = folder / "spam_folder.toml"
    edit(page, "“Không phải là spam”.", "“Không phải là spam”. " + "Rất dài. " * 20)
    with pytest.raises(ContentError, match=r"vi\.act\[2\]: has \d+ characters"):
        load_cause_page(page)


def test_the_ways_must_come_in_their_order(folder):
    ways = folder / "ways_in.toml"
    edit(ways, 'id = "vneid"', 'id = "vneid_login"')
    with pytest.raises(ContentError, match="should list email_recovery, hotline_key8, vneid, office"):
        load_ways_in(ways)
