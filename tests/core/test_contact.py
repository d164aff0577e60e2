"""What the contact page says about a typed phone number, email address and mã số BHXH."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.contact import (
    OLD_PREFIXES,
    BhxhCodeCheck,
    BhxhCodeVerdict,
    EmailCheck,
    EmailVerdict,
    PhoneCheck,
    PhoneVerdict,
    check_bhxh_code,
    check_email,
    check_phone,
    contact_ready,
)

# ---------------------------------------------------------------- phone: accepted

ACCEPTED_PHONES = [
    ("0912345678", "0912 345 678"),
    ("0912 345 678", "0912 345 678"),
    ("0912.345.678", "0912 345 678"),
    ("0912-345-678", "0912 345 678"),
    ("(091) 234-5678", "0912 345 678"),
    ("+84 912 345 678", "0912 345 678"),
    ("+84912345678", "0912 345 678"),
    ("84912345678", "0912 345 678"),
    ("0084912345678", "0912 345 678"),
    ("+84 0912 345 678", "0912 345 678"),
    ("84 (0) 912 345 678", "0912 345 678"),
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
        ("0912 345 678", "Vinaphone"),
        ("0831 234 567", "Vinaphone"),
        ("0901 234 567", "MobiFone"),
        ("0701 234 567", "MobiFone"),
        ("0921 234 567", "Vietnamobile"),
        ("0591 234 567", "G-Mobile"),
    ],
)
def test_an_accepted_number_names_its_original_network(typed: str, network: str) -> None:
    assert check_phone(typed).network == network, f"{typed} was not shown as a {network} number"


# ---------------------------------------------------------------- phone: old 11-digit numbers

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


# ---------------------------------------------------------------- phone: refused, each with its reason

REFUSED_PHONES = [
    ("", PhoneVerdict.EMPTY),
    ("   ", PhoneVerdict.EMPTY),
    ("024 3789 9999", PhoneVerdict.LANDLINE),
    ("028 3829 1234", PhoneVerdict.LANDLINE),
    ("0203 3123 456", PhoneVerdict.LANDLINE),
    ("1900 9068", PhoneVerdict.SERVICE_NUMBER),
    ("19009068", PhoneVerdict.SERVICE_NUMBER),
    ("1800 1091", PhoneVerdict.SERVICE_NUMBER),
    ("113", PhoneVerdict.SERVICE_NUMBER),
    ("8079", PhoneVerdict.SERVICE_NUMBER),
    ("0912 345", PhoneVerdict.TOO_SHORT),
    ("091234567", PhoneVerdict.TOO_SHORT),
    ("0", PhoneVerdict.TOO_SHORT),
    ("+84", PhoneVerdict.TOO_SHORT),
    ("09123456789", PhoneVerdict.TOO_LONG),
    ("091234567890", PhoneVerdict.TOO_LONG),
    ("1234567890123456789012345", PhoneVerdict.TOO_LONG),
    ("0123 456 789", PhoneVerdict.UNKNOWN_PREFIX),
    ("0101 234 5678", PhoneVerdict.UNKNOWN_PREFIX),
    ("0401 234 567", PhoneVerdict.UNKNOWN_PREFIX),
    ("0912abc678", PhoneVerdict.HAS_LETTERS),
    ("O912 345 678", PhoneVerdict.HAS_LETTERS),
    ("0912 345 abc 678", PhoneVerdict.HAS_LETTERS),
    ("0912345678 hoặc 0987654321", PhoneVerdict.MORE_THAN_ONE),
    ("0912345678, 0987654321", PhoneVerdict.MORE_THAN_ONE),
    ("0912345678 0987654321", PhoneVerdict.MORE_THAN_ONE),
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


def test_an_unknown_prefix_is_named() -> None:
    assert check_phone("0401 234 567").detail == "0401"


def test_a_landline_is_shown_so_the_person_recognises_it() -> None:
    assert check_phone("02437899999").display == "024 3789 9999"


# ---------------------------------------------------------------- phone: foreign


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


# ---------------------------------------------------------------- email

ACCEPTED_EMAILS = [
    ("nguyenvana@gmail.com", "nguyenvana@gmail.com"),
    ("Nguyen.Van.A@Gmail.COM", "Nguyen.Van.A@gmail.com"),
    ("  tran.thi.b@yahoo.com.vn ", "tran.thi.b@yahoo.com.vn"),
    ("le+vssid@outlook.com", "le+vssid@outlook.com"),
    ("pham@outlook.com.vn", "pham@outlook.com.vn"),
    ("hoang@hotmail.com", "hoang@hotmail.com"),
    ("vu@icloud.com", "vu@icloud.com"),
    ("dang@yahoo.com", "dang@yahoo.com"),
    ("bui@fpt.vn", "bui@fpt.vn"),
    ("do@vnn.vn", "do@vnn.vn"),
    ("ho@mail.com", "ho@mail.com"),
    ("ngo@ymail.com", "ngo@ymail.com"),
    ("duong@live.com", "duong@live.com"),
    ("ly@baohiemxahoi.gov.vn", "ly@baohiemxahoi.gov.vn"),
    ("ketoan@congty-abc.com.vn", "ketoan@congty-abc.com.vn"),
    ("mailto:an@gmail.com", "an@gmail.com"),
    ("ａｎ＠ｇｍａｉｌ．ｃｏｍ", "an@gmail.com"),  # full-width input method
    ("\u200ean@gmail.com\u200f", "an@gmail.com"),
    ("an@bưuđiện.vn", "an@bưuđiện.vn"),  # internationalised domain, as email-validator accepts it
    ("an@xn--bcher-kva.ch", "an@bücher.ch"),
]


@pytest.mark.parametrize(("typed", "normalized"), ACCEPTED_EMAILS)
def test_real_email_addresses_are_accepted_and_normalised(typed: str, normalized: str) -> None:
    check = check_email(typed)
    assert check.verdict is EmailVerdict.OK, f"{typed!r} was refused: {check.verdict} {check.detail}"
    assert check.acceptable and not check.needs_confirmation
    assert check.normalized == normalized


TYPOS = [
    ("an@gmial.com", "an@gmail.com"),
    ("an@gmai.com", "an@gmail.com"),
    ("an@gamil.com", "an@gmail.com"),
    ("an@gnail.com", "an@gmail.com"),
    ("an@gmaill.com", "an@gmail.com"),
    ("an@gmail.con", "an@gmail.com"),
    ("an@gmail.cm", "an@gmail.com"),
    ("an@gmail.co", "an@gmail.com"),
    ("an@gmail.com.vn", "an@gmail.com"),
    ("an@gmai.com.vn", "an@gmail.com"),
    ("an@gmaıl.com", "an@gmail.com"),  # dotless ı: an internationalised look-alike of gmail.com
    ("an@gmail.vn", "an@gmail.com"),
    ("an@yahoo.vn", "an@yahoo.com.vn"),
    ("an@yaho.com.vn", "an@yahoo.com.vn"),
    ("an@yahooo.com", "an@yahoo.com"),
    ("an@yahoo.com.vm", "an@yahoo.com.vn"),
    ("an@hotmial.com", "an@hotmail.com"),
    ("an@hotmail.vn", "an@hotmail.com"),
    ("an@outlok.com", "an@outlook.com"),
    ("an@outlook.vn", "an@outlook.com.vn"),
    ("an@iclould.com", "an@icloud.com"),
    ("an@icloud.vn", "an@icloud.com"),
]


@pytest.mark.parametrize(("typed", "meant"), TYPOS)
def test_a_likely_provider_typo_proposes_the_right_address(typed: str, meant: str) -> None:
    check = check_email(typed)
    assert check.verdict is EmailVerdict.LIKELY_TYPO, f"{typed} was judged {check.verdict}"
    assert check.proposal == meant
    assert check.needs_confirmation, "a guessed typo must not be a dead end"


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "outlook.com.vn", "hotmail.com",
     "icloud.com", "mail.com", "email.com", "ymail.com", "gmx.com", "yahoo.ca", "fpt.vn",
     "fpt.com.vn", "vnn.vn", "viettel.com.vn", "me.com"],
)  # fmt: skip
def test_a_real_domain_is_never_called_a_typo(domain: str) -> None:
    check = check_email(f"an@{domain}")
    assert check.verdict is EmailVerdict.OK, f"an@{domain} was judged {check.verdict} ({check.proposal})"


REFUSED_EMAILS = [
    ("", EmailVerdict.EMPTY, None),
    ("nguyễn@gmail.com", EmailVerdict.VIETNAMESE_LETTERS, "nguyen@gmail.com"),
    ("trần.thị.bích@yahoo.com.vn", EmailVerdict.VIETNAMESE_LETTERS, "tran.thi.bich@yahoo.com.vn"),
    ("đức@gmail.com", EmailVerdict.VIETNAMESE_LETTERS, "duc@gmail.com"),
    ("an@gmãil.com", EmailVerdict.VIETNAMESE_LETTERS, "an@gmail.com"),
    ("nguyen van a@gmail.com", EmailVerdict.HAS_SPACES, "nguyenvana@gmail.com"),
    ("an @gmail.com", EmailVerdict.HAS_SPACES, "an@gmail.com"),
    ("nguyenvana.gmail.com", EmailVerdict.NO_AT, "nguyenvana@gmail.com"),
    ("nguyenvanagmail.com", EmailVerdict.NO_AT, "nguyenvana@gmail.com"),
    ("nguyenvana", EmailVerdict.NO_AT, None),
    ("an@@gmail.com", EmailVerdict.TWO_AT, "an@gmail.com"),
    ("an@b@gmail.com", EmailVerdict.TWO_AT, None),
    ("@gmail.com", EmailVerdict.NOTHING_BEFORE_AT, None),
    ("an@", EmailVerdict.NOTHING_AFTER_AT, None),
    ("an@gmail", EmailVerdict.DOMAIN_INCOMPLETE, "an@gmail.com"),
    ("an@gmail.c", EmailVerdict.DOMAIN_INCOMPLETE, "an@gmail.com"),
    ("an@localhost", EmailVerdict.DOMAIN_INCOMPLETE, None),
    ("an..binh@gmail.com", EmailVerdict.MISPLACED_DOT, "an.binh@gmail.com"),
    (".an@gmail.com", EmailVerdict.MISPLACED_DOT, "an@gmail.com"),
    ("an.@gmail.com", EmailVerdict.MISPLACED_DOT, "an@gmail.com"),
    ("an@gmail.com.", EmailVerdict.MISPLACED_DOT, "an@gmail.com"),
    ("an@gmail..com", EmailVerdict.MISPLACED_DOT, "an@gmail.com"),
    ("an@gmail,com", EmailVerdict.UNUSUAL_CHARACTERS, "an@gmail.com"),
    ("an(binh)@gmail.com", EmailVerdict.UNUSUAL_CHARACTERS, None),
    ("0912 345 678", EmailVerdict.LOOKS_LIKE_PHONE, None),
    ("a" * 400 + "@gmail.com", EmailVerdict.TOO_LONG, None),
]


@pytest.mark.parametrize(("typed", "verdict", "proposal"), REFUSED_EMAILS)
def test_a_wrong_address_is_refused_with_its_reason_and_fix(
    typed: str, verdict: EmailVerdict, proposal: str | None
) -> None:
    check = check_email(typed)
    assert check.verdict is verdict, f"{typed[:40]!r} was judged {check.verdict}, expected {verdict}"
    assert not check.acceptable, f"{typed[:40]!r} was let through"
    assert check.proposal == proposal, f"{typed[:40]!r} proposed {check.proposal!r}"


def test_the_vietnamese_letters_found_are_named() -> None:
    assert check_email("trần.thị@gmail.com").detail == "ầị"


def test_the_number_of_at_signs_is_given() -> None:
    assert check_email("an@@@gmail.com").detail == "3"


def test_the_unusual_characters_are_named() -> None:
    assert check_email("an(binh)@gmail.com").detail == "()"


def test_a_foreign_looking_local_part_is_refused_not_accepted() -> None:
    # Vietnamese providers and BHXH's mail system do not take non-ASCII mailbox names.
    assert not check_email("用户@gmail.com").acceptable


# ---------------------------------------------------------------- mã số BHXH

BHXH_CASES = [
    ("", BhxhCodeVerdict.EMPTY, None, False),
    ("  ", BhxhCodeVerdict.EMPTY, None, False),
    ("7915303320", BhxhCodeVerdict.OK, "7915303320", False),
    ("79 1530 3320", BhxhCodeVerdict.OK, "7915303320", False),
    ("0123456789", BhxhCodeVerdict.OK, "0123456789", False),
    ("７９１５３０３３２０", BhxhCodeVerdict.OK, "7915303320", False),
    ("DN4797915303320", BhxhCodeVerdict.FROM_CARD, "7915303320", True),
    ("dn4797915303320", BhxhCodeVerdict.FROM_CARD, "7915303320", True),
    ("DN 4 79 79153 03320", BhxhCodeVerdict.FROM_CARD, "7915303320", True),
    ("HC4010123456789", BhxhCodeVerdict.FROM_CARD, "0123456789", True),
    ("791530332", BhxhCodeVerdict.TOO_SHORT, None, False),
    ("79153033201", BhxhCodeVerdict.TOO_LONG, None, False),
    ("DN47979153033", BhxhCodeVerdict.CARD_WRONG_LENGTH, None, False),
    ("79153O3320", BhxhCodeVerdict.HAS_LETTERS, None, False),
    ("không có", BhxhCodeVerdict.NOT_A_CODE, None, False),
    ("79/1530/3320", BhxhCodeVerdict.NOT_A_CODE, None, False),
]


@pytest.mark.parametrize(("typed", "verdict", "code", "from_card"), BHXH_CASES)
def test_the_bhxh_code_is_ten_digits_or_a_whole_bhyt_card(
    typed: str, verdict: BhxhCodeVerdict, code: str | None, from_card: bool
) -> None:
    check = check_bhxh_code(typed)
    assert check.verdict is verdict, f"{typed!r} was judged {check.verdict}, expected {verdict}"
    assert check.code == code
    assert check.from_card is from_card


def test_an_empty_bhxh_code_is_fine_because_the_field_is_optional() -> None:
    assert check_bhxh_code("").acceptable


@pytest.mark.parametrize("typed", ["791530332", "79153033201", "DN47979153033", "79153O3320", "không có"])
def test_a_wrong_bhxh_code_stops_the_person(typed: str) -> None:
    assert not check_bhxh_code(typed).acceptable


def test_a_wrong_length_bhxh_code_says_how_many_digits() -> None:
    assert check_bhxh_code("791 530 332").length == 9
    assert check_bhxh_code("DN47979153033").length == 13


# ---------------------------------------------------------------- leaving the page

GOOD_PHONE = check_phone("0912 345 678")
FOREIGN_PHONE = check_phone("+1 650 253 0000")
BAD_PHONE = check_phone("0912 345")
NO_PHONE = check_phone("")
GOOD_EMAIL = check_email("an@gmail.com")
TYPO_EMAIL = check_email("an@gmial.com")
BAD_EMAIL = check_email("an@")
NO_EMAIL = check_email("")
NO_CODE = check_bhxh_code("")
BAD_CODE = check_bhxh_code("791530332")


def ready(
    phone: PhoneCheck = NO_PHONE,
    email: EmailCheck = NO_EMAIL,
    code: BhxhCodeCheck = NO_CODE,
    **flags: bool,
) -> bool:
    flags.setdefault("phone_required", False)
    flags.setdefault("email_required", False)
    return contact_ready(phone, email, code, **flags)


def test_the_chosen_channel_cannot_be_left_empty() -> None:
    assert not ready(phone_required=True)
    assert not ready(email=GOOD_EMAIL, phone_required=True)
    assert not ready(phone=GOOD_PHONE, email_required=True)


def test_a_valid_contact_for_the_chosen_channel_lets_the_person_go_on() -> None:
    assert ready(phone=GOOD_PHONE, phone_required=True)
    assert ready(email=GOOD_EMAIL, email_required=True)


def test_a_wrong_contact_stops_the_person_even_in_the_other_field() -> None:
    assert not ready(phone=BAD_PHONE, phone_required=True)
    assert not ready(phone=GOOD_PHONE, email=BAD_EMAIL, phone_required=True)


def test_without_a_known_channel_one_contact_is_enough_but_none_is_not() -> None:
    assert not ready()
    assert ready(phone=GOOD_PHONE)
    assert ready(email=GOOD_EMAIL)


def test_a_foreign_number_needs_one_confirmation_not_a_dead_end() -> None:
    assert not ready(phone=FOREIGN_PHONE, phone_required=True)
    assert ready(phone=FOREIGN_PHONE, phone_required=True, phone_confirmed=True)


def test_a_likely_typo_needs_one_confirmation_not_a_dead_end() -> None:
    assert not ready(email=TYPO_EMAIL, email_required=True)
    assert ready(email=TYPO_EMAIL, email_required=True, email_confirmed=True)


def test_a_wrong_bhxh_code_stops_the_person_but_an_empty_one_does_not() -> None:
    assert ready(phone=GOOD_PHONE, code=NO_CODE, phone_required=True)
    assert not ready(phone=GOOD_PHONE, code=BAD_CODE, phone_required=True)


# ---------------------------------------------------------------- any text gets a verdict

ODD_CHARACTERS = st.sampled_from(
    ["\u200f", "\u200e", "\u202e", "\u200b", "\ufeff", "\x00", "\x07", "\t", "\r\n", "😀", "👍🏽",
     "ễ", "đ", "Ð", "０", "٣", "+", "@", "@@", ".", "..", "(", ")", "-", "/", ",", " ", "\u0301"]
)  # fmt: skip
PHONE_LIKE = st.text(alphabet="0123456789+ .-()/,Oolabc@xn", max_size=40)
EMAIL_LIKE = st.text(alphabet="abcgmilyho.@+-_ 0123456789ễđ,", max_size=40)
MIXED = st.lists(st.one_of(st.text(max_size=20), ODD_CHARACTERS, PHONE_LIKE, EMAIL_LIKE), max_size=12).map("".join)
ANY_TEXT = st.one_of(st.text(), MIXED, st.text(max_size=40).map(lambda s: (s or "9") * (10_000 // len(s or "9"))))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_phone_field_gets_a_verdict(text: str) -> None:
    check = check_phone(text)
    assert isinstance(check.verdict, PhoneVerdict)
    if check.acceptable:
        assert check.e164 is not None and check.display is not None
        again = check_phone(check.display)
        assert again.e164 == check.e164, f"{check.display!r} shown, but it reads back as {again.e164}"
    if check.proposal is not None:
        assert check_phone(check.proposal).verdict is PhoneVerdict.OK, f"proposed {check.proposal!r} is refused"


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_email_field_gets_a_verdict(text: str) -> None:
    check = check_email(text)
    assert isinstance(check.verdict, EmailVerdict)
    if check.acceptable:
        assert check.normalized is not None
        assert check_email(check.normalized).normalized == check.normalized
    if check.proposal is not None:
        assert check_email(check.proposal).verdict is EmailVerdict.OK, f"proposed {check.proposal!r} is refused"


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_bhxh_code_field_gets_a_verdict(text: str) -> None:
    check = check_bhxh_code(text)
    assert isinstance(check.verdict, BhxhCodeVerdict)
    if check.code is not None:
        assert len(check.code) == 10 and check.code.isascii() and check.code.isdigit()
        assert check_bhxh_code(check.code).code == check.code


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A(\+84|84|0084|0)?[ .-]?9[0-9]{2}[ .-]?[0-9]{3}[ .-]?[0-9]{3}\Z"))
def test_any_spelling_of_one_mobile_number_gives_the_same_number(text: str) -> None:
    check = check_phone(text)
    digits = "".join(ch for ch in text if ch.isdigit())
    if check.verdict is PhoneVerdict.OK:
        assert check.e164 is not None and check.e164.endswith(digits[-9:])
    else:
        assert check.verdict is PhoneVerdict.UNKNOWN_PREFIX, f"{text!r} was judged {check.verdict}"
