"""The phone and mail guides as a person meets them: pick the phone, follow the steps, tick them off."""

import html
import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

import app.core.content.guides as guides_module
from app.core.content import cause_pages
from app.core.content.guides import GuideKind, default_folder, guide_by_id, guides_for, load_guides
from app.core.flow import GuideTicks, PathEntry, StepId
from app.core.summary import summary_words
from tests.ui.driver import button, choose, current_page, page_id, press, to_contact, type_into

PHONE = "0912345678"
GUIDES = load_guides()


def to_cause(qtbot, window, cause: str, channel="sms", email=""):
    to_contact(qtbot, window, "not_sure", channel)
    if channel != "email":
        type_into(qtbot, window, "phoneInput", PHONE)
    if email:
        type_into(qtbot, window, "emailInput", email)
    press(qtbot, window, "nextButton")
    while page_id(window) != cause:
        assert page_id(window) in {c.value for c in cause_pages()}, f"the {cause} page was never shown"
        choose(qtbot, window, "not_this")


def answer_button(window, value: str) -> QPushButton | None:
    return current_page(window).findChild(QPushButton, f"choice_{value}")


def offered(window, value: str) -> bool:
    found = answer_button(window, value)
    return found is not None and found.isVisibleTo(window)


def tiles(window, picker: str) -> list[str]:
    """The guide ids of the tiles in a picker, in the order a person reads them (once the page is drawn)."""
    QApplication.processEvents()  # a page short of room lays its tiles out again, five to a row
    box = window.findChild(QWidget, picker)
    assert box is not None and box.isVisible(), f"no {picker} on {page_id(window)}"
    found = [b for b in box.findChildren(QPushButton) if b.objectName().startswith("choice_")]
    found.sort(key=lambda b: (b.mapTo(box, b.rect().topLeft()).y(), b.mapTo(box, b.rect().topLeft()).x()))
    return [b.objectName().removeprefix("choice_") for b in found]


def shown_steps(window) -> list[str]:
    steps = window.findChild(QWidget, "guideSteps")
    assert steps is not None and steps.isVisible(), f"no guide steps on {page_id(window)}"
    texts = [w for w in steps.findChildren(QLabel, "stepText") if w.isVisibleTo(window)]
    return [html.unescape(re.sub(r"<[^>]+>", "", w.text())) for w in texts]


def step_row(window, number: int) -> QPushButton:
    row = window.findChild(QWidget, "guideSteps").findChild(QPushButton, f"step_{number}")
    assert row is not None and row.isVisible(), f"step {number} is not on the screen"
    return row


def tick(qtbot, window, *numbers: int) -> None:
    for number in numbers:
        qtbot.mouseClick(step_row(window, number), Qt.MouseButton.LeftButton)


def page_title(window) -> str:
    return current_page(window).findChild(QLabel, "title").text()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_person_picks_their_phone_ticks_steps_and_the_ticks_reach_the_summary(qtbot, make_window, lang):
    window = make_window("--lang", lang)
    to_cause(qtbot, window, "blocked", "sms")
    assert offered(window, "phone_guide"), "the blocked page offered no steps for the phone"
    assert not offered(window, "email_guide"), "an SMS user was offered the mail guides"
    choose(qtbot, window, "phone_guide")

    assert page_id(window) == "device"
    phones = [g.id for g in guides_for(GUIDES, GuideKind.SMS)]
    others = [g.id for g in guides_for(GUIDES, GuideKind.ANY_PHONE) + guides_for(GUIDES, GuideKind.WHICH_PHONE)]
    assert tiles(window, "devicePicker") == phones + others
    assert not button(window, "nextButton").isEnabled(), "Next was pressable before a phone was picked"

    samsung = guide_by_id(GUIDES, "samsung-messages")
    choose(qtbot, window, samsung.id)
    assert page_id(window) == "guide"
    assert page_title(window) == samsung.text(lang).name
    assert shown_steps(window) == list(samsung.text(lang).steps)
    tick(qtbot, window, 1, 3)
    assert step_row(window, 1).isChecked() and step_row(window, 3).isChecked()
    assert "\u2713" in step_row(window, 3).mark.text(), "a ticked step shows no \u2713"
    assert not step_row(window, 2).isChecked() and "\u2713" not in step_row(window, 2).mark.text()
    assert button(window, "nextButton").text() == {"vi": "Tôi đã làm xong các bước này",
                                                   "en": "I have done these steps"}[lang]
    press(qtbot, window, "nextButton")

    assert page_id(window) == "arrived"
    ticks = GuideTicks(samsung.id, (0, 2), len(samsung.vi.steps))
    assert PathEntry(StepId.GUIDE, ticks) in window.flow.path
    choose(qtbot, window, "no")
    assert page_id(window) == "spam_folder", "after the guide the next cause did not follow the blocked page"
    while page_id(window) != "arrived":
        choose(qtbot, window, "not_this")
    choose(qtbot, window, "no")
    choose(qtbot, window, "need_help")
    assert page_id(window) == "hotline"
    summary = window.findChild(QPlainTextEdit, "summaryText").toPlainText()
    words = summary_words()["vi"]
    followed = words.text["guide_followed"].format(name=samsung.vi.name, done=2, total=len(samsung.vi.steps))
    assert f"{followed} {words.text['guide_which'].format(steps='1, 3')}" in summary.splitlines()
    assert f"- {words.cause[StepId.BLOCKED]}" not in summary, "the summary said the blocked page was not the cause"


