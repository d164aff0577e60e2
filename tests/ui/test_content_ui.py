"""The content as a person meets it: an office's content folder, the scam warning, the next steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.core.content import active_content, use_content
from app.core.flow import StepId
from tests.core.test_content_dir import office_folder
from tests.deployment import kiosk_site
from tests.ui.driver import choose, current_page, page_id, press, to_contact, type_into

SCAM_VI = ("BHXH không thu phí cài đặt VssID hay cấp lại mật khẩu. Không đưa mật khẩu hay mã OTP cho ai, "
           "kể cả người tự xưng là cán bộ BHXH.")


def site_settings(tmp_path: Path, **values) -> Path:
    extra = "".join(f'{key} = "{Path(value).as_posix()}"\n' for key, value in values.items())
    return kiosk_site(tmp_path / "site", extra)


@pytest.fixture(autouse=True)
def built_in_afterwards():
    yield
    use_content(None)


def to_cause(qtbot, window, cause: str, channel: str = "sms") -> None:
    to_contact(qtbot, window, "not_sure", channel)
    type_into(qtbot, window, "phoneInput", "0912345678")
    press(qtbot, window, "nextButton")
    while page_id(window) != cause:
        choose(qtbot, window, "not_this")


def tiles(window, picker: str) -> list[str]:
    box = window.findChild(QWidget, picker)
    return [b.objectName().removeprefix("choice_") for b in box.findChildren(QPushButton)
            if b.objectName().startswith("choice_") and b.isVisibleTo(window)]


def shown(window, name: str) -> list[str]:
    return [w.text() for w in current_page(window).findChildren(QLabel, name) if w.isVisibleTo(window)]


def test_an_office_folder_changes_a_page_adds_a_guide_and_names_its_broken_file(qtbot, make_window, tmp_path):
    folder = office_folder(tmp_path)
    window = make_window("--lang", "vi", "--site-settings", str(site_settings(tmp_path, content_dir=folder)))

    notice = current_page(window).findChild(QLabel, "contentProblem")
    assert notice is not None and notice.isVisible(), "the first page did not say a file of the folder was left out"
    assert str(folder / "causes" / "blocked.toml") + ":" in notice.text() and "sources[1].link" in notice.text()

    to_cause(qtbot, window, "waiting")
    assert current_page(window).title.text() == "Tin nhắn đến chậm?", "the office's page is not shown"
    choose(qtbot, window, "not_this")
    assert page_id(window) == "blocked"
    assert current_page(window).title.text() == "Tin nhắn hoặc email bị chặn hay bị lọc?", "the built-in page is gone"
    choose(qtbot, window, "phone_guide")
    assert "masstel" in tiles(window, "devicePicker"), "the office's new guide is not offered"


def test_the_picker_lists_only_the_guides_for_the_cause_the_person_came_from(qtbot, make_window, tmp_path):
    folder = office_folder(tmp_path)
    window = make_window("--lang", "en", "--site-settings", str(site_settings(tmp_path, content_dir=folder)))
    to_cause(qtbot, window, "waiting")
    offered = current_page(window).findChild(QPushButton, "choice_phone_guide")
    assert offered is not None and offered.isVisible(), "the new guide names waiting, but no guide is offered"
    choose(qtbot, window, "phone_guide")
    assert tiles(window, "devicePicker") == ["masstel", "which-phone"], "guides for other causes were listed"
    press(qtbot, window, "backButton")  # back on the waiting page
    choose(qtbot, window, "not_this")
    assert page_id(window) == "blocked"
    choose(qtbot, window, "phone_guide")
    assert page_id(window) == "device"
    assert {"samsung-messages", "masstel", "any-phone-checks"} <= set(tiles(window, "devicePicker"))


def test_a_kiosk_refuses_a_content_folder_its_account_can_change(qtbot, make_window, tmp_path):
    folder = office_folder(tmp_path)
    window = make_window("--lang", "en", "--kiosk", "--site-settings", str(site_settings(tmp_path, content_dir=folder)))
    try:
        notice = current_page(window).findChild(QLabel, "contentProblem")
        assert notice is not None and "content_dir refused" in notice.text()
        assert active_content().origin.folder is None
        assert active_content().causes[StepId.WAITING].text["vi"].title == "Hệ thống gửi tin đang chậm?"
    finally:
        window.kiosk.unlocked = True


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_scam_warning_is_on_the_first_page_and_the_hotline_page(qtbot, make_window, lang):
    window = make_window("--lang", lang)
    warning = active_content().notices.scam_warning(lang)
    assert shown(window, "scamWarning") == [warning]
    if lang == "vi":
        assert warning == SCAM_VI, "the scam warning is not CONTENT.md §8's wording"
    hotline = window.page_for(StepId.HOTLINE)
    assert [w.text() for w in hotline.findChildren(QLabel, "scamWarning")] == [warning]


def test_the_solved_page_says_what_to_do_next_and_warns_of_scams(qtbot, make_window):
    window = make_window("--lang", "vi")
    to_cause(qtbot, window, "wrong_contact")
    choose(qtbot, window, "fixed")
    choose(qtbot, window, "yes")
    assert page_id(window) == "solved"
    assert current_page(window).title.text() == "Tốt quá, bạn đã có mật khẩu!"
    texts = [w.text() for w in current_page(window).findChildren(QLabel) if w.isVisibleTo(window)]
    steps = active_content().notices.text["vi"].next_steps
    for n, step in enumerate(steps, 1):
        assert f"{n}. {step}" in texts, f"next step {n} is not shown"
    assert SCAM_VI in texts


def test_the_ways_in_page_says_first_that_the_password_may_not_be_needed(qtbot, make_window):
    window = make_window("--lang", "vi")
    page = window.page_for(StepId.WAYS_IN)
    texts = [w.text() for w in page.findChildren(QLabel)]
    notice = active_content().notices.text["vi"]
    first_way = active_content().ways.ways[0].text["vi"].title
    assert texts.index(notice.no_password_title) < texts.index(first_way)
    assert "Từ đầu tháng 2/2026" in " ".join(texts)


def test_a_screen_reader_hears_each_item_of_a_cause_page_as_it_is_shown(qtbot, make_window):
    window = make_window("--lang", "en")
    to_cause(qtbot, window, "wrong_contact")
    for row in current_page(window).findChildren(QLabel):
        if row.property("content") and row.isVisibleTo(window) and row.text()[:2] in ("1.", "2.", "\u2022 "):
            assert row.accessibleName() == row.text(), f"a screen reader hears {row.accessibleName()!r}"
