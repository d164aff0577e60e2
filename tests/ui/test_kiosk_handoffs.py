"""Nothing on a kiosk hands a stranger to the system: no tel: link, no file or print dialog, no PDF printer.

Issue 14, findings 3 and 4, and issue 13 item 7 (the ``printer`` setting). The hand-offs are
caught where Qt makes them: ``QDesktopServices`` URL handlers for every scheme, and a watch for
any other top-level window. The printers are the system's list as ``installed_printers`` reads
it; each fake printer writes a PDF named after it, so that the test sees where a summary went.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

import app.ui.pages.endings as endings
from tests.deployment import kiosk_site
from tests.ui.driver import button
from tests.ui.test_hotline import FakePrintDialog, to_hotline

SCHEMES = ("tel", "callto", "sip", "http", "https", "mailto", "file", "ms-windows-store", "zalo")


class UrlCatcher(QObject):
    """Stands in for the system's handlers: every URL the program would hand over lands here."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def handed_to_the_system():
    catcher = UrlCatcher()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "take")
    yield catcher.opened
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def other_windows(qtbot):
    """Every other top-level window that opens (a dialog, a chooser), closed at once and listed."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and (widget.inherits("QDialog") or widget.inherits("QMenu")):
                seen.append(type(widget).__name__)
                widget.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    yield seen
    timer.stop()


@pytest.fixture
def kiosk_at_hotline(qtbot, make_window, tmp_path):
    made = []

    def make(extra: str = 'printer = "Quay 3"\n', lang: str = "en"):
        window = make_window("--kiosk", "--site-settings", str(kiosk_site(tmp_path / "site", extra)), "--lang", lang)
        made.append(window)
        to_hotline(qtbot, window)
        return window

    yield make
    for window in made:
        window.kiosk.unlocked = True


def the_number(window) -> QLabel:
    number = window.page.findChild(QLabel, "bigNumber")
    assert number is not None and number.text() == "1900 9068"
    return number


# -- finding 3: the hotline number ------------------------------------------------------------------


def test_the_hotline_number_on_a_kiosk_opens_nothing(qtbot, kiosk_at_hotline, handed_to_the_system):
    window = kiosk_at_hotline()
    number = the_number(window)
    for mouse in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
        qtbot.mouseClick(number, mouse)
    qtbot.mouseDClick(number, Qt.MouseButton.LeftButton)
    number.setFocus()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(number, key)
    QApplication.processEvents()
    assert handed_to_the_system == [], "the kiosk handed the number to the system (an app chooser, the Store)"
    assert number.cursor().shape() != Qt.CursorShape.PointingHandCursor, "the number looks like a link on a kiosk"
    assert "tel:" not in number.toolTip()


def test_on_a_computer_the_number_still_calls(qtbot, make_window, handed_to_the_system):
    window = make_window("--lang", "en")
    to_hotline(qtbot, window)
    number = window.findChild(QPushButton, "hotlineNumberButton")
    assert number is not None and number.text() == "1900 9068", "on a computer the number is not a button"
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton)
    assert handed_to_the_system == ["tel:19009068"]
    qtbot.mouseClick(number, Qt.MouseButton.RightButton)
    assert handed_to_the_system == ["tel:19009068"], "a right click dialled"


def test_no_page_of_a_kiosk_hands_anything_to_the_system(qtbot, kiosk_at_hotline, handed_to_the_system):
    window = kiosk_at_hotline()
    window.build_all_pages()
    for page in window.pages.values():
        window.stack.setCurrentWidget(page)
        for text in page.findChildren(QLabel):
            if text.isVisible():
                qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
                assert not text.openExternalLinks(), f"{text.objectName()} on {page.objectName()} opens links"
    assert handed_to_the_system == []


# -- finding 4 and issue 13: printing only to the configured printer ---------------------------------


@pytest.fixture
def printers(monkeypatch, tmp_path):
    """The system's printers; printing on one writes ``<its name>.pdf`` so that the test sees where it went."""
    system: dict[str, str] = {}
    out = tmp_path / "printed"
    out.mkdir()

    def printer_for(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out / f"{name}.pdf"))
        return printer

    def install(default: str | None = None, **more: str) -> Path:
        system.update(more)
        monkeypatch.setattr(endings, "installed_printers", lambda: list(system.items()), raising=False)
        monkeypatch.setattr(endings, "printer_named", lambda name: printer_for(name) if name in system else None,
                            raising=False)
        # What the code as it was reached for: the system's default, whatever it is.
        monkeypatch.setattr(endings, "default_printer", lambda: None if default is None else printer_for(default),
                            raising=False)
        return out

    return install


def printed(out: Path) -> list[str]:
    return sorted(p.stem for p in out.iterdir())


def status(window) -> str:
    return window.findChild(QLabel, "summaryStatus").text()


