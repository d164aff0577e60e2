"""Text of every kind for the contact checks' property tests: what a paste or an input method can put in a field."""

from __future__ import annotations

from hypothesis import strategies as st

ODD_CHARACTERS = st.sampled_from(
    ["\u200f", "\u200e", "\u202e", "\u200b", "\ufeff", "\x00", "\x07", "\t", "\r\n", "😀", "👍🏽",
     "ễ", "đ", "Ð", "０", "٣", "+", "@", "@@", ".", "..", "(", ")", "-", "/", ",", " ", "\u0301",
     "<", ">", ":", "com", ".vn", "(08)", "hoặc"]
)  # fmt: skip
PHONE_LIKE = st.text(alphabet="0123456789+ .-()/,Oolabc@xn", max_size=40)
EMAIL_LIKE = st.text(alphabet="abcgmilyho.@+-_ 0123456789ễđêú,<>():", max_size=40)
MIXED = st.lists(st.one_of(st.text(max_size=20), ODD_CHARACTERS, PHONE_LIKE, EMAIL_LIKE), max_size=12).map("".join)
ANY_TEXT = st.one_of(st.text(), MIXED, st.text(max_size=40).map(lambda s: (s or "9") * (10_000 // len(s or "9"))))
