"""The contact checks as one package: leaving the contact page, what start-up loads, the shipped list of endings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import app.core.contact as contact
from app.core import paths
from app.core.contact import (
    BhxhCodeCheck,
    EmailCheck,
    PhoneCheck,
    check_bhxh_code,
    check_email,
    check_phone,
    contact_ready,
    domains,
)

# ---------------------------------------------------------------- leaving the page

GOOD_PHONE = check_phone("0912 345 678")
FOREIGN_PHONE = check_phone("+1 650 253 0000")
NEW_RANGE_PHONE = check_phone("0891 234 567")
BAD_PHONE = check_phone("0912 345")
OLD_LANDLINE = check_phone("(08) 3829 1234")
NO_PHONE = check_phone("")
GOOD_EMAIL = check_email("an@gmail.com")
TYPO_EMAIL = check_email("an@gmial.com")
BAD_EMAIL = check_email("an@")
NO_EMAIL = check_email("")
NO_CODE = check_bhxh_code("")
GOOD_CODE = check_bhxh_code("7915303320")
PERSONAL_NUMBER = check_bhxh_code("079190012345")
ODD_PERSONAL_NUMBER = check_bhxh_code("097190012345")
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
    assert not ready(phone=OLD_LANDLINE, phone_required=True)
    assert not ready(phone=GOOD_PHONE, email=BAD_EMAIL, phone_required=True)


def test_without_a_known_channel_one_contact_is_enough_but_none_is_not() -> None:
    assert not ready()
    assert ready(phone=GOOD_PHONE)
    assert ready(email=GOOD_EMAIL)


@pytest.mark.parametrize("phone", [FOREIGN_PHONE, NEW_RANGE_PHONE], ids=["foreign", "new range"])
def test_a_surprising_number_needs_one_confirmation_not_a_dead_end(phone: PhoneCheck) -> None:
    assert not ready(phone=phone, phone_required=True)
    assert ready(phone=phone, phone_required=True, phone_confirmed=True)


def test_a_likely_typo_needs_one_confirmation_not_a_dead_end() -> None:
    assert not ready(email=TYPO_EMAIL, email_required=True)
    assert ready(email=TYPO_EMAIL, email_required=True, email_confirmed=True)


def test_either_code_lets_the_person_go_on_and_a_wrong_one_does_not() -> None:
    assert ready(phone=GOOD_PHONE, code=NO_CODE, phone_required=True)
    assert ready(phone=GOOD_PHONE, code=GOOD_CODE, phone_required=True)
    assert ready(phone=GOOD_PHONE, code=PERSONAL_NUMBER, phone_required=True)
    assert not ready(phone=GOOD_PHONE, code=BAD_CODE, phone_required=True)
    assert not ready(phone=GOOD_PHONE, code=BAD_CODE, phone_required=True, bhxh_code_confirmed=True)


def test_a_personal_number_without_a_province_code_needs_one_confirmation() -> None:
    assert not ready(phone=GOOD_PHONE, code=ODD_PERSONAL_NUMBER, phone_required=True)
    assert ready(phone=GOOD_PHONE, code=ODD_PERSONAL_NUMBER, phone_required=True, bhxh_code_confirmed=True)


# ---------------------------------------------------------------- what importing costs


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_the_package_and_the_identity_loads_neither_checking_library() -> None:
    # The attempt log (loaded at start-up) uses ContactRef: its digest must not load phonenumbers.
    out = run_python(
        "import sys\n"
        "import app.core.contact\n"
        "from app.core.contact.identity import ContactRef\n"
        "ContactRef('phone', '+84912345678', '0912 345 678').digest(b'k')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('phonenumbers', 'email_validator')))\n"
    )
    assert out == "[]", f"start-up would load {out}"


def test_no_module_of_the_contact_checks_imports_qt() -> None:
    modules = sorted(f"app.core.contact.{p.stem}" for p in Path(contact.__file__).parent.glob("*.py"))
    out = run_python(
        "import sys\n"
        f"for m in {modules!r}: __import__(m)\n"
        "import app.core.contact as c\n"
        "c.warm_up()\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    assert len(modules) >= 6 and out == "", f"app/core/contact pulled in Qt: {out}"


def test_warm_up_loads_both_libraries_and_the_list_of_endings() -> None:
    out = run_python(
        "import sys\n"
        "from app.core.contact import warm_up\n"
        "from app.core.contact.domains import top_level_domains\n"
        "warm_up()\n"
        "print(top_level_domains.cache_info().currsize, 'phonenumbers' in sys.modules,"
        " 'email_validator' in sys.modules)\n"
    )
    assert out == "1 True True"


def test_warm_up_reads_the_list_of_endings_once(monkeypatch) -> None:
    domains.top_level_domains.cache_clear()
    contact.warm_up()
    assert domains.top_level_domains.cache_info().currsize == 1
    monkeypatch.setattr(domains, "resources_dir", lambda: pytest.fail("the list was read a second time"))
    contact.warm_up()
    assert check_email("lan@gmail.con").verdict.name == "NO_SUCH_ENDING"


def test_the_package_names_what_it_offers_and_nothing_else() -> None:
    offered = {"check_phone", "check_email", "check_bhxh_code", "ContactRef", "CodeKind", "contact_ready"}
    assert offered <= set(dir(contact))
    with pytest.raises(AttributeError, match="no attribute 'check_fax'"):
        contact.check_fax  # noqa: B018


# ---------------------------------------------------------------- the shipped list of endings


def test_the_list_of_endings_is_the_root_zone_and_says_where_it_comes_from() -> None:
    text = paths.resources_dir().joinpath(*domains.TLD_FILE).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    names = [line for line in text.splitlines() if not line.startswith("#")]
    assert any("IANA" in line for line in header) and any("scripts/update-top-level-domains" in line for line in header)
    assert all(re.fullmatch(r"[a-z]{2,63}|xn--[a-z0-9-]+", name) for name in names), "not one ending per line"
    assert {"com", "vn", "net", "org", "edu", "co", "app", "xn--p1ai"} <= set(names)
    assert not {"con", "cmo", "vm", "vnn", "html"} & set(names)


@pytest.fixture
def no_list_of_endings(tmp_path, monkeypatch):
    """A broken install: resources/ without the list."""
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(domains, "resources_dir", lambda: tmp_path / "resources")
    domains.top_level_domains.cache_clear()
    yield
    monkeypatch.undo()
    domains.top_level_domains.cache_clear()


def test_without_its_list_the_email_check_still_answers_by_the_shape_of_the_ending(no_list_of_endings) -> None:
    assert domains.top_level_domains() == frozenset()
    assert check_email("lan@gmail.com").acceptable
    assert check_email("lan@congty.con").acceptable, "without the list, an unknown ending cannot be refused"
    assert not check_email("lan@gmail.c0m").acceptable
