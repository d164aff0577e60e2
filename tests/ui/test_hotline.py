"""The window page as a person uses it: read, copy, print, save as PDF, scan the QR code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QPlainTextEdit, QWidget

import app.ui.pages.endings as endings
from app.core.flow import ChannelChoice, Contact, Flow, PathEntry, Registration, Start, StepId
from app.core.summary import HotlineSummary, summary_words
from app.ui.pages.endings import HotlinePage, summary_document
from app.ui.window import WizardWindow
from tests.deployment import kiosk_site
from tests.ui.driver import button, press, to_contact, type_into
from tests.ui.driver import to_hotline as walk_to_hotline

PHONE = "0912345678"
PHONE_SHOWN = "0912 345 678"  # as the contact page and the summary show it
MARKUP_EMAIL = "<b>lan</b>@gmail.com"
EMAIL = "lan@gmail.com"


def to_hotline(qtbot, window, email: str = "") -> None:
    """The walk of tests.ui.driver.to_hotline with this file's number (other tests import it from here)."""
    walk_to_hotline(qtbot, window, PHONE, email=email)


def shown(window, name: str) -> QPlainTextEdit:
    box = window.findChild(QPlainTextEdit, name)
    assert box is not None, f"no {name} on the window page"
    return box


def assert_valid_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1."), f"{path.name} does not start like a PDF"
    assert data.rstrip().endswith(b"%%EOF"), f"{path.name} has no PDF end marker"
    offset = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
    assert data[offset:offset + 4] == b"xref", "the PDF's cross-reference table is not where it says"
    assert b"/Type /Catalog" in data and b"/Type /Page" in data, "the PDF has no page"


@pytest.fixture
def open_hotline(qtbot, make_window):
    """A function that walks a new window to the window page (a fixture value would keep the window alive)."""

    def open_it():
        window = make_window()
        to_hotline(qtbot, window, EMAIL)
        return window

    return open_it


# -- reading it ---------------------------------------------------------------------------------


def test_the_summary_is_vietnamese_with_the_number_large_and_callable(qtbot, open_hotline, monkeypatch):
    window = open_hotline()
    text = shown(window, "summaryText").toPlainText()
    assert text.startswith(summary_words()["vi"].text["heading"])
    assert not shown(window, "summaryTextEnglish").isVisible(), "an English copy was shown to a Vietnamese user"
    number = button(window, "hotlineNumberButton")
    assert number.text() == number.accessibleName() == "1900 9068" and number.isVisible()
    assert window.focusWidget() is number, "the keyboard does not start on the number to call"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton)
    assert opened == ["tel:19009068"]
    assert QGuiApplication.clipboard().text() == "1900 9068", "a computer without a phone app did nothing visible"
    assert "1900 9068" in window.findChild(QLabel, "summaryStatus").text()


def test_the_summary_is_whole_on_the_page_without_a_scroll_bar_of_its_own(open_hotline):
    window = open_hotline()
    box = shown(window, "summaryText")
    assert box.verticalScrollBar().maximum() == 0, "the summary scrolls inside a small box"
    lines = box.toPlainText().count("\n") + 1
    assert box.height() >= lines * box.fontMetrics().lineSpacing(), "the box is shorter than its lines"


def test_in_english_the_english_version_follows_the_vietnamese_one(qtbot, make_window):
    window = make_window("--lang", "en")
    to_hotline(qtbot, window)
    vietnamese, english = shown(window, "summaryText"), shown(window, "summaryTextEnglish")
    assert english.isVisible()
    assert vietnamese.toPlainText().startswith(summary_words()["vi"].text["heading"]), (
        "the operator's copy was not in Vietnamese"
    )
    assert english.toPlainText().startswith(summary_words()["en"].text["heading"])
    assert PHONE_SHOWN in english.toPlainText()
    top, below = (QRect(box.mapTo(window, QPoint(0, 0)), box.size()) for box in (vietnamese, english))
    assert below.top() > top.bottom() and below.width() == top.width(), "the English version is not under it"
    assert english.verticalScrollBar().maximum() == 0, "two narrow boxes with their own scroll bars"


