"""The history of requests as counter staff use it: newest first, one person, export to Excel, forget a person."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView

from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef
from app.ui.history import ExportJob, HistoryModel
from tests.deployment import kiosk_site
from tests.ui.driver import button, press

who = ContactRef.parse

T0 = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
LAN, BINH = "+84912345678", "binh@gmail.com"
LAN_SHOWN = "0912 345 678"  # as people write it, not as it is stored


def fill(folder, rows: list[tuple[str, Channel, datetime]]) -> None:
    with AttemptLog.open(folder) as log:
        for contact, channel, at in rows:
            log.record(who(contact), channel, Action.FORGOT_PASSWORD, at=at)


@pytest.fixture
def history(qtbot, make_window, tmp_path):
    """The counter window on a data folder holding three requests, with the history open."""

    def make(rows=None, *args: str):
        fill(tmp_path / "data", rows if rows is not None else [
            (LAN, Channel.SMS, T0),
            (BINH, Channel.EMAIL, T0 + timedelta(minutes=5)),
            (LAN, Channel.SMS, T0 + timedelta(minutes=20)),
        ])
        window = make_window("--lang", "en", "--site-settings", str(tmp_path / "none.toml"), *args)
        press(qtbot, window, "historyButton")
        return window

    return make


def table(window) -> QTableView:
    found = window.findChild(QTableView, "historyTable")
    assert found is not None and found.isVisible(), "the history table is not on screen"
    return found


def column(window, col: int) -> list[str]:
    model = table(window).model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def filter_by(qtbot, window, text: str) -> None:
    field = window.findChild(QLineEdit, "historyFilter")
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_every_request_is_listed_newest_first(history):
    window = history()
    assert column(window, 1) == [LAN_SHOWN, BINH, LAN_SHOWN]
    times = column(window, 0)
    assert times == sorted(times, reverse=True), f"not newest first: {times}"
    assert column(window, 2) == ["SMS", "Email", "SMS"]


def test_typing_a_contact_shows_only_that_person_whichever_way_it_is_written(qtbot, history):
    window = history()
    filter_by(qtbot, window, "0912 345 678")
    assert column(window, 1) == [LAN_SHOWN, LAN_SHOWN]
    filter_by(qtbot, window, "")
    assert len(column(window, 1)) == 3


def test_the_filter_also_applies_after_a_short_pause(qtbot, history):
    window = history()
    field = window.findChild(QLineEdit, "historyFilter")
    panel = window.side_panels["history"].built()
    qtbot.keyClicks(field, "BINH@gmail.com")
    assert len(column(window, 1)) == 3, "the table reloaded on every key"
    assert panel.pause.isActive(), "no pause was started after typing"
    panel.pause.timeout.emit()  # the pause is over
    assert column(window, 1) == [BINH]


def answer_next_question(qtbot, text: str) -> list[str]:
    """Press ``text`` on the question box that is about to open; returns its buttons' texts."""
    seen = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "no question was asked"
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)
    return seen


def test_forget_this_person_asks_then_deletes_only_their_requests(qtbot, history, tmp_path):
    window = history()
    forget = button(window, "forgetContactButton")
    assert not forget.isEnabled(), "forget was possible with no person chosen"
    filter_by(qtbot, window, LAN)
    seen = answer_next_question(qtbot, "Keep them")
    press(qtbot, window, "forgetContactButton")
    assert sorted(seen) == ["Delete them", "Keep them"], f"the question's buttons were {seen}"
    assert column(window, 1) == [LAN_SHOWN, LAN_SHOWN], "Keep deleted them"
    answer_next_question(qtbot, "Delete them")
    press(qtbot, window, "forgetContactButton")
    assert column(window, 1) == [BINH], "the other person's request went too, or theirs stayed"
    with AttemptLog.open(tmp_path / "data") as log:
        assert log.attempts_for(who(LAN)) == [], "the person's requests are still in the file"


@pytest.mark.parametrize("typed", [
    "0912 345 678", "+84 912 345 678", "0084 912 345 678", "(+84) 0912 345 678", "+84 (0) 912-345-678",
])
def test_staff_find_and_forget_a_person_however_the_number_is_written(qtbot, history, tmp_path, typed):
    window = history()
    filter_by(qtbot, window, typed)
    assert column(window, 1) == [LAN_SHOWN, LAN_SHOWN], f"the history found nobody for {typed!r}"
    answer_next_question(qtbot, "Delete them")
    press(qtbot, window, "forgetContactButton")
    with AttemptLog.open(tmp_path / "data") as log:
        assert log.attempts_for(who("0912345678")) == [], f"'forget' typed as {typed!r} left the requests in the file"
        assert log.count() == 1


def test_text_that_is_no_contact_finds_no_one_and_says_what_to_type(qtbot, history):
    window = history()
    filter_by(qtbot, window, "0912")
    assert column(window, 1) == [], "half a number showed everyone's requests"
    assert window.findChild(QLabel, "historyStatus").text() == (
        "Type a whole phone number or email address to look someone up.")
    assert not button(window, "forgetContactButton").isEnabled()


