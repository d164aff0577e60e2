"""The mobile number: what people type on the contact page, judged for Vietnam (CONTENT.md §4).

phonenumbers decides what is a valid mobile number and names its network; this module adds what
people in Vietnam type around that: the 2018 change from 11 to 10 digits, the landline area codes
of before 2017, numbers in ranges newer than phonenumbers' data, and two numbers in one field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType, carrier

from app.core.contact.text import ascii_digits, clean

# Longer pastes are not a contact detail; refusing them keeps every keystroke check cheap.
_MAX_PHONE_TEXT = 500
_MAX_CANDIDATES = 20
_MAX_CHOICES = 3

# 2018 conversion of 11-digit mobile numbers (CONTENT.md §4): the last 7 digits stay the same.
OLD_PREFIXES: dict[str, str] = {
    # MobiFone
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    # VinaPhone
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    # Viettel
    "0162": "032", "0163": "033", "0164": "034", "0165": "035",
    "0166": "036", "0167": "037", "0168": "038", "0169": "039",
    # Vietnamobile
    "0186": "056", "0188": "058",
    # Gmobile
    "0199": "059",
}  # fmt: skip

# Landline area codes before the 2017 change (Quyết định 2036/QĐ-BTTTT; the 02x codes are still
# landlines and are not listed). From libphonenumber's Vietnamese fixed-line data of 2014.
# Hà Nội (04) and Hồ Chí Minh City (08) had 8-digit numbers and became 024 and 028.
OLD_CITY_CODES: dict[str, str] = {"04": "024", "08": "028"}
# Followed by 7 digits: 10 digits in all, the length of a mobile number today.
OLD_AREA_CODES = frozenset(
    "030 031 033 036 037 038 039 052 053 054 055 056 057 058 059 "
    "060 061 062 063 064 066 067 068 070 072 073 074 075 076 077 079".split()
)
# Followed by 7 digits: 11 digits in all.
OLD_LONG_AREA_CODES = frozenset("0320 0321 0350 0351 0500 0501 0510 0511 0650 0651 0710 0711 0780 0781".split())

# Where a well-formed 10-digit number may be a mobile range newer than phonenumbers' data.
_MOBILE_RANGES = ("03", "05", "07", "08", "09")

# Networks as they write their own names (phonenumbers writes "Vinaphone", "G-Mobile").
_NETWORK_SPELLING = {"Vinaphone": "VinaPhone", "G-Mobile": "Gmobile", "Indochina Telecom": "iTel"}
# phonenumbers files 087 under VinaPhone, whose network iTel (Indochina Telecom) uses: 087 is
# iTel's prefix (VietNamNet on Vietnam's first virtual network; itel.vn's own numbers).
_NETWORK_BY_PREFIX = {"087": "iTel"}
# Ranges phonenumbers does not list yet, inside a prefix that is all one network's (MobiFone's
# 089: 0896-0899 are in phonenumbers; Vietnamobile's 052: 0522, 0523, 0528 are).
_NEW_RANGE_NETWORKS = {"089": "MobiFone", "052": "Vietnamobile"}


class PhoneVerdict(Enum):
    OK = "ok"
    EMPTY = "empty"
    OLD_11_DIGIT = "old_11_digit"  # pre-2018 01xx number; proposal holds the new one
    LANDLINE = "landline"
    OLD_LANDLINE = "old_landline"  # a landline with its pre-2017 area code: detail; display: its number now
    MAYBE_LANDLINE = "maybe_landline"  # (033) 382 5123: an old area code in brackets, but a mobile now
    SERVICE_NUMBER = "service_number"  # 1800/1900 numbers, short numbers (113, 8079...)
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    UNKNOWN_PREFIX = "unknown_prefix"  # right length, but no network uses these first digits
    NEW_RANGE = "new_range"  # well formed, in a mobile range phonenumbers does not know yet
    HAS_LETTERS = "has_letters"
    REPEATED = "repeated"  # the same number typed twice; proposal holds it once
    MORE_THAN_ONE = "more_than_one"  # choices (or proposal) hold the mobile numbers found
    FOREIGN = "foreign"  # valid abroad: acceptable after one confirmation
    FOREIGN_INVALID = "foreign_invalid"
    LOOKS_LIKE_EMAIL = "looks_like_email"
    NOT_A_NUMBER = "not_a_number"


_CONFIRMED_ONCE = (PhoneVerdict.FOREIGN, PhoneVerdict.NEW_RANGE, PhoneVerdict.MAYBE_LANDLINE)


@dataclass(frozen=True)
class PhoneCheck:
    """The verdict on a typed phone number.

    ``display`` is the number as Vietnamese people write it (0912 345 678), or in international
    form for a foreign number; for an old landline, the number it has now. ``network`` is the
    number's original network: numbers moved to another network keep their prefix.
    ``proposal`` is display text to put in the field (the 2018 number, digits for look-alike
    letters, the number typed twice once); ``choices`` are the numbers to choose from when
    several were typed. ``detail`` is the offending part: the letters, the prefix, the area code.
    ``digits`` counts the digits in the national form (with the leading 0).
    """

    verdict: PhoneVerdict
    e164: str | None = None
    display: str | None = None
    network: str | None = None
    proposal: str | None = None
    detail: str | None = None
    digits: int = 0
    choices: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """True when nothing was typed."""
        return self.verdict is PhoneVerdict.EMPTY

    @property
    def acceptable(self) -> bool:
        """True when the number can be used (a surprising one after confirmation)."""
        return self.verdict is PhoneVerdict.OK or self.verdict in _CONFIRMED_ONCE

    @property
    def needs_confirmation(self) -> bool:
        """True when the number is valid but surprising (foreign, a new range, an old area code in
        brackets): the person must confirm it once."""
        return self.verdict in _CONFIRMED_ONCE

    @property
    def may_be_unfinished(self) -> bool:
        """True for a verdict that is normal halfway through typing: say it only once the person stops."""
        return self.verdict is PhoneVerdict.TOO_SHORT


# Digits, letters, breaks between separate numbers, and anything else (spaces, . - ( ) +).
_PHONE_TOKEN = re.compile(r"(?P<d>\d+)|(?P<l>[^\W\d_]+)|(?P<b>[,;/|\n\r])|(?P<o>.)", re.S)
_DIGIT_GROUP = re.compile(r"\d+")
_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_ONE_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_LANDLINE_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.VOIP)


@dataclass
class _Chunk:
    raw: list[str]
    letters: list[str]

    @property
    def text(self) -> str:
        return "".join(self.raw)


@dataclass(frozen=True)
class _AreaGroup:
    """The first group of digits of a national number as typed (with its 0), and whether it was in brackets."""

    digits: str
    bracketed: bool


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


def network_of(national: str, number: phonenumbers.PhoneNumber) -> str | None:
    """The network a Vietnamese number was first given by, spelt as the network does."""
    if national[:3] in _NETWORK_BY_PREFIX:
        return _NETWORK_BY_PREFIX[national[:3]]
    name = carrier.name_for_number(number, "en")
    return _NETWORK_SPELLING.get(name, name) or None


def _vn_display(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def _spaced(national: str) -> str:
    """0891234567 -> 0891 234 567, as phonenumbers writes a Vietnamese mobile number."""
    return f"{national[:4]} {national[4:7]} {national[7:]}"


def _national(nsn: str, prefixed: bool, area: _AreaGroup | None = None) -> PhoneCheck:
    """Judge a Vietnamese number given without its leading 0 (national significant number)."""
    count = len(nsn) + 1
    if not nsn:
        return PhoneCheck(PhoneVerdict.TOO_SHORT, digits=count if prefixed else 0)
    if not prefixed and len(nsn) <= 6:
        verdict = PhoneVerdict.SERVICE_NUMBER if len(nsn) >= 3 else PhoneVerdict.TOO_SHORT
        return PhoneCheck(verdict, display=nsn, digits=len(nsn))
    if nsn.startswith(("1800", "1900")):
        number = _parse_e164("+84" + nsn)
        shown = _vn_display(number) if number and phonenumbers.is_valid_number(number) else nsn
        return PhoneCheck(PhoneVerdict.SERVICE_NUMBER, display=shown, digits=len(nsn))
    if nsn[0] == "1" and len(nsn) == 10:
        new_prefix = OLD_PREFIXES.get("0" + nsn[:3])
        new = _parse_e164("+84" + new_prefix[1:] + nsn[3:]) if new_prefix else None
        if new_prefix is None or new is None or not phonenumbers.is_valid_number(new):
            return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)
        old = "0" + nsn
        return PhoneCheck(
            PhoneVerdict.OLD_11_DIGIT,
            display=f"{old[:4]} {old[4:7]} {old[7:]}",
            network=network_of(new_prefix, new),
            proposal=_vn_display(new),
            digits=count,
        )
    if nsn[0] == "1":  # since 2018 no mobile number starts with 01
        if len(nsn) == 9:
            return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)
        return PhoneCheck(PhoneVerdict.TOO_SHORT if len(nsn) < 9 else PhoneVerdict.TOO_LONG, digits=count)
    national = "0" + nsn
    parsed = _parse_e164("+84" + nsn)
    number = parsed if parsed is not None and phonenumbers.is_valid_number(parsed) else None
    valid = number is not None
    mobile = number is not None and phonenumbers.number_type(number) in _MOBILE_TYPES
    landline = _old_landline(national, area, valid=valid, mobile=mobile)
    if landline is not None:
        return landline
    if nsn[0] == "2":
        return PhoneCheck(PhoneVerdict.LANDLINE, display=_vn_display(number) if number else None, digits=count)
    if mobile and number is not None:
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return PhoneCheck(PhoneVerdict.OK, e164=e164, display=_vn_display(number),
                          network=network_of(national, number), digits=count)  # fmt: skip
    if number is not None:
        kind = phonenumbers.number_type(number)
        verdict = PhoneVerdict.LANDLINE if kind in _LANDLINE_TYPES else PhoneVerdict.SERVICE_NUMBER
        return PhoneCheck(verdict, display=_vn_display(number), digits=count)
    if len(nsn) < 9:
        return PhoneCheck(PhoneVerdict.TOO_SHORT, digits=count)
    if len(nsn) > 9:
        return PhoneCheck(PhoneVerdict.TOO_LONG, digits=count)
    if national.startswith(_MOBILE_RANGES):
        # phonenumbers lags new allocations: a new range gets one confirmation, never a dead end.
        return PhoneCheck(PhoneVerdict.NEW_RANGE, e164="+84" + nsn, display=_spaced(national),
                          network=_NEW_RANGE_NETWORKS.get(national[:3]), detail=national[:4], digits=count)  # fmt: skip
    return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail=national[:4], digits=count)


def _old_landline(national: str, area: _AreaGroup | None, *, valid: bool, mobile: bool) -> PhoneCheck | None:
    """The verdict for a landline typed with its area code of before 2017, or None.

    Only what the typing shows counts, because most old area codes are mobile prefixes now:
    04 + 8 digits (no mobile number starts 04); 06x + 7 digits that phonenumbers does not know
    (no mobile number starts 06 either; 0672 is a VoIP range today); 08 as a group of its
    own ("08 3829 1234"); an 11-digit number grouped after a 4-digit code ("0511 3822 123"); a
    code in brackets ("(061) 3822 123"). A bracketed code whose digits also make a mobile
    number ("(033) 382 5123") is not refused: the person confirms it once.
    """
    count = len(national)
    code = area.digits if area is not None else ""
    if count == 10 and national[2] in "23456789" and (national[:2] == "04" or code in OLD_CITY_CODES):
        new = OLD_CITY_CODES[national[:2]] + national[2:]
        return PhoneCheck(PhoneVerdict.OLD_LANDLINE, display=f"{new[:3]} {new[3:7]} {new[7:]}",
                          detail=national[:2], digits=count)  # fmt: skip
    if count == 11 and code in OLD_LONG_AREA_CODES and national[4] in "23456789":
        return PhoneCheck(PhoneVerdict.OLD_LANDLINE, detail=code, digits=count)
    if count != 10 or national[:3] not in OLD_AREA_CODES or national[3] in "01":
        return None
    bracketed = area is not None and area.bracketed and code == national[:3]
    if (national.startswith("06") and not valid) or (bracketed and not mobile):
        return PhoneCheck(PhoneVerdict.OLD_LANDLINE, detail=national[:3], digits=count)
    maybe = _parse_e164("+84" + national[1:]) if bracketed else None
    if maybe is not None:
        return PhoneCheck(PhoneVerdict.MAYBE_LANDLINE, e164="+84" + national[1:], display=_vn_display(maybe),
                          network=network_of(national, maybe), detail=code, digits=count)  # fmt: skip
    return None


def _foreign(digits: str) -> PhoneCheck:
    number = _parse_e164("+" + digits)
    if number is None or not phonenumbers.is_valid_number(number):
        return PhoneCheck(PhoneVerdict.FOREIGN_INVALID, digits=len(digits))
    return PhoneCheck(
        PhoneVerdict.FOREIGN,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        network=carrier.name_for_number(number, "en") or None,
        detail=phonenumbers.region_code_for_number(number),
        digits=len(digits),
    )


def _area_group(raw: str, country_code: bool) -> _AreaGroup | None:
    """The first group of digits of the national part of ``raw``, as typed: "(08)" in "(08) 3829 1234",
    "8" in "+84 8 3829 1234". None when the country code and the number were typed together."""
    groups = []
    for match in _DIGIT_GROUP.finditer(raw):
        before, after = raw[: match.start()].rstrip(), raw[match.end() :].lstrip()
        groups.append(_AreaGroup(match.group(), before.endswith("(") and after.startswith(")")))
    if country_code:
        if groups[0].digits not in ("84", "0084"):
            return None
        groups = groups[1:]
        if groups and groups[0].digits == "0":  # +84 (0) 912...: the trunk 0 written in brackets
            groups = groups[1:]
    if not groups:
        return None
    first = groups[0]
    return first if first.digits.startswith("0") else _AreaGroup("0" + first.digits, first.bracketed)


def _judge_number(raw: str) -> PhoneCheck:
    """Judge one run of digits and phone punctuation (+, spaces, dots, dashes, brackets)."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) > 17:  # longer than any number in any country, with its prefix
        return PhoneCheck(PhoneVerdict.TOO_LONG, digits=len(digits))
    first_digit = next((i for i, ch in enumerate(raw) if ch.isdigit()), len(raw))
    plus = "+" in raw[:first_digit]
    if plus or digits.startswith("00"):
        international = digits if plus else digits[2:]
        if not international.startswith("84"):
            return _foreign(international)
        nsn = international[2:]
        return _national(nsn[1:] if nsn.startswith("0") else nsn, prefixed=True, area=_area_group(raw, True))
    if digits.startswith("84") and len(digits) >= 11:  # 84 912 345 678: +84 without the +
        nsn = digits[2:]
        return _national(nsn[1:] if nsn.startswith("0") else nsn, prefixed=True, area=_area_group(raw, True))
    if digits.startswith("0"):
        return _national(digits[1:], prefixed=True, area=_area_group(raw, False))
    return _national(digits, prefixed=False)


