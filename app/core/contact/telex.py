"""What was typed when a Vietnamese input method (Telex) turned letters of an address into marks.

With Telex on, "lee" becomes "lê" (ee = ê) and "hust" becomes "hút" (s = acute). Stripping the
marks gives "le" and "hut": a guess, and often the wrong one. This module finds the keystrokes
instead, so that the person can choose between the two.
"""

from __future__ import annotations

import unicodedata

_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# Telex's tone keys: acute s, grave f, hook r, tilde x, dot below j.
_TONE_KEYS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _keys_for(ch: str) -> tuple[str, int]:
    """The Telex keystrokes that make ``ch``, and how many of them were extra (0 for a plain letter)."""
    if ch in "đĐ":
        return ("dd" if ch == "đ" else "DD"), 1
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    keys, extra = base, 0
    for mark in marks:
        if mark == _CIRCUMFLEX:  # aa = â, ee = ê, oo = ô
            keys += base
        elif mark in (_BREVE, _HORN):  # aw = ă, ow = ơ, and w alone = ư
            keys = "w" if base == "u" else "W" if base == "U" else keys + ("W" if base.isupper() else "w")
        elif mark in _TONE_KEYS:
            keys += _TONE_KEYS[mark].upper() if base.isupper() else _TONE_KEYS[mark]
        else:
            return ch, 0  # a mark Telex does not make: leave the letter alone
        extra += 1
    return keys, extra


def telex_typed(text: str) -> str | None:
    """The letters typed, when one Telex keystroke explains the only mark in ``text``; else None.

    lê.nguyen -> lee.nguyen, hút -> hust, gôgle -> google. Text with two marks or more (nguyễn,
    trần.thị) was typed in Vietnamese on purpose: no keystrokes are guessed for it.
    """
    keys, extra = zip(*(_keys_for(ch) for ch in text), strict=True) if text else ((), ())
    if sum(extra) != 1:
        return None
    return "".join(keys)
