"""The printed summary as a person keeps it: an A4 page, rendered to an image as a printer would put it on paper.

Rendering needs pdftoppm and pdftotext (Debian's poppler-utils, installed by scripts/test where it
can); without them these tests are skipped, not failed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from app.core.attempts import Action, Attempt, Channel, Outcome
from app.core.flow import ChannelChoice, Contact, Flow, Registration, Start, StepId
from app.core.summary import HotlineSummary, summary_words
from app.ui.pages.endings import HotlinePage

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                reason="pdftoppm and pdftotext (poppler-utils) are not installed")

SCAM = {"vi": "BHXH không thu phí cài đặt VssID hay cấp lại mật khẩu.", "en": "BHXH charges nothing for VssID."}
NEXT = {"vi": ("Đăng nhập VssID bằng mã số BHXH và mật khẩu.", "Đổi mật khẩu ngay lần đầu."),
        "en": ("Log in to VssID.", "Change the password at once.")}


NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
ATTEMPTS = tuple(Attempt(n, NOW - dt.timedelta(minutes=40 - 10 * n), Channel.SMS, "+84912345678", action,
                         Outcome.NOT_ARRIVED)
                 for n, action in enumerate((Action.REGISTRATION, Action.FORGOT_PASSWORD, Action.HOTLINE_KEY8)))


def walked_flow() -> Flow:
    flow = Flow()
    for answer in (Start(), Registration.IN_APP, ChannelChoice.SMS, Contact("0912345678", "lan@gmail.com")):
        flow.answer(answer)
    while flow.current is not StepId.ARRIVED:
        from app.core.flow import CauseResult

        flow.answer(CauseResult.NOT_THIS)
    return flow


def printed(qtbot, tmp_path: Path, lang: str = "vi") -> tuple[Path, list[QImage], str, HotlineSummary]:
    page = HotlinePage(lang, scam_warning=SCAM, next_steps=NEXT)
    qtbot.addWidget(page)
    summary = HotlineSummary.build(walked_flow(), NOW, ATTEMPTS)  # the longest summary: every cause, three requests
    page.show_summary(summary)
    pdf = tmp_path / "summary.pdf"
    assert page.write_pdf(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "110", str(pdf), str(tmp_path / "page")], check=True)
    images = [QImage(str(png)) for png in sorted(tmp_path.glob("page*.png"))]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return pdf, images, text, summary


def test_the_printout_is_an_a4_page_with_heading_number_sections_next_steps_and_warning(qtbot, tmp_path):
    _, images, text, _ = printed(qtbot, tmp_path)
    assert len(images) == 1, f"the Vietnamese summary takes {len(images)} pages"
    page = images[0]
    assert abs(page.height() / page.width() - 297 / 210) < 0.01, "the page is not A4"
    words = summary_words()["vi"]
    flat = " ".join(text.split())
    for expected in (words.text["heading"], "1900 9068", words.printed["who"], words.printed["say_first_title"],
                     words.text["attempts"], words.text["not_this"], words.printed["next_steps"], NEXT["vi"][1],
                     words.printed["scam"], SCAM["vi"], "0912 345 678"):
        assert " ".join(expected.split()) in flat, f"the printed page does not say {expected!r}:\n{text}"
    places = [flat.index(" ".join(part.split())) for part in
              (words.printed["who"], words.text["attempts"], words.text["not_this"], words.printed["scam"])]
    assert places == sorted(places), "the parts are not in the operator's order"
    assert "7/7" not in flat and "(1, 2, 3" not in flat


def test_the_number_is_the_largest_text_on_the_page(qtbot, tmp_path):
    pdf, _, _, _ = printed(qtbot, tmp_path)
    # pdftotext -bbox gives each word's box: the number's height against the body text's.
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    import re

    boxes = [(float(y2) - float(y1), word) for y1, y2, word in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]
    number = max(h for h, word in boxes if word in ("1900", "9068") and h > 0)
    body = sorted(h for h, _ in boxes)[len(boxes) // 2]
    assert number >= 2.5 * body, f"the number is {number:.1f} pt high, the text {body:.1f} pt"


def test_the_printed_qr_code_reads_back_from_the_paper_image(qtbot, tmp_path):
    _, images, _, summary = printed(qtbot, tmp_path)
    found = zxingcpp.read_barcodes(images[0])
    assert [code.text for code in found] == [summary.qr.text], "a phone would not read the code on the paper"


def test_in_english_a_second_page_says_it_in_english(qtbot, tmp_path):
    _, images, text, _ = printed(qtbot, tmp_path, "en")
    assert len(images) == 2, "the English part did not start on its own page"
    flat = " ".join(text.split())
    assert summary_words()["vi"].text["heading"] in flat and summary_words()["en"].text["heading"] in flat
    assert flat.index(summary_words()["vi"].text["heading"]) < flat.index(summary_words()["en"].text["heading"])
