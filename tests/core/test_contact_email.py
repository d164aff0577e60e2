"""What the contact page says about a typed email address (app/core/contact/email.py)."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from app.core.contact import EmailVerdict, check_email
from app.core.contact.domains import real_endings_for
from tests.core.contact_text import ANY_TEXT


def offers(check) -> list[str]:
    """What the page offers to put in the field: the one fix, or the choices."""
    return [o for o in (check.proposal, *check.choices) if o]


# ---------------------------------------------------------------- accepted

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
    ("nhansu@truong.edu.vn", "nhansu@truong.edu.vn"),
    ("lan@congty.co", "lan@congty.co"),  # .co exists (Colombia, and firms everywhere)
    ("lan@shop.app", "lan@shop.app"),
    ("lan@studio.company", "lan@studio.company"),
    ("lan@yahoo.com.sg", "lan@yahoo.com.sg"),
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


# ---------------------------------------------------------------- valid, but probably not what was meant

TYPOS = [
    ("an@gmial.com", "an@gmail.com"),
    ("an@gmai.com", "an@gmail.com"),
    ("an@gamil.com", "an@gmail.com"),
    ("an@gnail.com", "an@gmail.com"),
    ("an@gmaill.com", "an@gmail.com"),
    ("an@gmail.cm", "an@gmail.com"),
    ("an@gmail.co", "an@gmail.com"),
    ("an@gmail.com.vn", "an@gmail.com"),
    ("an@gmai.com.vn", "an@gmail.com"),
    ("an@gmaıl.com", "an@gmail.com"),  # dotless ı: an internationalised look-alike of gmail.com
    ("an@gmail.vn", "an@gmail.com"),
    ("an@yahoo.vn", "an@yahoo.com.vn"),
    ("an@yaho.com.vn", "an@yahoo.com.vn"),
    ("an@yahooo.com", "an@yahoo.com"),
    ("an@hotmial.com", "an@hotmail.com"),
    ("an@hotmail.vn", "an@hotmail.com"),
    ("an@outlok.com", "an@outlook.com"),
    ("an@outlook.vn", "an@outlook.com.vn"),
    ("an@iclould.com", "an@icloud.com"),
    ("an@icloud.vn", "an@icloud.com"),
    # A provider's own name with an ending it does not use (real endings, so the address is valid).
    ("Lan.Tran@gmail.net", "Lan.Tran@gmail.com"),
    ("lan@outlook.net", "lan@outlook.com"),
    ("lan@icloud.net", "lan@icloud.com"),
    ("lan@hotmail.net", "lan@hotmail.com"),
    ("lan@yahoo.net", "lan@yahoo.com"),
    ("lan@gmail.com.co", "lan@gmail.com"),
    ("lan@gmail.org", "lan@gmail.com"),
    ("lan@yahoo.net.vn", "lan@yahoo.com.vn"),
    # The domain typed twice, run together.
    ("lan@gmail.comgmail.com", "lan@gmail.com"),
    ("lan@congty.vn.congty.vn", "lan@congty.vn"),
]


@pytest.mark.parametrize(("typed", "meant"), TYPOS)
def test_a_likely_provider_typo_proposes_the_right_address_after_one_confirmation(typed: str, meant: str) -> None:
    check = check_email(typed)
    assert check.verdict is EmailVerdict.LIKELY_TYPO, f"{typed} was judged {check.verdict}"
    assert check.proposal == meant
    assert check.acceptable and check.needs_confirmation, "a guessed typo must not be a dead end"


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "outlook.com.vn",
     "hotmail.com", "icloud.com", "mail.com", "email.com", "ymail.com", "gmx.com", "yahoo.ca",
     "yahoo.co.jp", "hotmail.fr", "outlook.jp", "fpt.vn", "fpt.com.vn", "vnn.vn", "viettel.com.vn",
     "me.com", "congty.net", "congty.com.co"],
)  # fmt: skip
def test_a_real_domain_is_never_called_a_typo(domain: str) -> None:
    check = check_email(f"an@{domain}")
    assert check.verdict is EmailVerdict.OK, f"an@{domain} was judged {check.verdict} ({check.proposal})"


# ---------------------------------------------------------------- endings that no domain has

NO_SUCH_ENDINGS = [
    ("ketoan@congtyabc.com.vm", ".vm", ("ketoan@congtyabc.com.vn",)),
    ("lan@gmail.con", ".con", ("lan@gmail.com",)),
    ("lan@gmail.cmo", ".cmo", ("lan@gmail.com",)),
    ("lan@gmail.comm", ".comm", ("lan@gmail.com",)),
    ("lan@gmail.c0m", ".c0m", ("lan@gmail.com",)),
    ("ketoan@congty.com.nv", ".nv", ("ketoan@congty.com.vn",)),
    ("lan@abc.vnn", ".vnn", ("lan@abc.vn",)),
    ("lan@yahoo.com.vm", ".vm", ("lan@yahoo.com.vn",)),
    ("lan@gmail.com.html", ".html", ("lan@gmail.com",)),
    ("lan@truong.edu.vnn", ".vnn", ("lan@truong.edu.vn",)),
    ("lan@hoi.ogr", ".ogr", ("lan@hoi.org",)),
    ("lan@gmai.con", ".con", ("lan@gmail.com",)),  # a typo on both sides of the dot
    ("lan@gmail.com73160", ".com73160", ("lan@gmail.com",)),  # digits typed after the ending
    ("lan@gmail.com.73160", ".73160", ("lan@gmail.com",)),
    ("lan@tiem.frr", ".frr", ("lan@tiem.fr", "lan@tiem.frl", "lan@tiem.ftr")),  # no one nearest: choose
    ("lan@abc.qqqqqq", ".qqqqqq", ()),  # nothing near: no guess
    ("lan@abc.xn--zckzah", ".xn--zckzah", ()),  # an internationalised ending that is not in the root zone
]


@pytest.mark.parametrize(("typed", "ending", "offered"), NO_SUCH_ENDINGS)
def test_an_ending_no_domain_has_is_refused_with_the_nearest_real_one(
    typed: str, ending: str, offered: tuple[str, ...]
) -> None:
    check = check_email(typed)
    assert check.verdict is EmailVerdict.NO_SUCH_ENDING, f"{typed} was judged {check.verdict}"
    assert not check.acceptable, f"{typed} would never receive the password"
    assert check.detail == ending
    assert tuple(offers(check)) == offered


# ---------------------------------------------------------------- refused, each with its reason and fix

REFUSED_EMAILS = [
    ("", EmailVerdict.EMPTY, ()),
    ("nguyễn@gmail.com", EmailVerdict.VIETNAMESE_LETTERS, ("nguyen@gmail.com",)),
    ("trần.thị.bích@yahoo.com.vn", EmailVerdict.VIETNAMESE_LETTERS, ("tran.thi.bich@yahoo.com.vn",)),
    ("đức@gmail.com", EmailVerdict.VIETNAMESE_LETTERS, ("duc@gmail.com",)),
    ("an@gmãil.com", EmailVerdict.VIETNAMESE_LETTERS, ("an@gmail.com",)),
    ("an@yahô.com", EmailVerdict.VIETNAMESE_LETTERS, ("an@yahoo.com",)),
    ("nguyen van a@gmail.com", EmailVerdict.HAS_SPACES, ("nguyenvana@gmail.com",)),
    ("an @gmail.com", EmailVerdict.HAS_SPACES, ("an@gmail.com",)),
    ("lan@gmail .com", EmailVerdict.HAS_SPACES, ("lan@gmail.com",)),
    ("tran thi lan@gmail.com", EmailVerdict.HAS_SPACES, ("tranthilan@gmail.com", "lan@gmail.com")),
    ("nguyenvana.gmail.com", EmailVerdict.NO_AT, ("nguyenvana@gmail.com",)),
    ("nguyenvanagmail.com", EmailVerdict.NO_AT, ("nguyenvana@gmail.com",)),
    ("nguyenvana", EmailVerdict.NO_AT, ()),
    ("an@@gmail.com", EmailVerdict.TWO_AT, ("an@gmail.com",)),
    ("lan@gmail.com@gmail.com", EmailVerdict.TWO_AT, ("lan@gmail.com",)),
    ("lan@gmail.com@", EmailVerdict.TWO_AT, ("lan@gmail.com",)),
    ("an@b@gmail.com", EmailVerdict.TWO_AT, ()),
    ("@gmail.com", EmailVerdict.NOTHING_BEFORE_AT, ()),
    ("an@", EmailVerdict.NOTHING_AFTER_AT, ()),
    ("an@gmail", EmailVerdict.DOMAIN_INCOMPLETE, ("an@gmail.com",)),
    ("an@gmail.c", EmailVerdict.DOMAIN_INCOMPLETE, ("an@gmail.com",)),
    ("an@localhost", EmailVerdict.DOMAIN_INCOMPLETE, ()),
    ("lan@gmailcom", EmailVerdict.DOMAIN_INCOMPLETE, ("lan@gmail.com",)),
    ("lan@yahoocomvn", EmailVerdict.DOMAIN_INCOMPLETE, ("lan@yahoo.com.vn",)),
    ("ketoan@congtyabccomvn", EmailVerdict.DOMAIN_INCOMPLETE, ("ketoan@congtyabc.com.vn",)),
    ("lan@fptvn", EmailVerdict.DOMAIN_INCOMPLETE, ("lan@fpt.vn",)),
    ("an..binh@gmail.com", EmailVerdict.MISPLACED_DOT, ("an.binh@gmail.com",)),
    (".an@gmail.com", EmailVerdict.MISPLACED_DOT, ("an@gmail.com",)),
    ("an.@gmail.com", EmailVerdict.MISPLACED_DOT, ("an@gmail.com",)),
    ("an@gmail.com.", EmailVerdict.MISPLACED_DOT, ("an@gmail.com",)),
    ("an@gmail..com", EmailVerdict.MISPLACED_DOT, ("an@gmail.com",)),
    ("an@.gmail.com", EmailVerdict.MISPLACED_DOT, ("an@gmail.com",)),
    ("an@gmail,com", EmailVerdict.UNUSUAL_CHARACTERS, ("an@gmail.com",)),
    ("nguyen,van@gmail.com", EmailVerdict.UNUSUAL_CHARACTERS, ("nguyen.van@gmail.com",)),
    ("an(binh)@gmail.com", EmailVerdict.UNUSUAL_CHARACTERS, ("anbinh@gmail.com", "an@gmail.com")),
    ("(lan)@gmail.com", EmailVerdict.UNUSUAL_CHARACTERS, ("lan@gmail.com",)),
    ("an@-gmail.com", EmailVerdict.INVALID, ("an@gmail.com",)),
    ("an@congty-.vn", EmailVerdict.INVALID, ()),
    ("0912 345 678", EmailVerdict.LOOKS_LIKE_PHONE, ()),
    ("a" * 400 + "@gmail.com", EmailVerdict.TOO_LONG, ()),
]


@pytest.mark.parametrize(("typed", "verdict", "offered"), REFUSED_EMAILS)
def test_a_wrong_address_is_refused_with_its_reason_and_fix(
    typed: str, verdict: EmailVerdict, offered: tuple[str, ...]
) -> None:
    check = check_email(typed)
    assert check.verdict is verdict, f"{typed[:40]!r} was judged {check.verdict}, expected {verdict}"
    assert not check.acceptable, f"{typed[:40]!r} was let through"
    assert tuple(offers(check)) == offered, f"{typed[:40]!r} offered {offers(check)!r}"


@pytest.mark.parametrize("typed", ["lan", "lan@", "lan@gmail", "lan@gmail.c"])
def test_an_address_halfway_typed_is_not_criticised_while_typing(typed: str) -> None:
    assert check_email(typed).may_be_unfinished


@pytest.mark.parametrize("typed", ["lan@gmail.com", "lan@gmail.con", "nguyễn@gmail.com", "lan@@gmail.com"])
def test_a_whole_address_is_judged_at_once(typed: str) -> None:
    assert not check_email(typed).may_be_unfinished


def test_a_domain_without_a_dot_has_no_real_ending_to_look_for() -> None:
    assert real_endings_for("localhost") == []


def test_the_vietnamese_letters_found_are_named() -> None:
    assert check_email("trần.thị@gmail.com").detail == "ầị"


def test_the_number_of_at_signs_is_given() -> None:
    assert check_email("an@@@gmail.com").detail == "3"


def test_the_unusual_characters_are_named() -> None:
    assert check_email("an(binh)@gmail.com").detail == "()"


def test_a_foreign_looking_local_part_is_refused_not_accepted() -> None:
    # Vietnamese providers and BHXH's mail system do not take non-ASCII mailbox names.
    assert not check_email("用户@gmail.com").acceptable


# ---------------------------------------------------------------- the address among other text

AROUND = [
    ("Email: lan@gmail.com", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("email:lan@gmail.com", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("Địa chỉ email: lan@gmail.com", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("email của tôi là lan@gmail.com", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("Nguyễn Văn A: lan@gmail.com", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("Nguyễn Văn A <lan@gmail.com>", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("Tran Thi Lan <Lan.Tran@Yahoo.com.vn>", EmailVerdict.EXTRA_TEXT, ("Lan.Tran@yahoo.com.vn",)),
    ("<lan@gmail.com>", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ('"lan@gmail.com"', EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("lan@gmail.com;", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("lan@gmail.com (cá nhân)", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("lan@gmail.com nhé", EmailVerdict.EXTRA_TEXT, ("lan@gmail.com",)),
    ("Email: lan@gmial.com", EmailVerdict.EXTRA_TEXT, ("lan@gmial.com",)),  # its own typo is the next step
    ("lan@gmail.com, lan.tran@yahoo.com", EmailVerdict.MORE_THAN_ONE, ("lan@gmail.com", "lan.tran@yahoo.com")),
    ("lan@gmail.com hoặc lan@yahoo.com", EmailVerdict.MORE_THAN_ONE, ("lan@gmail.com", "lan@yahoo.com")),
    ("a@gmail.com,b@gmail.com", EmailVerdict.MORE_THAN_ONE, ("a@gmail.com", "b@gmail.com")),
    ("lan@gmail.com lan@gmail.com", EmailVerdict.MORE_THAN_ONE, ("lan@gmail.com",)),
    ("a@gmail.com; b@gmail.com; c@gmail.com; d@gmail.com", EmailVerdict.MORE_THAN_ONE, ()),
]


@pytest.mark.parametrize(("typed", "verdict", "offered"), AROUND)
def test_an_address_among_other_words_is_offered_alone(
    typed: str, verdict: EmailVerdict, offered: tuple[str, ...]
) -> None:
    check = check_email(typed)
    assert check.verdict is verdict, f"{typed!r} was judged {check.verdict}"
    assert not check.acceptable
    assert tuple(offers(check)) == offered


# ---------------------------------------------------------------- marks made by Telex

TELEX = [
    # typed with Telex on, the letters without marks, the keys actually typed
    ("lê.nguyen@gmail.com", ("le.nguyen@gmail.com", "lee.nguyen@gmail.com")),
    ("hút@gmail.com", ("hut@gmail.com", "hust@gmail.com")),
    ("gôgle.fan@gmail.com", ("gogle.fan@gmail.com", "google.fan@gmail.com")),
    ("eđie@yahoo.com", ("edie@yahoo.com", "eddie@yahoo.com")),
    ("chrí@outlook.com", ("chri@outlook.com", "chris@outlook.com")),
    ("ưang.li@gmail.com", ("uang.li@gmail.com", "wang.li@gmail.com")),
    ("Lê.Van@gmail.com", ("Le.Van@gmail.com", "Lee.Van@gmail.com")),
]


@pytest.mark.parametrize(("typed", "offered"), TELEX)
def test_marks_one_telex_key_explains_are_a_guess_so_both_readings_are_offered(
    typed: str, offered: tuple[str, ...]
) -> None:
    check = check_email(typed)
    assert check.verdict is EmailVerdict.VIETNAMESE_LETTERS
    assert check.proposal is None, "the stripped form is only a guess: the person chooses"
    assert check.choices == offered


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("nguyễn.văn.an@gmail.com", "nguyen.van.an@gmail.com"), ("trần.bích@gmail.com", "tran.bich@gmail.com")],
)
def test_a_name_typed_in_vietnamese_on_purpose_gets_its_letters_without_marks(typed: str, meant: str) -> None:
    check = check_email(typed)
    assert (check.verdict, check.proposal, check.choices) == (EmailVerdict.VIETNAMESE_LETTERS, meant, ())


# ---------------------------------------------------------------- any text, and what an offer keeps

@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
@example("\u00a8\u00a8")  # "¨¨": spaces and marks, and no word left once the marks are taken off
@example("\u0308 \u0308")
def test_any_text_in_the_email_field_gets_a_verdict_and_every_offer_is_accepted(text: str) -> None:
    check = check_email(text)
    assert isinstance(check.verdict, EmailVerdict)
    if check.acceptable:
        assert check.normalized is not None
        assert check_email(check.normalized).normalized == check.normalized
    for offered in offers(check):
        assert check_email(offered).verdict is EmailVerdict.OK, f"{offered!r} offered for {text[:40]!r} is refused"
    assert not (check.proposal and check.choices), "one fix or a choice, never both"
    assert len(check.choices) != 1, "a single choice is a proposal"


NAMES = st.from_regex(r"\A[a-z][a-z0-9]{1,8}(\.[a-z][a-z0-9]{1,8})?\Z")
PROVIDERS = ("gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com")
DOMAINS = st.sampled_from([*PROVIDERS, "congty-abc.com.vn", "truong.edu.vn", "fpt.vn"])
DOMAIN_SLIPS = st.sampled_from([
    # no such ending
    lambda d: d.removesuffix(".com") + ".con" if d.endswith(".com") else d.removesuffix(".vn") + ".vm",
    lambda d: d.removesuffix(".com") + ".cmo" if d.endswith(".com") else d + "n",
    lambda d: d.replace(".", ""),  # no dots
    lambda d: d.replace(".", ",", 1),  # a comma for a dot
    lambda d: d + "73160",  # digits after the ending
    lambda d: d + "@" + d,  # the domain typed twice
    # Two letters swapped: in a provider's name (gmial), else at the end (.nv), where it shows.
    lambda d: d[:2] + d[3] + d[2] + d[4:] if d in PROVIDERS else d[:-2] + d[-1] + d[-2],
])  # fmt: skip
NAME_SLIPS = st.sampled_from([
    lambda n: n.replace("e", "ê", 1) if "e" in n else "ê" + n,  # ee became ê
    lambda n: n[:1] + "ú" + n[1:],  # a tone key after a vowel
    lambda n: n.replace(".", ",") if "." in n else n[:1] + " " + n[1:],  # a comma for a dot, or a space
    lambda n: "Email: " + n,  # a label before the address (the name part is then the whole)
    lambda n: "(" + n + ")",  # brackets round the name part
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(NAMES, DOMAINS, DOMAIN_SLIPS)
def test_a_fix_of_the_domain_keeps_the_name_part_as_typed(name: str, domain: str, slip) -> None:
    typed = f"{name}@{slip(domain)}"
    assume(typed != f"{name}@{domain}")
    check = check_email(typed)
    assert offers(check), f"{typed!r} ({check.verdict}) got no fix"
    for offered in offers(check):
        assert offered.split("@")[0] == name, f"{typed!r}: the correctly typed {name!r} became {offered!r}"


@settings(max_examples=300, deadline=None)
@given(NAMES, DOMAINS, NAME_SLIPS)
def test_a_fix_of_the_name_part_keeps_the_domain_as_typed(name: str, domain: str, slip) -> None:
    typed = f"{slip(name)}@{domain}"
    check = check_email(typed)
    assert offers(check), f"{typed!r} ({check.verdict}) got no fix"
    for offered in offers(check):
        assert offered.split("@")[1] == domain, f"{typed!r}: the correctly typed {domain!r} became {offered!r}"