def _chunks(text: str) -> tuple[list[_Chunk], list[str]]:
    """Split text into runs of number characters; words and commas separate the runs.

    Returns the runs that hold digits, and the words found between two runs.
    """
    tokens = [(m.lastgroup, m.group()) for m in _PHONE_TOKEN.finditer(text)]
    chunks: list[_Chunk] = []
    words_between: list[str] = []
    pending_words: list[str] = []
    current = _Chunk([], [])

    def close() -> None:
        nonlocal current
        if any(ch.isdigit() for ch in current.text):
            if chunks:
                words_between.extend(pending_words)
            pending_words.clear()
            chunks.append(current)
        current = _Chunk([], [])

    for i, (kind, value) in enumerate(tokens):
        if kind == "l":
            glued = (i > 0 and tokens[i - 1][0] == "d") or (i + 1 < len(tokens) and tokens[i + 1][0] == "d")
            if glued:  # letters touching digits are inside the number: 0912abc678, O912...
                current.raw.append(value)
                current.letters.append(value)
                continue
            close()
            pending_words.append(value)
        elif kind == "b":
            close()
        else:
            current.raw.append(value)
        if len(chunks) > _MAX_CANDIDATES:
            break
    close()
    return chunks, words_between


_WHOLE = (PhoneVerdict.OK, PhoneVerdict.FOREIGN, PhoneVerdict.OLD_11_DIGIT, PhoneVerdict.LANDLINE,
          PhoneVerdict.OLD_LANDLINE, PhoneVerdict.MAYBE_LANDLINE, PhoneVerdict.NEW_RANGE)  # fmt: skip


