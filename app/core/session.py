"""One person's visit: their answers, whom their requests are kept under, what they did, the wait, the summary.

The window holds one ``Session`` and asks it everything; pages show what it answers and
report what the person pressed. The clocks are injected (tests pass their own), so the
15-minute wait, a clock that jumps and a restart on the same log are all tested without a
screen and without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.core.clock import utc_now
from app.core.flow import Answer, Arrived, ChannelChoice, Flow, GuideOffers, StepId

if TYPE_CHECKING:
    # Imported where first used: the first frame needs the flow, not the log, the checks or the wait.
    from app.core.attempts import Action, Attempt, AttemptLog, Channel
    from app.core.contact.identity import ContactRef
    from app.core.settings import Settings
    from app.core.summary import HotlineSummary
    from app.core.waiting import Countdown


@dataclass(frozen=True)
class LoggedContact:
    """Whom a request is logged under (the one identity of the phone or the email) and how it is sent."""

    contact: ContactRef
    channel: Channel


@dataclass(frozen=True)
class Wait:
    """What the waiting page shows: this person's requests, and what they are waiting for.

    ``countdown`` runs from the last request that makes BHXH send something ("Quên mật khẩu",
    key 8); ``for_approval`` means the last thing done was sending the registration, so the
    wait is for an office's approval (days), not for a message (minutes).
    """

    attempts: tuple[Attempt, ...]  # newest first
    countdown: Countdown | None
    for_approval: bool


class Session:
    """The person's journey through the wizard, their attempt log entries, and the summary for the hotline."""

    def __init__(
        self,
        log: AttemptLog | None,
        settings: Settings | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        guide_offers: GuideOffers | None = None,
    ) -> None:
        from app.core.settings import Settings

        self.log = log
        self.settings = settings or Settings()
        # Which cause page offers which guides (not tested for emptiness: a lazy one reads its guides then).
        self.guide_offers: GuideOffers = guide_offers if guide_offers is not None else {}
        self.clock = clock  # aware UTC wall clock: what is stored, and today's date for a typed time
        self.monotonic = monotonic  # what the countdown counts with, so a clock moved meanwhile changes nothing
        self.flow = Flow(guide_offers=self.guide_offers)
        self._visit: set[int] = set()  # ids recorded during this visit
        self._who: tuple[object, LoggedContact | None] | None = None  # (what it was made from, the contact)

    @property
    def wait_for(self) -> timedelta:
        """How long to wait after "Quên mật khẩu" or a key-8 call before calling the hotline (advice, a setting)."""
        return timedelta(minutes=self.settings.wait_minutes)

    def restart(self) -> None:
        """The next person: a fresh flow, and none of this visit's requests counted as theirs."""
        self.flow = Flow(guide_offers=self.guide_offers)
        self._visit.clear()

    # -- whose requests ------------------------------------------------------------------------

    def contact(self) -> LoggedContact | None:
        """The contact this person's requests are logged under, or None when none usable was given.

        Waiting for an email: the email. Waiting for an SMS: the phone. Not sure: the phone if
        given, else the email. Only a value the contact checks accept is used.
        """
        typed, channel = self.flow.contact, self.flow.channel
        made_from = (typed, channel)
        if self._who is None or self._who[0] != made_from:
            self._who = (made_from, self._logged_under(typed.phone, typed.email, channel))
        return self._who[1]

    @staticmethod
    def _logged_under(phone_text: str, email_text: str, channel: ChannelChoice | None) -> LoggedContact | None:
        from app.core.attempts import Channel
        from app.core.contact.identity import ContactRef

        phone = ContactRef.phone(phone_text) if phone_text else None
        email = ContactRef.email(email_text) if email_text else None
        if channel is ChannelChoice.EMAIL:
            return LoggedContact(email, Channel.EMAIL) if email else None
        if phone:
            return LoggedContact(phone, Channel.SMS)
        if email and channel is not ChannelChoice.SMS:
            return LoggedContact(email, Channel.EMAIL)
        return None

    def can_record(self) -> bool:
        """Whether a request can be recorded: there is a log and a usable contact."""
        return self.log is not None and self.contact() is not None

    def attempts(self) -> list[Attempt]:
        """This person's requests, newest first; on a kiosk only those of this visit (strangers share it)."""
        who = self.contact() if self.log is not None else None
        if who is None or self.log is None:
            return []
        found = self.log.attempts_for(who.contact)
        if self.settings.kiosk:
            found = [a for a in found if a.id in self._visit]
        return found

    # -- what the person does ------------------------------------------------------------------

    def record(self, action: Action, at: datetime | None = None) -> Attempt | None:
        """Record that the person did ``action`` now, or at ``at`` (aware); None without a log or a contact."""
        who = self.contact()
        if who is None or self.log is None:
            return None
        attempt = self.log.record(who.contact, who.channel, action, at=self.clock() if at is None else at)
        self._visit.add(attempt.id)
        return attempt

    def typed_time(self, text: str) -> datetime | None:
        """The moment "I did it at 14:05" means (today, or yesterday if that is still to come), or None."""
        from app.core.waiting import parse_request_time

        return parse_request_time(text, self.clock().astimezone())

    def answer(self, answer: Answer) -> StepId:
        """Give the flow the answer to the current page; "did it arrive?" also sets the last request's outcome."""
        step = self.flow.current
        moved = self.flow.answer(answer)
        if step is StepId.ARRIVED and isinstance(answer, Arrived) and self.log is not None:
            from app.core.attempts import Outcome

            latest = self.attempts()
            if latest:
                self.log.set_outcome(latest[0].id, Outcome.ARRIVED if answer is Arrived.YES else Outcome.NOT_ARRIVED)
        return moved

    # -- the wait and the summary --------------------------------------------------------------

    def wait(self) -> Wait:
        """This person's requests and where the wait stands, for the waiting page and "did it arrive?"."""
        from app.core.attempts import Action
        from app.core.waiting import Countdown

        attempts = tuple(self.attempts())
        sent = next((a for a in attempts if a.action.sends), None)
        countdown = None
        if sent is not None:
            countdown = Countdown.start(sent.at, self.clock(), self.monotonic(), self.wait_for)
        for_approval = bool(attempts) and attempts[0].action is Action.REGISTRATION
        return Wait(attempts, countdown, for_approval)

    def summary(self) -> HotlineSummary:
        """The hotline summary of this session as it stands now, with the requests in the log."""
        from app.core.summary import HotlineSummary  # imported late: segno and the guides come with it

        return HotlineSummary.build(self.flow, self.clock().astimezone(), self.attempts())
