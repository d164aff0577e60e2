"""The two ends of a session: solved, or the hotline with a summary to read out."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from html import escape
from math import ceil
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QMarginsF, QSize, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.content.notices import NoticeText
from app.core.content.store import notices
from app.core.content.toml import ContentError
from app.core.files import replacing_file
from app.core.flow import StepId
from app.core.printing import PrinterProblem, choose_printer
from app.core.summary import HotlineSummary, SummarySection, SummaryWords, summary_words, ways_to_try_first
from app.ui.a11y import announce
from app.ui.frame import NavLayout
from app.ui.pages.base import Page, label, push_button
from app.ui.qr import MIN_SIDE, QrCodeView, module_size, qr_image

QR_AFTER_MS = 40  # longer than a frame, so the page is on screen before the code is made


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


PRINT_POINT_SIZE = 10
QR_PRINT_PX = 170  # about 4.5 cm on paper: a phone camera reads it from arm's length


def _h2(text: str) -> str:
    # A paragraph, not <h2>: Qt draws a heading at its own size, whatever the style says.
    return f'<p style="font-size:12pt; font-weight:700; margin-top:9px; margin-bottom:2px">{escape(text)}</p>'


def _lines_html(section: SummarySection) -> str:
    if section.bullets:
        return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in section.lines) + "</ul>"
    return "".join(f"<p>{escape(line)}</p>" for line in section.lines)


def _contact_html(section: SummarySection) -> str:
    rows = []
    for line in section.lines:
        name, _, value = line.partition(": ")
        rows.append(f'<tr><td style="padding-right:12px; color:#333333">{escape(name)}</td>'
                    f'<td><b>{escape(value)}</b></td></tr>')
    return '<table cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def _words(lang: str) -> SummaryWords | None:
    """The summary's words in ``lang``, or None when a staff edit broke summary.toml (the window tells staff)."""
    try:
        return summary_words()[lang]
    except ContentError:
        return None


def _part_html(summary: HotlineSummary, lang: str, *, scam_warning: str, next_steps: Sequence[str],
               with_qr: bool) -> str:
    """One language's page: heading, the number large, what to say first, the summary in parts, what next."""
    words = _words(lang)
    if words is None:  # the built-in summary: what was typed, line by line, and the number
        text = summary.english if lang == "en" else summary.vietnamese
        return ('<p style="font-size:34pt; font-weight:700; margin:0">1900 9068</p>'
                + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines()))
    printed = words.printed
    number = (f'<p style="margin:0">{escape(printed["hotline"])}</p>'
              f'<p style="font-size:34pt; font-weight:700; margin:0">1900 9068</p>'
              f'<p style="margin:0">{escape(printed["cost"])}</p>')
    qr = (f'<img src="{QR_URL}" width="{QR_PRINT_PX}" height="{QR_PRINT_PX}"><br>'
          f'<span style="font-size:9pt">{escape(printed["qr"])}</span>') if with_qr else ""
    say_first = _h2(printed["say_first_title"]) + "<ol>" + "".join(
        f"<li>{escape(line)}</li>" for line in words.say_first) + "</ol>"
    html = [f'<h1 style="font-size:15pt; margin-bottom:6px">{escape(words.text["heading"])}</h1>',
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top">{number}{say_first}</td>'
            f'<td width="{QR_PRINT_PX + 20}" align="center" valign="top">{qr}</td></tr></table>']
    made_by = ""
    for group in summary.groups.get(lang, ()):
        for section in group:
            if section.key == "contact":
                html += [_h2(printed["who"]), _contact_html(section)]
            elif section.key == "made_by":
                made_by = section.lines[0]
            else:
                if section.title:
                    html.append(_h2(section.title))
                html.append(_lines_html(section))
    ways = ways_to_try_first(lang)
    html += [_h2(printed["try_first"]),
             "<ul>" + "".join(f"<li><b>{escape(w.title)}</b>: {escape(w.needs[0])}</li>" for w in ways) + "</ul>"]
    if next_steps:
        html += [_h2(printed["next_steps"]),
                 "<ol>" + "".join(f"<li>{escape(step)}</li>" for step in next_steps) + "</ol>"]
    if scam_warning:
        html.append('<table width="100%" border="2" cellspacing="0" cellpadding="7" style="border-collapse:collapse; '
                    f'border-style:solid; border-color:#000000; margin-top:10px"><tr><td><b>{escape(printed["scam"])}'
                    f"</b><br>{escape(scam_warning)}</td></tr></table>")
    if made_by:
        html.append(f'<p style="font-size:8pt; color:#444444; margin-top:12px">{escape(made_by)}</p>')
    return "".join(html)


