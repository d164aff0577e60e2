"""An office's content folder (setting ``content_dir``), on real folders on disk.

Its files replace or add to the program's own; a broken one is left out with one line
naming file and line, and the built-in file is used; on a kiosk, a folder the running
account could change is refused as a whole.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import __version__
from app.core.content import content_in_use, load_content, use_content
from app.core.content.guides import GuideKind, guides_for
from app.core.flow import CauseResult, StepId

RESOURCES = Path(__file__).parents[2] / "resources"

NEW_GUIDE = """\
id = "masstel"
kind = "sms"
applies_to = { vi = "Điện thoại Masstel có phím bấm", en = "Masstel phones with keys" }
causes = ["blocked", "waiting"]
order = 85
reviewed = 2026-11-30

[[facts]]
id = "seen-on-a-phone"
says = { vi = "Tên menu xem trên một máy Masstel tại quầy.", en = "Menu names seen on a Masstel phone." }
sure = "unconfirmed"
note = { vi = "Cán bộ quầy 3 xem trên máy thật.", en = "Seen by counter 3 staff on a real phone." }

[vi]
name = "Masstel"
intro = "Máy Masstel có phím bấm."
steps = ["Bấm phím menu, chọn “Tin nhắn”.", "Xóa bớt tin nhắn cũ."]

