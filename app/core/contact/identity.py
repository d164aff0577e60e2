"""One contact, one identity: the form under which a phone number or an email is logged, found
again and hashed, made only from the contact checks' own normal form.

Whatever way a number was typed (0912 345 678, +84 912 345 678, 0084 912 345 678,
(+84) 0912 345 678), it is one ``ContactRef``. This module imports the checks only when a ref is
made from text, so that the attempt log can use it without loading phonenumbers at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

ContactKind = Literal["phone", "email"]

# The log's digests have always been made this way (attempts.contact_digest): keep it byte for byte.
_DIGEST_PREFIX = b"vssid-helper contact\x00"
_DIGEST_HEX_CHARS = 32  # 128 bits: far beyond any collision among a kiosk's visitors, and half the index
_VN_MOBILE_KEY = re.compile(r"\+84[35789]\d{8}")


@dataclass(frozen=True)
class ContactRef:
    """A phone number or email address as the log knows it.

    ``key`` is what is stored and compared: the phone in E.164 (+84912345678), the email as
    normalised by the check with the whole address case-folded (Lan@Gmail.com and lan@gmail.com
    are one person, as the log has always stored them). ``display`` is for people: a Vietnamese
    number as written at home (0912 345 678), a foreign one in international form, an email as
    normalised. Two refs are equal when kind and key are.
    """

    kind: ContactKind
    key: str
    display: str = field(compare=False)

    @classmethod
    def phone(cls, text: str) -> ContactRef | None:
        """The ref of a phone number typed in any way, or None unless the phone check accepts it
        (a number that needs one confirmation, foreign or of a new range, is accepted)."""
        from app.core.contact.phone import check_phone

        check = check_phone(text)
        if not check.acceptable or check.e164 is None or check.display is None:
            return None
        return cls("phone", check.e164, check.display)

    @classmethod
    def email(cls, text: str) -> ContactRef | None:
        """The ref of an email address, or None unless the email check accepts it (also an
        address that looks mistyped, which the person confirms once)."""
        from app.core.contact.email import check_email

        check = check_email(text)
        if not check.acceptable or check.normalized is None:
            return None
        return cls("email", check.normalized.casefold(), check.normalized)

    @classmethod
    def parse(cls, text: str) -> ContactRef | None:
        """The ref of whatever a staff member types in a search box: an @ means an email, else a phone."""
        return cls.email(text) if "@" in text else cls.phone(text)

    @classmethod
    def from_key(cls, key: str) -> ContactRef:
        """The ref of a key read back from the log; its display is derived from the key.

        A key the checks no longer accept (a row written by an older version) is shown as stored.
        Raises ValueError for an empty key.
        """
        if not key:
            raise ValueError("a contact key cannot be empty")
        if "@" in key:
            return cls("email", key, key)
        if _VN_MOBILE_KEY.fullmatch(key):
            # The history shows a page of these at a time: spaced as the checks space them, without
            # loading phonenumbers for each row.
            national = "0" + key[3:]
            return cls("phone", key, f"{national[:4]} {national[4:7]} {national[7:]}")
        ref = cls.phone(key)
        return cls("phone", key, ref.display if ref is not None and ref.key == key else key)

    def digest(self, key: bytes) -> str:
        """The keyed hash a kiosk stores instead of the contact: HMAC-SHA256 of the key text, in hex,
        cut to 128 bits."""
        import hashlib  # OpenSSL: only a kiosk hashes, and not before the first frame
        import hmac

        message = _DIGEST_PREFIX + self.key.encode("utf-8")
        return hmac.new(key, message, hashlib.sha256).hexdigest()[:_DIGEST_HEX_CHARS]