def test_export_writes_a_csv_for_excel_off_the_screen_thread(qtbot, history, monkeypatch, tmp_path):
    window = history()
    out = tmp_path / "export"  # no ending: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV file (*.csv)"))
    panel = window.side_panels["history"].built()
    export = button(window, "exportCsvButton")
    with qtbot.waitSignal(panel.exported, timeout=10000):
        press(qtbot, window, "exportCsvButton")
        assert not export.isEnabled(), "the export could be started twice"
    qtbot.waitUntil(export.isEnabled, timeout=5000)
    data = out.with_suffix(".csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would garble the Vietnamese"
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "Local time" and len(rows) == 4
    assert [r[3] for r in rows[1:]] == ["0912 345 678", BINH, "0912 345 678"]
    assert "3" in window.findChild(QLabel, "historyStatus").text()


def test_export_cancelled_writes_nothing(qtbot, history, monkeypatch, tmp_path):
    window = history()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    press(qtbot, window, "exportCsvButton")
    assert window.side_panels["history"].built().job is None
    assert button(window, "exportCsvButton").isEnabled()


def fill_fast(folder, count: int) -> None:
    """Many requests at once, written straight into a log the program made (its row count follows)."""
    import sqlite3
    from contextlib import closing

    AttemptLog.open(folder).close()
    with closing(sqlite3.connect(folder / "attempts.sqlite3")) as db, db:
        db.executemany(
            "INSERT INTO attempt(at, channel, contact_ref, contact, action) VALUES (?, 'sms', ?, ?, 'forgot_password')",
            ((f"2026-11-25T07:{n // 60 % 60:02d}:{n % 60:02d}.{n:06d}Z", f"+8491{n:07d}", f"+8491{n:07d}")
             for n in range(count)),
        )


def test_the_history_says_how_many_requests_there_are_in_all(qtbot, history, tmp_path):
    window = history()
    assert window.findChild(QLabel, "historyCount").text() == "3 requests recorded on this computer in all."
    window.session.log.record(who(BINH), Channel.EMAIL, Action.HOTLINE_KEY8)
    window.attempts_changed.emit()
    assert window.findChild(QLabel, "historyCount").text() == "4 requests recorded on this computer in all."


def test_a_long_export_shows_its_progress_and_can_be_stopped_leaving_no_file(qtbot, make_window, monkeypatch,
                                                                            tmp_path):
    fill_fast(tmp_path / "data", 60_000)
    window = make_window("--lang", "en", "--site-settings", str(tmp_path / "none.toml"))
    press(qtbot, window, "historyButton")
    out = tmp_path / "everyone.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV file (*.csv)"))
    panel = window.side_panels["history"].built()
    status = window.findChild(QLabel, "historyStatus")
    seen = []

    def stop_at_first_progress(done: int, total: int) -> None:
        seen.append(status.text())
        if len(seen) == 1:
            press(qtbot, window, "cancelExportButton")

    real_start = ExportJob.start

    def start(job) -> None:
        job.progress.connect(stop_at_first_progress)  # before the first row is written
        real_start(job)

    monkeypatch.setattr(ExportJob, "start", start)
    with qtbot.waitSignal(panel.exported, timeout=30000):
        press(qtbot, window, "exportCsvButton")
        assert button(window, "cancelExportButton").isVisible(), "a long export cannot be stopped"
    assert seen and seen[0].startswith("Exporting: ") and "of 60,000 rows" in seen[0], seen[:1]
    assert status.text() == "The export was stopped; no file was written."
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
    qtbot.waitUntil(lambda: not button(window, "cancelExportButton").isVisible(), timeout=5000)


def test_a_long_history_loads_a_page_at_a_time(qtbot, history):
    many = [(f"+8491{n:07d}", Channel.SMS, T0 + timedelta(seconds=n)) for n in range(5_000)]
    window = history(many)
    model = table(window).model()
    assert model.rowCount() == HistoryModel.PAGE, f"{model.rowCount()} of 5000 rows were loaded at once"
    assert model.index(0, 1).data() == "0910 004 999", "the newest request is not on top"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * HistoryModel.PAGE
    table(window).scrollToBottom()  # as staff scroll down
    QApplication.processEvents()
    assert model.rowCount() > 2 * HistoryModel.PAGE, "scrolling to the end loaded nothing more"


def test_a_request_recorded_while_the_history_is_open_appears(qtbot, history):
    window = history([])
    assert column(window, 1) == []
    window.session.log.record(who(LAN), Channel.SMS, Action.FORGOT_PASSWORD)
    window.attempts_changed.emit()
    assert column(window, 1) == [LAN_SHOWN]


def test_the_history_button_and_ctrl_h(qtbot, history):
    window = history()
    dock = window.side_panels["history"].dock
    assert dock.isVisible() and not button(window, "historyButton").isVisible()
    press(qtbot, window, "historyHide")
    assert not dock.isVisible() and button(window, "historyButton").isVisible()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible()


def test_a_kiosk_has_no_history(qtbot, make_window, tmp_path):
    site = kiosk_site(tmp_path / "site")
    window = make_window("--kiosk", "--site-settings", str(site))
    try:
        assert window.findChild(QPushButton, "historyButton") is None, "a walk-in could read others' numbers"
    finally:
        window.kiosk.unlocked = True
