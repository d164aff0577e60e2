"""The code field: the 10-digit mã số BHXH or the 12-digit số định danh cá nhân (app/core/contact/bhxh_code.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.contact import BhxhCodeVerdict, CodeKind, check_bhxh_code
from tests.core.contact_text import ANY_TEXT

BHXH = CodeKind.BHXH_CODE
PERSONAL = CodeKind.PERSONAL_ID

CODES = [
    # typed, verdict, the digits taken, which number they are, taken from a BHYT card
    ("", BhxhCodeVerdict.EMPTY, None, None, False),
    ("  ", BhxhCodeVerdict.EMPTY, None, None, False),
    ("7915303320", BhxhCodeVerdict.OK, "7915303320", BHXH, False),
    ("79 1530 3320", BhxhCodeVerdict.OK, "7915303320", BHXH, False),
    ("0123456789", BhxhCodeVerdict.OK, "0123456789", BHXH, False),
    ("７９１５３０３３２０", BhxhCodeVerdict.OK, "7915303320", BHXH, False),
    # The số định danh cá nhân: 12 digits, starting with the province of the birth registration.
    ("079190012345", BhxhCodeVerdict.OK, "079190012345", PERSONAL, False),  # Hồ Chí Minh City
    ("001 085 012 345", BhxhCodeVerdict.OK, "001085012345", PERSONAL, False),  # Hà Nội, with spaces
    ("038-301-234-567", BhxhCodeVerdict.OK, "038301234567", PERSONAL, False),  # Thanh Hóa, with dashes
    ("096200123456", BhxhCodeVerdict.OK, "096200123456", PERSONAL, False),  # Cà Mau, the last code
    # No province has these codes (003, 097, 100...): one confirmation (a birth registered abroad).
    ("003190012345", BhxhCodeVerdict.UNKNOWN_PROVINCE, "003190012345", PERSONAL, False),
    ("097190012345", BhxhCodeVerdict.UNKNOWN_PROVINCE, "097190012345", PERSONAL, False),
    ("704190012345", BhxhCodeVerdict.UNKNOWN_PROVINCE, "704190012345", PERSONAL, False),
    # A BHYT card number of the 2015 layout: letters, benefit level 1-5, province, then the mã số BHXH.
    ("DN4797915303320", BhxhCodeVerdict.FROM_CARD, "7915303320", BHXH, True),
    ("dn4797915303320", BhxhCodeVerdict.FROM_CARD, "7915303320", BHXH, True),
    ("DN 4 79 79153 03320", BhxhCodeVerdict.FROM_CARD, "7915303320", BHXH, True),
    ("HC4010123456789", BhxhCodeVerdict.FROM_CARD, "0123456789", BHXH, True),
    ("GD 1 01 0123456789", BhxhCodeVerdict.FROM_CARD, "0123456789", BHXH, True),
    ("DN0797915303320", BhxhCodeVerdict.CARD_UNKNOWN_LAYOUT, None, None, False),  # no benefit level 0
    ("DN9797915303320", BhxhCodeVerdict.CARD_UNKNOWN_LAYOUT, None, None, False),
    ("791530332", BhxhCodeVerdict.TOO_SHORT, None, None, False),
    ("79153033201", BhxhCodeVerdict.ELEVEN_DIGITS, None, None, False),
    ("0791900123456", BhxhCodeVerdict.TOO_LONG, None, None, False),
    ("DN47979153033", BhxhCodeVerdict.CARD_WRONG_LENGTH, None, None, False),
    ("79153O3320", BhxhCodeVerdict.HAS_LETTERS, None, None, False),
    ("không có", BhxhCodeVerdict.NOT_A_CODE, None, None, False),
    ("79/1530/3320", BhxhCodeVerdict.NOT_A_CODE, None, None, False),
    ("1" * 101, BhxhCodeVerdict.NOT_A_CODE, None, None, False),
]


@pytest.mark.parametrize(("typed", "verdict", "code", "kind", "from_card"), CODES)
def test_the_code_is_ten_digits_twelve_digits_or_a_whole_bhyt_card_and_says_which(
    typed: str, verdict: BhxhCodeVerdict, code: str | None, kind: CodeKind | None, from_card: bool
) -> None:
    check = check_bhxh_code(typed)
    assert check.verdict is verdict, f"{typed!r} was judged {check.verdict}, expected {verdict}"
    assert (check.code, check.kind, check.from_card) == (code, kind, from_card)


def test_an_empty_code_is_fine_because_the_field_is_optional() -> None:
    assert check_bhxh_code("").acceptable and check_bhxh_code("").empty


@pytest.mark.parametrize("typed", ["7915303320", "079190012345", "DN4797915303320"])
def test_either_number_lets_the_person_go_on_without_a_question(typed: str) -> None:
    check = check_bhxh_code(typed)
    assert check.acceptable and not check.needs_confirmation


def test_a_twelve_digit_number_without_a_province_code_is_confirmed_not_refused() -> None:
    check = check_bhxh_code("097190012345")
    assert check.acceptable and check.needs_confirmation
    assert check.detail == "097", "the first three digits are what the person should look at"


@pytest.mark.parametrize(
    "typed", ["791530332", "79153033201", "0791900123456", "DN47979153033", "DN0797915303320", "79153O3320", "không có"]
)
def test_a_wrong_code_stops_the_person(typed: str) -> None:
    check = check_bhxh_code(typed)
    assert not check.acceptable and not check.needs_confirmation


@pytest.mark.parametrize(("typed", "count"), [("791 530 332", 9), ("DN47979153033", 13), ("0791900123456", 13)])
def test_a_wrong_length_says_how_many_digits(typed: str, count: int) -> None:
    assert check_bhxh_code(typed).length == count


@pytest.mark.parametrize("typed", ["7", "79153", "791530332", "79153033201"])
def test_a_code_halfway_typed_is_not_criticised_while_typing(typed: str) -> None:
    assert check_bhxh_code(typed).may_be_unfinished


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_code_field_gets_a_verdict(text: str) -> None:
    check = check_bhxh_code(text)
    assert isinstance(check.verdict, BhxhCodeVerdict)
    if check.code is not None:
        assert check.code.isascii() and check.code.isdigit()
        assert len(check.code) == (10 if check.kind is BHXH else 12)
        assert check_bhxh_code(check.code).code == check.code
    assert check.acceptable or check.code is None


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A[0-9]{12}\Z"))
def test_every_twelve_digit_number_is_taken_as_the_personal_number(digits: str) -> None:
    check = check_bhxh_code(digits)
    assert check.acceptable and check.kind is PERSONAL and check.code == digits
