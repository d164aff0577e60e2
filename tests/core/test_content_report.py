"""The content report: every page and guide with its facts, how sure and since when, least sure and oldest first.

``vssid-helper --content-report [FILE]`` writes it without a window, in the language of
``--lang``, to a UTF-8 file or to any console; counter staff see the same in a side panel.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.content import Sureness, load_content
from app.core.content.report import content_report, fact_age, report_items, write_report


def test_the_report_lists_every_page_and_guide_least_sure_and_oldest_first():
    content = load_content()
    items = report_items("vi", content)
    assert len(items) == len(content.causes) + 1 + len(content.guides) + 1
    ages = [item.age for item in items]
    assert ages == sorted(ages), "the report is not oldest first"
    text = content_report("vi", content)
    assert "Nội dung đang dùng: nội dung có sẵn của chương trình, phiên bản" in text
    for page in content.causes.values():
        assert f"== Trang nguyên nhân: {page.text['vi'].title} ==" in text
    for guide in content.guides:
        assert f"== Hướng dẫn: {guide.vi.name} ==" in text
    assert "[chưa xác nhận]" in text and "[chính thức] xác nhận ngày 16/06/2023" in text


def test_within_a_page_the_unconfirmed_facts_come_before_the_dated_ones():
    content = load_content()
    page = content.causes[next(iter(content.causes))]
    ordered = sorted(page.facts, key=fact_age)
    kinds = [0 if f.sure is Sureness.UNCONFIRMED else (1 if f.confirmed is None else 2) for f in ordered]
    assert kinds == sorted(kinds)


def test_the_english_report_is_in_english():
    text = content_report("en", load_content())
    assert text.startswith("The program's content: what each fact rests on")
    assert "Nội dung" not in text.splitlines()[1]


def console(encoding: str) -> io.TextIOWrapper:
    """A stand-in for a terminal that only shows ``encoding`` (a Windows console is cp1252)."""
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "ascii"])
def test_the_report_can_be_written_on_any_console(encoding):
    screen = console(encoding)
    assert write_report("vi", "-", load_content(), screen) == 0
    written = screen.buffer.getvalue().decode(encoding)  # the console could take every character
    assert "BHXH" in written and "1900 9068" in written
    if encoding != "utf-8":
        assert written.startswith("(This console cannot show Vietnamese letters")
        assert "Trang nguyen nhan" in written


ROOT = Path(__file__).parents[2]


def test_content_report_writes_a_utf8_file_without_a_window(tmp_path):
    out = tmp_path / "report.txt"
    code = (
        "import sys\n"
        "from app.main import main\n"
        f"code = main(['--content-report', {str(out)!r}, '--data-dir', {str(tmp_path)!r},"
        f" '--site-settings', {str(tmp_path / 'none.toml')!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.stdout.strip() == "0 []", f"the report needed Qt or failed: {run.stdout} {run.stderr}"
    assert out.read_text(encoding="utf-8") == content_report("vi", load_content()), "the file differs from the report"


def test_content_report_uses_the_content_folder_of_the_settings(tmp_path):
    folder = tmp_path / "content"
    (folder / "causes").mkdir(parents=True)
    page = (ROOT / "resources" / "causes" / "waiting.toml").read_text(encoding="utf-8")
    (folder / "causes" / "waiting.toml").write_text(page.replace("reviewed = 2026-12-02", "reviewed = 2026-12-01"),
                                                     encoding="utf-8")
    site = tmp_path / "site.toml"
    site.write_text(f'content_dir = "{folder.as_posix()}"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "--content-report", "--lang", "en", "--data-dir", str(tmp_path),
                          "--site-settings", str(site)], capture_output=True, timeout=60, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert f"Content in use: the folder {folder}, last checked on 01/12/2026" in run.stdout.decode("utf-8")
