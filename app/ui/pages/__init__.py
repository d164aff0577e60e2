"""Every page of the wizard: ``PAGES`` holds one factory per step of the flow's map (``STEPS``).

A factory takes the ``PageContext`` (the person's session, the content in use, the settings,
the language) and builds its page. Each imports its page module when first called, so the first
frame needs only the welcome page's module; the other pages are built after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.flow import CAUSES, StepId

if TYPE_CHECKING:
    from app.core.content import ContentSet
    from app.core.content.notices import NoticeText
    from app.core.session import Session
    from app.core.settings import Settings
    from app.ui.pages.base import Page


@dataclass(frozen=True)
class PageContext:
    """What the pages are built from; the two callbacks are the window's."""

    session: Session
    content: ContentSet
    settings: Settings
    lang: str
    recorded: Callable[[], None]  # a request was written to the log
    to_hotline: Callable[[], None]  # the person asked for the hotline page at the mark
    at_mark: Callable[[], None]  # the wait reached its mark: the window calls the person back

    @property
    def notices(self) -> NoticeText:
        return self.content.notices.text[self.lang]


def _welcome(ctx: PageContext) -> Page:
    from app.ui.pages.questions import WelcomePage

    page = WelcomePage(ctx.notices.scam_warning)
    if ctx.content.problems:  # the guides' own notice comes once they are read, after the first frame
        from app.ui.pages.guides import folder_notice

        page.add_notice(folder_notice(ctx.content))
    return page


def _question(name: str) -> Callable[[PageContext], Page]:
    def build(ctx: PageContext) -> Page:
        import app.ui.pages.questions as questions

        page: Page = getattr(questions, name)()
        return page

    return build


def _contact(ctx: PageContext) -> Page:
    # The contact checks (phonenumbers, email-validator) take a tenth of a second to import.
    from app.ui.pages.contact import ContactPage

    return ContactPage()


def _cause(cause: StepId) -> Callable[[PageContext], Page]:
    def build(ctx: PageContext) -> Page:
        from app.ui.pages.causes import CausePage

        return CausePage(ctx.content.causes[cause], ctx.lang, ctx.content.guide_offers.get(cause, ()))

    return build


def _waiting(ctx: PageContext) -> Page:
    from app.ui.pages.waiting import WaitingPage

    offers = ctx.content.guide_offers.get(StepId.WAITING, ())
    page = WaitingPage(ctx.content.causes[StepId.WAITING], ctx.lang, offers, ctx.session)
    page.wait_panel.recorded.connect(ctx.recorded)
    page.wait_panel.hotline.connect(ctx.to_hotline)
    page.wait_panel.mark_reached.connect(ctx.at_mark)
    return page


def _guides(name: str) -> Callable[[PageContext], Page]:
    def build(ctx: PageContext) -> Page:
        import app.ui.pages.guides as guides

        page: Page = getattr(guides, name)(list(ctx.content.guides), ctx.lang)
        return page

    return build


def _arrived(ctx: PageContext) -> Page:
    from app.ui.pages.questions import ArrivedPage
    from app.ui.pages.waiting import WaitLine

    page = ArrivedPage()
    page.answers.insertWidget(0, WaitLine(ctx.session))  # how long since the request, above the answers
    return page


def _ways_in(ctx: PageContext) -> Page:
    from app.ui.pages.causes import WaysInPage

    return WaysInPage(ctx.content.ways.ways, ctx.lang, ctx.notices)


def _solved(ctx: PageContext) -> Page:
    from app.ui.pages.endings import SolvedPage

    return SolvedPage(ctx.notices)


def _hotline(ctx: PageContext) -> Page:
    # segno (the QR code) comes with it.
    from app.ui.pages.endings import HotlinePage

    log = ctx.session.log
    return HotlinePage(ctx.lang, kiosk=ctx.settings.kiosk, journal=log.folder if log is not None else None,
                       printer=ctx.settings.printer)


# The modules the factories import, in the order the pages come (the window imports them after the first frame).
PAGE_MODULES = tuple(f"app.ui.pages.{name}" for name in ("questions", "contact", "causes", "waiting", "guides",
                                                          "endings"))

PAGES: dict[StepId, Callable[[PageContext], Page]] = {
    StepId.WELCOME: _welcome,
    StepId.REGISTRATION: _question("RegistrationPage"),
    StepId.CHANNEL: _question("ChannelPage"),
    StepId.CONTACT: _contact,
    **{cause: _cause(cause) for cause in CAUSES if cause is not StepId.WAITING},
    StepId.WAITING: _waiting,
    StepId.DEVICE: _guides("DevicePage"),
    StepId.PROVIDER: _guides("ProviderPage"),
    StepId.GUIDE: _guides("GuidePage"),
    StepId.ARRIVED: _arrived,
    StepId.WAYS_IN: _ways_in,
    StepId.SOLVED: _solved,
    StepId.HOTLINE: _hotline,
}
