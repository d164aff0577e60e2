"""Checks of what a person types on the contact page: mobile number, email address, mã số BHXH.

Each check takes any text and returns a verdict with what the page needs: the normalised value,
the fix to propose, and whether the person may go on. No check raises, whatever the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberFormat, PhoneNumberType, carrier

# Longer pastes are not a contact detail; refusing them keeps every keystroke check cheap.
_MAX_PHONE_TEXT = 500
_MAX_EMAIL_TEXT = 320
_MAX_CODE_TEXT = 100
_MAX_CANDIDATES = 20

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


def _clean(text: str) -> str:
    """NFKC (full-width digits and @), without invisible format characters (RTL marks, ZWSP)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()


def _ascii_digits(text: str) -> str:
    """Digits of any script (Arabic-Indic, Devanagari...) as ASCII, the rest unchanged."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


# ---------------------------------------------------------------- phone


class PhoneVerdict(Enum):
    OK = "ok"
    EMPTY = "empty"
    OLD_11_DIGIT = "old_11_digit"  # pre-2018 01xx number; proposal holds the new one
    LANDLINE = "landline"
    SERVICE_NUMBER = "service_number"  # 1800/1900 numbers, short numbers (113, 8079...)
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    UNKNOWN_PREFIX = "unknown_prefix"  # right length, but no network uses these first digits
    HAS_LETTERS = "has_letters"
    MORE_THAN_ONE = "more_than_one"
    FOREIGN = "foreign"  # valid abroad: acceptable after one confirmation
    FOREIGN_INVALID = "foreign_invalid"
    LOOKS_LIKE_EMAIL = "looks_like_email"
    NOT_A_NUMBER = "not_a_number"


@dataclass(frozen=True)
class PhoneCheck:
    """The verdict on a typed phone number.

    ``display`` is the number as Vietnamese people write it (0912 345 678), or in international
    form for a foreign number. ``network`` comes from phonenumbers' carrier data; numbers moved
    to another network keep their prefix, so it is the number's original network.
    ``proposal`` is display text to put in the field (the 2018 number, or digits for look-alike
    letters). ``detail`` is the offending part: the letters found, or the unknown prefix.
    ``digits`` counts the digits in the national form (with the leading 0).
    """

    verdict: PhoneVerdict
    e164: str | None = None
    display: str | None = None
    network: str | None = None
    proposal: str | None = None
    detail: str | None = None
    digits: int = 0

    @property
    def acceptable(self) -> bool:
        """True when the number can be used (a foreign one after confirmation)."""
        return self.verdict in (PhoneVerdict.OK, PhoneVerdict.FOREIGN)

    @property
    def needs_confirmation(self) -> bool:
        """True when the number is valid but surprising: the person must confirm it once."""
        return self.verdict is PhoneVerdict.FOREIGN

    @property
    def may_be_unfinished(self) -> bool:
        """True for a verdict that is normal halfway through typing: say it only once the person stops."""
        return self.verdict is PhoneVerdict.TOO_SHORT


# Digits, letters, breaks between separate numbers, and anything else (spaces, . - ( ) +).
_PHONE_TOKEN = re.compile(r"(?P<d>\d+)|(?P<l>[^\W\d_]+)|(?P<b>[,;/|\n\r])|(?P<o>.)", re.S)
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


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


def _network(number: phonenumbers.PhoneNumber) -> str | None:
    return carrier.name_for_number(number, "en") or None


def _vn_display(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def _national(nsn: str, prefixed: bool) -> PhoneCheck:
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
        if new_prefix is None:
            return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)
        new = _parse_e164("+84" + new_prefix[1:] + nsn[3:])
        if new is None or not phonenumbers.is_valid_number(new):
            return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)
        old = "0" + nsn
        return PhoneCheck(
            PhoneVerdict.OLD_11_DIGIT,
            display=f"{old[:4]} {old[4:7]} {old[7:]}",
            network=_network(new),
            proposal=_vn_display(new),
            digits=count,
        )
    if nsn[0] == "1":  # since 2018 no mobile number starts with 01
        if len(nsn) == 9:
            return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)
        return PhoneCheck(PhoneVerdict.TOO_SHORT if len(nsn) < 9 else PhoneVerdict.TOO_LONG, digits=count)
    number = _parse_e164("+84" + nsn)
    valid = number is not None and phonenumbers.is_valid_number(number)
    if nsn[0] == "2":
        shown = _vn_display(number) if number is not None and valid else None
        return PhoneCheck(PhoneVerdict.LANDLINE, display=shown, digits=count)
    if number is not None and valid:
        kind = phonenumbers.number_type(number)
        if kind in _MOBILE_TYPES:
            return PhoneCheck(
                PhoneVerdict.OK,
                e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
                display=_vn_display(number),
                network=_network(number),
                digits=count,
            )
        verdict = PhoneVerdict.LANDLINE if kind in _LANDLINE_TYPES else PhoneVerdict.SERVICE_NUMBER
        return PhoneCheck(verdict, display=_vn_display(number), digits=count)
    if len(nsn) < 9:
        return PhoneCheck(PhoneVerdict.TOO_SHORT, digits=count)
    if len(nsn) > 9:
        return PhoneCheck(PhoneVerdict.TOO_LONG, digits=count)
    return PhoneCheck(PhoneVerdict.UNKNOWN_PREFIX, detail="0" + nsn[:3], digits=count)


def _foreign(digits: str) -> PhoneCheck:
    number = _parse_e164("+" + digits)
    if number is None or not phonenumbers.is_valid_number(number):
        return PhoneCheck(PhoneVerdict.FOREIGN_INVALID, digits=len(digits))
    return PhoneCheck(
        PhoneVerdict.FOREIGN,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        network=_network(number),
        detail=phonenumbers.region_code_for_number(number),
        digits=len(digits),
    )


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
        return _national(nsn[1:] if nsn.startswith("0") else nsn, prefixed=True)
    if digits.startswith("84") and len(digits) >= 11:  # 84 912 345 678: +84 without the +
        nsn = digits[2:]
        return _national(nsn[1:] if nsn.startswith("0") else nsn, prefixed=True)
    if digits.startswith("0"):
        return _national(digits[1:], prefixed=True)
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


_STRONG = (PhoneVerdict.OK, PhoneVerdict.FOREIGN, PhoneVerdict.OLD_11_DIGIT, PhoneVerdict.LANDLINE)


def _is_whole_number(check: PhoneCheck) -> bool:
    """A complete number of some kind, as opposed to a fragment such as an age or a house number."""
    return check.verdict in _STRONG or (check.verdict is PhoneVerdict.SERVICE_NUMBER and check.digits >= 8)


def check_phone(text: str) -> PhoneCheck:
    """Judge a mobile number as people really type it (region VN).

    Accepts spaces, dots, dashes, brackets, +84 / 84 / 0084 / 0, full-width digits and a number
    pasted with words around it. Refuses with a specific verdict: old 11-digit numbers (proposing
    the 2018 number), landlines, service numbers, wrong lengths, letters, several numbers.
    A valid foreign number is acceptable after confirmation.
    """
    cleaned = _clean(text)
    if not cleaned:
        return PhoneCheck(PhoneVerdict.EMPTY)
    if len(cleaned) > _MAX_PHONE_TEXT:
        return PhoneCheck(PhoneVerdict.NOT_A_NUMBER)
    if _ONE_EMAIL.fullmatch(cleaned):
        return PhoneCheck(PhoneVerdict.LOOKS_LIKE_EMAIL)
    chunks, words_between = _chunks(_ascii_digits(cleaned))
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
    too_long = [c.text for c, k in zip(chunks, checks) if k.verdict is PhoneVerdict.TOO_LONG]
    if len(whole) >= 2 or any(_two_numbers(raw) for raw in too_long):
        return PhoneCheck(PhoneVerdict.MORE_THAN_ONE)
    if len(whole) == 1:
        return whole[0]
    if len(checks) == 1:
        return checks[0]
    if words_between:  # 0912 345 abc 678: words inside what should be one number
        return PhoneCheck(PhoneVerdict.HAS_LETTERS, detail=" ".join(dict.fromkeys(words_between)))
    # Fragments split by commas or slashes (0912/345/678) may still make one number together.
    return _judge_number(" ".join(c.text for c in chunks[:_MAX_CANDIDATES]))


def _two_numbers(raw: str) -> bool:
    """True for two whole numbers typed one after the other with only a space between."""
    parts = raw.split()
    if not 2 <= len(parts) <= 12:
        return False
    for i in range(1, len(parts)):
        first, second = " ".join(parts[:i]), " ".join(parts[i:])
        if _is_whole_number(_judge_number(first)) and _is_whole_number(_judge_number(second)):
            return True
    return False


# ---------------------------------------------------------------- email


class EmailVerdict(Enum):
    OK = "ok"
    EMPTY = "empty"
    NO_AT = "no_at"
    TWO_AT = "two_at"  # detail: how many @ there are
    HAS_SPACES = "has_spaces"
    VIETNAMESE_LETTERS = "vietnamese_letters"  # detail: the letters found
    UNUSUAL_CHARACTERS = "unusual_characters"  # detail: the characters found
    NOTHING_BEFORE_AT = "nothing_before_at"
    NOTHING_AFTER_AT = "nothing_after_at"
    DOMAIN_INCOMPLETE = "domain_incomplete"  # no dot after @, or no real ending (.com, .vn)
    MISPLACED_DOT = "misplaced_dot"
    LIKELY_TYPO = "likely_typo"  # valid, but close to a common provider: proposal holds it
    LOOKS_LIKE_PHONE = "looks_like_phone"
    TOO_LONG = "too_long"
    INVALID = "invalid"


@dataclass(frozen=True)
class EmailCheck:
    """The verdict on a typed email address.

    ``normalized`` is the address as it will be used (domain in lower case); set when acceptable.
    ``proposal`` is a corrected address to put in the field, when one can be guessed.
    ``detail`` is the offending part (letters, characters, number of @).
    """

    verdict: EmailVerdict
    normalized: str | None = None
    proposal: str | None = None
    detail: str | None = None

    @property
    def acceptable(self) -> bool:
        """True when the address can be used (a likely typo after confirmation)."""
        return self.verdict in (EmailVerdict.OK, EmailVerdict.LIKELY_TYPO)

    @property
    def needs_confirmation(self) -> bool:
        """True when the address is valid but probably mistyped: the person confirms or corrects."""
        return self.verdict is EmailVerdict.LIKELY_TYPO

    @property
    def may_be_unfinished(self) -> bool:
        """True for a verdict that is normal halfway through typing an address."""
        return self.verdict in (EmailVerdict.NO_AT, EmailVerdict.NOTHING_AFTER_AT, EmailVerdict.DOMAIN_INCOMPLETE)


# Providers people in Vietnam use most; typos are matched against these.
PROVIDER_DOMAINS: tuple[str, ...] = (
    "gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "outlook.com.vn",
    "hotmail.com", "icloud.com",
)  # fmt: skip

# Real domains that are close to a provider: never called a typo.
_REAL_DOMAINS = frozenset(PROVIDER_DOMAINS) | {
    "googlemail.com", "mail.com", "email.com", "gmx.com", "gmx.net", "ymail.com",
    "rocketmail.com", "live.com", "msn.com", "me.com", "mac.com", "aol.com", "zoho.com",
    "proton.me", "protonmail.com", "yandex.com", "qq.com", "163.com", "126.com",
    "naver.com", "hanmail.net", "yahoo.co.jp", "yahoo.co.uk", "yahoo.ca", "yahoo.de",
    "yahoo.fr", "yahoo.it", "yahoo.es", "yahoo.in", "hotmail.fr", "hotmail.de",
    "hotmail.it", "hotmail.es", "hotmail.co.uk", "outlook.fr", "outlook.de", "outlook.es",
    "outlook.jp", "live.co.uk", "fpt.vn", "fpt.com.vn", "fpt.edu.vn", "vnn.vn",
    "hn.vnn.vn", "hcm.vnn.vn", "viettel.com.vn", "vnpt.vn", "vnpt.com.vn", "mobifone.vn",
}  # fmt: skip

# Misspellings an edit distance does not catch: a provider with a Vietnamese ending.
_KNOWN_TYPOS: dict[str, str] = {
    "gmail.vn": "gmail.com", "gmail.com.vn": "gmail.com", "gmail.com.com": "gmail.com",
    "yahoo.vn": "yahoo.com.vn", "yahoo.com.com": "yahoo.com",
    "outlook.vn": "outlook.com.vn", "hotmail.vn": "hotmail.com", "hotmail.com.com": "hotmail.com",
    "icloud.vn": "icloud.com", "icloud.com.vn": "icloud.com",
}  # fmt: skip

# A provider's name typed alone after the @ (nguyen@gmail).
_PROVIDER_NAMES: dict[str, str] = {
    "gmail": "gmail.com", "yahoo": "yahoo.com", "outlook": "outlook.com",
    "hotmail": "hotmail.com", "icloud": "icloud.com",
}  # fmt: skip

_VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VIETNAMESE = frozenset(_VIETNAMESE_LOWER + _VIETNAMESE_LOWER.upper())
_LOCAL_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
_LOOKS_LIKE_PHONE = re.compile(r"\+?[\d\s.\-()]{8,}")


def _strip_accents(text: str) -> str:
    """nguyễn -> nguyen, đ -> d: what the person meant before the input method added marks."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count 1), giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        new = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            new[j] = min(row[j] + 1, new[j - 1] + 1, row[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                new[j] = min(new[j], before[j - 2] + 1)
        before, row = row, new
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _provider_for_typo(domain: str) -> str | None:
    """The provider a domain was probably meant to be, or None if it is a real one or unrelated."""
    domain = domain.lower()
    if domain in _REAL_DOMAINS:
        return None
    if domain in _KNOWN_TYPOS:
        return _KNOWN_TYPOS[domain]
    if "." not in domain:
        best = min(_PROVIDER_NAMES, key=lambda name: _edit_distance(domain, name, 2))
        return _PROVIDER_NAMES[best] if _edit_distance(domain, best, 2) <= 2 else None
    scored = [(_edit_distance(domain, p, 2), i, p) for i, p in enumerate(PROVIDER_DOMAINS)]
    distance, _, provider = min(scored)
    if distance <= 2:
        return provider
    base = domain.removesuffix(".vn")  # gmai.com.vn: a typo on top of a Vietnamese ending
    if base != domain and base not in _REAL_DOMAINS:
        distance, _, provider = min((_edit_distance(base, p, 1), i, p) for i, p in enumerate(PROVIDER_DOMAINS))
        if distance <= 1:
            return provider + ".vn" if provider + ".vn" in PROVIDER_DOMAINS else provider
    return None


