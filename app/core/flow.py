"""The wizard's flow: which page follows which, and the path a person took.

Modelled on Electrum's wizard engine: the flow knows nothing of widgets. A
renderer asks for the current step, shows it, and hands back the person's
answer; Back pops the last answer off a stack. The answers are typed (enums
and dataclasses) so that a wrong answer for a step is caught here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.contact.bhxh_code import BhxhCodeCheck
    from app.core.contact.email import EmailCheck
    from app.core.contact.phone import PhoneCheck

# app.core.contact is imported where it is used: phonenumbers and email-validator cost
# about 60 ms of start-up, and the welcome page does not need them.


class StepId(StrEnum):
    """Every page of the wizard; the value is the page's stable id."""

    WELCOME = "welcome"
    REGISTRATION = "registration"
    CHANNEL = "channel"
    CONTACT = "contact"
    WRONG_CONTACT = "wrong_contact"
    CONTACT_ON_FILE = "contact_on_file"
    ALREADY_USED = "already_used"
    NOT_APPROVED = "not_approved"
    SPAM_FOLDER = "spam_folder"
    BLOCKED = "blocked"
    WAITING = "waiting"
    NO_EMAIL = "no_email"
    DEVICE = "device"
    PROVIDER = "provider"
    GUIDE = "guide"
    ARRIVED = "arrived"
    WAYS_IN = "ways_in"
    SOLVED = "solved"
    HOTLINE = "hotline"


# Triage order of the cause pages, as CONTENT.md §3 lists them: 1, 1b, 2, 2b, 3, 4, 5, then no email.
CAUSES: tuple[StepId, ...] = (
    StepId.WRONG_CONTACT,
    StepId.CONTACT_ON_FILE,
    StepId.ALREADY_USED,
    StepId.NOT_APPROVED,
    StepId.WAITING,
    StepId.BLOCKED,
    StepId.SPAM_FOLDER,
    StepId.NO_EMAIL,
)


class Registration(StrEnum):
    """How the person registered for VssID."""

    IN_APP = "in_app"
    OFFICE_OR_EMPLOYER = "office_or_employer"
    NOT_SURE = "not_sure"


class ChannelChoice(StrEnum):
    """Where the person expected the password to arrive."""

    SMS = "sms"
    EMAIL = "email"
    NOT_SURE = "not_sure"


class CauseResult(StrEnum):
    """What the person found on a cause page."""

    NOT_THIS = "not_this"  # checked, this is not the problem
    FIXED = "fixed"  # found it, did what the page says
    PHONE_GUIDE = "phone_guide"  # show me the steps for my phone
    EMAIL_GUIDE = "email_guide"  # show me the steps for my email


GUIDE_ANSWERS = (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE)
# Which cause page offers which "show me the steps" answers is the guides' to say (their
# ``causes``): see app.core.content.guides.guide_offers.
GuideOffers = Mapping[StepId, tuple[CauseResult, ...]]


class Arrived(StrEnum):
    YES = "yes"
    NO = "no"


class WaysInResult(StrEnum):
    WORKED = "worked"
    NEED_HELP = "need_help"


@dataclass(frozen=True)
class Contact:
    """The contact details as the person typed them; empty strings mean "not given".

    ``*_confirmed`` records the one explicit "yes, this is right" that a surprising
    value (a foreign number, an address that looks mistyped) needs.
    """

    phone: str = ""
    email: str = ""
    bhxh_code: str = ""
    phone_confirmed: bool = False
    email_confirmed: bool = False
    bhxh_code_confirmed: bool = False

    @cached_property
    def phone_check(self) -> PhoneCheck:
        from app.core.contact.phone import check_phone

        return check_phone(self.phone)

    @cached_property
    def email_check(self) -> EmailCheck:
        from app.core.contact.email import check_email

        return check_email(self.email)

    @cached_property
    def bhxh_code_check(self) -> BhxhCodeCheck:
        from app.core.contact.bhxh_code import check_bhxh_code

        return check_bhxh_code(self.bhxh_code)


@dataclass(frozen=True)
class GuideChoice:
    """The phone or mail guide the person picked (the id of a file in resources/guides/)."""

    guide_id: str


@dataclass(frozen=True)
class GuideTicks:
    """The steps of a guide the person ticked off (0-based, in order) out of ``total``.

    ``finds_device`` marks the guide that only helps find out which phone one has:
    after it the person goes back to the phone list instead of asking whether it arrived.
    """

    guide_id: str
    ticked: tuple[int, ...]
    total: int
    finds_device: bool = False