def test_the_mail_provider_is_guessed_from_the_address_and_can_be_changed(qtbot, make_window):
    window = make_window()
    to_cause(qtbot, window, "spam_folder", "email", email="lan@yahoo.com.vn")
    assert offered(window, "email_guide") and not offered(window, "phone_guide")
    choose(qtbot, window, "email_guide")
    assert page_id(window) == "provider"
    assert tiles(window, "providerPicker") == [g.id for g in guides_for(GUIDES, GuideKind.EMAIL)]
    assert answer_button(window, "yahoo").isChecked(), "Yahoo was not chosen for a yahoo.com.vn address"
    said = [w.text() for w in current_page(window).findChildren(QLabel) if w.isVisibleTo(window)]
    assert any("lan@yahoo.com.vn" in text for text in said), "the page does not say which address it guessed from"
    choose(qtbot, window, "gmail")
    assert page_title(window) == guide_by_id(GUIDES, "gmail").vi.name
    press(qtbot, window, "backButton")
    assert answer_button(window, "gmail").isChecked(), "going back lost the provider the person chose"


def test_not_sure_of_the_channel_offers_both_guides_and_only_on_the_device_pages(qtbot, make_window):
    window = make_window("--lang", "en")
    to_cause(qtbot, window, "wrong_contact", "not_sure")
    assert not offered(window, "phone_guide") and not offered(window, "email_guide")
    while page_id(window) != "spam_folder":
        choose(qtbot, window, "not_this")
    assert offered(window, "phone_guide") and offered(window, "email_guide")


def test_i_do_not_know_my_phone_finds_out_then_returns_to_the_list(qtbot, make_window):
    window = make_window()
    to_cause(qtbot, window, "blocked", "sms")
    choose(qtbot, window, "phone_guide")
    which = guides_for(GUIDES, GuideKind.WHICH_PHONE)[0]
    choose(qtbot, window, which.id)
    assert shown_steps(window) == list(which.vi.steps)
    assert button(window, "nextButton").text() == "Quay lại danh sách điện thoại"
    tick(qtbot, window, 5)
    press(qtbot, window, "nextButton")
    assert page_id(window) == "device"
    choose(qtbot, window, "xiaomi")
    assert shown_steps(window) == list(guide_by_id(GUIDES, "xiaomi").vi.steps)
    assert not any(step_row(window, n).isChecked() for n in range(1, 8)), "ticks of the last guide were kept"


def test_back_from_the_arrived_page_shows_the_ticks_again(qtbot, make_window):
    window = make_window("--lang", "en")
    to_cause(qtbot, window, "blocked", "sms")
    choose(qtbot, window, "phone_guide")
    choose(qtbot, window, "vivo")
    tick(qtbot, window, 2)
    press(qtbot, window, "nextButton")
    press(qtbot, window, "backButton")
    assert page_id(window) == "guide"
    assert [step_row(window, n).isChecked() for n in (1, 2, 3)] == [False, True, False]
    press(qtbot, window, "backButton")
    assert answer_button(window, "vivo").isChecked()


def test_start_over_forgets_the_guide(qtbot, make_window, monkeypatch):
    window = make_window("--lang", "en")
    to_cause(qtbot, window, "blocked", "sms")
    choose(qtbot, window, "phone_guide")
    choose(qtbot, window, "huawei-honor")
    tick(qtbot, window, 1)
    monkeypatch.setattr(window, "_confirm_start_over", lambda: True)
    press(qtbot, window, "cancelButton")
    to_cause(qtbot, window, "blocked", "sms")
    assert not answer_button(window, "phone_guide").isChecked()
    choose(qtbot, window, "phone_guide")
    assert not any(b.isChecked() for b in window.findChild(QWidget, "devicePicker").findChildren(QPushButton))