def _is_whole_number(check: PhoneCheck) -> bool:
    """A complete number of some kind, as opposed to a fragment such as an age or a house number."""
    return check.verdict in _WHOLE or (check.verdict is PhoneVerdict.SERVICE_NUMBER and check.digits >= 8)


def check_phone(text: str) -> PhoneCheck:
    """Judge a mobile number as people really type it (region VN).

    Accepts spaces, dots, dashes, brackets, +84 / 84 / 0084 / 0, full-width digits and a number
    pasted with words around it. Refuses with a specific verdict: old 11-digit numbers (proposing
    the 2018 number), landlines (also with their area codes of before 2017), service numbers,
    wrong lengths, letters, several numbers (offering them to choose from). A valid foreign
    number, a well-formed number of a range phonenumbers does not know yet, and an old area code
    in brackets that is also a mobile number are acceptable after one confirmation.
    """
    cleaned = clean(text)
    if not cleaned:
        return PhoneCheck(PhoneVerdict.EMPTY)
    if len(cleaned) > _MAX_PHONE_TEXT:
        return PhoneCheck(PhoneVerdict.NOT_A_NUMBER)
    if _ONE_EMAIL.fullmatch(cleaned):
        return PhoneCheck(PhoneVerdict.LOOKS_LIKE_EMAIL)
    chunks, words_between = _chunks(ascii_digits(cleaned))
    if not chunks:
        return PhoneCheck(PhoneVerdict.NOT_A_NUMBER)

    with_letters = [c for c in chunks if c.letters]
    if with_letters:
        letters = "".join(dict.fromkeys(ch for c in with_letters for part in c.letters for ch in part))
        # O for 0 and l for 1 are common slips; other letters are simply dropped from the guess.
        fixed = _judge_number(with_letters[0].text.translate(_LOOKALIKES))
        proposal = fixed.display if fixed.verdict is PhoneVerdict.OK else None
        return PhoneCheck(PhoneVerdict.HAS_LETTERS, proposal=proposal, detail=letters)

    checks = [_judge_number(c.text) for c in chunks[:_MAX_CANDIDATES]]
    whole = [c for c in checks if _is_whole_number(c)]
    for chunk, check in zip(chunks, checks, strict=False):
        if check.verdict is PhoneVerdict.TOO_LONG:
            whole.extend(_two_numbers(chunk.text))
    if len(whole) >= 2:
        return _several(whole)
    if len(whole) == 1:
        return whole[0]
    if len(checks) == 1:
        return checks[0]
    if words_between:  # 0912 345 abc 678: words inside what should be one number
        return PhoneCheck(PhoneVerdict.HAS_LETTERS, detail=" ".join(dict.fromkeys(words_between)))
    # Fragments split by commas or slashes (0912/345/678) may still make one number together.
    return _judge_number(" ".join(c.text for c in chunks[:_MAX_CANDIDATES]))


