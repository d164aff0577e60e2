"""The two ends of a session: solved, or the hotline with a summary to read out."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDateTime, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.content.notices import NoticeText
from app.core.content.store import notices
from app.core.files import replacing_file
from app.core.flow import StepId
from app.core.printing import PrinterProblem, choose_printer
from app.core.summary import HotlineSummary, ways_to_try_first
from app.ui.frame import NavLayout
from app.ui.pages.base import Page, label, push_button
from app.ui.qr import QrCodeView

PRINT_POINT_SIZE = 12


QR_AFTER_MS = 40  # longer than a frame, so the page is on screen before the code is made


class TelLabel(QLabel):
    """The hotline number, large; on a computer a click hands a tel: link to the system, which places calls.

    On a kiosk (``dials`` False) it is only a number: a tel: link there opens an app chooser or the
    Store over the kiosk, for the next stranger to find.
    """

    def __init__(self, number: str, url: str, *, dials: bool = True) -> None:
        super().__init__(number)
        self.setObjectName("bigNumber")
        self.url = QUrl(url) if dials else None
        if dials:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(url)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.url is not None and event.button() == Qt.MouseButton.LeftButton:
            QDesktopServices.openUrl(self.url)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.url is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            QDesktopServices.openUrl(self.url)
        else:
            super().keyPressEvent(event)


class SolvedPage(Page):
    """The password came: the next steps and the scam warning, both from notices.toml."""

    def __init__(self, notices: NoticeText | None = None) -> None:
        super().__init__(
            StepId.SOLVED,
            self.tr("Good news: you have your password"),
            self.tr("You can now log in to the VssID app."),
        )
        if notices is not None:
            self.body.addWidget(label(self.tr("What to do next"), "section"))
            for n, step in enumerate(notices.next_steps, 1):
                row = label(f"{n}. {step}", content=True)
                row.setAccessibleName(row.text())
                self.body.addWidget(row)
            warning = label(notices.scam_warning, "scamWarning", content=True)
            warning.setAccessibleName(notices.scam_warning)
            self.body.addWidget(warning)
        self.finish_body()


def summary_document(text: str) -> QTextDocument:
    """The summary as a document for the printer: plain text, so nothing a person typed is read as markup."""
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setPlainText(text)
    return document


def installed_printers() -> list[tuple[str, str]]:
    """The system's printers as (name, driver model)."""
    return [(info.printerName(), info.makeAndModel()) for info in QPrinterInfo.availablePrinters()]


def default_printer() -> QPrinter:
    """The system's default printer (the print dialog starts from it), or Qt's blank one when none is set up."""
    return QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)