NEW_GUIDE = """
id = "nokia-classic"
kind = "sms"
applies_to = { vi = "Điện thoại Nokia có phím bấm", en = "Nokia phones with keys" }
causes = ["blocked"]
order = 75
reviewed = 2026-11-25

[[facts]]
id = "test"
says = { vi = "Một hướng dẫn thử.", en = "A test guide." }
sure = "unconfirmed"
note = { vi = "Chỉ để thử.", en = "For the test only." }

[vi]
name = "Nokia đời cũ"
intro = "Máy Nokia có bàn phím."
steps = ["Mở mục tin nhắn.", "Xem hộp thư đến."]

[en]
name = "Old Nokia"
intro = "A Nokia phone with keys."
steps = ["Open messages.", "Look in the inbox."]
"""


@pytest.fixture
def guide_folder(tmp_path, monkeypatch):
    """A copy of the shipped guides that the program reads instead of resources/guides."""
    folder = tmp_path / "guides"
    shutil.copytree(default_folder(), folder)
    monkeypatch.setattr(guides_module, "default_folder", lambda: folder)
    return folder


def test_a_new_guide_file_is_offered_in_the_picker(qtbot, make_window, guide_folder):
    (guide_folder / "nokia-classic.toml").write_text(NEW_GUIDE, encoding="utf-8")
    window = make_window()
    to_cause(qtbot, window, "blocked", "sms")
    choose(qtbot, window, "phone_guide")
    phones = tiles(window, "devicePicker")
    assert "nokia-classic" in phones, "a guide added as a file was not offered"
    assert phones.index("nokia-classic") == phones.index("huawei-honor") + 1, "the new guide ignored its order"
    assert answer_button(window, "nokia-classic").accessibleName() == "Nokia đời cũ"
    choose(qtbot, window, "nokia-classic")
    assert shown_steps(window) == ["Mở mục tin nhắn.", "Xem hộp thư đến."]


def test_a_broken_guide_file_is_reported_and_the_guides_are_not_offered(qtbot, make_window, guide_folder):
    gmail = guide_folder / "gmail.toml"
    text = gmail.read_text(encoding="utf-8")
    gmail.write_text(text[: text.index("[en]")], encoding="utf-8")  # no English text left
    window = make_window()
    # The guides are read in the first idle turn after the first frame; their notice comes then.
    qtbot.waitUntil(lambda: current_page(window).findChild(QLabel, "guideProblem") is not None)
    notice = current_page(window).findChild(QLabel, "guideProblem")
    assert notice is not None and notice.isVisible(), "the welcome page did not say the guides failed"
    assert "gmail.toml" in notice.text()
    to_cause(qtbot, window, "blocked", "not_sure")
    assert not offered(window, "phone_guide") and not offered(window, "email_guide")
    choose(qtbot, window, "fixed")
    assert page_id(window) == "arrived", "the cause page no longer worked without guides"


def _ring_pixels(widget: QWidget) -> int:
    """How many pixels (of every fourth) show the pictures' ring round the control (#c25e00)."""
    image = widget.grab().toImage()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - 0xC2) + abs(c.green() - 0x5E) + abs(c.blue() - 0x00) < 40:
                count += 1
    return count


def test_a_step_with_a_picture_shows_where_it_is_under_the_step(qtbot, make_window):
    window = make_window()
    to_cause(qtbot, window, "spam_folder", "email", email="lan@gmail.com")
    choose(qtbot, window, "email_guide")
    choose(qtbot, window, "gmail")
    assert page_id(window) == "guide"
    gmail = guide_by_id(GUIDES, "gmail")
    shown = [w for w in current_page(window).findChildren(QWidget, "stepPicture") if w.isVisibleTo(window)]
    assert sorted(w.file.name for w in shown) == sorted(f.name for f in gmail.pictures[2]), (
        "step 2's pictures are missing")
    QApplication.processEvents()
    step_2, step_3 = step_row(window, 2), step_row(window, 3)
    for picture in shown:
        top = picture.mapTo(window, picture.rect().topLeft()).y()
        step_2_bottom = step_2.mapTo(window, step_2.rect().bottomLeft()).y()
        step_3_top = step_3.mapTo(window, step_3.rect().topLeft()).y()
        assert step_2_bottom <= top < step_3_top, "a picture is not between its step and the next"
        assert picture.height() >= 120, f"the picture is too small to see ({picture.size()})"
        assert _ring_pixels(picture) > 40, "the picture was not drawn"


def test_another_guide_shows_its_own_pictures_and_not_the_last_ones(qtbot, make_window):
    window = make_window()
    to_cause(qtbot, window, "spam_folder", "email", email="lan@gmail.com")
    choose(qtbot, window, "email_guide")
    choose(qtbot, window, "gmail")
    press(qtbot, window, "backButton")
    choose(qtbot, window, "outlook")
    assert page_id(window) == "guide"
    outlook = guide_by_id(GUIDES, "outlook")
    shown = [w.file.name for w in current_page(window).findChildren(QWidget, "stepPicture") if w.isVisibleTo(window)]
    assert shown == [f.name for files in outlook.pictures.values() for f in files], "the Gmail pictures stayed"
