from __future__ import annotations

import shutil

import pytest

from app.core.guides import (
    LANGUAGES,
    Guide,
    GuideError,
    GuideKind,
    Sureness,
    default_folder,
    guess_provider,
    guide_by_id,
    guides_for,
    load_guides,
)
from tests.vietnamese import SPUN_WORDS

SHIPPED = default_folder()

REQUIRED = {
    "iphone-ios16-18": GuideKind.SMS,
    "iphone-ios26": GuideKind.SMS,
    "samsung-messages": GuideKind.SMS,
    "google-messages": GuideKind.SMS,
    "xiaomi": GuideKind.SMS,
    "oppo-realme": GuideKind.SMS,
    "vivo": GuideKind.SMS,
    "huawei-honor": GuideKind.SMS,
    "basic-phone": GuideKind.SMS,
    "any-phone-checks": GuideKind.ANY_PHONE,
    "which-phone": GuideKind.WHICH_PHONE,
    "gmail": GuideKind.EMAIL,
    "outlook": GuideKind.EMAIL,
    "yahoo": GuideKind.EMAIL,
    "icloud": GuideKind.EMAIL,
    "other-email": GuideKind.EMAIL,
}


VALID = """\
id = "{stem}"
kind = "sms"
family = "Test phone"
applies_to = "Test OS 1"
causes = ["blocked"]
order = 55
reviewed = 2026-11-25
sure = "general"

[[sources]]
title = "A test source"
url = "https://example.org/help"

[vi]
name = "Máy thử"
intro = "Hướng dẫn thử."
steps = ["Mở “Tin nhắn”.", "Chạm vào “Đã chặn”."]

[en]
name = "Test phone"
intro = "A test guide."
steps = ["Open “Messages”.", "Tap “Blocked”."]
"""


@pytest.fixture(scope="module")
def shipped() -> list[Guide]:
    return load_guides()


def all_text(guide: Guide, lang: str) -> str:
    text = guide.text(lang)
    return "\n".join([text.name, text.intro, *text.steps])


def test_every_shipped_guide_loads_with_a_unique_id(shipped):
    files = sorted(p.stem for p in SHIPPED.glob("*.toml"))
    assert sorted(g.id for g in shipped) == files, "a guide file was not offered to the person"


def test_every_guide_reads_completely_in_both_languages(shipped):
    for guide in shipped:
        vi, en = guide.text("vi"), guide.text("en")
        for lang, text in (("vi", vi), ("en", en)):
            assert text.name and text.intro and text.steps, f"{guide.id}: the {lang} page would be blank"
            assert all(step.strip() for step in text.steps), f"{guide.id}: an empty {lang} step"
        assert len(vi.steps) == len(en.steps), f"{guide.id}: step numbers differ between vi and en"


def test_a_vietnamese_reader_never_gets_an_english_step(shipped):
    for guide in shipped:
        for n, (vi, en) in enumerate(zip(guide.vi.steps, guide.en.steps, strict=True), start=1):
            assert vi != en, f"{guide.id} step {n} is the same in both languages"
            assert any(ord(c) > 127 for c in vi), f"{guide.id} step {n} has no Vietnamese letters: {vi!r}"


def test_every_phone_and_mail_provider_the_issue_names_has_a_guide(shipped):
    kinds = {g.id: g.kind for g in shipped}
    missing = {gid for gid in REQUIRED if gid not in kinds}
    assert not missing, f"no guide for {sorted(missing)}"
    wrong = {gid: kinds[gid] for gid, kind in REQUIRED.items() if kinds[gid] is not kind}
    assert not wrong, f"guides in the wrong picker: {wrong}"


def test_the_phone_picker_offers_every_phone_guide_in_order(shipped):
    phones = guides_for(shipped, "sms")
    assert [g.order for g in phones] == sorted(g.order for g in phones)
    assert {g.id for g in phones} >= {gid for gid, k in REQUIRED.items() if k is GuideKind.SMS}
    assert [g.id for g in guides_for(shipped, GuideKind.WHICH_PHONE)] == ["which-phone"]


def test_gmail_in_vietnamese_names_the_spam_folder_as_gmail_shows_it(shipped):
    gmail = guide_by_id(shipped, "gmail")
    assert "Spam" in gmail.vi.labels
    assert "Không phải là spam" in gmail.vi.labels
    vietnamese = all_text(gmail, "vi").casefold()
    assert "thư rác" not in vietnamese, "Gmail in Vietnamese says “Spam”; a person would look for a folder that is not there"


def test_no_spun_vietnamese_word_in_any_guide_file():
    for path in SHIPPED.glob("*"):
        text = path.read_text(encoding="utf-8").casefold()
        found = [w for w in SPUN_WORDS if w in text]
        assert not found, f"{path.name} uses the reworded article's words {found}"


def test_a_guide_that_claims_a_vendor_or_a_copy_links_to_it(shipped):
    for guide in shipped:
        if guide.sure in (Sureness.VENDOR, Sureness.SECONDARY):
            linked = any(s.url for s in guide.sources)
            assert linked, f"{guide.id} says its steps are {guide.sure.value} but links to no page"


def test_every_guide_has_been_reviewed_and_cites_a_source(shipped):
    for guide in shipped:
        assert guide.reviewed.year >= 2026, f"{guide.id} was last reviewed {guide.reviewed}"
        assert guide.sources


def test_asking_for_another_language_is_an_error_not_a_blank_page(shipped):
    with pytest.raises(ValueError, match="fr"):
        shipped[0].text("fr")
    assert LANGUAGES == ("vi", "en")


