"""One contact, one identity: ContactRef (app/core/contact/identity.py)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.contact import ContactRef, check_email, check_phone
from tests.core.contact_text import ANY_TEXT

KEY = bytes(range(32))

# The ways staff and people write one number (architecture review, bug B1).
ONE_NUMBER = ["0912 345 678", "0084 912 345 678", "(+84) 0912 345 678", "+84 (0) 912-345-678",
              "84912345678", "0912.345.678", "+84912345678", "912345678"]  # fmt: skip


@pytest.mark.parametrize("typed", ONE_NUMBER)
def test_every_way_of_writing_a_number_gives_the_same_ref(typed: str) -> None:
    ref = ContactRef.parse(typed)
    assert ref == ContactRef("phone", "+84912345678", "0912 345 678"), f"{typed!r} gave {ref}"
    assert ref is not None and ref.display == "0912 345 678"


def test_an_email_is_one_person_whatever_its_case() -> None:
    typed, lower = ContactRef.parse("Lan@Gmail.com"), ContactRef.parse("lan@gmail.com")
    assert typed == lower
    assert typed is not None and lower is not None
    assert (typed.kind, typed.key, typed.display) == ("email", "lan@gmail.com", "Lan@gmail.com")
    assert hash(typed) == hash(lower)


def test_the_key_is_the_checks_own_normal_form() -> None:
    phone, email = check_phone("0389 123 456"), check_email("Tran.Lan@Yahoo.com.VN")
    assert ContactRef.phone("0389 123 456") == ContactRef("phone", phone.e164, phone.display)
    assert ContactRef.email("Tran.Lan@Yahoo.com.VN").key == email.normalized.casefold()


@pytest.mark.parametrize(
    ("typed", "key", "display"),
    [("+1 650 253 0000", "+16502530000", "+1 650-253-0000"),  # foreign: after its one confirmation
     ("0891 234 567", "+84891234567", "0891 234 567"),  # a range newer than phonenumbers' data
     ("(033) 3825 123", "+84333825123", "0333 825 123")],  # an old area code in brackets
)  # fmt: skip
def test_a_number_accepted_after_its_one_confirmation_has_a_ref(typed: str, key: str, display: str) -> None:
    ref = ContactRef.phone(typed)
    assert ref is not None and (ref.key, ref.display) == (key, display)


def test_an_address_accepted_after_its_one_confirmation_has_a_ref() -> None:
    ref = ContactRef.email("lan@gmial.com")
    assert ref is not None and ref.key == "lan@gmial.com"


@pytest.mark.parametrize(
    "typed",
    ["", "0912 345", "024 3789 9999", "(08) 3829 1234", "0168 912 3456", "0912345678 0987654321",
     "lan@gmail.con", "nguyễn@gmail.com", "Email: lan@gmail.com", "không nhớ"],
)  # fmt: skip
def test_what_the_checks_refuse_has_no_ref(typed: str) -> None:
    assert ContactRef.parse(typed) is None


def test_phone_and_email_refs_are_only_made_from_their_own_kind() -> None:
    assert ContactRef.phone("lan@gmail.com") is None
    assert ContactRef.email("0912 345 678") is None


def test_a_ref_cannot_be_changed() -> None:
    ref = ContactRef.parse("0912 345 678")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.key = "+84987654321"  # type: ignore[misc]


# ---------------------------------------------------------------- the digest a kiosk stores


@pytest.mark.parametrize(
    ("typed", "digest"),
    [("0912 345 678", "75613935ada2aba149ea06b8008a18f9"),
     ("Lan@Gmail.com", "00ccaf48e45baa22b4932396f18da491"),
     ("+1 650 253 0000", "1296ec6681552c237c1e76b3972716cc")],
)  # fmt: skip
def test_the_digest_is_the_one_the_log_has_always_stored(typed: str, digest: str) -> None:
    ref = ContactRef.parse(typed)
    assert ref is not None and ref.digest(KEY) == digest, "hashed logs written before would no longer match"


@pytest.mark.parametrize("typed", [*ONE_NUMBER, "lan@gmail.com", "Lan.Tran@Yahoo.com.vn", "+44 7911 123456"])
def test_a_kiosk_log_stores_exactly_this_digest_and_finds_the_person_by_it(typed: str, tmp_path) -> None:
    import sqlite3
    from contextlib import closing

    from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel

    ref = ContactRef.parse(typed)
    assert ref is not None
    with AttemptLog.open(tmp_path, contact_key=KEY) as log:
        made = log.record(ref, Channel.SMS, Action.FORGOT_PASSWORD)
        assert log.attempts_for(ref) == [made]
    with closing(sqlite3.connect(tmp_path / LOG_FILE_NAME)) as db:
        assert db.execute("SELECT contact_ref, contact FROM attempt").fetchall() == [(ref.digest(KEY), None)]


def test_another_key_gives_another_digest() -> None:
    ref = ContactRef.parse("0912 345 678")
    assert ref is not None and ref.digest(KEY) != ref.digest(bytes(32))


# ---------------------------------------------------------------- rows read back from the log


@pytest.mark.parametrize(
    ("key", "kind", "display"),
    [("+84912345678", "phone", "0912 345 678"), ("+16502530000", "phone", "+1 650-253-0000"),
     ("+84891234567", "phone", "0891 234 567"), ("lan@gmail.com", "email", "lan@gmail.com"),
     ("0912345", "phone", "0912345")],  # a row of an older version, shown as stored
)  # fmt: skip
def test_a_stored_key_gives_back_its_ref_and_a_display(key: str, kind: str, display: str) -> None:
    ref = ContactRef.from_key(key)
    assert (ref.kind, ref.key, ref.display) == (kind, key, display)


def test_a_stored_key_is_the_same_ref_as_the_typed_contact() -> None:
    assert ContactRef.from_key("+84912345678") == ContactRef.parse("(+84) 0912 345 678")


def test_an_empty_key_is_an_error_not_a_person() -> None:
    with pytest.raises(ValueError, match="empty"):
        ContactRef.from_key("")


# ---------------------------------------------------------------- properties

MOBILES = st.from_regex(r"\A0(3[2-9]|5[689]|7[06-9]|8[1-689]|9[0-46-8])[0-9]{7}\Z")
SPELLINGS = st.sampled_from([
    lambda n: n, lambda n: "+84" + n[1:], lambda n: "0084 " + n[1:], lambda n: "(+84) " + n,
    lambda n: "+84 (0) " + f"{n[1:4]}-{n[4:7]}-{n[7:]}", lambda n: "84" + n[1:], lambda n: f"{n[:4]}.{n[4:7]}.{n[7:]}",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(MOBILES, SPELLINGS)
def test_any_spelling_of_a_mobile_number_gives_its_e164_key(number: str, spelling) -> None:
    ref = ContactRef.parse(spelling(number))
    assert ref is not None and ref.key == "+84" + number[1:]


@settings(max_examples=300, deadline=None)
@given(st.one_of(ANY_TEXT, MOBILES, st.emails()))
def test_an_accepted_contact_reads_back_from_its_display_and_its_key(text: str) -> None:
    ref = ContactRef.parse(text)
    if ref is None:
        return
    assert ContactRef.parse(ref.display) == ref, f"{ref.display!r} is shown, but it is not {ref}"
    assert ContactRef.parse(ref.key) == ref, f"{ref.key!r} is stored, but it is not {ref}"
    assert ContactRef.from_key(ref.key) == ref
