"""What the attempt log holds: one request for the password, and the notices about the log itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.core.contact.identity import ContactRef


class Channel(enum.StrEnum):
    """How the password was to be sent."""

    SMS = "sms"
    EMAIL = "email"


class Action(enum.StrEnum):
    """What the person did: the only actions there are (CONTENT.md §8); the words are in resources/vocabulary.toml."""

    REGISTRATION = "registration"  # sent the registration: in the app, at an office or through the employer
    FORGOT_PASSWORD = "forgot_password"  # pressed "Quên mật khẩu" in the app or on the Cổng Dịch vụ công BHXH
    HOTLINE_KEY8 = "hotline_key8"  # called 1900 9068 and pressed key 8, from the registered number
    ASKED_OFFICE = "asked_office"  # asked the BHXH office whether the registration was approved
    OLDER_VERSION = "older_version"  # recorded by an older version of the program, which guessed the action

    @property
    def sends(self) -> bool:
        """Whether the action makes BHXH send something, so that the advice to wait (15 minutes) applies."""
        return self in (Action.FORGOT_PASSWORD, Action.HOTLINE_KEY8)


class Outcome(enum.StrEnum):
    """Whether the password arrived after that attempt."""

    ARRIVED = "arrived"
    NOT_ARRIVED = "not_arrived"
    UNKNOWN = "unknown"


class LogNotice(enum.Enum):
    """Something the person should be told once about the log (one short sentence)."""

    MOVED_ASIDE_CORRUPT = "moved_aside_corrupt"  # the old file was damaged; kept as moved_aside, a new log started
    NOT_SAVED = "not_saved"  # folder or disk cannot be written: attempts are kept in memory only
    NEWER_VERSION = "newer_version"  # the file was written by a newer version: left untouched, memory only


@dataclass(frozen=True)
class Attempt:
    """One request for the password.

    ``at`` is aware UTC. ``contact`` is the contact in clear, or None when the log keeps
    only its keyed hash; then ``contact_hash`` is a short pseudonym (12 hex digits) that is
    the same for every attempt of that person, for the history table.
    """

    id: int
    at: datetime
    channel: Channel
    contact: str | None
    action: Action
    outcome: Outcome = Outcome.UNKNOWN
    contact_hash: str | None = None

    @property
    def who(self) -> str:
        """The contact as the history table shows it: as people write it, or ``#`` and the pseudonym."""
        return ContactRef.from_key(self.contact).display if self.contact is not None else f"#{self.contact_hash}"

    def local_time(self, tz: tzinfo | None = None) -> datetime:
        """The time of the attempt in ``tz``, or in the computer's local zone."""
        return self.at.astimezone(tz)