def _split_at(address: str) -> tuple[str, str]:
    local, _, domain = address.rpartition("@")
    return local, domain


def _repair(address: str) -> str | None:
    """Best guess at the address the person meant, or None when no safe guess exists."""
    local, domain = _split_at(address) if "@" in address else (address, "")
    local = _strip_accents(local)
    if _provider_for_typo(_strip_accents(domain)) or _strip_accents(domain).lower() in _REAL_DOMAINS:
        domain = _strip_accents(domain)
    guess = "".join((local + ("@" + domain if "@" in address else "")).split())
    guess = re.sub(r"@{2,}", "@", guess)
    if "@" not in guess:
        for provider in sorted(PROVIDER_DOMAINS, key=len, reverse=True):
            if guess.lower().endswith(provider) and len(guess) > len(provider):
                guess = guess[: -len(provider)].rstrip(".") + "@" + provider
                break
    if guess.count("@") != 1:
        return None
    local, domain = _split_at(guess)
    local = re.sub(r"\.{2,}", ".", local).strip(".")
    domain = re.sub(r"\.{2,}", ".", domain.replace(",", ".")).strip(".")
    domain = _provider_for_typo(domain) or domain
    try:
        result = validate_email(local + "@" + domain, check_deliverability=False, allow_smtputf8=False)
    except (EmailNotValidError, ValueError, UnicodeError):
        return None
    return result.normalized if _has_real_ending(result.ascii_domain) else None


