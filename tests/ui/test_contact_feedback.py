"""The messages under the contact fields, in English and (through vssid_vi.qm) in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.contact import (
    BhxhCodeVerdict,
    EmailVerdict,
    PhoneVerdict,
    check_bhxh_code,
    check_email,
    check_phone,
)
from app.ui.contact_feedback import (
    bhxh_code_feedback,
    confirm_button_text,
    email_feedback,
    phone_feedback,
    proposal_button_text,
)

QM = Path(__file__).resolve().parents[2] / "translations" / "vssid_vi.qm"

# One real input for every verdict and every way of saying it, so that a new one without a message fails here.
PHONE_SAMPLES = {
    "OK": "0912 345 678",
    "OK without a network": "0991 234 567",
    "EMPTY": "",
    "OLD_11_DIGIT": "0168 912 3456",
    "LANDLINE": "024 3789 9999",
    "OLD_LANDLINE": "(08) 3829 1234",
    "OLD_LANDLINE elsewhere": "(061) 3822 123",
    "MAYBE_LANDLINE": "(033) 3825 123",
    "SERVICE_NUMBER": "1900 9068",
    "TOO_SHORT": "0912 345",
    "TOO_LONG": "091234567890",
    "UNKNOWN_PREFIX": "0401 234 567",
    "NEW_RANGE": "0891 234 567",
    "NEW_RANGE without a network": "0571 234 567",
    "HAS_LETTERS": "0912abc678",
    "HAS_LETTERS with a guess": "O912 345 678",
    "REPEATED": "0912 345 678 hoặc 0912 345 678",
    "MORE_THAN_ONE": "0912345678 hoặc 0987654321",
    "MORE_THAN_ONE with one mobile": "0912 345 678, 024 3789 9999",
    "MORE_THAN_ONE without choices": "024 3789 9999, 028 3829 1234",
    "FOREIGN": "+1 650 253 0000",
    "FOREIGN_INVALID": "+1 650 253",
    "LOOKS_LIKE_EMAIL": "an@gmail.com",
    "NOT_A_NUMBER": "không nhớ",
}
EMAIL_SAMPLES = {
    "OK": "an@gmail.com",
    "EMPTY": "",
    "NO_AT": "an.gmail.com",
    "TWO_AT": "an@@gmail.com",
    "HAS_SPACES": "nguyen van a@gmail.com",
    "HAS_SPACES with choices": "tran thi lan@gmail.com",
    "VIETNAMESE_LETTERS": "nguyễn@gmail.com",
    "VIETNAMESE_LETTERS with choices": "lê.nguyen@gmail.com",
    "UNUSUAL_CHARACTERS": "an(binh)@gmail.com",
    "NOTHING_BEFORE_AT": "@gmail.com",
    "NOTHING_AFTER_AT": "an@",
    "DOMAIN_INCOMPLETE": "an@localhost",
    "NO_SUCH_ENDING": "an@gmail.con",
    "MISPLACED_DOT": "an..binh@gmail.com",
    "LIKELY_TYPO": "an@gmial.com",
    "EXTRA_TEXT": "Email: an@gmail.com",
    "MORE_THAN_ONE": "an@gmail.com, lan@yahoo.com",
    "MORE_THAN_ONE without choices": "a@gmail.com; b@gmail.com; c@gmail.com; d@gmail.com",
    "LOOKS_LIKE_PHONE": "0912 345 678",
    "TOO_LONG": "a" * 400 + "@gmail.com",
    "INVALID": "an@congty-.vn",
}
CODE_SAMPLES = {
    "OK": "7915303320",
    "OK personal": "079190012345",
    "EMPTY": "",
    "FROM_CARD": "DN4797915303320",
    "UNKNOWN_PROVINCE": "097190012345",
    "TOO_SHORT": "791530332",
    "ELEVEN_DIGITS": "79153033201",
    "TOO_LONG": "0791900123456",
    "CARD_WRONG_LENGTH": "DN47979153033",
    "CARD_UNKNOWN_LAYOUT": "DN0797915303320",
    "HAS_LETTERS": "79153O3320",
    "NOT_A_CODE": "không có",
}
CONFIRMATIONS = {"foreign": check_phone("+1 650 253 0000"), "new range": check_phone("0891 234 567"),
                 "old area code": check_phone("(033) 3825 123"), "typo": check_email("an@gmial.com"),
                 "personal number": check_bhxh_code("097190012345")}  # fmt: skip


def all_messages() -> dict[str, str]:
    """Every message the contact page can show, keyed by verdict, in the current language."""
    messages = {}
    for key, text in PHONE_SAMPLES.items():
        messages[f"phone {key}"] = phone_feedback(check_phone(text))
    for key, text in EMAIL_SAMPLES.items():
        messages[f"email {key}"] = email_feedback(check_email(text))
    for key, text in CODE_SAMPLES.items():
        messages[f"code {key}"] = bhxh_code_feedback(check_bhxh_code(text))
    messages["button proposal"] = proposal_button_text("0389 123 456")
    for key, check in CONFIRMATIONS.items():
        messages[f"button {key}"] = confirm_button_text(check)
    return messages


@contextmanager
def in_vietnamese(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} could not be loaded"
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def vietnamese(qapp: QCoreApplication) -> Iterator[None]:
    with in_vietnamese(qapp):
        yield


@pytest.mark.parametrize(
    ("samples", "check", "verdicts"),
    [(PHONE_SAMPLES, check_phone, PhoneVerdict), (EMAIL_SAMPLES, check_email, EmailVerdict),
     (CODE_SAMPLES, check_bhxh_code, BhxhCodeVerdict)],
)  # fmt: skip
def test_every_verdict_has_a_sample(samples, check, verdicts) -> None:
    assert {check(t).verdict for t in samples.values()} == set(verdicts)
    for key, text in samples.items():
        assert check(text).verdict.name == key.split()[0], f"{text!r} is no sample of {key}"


def test_every_verdict_gets_a_complete_english_message(qapp: QCoreApplication) -> None:
    for key, message in all_messages().items():
        assert message.strip(), f"{key}: the person would see an empty line"
        assert "{" not in message, f"{key}: the person would see a placeholder: {message}"


def test_every_verdict_gets_a_complete_vietnamese_message(vietnamese: None) -> None:
    for key, message in all_messages().items():
        assert message.strip(), f"{key}: the person would see an empty line"
        assert "{" not in message, f"{key}: the person would see a placeholder: {message}"


def test_every_message_is_translated(qapp: QCoreApplication) -> None:
    english = all_messages()
    with in_vietnamese(qapp):
        vietnamese = all_messages()
    # An accepted email, or a number without a network, is shown as itself, the same in both languages.
    itself = ("email OK", "phone OK without a network")
    same = [key for key in english if english[key] == vietnamese[key] and key not in itself]
    assert not same, f"still in English for a Vietnamese reader: {same}"


def test_the_program_speaks_as_the_program_and_never_offers_an_action_vssid_lacks(vietnamese: None) -> None:
    for key, message in all_messages().items():
        lowered = message.lower()
        assert "chúng ta" not in lowered and "chúng tôi" not in lowered, f"{key}: {message}"
        assert "gửi lại mật khẩu" not in lowered, f"{key}: VssID has no such action: {message}"


def test_a_short_number_is_explained_in_each_language(qapp: QCoreApplication) -> None:
    check = check_phone("0912 345")
    assert phone_feedback(check).startswith("Too short")
    with in_vietnamese(qapp):
        message = phone_feedback(check)
    assert message.startswith("Quá ngắn"), message
    assert "7 chữ số" in message, message


def test_an_accepted_number_names_its_original_network(vietnamese: None) -> None:
    assert phone_feedback(check_phone("0961234567")) == "0961 234 567 · mạng gốc Viettel"
    assert phone_feedback(check_phone("0912345678")) == "0912 345 678 · mạng gốc VinaPhone"


def test_an_accepted_number_in_english(qapp: QCoreApplication) -> None:
    assert phone_feedback(check_phone("0871234567")) == "0871 234 567 · original network iTel"


def test_the_old_number_message_names_both_numbers(vietnamese: None) -> None:
    message = phone_feedback(check_phone("0168 912 3456"))
    assert "0168 912 3456" in message and "0389 123 456" in message, message
    assert "số cũ có 11 chữ số" in message and "2018" in message, message


@pytest.mark.parametrize("typed", ["024 3789 9999", "(08) 3829 1234", "(061) 3822 123"])
def test_a_landline_is_called_by_both_its_names(vietnamese: None, typed: str) -> None:
    assert "điện thoại cố định (máy bàn)" in phone_feedback(check_phone(typed))


def test_an_old_city_landline_says_what_it_is_today(vietnamese: None) -> None:
    message = phone_feedback(check_phone("(08) 3829 1234"))
    assert "08" in message and "028 3829 1234" in message and "2017" in message, message


def test_an_unknown_prefix_is_not_said_to_be_impossible(vietnamese: None) -> None:
    assert phone_feedback(check_phone("0401 234 567")).startswith("Chưa thấy nhà mạng nào dùng đầu số 0401")


def test_a_new_range_asks_whether_the_number_is_right(vietnamese: None) -> None:
    message = phone_feedback(check_phone("0891 234 567"))
    assert "0891 234 567" in message and "mạng gốc MobiFone" in message and "xác nhận" in message, message


def test_several_numbers_ask_politely_for_one(vietnamese: None) -> None:
    assert "Bạn hãy chỉ nhập số di động" in phone_feedback(check_phone("024 3789 9999, 028 3829 1234"))


def test_spaces_in_an_address_are_called_what_older_people_call_them(vietnamese: None) -> None:
    assert "không được có dấu cách" in email_feedback(check_email("an @gmail.com"))


def test_a_telex_accident_asks_to_choose_or_to_switch_the_keyboard(qapp: QCoreApplication) -> None:
    check = check_email("lê.nguyen@gmail.com")
    assert "keyboard in English" in email_feedback(check)
    with in_vietnamese(qapp):
        assert "chuyển bàn phím sang tiếng Anh" in email_feedback(check)


def test_an_ending_that_does_not_exist_is_named_with_its_fix(vietnamese: None) -> None:
    message = email_feedback(check_email("ketoan@congtyabc.com.vm"))
    assert ".vm" in message and "ketoan@congtyabc.com.vn" in message, message


def test_the_code_help_says_why_both_numbers_are_taken_and_says_optional_only_once(vietnamese: None) -> None:
    help_text = bhxh_code_feedback(check_bhxh_code(""))
    assert "01/08/2025" in help_text and "12 chữ số" in help_text and "10 chữ số" in help_text, help_text
    assert "không bắt buộc" not in help_text.lower(), "the caption already says the field is optional"
    assert "Luật" not in help_text, "the change comes from BHXH's instruction, not from the Law on Social Insurance"


def test_the_code_says_which_number_it_took(vietnamese: None) -> None:
    assert bhxh_code_feedback(check_bhxh_code("7915303320")) == "Mã số BHXH: 7915303320"
    assert bhxh_code_feedback(check_bhxh_code("079190012345")).startswith("Số định danh cá nhân: 079190012345")


def test_a_bhyt_card_says_where_the_code_came_from(vietnamese: None) -> None:
    message = bhxh_code_feedback(check_bhxh_code("DN4797915303320"))
    assert "thẻ BHYT" in message and "7915303320" in message, message


def test_each_confirmation_says_what_is_confirmed(qapp: QCoreApplication) -> None:
    words = {key: confirm_button_text(check) for key, check in CONFIRMATIONS.items()}
    assert words["foreign"] == "Yes, use this foreign number"
    assert words["old area code"] == "It is my mobile number"
    assert words["typo"] == "My address is correct as typed"
    assert words["new range"] == words["personal number"] == "The number is right"
