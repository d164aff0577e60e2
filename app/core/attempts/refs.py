"""Whom an attempt belongs to: the form of a contact the log stores and looks up, clear or keyed."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata


def new_contact_key() -> bytes:
    """A fresh random key for hashing contacts on a kiosk (kept in the deployment settings)."""
    return secrets.token_bytes(32)


def canonical_contact(contact: str) -> str:
    """The form of a contact used to find a person again, whatever way it was typed.

    An email is lower-cased. A phone number keeps its digits and a leading ``+``, and a
    Vietnamese national number (``0912345678``) becomes ``+84912345678``, so the national and
    international forms find the same person. Raises ValueError for an empty contact.
    """
    text = unicodedata.normalize("NFKC", contact).strip()
    if "@" in text:
        text = "".join(text.split()).casefold()
    else:
        plus = text.startswith("+")
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            if plus:
                text = "+" + digits
            elif digits.startswith("0") and len(digits) == 10:
                text = "+84" + digits[1:]
            elif digits.startswith("84") and len(digits) == 11:
                text = "+" + digits
            else:
                text = digits
    if not text:
        raise ValueError("an attempt needs a phone number or an email")
    return text


def contact_digest(key: bytes, contact: str) -> str:
    """The keyed hash stored instead of a contact on a kiosk: HMAC-SHA256 cut to 128 bits, in hex."""
    message = b"vssid-helper contact\x00" + canonical_contact(contact).encode("utf-8")
    # 128 bits is far beyond any collision among a kiosk's visitors and halves the index.
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]


def readable_contact(contact: str) -> str:
    """A stored contact as people write it: +84912345678 becomes 0912 345 678; anything else is unchanged."""
    if contact.startswith("+84") and len(contact) == 12 and contact[1:].isdigit():
        national = "0" + contact[3:]
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    return contact