def _refusal(verdict: EmailVerdict, address: str, detail: str | None = None) -> EmailCheck:
    proposal = _repair(address)
    return EmailCheck(verdict, proposal=proposal if proposal != address else None, detail=detail)


def _has_real_ending(ascii_domain: str) -> bool:
    ending = ascii_domain.rsplit(".", 1)[-1]
    return ending.startswith("xn--") or (ending.isalpha() and len(ending) >= 2)


def check_email(text: str) -> EmailCheck:
    """Judge an email address: syntax and normalisation only (kiosks are offline, no DNS).

    Specific verdicts for a missing or doubled @, spaces, Vietnamese letters left by an input
    method, misplaced dots, an incomplete domain, and a likely typo of a common provider
    (gmial.com, gmail.con, yahoo.vn...), with the corrected address as proposal when it can be
    guessed. Internationalised domains are accepted as email-validator accepts them.
    """
    address = _clean(text)
    if address.lower().startswith("mailto:"):
        address = address[7:].strip()
    if not address:
        return EmailCheck(EmailVerdict.EMPTY)
    if len(address) > _MAX_EMAIL_TEXT:
        return EmailCheck(EmailVerdict.TOO_LONG)
    if "@" not in address and _LOOKS_LIKE_PHONE.fullmatch(address):
        return EmailCheck(EmailVerdict.LOOKS_LIKE_PHONE)

    local, domain = _split_at(address) if "@" in address else (address, "")
    accented = [ch for ch in local if ch in _VIETNAMESE]
    stripped_domain = _strip_accents(domain)
    if stripped_domain != domain and (
        stripped_domain.lower() in _REAL_DOMAINS or _provider_for_typo(stripped_domain)
    ):
        accented += [ch for ch in domain if ch in _VIETNAMESE]
    if accented:
        return _refusal(EmailVerdict.VIETNAMESE_LETTERS, address, "".join(dict.fromkeys(accented)))
    if any(ch.isspace() for ch in address):
        return _refusal(EmailVerdict.HAS_SPACES, address)
    at_count = address.count("@")
    if at_count == 0:
        return _refusal(EmailVerdict.NO_AT, address)
    if at_count > 1:
        return _refusal(EmailVerdict.TWO_AT, address, str(at_count))
    if not local:
        return EmailCheck(EmailVerdict.NOTHING_BEFORE_AT)
    if not domain:
        return EmailCheck(EmailVerdict.NOTHING_AFTER_AT)

    try:
        valid = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except (EmailNotValidError, ValueError, UnicodeError):
        return _classify_invalid(address, local, domain)
    ascii_domain = valid.ascii_domain.lower()
    if not _has_real_ending(ascii_domain):
        return _refusal(EmailVerdict.DOMAIN_INCOMPLETE, address)
    provider = _provider_for_typo(ascii_domain) or _provider_for_typo(valid.domain)
    if provider is not None:
        proposal = f"{valid.local_part}@{provider}"
        return EmailCheck(EmailVerdict.LIKELY_TYPO, normalized=valid.normalized, proposal=proposal)
    return EmailCheck(EmailVerdict.OK, normalized=valid.normalized)