[en]
name = "Masstel"
intro = "Masstel phones with keys."
steps = ["Press the menu key and choose “Tin nhắn” (Messages).", "Delete old messages."]
"""


def office_folder(root: Path) -> Path:
    """A content folder as an office would make it: one cause page changed, one new guide, one broken file."""
    folder = root / "noi-dung-bhxh"
    (folder / "causes").mkdir(parents=True)
    (folder / "guides").mkdir()
    waiting = (RESOURCES / "causes" / "waiting.toml").read_text(encoding="utf-8")
    waiting = waiting.replace('title = "Hệ thống gửi tin đang chậm?"', 'title = "Tin nhắn đến chậm?"')
    waiting = waiting.replace("reviewed = 2026-12-02", "reviewed = 2026-12-01")
    (folder / "causes" / "waiting.toml").write_text(waiting, encoding="utf-8")
    blocked = (RESOURCES / "causes" / "blocked.toml").read_text(encoding="utf-8")
    (folder / "causes" / "blocked.toml").write_text(blocked.replace("url = ", "link = ", 1), encoding="utf-8")
    (folder / "guides" / "masstel.toml").write_text(NEW_GUIDE, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def built_in_afterwards():
    yield
    use_content(None)


def test_a_changed_page_and_a_new_guide_are_used_and_a_broken_file_is_named(tmp_path):
    folder = office_folder(tmp_path)
    built_in = load_content()
    content = load_content(folder)

    assert content.causes[StepId.WAITING].text["vi"].title == "Tin nhắn đến chậm?", "the office's page is not shown"
    assert content.causes[StepId.BLOCKED] == built_in.causes[StepId.BLOCKED], "the broken page replaced the built-in"
    assert "masstel" in [g.id for g in guides_for(content.guides, GuideKind.SMS)]
    assert len(content.guides) == len(built_in.guides) + 1
    assert len(content.problems) == 1, content.problems
    blocked = folder / "causes" / "blocked.toml"
    lines = blocked.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("link"))
    assert content.problems[0].startswith(f"{blocked}:{line}: sources[1].link: is not a known key")
    assert content.problems[0].endswith("the program's own version is used")


def test_the_new_guide_decides_where_it_is_offered(tmp_path):
    content = load_content(office_folder(tmp_path))
    assert content.guide_offers[StepId.WAITING] == (CauseResult.PHONE_GUIDE,), "the waiting page offers no guide"


def test_the_content_in_use_is_named_by_its_folder_and_newest_check(tmp_path):
    folder = office_folder(tmp_path)
    assert load_content().origin.describe({"builtin": "built-in {version}", "folder": ""}) == f"built-in {__version__}"
    origin = load_content(folder).origin
    assert (origin.folder, origin.newest_reviewed.isoformat()) == (folder, "2026-12-01")
    words = {"builtin": "", "folder": "{folder} ({date})"}
    assert origin.describe(words) == f"{folder} (01/12/2026)"
    use_content(folder)
    assert content_in_use("vi") == f"thư mục {folder}, kiểm tra gần nhất ngày 01/12/2026"
    use_content(None)
    assert content_in_use("en") == f"the program's own content, version {__version__}"


def test_a_broken_replacement_guide_leaves_the_built_in_one(tmp_path):
    folder = tmp_path / "content"
    (folder / "guides").mkdir(parents=True)
    gmail = (RESOURCES / "guides" / "gmail.toml").read_text(encoding="utf-8")
    (folder / "guides" / "gmail.toml").write_text(gmail.replace("[en]", "[en", 1), encoding="utf-8")
    content = load_content(folder)
    assert [g.id for g in content.guides].count("gmail") == 1
    assert next(g for g in content.guides if g.id == "gmail").file == RESOURCES / "guides" / "gmail.toml"
    assert "gmail.toml" in content.problems[0] and "not valid TOML" in content.problems[0]


def test_a_new_guide_that_claims_a_built_in_mail_domain_is_left_out(tmp_path):
    folder = tmp_path / "content"
    (folder / "guides").mkdir(parents=True)
    text = NEW_GUIDE.replace('id = "masstel"', 'id = "my-gmail"').replace('kind = "sms"', 'kind = "email"')
    text = text.replace("order = 85", 'order = 85\ndomains = ["gmail.com"]')
    (folder / "guides" / "my-gmail.toml").write_text(text, encoding="utf-8")
    content = load_content(folder)
    assert "my-gmail" not in [g.id for g in content.guides]
    assert "'gmail.com' is already listed by gmail.toml" in content.problems[0]


def test_a_file_that_is_no_page_of_the_program_is_named(tmp_path):
    folder = tmp_path / "content"
    (folder / "causes").mkdir(parents=True)
    (folder / "causes" / "cho_duyet.toml").write_text('id = "cho_duyet"\n', encoding="utf-8")
    assert "cho_duyet.toml: not a page of the program" in load_content(folder).problems[0]


def test_a_content_dir_that_is_not_a_folder_is_named(tmp_path):
    content = load_content(tmp_path / "missing")
    assert content.origin.folder is None
    assert content.problems == (
        f"{tmp_path / 'missing'}: content_dir is not a folder; the program's own content is used",)


def test_a_kiosk_refuses_a_folder_its_account_can_change(tmp_path):
    folder = office_folder(tmp_path)
    content = load_content(folder, kiosk=True)
    assert content.origin.folder is None, "a kiosk used content a stranger could have edited"
    assert content.causes[StepId.WAITING].text["vi"].title == "Hệ thống gửi tin đang chậm?"
    assert len(content.problems) == 1 and "content_dir refused" in content.problems[0]


def test_a_kiosk_uses_a_read_only_folder(tmp_path, read_only):
    folder = office_folder(tmp_path)
    for sub in (folder / "causes", folder / "guides"):
        read_only(sub)
    read_only(folder)
    content = load_content(folder, kiosk=True)
    assert content.origin.folder == folder
    assert content.causes[StepId.WAITING].text["vi"].title == "Tin nhắn đến chậm?"


def test_the_content_in_use_is_the_one_every_page_asks_for(tmp_path):
    from app.core.content import active_content, cause_pages, content_origin
    from app.core.flow import Flow

    folder = office_folder(tmp_path)
    use_content(folder)
    assert cause_pages()[StepId.WAITING].text["en"].title == "Is the sending system slow?"
    assert cause_pages()[StepId.WAITING].text["vi"].title == "Tin nhắn đến chậm?"
    assert content_origin().folder == folder
    flow = Flow(guide_offers=active_content().guide_offers)
    flow.jump_to(StepId.WAITING)
    assert flow.guide_choices(StepId.WAITING) == (CauseResult.PHONE_GUIDE,)
    use_content(None)
    flow = Flow(guide_offers=active_content().guide_offers)
    assert flow.guide_choices(StepId.WAITING) == (), "a new visit kept the offers of a content no longer in use"


def test_a_copy_of_the_resources_folder_is_a_valid_content_folder(tmp_path):
    folder = tmp_path / "copy"
    for part in ("causes", "guides"):
        shutil.copytree(RESOURCES / part, folder / part)
    shutil.copy(RESOURCES / "notices.toml", folder / "notices.toml")
    content = load_content(folder)
    assert content.problems == ()
    assert content.origin.folder == folder
