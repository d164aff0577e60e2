"""What the contact page says about a typed phone number (app/core/contact/phone.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.contact import OLD_PREFIXES, PhoneVerdict, check_phone
from tests.core.contact_text import ANY_TEXT

# ---------------------------------------------------------------- accepted

ACCEPTED_PHONES = [
    ("0912345678", "0912 345 678"),
    ("0912 345 678", "0912 345 678"),
    ("0912.345.678", "0912 345 678"),
    ("0912-345-678", "0912 345 678"),
    ("(091) 234-5678", "0912 345 678"),
    ("(0912) 345 678", "0912 345 678"),
    ("+84 912 345 678", "0912 345 678"),
    ("+84912345678", "0912 345 678"),
    ("84912345678", "0912 345 678"),
    ("0084912345678", "0912 345 678"),
    ("+84 0912 345 678", "0912 345 678"),
    ("84 (0) 912 345 678", "0912 345 678"),
    ("(+84) 0912 345 678", "0912 345 678"),
    ("912345678", "0912 345 678"),
    ("０９１２３４５６７８", "0912 345 678"),  # full-width digits from a CJK input method
    ("٠٩١٢٣٤٥٦٧٨", "0912 345 678"),  # Arabic-Indic digits
    ("  0912345678\n", "0912 345 678"),
    ("\u200f0912345678\u200e", "0912 345 678"),  # right-to-left marks from a paste
    ("0912\u200b345678", "0912 345 678"),
    ("số của tôi là 0912.345.678 nhé", "0912 345 678"),
    ("SĐT: 0987 654 321", "0987 654 321"),
    ("ĐT.0987654321", "0987 654 321"),
    ("tôi 35 tuổi, số 0912345678", "0912 345 678"),
    ("0912/345/678", "0912 345 678"),
    ("0389 123 456", "0389 123 456"),
    # Unbroken, a number in a range that was once an area code is just a mobile number.
    ("0838291234", "0838 291 234"),
    ("033 382 5123", "0333 825 123"),
    ("0763 822 123", "0763 822 123"),
]


@pytest.mark.parametrize(("typed", "shown"), ACCEPTED_PHONES)
def test_real_world_mobile_numbers_are_accepted_and_shown_the_vietnamese_way(typed: str, shown: str) -> None:
    check = check_phone(typed)
    assert check.verdict is PhoneVerdict.OK, f"{typed!r} was refused: {check.verdict}"
    assert check.acceptable and not check.needs_confirmation
    assert check.display == shown, f"{typed!r} was shown as {check.display!r}"
    assert check.e164 == "+84" + shown.replace(" ", "")[1:]


@pytest.mark.parametrize(
    ("typed", "network"),
    [
        ("0961 234 567", "Viettel"),
        ("0389 123 456", "Viettel"),
        ("0912 345 678", "VinaPhone"),
        ("0831 234 567", "VinaPhone"),
        ("0901 234 567", "MobiFone"),
        ("0701 234 567", "MobiFone"),
        ("0921 234 567", "Vietnamobile"),
        ("0561 234 567", "Vietnamobile"),
        ("0591 234 567", "Gmobile"),
        ("0991 234 567", None),  # phonenumbers knows the range but names no network: none is guessed
        ("0871 234 567", "iTel"),  # phonenumbers files 087 under VinaPhone, whose network iTel uses
    ],
)
def test_an_accepted_number_names_its_original_network_as_the_network_writes_it(
    typed: str, network: str | None
) -> None:
    assert check_phone(typed).network == network, f"{typed} was not shown as a {network} number"


# ---------------------------------------------------------------- old 11-digit numbers

# The new number of every old prefix, built by hand from CONTENT.md §4 (not from OLD_PREFIXES).
CONVERSIONS = [
    ("0120", "070"), ("0121", "079"), ("0122", "077"), ("0126", "076"), ("0128", "078"),
    ("0123", "083"), ("0124", "084"), ("0125", "085"), ("0127", "081"), ("0129", "082"),
    ("0162", "032"), ("0163", "033"), ("0164", "034"), ("0165", "035"),
    ("0166", "036"), ("0167", "037"), ("0168", "038"), ("0169", "039"),
    ("0186", "056"), ("0188", "058"),
    ("0199", "059"),
]  # fmt: skip


def test_the_conversion_table_is_the_published_one() -> None:
    assert OLD_PREFIXES == dict(CONVERSIONS)


@pytest.mark.parametrize(("old", "new"), CONVERSIONS)
def test_an_old_11_digit_number_gets_its_2018_number_proposed(old: str, new: str) -> None:
    check = check_phone(f"{old} 912 3456")
    assert check.verdict is PhoneVerdict.OLD_11_DIGIT, f"{old} 912 3456 was judged {check.verdict}"
    assert not check.acceptable
    assert check.proposal is not None
    assert check.proposal.replace(" ", "") == new + "9123456", f"{old} 912 3456 became {check.proposal}"
    after = check_phone(check.proposal)
    assert after.verdict is PhoneVerdict.OK, f"the proposed {check.proposal} is itself refused"
    assert after.display == check.proposal


def test_the_example_of_content_md_converts_as_published() -> None:
    check = check_phone("0168 912 3456")
    assert check.display == "0168 912 3456"
    assert check.proposal is not None and check.proposal.replace(" ", "") == "0389123456"
    assert check.network == "Viettel"


@pytest.mark.parametrize("typed", ["+84 168 912 3456", "841689123456", "1689123456"])
def test_an_old_number_is_recognised_with_any_country_prefix(typed: str) -> None:
    assert check_phone(typed).verdict is PhoneVerdict.OLD_11_DIGIT


# ---------------------------------------------------------------- refused, each with its reason

REFUSED_PHONES = [
    ("", PhoneVerdict.EMPTY),
    ("   ", PhoneVerdict.EMPTY),
    ("024 3789 9999", PhoneVerdict.LANDLINE),
    ("028 3829 1234", PhoneVerdict.LANDLINE),
    ("(028) 3829 1234", PhoneVerdict.LANDLINE),
    ("0203 3123 456", PhoneVerdict.LANDLINE),
    ("0672 345 678", PhoneVerdict.LANDLINE),  # a VoIP range phonenumbers knows, not Đồng Tháp's old 067
    ("069 123 45", PhoneVerdict.SERVICE_NUMBER),
    ("1900 9068", PhoneVerdict.SERVICE_NUMBER),
    ("19009068", PhoneVerdict.SERVICE_NUMBER),
    ("1800 1091", PhoneVerdict.SERVICE_NUMBER),
    ("113", PhoneVerdict.SERVICE_NUMBER),
    ("8079", PhoneVerdict.SERVICE_NUMBER),
    ("0912 345", PhoneVerdict.TOO_SHORT),
    ("091234567", PhoneVerdict.TOO_SHORT),
    ("0", PhoneVerdict.TOO_SHORT),
    ("+84", PhoneVerdict.TOO_SHORT),
    ("0168 912", PhoneVerdict.TOO_SHORT),  # an old number, half typed
    ("09123456789", PhoneVerdict.TOO_LONG),
    ("0168 912 3456 7", PhoneVerdict.TOO_LONG),
    ("091234567890", PhoneVerdict.TOO_LONG),
    ("1234567890123456789012345", PhoneVerdict.TOO_LONG),
    ("0123 456 789", PhoneVerdict.UNKNOWN_PREFIX),
    ("0101 234 5678", PhoneVerdict.UNKNOWN_PREFIX),
    ("0401 234 567", PhoneVerdict.UNKNOWN_PREFIX),
    ("0651 234 567", PhoneVerdict.UNKNOWN_PREFIX),
    ("0912abc678", PhoneVerdict.HAS_LETTERS),
    ("O912 345 678", PhoneVerdict.HAS_LETTERS),
    ("0912 345 abc 678", PhoneVerdict.HAS_LETTERS),
    ("0912345678 hoặc 0987654321", PhoneVerdict.MORE_THAN_ONE),
    ("0912345678, 0987654321", PhoneVerdict.MORE_THAN_ONE),
    ("0912345678 0987654321", PhoneVerdict.MORE_THAN_ONE),
    ("0912 345 678 hoặc 0912 345 678", PhoneVerdict.REPEATED),
    ("+1 650 253", PhoneVerdict.FOREIGN_INVALID),
    ("nguyen@gmail.com", PhoneVerdict.LOOKS_LIKE_EMAIL),
    ("nguyen1985@gmail.com", PhoneVerdict.LOOKS_LIKE_EMAIL),
    ("không nhớ", PhoneVerdict.NOT_A_NUMBER),
    ("😀", PhoneVerdict.NOT_A_NUMBER),
    ("0912345678 " * 100, PhoneVerdict.NOT_A_NUMBER),
]


@pytest.mark.parametrize(("typed", "verdict"), REFUSED_PHONES)
def test_a_number_that_cannot_receive_the_password_is_refused_with_its_reason(
    typed: str, verdict: PhoneVerdict
) -> None:
    check = check_phone(typed)
    assert check.verdict is verdict, f"{typed[:40]!r} was judged {check.verdict}, expected {verdict}"
    assert not check.acceptable, f"{typed[:40]!r} was let through"


def test_letters_in_the_number_are_named() -> None:
    assert check_phone("0912abc678").detail == "abc"
    assert check_phone("0912 345 abc 678").detail == "abc"


def test_the_letter_o_typed_for_zero_gets_the_digits_proposed() -> None:
    check = check_phone("O912 345 678")
    assert check.detail == "O"
    assert check.proposal == "0912 345 678"


def test_letters_that_are_not_look_alikes_get_no_guess() -> None:
    assert check_phone("0912abc678").proposal is None


@pytest.mark.parametrize(("typed", "count"), [("0912 345", 7), ("+84 912 345", 7), ("091234567890", 12)])
def test_a_wrong_length_says_how_many_digits_were_typed(typed: str, count: int) -> None:
    assert check_phone(typed).digits == count


@pytest.mark.parametrize("typed", ["0", "0912", "+84 912 34", "0912 345 67"])
def test_a_number_halfway_typed_is_not_criticised_while_typing(typed: str) -> None:
    assert check_phone(typed).may_be_unfinished


@pytest.mark.parametrize("typed", ["0912 345 678", "09123456789", "024 3789 9999", "0168 912 3456"])
def test_a_whole_number_is_judged_at_once(typed: str) -> None:
    assert not check_phone(typed).may_be_unfinished


def test_a_long_list_of_numbers_is_more_than_one_without_choices() -> None:
    many = ", ".join(f"09{i:08d}" for i in range(12345678, 12345678 + 30))
    check = check_phone(many)
    assert (check.verdict, check.proposal, check.choices) == (PhoneVerdict.MORE_THAN_ONE, None, ())


def test_an_unknown_prefix_is_named() -> None:
    assert check_phone("0401 234 567").detail == "0401"


def test_a_landline_is_shown_so_the_person_recognises_it() -> None:
    assert check_phone("02437899999").display == "024 3789 9999"


# ---------------------------------------------------------------- landlines with their area codes of before 2017

OLD_LANDLINES = [
    # typed, area code named, the number today (known for Hà Nội and Hồ Chí Minh City)
    ("(08) 3829 1234", "08", "028 3829 1234"),
    ("(08).38464877", "08", "028 3846 4877"),
    ("08 3829 1234", "08", "028 3829 1234"),
    ("08.6123.4567", "08", "028 6123 4567"),
    ("+84 8 3829 1234", "08", "028 3829 1234"),
    ("(04) 3789 9999", "04", "024 3789 9999"),
    ("04 3789 9999", "04", "024 3789 9999"),
    ("0437899999", "04", "024 3789 9999"),  # no mobile number starts 04, whatever the grouping
    ("84 4 3825 1234", "04", "024 3825 1234"),
    ("(061) 3822 123", "061", None),  # Đồng Nai
    ("0613 822 123", "061", None),  # no mobile number starts 06 either
    ("(064) 385 2123", "064", None),
    ("(072) 3822 123", "072", None),  # brackets round a code that is no mobile range
    ("(0511) 3822 123", "0511", None),  # the 4-digit codes made 11-digit numbers
    ("0511 3822 123", "0511", None),
    ("+84 511 3822 123", "0511", None),
    ("(0650) 382 2123", "0650", None),
]


@pytest.mark.parametrize(("typed", "code", "today"), OLD_LANDLINES)
def test_a_landline_with_its_area_code_of_before_2017_gets_its_own_message_never_a_plain_ok(
    typed: str, code: str, today: str | None
) -> None:
    check = check_phone(typed)
    assert check.verdict is PhoneVerdict.OLD_LANDLINE, f"{typed!r} was judged {check.verdict}"
    assert not check.acceptable, f"{typed!r}, a landline, would have been logged as someone's mobile"
    assert check.detail == code
    assert check.display == today


@pytest.mark.parametrize(
    ("typed", "code", "number", "network"),
    [("(033) 3825 123", "033", "0333 825 123", "Viettel"),
     ("(076) 3852 123", "076", "0763 852 123", "MobiFone"),
     ("(+84) (39) 385 6123", "039", "0393 856 123", "Viettel")],
)  # fmt: skip
def test_an_old_area_code_in_brackets_that_is_a_mobile_prefix_now_is_confirmed_once(
    typed: str, code: str, number: str, network: str
) -> None:
    check = check_phone(typed)
    assert check.verdict is PhoneVerdict.MAYBE_LANDLINE, f"{typed!r} was judged {check.verdict}"
    assert check.acceptable and check.needs_confirmation, "neither a plain OK nor a dead end"
    assert (check.detail, check.display, check.network) == (code, number, network)
    assert check.e164 == "+84" + number.replace(" ", "")[1:]


@pytest.mark.parametrize("typed", ["(091) 234-5678", "(090) 123 4567", "(083) 829 1234", "(033) 123 4567"])
def test_a_prefix_in_brackets_that_never_was_a_landline_code_stays_fine(typed: str) -> None:
    assert check_phone(typed).verdict is PhoneVerdict.OK, f"{typed!r} is a mobile number written with brackets"


# ---------------------------------------------------------------- ranges newer than phonenumbers' data

NEW_RANGES = [
    ("0891 234 567", "0891 234 567", "MobiFone"),
    ("089 1234 567", "0891 234 567", "MobiFone"),
    ("+84 891 234 567", "0891 234 567", "MobiFone"),
    ("0521 234 567", "0521 234 567", "Vietnamobile"),
    ("0571 234 567", "0571 234 567", None),  # the prefix is no one network's: no name is guessed
    ("0723 822 123", "0723 822 123", None),
    ("0501234567", "0501 234 567", None),
    ("0992 123 456", "0992 123 456", None),
]


@pytest.mark.parametrize(("typed", "shown", "network"), NEW_RANGES)
def test_a_well_formed_number_in_a_range_phonenumbers_does_not_know_is_confirmed_once(
    typed: str, shown: str, network: str | None
) -> None:
    check = check_phone(typed)
    assert check.verdict is PhoneVerdict.NEW_RANGE, f"{typed!r} was judged {check.verdict}"
    assert check.acceptable and check.needs_confirmation, "a new range must never be a dead end"
    assert check.display == shown and check.e164 == "+84" + shown.replace(" ", "")[1:]
    assert check.network == network
    assert check.detail == shown.replace(" ", "")[:4]


@pytest.mark.parametrize("typed", ["0401 234 567", "0651 234 567", "0691 234 567", "0123 456 789"])
def test_only_the_mobile_ranges_get_the_benefit_of_the_doubt(typed: str) -> None:
    assert check_phone(typed).verdict is PhoneVerdict.UNKNOWN_PREFIX


# ---------------------------------------------------------------- several numbers

SEVERAL = [
    # typed, verdict, proposal, choices
    ("0912 345 678 hoặc 0912 345 678", PhoneVerdict.REPEATED, "0912 345 678", ()),
    ("0912345678 / 0912345678", PhoneVerdict.REPEATED, "0912 345 678", ()),
    ("0912345678 0912345678", PhoneVerdict.REPEATED, "0912 345 678", ()),
    ("+84 912 345 678, 0912 345 678", PhoneVerdict.REPEATED, "0912 345 678", ()),
    ("0912345678 hoặc 0987654321", PhoneVerdict.MORE_THAN_ONE, None, ("0912 345 678", "0987 654 321")),
    ("0912345678 0987654321", PhoneVerdict.MORE_THAN_ONE, None, ("0912 345 678", "0987 654 321")),
    ("0912 345 678, nhà: 024 3789 9999", PhoneVerdict.MORE_THAN_ONE, "0912 345 678", ()),
    ("0168 912 3456 (nay là 0389 123 456)", PhoneVerdict.MORE_THAN_ONE, "0389 123 456", ()),
    ("024 3789 9999, 028 3829 1234", PhoneVerdict.MORE_THAN_ONE, None, ()),
    ("0912345678, 0987654321, 0389123456, 0901234567", PhoneVerdict.MORE_THAN_ONE, None, ()),
]


@pytest.mark.parametrize(("typed", "verdict", "proposal", "choices"), SEVERAL)
def test_several_numbers_are_offered_to_choose_from_and_one_typed_twice_is_kept_once(
    typed: str, verdict: PhoneVerdict, proposal: str | None, choices: tuple[str, ...]
) -> None:
    check = check_phone(typed)
    assert check.verdict is verdict, f"{typed!r} was judged {check.verdict}"
    assert not check.acceptable
    assert (check.proposal, check.choices) == (proposal, choices)


# ---------------------------------------------------------------- foreign

@pytest.mark.parametrize("typed", ["+1 650 253 0000", "001 650 253 0000", "+44 7911 123456"])
def test_a_foreign_number_is_accepted_after_one_confirmation(typed: str) -> None:
    check = check_phone(typed)
    assert check.verdict is PhoneVerdict.FOREIGN
    assert check.acceptable and check.needs_confirmation
    assert check.display is not None and check.display.startswith("+")


def test_a_foreign_number_is_shown_in_international_form() -> None:
    check = check_phone("+1 650 253 0000")
    assert check.display == "+1 650-253-0000"
    assert check.e164 == "+16502530000"
    assert check.detail == "US"


# ---------------------------------------------------------------- any text

@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_phone_field_gets_a_verdict_and_every_offer_is_accepted(text: str) -> None:
    check = check_phone(text)
    assert isinstance(check.verdict, PhoneVerdict)
    if check.acceptable:
        assert check.e164 is not None and check.display is not None
        again = check_phone(check.display)
        assert again.e164 == check.e164, f"{check.display!r} shown, but it reads back as {again.e164}"
    for offered in [o for o in (check.proposal, *check.choices) if o]:
        assert check_phone(offered).acceptable, f"{offered!r} was offered for {text[:40]!r} but is refused"
    assert not (check.proposal and check.choices), "one fix or a choice, never both"


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A(\+84|84|0084|0)?[ .-]?[35789][0-9]{2}[ .-]?[0-9]{3}[ .-]?[0-9]{3}\Z"))
def test_any_spelling_of_one_mobile_number_gives_that_number(text: str) -> None:
    check = check_phone(text)
    digits = "".join(ch for ch in text if ch.isdigit())
    assert check.verdict in (PhoneVerdict.OK, PhoneVerdict.NEW_RANGE), f"{text!r} was judged {check.verdict}"
    assert check.e164 is not None and check.e164.endswith(digits[-9:])


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A0[35789][0-9]{8}\Z"), st.sampled_from([" hoặc ", ", ", " / ", " "]))
def test_a_number_typed_twice_is_offered_once_with_its_digits_unchanged(number: str, between: str) -> None:
    check = check_phone(number + between + number)
    assert check.verdict is PhoneVerdict.REPEATED
    assert check.proposal is not None and check.proposal.replace(" ", "") == number