@pytest.mark.parametrize(
    ("email", "guide_id"),
    [
        ("ten.nguyen@gmail.com", "gmail"),
        ("ten@hotmail.com", "outlook"),
        ("ten@outlook.com.vn", "outlook"),
        ("ten@yahoo.com.vn", "yahoo"),
        ("ten@icloud.com", "icloud"),
        ("ten@congty-abc.vn", "other-email"),
        ("  Ten.Nguyen@GMAIL.COM  ", "gmail"),
    ],
)
def test_the_mail_provider_is_guessed_from_the_address(shipped, email, guide_id):
    guide = guess_provider(shipped, email)
    assert guide is not None and guide.id == guide_id, f"{email} was offered {guide and guide.id}"


@pytest.mark.parametrize("email", ["", "tennguyen", "tennguyen@"])
def test_no_guess_without_a_domain(shipped, email):
    assert guess_provider(shipped, email) is None


def test_a_new_guide_file_is_offered_without_code_changes(tmp_path, shipped):
    folder = tmp_path / "guides"
    shutil.copytree(SHIPPED, folder)
    (folder / "nokia-lumia.toml").write_text(VALID.format(stem="nokia-lumia"), encoding="utf-8")

    guides = load_guides(folder)

    assert len(guides) == len(shipped) + 1
    phones = [g.id for g in guides_for(guides, "sms")]
    assert "nokia-lumia" in phones
    assert phones.index("nokia-lumia") == [g.order for g in guides_for(guides, "sms")].index(55)
    added = guide_by_id(guides, "nokia-lumia")
    assert added.vi.labels == ("Tin nhắn", "Đã chặn")
    assert added.en.steps == ("Open “Messages”.", "Tap “Blocked”.")


def test_a_new_mail_domain_is_guessed_once_its_guide_exists(tmp_path):
    text = VALID.format(stem="vnpt-mail").replace('kind = "sms"', 'kind = "email"')
    text = text.replace('sure = "general"', 'sure = "general"\ndomains = ["vnpt.vn"]')
    (tmp_path / "vnpt-mail.toml").write_text(text, encoding="utf-8")
    guides = load_guides(tmp_path)
    assert guess_provider(guides, "ten@vnpt.vn") is guide_by_id(guides, "vnpt-mail")


NO_SOURCE = VALID.replace('[[sources]]\ntitle = "A test source"\nurl = "https://example.org/help"\n', "").replace(
    'sure = "general"\n', 'sure = "general"\nsources = []\n'
)

BROKEN = {
    "missing vi": (VALID.split("[vi]")[0] + "[en]" + VALID.split("[en]")[1], "vi"),
    "order is text": (VALID.replace("order = 55", 'order = "fifty"'), "order"),
    "unequal steps": (VALID.replace('"Tap “Blocked”."]', '"Tap “Blocked”.", "Done."]'), "steps"),
    "bad toml": (VALID.replace('family = "Test phone"', "family = Test phone"), "(file)"),
    "unknown cause": (VALID.replace('causes = ["blocked"]', 'causes = ["bloked"]'), "causes"),
    "empty step": (VALID.replace('"Chạm vào “Đã chặn”."', '"  "'), "vi.steps[2]"),
    "no english name": (VALID.replace('name = "Test phone"\n', ""), "en.name"),
    "date as text": (VALID.replace("reviewed = 2026-11-25", 'reviewed = "25/11/2026"'), "reviewed"),
    "no source": (NO_SOURCE, "sources"),
    "unknown kind": (VALID.replace('kind = "sms"', 'kind = "fax"'), "kind"),
    "misspelt field": (VALID.replace("steps = [\"Open", "step = [\"Open"), "en.step"),
    "unclosed quote": (VALID.replace("Tap “Blocked”.", "Tap “Blocked."), "en.steps[2]"),
    "url without https": (VALID.replace("https://example.org/help", "example.org/help"), "sources[1].url"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_guide_is_reported_with_its_file_and_field(tmp_path, case):
    text, field = BROKEN[case]
    assert text != VALID, "the test case did not change the file"
    (tmp_path / "broken.toml").write_text(text.format(stem="broken"), encoding="utf-8")

    with pytest.raises(GuideError) as caught:
        load_guides(tmp_path)

    message = str(caught.value)
    assert "broken.toml" in message, f"staff would not know which file to fix: {message}"
    assert caught.value.field == field, f"staff would look at the wrong field: {message}"
    assert field in message


def test_a_file_whose_id_is_not_its_name_is_refused(tmp_path):
    (tmp_path / "samsung.toml").write_text(VALID.format(stem="samsung-old"), encoding="utf-8")
    with pytest.raises(GuideError, match=r"samsung\.toml: id:"):
        load_guides(tmp_path)


def test_two_guides_cannot_claim_the_same_mail_domain(tmp_path):
    for stem in ("mail-a", "mail-b"):
        text = VALID.format(stem=stem).replace('kind = "sms"', 'kind = "email"')
        text = text.replace('sure = "general"', 'sure = "general"\ndomains = ["example.vn"]')
        (tmp_path / f"{stem}.toml").write_text(text, encoding="utf-8")
    with pytest.raises(GuideError, match=r"mail-b\.toml: domains:"):
        load_guides(tmp_path)


def test_a_shipped_guide_broken_by_an_edit_stops_the_load(tmp_path):
    folder = tmp_path / "guides"
    shutil.copytree(SHIPPED, folder)
    gmail = folder / "gmail.toml"
    gmail.write_text(gmail.read_text(encoding="utf-8").replace("[vi]", "[vi_old]"), encoding="utf-8")
    with pytest.raises(GuideError, match=r"gmail\.toml: vi"):
        load_guides(folder)
