from __future__ import annotations

import re
import shutil

import pytest

from app.core.content.guides import (
    Guide,
    GuideError,
    GuideKind,
    default_folder,
    guess_provider,
    guide_by_id,
    guide_offers,
    guides_for,
    load_guides,
)
from app.core.content.text import quoted_names
from app.core.content.toml import LANGUAGES, Sureness
from app.core.flow import CauseResult, StepId
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

# VssID has no "send the password again" button (CONTENT.md §8).
NOT_AN_ACTION = ("gửi lại mật khẩu", "gửi lại yêu cầu", "yêu cầu gửi lại", "sent again", "send the request again",
                 "resend", "send the password again")

VALID = """\
id = "{stem}"
kind = "sms"
applies_to = {{ vi = "Máy thử, hệ điều hành 1", en = "Test OS 1" }}
causes = ["blocked"]
order = 55
reviewed = 2026-12-01

[[sources]]
id = "maker"
title = "A test source"
url = "https://example.org/help"
sure = "vendor"
date = 2026-11-20

[[facts]]
id = "menu-names"
says = {{ vi = "Tên menu trên máy thử.", en = "The test phone's menu names." }}
sure = "vendor"
confirmed = 2026-11-20
sources = ["maker"]

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
    return "\n".join([text.name, text.intro, *text.steps, guide.applies_to[lang]])


def test_every_shipped_guide_loads_with_a_unique_id(shipped):
    files = sorted(p.stem for p in SHIPPED.glob("*.toml"))
    assert sorted(g.id for g in shipped) == files, "a guide file was not offered to the person"


def test_every_guide_reads_completely_in_both_languages(shipped):
    for guide in shipped:
        vi, en = guide.text("vi"), guide.text("en")
        for lang, text in (("vi", vi), ("en", en)):
            assert text.name and text.intro and text.steps, f"{guide.id}: the {lang} page would be blank"
            assert guide.applies_to.get(lang), f"{guide.id}: its tile has no {lang} line"
        assert len(vi.steps) == len(en.steps), f"{guide.id}: step numbers differ between vi and en"


def test_a_vietnamese_reader_never_gets_an_english_step(shipped):
    for guide in shipped:
        for n, (vi, en) in enumerate(zip(guide.vi.steps, guide.en.steps, strict=True), start=1):
            assert vi != en, f"{guide.id} step {n} is the same in both languages"
            assert any(ord(c) > 127 for c in vi), f"{guide.id} step {n} has no Vietnamese letters: {vi!r}"
            assert "tiếng Anh" not in vi, f"{guide.id} step {n} sends a Vietnamese reader to an English name: {vi!r}"


def test_no_guide_apologises_to_the_citizen_for_what_is_not_confirmed(shipped):
    for guide in shipped:
        vietnamese = all_text(guide, "vi").casefold()
        for words in ("chưa kiểm chứng", "chúng tôi", "chúng ta", "báo chí ghi"):
            assert words not in vietnamese, (
                f"{guide.id}: {words!r} on the citizen's screen (staff notes go in [[facts]])")


def test_no_guide_tells_of_sending_the_password_again(shipped):
    for guide in shipped:
        for lang in LANGUAGES:
            found = [w for w in NOT_AN_ACTION if w in all_text(guide, lang).casefold()]
            assert not found, f"{guide.id} ({lang}) asks for an action VssID does not have: {found}"


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
    names = {name for text in (gmail.vi.intro, *gmail.vi.steps) for name in quoted_names(text)}
    assert {"Spam", "Không phải là spam", "Thêm"} <= names
    vietnamese = all_text(gmail, "vi").casefold()
    assert "thư rác" not in vietnamese, (
        "Gmail in Vietnamese says “Spam”; a person would look for a folder that is not there")


def test_no_spun_vietnamese_word_in_any_guide_file():
    for path in SHIPPED.glob("*"):
        text = path.read_text(encoding="utf-8").casefold()
        found = [w for w in SPUN_WORDS if w in text]
        assert not found, f"{path.name} uses the reworded article's words {found}"


def test_no_guide_cites_a_raw_address_or_an_unrelated_site(shipped):
    weak = ("3.136.160.1", "38.142.81.21", "4idols.com", "slackerblud.com", "maternidadycrianzavivencial.com")
    for guide in shipped:
        for source in guide.sources:
            assert source.url.startswith("https://"), f"{guide.id}: {source.url}"
            assert not any(w in source.url for w in weak), f"{guide.id} still cites {source.url}"


def test_every_guide_rests_on_facts_none_surer_than_its_sources(shipped):
    for guide in shipped:
        assert guide.facts, f"{guide.id} rests on no fact"
        for fact in guide.facts:
            if fact.sure is Sureness.UNCONFIRMED:
                assert not fact.sources and fact.note, f"{guide.id}: {fact.id} is unconfirmed but cites a source"
            else:
                assert fact.sure.rank <= max(s.sure.rank for s in fact.sources), f"{guide.id}: {fact.id}"


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


# -- which cause pages offer which guides: the guides' own ``causes`` decide -----------------------


def test_the_shipped_guides_are_offered_on_the_spam_and_blocked_pages(shipped):
    both = (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE)
    assert guide_offers(shipped) == {StepId.SPAM_FOLDER: both, StepId.BLOCKED: both}


def test_a_guide_naming_a_cause_makes_that_page_offer_its_kind(tmp_path, shipped):
    folder = tmp_path / "guides"
    shutil.copytree(SHIPPED, folder)
    checks = folder / "any-phone-checks.toml"
    text = checks.read_text(encoding="utf-8").replace('causes = ["blocked"]', 'causes = ["blocked", "waiting"]')
    checks.write_text(text, encoding="utf-8")
    offers = guide_offers(load_guides(folder))
    assert offers[StepId.WAITING] == (CauseResult.PHONE_GUIDE,), "the waiting page did not offer the checks"
    assert StepId.WRONG_CONTACT not in offers


def test_a_guide_for_one_cause_only_is_listed_for_that_cause_only(tmp_path):
    (tmp_path / "only-waiting.toml").write_text(
        VALID.format(stem="only-waiting").replace('causes = ["blocked"]', 'causes = ["waiting"]'), encoding="utf-8")
    guides = load_guides(tmp_path)
    assert [g.id for g in guides_for(guides, GuideKind.SMS, StepId.WAITING)] == ["only-waiting"]
    assert guides_for(guides, GuideKind.SMS, StepId.BLOCKED) == []
    assert guide_offers(guides) == {StepId.WAITING: (CauseResult.PHONE_GUIDE,)}


# -- adding and breaking a guide file ------------------------------------------------------------


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
    assert added.en.steps == ("Open “Messages”.", "Tap “Blocked”.")
    assert added.applies_to["vi"] == "Máy thử, hệ điều hành 1"


def test_a_new_mail_domain_is_guessed_once_its_guide_exists(tmp_path):
    text = VALID.format(stem="vnpt-mail").replace('kind = "sms"', 'kind = "email"')
    text = text.replace("order = 55", 'order = 55\ndomains = ["vnpt.vn"]')
    (tmp_path / "vnpt-mail.toml").write_text(text, encoding="utf-8")
    guides = load_guides(tmp_path)
    assert guess_provider(guides, "ten@vnpt.vn") is guide_by_id(guides, "vnpt-mail")


def test_a_picture_names_a_step_and_a_file_that_exists(tmp_path):
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "test-blocked.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    guides = tmp_path / "guides"
    guides.mkdir()
    (guides / "with-picture.toml").write_text(
        VALID.format(stem="with-picture") + '\n[pictures]\n"2" = "test-blocked.svg"\n', encoding="utf-8")
    guide = load_guides(guides, [pictures])[0]
    assert guide.pictures == {2: (pictures / "test-blocked.svg",)}


@pytest.mark.parametrize(
    ("pictures", "field", "problem"),
    [
        ('"2" = "missing.svg"', "pictures.2", "is not in"),
        ('"3" = "test-blocked.svg"', "pictures.3", "should be a step number from 1 to 2"),
        ('"two" = "test-blocked.svg"', "pictures.two", "should be a step number"),
        ('"1" = "../test-blocked.svg"', "pictures.1", "without a folder"),
    ],
    ids=["no such file", "no such step", "not a number", "a path"],
)
def test_a_wrong_picture_is_refused(tmp_path, pictures, field, problem):
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "test-blocked.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "broken.toml").write_text(VALID.format(stem="broken") + f"\n[pictures]\n{pictures}\n", encoding="utf-8")
    with pytest.raises(GuideError) as caught:
        load_guides(tmp_path, [folder])
    assert caught.value.field == field and problem in caught.value.problem, str(caught.value)


NO_SOURCE = VALID.replace('sources = ["maker"]\n', "")

BROKEN = {
    "missing vi": (VALID.split("[vi]")[0] + "[en]" + VALID.split("[en]")[1], "vi"),
    "order is text": (VALID.replace("order = 55", 'order = "fifty"'), "order"),
    "unequal steps": (VALID.replace('"Tap “Blocked”."]', '"Tap “Blocked”.", "Done."]'), "en.steps"),
    "bad toml": (VALID.replace('kind = "sms"', "kind = sms"), "(file)"),
    "unknown cause": (VALID.replace('causes = ["blocked"]', 'causes = ["bloked"]'), "causes[1]"),
    "empty step": (VALID.replace('"Chạm vào “Đã chặn”."', '"  "'), "vi.steps[2]"),
    "no english name": (VALID.replace('name = "Test phone"\n', ""), "en.name"),
    "date as text": (VALID.replace("reviewed = 2026-12-01", 'reviewed = "01/12/2026"'), "reviewed"),
    "fact without a source": (NO_SOURCE, "facts[1].sources"),
    "unknown kind": (VALID.replace('kind = "sms"', 'kind = "fax"'), "kind"),
    "misspelt field": (VALID.replace("steps = [\"Open", "step = [\"Open"), "en.step"),
    "unclosed quote": (VALID.replace("Tap “Blocked”.", "Tap “Blocked."), "en.steps[2]"),
    "url without https": (VALID.replace("https://example.org/help", "example.org/help"), "sources[1].url"),
    "a dead field": (VALID.replace('kind = "sms"', 'kind = "sms"\nfamily = "Test"'), "family"),
    "surer than its source": (VALID.replace('sure = "vendor"\nconfirmed', 'sure = "official"\nconfirmed'),
                              "facts[1].sure"),
    "newer than its source": (VALID.replace("confirmed = 2026-11-20", "confirmed = 2026-11-30"), "facts[1].confirmed"),
    "an English-only tile line": (VALID.replace('vi = "Máy thử, hệ điều hành 1", ', ""), "applies_to.vi"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_guide_is_reported_with_its_file_line_and_field(tmp_path, case):
    text, field = BROKEN[case]
    assert text != VALID, "the test case did not change the file"
    (tmp_path / "broken.toml").write_text(text.format(stem="broken"), encoding="utf-8")

    with pytest.raises(GuideError) as caught:
        load_guides(tmp_path)

    message = str(caught.value)
    assert "broken.toml" in message, f"staff would not know which file to fix: {message}"
    assert caught.value.field == field, f"staff would look at the wrong field: {message}"
    assert field in message
    if caught.value.problem != "missing" or "." in field:  # a table missing from the whole file has no line
        assert re.search(r"\(line \d+\)$", message), f"staff would not know which line: {message}"


def test_a_file_whose_id_is_not_its_name_is_refused(tmp_path):
    (tmp_path / "samsung.toml").write_text(VALID.format(stem="samsung-old"), encoding="utf-8")
    with pytest.raises(GuideError, match=r"samsung\.toml: id:"):
        load_guides(tmp_path)


def test_two_guides_cannot_claim_the_same_mail_domain(tmp_path):
    for stem in ("mail-a", "mail-b"):
        text = VALID.format(stem=stem).replace('kind = "sms"', 'kind = "email"')
        text = text.replace("order = 55", 'order = 55\ndomains = ["example.vn"]')
        (tmp_path / f"{stem}.toml").write_text(text, encoding="utf-8")
    with pytest.raises(GuideError, match=r"mail-b\.toml: domains:"):
        load_guides(tmp_path)


def test_a_shipped_guide_broken_by_an_edit_stops_the_load(tmp_path):
    folder = tmp_path / "guides"
    shutil.copytree(SHIPPED, folder)
    gmail = folder / "gmail.toml"
    gmail.write_text(gmail.read_text(encoding="utf-8").replace("[vi]", "[vi_old]"), encoding="utf-8")
    with pytest.raises(GuideError, match=r"gmail\.toml: vi_old: is not a known key"):
        load_guides(folder)
