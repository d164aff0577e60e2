"""The pages that ask a question with fixed answers: welcome, registration, channel, "did it arrive?"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.flow import Answer, Arrived, ChannelChoice, Registration, Start, StepId
from app.ui.pages.base import ChoicePage, Page, label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class WelcomePage(Page):
    """The first page; ``scam_warning`` is the office's wording from notices.toml, in the page's language."""

    def __init__(self, scam_warning: str = "") -> None:
        super().__init__(
            StepId.WELCOME,
            self.tr("Your VssID password has not arrived?"),
            self.tr(
                "This assistant goes through the usual reasons one by one and shows you what to do. "
                "It takes a few minutes."
            ),
        )
        self.body.addWidget(
            label(self.tr("You will need the phone or the email address you used to register."))
        )
        if scam_warning:
            warning = label(scam_warning, "scamWarning", content=True)
            warning.setAccessibleName(scam_warning)
            self.body.addWidget(warning)
        self.body.addWidget(
            label(
                self.tr(
                    "This program is not made by Vietnam Social Security (Bảo hiểm xã hội Việt Nam, BHXH). "
                    "What you type stays on this computer."
                ),
                "muted",
            )
        )
        self.finish_body()

    def add_notice(self, notice: QWidget | None) -> None:
        """A notice for staff (content that could not be used), under the page's own words."""
        if notice is not None:
            self.body.insertWidget(self.body.count() - 1, notice)  # above the closing stretch
            notice.show()  # added to a page already on screen: Qt leaves a new child hidden until told

    def answer(self) -> Answer:
        return Start()

    def next_label(self) -> str:
        return self.tr("Start")


class RegistrationPage(ChoicePage):
    def __init__(self) -> None:
        super().__init__(
            StepId.REGISTRATION,
            self.tr("How did you register for VssID?"),
            self.tr("The answer helps the program tell which phone number or email your BHXH file may hold."),
            [
                (Registration.IN_APP, self.tr("In the VssID app"),
                 self.tr("I pressed \u201cĐăng ký tài khoản\u201d in the app myself.")),
                (Registration.OFFICE_OR_EMPLOYER, self.tr("At a BHXH office, or my employer did it"),
                 self.tr("BHXH staff or my employer registered me.")),
                (Registration.NOT_SURE, self.tr("I am not sure"), ""),
            ],
        )


class ChannelPage(ChoicePage):
    def __init__(self) -> None:
        super().__init__(
            StepId.CHANNEL,
            self.tr("Where should the password have arrived?"),
            self.tr("The password usually comes by text message (SMS) when the account is issued, "
                    "or by email when you use \u201cQuên mật khẩu\u201d."),
            [
                (ChannelChoice.SMS, self.tr("By text message (SMS)"), self.tr("To my mobile phone number.")),
                (ChannelChoice.EMAIL, self.tr("By email"), self.tr("To my email address.")),
                (ChannelChoice.NOT_SURE, self.tr("I am not sure"), ""),
            ],
        )


class ArrivedPage(ChoicePage):
    def __init__(self) -> None:
        super().__init__(
            StepId.ARRIVED,
            self.tr("Did the password arrive?"),
            self.tr("After doing what the last page said, look at your messages and your email again."),
            [
                (Arrived.YES, self.tr("Yes, I have my password"), ""),
                (Arrived.NO, self.tr("No, still nothing"), self.tr("We will look at the next possible reason.")),
            ],
        )
