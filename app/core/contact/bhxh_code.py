"""The code field: the 10-digit mã số BHXH or the 12-digit số định danh cá nhân (CONTENT.md §5).

From 01/08/2025 the số định danh cá nhân (the number on the CCCD / thẻ căn cước) replaces the
mã số BHXH, by BHXH's instruction (Công văn 1804/BHXH-QLT); both are in use during the change,
so both are accepted, and the verdict says which one was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from app.core.contact.text import ascii_digits, clean

_MAX_CODE_TEXT = 100
BHXH_CODE_DIGITS = 10
PERSONAL_ID_DIGITS = 12

# First three digits of a số định danh cá nhân: the province where the birth was registered
# (Thông tư 07/2016/TT-BCA, annex 1; the 63 provinces before the 2025 merger; numbers keep them).
# A birth registered abroad has a country code there instead, so another value is only surprising.
PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 "
    "036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 "
    "074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096".split()
)

# A BHYT card number of the layout of Quyết định 1351/QĐ-BHXH (2015): two letters (who is insured),
# the benefit level 1-5, the 2-digit province, then the 10-digit mã số BHXH. The layout of
# Quyết định 1666/QĐ-BHXH (cards from 01/04/2021) prints the 10-digit mã số BHXH alone.
_BHYT_CARD = re.compile(r"[A-Za-z]{2}[1-5][0-9]{2}([0-9]{10})")
_CARD_LIKE = re.compile(r"[A-Za-z]{2}[0-9]+")


class CodeKind(Enum):
    """Which number the code field holds; the hotline summary names it."""

    BHXH_CODE = "bhxh_code"  # mã số BHXH, 10 digits
    PERSONAL_ID = "personal_id"  # số định danh cá nhân, 12 digits


class BhxhCodeVerdict(Enum):
    OK = "ok"  # 10 digits (mã số BHXH) or 12 (số định danh cá nhân): see ``kind``
    EMPTY = "empty"  # the field is optional: acceptable
    FROM_CARD = "from_card"  # a BHYT card number: its last ten digits were taken
    UNKNOWN_PROVINCE = "unknown_province"  # 12 digits whose first three are no province code: confirm once
    TOO_SHORT = "too_short"
    ELEVEN_DIGITS = "eleven_digits"  # one too many for the mã số BHXH, one too few for the 12-digit number
    TOO_LONG = "too_long"
    CARD_WRONG_LENGTH = "card_wrong_length"  # two letters then digits, but not 15 characters
    CARD_UNKNOWN_LAYOUT = "card_unknown_layout"  # 15 characters, but no benefit level 1-5 in third place
    HAS_LETTERS = "has_letters"
    NOT_A_CODE = "not_a_code"


@dataclass(frozen=True)
class BhxhCodeCheck:
    """The verdict on the typed code (optional field).

    ``code`` is the digits to use: the 10 of the mã số BHXH or the 12 of the số định danh cá
    nhân, as ``kind`` says. ``from_card`` says the ten were taken from a BHYT card number.
    ``length`` counts digits (or card characters) for wrong-length verdicts; ``detail`` holds
    the letters found, or the first three digits that are no province code.
    """

    verdict: BhxhCodeVerdict
    code: str | None = None
    kind: CodeKind | None = None
    from_card: bool = False
    length: int = 0
    detail: str | None = None

    @property
    def empty(self) -> bool:
        """True when nothing was typed (the field is optional)."""
        return self.verdict is BhxhCodeVerdict.EMPTY

    @property
    def acceptable(self) -> bool:
        """True when the person may go on (empty is fine: the field is optional)."""
        return self.verdict in _ACCEPTABLE

    @property
    def needs_confirmation(self) -> bool:
        """True for a 12-digit number that does not start with a province code: confirmed once."""
        return self.verdict is BhxhCodeVerdict.UNKNOWN_PROVINCE

    @property
    def may_be_unfinished(self) -> bool:
        """True for a verdict that is normal halfway through typing the digits."""
        return self.verdict in (BhxhCodeVerdict.TOO_SHORT, BhxhCodeVerdict.ELEVEN_DIGITS)

    # The same questions as the phone and email checks answer, so one field widget serves all three.
    proposal = None
    choices: tuple[str, ...] = ()


_ACCEPTABLE = (BhxhCodeVerdict.OK, BhxhCodeVerdict.EMPTY, BhxhCodeVerdict.FROM_CARD, BhxhCodeVerdict.UNKNOWN_PROVINCE)


def check_bhxh_code(text: str) -> BhxhCodeCheck:
    """Judge the code field: 10 digits (mã số BHXH) or 12 (số định danh cá nhân), spaces allowed.

    A whole BHYT card number of the 2015 layout (two letters, the benefit level, the province,
    then 10 digits) gives its last ten digits, with ``from_card`` set. A 12-digit number that
    starts with no province code needs one confirmation. Empty is acceptable: the field is optional.
    """
    cleaned = clean(text)
    if not cleaned:
        return BhxhCodeCheck(BhxhCodeVerdict.EMPTY)
    if len(cleaned) > _MAX_CODE_TEXT:
        return BhxhCodeCheck(BhxhCodeVerdict.NOT_A_CODE)
    compact = re.sub(r"[\s.\-]", "", ascii_digits(cleaned))
    if compact.isascii() and compact.isdigit():
        return _digits(compact)
    card = _BHYT_CARD.fullmatch(compact)
    if card is not None:
        return BhxhCodeCheck(BhxhCodeVerdict.FROM_CARD, code=card.group(1), kind=CodeKind.BHXH_CODE,
                             from_card=True, length=len(compact))  # fmt: skip
    if _CARD_LIKE.fullmatch(compact):
        verdict = BhxhCodeVerdict.CARD_UNKNOWN_LAYOUT if len(compact) == 15 else BhxhCodeVerdict.CARD_WRONG_LENGTH
        return BhxhCodeCheck(verdict, length=len(compact))
    letters = [ch for ch in compact if ch.isalpha()]
    if letters and any(ch.isdigit() for ch in compact) and all(ch.isalnum() for ch in compact):
        return BhxhCodeCheck(BhxhCodeVerdict.HAS_LETTERS, detail="".join(dict.fromkeys(letters)))
    return BhxhCodeCheck(BhxhCodeVerdict.NOT_A_CODE)


def _digits(digits: str) -> BhxhCodeCheck:
    count = len(digits)
    if count == BHXH_CODE_DIGITS:
        return BhxhCodeCheck(BhxhCodeVerdict.OK, code=digits, kind=CodeKind.BHXH_CODE, length=count)
    if count == PERSONAL_ID_DIGITS:
        if digits[:3] in PROVINCE_CODES:
            return BhxhCodeCheck(BhxhCodeVerdict.OK, code=digits, kind=CodeKind.PERSONAL_ID, length=count)
        return BhxhCodeCheck(BhxhCodeVerdict.UNKNOWN_PROVINCE, code=digits, kind=CodeKind.PERSONAL_ID,
                             length=count, detail=digits[:3])  # fmt: skip
    if count < BHXH_CODE_DIGITS:
        return BhxhCodeCheck(BhxhCodeVerdict.TOO_SHORT, length=count)
    if count < PERSONAL_ID_DIGITS:
        return BhxhCodeCheck(BhxhCodeVerdict.ELEVEN_DIGITS, length=count)
    return BhxhCodeCheck(BhxhCodeVerdict.TOO_LONG, length=count)
