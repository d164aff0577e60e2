"""The attempt log: every password request a person made, with its time, kept across restarts.

``model`` is what an attempt is, ``storage`` the SQLite file (schema, migrations, failures),
``log`` the ``AttemptLog`` itself, ``export`` the CSV for IT staff.
"""

from __future__ import annotations

from pathlib import Path

from app.core.attempts.export import CsvLabels, ExportCancelled, csv_labels
from app.core.attempts.log import DEFAULT_RETENTION_DAYS, AttemptLog
from app.core.attempts.model import Action, Attempt, Channel, LogNotice, Outcome
from app.core.attempts.refs import new_contact_key
from app.core.attempts.retention import Purge
from app.core.attempts.storage import LOG_FILE_NAME, SCHEMA_V1, SCHEMA_VERSION
from app.core.clock import utc_now
from app.core.paths import APP_NAME

__all__ = [
    "DEFAULT_RETENTION_DAYS", "LOG_FILE_NAME", "SCHEMA_V1", "SCHEMA_VERSION",
    "Action", "Attempt", "AttemptLog", "Channel", "CsvLabels", "ExportCancelled", "LogNotice", "Outcome", "Purge",
    "csv_labels", "default_log_folder", "new_contact_key", "utc_now",
]


def default_log_folder() -> Path:
    """The per-user data folder where the log lives when no ``--data-dir`` is given."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
