"""The pages that ask a question with fixed answers: welcome, registration, channel, "did it arrive?"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from app.core.flow import Answer, Arrived, ChannelChoice, Registration, Start, StepId
from app.ui.pages.base import ChoicePage, Page, label


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
        # Reading aids, here where a person starts; the window applies them (WizardWindow.set_look).
        self.font_scale_button = QPushButton()
        self.font_scale_button.setObjectName("fontScaleButton")
        self.font_scale_button.setAccessibleDescription(
            self.tr("Makes all text larger: 100%, 125%, 150%, then back to 100%."))
        self.high_contrast_button = QPushButton()
        self.high_contrast_button.setObjectName("highContrastButton")
        self.high_contrast_button.setCheckable(True)
        self.high_contrast_button.setAccessibleDescription(
            self.tr("Switches between white text on black and the usual colours."))
        looks = QHBoxLayout()
        looks.setSpacing(12)
        looks.addWidget(self.font_scale_button)
        looks.addWidget(self.high_contrast_button)
        looks.addStretch(1)
        self.body.addSpacing(8)
        self.body.addLayout(looks)
        self.finish_body()

    def show_look(self, look) -> None:
        """Show the text size and contrast now in use on the two buttons."""
        self.font_scale_button.setText(self.tr("Text size: %1%").replace("%1", str(look.font_scale)))
        self.font_scale_button.setAccessibleName(self.font_scale_button.text())
        self.high_contrast_button.setChecked(look.high_contrast)
        self.high_contrast_button.setText(
            self.tr("High contrast: on") if look.high_contrast else self.tr("High contrast: off"))
        self.high_contrast_button.setAccessibleName(self.high_contrast_button.text())

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
