"""The email address: what people type on the contact page, judged offline (kiosks have no DNS).

Every refusal says what is wrong and, where the fix is certain or nearly so, offers it: one
``proposal``, or ``choices`` when two or three readings are equally likely (a Telex accident:
lê could be "le" or "lee"). An offer is only ever an address this check accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from email_validator import EmailNotValidError, validate_email

from app.core.contact.domains import (
    PROVIDER_DOMAINS,
    REAL_DOMAINS,
    is_real_ending,
    provider_for_typo,
    real_endings_for,
    undoubled,
    with_dots,
)
from app.core.contact.telex import telex_typed
from app.core.contact.text import VIETNAMESE_LETTERS, clean, strip_accents


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
    DOMAIN_INCOMPLETE = "domain_incomplete"  # no dot after @, or a one-letter ending (.c)
    NO_SUCH_ENDING = "no_such_ending"  # detail: the ending (.con, .vm), which no domain has
    MISPLACED_DOT = "misplaced_dot"
    LIKELY_TYPO = "likely_typo"  # valid, but close to a common provider: proposal holds it
    EXTRA_TEXT = "extra_text"  # the address with a label or a name around it: proposal holds it
    MORE_THAN_ONE = "more_than_one"  # several addresses: choices (or proposal) hold them
    LOOKS_LIKE_PHONE = "looks_like_phone"
    TOO_LONG = "too_long"
    INVALID = "invalid"


@dataclass(frozen=True)
class EmailCheck:
    """The verdict on a typed email address.

    ``normalized`` is the address as it will be used (domain in lower case); set when acceptable.
    ``proposal`` is the one corrected address to put in the field; ``choices`` are two or three
    addresses the person chooses between when no single correction is sure. ``detail`` is the
    offending part (letters, characters, number of @, the ending).
    """

    verdict: EmailVerdict
    normalized: str | None = None
    proposal: str | None = None
    choices: tuple[str, ...] = ()
    detail: str | None = None

    @property
    def empty(self) -> bool:
        """True when nothing was typed."""
        return self.verdict is EmailVerdict.EMPTY

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


_MAX_EMAIL_TEXT = 320
_MAX_CHOICES = 3
_LOCAL_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
_LOOKS_LIKE_PHONE = re.compile(r"\+?[\d\s.\-()]{8,}")
# Brackets, quotes and separators pasted around an address ("<lan@gmail.com>", "lan@gmail.com;").
_STRAY = "<>()[]{}\"'“”‘’«»,;:"
_ANGLE = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")
_WORD_BREAKS = re.compile(r"[\s;]+|(?<=[:：])")
_BRACKETED = re.compile(r"[(\[{]([^()\[\]{}]*)[)\]}]")
# Words of a label written before an address, without their marks ("Email của tôi là", "my email is").
_LABEL_WORDS = frozenset(
    "email e-mail e mail gmail dia chi cua toi em minh la thu dien tu hop my is address the".split()
)
# Words said after an address ("lan@gmail.com nhé"), without their marks.
_FILLER_WORDS = frozenset("nhe nha a ha".split())
_SHORTEST_SEPARATE_NAME = 3  # "lan" in "tran thi lan@gmail.com" may be the whole name part


def check_email(text: str) -> EmailCheck:
    """Judge an email address: syntax, the real list of endings, and common slips (no DNS).

    Specific verdicts for a missing or doubled @, spaces, Vietnamese letters left by an input
    method, misplaced dots, an incomplete domain, an ending no domain has (.con, .com.vm), a
    label or a name around the address, several addresses, and a likely typo of a common
    provider (gmial.com, gmail.net...), with the corrected address offered when it can be
    guessed. Internationalised domains are accepted as email-validator accepts them.
    """
    address = clean(text)
    if address.lower().startswith("mailto:"):
        address = address[7:].strip()
    return _judge(address, propose=True)


# How a verdict gets its corrections: _offer computes them, _bare (when only the verdict matters) skips them.
Offer = Callable[[EmailVerdict, str, Callable[[], Iterable[str | None]], "str | None"], EmailCheck]


def _judge(address: str, *, propose: bool) -> EmailCheck:
    """The verdict; with ``propose`` also the corrections (without, to test a correction cheaply)."""
    offer: Offer = _offer if propose else _bare
    if not address:
        return EmailCheck(EmailVerdict.EMPTY)
    if len(address) > _MAX_EMAIL_TEXT:
        return EmailCheck(EmailVerdict.TOO_LONG)
    if "@" not in address and _LOOKS_LIKE_PHONE.fullmatch(address):
        return EmailCheck(EmailVerdict.LOOKS_LIKE_PHONE)
    around = _around(address, offer)
    if around is not None:
        return around

    local, domain = _split(address)
    accented = [ch for ch in local if ch in VIETNAMESE_LETTERS]
    if _provider_without_marks(domain):
        accented += [ch for ch in domain if ch in VIETNAMESE_LETTERS]
    if accented:
        locals_ = [strip_accents(local), telex_typed(local)]
        return offer(EmailVerdict.VIETNAMESE_LETTERS, address, lambda: _spelled(address, locals_, domain),
                     "".join(dict.fromkeys(accented)))  # fmt: skip
    if any(ch.isspace() for ch in address):
        return offer(EmailVerdict.HAS_SPACES, address, lambda: _spelled(address, [local], domain), None)
    at_count = address.count("@")
    if at_count == 0:
        return offer(EmailVerdict.NO_AT, address, lambda: [_without_at(address)], None)
    if at_count > 1:
        return offer(EmailVerdict.TWO_AT, address, lambda: [_one_at(address)], str(at_count))
    if not local:
        return EmailCheck(EmailVerdict.NOTHING_BEFORE_AT)
    if not domain:
        return EmailCheck(EmailVerdict.NOTHING_AFTER_AT)

    try:
        valid = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except (EmailNotValidError, ValueError, UnicodeError):
        return _classify_invalid(address, local, domain, offer)
    ending = valid.ascii_domain.lower().rsplit(".", 1)[-1]
    if len(ending) < 2:
        return offer(EmailVerdict.DOMAIN_INCOMPLETE, address, lambda: [_finish(local, domain)], None)
    if not is_real_ending(ending):
        return offer(EmailVerdict.NO_SUCH_ENDING, address,
                     lambda: [f"{valid.local_part}@{_meant(d)}" for d in real_endings_for(valid.domain)],
                     "." + ending)  # fmt: skip
    meant = provider_for_typo(valid.ascii_domain) or provider_for_typo(valid.domain) or undoubled(valid.domain)
    if meant is not None:
        return EmailCheck(EmailVerdict.LIKELY_TYPO, normalized=valid.normalized, proposal=f"{valid.local_part}@{meant}")
    return EmailCheck(EmailVerdict.OK, normalized=valid.normalized)


def _classify_invalid(address: str, local: str, domain: str, offer: Offer) -> EmailCheck:
    """Name what email-validator refused, in the person's terms."""
    if ".." in address or local.startswith(".") or local.endswith(".") or domain.startswith("."):
        return offer(EmailVerdict.MISPLACED_DOT, address, lambda: [_finish(local, domain)], None)
    if domain.endswith("."):
        return offer(EmailVerdict.MISPLACED_DOT, address, lambda: [_finish(local, domain)], None)
    odd = [ch for ch in local if ch not in _LOCAL_ALLOWED]
    odd += [ch for ch in domain if not (ch.isalnum() or ch in ".-")]
    if odd:
        return offer(EmailVerdict.UNUSUAL_CHARACTERS, address,
                     lambda: [_finish(variant, domain) for variant in _without_brackets(local)],
                     "".join(dict.fromkeys(odd)))  # fmt: skip
    if "." not in domain:
        return offer(EmailVerdict.DOMAIN_INCOMPLETE, address, lambda: [_finish(local, domain)], None)
    ending = domain.rsplit(".", 1)[-1]
    if not ending.isalpha():  # gmail.com73160: digits typed after the ending
        return offer(EmailVerdict.NO_SUCH_ENDING, address, lambda: [_finish(local, domain)], "." + ending)
    return offer(EmailVerdict.INVALID, address, lambda: [_finish(local, domain)], None)


