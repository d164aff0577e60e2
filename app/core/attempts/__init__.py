"""The attempt log: every password request a person made, with its time, kept across restarts.

``model`` is what an attempt is, ``storage`` the SQLite file (schema, migrations, failures),
``log`` the ``AttemptLog`` itself, ``export`` the CSV for IT staff. Each is imported when one
of its names is first used, so that the first frame does not wait for SQLite and the CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.clock import utc_now
from app.core.lazy import lazy_names
from app.core.paths import APP_NAME

if TYPE_CHECKING:
    from app.core.attempts.export import CsvLabels, ExportCancelled, csv_labels
    from app.core.attempts.log import DEFAULT_RETENTION_DAYS, AttemptLog
    from app.core.attempts.model import Action, Attempt, Channel, LogNotice, Outcome
    from app.core.attempts.refs import new_contact_key
    from app.core.attempts.retention import Purge
    from app.core.attempts.storage import LOG_FILE_NAME, SCHEMA_V1, SCHEMA_VERSION

__all__ = [
    "DEFAULT_RETENTION_DAYS", "LOG_FILE_NAME", "SCHEMA_V1", "SCHEMA_VERSION",
    "Action", "Attempt", "AttemptLog", "Channel", "CsvLabels", "ExportCancelled", "LogNotice", "Outcome", "Purge",
    "csv_labels", "default_log_folder", "new_contact_key", "utc_now",
]

__getattr__ = lazy_names(__name__, {
    "CsvLabels": "export", "ExportCancelled": "export", "csv_labels": "export",
    "DEFAULT_RETENTION_DAYS": "log", "AttemptLog": "log",
    "Action": "model", "Attempt": "model", "Channel": "model", "LogNotice": "model", "Outcome": "model",
    "new_contact_key": "refs", "Purge": "retention",
    "LOG_FILE_NAME": "storage", "SCHEMA_V1": "storage", "SCHEMA_VERSION": "storage",
}, globals())


def default_log_folder() -> Path:
    """The per-user data folder where the log lives when no ``--data-dir`` is given."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