def _classify_invalid(address: str, local: str, domain: str) -> EmailCheck:
    """Name what email-validator refused, in the person's terms."""
    if ".." in address or local.startswith(".") or local.endswith(".") or domain.startswith("."):
        return _refusal(EmailVerdict.MISPLACED_DOT, address)
    if domain.endswith("."):
        return _refusal(EmailVerdict.MISPLACED_DOT, address)
    odd = [ch for ch in local if ch not in _LOCAL_ALLOWED]
    odd += [ch for ch in domain if not (ch.isalnum() or ch in ".-")]
    if odd:
        return _refusal(EmailVerdict.UNUSUAL_CHARACTERS, address, "".join(dict.fromkeys(odd)))
    if "." not in domain:
        return _refusal(EmailVerdict.DOMAIN_INCOMPLETE, address)
    return _refusal(EmailVerdict.INVALID, address)


# ---------------------------------------------------------------- mã số BHXH


class BhxhCodeVerdict(Enum):
    OK = "ok"
    EMPTY = "empty"  # the field is optional: acceptable
    FROM_CARD = "from_card"  # a BHYT card number: its last ten digits were taken
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    CARD_WRONG_LENGTH = "card_wrong_length"  # two letters then digits, but not 15 characters
    HAS_LETTERS = "has_letters"
    NOT_A_CODE = "not_a_code"


