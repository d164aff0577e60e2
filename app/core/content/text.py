"""Checks every visible sentence of the content gets: a length that fits, and on-screen names quoted in pairs."""

from __future__ import annotations

from app.core.content.toml import TomlTable

OPENING_QUOTE = "\u201c"
CLOSING_QUOTE = "\u201d"


def quoted_names(text: str) -> list[str]:
    """The on-screen names written between “ and ”, in order; ValueError when the quotes do not pair up."""
    names: list[str] = []
    rest = text
    while True:
        opening, closing = rest.find(OPENING_QUOTE), rest.find(CLOSING_QUOTE)
        if opening == -1 and closing == -1:
            return names
        if opening == -1 or (closing != -1 and closing < opening):
            raise ValueError(f"a closing quote {CLOSING_QUOTE} comes before its opening quote")
        end = rest.find(CLOSING_QUOTE, opening + 1)
        nested = rest.find(OPENING_QUOTE, opening + 1)
        if end == -1 or (nested != -1 and nested < end):
            raise ValueError(f"an opening quote {OPENING_QUOTE} is not closed")
        name = rest[opening + 1 : end].strip()
        if not name:
            raise ValueError(f"has empty quotes {OPENING_QUOTE}{CLOSING_QUOTE}")
        names.append(name)
        rest = rest[end + 1 :]


def check_text(t: TomlTable, key: str, value: object, limit: int | None = None) -> None:
    """Refuse (through ``t``) a sentence longer than ``limit`` or with unpaired “ ” quotes."""
    if not isinstance(value, str):
        return
    if limit is not None and len(value) > limit:
        t.fail(key, f"has {len(value)} characters, at most {limit} fit on the page")
    try:
        quoted_names(value)
    except ValueError as exc:
        t.fail(key, str(exc))