# ---------------------------------------------------------------- offering corrections


def _offer(verdict: EmailVerdict, address: str, candidates: Callable[[], Iterable[str | None]],
           detail: str | None) -> EmailCheck:  # fmt: skip
    """The refusal, with the candidates this check accepts: one as proposal, two or three as choices."""
    found: list[str] = []
    for candidate in candidates():
        judged = _judge(candidate, propose=False) if candidate else None
        if (judged is not None and judged.acceptable and judged.normalized
                and judged.normalized not in (address, *found)):
            found.append(judged.normalized)
    if len(found) == 1:
        return EmailCheck(verdict, proposal=found[0], detail=detail)
    if 1 < len(found) <= _MAX_CHOICES:
        return EmailCheck(verdict, choices=tuple(found), detail=detail)
    return EmailCheck(verdict, detail=detail)


def _bare(verdict: EmailVerdict, address: str, candidates: Callable[[], Iterable[str | None]],
          detail: str | None) -> EmailCheck:  # fmt: skip
    return EmailCheck(verdict, detail=detail)


def _split(address: str) -> tuple[str, str]:
    if "@" not in address:
        return address, ""
    local, _, domain = address.rpartition("@")
    return local, domain


def _provider_without_marks(domain: str) -> bool:
    """gmãil.com, yahô.com: marks in a provider's name, so the marks are a slip, not a real IDN domain."""
    plain = strip_accents(domain)
    return plain != domain and (plain.lower() in REAL_DOMAINS or provider_for_typo(plain) is not None)