@dataclass(frozen=True)
class BhxhCodeCheck:
    """The verdict on a typed mã số BHXH (optional field).

    ``code`` is the ten digits to use; ``from_card`` says they were taken from a health-insurance
    (BHYT) card number. ``length`` counts digits (or card characters) for wrong-length verdicts;
    ``detail`` holds the letters found.
    """

    verdict: BhxhCodeVerdict
    code: str | None = None
    from_card: bool = False
    length: int = 0
    detail: str | None = None

    @property
    def acceptable(self) -> bool:
        """True when the person may go on (empty is fine: the field is optional)."""
        return self.verdict in (BhxhCodeVerdict.OK, BhxhCodeVerdict.EMPTY, BhxhCodeVerdict.FROM_CARD)

    @property
    def may_be_unfinished(self) -> bool:
        """True for a verdict that is normal halfway through typing the ten digits."""
        return self.verdict is BhxhCodeVerdict.TOO_SHORT

    # The same questions as the phone and email checks ask, so one field widget serves all three.
    proposal = None
    needs_confirmation = False


_BHYT_CARD = re.compile(r"[A-Za-z]{2}[0-9]{13}")
_CARD_LIKE = re.compile(r"[A-Za-z]{2}[0-9]+")


def check_bhxh_code(text: str) -> BhxhCodeCheck:
    """Judge a mã số BHXH: ten digits, spaces allowed.

    A whole BHYT card number (two letters and 13 digits) gives its last ten digits, with
    ``from_card`` set. Empty is acceptable because the field is optional.
    """
    cleaned = _clean(text)
    if not cleaned:
        return BhxhCodeCheck(BhxhCodeVerdict.EMPTY)
    if len(cleaned) > _MAX_CODE_TEXT:
        return BhxhCodeCheck(BhxhCodeVerdict.NOT_A_CODE)
    compact = re.sub(r"[\s.\-]", "", _ascii_digits(cleaned))
    if compact.isascii() and compact.isdigit():
        if len(compact) == 10:
            return BhxhCodeCheck(BhxhCodeVerdict.OK, code=compact, length=10)
        verdict = BhxhCodeVerdict.TOO_SHORT if len(compact) < 10 else BhxhCodeVerdict.TOO_LONG
        return BhxhCodeCheck(verdict, length=len(compact))
    if _BHYT_CARD.fullmatch(compact):
        return BhxhCodeCheck(BhxhCodeVerdict.FROM_CARD, code=compact[-10:], from_card=True, length=15)
    if _CARD_LIKE.fullmatch(compact):
        return BhxhCodeCheck(BhxhCodeVerdict.CARD_WRONG_LENGTH, length=len(compact))
    letters = [ch for ch in compact if ch.isalpha()]
    if letters and any(ch.isdigit() for ch in compact) and all(ch.isalnum() for ch in compact):
        return BhxhCodeCheck(BhxhCodeVerdict.HAS_LETTERS, detail="".join(dict.fromkeys(letters)))
    return BhxhCodeCheck(BhxhCodeVerdict.NOT_A_CODE)


