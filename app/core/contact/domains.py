"""Mail domains: the real top-level domains, the providers people in Vietnam use, and what a
mistyped domain was probably meant to be.

The top-level domains are IANA's root-zone list, shipped as resources/data/top-level-domains.txt
(refreshed by scripts/update-top-level-domains) and read once, on first use or by ``warm_up``.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.contact.text import edit_distance
from app.core.paths import resources_dir

TLD_FILE = ("data", "top-level-domains.txt")

# Providers people in Vietnam use most; typos are matched against these.
PROVIDER_DOMAINS: tuple[str, ...] = (
    "gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "outlook.com.vn",
    "hotmail.com", "icloud.com",
)  # fmt: skip

# A provider's own name, and where its addresses end (with a Vietnamese ending where one exists).
_PROVIDER_HOMES: dict[str, tuple[str, str]] = {
    "gmail": ("gmail.com", "gmail.com"), "yahoo": ("yahoo.com", "yahoo.com.vn"),
    "outlook": ("outlook.com", "outlook.com.vn"), "hotmail": ("hotmail.com", "hotmail.com"),
    "icloud": ("icloud.com", "icloud.com"),
}  # fmt: skip

# Real domains that are close to a provider, or carry its name: never called a typo.
REAL_DOMAINS = frozenset(PROVIDER_DOMAINS) | {
    "googlemail.com", "mail.com", "email.com", "gmx.com", "gmx.net", "ymail.com",
    "rocketmail.com", "live.com", "msn.com", "me.com", "mac.com", "aol.com", "zoho.com",
    "proton.me", "protonmail.com", "yandex.com", "qq.com", "163.com", "126.com",
    "naver.com", "hanmail.net", "yahoo.co.jp", "yahoo.co.uk", "yahoo.ca", "yahoo.de",
    "yahoo.fr", "yahoo.it", "yahoo.es", "yahoo.in", "yahoo.co.in", "yahoo.com.au",
    "yahoo.com.sg", "yahoo.com.tw", "yahoo.com.hk", "yahoo.com.ph", "yahoo.co.th",
    "yahoo.co.id", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "hotmail.co.uk",
    "hotmail.co.jp", "outlook.fr", "outlook.de", "outlook.es", "outlook.it", "outlook.jp",
    "outlook.kr", "outlook.com.au", "live.co.uk", "live.fr", "fpt.vn", "fpt.com.vn",
    "fpt.edu.vn", "vnn.vn", "hn.vnn.vn", "hcm.vnn.vn", "viettel.com.vn", "vnpt.vn",
    "vnpt.com.vn", "mobifone.vn",
}  # fmt: skip

# Endings people in Vietnam mean most often; a non-existent ending close to one of them is that one.
_COMMON_ENDINGS = ("com", "vn", "net", "org", "edu", "gov", "info", "biz")
# Endings run together with the name when the dots were forgotten (gmailcom, congtycomvn).
_GLUED_ENDINGS = (
    ("comvn", "com.vn"), ("netvn", "net.vn"), ("orgvn", "org.vn"), ("eduvn", "edu.vn"),
    ("govvn", "gov.vn"), ("com", "com"), ("net", "net"), ("org", "org"), ("vn", "vn"),
)  # fmt: skip
_MAX_SUGGESTIONS = 3
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def top_level_domains() -> frozenset[str]:
    """Every top-level domain of the root zone, lower case (IDNs as xn--); empty if the list is unreadable."""
    try:
        text = resources_dir().joinpath(*TLD_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return frozenset()
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#")


def is_real_ending(label: str) -> bool:
    """True when ``label`` (ASCII, as in an IDNA domain) is a top-level domain that exists."""
    label = label.lower()
    known = top_level_domains()
    if not known:  # the list is missing from a broken install: judge by its shape, as before the list
        return label.startswith("xn--") or (label.isalpha() and len(label) >= 2)
    return label in known


def provider_for_typo(domain: str) -> str | None:
    """The provider a domain was probably meant to be, or None if it is a real one or unrelated.

    gmial.com, gmail.con: an edit away from a provider. gmail.net, gmail.com.co, icloud.vn: the
    provider's own name with an ending it does not use.
    """
    domain = domain.lower()
    if domain in REAL_DOMAINS:
        return None
    if "." not in domain:
        best = min(_PROVIDER_HOMES, key=lambda name: edit_distance(domain, name, 2))
        return _PROVIDER_HOMES[best][0] if edit_distance(domain, best, 2) <= 2 else None
    name = domain.split(".", 1)[0]
    if name in _PROVIDER_HOMES:
        home, vietnamese = _PROVIDER_HOMES[name]
        return vietnamese if domain.endswith(".vn") else home
    distance, _, provider = min((edit_distance(domain, p, 2), i, p) for i, p in enumerate(PROVIDER_DOMAINS))
    if distance <= 2:
        return provider
    base = domain.removesuffix(".vn")  # gmai.com.vn: a typo on top of a Vietnamese ending
    if base != domain:
        distance, _, provider = min((edit_distance(base, p, 1), i, p) for i, p in enumerate(PROVIDER_DOMAINS))
        if distance <= 1:
            return provider + ".vn" if provider + ".vn" in PROVIDER_DOMAINS else provider
    return None


def undoubled(domain: str) -> str | None:
    """gmail.comgmail.com or gmail.com.gmail.com -> gmail.com: the domain typed twice; else None."""
    lowered = domain.lower()
    for sep in ("", "."):
        half, rest = divmod(len(lowered) - len(sep), 2)
        if rest == 0 and "." in lowered[:half] and lowered == lowered[:half] + sep + lowered[:half]:
            return domain[:half]
    return None


def with_dots(domain: str) -> str | None:
    """gmailcom -> gmail.com, yahoocomvn -> yahoo.com.vn: the dots of a domain typed without any; else None."""
    lowered = domain.lower()
    if "." in lowered:
        return None
    for glued, ending in _GLUED_ENDINGS:
        name = lowered.removesuffix(glued)
        if name != lowered and len(name) >= 2:
            return f"{domain[: len(name)]}.{ending}"
    return provider_for_typo(lowered)


def real_endings_for(domain: str) -> list[str]:
    """Domains that ``domain`` (ASCII, its ending not a real one) was probably meant to be, best first.

    com.vm -> com.vn, .con -> .com, gmail.com73160 -> gmail.com (digits after the ending),
    gmail.com.html -> gmail.com (a word after a whole domain); several when the nearest is not clear.
    """
    *names, ending = domain.split(".")
    ending = ending.lower()
    head = ".".join(names)
    if not names or ending.startswith("xn--"):
        return []
    letters = ending[: len(ending) - len(ending.lstrip("abcdefghijklmnopqrstuvwxyz"))]  # the leading letters
    if letters != ending and letters and is_real_ending(letters) and not re.search(r"[a-z]", ending[len(letters):]):
        return [f"{head}.{letters}"]  # gmail.com73160, gmail.com_
    common = [e for e in _COMMON_ENDINGS if edit_distance(ending, e, 1) <= 1]
    if common:
        return [f"{head}.{common[0]}"]
    if len(names) >= 2 and is_real_ending(names[-1]):
        return [head]  # gmail.com.html, congty.vn.123
    near = sorted(_one_edit_away(ending) & top_level_domains())
    return [f"{head}.{e}" for e in near] if len(near) <= _MAX_SUGGESTIONS else []


def _one_edit_away(word: str) -> set[str]:
    """Every string one letter changed, added, dropped or swapped away from ``word`` (a few hundred:
    far fewer look-ups than comparing with each of the 1,400 endings)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return (dropped | swapped | changed | added) - {word}