QR_URL = "vssid-summary-qr.png"


def summary_document(summary: HotlineSummary, langs: Sequence[str] = ("vi",), *,
                     scam_warning: Mapping[str, str] | None = None,
                     next_steps: Mapping[str, Sequence[str]] | None = None) -> QTextDocument:
    """The A4 page to keep or hand over: heading, the number large, the QR code, the summary in parts,
    the ways to try first, the next steps and the scam warning; one page per language in ``langs``.

    Built from escaped text, so nothing a person typed is read as markup. ``scam_warning`` and
    ``next_steps`` are the office's words per language (resources/notices.toml once it is there).
    """
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("p, li { margin-top: 0px; margin-bottom: 1px; } ul, ol { margin-top: 0px; }")
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL),
                         qr_image(summary.qr, max(2, module_size(len(summary.qr.modules), summary.qr.QUIET_ZONE,
                                                               4 * QR_PRINT_PX))))
    parts = [_part_html(summary, lang, scam_warning=(scam_warning or {}).get(lang, ""),
                        next_steps=(next_steps or {}).get(lang, ()), with_qr=n == 0) for n, lang in enumerate(langs)]
    document.setHtml('<p style="page-break-before:always"></p>'.join(parts))
    return document


def a4(printer: QPrinter) -> QPrinter:
    """The printer set for an A4 page; the document itself keeps 2 cm of margin on every side."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


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


class SummaryBox(QPlainTextEdit):
    """The summary as read-only text, as tall as its lines: no scroll bar of its own inside the page."""

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setAccessibleName(accessible)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # A layout pass asks for the same few widths many times: each answer lays the text out once.
        self._heights: dict[tuple[int, int, int, str], int] = {}
        self.textChanged.connect(self._heights.clear)
        self.textChanged.connect(self.updateGeometry)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        insets_w = self.width() - self.viewport().width()
        insets_h = self.height() - self.viewport().height()
        key = (width, insets_w, insets_h, self.font().key())
        if key not in self._heights:
            self._heights[key] = self._measure(width, insets_w, insets_h)
        return self._heights[key]

    def _measure(self, width: int, insets_w: int, insets_h: int) -> int:
        scratch = QTextDocument()
        scratch.setDefaultFont(self.font())
        scratch.setDocumentMargin(self.document().documentMargin())
        scratch.setPlainText(self.toPlainText() or " ")
        scratch.setTextWidth(max(50, width - insets_w))
        return ceil(scratch.size().height()) + insets_h + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 400)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 80)


class HotlineNumber(QPushButton):
    """The hotline number, large, as a button: it hands a tel: link to the system and copies the number."""

    def __init__(self) -> None:
        super().__init__("1900 9068")
        self.setObjectName("hotlineNumberButton")
        self.setProperty("primary", True)  # on this page, calling is the thing to do
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.tr(
            "Calls the hotline where this computer can place calls, and copies the number."))
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class HotlinePage(Page):
    """The hotline: the number to press, what to say first, the summary to read, the QR code, print and save.

    The scam warning and the next steps on the printed page are the office's words
    (resources/notices.toml, or a content_dir's), unless ``scam_warning`` / ``next_steps`` are given.
    """

    reading_chars = 130  # the summary and its QR code side by side
    answers_always_first = True  # the number and the ways to keep the summary come before the summary
    keeps_the_edge = False  # on a narrow screen the summary needs the whole width more than an aligned edge

    def __init__(self, lang: str = "vi", *, kiosk: bool = False, journal: Path | None = None,
                 printer: str | None = None, scam_warning: Mapping[str, str] | None = None,
                 next_steps: Mapping[str, Sequence[str]] | None = None) -> None:
        super().__init__(
            StepId.HOTLINE,
            self.tr("Call the BHXH hotline"),
            self.tr("When you reach an operator, read them the summary below: it holds the details they may need."),
        )
        self.lang = lang
        self.on_kiosk = kiosk  # a shared machine: no file left behind, no dialog handed to the system
        self.journal = journal  # the data folder, where a half-written PDF is noted for the next start
        self.printer_name = printer  # the ``printer`` setting
        office = notices()
        self.scam_warning = dict(scam_warning) if scam_warning is not None else {
            code: office.scam_warning(code) for code in office.text}
        self.next_steps = ({k: tuple(v) for k, v in next_steps.items()} if next_steps is not None
                           else {code: text.next_steps for code, text in office.text.items()})
        self.current: HotlineSummary | None = None
        self.answers.addWidget(self._actions())
        self.status = label("", "muted")
        self.status.setObjectName("summaryStatus")
        self.status.hide()
        self.answers.addWidget(self.status)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(self._summary_column(), 1)
        row.addWidget(self._code_column(), 0, Qt.AlignmentFlag.AlignTop)
        self._fit_code_column()
        self.body.addLayout(row)
        warning = label(self.scam_warning.get(self.lang, ""), "scamWarning", content=True)
        warning.setAccessibleName(warning.text())
        self.body.addWidget(warning)
        self.body.addWidget(self._try_first())
        self.finish_body()

    # -- building ---------------------------------------------------------------------------

    def _actions(self) -> QWidget:
        """The number to press and the ways to keep the summary, in one band that is always in view."""
        band = QWidget()
        buttons = NavLayout(band, spacing=10)  # wraps at 150 % instead of cutting "Lưu thành PDF"
        if self.on_kiosk:  # nothing there places a call: the number is only shown
            self.number: QWidget = QLabel("1900 9068")
            self.number.setObjectName("bigNumber")
        else:
            self.number = HotlineNumber()
            self.number.clicked.connect(self.call)
        buttons.add(self.number)
        self.cost = QLabel(self.tr("The call costs 1,000 đồng a minute."))
        self.cost.setObjectName("muted")
        buttons.add(self.cost)
        self.print_button = push_button("printSummaryButton", self.tr("Print"), self.print_summary,
                                        self.tr("Print the Vietnamese summary on paper."))
        self.pdf_button = push_button("savePdfButton", self.tr("Save as PDF"), self.save_pdf,
                                      self.tr("Save the Vietnamese summary as a PDF file on this computer."))
        self.copy_button = push_button("copySummaryButton", self.tr("Copy"), self.copy_summary,
                                       self.tr("Copy the Vietnamese summary, to paste it into a message."))
        for button in (self.print_button, self.pdf_button, self.copy_button):
            buttons.add(button, end=True)
        # A shared kiosk keeps no file and no clipboard of this person: print or scan there.
        self.pdf_button.setVisible(not self.on_kiosk)
        self.copy_button.setVisible(not self.on_kiosk)
        return band

    def _summary_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.summary = SummaryBox("summaryText", self.tr("Summary for the hotline, in Vietnamese"))
        self.english = SummaryBox("summaryTextEnglish", self.tr("The same summary in English"))
        self.english_caption = label(self.tr("The same in English"), "section")
        column.addWidget(self.summary)
        # The operator reads the Vietnamese one; the English one, below it, is for an English interface.
        column.addWidget(self.english_caption)
        column.addWidget(self.english)
        for widget in (self.english_caption, self.english):
            widget.setVisible(self.lang == "en")
        return column

    def _code_column(self) -> QWidget:
        """The QR code, its caption and what to say first, in a column as wide as the code and about 24 letters."""
        self.code_box = QWidget()
        column = QVBoxLayout(self.code_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.qr = QrCodeView()
        self.qr.setAccessibleName(self.tr("QR code of the summary"))
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption = label("", "muted")
        self.qr_caption.setObjectName("summaryQrCaption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.qr_caption)
        say = _words("en" if self.lang == "en" else "vi")  # what to say first, in order
        if say is not None:
            column.addWidget(label(say.printed["say_first_title"], "section", content=True))
            for n, line in enumerate(say.say_first, 1):
                column.addWidget(label(f"{n}. {line}", content=True))
        column.addStretch(1)
        return self.code_box

    def _fit_code_column(self) -> None:
        """As wide as the code (a cut code does not scan) and about 24 letters, and as tall as all it holds.

        The height is set, not left to the row: a row beside a summary of a few lines would
        squeeze the caption and what to say first over the code.
        """
        code = self.qr.width() if self.qr.qr is not None else 0
        width = max(MIN_SIDE + 20, code, 24 * self.fontMetrics().averageCharWidth())
        if self.code_box.minimumWidth() != width:
            self.code_box.setFixedWidth(width)
        column = self.code_box.layout()
        column.activate()
        height = column.heightForWidth(width) if column.hasHeightForWidth() else column.sizeHint().height()
        self.code_box.setMinimumHeight(max(height, column.minimumSize().height()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_code_column()

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

    def first_focus(self) -> QWidget | None:
        return self.number if isinstance(self.number, QPushButton) else self.print_button

    # -- showing ----------------------------------------------------------------------------

    def show_summary(self, summary: HotlineSummary) -> None:
        self.current = summary
        self.summary.setPlainText(summary.vietnamese)
        self.english.setPlainText(summary.english)
        self._tell("")
        # The code follows a moment later (its mask search takes ~50 ms): the page is painted first.
        QTimer.singleShot(QR_AFTER_MS, self, lambda: self._show_code(summary))

    def _show_code(self, summary: HotlineSummary) -> None:
        if summary is not self.current or not self.isVisible():
            return  # the person left the page, or it was wiped, before the code was made
        self.qr.show_code(summary.qr)
        self._fit_code_column()
        self.qr_caption.setText(
            self.tr("Scan it with your phone's camera to keep the summary.")
            if summary.qr.complete
            else self.tr("The QR code holds the main part of the summary. Scan it with your phone's camera.")
        )

    def show_answer(self, answer) -> None:
        # Called with None when the next person starts: nothing of this one may stay behind.
        clipboard = QGuiApplication.clipboard()
        if self.current is not None and clipboard.text() in (self.current.vietnamese, "1900 9068"):
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
        announce(self, message)

    def summary_text(self) -> str:
        """The Vietnamese summary: the one the operator reads, copied, printed and saved."""
        return self.summary.toPlainText()

    def call(self) -> None:
        """Hand the number to whatever places calls here, and copy it: a computer without one does nothing visible."""
        QGuiApplication.clipboard().setText("1900 9068")
        QDesktopServices.openUrl(QUrl("tel:19009068"))
        self._tell(self.tr("The number 1900 9068 is copied. If no call starts on this computer, call it from "
                           "your phone."))

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self._tell(self.tr("Copied. You can paste the summary into a message or an email."))

    def document(self) -> QTextDocument:
        """The printed page of the summary on screen: Vietnamese, and English after it in an English interface."""
        assert self.current is not None
        langs = ("vi", "en") if self.lang == "en" else ("vi",)
        return summary_document(self.current, langs, scam_warning=self.scam_warning, next_steps=self.next_steps)

    def print_summary(self) -> None:
        """Print on the ``printer`` of the settings: straight away on a kiosk, through the print dialog on a PC."""
        if self.current is None:
            return
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
            dialog = QPrintDialog(a4(printer), self)
            dialog.setWindowTitle(self.tr("Print the summary"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        a4(printer).setDocName(self.tr("VssID summary for the hotline"))
        self.document().print_(printer)
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
        """Write the printed page to ``path`` with Qt's own PDF printer; False if the file could not be written.

        Private (0600) and whole, like every file the program writes (app.core.files); never on a kiosk.
        """
        if self.current is None or self.on_kiosk or not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
            return False
        try:
            with replacing_file(path, journal=self.journal) as temporary:
                printer = a4(QPrinter(QPrinter.PrinterMode.HighResolution))
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(temporary))
                printer.setDocName(self.tr("VssID summary for the hotline"))
                printer.setCreator(f"VssID password helper {__version__}")
                self.document().print_(printer)
                if temporary.stat().st_size == 0:
                    raise OSError(f"nothing was written to {temporary}")
        except OSError:
            return False
        return True