@dataclass(frozen=True)
class Start:
    """The welcome page's answer: the person pressed Start."""


@dataclass(frozen=True)
class Jump:
    """Recorded in the path where staff opened a cause page directly, so Back returns there."""


Answer = (
    Start | Registration | ChannelChoice | Contact | CauseResult | Arrived | WaysInResult | Jump
    | GuideChoice | GuideTicks
)

@dataclass(frozen=True)
class Progress:
    """Where a person is: this page's number on their way, and about how many pages the way has."""

    step: int
    about: int


@dataclass(frozen=True)
class PathEntry:
    """One answered page of the path taken."""

    step: StepId
    answer: Answer


class FlowError(ValueError):
    """An answer that does not belong to the current step, or a move the flow forbids."""


Next = Callable[["Flow", StepId, Answer], StepId]


@dataclass(frozen=True)
class StepSpec:
    """One step of the map: the type of answer it takes, and where that answer leads (None: the end)."""

    answer: type | None
    next: Next | None

    @property
    def final(self) -> bool:
        return self.next is None


def _to(step: StepId) -> Next:
    return lambda flow, here, answer: step


def _after_cause(flow: Flow, cause: StepId, answer: Answer) -> StepId:
    if answer is CauseResult.PHONE_GUIDE:
        return StepId.DEVICE
    if answer is CauseResult.EMAIL_GUIDE:
        return StepId.PROVIDER
    return StepId.ARRIVED if answer is CauseResult.FIXED else flow._cause_after(cause)


def _after_guide(flow: Flow, here: StepId, answer: Answer) -> StepId:
    # Having done the steps is like "fixed": ask whether it arrived. "Which phone?" leads back to the list.
    return StepId.DEVICE if isinstance(answer, GuideTicks) and answer.finds_device else StepId.ARRIVED


def _after_arrived(flow: Flow, here: StepId, answer: Answer) -> StepId:
    return StepId.SOLVED if answer is Arrived.YES else flow._cause_after(flow._last_cause())


# The whole map in one table (Electrum's navmap, typed): every step, its answer, its next step.
STEPS: dict[StepId, StepSpec] = {
    StepId.WELCOME: StepSpec(Start, _to(StepId.REGISTRATION)),
    StepId.REGISTRATION: StepSpec(Registration, _to(StepId.CHANNEL)),
    StepId.CHANNEL: StepSpec(ChannelChoice, _to(StepId.CONTACT)),
    StepId.CONTACT: StepSpec(Contact, lambda flow, here, answer: flow._cause_after(None)),
    **{cause: StepSpec(CauseResult, _after_cause) for cause in CAUSES},
    StepId.DEVICE: StepSpec(GuideChoice, _to(StepId.GUIDE)),
    StepId.PROVIDER: StepSpec(GuideChoice, _to(StepId.GUIDE)),
    StepId.GUIDE: StepSpec(GuideTicks, _after_guide),
    StepId.ARRIVED: StepSpec(Arrived, _after_arrived),
    StepId.WAYS_IN: StepSpec(WaysInResult, lambda flow, here, answer: (
        StepId.SOLVED if answer is WaysInResult.WORKED else StepId.HOTLINE)),
    StepId.SOLVED: StepSpec(None, None),
    StepId.HOTLINE: StepSpec(None, None),
}
assert set(STEPS) == set(StepId), "every step needs a row in STEPS"
FINAL_STEPS = frozenset(step for step, spec in STEPS.items() if spec.final)


def contact_is_enough(channel: ChannelChoice | None, contact: Contact) -> bool:
    """Whether the contact page may be left.

    SMS needs a usable phone number, email a usable address, "not sure" either;
    whatever else is filled in must be usable too (see ``contact_ready``).
    """
    from app.core.contact import contact_ready

    return contact_ready(
        contact.phone_check,
        contact.email_check,
        contact.bhxh_code_check,
        phone_required=channel is ChannelChoice.SMS,
        email_required=channel is ChannelChoice.EMAIL,
        phone_confirmed=contact.phone_confirmed,
        email_confirmed=contact.email_confirmed,
        bhxh_code_confirmed=contact.bhxh_code_confirmed,
    )