def test_typed_markup_is_shown_as_typed(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, "in_app", "email")
    type_into(qtbot, window, "emailInput", MARKUP_EMAIL)
    feedback = window.findChild(QLabel, "emailFeedback")
    assert feedback.textFormat() == Qt.TextFormat.PlainText, "the <b> a person typed would be drawn as bold"
    # The contact checks refuse it; should such text reach the hotline page all the same, it shows as typed.
    page = window.page_for(StepId.HOTLINE)
    page.show_summary(HotlineSummary.build(markup_flow()))
    assert MARKUP_EMAIL in shown(window, "summaryText").toPlainText(), "the <b> a person typed was not shown"
    assert MARKUP_EMAIL in shown(window, "summaryTextEnglish").toPlainText()


def markup_flow() -> Flow:
    flow = Flow()
    for answer in (Start(), Registration.IN_APP, ChannelChoice.EMAIL):
        flow.answer(answer)
    flow.path.append(PathEntry(StepId.CONTACT, Contact(email=MARKUP_EMAIL + "<script>x</script>")))
    return flow


def test_the_printed_page_shows_typed_markup_as_text():
    document = summary_document(HotlineSummary.build(markup_flow()), ("vi", "en"))
    assert MARKUP_EMAIL + "<script>x</script>" in document.toPlainText()
    assert "&lt;b&gt;lan&lt;/b&gt;" in document.toHtml(), "the printer would have drawn bold text"
    assert "<script>" not in document.toHtml()


# -- one click each -----------------------------------------------------------------------------


def test_copy_puts_the_same_text_on_the_clipboard(qtbot, open_hotline):
    window = open_hotline()
    press(qtbot, window, "copySummaryButton")
    assert QGuiApplication.clipboard().text() == shown(window, "summaryText").toPlainText()
    status = window.findChild(QLabel, "summaryStatus")
    assert status.isVisible() and status.text() == "Đã sao chép. Bạn có thể dán bản tóm tắt vào tin nhắn hoặc email."


def test_save_as_pdf_writes_a_valid_pdf(qtbot, open_hotline, monkeypatch, tmp_path):
    window = open_hotline()
    asked = []

    def choose_file(parent, caption, suggested, filters):
        asked.append((caption, Path(suggested).name, filters))
        return str(tmp_path / "tom-tat"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    press(qtbot, window, "savePdfButton")
    pdf = tmp_path / "tom-tat.pdf"
    assert pdf.is_file(), "no PDF was written (and .pdf was not added to the name)"
    assert_valid_pdf(pdf)
    caption, suggested, filters = asked[0]
    assert caption == "Lưu bản tóm tắt thành tệp PDF" and filters == "Tệp PDF (*.pdf)"
    assert suggested.startswith("tom-tat-vssid-") and suggested.endswith(".pdf")
    assert window.findChild(QLabel, "summaryStatus").text() == f"Đã lưu: {pdf}"


def test_save_as_pdf_cancelled_writes_nothing(qtbot, open_hotline, monkeypatch, tmp_path):
    window = open_hotline()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    press(qtbot, window, "savePdfButton")
    assert list(tmp_path.glob("*.pdf")) == []
    assert not window.findChild(QLabel, "summaryStatus").isVisible()


def test_save_as_pdf_where_it_cannot_be_written_says_so(qtbot, open_hotline, monkeypatch, tmp_path):
    window = open_hotline()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "gone" / "x.pdf"), ""))
    press(qtbot, window, "savePdfButton")
    assert window.findChild(QLabel, "summaryStatus").text() == (
        "Không lưu được tệp PDF vào đó. Bạn hãy chọn thư mục khác."
    )