# ---------------------------------------------------------------- the page as a whole


def contact_ready(
    phone: PhoneCheck,
    email: EmailCheck,
    bhxh_code: BhxhCodeCheck,
    *,
    phone_required: bool,
    email_required: bool,
    phone_confirmed: bool = False,
    email_confirmed: bool = False,
) -> bool:
    """Whether the person may leave the contact page.

    A required field must be acceptable; an optional one must be empty or acceptable (a wrong
    detail would mislead the hotline summary). When neither is required (channel not known),
    at least one of phone and email must be given. ``phone_confirmed`` / ``email_confirmed``
    record the person's one explicit confirmation of a surprising value (a foreign number, an
    address that looks mistyped); the page resets them when the text changes.
    """

    def fine(check: PhoneCheck | EmailCheck, required: bool, empty: bool, confirmed: bool) -> bool:
        if empty:
            return not required
        return check.acceptable and (confirmed or not check.needs_confirmation)

    phone_empty = phone.verdict is PhoneVerdict.EMPTY
    email_empty = email.verdict is EmailVerdict.EMPTY
    if not phone_required and not email_required and phone_empty and email_empty:
        return False
    return (
        fine(phone, phone_required, phone_empty, phone_confirmed)
        and fine(email, email_required, email_empty, email_confirmed)
        and bhxh_code.acceptable
    )


def warm_up() -> None:
    """Load phonenumbers' and email-validator's data now, so that the person's first keystroke does not pay for it."""
    check_phone("0912 345 678")
    check_email("ten@gmail.com")
