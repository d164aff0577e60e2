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
    confirm_email_button_text,
    confirm_phone_button_text,
    email_feedback,
    phone_feedback,
    proposal_button_text,
)

QM = Path(__file__).resolve().parents[2] / "translations" / "vssid_vi.qm"

# One real input for every verdict, so that a new verdict without a message fails here.
PHONE_SAMPLES = {
    PhoneVerdict.OK: "0912 345 678",
    PhoneVerdict.EMPTY: "",
    PhoneVerdict.OLD_11_DIGIT: "0168 912 3456",
    PhoneVerdict.LANDLINE: "024 3789 9999",
    PhoneVerdict.SERVICE_NUMBER: "1900 9068",
    PhoneVerdict.TOO_SHORT: "0912 345",
    PhoneVerdict.TOO_LONG: "091234567890",
    PhoneVerdict.UNKNOWN_PREFIX: "0401 234 567",
    PhoneVerdict.HAS_LETTERS: "0912abc678",
    PhoneVerdict.MORE_THAN_ONE: "0912345678 hoặc 0987654321",
    PhoneVerdict.FOREIGN: "+1 650 253 0000",
    PhoneVerdict.FOREIGN_INVALID: "+1 650 253",
    PhoneVerdict.LOOKS_LIKE_EMAIL: "an@gmail.com",
    PhoneVerdict.NOT_A_NUMBER: "không nhớ",
}
EMAIL_SAMPLES = {
    EmailVerdict.OK: "an@gmail.com",
    EmailVerdict.EMPTY: "",
    EmailVerdict.NO_AT: "an.gmail.com",
    EmailVerdict.TWO_AT: "an@@gmail.com",
    EmailVerdict.HAS_SPACES: "nguyen van a@gmail.com",
    EmailVerdict.VIETNAMESE_LETTERS: "nguyễn@gmail.com",
    EmailVerdict.UNUSUAL_CHARACTERS: "an(binh)@gmail.com",
    EmailVerdict.NOTHING_BEFORE_AT: "@gmail.com",
    EmailVerdict.NOTHING_AFTER_AT: "an@",
    EmailVerdict.DOMAIN_INCOMPLETE: "an@localhost",
    EmailVerdict.MISPLACED_DOT: "an..binh@gmail.com",
    EmailVerdict.LIKELY_TYPO: "an@gmial.com",
    EmailVerdict.LOOKS_LIKE_PHONE: "0912 345 678",
    EmailVerdict.TOO_LONG: "a" * 400 + "@gmail.com",
    EmailVerdict.INVALID: "an@-gmail.com",
}
BHXH_SAMPLES = {
    BhxhCodeVerdict.OK: "7915303320",
    BhxhCodeVerdict.EMPTY: "",
    BhxhCodeVerdict.FROM_CARD: "DN4797915303320",
    BhxhCodeVerdict.TOO_SHORT: "791530332",
    BhxhCodeVerdict.TOO_LONG: "79153033201",
    BhxhCodeVerdict.CARD_WRONG_LENGTH: "DN47979153033",
    BhxhCodeVerdict.HAS_LETTERS: "79153O3320",
    BhxhCodeVerdict.NOT_A_CODE: "không có",
}


def all_messages() -> dict[str, str]:
    """Every message the contact page can show, keyed by verdict, in the current language."""
    messages = {}
    for verdict, text in PHONE_SAMPLES.items():
        messages[f"phone {verdict.name}"] = phone_feedback(check_phone(text))
    for verdict, text in EMAIL_SAMPLES.items():
        messages[f"email {verdict.name}"] = email_feedback(check_email(text))
    for verdict, text in BHXH_SAMPLES.items():
        messages[f"bhxh {verdict.name}"] = bhxh_code_feedback(check_bhxh_code(text))
    messages["button proposal"] = proposal_button_text("0389 123 456")
    messages["button foreign"] = confirm_phone_button_text()
    messages["button typo"] = confirm_email_button_text()
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


def test_every_verdict_has_a_sample() -> None:
    assert {check_phone(t).verdict for t in PHONE_SAMPLES.values()} == set(PhoneVerdict)
    assert {check_email(t).verdict for t in EMAIL_SAMPLES.values()} == set(EmailVerdict)
    assert {check_bhxh_code(t).verdict for t in BHXH_SAMPLES.values()} == set(BhxhCodeVerdict)
    for verdict, text in [*PHONE_SAMPLES.items(), *EMAIL_SAMPLES.items(), *BHXH_SAMPLES.items()]:
        assert verdict.name in {check_phone(text).verdict.name, check_email(text).verdict.name,
                                check_bhxh_code(text).verdict.name}, f"{text!r} is no sample of {verdict}"  # fmt: skip


def test_every_verdict_gets_a_complete_english_message(qapp: QCoreApplication) -> None:
    for key, message in all_messages().items():
        assert message.strip(), f"{key}: the person would see an empty line"
        assert "{" not in message, f"{key}: the person would see a placeholder: {message}"


def test_every_verdict_gets_a_complete_vietnamese_message(vietnamese: None) -> None:
    for key, message in all_messages().items():
        assert message.strip(), f"{key}: the person would see an empty line"
        assert "{" not in message, f"{key}: the person would see a placeholder: {message}"


def test_every_refusal_is_translated(qapp: QCoreApplication) -> None:
    english = all_messages()
    with in_vietnamese(qapp):
        vietnamese = all_messages()
    # An accepted email is shown as the address itself, the same in both languages.
    same = [key for key in english if english[key] == vietnamese[key] and key != "email OK"]
    assert not same, f"still in English for a Vietnamese reader: {same}"


def test_a_short_number_is_explained_in_each_language(qapp: QCoreApplication) -> None:
    check = check_phone("0912 345")
    assert phone_feedback(check).startswith("Too short")
    with in_vietnamese(qapp):
        message = phone_feedback(check)
    assert message.startswith("Quá ngắn"), message
    assert "7 chữ số" in message, message


def test_an_accepted_number_shows_number_and_network(vietnamese: None) -> None:
    assert phone_feedback(check_phone("0961234567")) == "0961 234 567 · mạng Viettel"


def test_an_accepted_number_in_english(qapp: QCoreApplication) -> None:
    assert phone_feedback(check_phone("0961234567")) == "0961 234 567 · Viettel"


def test_the_old_number_message_names_both_numbers(vietnamese: None) -> None:
    message = phone_feedback(check_phone("0168 912 3456"))
    assert "0168 912 3456" in message and "0389 123 456" in message, message
    assert "2018" in message


def test_a_bhyt_card_says_where_the_code_came_from(vietnamese: None) -> None:
    message = bhxh_code_feedback(check_bhxh_code("DN4797915303320"))
    assert "thẻ BHYT" in message and "7915303320" in message, message