def _several(whole: list[PhoneCheck]) -> PhoneCheck:
    """Two or more whole numbers: the same one twice, or mobile numbers to choose from."""
    if all(c.acceptable for c in whole) and len({c.e164 for c in whole}) == 1:
        return PhoneCheck(PhoneVerdict.REPEATED, proposal=whole[0].display, digits=whole[0].digits)
    found: list[str] = []
    for c in whole:
        usable = c.display if c.acceptable else c.proposal if c.verdict is PhoneVerdict.OLD_11_DIGIT else None
        if usable is not None and usable not in found:
            found.append(usable)
    if len(found) == 1:
        return PhoneCheck(PhoneVerdict.MORE_THAN_ONE, proposal=found[0])
    return PhoneCheck(PhoneVerdict.MORE_THAN_ONE, choices=tuple(found) if len(found) <= _MAX_CHOICES else ())


def _two_numbers(raw: str) -> list[PhoneCheck]:
    """Two whole numbers typed one after the other with only a space between, or nothing."""
    parts = raw.split()
    if not 2 <= len(parts) <= 12:
        return []
    for i in range(1, len(parts)):
        first, second = _judge_number(" ".join(parts[:i])), _judge_number(" ".join(parts[i:]))
        if _is_whole_number(first) and _is_whole_number(second):
            return [first, second]
    return []
