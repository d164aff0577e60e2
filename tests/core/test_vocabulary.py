"""The one vocabulary of what a person did: every action has its words, in both languages, and a typo is refused."""

from __future__ import annotations

import pytest

from app.core.attempts import Action, Channel, Outcome
from app.core.content import ContentError
from app.core.paths import resources_dir
from app.core.vocabulary import attempt_words, vocabulary
from tests.vietnamese import SPUN_WORDS


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_action_channel_and_outcome_has_words(lang):
    words = attempt_words(lang)
    assert set(words.action) == set(Action) and all(words.action.values())
    assert set(words.channel) == set(Channel) and set(words.outcome) == set(Outcome)
    assert len(words.csv_headers) == 6 and words.after_registration


def test_no_word_tells_of_sending_the_password_again_or_is_spun():
    for lang in ("vi", "en"):
        words = attempt_words(lang)
        for text in (*words.action.values(), *words.outcome.values(), words.after_registration):
            lowered = text.lower()
            assert "gửi lại" not in lowered and "again" not in lowered, f"{text!r}: VssID has no such action"
            assert not any(spun in lowered for spun in SPUN_WORDS), f"{text!r} uses a spun word"


def test_the_registration_wait_is_days_and_names_no_number():
    vi = attempt_words("vi").after_registration
    assert "nhiều ngày" in vi and "chưa có nguồn chính thức" in vi
    assert not any(ch.isdigit() for ch in vi), "a number of days was invented"


def test_a_mistyped_action_key_is_refused_with_file_and_key(tmp_path):
    broken = tmp_path / "vocabulary.toml"
    text = (resources_dir() / "vocabulary.toml").read_text(encoding="utf-8")
    text = text.replace("hotline_key8 =", "hotline_key9 =", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"vocabulary\.toml.*vi\.action\.hotline_key9"):
        vocabulary(broken)