@dataclass
class Flow:
    """One person's walk through the wizard.

    ``path`` holds the answered pages in order; the current step is the one the
    last answer led to. ``remembered`` keeps the latest answer given on each
    page, so that Back and a second visit show what the person chose before.
    ``guide_offers`` says which cause page offers which guides (the content's to say, from the
    guides' ``causes``: see app.core.content.guides.guide_offers); none by default.
    """

    path: list[PathEntry] = field(default_factory=list)
    remembered: dict[StepId, Answer] = field(default_factory=dict)
    _current: StepId = StepId.WELCOME
    guide_offers: GuideOffers = field(default_factory=dict)

    @property
    def current(self) -> StepId:
        """The step being shown."""
        return self._current

    # -- what the person has said so far -------------------------------------------------

    def latest(self, step: StepId) -> Answer | None:
        """The answer given on ``step`` in the current path, or None."""
        for entry in reversed(self.path):
            if entry.step is step:
                return entry.answer
        return None

    @property
    def registration(self) -> Registration | None:
        answer = self.latest(StepId.REGISTRATION)
        return answer if isinstance(answer, Registration) else None

    @property
    def channel(self) -> ChannelChoice | None:
        answer = self.latest(StepId.CHANNEL)
        return answer if isinstance(answer, ChannelChoice) else None

    @property
    def contact(self) -> Contact:
        answer = self.latest(StepId.CONTACT)
        return answer if isinstance(answer, Contact) else Contact()

    def cause_results(self) -> list[tuple[StepId, CauseResult]]:
        """Each cause page answered on the current path, in the order visited.

        A cause page left for a guide is reported with the guide answer (PHONE_GUIDE, EMAIL_GUIDE).
        """
        return [(e.step, e.answer) for e in self.path if e.step in CAUSES and isinstance(e.answer, CauseResult)]

    def guide_choices(self, step: StepId) -> tuple[CauseResult, ...]:
        """The "show me the steps" answers that cause page ``step`` offers this person.

        Those the guides offer there (``guide_offers``): a phone guide to someone waiting
        for an SMS, a mail guide to someone waiting for an email, both when they are not sure.
        """
        offered = self.guide_offers.get(step, ())
        wanted: tuple[CauseResult, ...] = GUIDE_ANSWERS
        if self.channel is ChannelChoice.SMS:
            wanted = (CauseResult.PHONE_GUIDE,)
        elif self.channel is ChannelChoice.EMAIL:
            wanted = (CauseResult.EMAIL_GUIDE,)
        return tuple(answer for answer in offered if answer in wanted)

    def guide_cause(self) -> StepId | None:
        """The cause page the person left for the guide they are picking or following, or None."""
        for entry in reversed(self.path):
            if entry.step in CAUSES and entry.answer in GUIDE_ANSWERS:
                return entry.step
        return None

    def chosen_guide(self) -> str | None:
        """The id of the guide picked last on the current path (phone or mail), or None."""
        latest = self._latest_guide_choice()
        return latest[1].guide_id if latest else None

    def guide_ticks(self) -> list[GuideTicks]:
        """Every guide followed on the current path with the steps ticked, in order (for the summary)."""
        return [e.answer for e in self.path if isinstance(e.answer, GuideTicks)]

    def applicable_causes(self) -> list[StepId]:
        """The cause pages worth showing to this person, in triage order."""
        reg = self.registration
        causes = []
        for cause in CAUSES:
            if cause is StepId.CONTACT_ON_FILE and reg is Registration.IN_APP:
                continue  # they typed the contact themselves in the app
            if cause in (StepId.ALREADY_USED, StepId.NOT_APPROVED) and reg is Registration.OFFICE_OR_EMPLOYER:
                continue  # both are about a declaration sent from the app
            if cause is StepId.NO_EMAIL and self.contact.email and self.channel is ChannelChoice.EMAIL:
                continue  # an email is on file: recovery by email can work
            causes.append(cause)
        return causes

    def progress(self) -> Progress:
        """This page's number and about how many pages this person's visit takes in all.

        The pages ahead are those the flow would show if every remaining cause were "not this"
        and nothing arrived: the longest way this person's answers so far can still take without
        a guide, ending at the hotline page. On a final page the count is exact.
        """
        here = len(self.path) + 1  # a page opened directly by staff counts as a page seen
        ahead = replace(self, path=list(self.path), remembered=dict(self.remembered))
        pages = here
        while not ahead.is_final() and pages < here + 3 * len(StepId):  # the guard cannot be reached
            step = ahead.current
            answer = ahead._assumed(step)
            ahead.path.append(PathEntry(step, answer))
            ahead._current = ahead._next(step, answer)
            pages += 1
        return Progress(here, pages)

    def _assumed(self, step: StepId) -> Answer:
        """The answer the progress count takes for ``step``: the one given before, else "nothing helped"."""
        remembered = self.remembered.get(step)
        assumed: dict[StepId, Answer] = {
            StepId.WELCOME: Start(),
            StepId.REGISTRATION: remembered if isinstance(remembered, Registration) else Registration.NOT_SURE,
            StepId.CHANNEL: remembered if isinstance(remembered, ChannelChoice) else ChannelChoice.NOT_SURE,
            StepId.CONTACT: remembered if isinstance(remembered, Contact) else Contact(),
            StepId.DEVICE: GuideChoice(""),
            StepId.PROVIDER: GuideChoice(""),
            StepId.GUIDE: GuideTicks("", (), 0),
            StepId.ARRIVED: Arrived.NO,
            StepId.WAYS_IN: WaysInResult.NEED_HELP,
        }
        return assumed.get(step, CauseResult.NOT_THIS)

    # -- moving ---------------------------------------------------------------------------

    def can_go_back(self) -> bool:
        """Back is possible everywhere but the first page."""
        return bool(self.path)

    def is_final(self) -> bool:
        """Whether the current page ends the session (solved, or the hotline)."""
        return self._current in FINAL_STEPS

    def accepts(self, answer: Answer) -> bool:
        """Whether ``answer`` lets the person go on from the current step."""
        expected = STEPS[self._current].answer
        if expected is None or not isinstance(answer, expected):
            return False
        if isinstance(answer, Contact):
            return contact_is_enough(self.channel, answer)
        if isinstance(answer, CauseResult) and answer in GUIDE_ANSWERS:
            return answer in self.guide_choices(self._current)
        if isinstance(answer, GuideChoice):
            return bool(answer.guide_id)
        if isinstance(answer, GuideTicks):
            return self._ticks_fit(answer)
        return True

    def answer(self, answer: Answer) -> StepId:
        """Record the answer to the current step and move to the step it leads to."""
        if not self.accepts(answer):
            raise FlowError(f"{answer!r} does not answer step {self._current}")
        step = self._current
        self.path.append(PathEntry(step, answer))
        self.remembered[step] = answer
        self._current = self._next(step, answer)
        return self._current

    def back(self) -> StepId:
        """Go back one page; the answer given there stays remembered."""
        if not self.path:
            raise FlowError("already on the first page")
        self._current = self.path.pop().step
        return self._current

    def jump_to(self, step: StepId) -> StepId:
        """Open a cause page directly (counter staff); Back returns to where they were."""
        if step not in CAUSES:
            raise FlowError(f"only cause pages can be opened directly, not {step}")
        if self._current is not step:
            self.path.append(PathEntry(self._current, Jump()))
            self._current = step
        return self._current

    def go_to_hotline(self) -> StepId:
        """Go straight to the hotline page (the wait is over and nothing came); Back returns here."""
        if self._current is not StepId.HOTLINE:
            self.path.append(PathEntry(self._current, Jump()))
            self._current = StepId.HOTLINE
        return self._current

    def _latest_guide_choice(self) -> tuple[StepId, GuideChoice] | None:
        for entry in reversed(self.path):
            if isinstance(entry.answer, GuideChoice):
                return entry.step, entry.answer
        return None

    def _ticks_fit(self, ticks: GuideTicks) -> bool:
        """Ticks belong to the guide just picked, name real steps, once each, in order."""
        latest = self._latest_guide_choice()
        if latest is None or latest[1].guide_id != ticks.guide_id:
            return False
        if ticks.finds_device and latest[0] is not StepId.DEVICE:
            return False  # only the phone list has a "find out which phone" guide
        in_range = all(0 <= n < ticks.total for n in ticks.ticked)
        return ticks.total > 0 and in_range and list(ticks.ticked) == sorted(set(ticks.ticked))

    def _next(self, step: StepId, answer: Answer) -> StepId:
        follow = STEPS[step].next
        assert follow is not None, "accepts() refuses every answer on a final step"
        return follow(self, step, answer)

    def _last_cause(self) -> StepId:
        # Only called on "did it arrive?", which a cause page (or its guide) always leads to.
        return next(entry.step for entry in reversed(self.path) if entry.step in CAUSES)

    def _cause_after(self, cause: StepId | None) -> StepId:
        """The next applicable, not yet answered cause after ``cause``; the last one leads to "did it arrive?"."""
        answered = {step for step, _ in self.cause_results()}
        causes = self.applicable_causes()
        start = causes.index(cause) + 1 if cause in causes else 0
        for candidate in causes[start:]:
            if candidate not in answered:
                return candidate
        if self.path[-1].step is StepId.ARRIVED:
            return StepId.WAYS_IN  # every cause seen and still nothing
        return StepId.ARRIVED
