"""Checks of what a person types on the contact page: mobile number, email address, and the code
field (mã số BHXH or số định danh cá nhân); and ``ContactRef``, the one identity of a contact.

Each check takes any text and returns a verdict with what the page needs: the normalised value,
the fix to propose (or the choices to offer), and whether the person may go on. No check raises,
whatever the text.

The names below are loaded on first use: phonenumbers and email-validator cost about 60 ms of
start-up, and neither the first page nor ``ContactRef.digest`` needs them. ``warm_up`` loads
them, and the list of top-level domains, after the first frame.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.contact.bhxh_code import BhxhCodeCheck, BhxhCodeVerdict, CodeKind, check_bhxh_code
    from app.core.contact.email import EmailCheck, EmailVerdict, check_email
    from app.core.contact.identity import ContactRef
    from app.core.contact.phone import OLD_PREFIXES, PhoneCheck, PhoneVerdict, check_phone

_EXPORTS = {
    "PhoneCheck": "phone", "PhoneVerdict": "phone", "check_phone": "phone", "OLD_PREFIXES": "phone",
    "EmailCheck": "email", "EmailVerdict": "email", "check_email": "email",
    "BhxhCodeCheck": "bhxh_code", "BhxhCodeVerdict": "bhxh_code", "CodeKind": "bhxh_code",
    "check_bhxh_code": "bhxh_code",
    "ContactRef": "identity",
}  # fmt: skip

# Spelled out (the names of _EXPORTS and the two functions) so that ruff and mypy see the re-exports.
__all__ = [
    "OLD_PREFIXES",
    "BhxhCodeCheck",
    "BhxhCodeVerdict",
    "CodeKind",
    "ContactRef",
    "EmailCheck",
    "EmailVerdict",
    "PhoneCheck",
    "PhoneVerdict",
    "check_bhxh_code",
    "check_email",
    "check_phone",
    "contact_ready",
    "warm_up",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def contact_ready(
    phone: PhoneCheck,
    email: EmailCheck,
    bhxh_code: BhxhCodeCheck,
    *,
    phone_required: bool,
    email_required: bool,
    phone_confirmed: bool = False,
    email_confirmed: bool = False,
    bhxh_code_confirmed: bool = False,
) -> bool:
    """Whether the person may leave the contact page.

    A required field must be acceptable; an optional one must be empty or acceptable (a wrong
    detail would mislead the hotline summary). When neither is required (channel not known),
    at least one of phone and email must be given. ``*_confirmed`` record the person's one
    explicit confirmation of a surprising value (a foreign number, a new range, an address that
    looks mistyped, a 12-digit number without a province code); the page resets them when the
    text changes.
    """

    def fine(check: PhoneCheck | EmailCheck | BhxhCodeCheck, required: bool, confirmed: bool) -> bool:
        if check.empty:
            return not required
        return check.acceptable and (confirmed or not check.needs_confirmation)

    if not phone_required and not email_required and phone.empty and email.empty:
        return False
    return (
        fine(phone, phone_required, phone_confirmed)
        and fine(email, email_required, email_confirmed)
        and fine(bhxh_code, False, bhxh_code_confirmed)
    )


def warm_up() -> None:
    """Load phonenumbers' and email-validator's data and the list of top-level domains now, so
    that the person's first keystroke does not pay for them."""
    from app.core.contact.domains import top_level_domains
    from app.core.contact.email import check_email
    from app.core.contact.phone import check_phone

    top_level_domains()
    check_phone("0912 345 678")
    check_email("ten@gmail.com")