class FakePrintDialog:
    """The system print dialog, where the person chooses "print to file" and presses Print (or Cancel)."""

    shown: ClassVar[list[FakePrintDialog]] = []
    answer = QDialog.DialogCode.Accepted
    target: Path

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        self.printer, self.title = printer, ""
        FakePrintDialog.shown.append(self)

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 (Qt's name)
        self.title = title

    def exec(self):
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return self.answer


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    FakePrintDialog.shown = []
    FakePrintDialog.answer = QDialog.DialogCode.Accepted
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(endings, "QPrintDialog", FakePrintDialog)
    return FakePrintDialog


def test_print_opens_the_system_print_dialog_then_prints(qtbot, open_hotline, print_dialog):
    window = open_hotline()
    press(qtbot, window, "printSummaryButton")
    assert len(print_dialog.shown) == 1 and print_dialog.shown[0].title == "In bản tóm tắt"
    assert_valid_pdf(print_dialog.target)
    assert window.findChild(QLabel, "summaryStatus").text() == "Đã gửi bản tóm tắt tới máy in."


def test_print_cancelled_prints_nothing(qtbot, open_hotline, print_dialog):
    window = open_hotline()
    print_dialog.answer = QDialog.DialogCode.Rejected
    press(qtbot, window, "printSummaryButton")
    assert not print_dialog.target.exists()


@pytest.fixture
def kiosk_hotline(qtbot, make_window, tmp_path):
    site = kiosk_site(tmp_path / "site")
    made = []

    def make():
        window = make_window("--kiosk", "--site-settings", str(site))
        made.append(window)
        to_hotline(qtbot, window)
        return window

    yield make
    for window in made:
        window.kiosk.unlocked = True


# Printing on a kiosk (only its own paper printer, never a dialog): tests/ui/test_kiosk_handoffs.py.


def test_kiosk_offers_no_pdf_file_that_would_stay_on_a_shared_machine(qtbot, kiosk_hotline):
    window = kiosk_hotline()
    assert not button(window, "savePdfButton").isVisible()
    assert button(window, "printSummaryButton").isVisible()
    assert window.findChild(QWidget, "summaryQr").isVisible()


# -- the QR code --------------------------------------------------------------------------------


def read_qr(page_or_window) -> tuple[str, int]:
    view = page_or_window.findChild(QLabel, "summaryQr")
    for _ in range(200):  # the code is drawn a moment after the texts
        if not view.image().isNull():
            break
        QTest.qWait(10)
    image = view.image()
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, "a phone would not find the QR code on the screen"
    return found[0].text, image.width()


def test_the_qr_code_on_screen_decodes_to_the_main_part_and_says_so(open_hotline):
    window = open_hotline()
    text, side = read_qr(window)
    page = window.page
    assert text == page.current.qr.text
    assert not page.current.qr.complete
    assert PHONE_SHOWN in text and EMAIL in text
    assert side >= 240, f"a {side}px code is too small for a phone camera"
    caption = window.findChild(QLabel, "summaryQrCaption").text()
    assert caption.startswith("Mã QR chứa phần chính của bản tóm tắt")


def test_a_short_summary_goes_whole_into_the_qr_code(qtbot):
    page = HotlinePage("vi")
    qtbot.addWidget(page)
    page.show()  # the code is made only for a page on screen
    flow = Flow()
    for answer in (Start(), Registration.IN_APP, ChannelChoice.SMS, Contact(PHONE)):
        flow.answer(answer)
    summary = HotlineSummary.build(flow)
    page.show_summary(summary)
    text, side = read_qr(page)
    assert text == summary.vietnamese == page.summary_text()
    assert side >= 240
    assert page.findChild(QLabel, "summaryQrCaption").text() == "Scan it with your phone's camera to keep the summary."


# -- nothing left for the next person -----------------------------------------------------------


def test_start_over_wipes_the_summary_the_code_and_the_copied_text(qtbot, open_hotline, monkeypatch):
    window = open_hotline()
    press(qtbot, window, "copySummaryButton")
    monkeypatch.setattr(WizardWindow, "_confirm_start_over", lambda self: True)  # the person says yes
    press(qtbot, window, "cancelButton")
    page = window.page_for(StepId.HOTLINE)
    assert page.summary_text() == ""
    assert page.findChild(QLabel, "summaryQr").image().isNull()
    assert QGuiApplication.clipboard().text() == "", "the next person could paste this person's details"


@pytest.mark.parametrize("args", [("--lang", "vi"), ("--lang", "en"), ("--lang", "vi", "--font-scale", "150")])
def test_the_whole_qr_code_is_on_the_page_and_nothing_is_drawn_over_it(qtbot, make_window, args):
    window = make_window(*args)
    to_hotline(qtbot, window, EMAIL)
    code = window.findChild(QLabel, "summaryQr")
    qtbot.waitUntil(lambda: code.qr is not None)
    QApplication.processEvents()
    box = code.parentWidget()
    assert code.width() <= box.width() and code.x() >= 0 and code.x() + code.width() <= box.width(), (
        f"the code ({code.width()} px) is cut by its column ({box.width()} px): a cut code does not scan")
    mine = QRect(code.mapTo(box, QPoint(0, 0)), code.size())
    for other in box.findChildren(QLabel):
        if other is not code and other.isVisible():
            theirs = QRect(other.mapTo(box, QPoint(0, 0)), other.size())
            assert not mine.intersects(theirs), f"{other.text()[:30]!r} is drawn over the QR code"