def printer_named(name: str) -> QPrinter | None:
    """A printer for the installed printer ``name``, printing on it (not to a file), or None when it is gone."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def summary_text_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(150)
    return box


class HotlinePage(Page):
    def __init__(self, lang: str = "vi", *, kiosk: bool = False, journal: Path | None = None,
                 printer: str | None = None) -> None:
        super().__init__(
            StepId.HOTLINE,
            self.tr("Call the BHXH hotline"),
            self.tr("When you reach an operator, read them the summary below: it holds the details they may need."),
        )
        self.lang = lang
        self.on_kiosk = kiosk  # a shared machine: no file left behind, no dialog handed to the system
        self.journal = journal  # the data folder, where a half-written PDF is noted for the next start
        self.printer_name = printer  # the ``printer`` setting
        self.current: HotlineSummary | None = None
        warning = label(notices().scam_warning(self.lang), "scamWarning", content=True)
        warning.setAccessibleName(warning.text())
        self.body.addWidget(warning)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(self._summary_column(), 1)
        row.addLayout(self._call_column())
        self.body.addLayout(row, 1)

    # -- building ---------------------------------------------------------------------------

    def _summary_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        texts = QHBoxLayout()
        self.summary = summary_text_box("summaryText", self.tr("Summary for the hotline, in Vietnamese"))
        self.english = summary_text_box("summaryTextEnglish", self.tr("The same summary in English"))
        for box, caption in ((self.summary, self.tr("For the operator, in Vietnamese")),
                             (self.english, self.tr("The same in English"))):
            part = QWidget()
            inner = QVBoxLayout(part)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(label(caption, "section"))
            inner.addWidget(box, 1)
            texts.addWidget(part, 1)
        # The operator reads the Vietnamese one; the English one is there for an English interface.
        self.english.parentWidget().setVisible(self.lang == "en")
        column.addLayout(texts, 1)

        row = QWidget()
        buttons = NavLayout(row, spacing=8)  # wraps at 150 % instead of cutting "Lưu thành PDF"
        self.copy_button = push_button("copySummaryButton", self.tr("Copy"), self.copy_summary,
                                       self.tr("Copy the Vietnamese summary, to paste it into a message."))
        self.print_button = push_button("printSummaryButton", self.tr("Print"), self.print_summary,
                                        self.tr("Print the Vietnamese summary on paper."))
        self.pdf_button = push_button("savePdfButton", self.tr("Save as PDF"), self.save_pdf,
                                      self.tr("Save the Vietnamese summary as a PDF file on this computer."))
        for button in (self.copy_button, self.print_button, self.pdf_button):
            buttons.add(button)
        column.addWidget(row)
        self.status = label("", "muted")
        self.status.setObjectName("summaryStatus")
        self.status.hide()
        column.addWidget(self.status)
        column.addWidget(self._try_first())
        return column

    def _call_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        number = TelLabel("1900 9068", "tel:19009068", dials=not self.on_kiosk)
        number.setAccessibleName(self.tr("Hotline 1900 9068"))
        column.addWidget(number, 0, Qt.AlignmentFlag.AlignHCenter)
        cost = label(self.tr("The call costs 1,000 đồng a minute."), "muted")
        cost.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(cost)
        self.qr = QrCodeView()
        self.qr.setAccessibleName(self.tr("QR code of the summary"))
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption = label("", "muted")
        self.qr_caption.setObjectName("summaryQrCaption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption.setMaximumWidth(330)
        column.addWidget(self.qr_caption)
        column.addStretch(1)
        return column

    def _try_first(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(label(self.tr("Before you call, try these; often you will not need to wait for an operator."),
                               "section"))
        text = notices().text[self.lang]
        title = label(f"\u2022 {text.no_password_title}", "choiceTitle", content=True)
        title.setContentsMargins(0, 6, 0, 0)
        column.addWidget(title)
        need = label(text.no_password[0], "muted", content=True)
        need.setContentsMargins(18, 0, 0, 0)
        column.addWidget(need)
        for way in ways_to_try_first(self.lang):
            title = label(f"\u2022 {way.title}", "choiceTitle", content=True)
            title.setContentsMargins(0, 6, 0, 0)
            column.addWidget(title)
            need = label(way.needs[0], "muted", content=True)
            need.setContentsMargins(18, 0, 0, 0)
            column.addWidget(need)
        return box

    # -- showing ----------------------------------------------------------------------------

    def show_summary(self, summary: HotlineSummary) -> None:
        self.current = summary
        self.summary.setPlainText(summary.vietnamese)
        self.english.setPlainText(summary.english)
        self._tell("")
        # The code follows a moment later (its mask search takes ~50 ms): the page is painted first.
        QTimer.singleShot(QR_AFTER_MS, self, lambda: self._show_code(summary))
        # A file left on a shared kiosk would keep this person's details: there, print or scan instead.
        self.pdf_button.setVisible(not self.on_kiosk)

    def _show_code(self, summary: HotlineSummary) -> None:
        if summary is not self.current or not self.isVisible():
            return  # the person left the page, or it was wiped, before the code was made
        self.qr.show_code(summary.qr)
        self.qr_caption.setText(
            self.tr("Scan it with your phone's camera to keep the summary.")
            if summary.qr.complete
            else self.tr("The QR code holds the main part of the summary. Scan it with your phone's camera.")
        )

    def show_answer(self, answer) -> None:
        # Called with None when the next person starts: nothing of this one may stay behind.
        clipboard = QGuiApplication.clipboard()
        if self.current is not None and clipboard.text() == self.current.vietnamese:
            clipboard.clear()
        self.current = None
        self.summary.clear()
        self.english.clear()
        self.qr.show_code(None)
        self.qr_caption.clear()
        self._tell("")

    # -- the one-click actions --------------------------------------------------------------

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def summary_text(self) -> str:
        """The Vietnamese summary: the one the operator reads, copied, printed and saved."""
        return self.summary.toPlainText()

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self._tell(self.tr("Copied. You can paste the summary into a message or an email."))

    def print_summary(self) -> None:
        """Print on the ``printer`` of the settings: straight away on a kiosk, through the print dialog on a PC."""
        choice = choose_printer(self.printer_name, installed_printers(), kiosk=self.on_kiosk)
        printer = printer_named(choice.name) if choice.name is not None else None
        if self.on_kiosk:
            if choice.refused or printer is None:
                self._tell(self._refusal(choice.problem))
                return
        else:
            printer = printer or default_printer()
            if choice.problem is PrinterProblem.NOT_FOUND:
                self._tell(self.tr("The printer \u201c%1\u201d in the settings was not found: choose another.")
                           .replace("%1", self.printer_name or ""))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the summary"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        printer.setDocName(self.tr("VssID summary for the hotline"))
        summary_document(self.summary_text()).print_(printer)
        if choice.problem is PrinterProblem.NOT_FOUND:
            self._tell(self.tr("The printer \u201c%1\u201d in the settings was not found; the summary was sent to "
                               "the printer chosen.").replace("%1", self.printer_name or ""))
        else:
            self._tell(self.tr("The summary was sent to the printer."))

    def _refusal(self, problem: PrinterProblem | None) -> str:
        """Why a kiosk prints nothing, for the person in front of it (staff can fix the settings)."""
        if problem is PrinterProblem.FILE_PRINTER:
            return self.tr("This kiosk's printer makes files, not paper, so it is not used. Please ask the staff.")
        if problem is PrinterProblem.NOT_FOUND:
            return self.tr("The printer of this kiosk cannot be found. Please ask the staff.")
        return self.tr("No printer is set up here. Please ask the staff.")

    def save_pdf(self) -> None:
        if self.on_kiosk:
            return  # no file dialog over a kiosk, and no file of this person left on it
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmm")
        suggested = str(Path(folder) / f"tom-tat-vssid-{stamp}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.write_pdf(Path(path)):
            self._tell(self.tr("Saved: %1").replace("%1", path))
        else:
            self._tell(self.tr("The PDF could not be saved there. Please choose another folder."))

    def write_pdf(self, path: Path) -> bool:
        """Write the summary to ``path`` with Qt's own PDF printer; False if the file could not be written.

        Private (0600) and whole, like every file the program writes (app.core.files); never on a kiosk.
        """
        if self.on_kiosk or not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
            return False
        try:
            with replacing_file(path, journal=self.journal) as temporary:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(temporary))
                printer.setDocName(self.tr("VssID summary for the hotline"))
                printer.setCreator(f"VssID password helper {__version__}")
                summary_document(self.summary_text()).print_(printer)
                if temporary.stat().st_size == 0:
                    raise OSError(f"nothing was written to {temporary}")
        except OSError:
            return False
        return True
