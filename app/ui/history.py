"""For counter staff: every recorded request, newest first, one contact at a time if asked; CSV export; forget a person.

The table reads the log a page at a time as it is scrolled (``page_after``), so a log of a
million rows opens as fast as an empty one. The export runs on a worker thread.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QStandardPaths, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.attempts import Attempt, AttemptLog, ExportCancelled, csv_labels
from app.core.clock import shown
from app.core.contact.identity import ContactRef
from app.core.vocabulary import attempt_words
from app.ui.pages.base import label
from app.ui.staff import HISTORY_KEY

FILTER_PAUSE_MS = 500


class HistoryModel(QAbstractTableModel):
    """The log's attempts, newest first, fetched ``PAGE`` rows at a time as the view needs them."""

    PAGE = 200

    def __init__(self, log: AttemptLog, lang: str) -> None:
        super().__init__()
        self.log = log
        self.words = attempt_words(lang)  # the same words as the waiting page, the CSV and the summary
        self.contact: ContactRef | None = None
        self.nobody = False  # the filter holds text that is no phone number or email: show no one
        self.rows: list[Attempt] = []
        self._more = True

    def set_filter(self, contact: ContactRef | None, *, nobody: bool = False) -> None:
        """Show one contact's attempts (None: everyone's; ``nobody``: none), from the newest; loads the first page."""
        self.beginResetModel()
        self.contact = contact
        self.nobody = nobody
        self.rows = []
        self._more = not nobody
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_filter(self.contact, nobody=self.nobody)

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Phone / email"), self.tr("Channel"), self.tr("What was done"),
                self.tr("Result")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        attempt = self.rows[index.row()]
        return (
            shown(attempt.at),
            attempt.who,
            self.words.channel[attempt.channel],
            self.words.action[attempt.action],
            self.words.outcome[attempt.outcome],
        )[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            page = self.log.page_after(self.rows[-1] if self.rows else None, self.PAGE, self.contact)
        except ValueError:  # the log was closed as the program ends: nothing more to show
            page = []
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()


class ExportJob(QThread):
    """Writes the CSV off the GUI thread; the log reads through its own connection for it.

    ``progress`` tells how far it is; ``cancel()`` stops it at the next few thousand rows,
    leaving no file.
    """

    done = Signal(int, str)  # rows written, error text ("" when it worked; CANCELLED when stopped)
    progress = Signal(int, int)  # rows written so far, rows in all
    CANCELLED = "cancelled"
    DAMAGED = "damaged"  # the log could not be read to the end

    def __init__(self, log: AttemptLog, path: Path, contact: ContactRef | None, english: bool) -> None:
        super().__init__()
        self.log, self.path, self.contact, self.english = log, path, contact, english
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _tell(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            rows = self.log.export_csv(self.path, self.contact, labels=csv_labels("en" if self.english else "vi"),
                                       progress=self._tell)
        except ExportCancelled:
            self.done.emit(0, self.CANCELLED)
        except (OSError, ValueError) as exc:
            self.done.emit(0, getattr(exc, "strerror", None) or str(exc))
        except sqlite3.Error:
            self.done.emit(0, self.DAMAGED)
        except Exception as exc:
            self.done.emit(0, str(exc) or type(exc).__name__)
        else:
            self.done.emit(rows, "")


class HistoryPanel(QWidget):
    """The history table with its filter, export and "forget this person"."""

    exported = Signal(int, str)  # rows written, error text ("" when it worked)

    def __init__(self, window) -> None:
        super().__init__()
        self.wizard = window
        self.log: AttemptLog = window.session.log
        self.job: ExportJob | None = None
        self.export_path: Path | None = None
        self.setObjectName("historyPanel")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 16, 16, 16)
        box.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Requests recorded on this computer"), "section"), 1)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("historyHide")
        self.hide_button.setAccessibleName(self.tr("Hide the history of requests"))
        self.hide_button.setAccessibleDescription(self.tr("It comes back with %1.").replace("%1", HISTORY_KEY))
        heading.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(heading)
        self.total = label("", "muted")
        self.total.setObjectName("historyCount")
        box.addWidget(self.total)
        self.filter = QLineEdit()
        self.filter.setObjectName("historyFilter")
        self.filter.setPlaceholderText(self.tr("Phone or email to look up"))
        self.filter.setAccessibleName(self.tr("Show one person"))
        self.filter.setAccessibleDescription(self.filter.placeholderText())
        self.filter.setClearButtonEnabled(True)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(FILTER_PAUSE_MS)
        self.pause.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self.pause.start)
        self.filter.returnPressed.connect(self.apply_filter)
        box.addWidget(self.filter)
        self.model = HistoryModel(self.log, window.lang)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Recorded requests, newest first"))
        self.table.setAccessibleDescription(self.tr("More rows load as you scroll down."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(HistoryModel.PAGE)  # measure one page, not every row loaded
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export to CSV"))
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setAccessibleName(self.export_button.text())
        self.export_button.setAccessibleDescription(
            self.tr("Saves the rows shown (everyone, or the person filtered) as a file for Excel."))
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        self.cancel_export_button = QPushButton(self.tr("Stop the export"))
        self.cancel_export_button.setObjectName("cancelExportButton")
        self.cancel_export_button.setAccessibleName(self.cancel_export_button.text())
        self.cancel_export_button.setAccessibleDescription(
            self.tr("Stops writing the file; nothing is left half written."))
        self.cancel_export_button.clicked.connect(self.cancel_export)
        self.cancel_export_button.hide()
        buttons.addWidget(self.cancel_export_button)
        self.forget_button = QPushButton(self.tr("Forget this person"))
        self.forget_button.setObjectName("forgetContactButton")
        self.forget_button.setAccessibleName(self.forget_button.text())
        self.forget_button.setAccessibleDescription(
            self.tr("Deletes every request of the person typed above, after asking."))
        self.forget_button.clicked.connect(self.forget)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.status = label("", "muted")
        self.status.setObjectName("historyStatus")
        box.addWidget(self.status)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        window.attempts_changed.connect(self._refresh_if_shown)
        self._update_buttons()

    def typed_contact(self) -> ContactRef | None:
        """The person typed in the filter, however they wrote the number or address (None: everyone)."""
        return ContactRef.parse(self.filter.text()) if self.filter.text().strip() else None

    def apply_filter(self) -> None:
        self.pause.stop()
        typed = self.filter.text().strip()
        who = self.typed_contact()
        self.model.set_filter(who, nobody=bool(typed) and who is None)
        self.status.setText(self.tr("Type a whole phone number or email address to look someone up.")
                            if typed and who is None else "")

    def clear_view(self) -> None:
        """The next citizen: no filter typed (nor its undo), every row again, no message about the last one."""
        self.filter.setText("")
        self.apply_filter()

    def refresh(self) -> None:
        self.model.refresh()
        try:
            total = self.log.count()  # kept by the log as rows come and go: no counting of a million rows
        except ValueError:  # the log was closed as the program ends
            return
        self.total.setText(
            self.tr("%1 requests recorded on this computer in all.").replace("%1", QLocale().toString(total)))

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _update_buttons(self) -> None:
        self.forget_button.setEnabled(self.model.contact is not None and bool(self.model.rows))
        self.export_button.setEnabled(self.job is None)

    # -- forget -------------------------------------------------------------------------------

    def forget(self) -> None:
        contact = self.model.contact
        if contact is None or not self._confirm_forget(contact):
            return
        removed = self.log.forget(contact)
        self.status.setText(self.tr("%1 requests deleted.").replace("%1", str(removed)))
        self.filter.clear()
        self.apply_filter()
        self.status.setText(self.tr("%1 requests deleted.").replace("%1", str(removed)))
        self.wizard.attempts_changed.emit()

    def _confirm_forget(self, contact: ContactRef) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Forget this person"))
        box.setText(
            self.tr("Delete every request recorded for %1? This cannot be undone.").replace("%1", contact.display))
        yes = box.addButton(self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is yes

    # -- export -------------------------------------------------------------------------------

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the requests"), str(Path(folder) / "vssid-requests.csv"),
            self.tr("CSV file (*.csv)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
        self.export_path = path
        self.job = ExportJob(self.log, path, self.model.contact, self.wizard.lang == "en")
        self.job.done.connect(self._exported)  # a method of this widget: runs on the screen thread
        self.job.progress.connect(self._exporting)
        self.job.finished.connect(self._job_over)
        self._update_buttons()
        self.status.setText(self.tr("Exporting\u2026"))
        self.cancel_export_button.show()
        self.job.start()

    def _exporting(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Exporting: %1 of %2 rows\u2026").replace("%1", QLocale().toString(done))
                            .replace("%2", QLocale().toString(total)))

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _exported(self, rows: int, error: str) -> None:
        path = self.export_path
        if error == ExportJob.CANCELLED:
            self.status.setText(self.tr("The export was stopped; no file was written."))
        elif error == ExportJob.DAMAGED:
            self.log.set_aside_if_damaged()  # the window's notice says so; a new record starts
            self.status.setText(self.tr("The record of requests was damaged and could not be read to the end, so "
                                        "no file was written. It was put aside and a new one was started."))
            self.refresh()
        elif error:
            self.status.setText(self.tr("The file could not be written: %1").replace("%1", error))
        else:
            self.status.setText(self.tr("%1 requests written to %2").replace("%1", str(rows))
                                .replace("%2", str(path)))
        self.exported.emit(rows, error)

    def _job_over(self) -> None:
        self.cancel_export_button.hide()
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._update_buttons()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide_button.click()  # Escape here closes the history, it does not go Back
        else:
            super().keyPressEvent(event)