def test_a_kiosk_prints_on_the_named_printer_not_the_default(qtbot, kiosk_at_hotline, printers, other_windows):
    out = printers(default="Máy in phòng họp", **{"Quay 3": "HP LaserJet Pro M404", "Máy in phòng họp": "Canon"})
    window = kiosk_at_hotline('printer = "Quay 3"\n')
    button(window, "printSummaryButton").click()
    assert printed(out) == ["Quay 3"], "the summary went to another printer than the kiosk's"
    assert other_windows == [], "a kiosk opened a print dialog"
    assert status(window) == "The summary was sent to the printer."


@pytest.mark.parametrize(("name", "model"), [
    ("Microsoft Print to PDF", "Microsoft Print To PDF"),
    ("Microsoft XPS Document Writer", "Microsoft XPS Document Writer v4"),
    ("PDF", "Generic CUPS-PDF Printer (w/ options)"),
    ("Quay 3", "CUPS-PDF"),
    ("OneNote (Desktop)", "Send to Microsoft OneNote 16 Driver"),
])
def test_a_kiosk_never_prints_to_a_file(qtbot, kiosk_at_hotline, printers, other_windows, name, model):
    out = printers(default=name, **{name: model})
    window = kiosk_at_hotline(f'printer = "{name}"\n')
    button(window, "printSummaryButton").click()
    assert printed(out) == [], f"{name} left the person's details in a file on the kiosk"
    assert other_windows == [], "a Save As dialog opened over the kiosk"
    assert "ask the staff" in status(window)


@pytest.mark.parametrize("setting", ["", 'printer = "Quay 3"\n'], ids=["no printer set", "printer not installed"])
def test_a_kiosk_without_its_printer_asks_for_staff(qtbot, kiosk_at_hotline, printers, other_windows, setting):
    out = printers(default="Máy in phòng họp", **{"Máy in phòng họp": "Canon"})
    window = kiosk_at_hotline(setting)
    button(window, "printSummaryButton").click()
    assert printed(out) == [], "the summary went to the system's default printer"
    assert other_windows == []
    assert "ask the staff" in status(window)


def test_a_kiosk_opens_no_file_dialog(qtbot, kiosk_at_hotline, other_windows, tmp_path):
    window = kiosk_at_hotline()
    assert not button(window, "savePdfButton").isVisible()
    window.page.save_pdf()  # the hidden button's action, reached some other way
    QApplication.processEvents()
    assert other_windows == [], "a file dialog opened over the kiosk"
    assert not window.page.write_pdf(tmp_path / "summary.pdf") and not (tmp_path / "summary.pdf").exists()


def test_a_counter_pc_offers_the_named_printer(qtbot, make_window, printers, print_dialog, tmp_path):
    printers(default="Máy in phòng họp", **{"Quay 3": "HP", "Máy in phòng họp": "Canon"})
    site = tmp_path / "site.toml"
    site.write_text('printer = "Quay 3"\n', encoding="utf-8")
    window = make_window("--site-settings", str(site), "--lang", "en")
    to_hotline(qtbot, window)
    button(window, "printSummaryButton").click()
    assert len(print_dialog.shown) == 1, "staff at a counter choose in the print dialog"
    assert print_dialog.shown[0].printer.outputFileName().endswith("Quay 3.pdf"), "the named printer was not offered"
    assert status(window) == "The summary was sent to the printer."


def test_a_counter_pc_without_the_named_printer_says_so_and_offers_the_default(
        qtbot, make_window, printers, print_dialog, tmp_path):
    printers(default="Máy in phòng họp", **{"Máy in phòng họp": "Canon"})
    site = tmp_path / "site.toml"
    site.write_text('printer = "Quay 3"\n', encoding="utf-8")
    window = make_window("--site-settings", str(site), "--lang", "en")
    to_hotline(qtbot, window)
    button(window, "printSummaryButton").click()
    assert len(print_dialog.shown) == 1
    assert not print_dialog.shown[0].printer.outputFileName().endswith("Quay 3.pdf")
    assert "Quay 3" in status(window) and "not found" in status(window)


def test_file_printers_are_told_from_paper_ones():
    from app.core.printing import is_file_printer

    for name, model in (("Microsoft Print to PDF", ""), ("Fax", "Microsoft Shared Fax Driver"),
                        ("Adobe PDF", "Adobe PDF Converter"), ("Cups-PDF", ""), ("Print to File", "")):
        assert is_file_printer(name, model), name
    for name, model in (("Quay 3", "HP LaserJet Pro M404"), ("Máy in phòng 2", "Canon LBP2900"),
                        ("EPSON L3150", "EPSON L3150 Series")):
        assert not is_file_printer(name, model), name


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    FakePrintDialog.shown = []
    FakePrintDialog.answer = QDialog.DialogCode.Accepted
    FakePrintDialog.target = tmp_path / "printed-from-dialog.pdf"
    monkeypatch.setattr(endings, "QPrintDialog", KeepsPrinter)
    return FakePrintDialog


class KeepsPrinter(FakePrintDialog):
    """The print dialog where staff press Print on the printer offered."""

    def exec(self):
        return self.answer
