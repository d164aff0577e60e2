"""Whatever is typed or pasted into a field, and whatever a settings file holds, nothing raises.

Property tests: every field of the real contact page gets arbitrary text (control characters,
right-to-left marks, emoji, combining marks, 2,000 characters) and must still show a line of
feedback; the settings loader gets arbitrary text, arbitrary bytes and generated valid TOML
with random keys and values, and must always return settings the program can run with.
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.flow import StepId
from app.core.settings import Settings, SettingsProblem, load_settings

EXAMPLES = 60
TRICKY = [
    "\x00", "\x07", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\u00a0", "\u200b", "\u200d", "\u200e",
    "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\u0301", "\u0323", "\u0303",
    "\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u0645", "\u05d0",
    "０", "９", "＋", "@", "＠", ".", "+", "-", " ", "đ", "Đ", "ư", "ơ", "ấ", "ệ", "ỹ", "\ud7ff", "\U0010ffff",
]
# Pieces, not single characters: a skin-toned or family emoji is several code points.
typed_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(TRICKY) | st.characters(), min_size=1, max_size=80).map("".join),
    st.lists(st.sampled_from(TRICKY + list("0123456789")), min_size=150, max_size=2000).map("".join),
    st.from_regex(r"\+?[0-9０-９ .\-()]{0,20}", fullmatch=True),
    st.from_regex(r"[\w.+\-\u200f]{0,20}@[\w.\-\u202e]{0,20}", fullmatch=True),
)
FIELDS = ("phoneInput", "emailInput", "bhxhCodeInput")
no_fixture_check = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def test_no_text_in_any_contact_field_raises_and_each_keeps_its_feedback(make_window, qtbot):
    window = make_window()
    page = window.page_for(StepId.CONTACT)
    fields = {f.input.objectName(): f for f in (page.phone_field, page.email_field, page.code_field)}
    assert set(fields) == set(FIELDS)

    @no_fixture_check
    @given(name=st.sampled_from(FIELDS), text=typed_text, left=st.booleans())
    def typing(name: str, text: str, left: bool) -> None:
        field = fields[name]
        with qtbot.captureExceptions() as raised:
            field.input.clear()  # else the same text twice changes nothing, and a replay would not fail
            field.input.setText(text)
            if left:  # the person moved on to the next field: the full verdict is shown
                field.input.editingFinished.emit()
            page.answer()
        assert not raised, f"{name} given {text!r} raised: {raised[0][1]!r}"
        assert field.message.text().strip(), f"{name} given {text!r} showed no feedback at all"

    typing()


def test_no_text_in_the_phone_field_of_a_vietnamese_window_raises(make_window, qtbot):
    window = make_window("--lang", "vi")
    field = window.page_for(StepId.CONTACT).phone_field

    @no_fixture_check
    @given(text=typed_text)
    def typing(text: str) -> None:
        with qtbot.captureExceptions() as raised:
            field.input.clear()
            field.input.setText(text)
            field.input.editingFinished.emit()
        assert not raised, f"the phone field given {text!r} raised: {raised[0][1]!r}"
        assert field.message.text().strip(), f"the phone field given {text!r} showed no feedback"

    typing()


# -- the settings loader ---------------------------------------------------------------------------

KNOWN_KEYS = [
    "language", "kiosk", "idle_timeout_s", "retention_days", "staff_pin_hash", "printer", "font_scale",
    "high_contrast", "wait_minutes", "clear_contacts", "contact_key",
]


def toml_string(text: str) -> str:
    """A TOML basic string: every control character, quote and backslash escaped."""
    out = []
    for ch in text:
        if ch in '"\\' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, 1, 29, 30, 100, 125, 150, 175, 3600, 3651]),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.sampled_from(["vi", "en", "VI", " en ", "", "   ", "pbkdf2_sha256$1$00$00", "ab" * 16, "AB" * 16]),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)
keys = st.sampled_from(KNOWN_KEYS) | st.text(min_size=1, max_size=20)


@st.composite
def valid_toml(draw) -> str:
    top = draw(st.dictionaries(keys, values, max_size=8))
    lines = [f"{toml_string(k)} = {toml_value(v)}" for k, v in top.items()]
    for name in draw(st.lists(st.text(min_size=1, max_size=10), max_size=2, unique=True)):
        if name in top:
            continue
        lines.append(f"[{toml_string(name)}]")
        table = draw(st.dictionaries(keys, values, max_size=3))
        lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def assert_usable(result: object, where: str) -> None:
    """The settings the program would run with: each one a value the program offers."""
    assert isinstance(result, tuple) and len(result) == 2, where
    chosen, problems = result
    assert isinstance(chosen, Settings), where
    assert chosen.language in ("vi", "en"), f"{where}: language {chosen.language!r}"
    assert chosen.font_scale in (100, 125, 150), f"{where}: text size {chosen.font_scale!r}"
    assert isinstance(chosen.kiosk, bool) and isinstance(chosen.high_contrast, bool), where
    assert isinstance(chosen.clear_contacts, bool), where
    assert 30 <= chosen.idle_timeout_s <= 3600 and 1 <= chosen.retention_days <= 3650, where
    assert 1 <= chosen.wait_minutes <= 240, where
    for text in (chosen.printer, chosen.staff_pin_hash, chosen.contact_key):
        assert text is None or (isinstance(text, str) and text.strip()), where
    assert all(isinstance(p, SettingsProblem) and str(p) for p in problems), where


@settings(max_examples=EXAMPLES, deadline=None)
@given(site=st.text() | valid_toml(), user=st.text() | valid_toml())
def test_the_settings_loader_never_raises_on_any_text(site, user):
    with tempfile.TemporaryDirectory() as folder:
        site_file, user_file = Path(folder, "site.toml"), Path(folder, "user.toml")
        site_file.write_text(site, encoding="utf-8")
        user_file.write_text(user, encoding="utf-8")
        assert_usable(load_settings(site_file, user_file), f"site file {site!r}, user file {user!r}")


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=valid_toml())
def test_generated_toml_is_valid_and_never_raises(text):
    import tomllib

    tomllib.loads(text)  # the generator itself must write valid TOML, or this test checks less than it says
    with tempfile.TemporaryDirectory() as folder:
        user_file = Path(folder, "settings.toml")
        user_file.write_text(text, encoding="utf-8")
        assert_usable(load_settings(None, user_file), f"settings file {text!r}")


@settings(max_examples=EXAMPLES, deadline=None)
@given(raw=st.binary(max_size=300), overrides=st.dictionaries(keys, values | st.none(), max_size=4))
def test_the_settings_loader_never_raises_on_any_bytes_or_flags(raw, overrides):
    with tempfile.TemporaryDirectory() as folder:
        site_file = Path(folder, "site.toml")
        site_file.write_bytes(raw)
        assert_usable(
            load_settings(site_file, Path(folder, "missing.toml"), overrides), f"file {raw!r}, flags {overrides!r}"
        )