def _meant(domain: str) -> str:
    """The domain with the slips this check knows undone: doubled, no dots, a wrong ending, a provider typo."""
    domain = undoubled(domain) or with_dots(domain) or domain
    ending = domain.rsplit(".", 1)[-1]
    if domain.isascii() and "." in domain and not is_real_ending(ending):
        endings = real_endings_for(domain)
        domain = endings[0] if len(endings) == 1 else domain
    return provider_for_typo(domain) or domain


def _finish(local: str, domain: str) -> str:
    """The address from its parts with spaces, stray punctuation and doubled dots removed, a comma
    typed for a dot put right, and the domain's slips undone (see ``_meant``)."""
    local = re.sub(r"\.{2,}", ".", "".join(local.split()).strip(_STRAY).replace(",", ".")).strip(".")
    domain = re.sub(r"\.{2,}", ".", "".join(domain.split()).strip(_STRAY).replace(",", ".")).strip(".")
    if _provider_without_marks(domain):
        domain = strip_accents(domain)
    return f"{local}@{_meant(domain)}"


def _spelled(address: str, locals_: list[str | None], domain: str) -> list[str | None]:
    """The address with each spelling of its name part; for "tran thi lan@gmail.com" also just the
    last word, which may be the whole address after a name."""
    found: list[str | None] = [_finish(strip_accents(local), domain) for local in locals_ if local is not None]
    words = strip_accents(address).split()  # none for spaces and marks alone ("\u0308 ")
    if len(words) < 2:
        return found
    name, at, last_domain = words[-1].partition("@")
    if at and "@" not in last_domain and len(name) >= _SHORTEST_SEPARATE_NAME:
        found.append(_finish(name, last_domain))
    return found


def _without_at(address: str) -> str | None:
    """nguyenvanagmail.com, nguyenvana.gmail.com -> nguyenvana@gmail.com: the @ before a known provider."""
    guess = "".join(address.split())
    for provider in sorted(PROVIDER_DOMAINS, key=len, reverse=True):
        if guess.lower().endswith(provider) and len(guess) > len(provider):
            return _finish(guess[: -len(provider)].rstrip("."), provider)
    return None


def _one_at(address: str) -> str | None:
    """an@@gmail.com, lan@gmail.com@gmail.com, lan@gmail.com@ -> one @: the same domain given again."""
    local, *domains = address.split("@")
    domains = [d for d in domains if d]
    if domains and all(d.lower() == domains[0].lower() for d in domains):
        return _finish(local, domains[0])
    return None


def _without_brackets(local: str) -> list[str]:
    """an(binh) -> anbinh, an: brackets in the name part, kept as letters or dropped with what they hold."""
    bracket = _BRACKETED.search(local)
    if bracket is None:
        return [local]
    return [local.replace(bracket.group(0), bracket.group(1)), local.replace(bracket.group(0), "")]


# ---------------------------------------------------------------- text around the address


def _around(address: str, offer: Offer) -> EmailCheck | None:
    """The verdict when the address came with other text: a label, a name, brackets, a second address."""
    angle = _ANGLE.search(address)
    if angle is not None:  # Nguyễn Văn A <lan@gmail.com>: how mail programs copy an address
        return offer(EmailVerdict.EXTRA_TEXT, address, lambda: [angle.group(1)], None)
    words = [w for w in _WORD_BREAKS.split(address) if w]
    pieces = [piece for word in words for piece in _pieces(word)]
    addresses = [p.strip(_STRAY) for p in pieces if _is_whole_address(p.strip(_STRAY))]
    if len(addresses) > 1:
        return offer(EmailVerdict.MORE_THAN_ONE, address, lambda: addresses, None)
    if len(addresses) == 1 and len(words) > 1:
        at = next(i for i, w in enumerate(words) if addresses[0] in w)
        before = [strip_accents(w).strip(_STRAY + "：").lower() for w in words[:at]]
        after = [strip_accents(w).strip(_STRAY + ".!?").lower() for w in words[at + 1 :]]
        labelled = all(w in _LABEL_WORDS for w in before if w) or words[at - 1].endswith((":", "：")) if at else True
        noted = all(w in _FILLER_WORDS for w in after if w) or bool(_BRACKETED.fullmatch(" ".join(words[at + 1 :])))
        if labelled and noted:
            return offer(EmailVerdict.EXTRA_TEXT, address, lambda: addresses, None)
    bare = address.strip(_STRAY + " ")
    if bare != address and " " not in bare and _judge(bare, propose=False).acceptable:
        return offer(EmailVerdict.EXTRA_TEXT, address, lambda: [bare], None)
    return None


def _pieces(word: str) -> list[str]:
    """a@gmail.com,b@gmail.com -> both; nguyen,van@gmail.com stays one (a comma typed for a dot)."""
    parts = word.split(",")
    return parts if len(parts) > 1 and all("@" in p for p in parts) else [word]


def _is_whole_address(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(at) and bool(local) and "." in domain and "@" not in domain
