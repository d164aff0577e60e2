"""The contact page: the phone number and/or email used to register, and the optional code
(mã số BHXH or số định danh cá nhân).

Every keystroke is checked by app.core.contact; the page only shows the verdict under the field,
offers the proposed correction (or the two or three readings to choose from) in one tap, and asks
for the one confirmation that a surprising but valid value needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.contact import check_bhxh_code, check_email, check_phone
from app.core.flow import Answer, Contact, StepId
from app.ui import contact_feedback as say
from app.ui.pages.base import Page, label, restyle

if TYPE_CHECKING:
    from app.core.contact import BhxhCodeCheck, EmailCheck, PhoneCheck

MAX_CHOICES = 3  # as many as the checks ever offer


class ContactField(QWidget):
    """One input with its caption, the feedback line, the fix button, the choices and, if needed,
    the confirmation."""

    def __init__(self, name: str, caption: str, placeholder: str,
                 check: Callable[[str], PhoneCheck | EmailCheck | BhxhCodeCheck],
                 feedback: Callable[[Any], str]) -> None:  # each feedback takes its own check's verdict
        super().__init__()
        self.check, self.feedback = check, feedback
        self.touched = False  # an unfinished value is only criticised once the person has left the field
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(label(caption, "fieldCaption"))
        self.input = QLineEdit()
        self.input.setObjectName(f"{name}Input")
        self.input.setAccessibleName(caption)
        self.input.setPlaceholderText(placeholder)
        self.input.setMaxLength(200)
        box.addWidget(self.input)
        self.message = QLabel()
        self.message.setObjectName(f"{name}Feedback")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.fix = QPushButton()
        self.fix.setObjectName(f"{name}FixButton")
        self.fix.clicked.connect(lambda: self._use(self.result.proposal))
        row.addWidget(self.fix)
        self.confirm = QPushButton()
        self.confirm.setObjectName(f"{name}ConfirmButton")
        self.confirm.setCheckable(True)
        row.addWidget(self.confirm)
        row.addStretch(1)
        box.addLayout(row)
        self.choices: list[QPushButton] = []
        for number in range(1, MAX_CHOICES + 1):  # phoneChoice1Button, emailChoice2Button...
            choice = QPushButton()
            choice.setObjectName(f"{name}Choice{number}Button")
            choice.clicked.connect(lambda _=False, i=number - 1: self._use(self.result.choices[i]))
            box.addWidget(choice, 0, Qt.AlignmentFlag.AlignLeft)
            self.choices.append(choice)
        self.input.textChanged.connect(self._edited)  # typed, pasted, or put there by a keypad
        self.input.editingFinished.connect(self._left)
        self.refresh()

    def _edited(self) -> None:
        self.confirm.setChecked(False)  # a confirmation holds for the value it was given for
        self.refresh()

    def _left(self) -> None:
        self.touched = True
        self.refresh()

    def _use(self, text: str | None) -> None:
        if text:
            self.input.setText(text)
            self.input.setFocus()

    def set_value(self, text: str, confirmed: bool) -> None:
        self.input.setText(text)
        self.confirm.setChecked(confirmed)  # after setText, which clears it
        self.touched = bool(text)
        self.refresh()

    def refresh(self) -> None:
        self.result = self.check(self.input.text())
        quiet = self.result.may_be_unfinished and not self.touched
        self.message.setText(self.feedback(self.check("")) if quiet else self.feedback(self.result))
        problem = not quiet and not self.result.acceptable and bool(self.input.text().strip())
        self.message.setProperty("problem", problem)
        restyle(self.message)
        self._offer(self.fix, self.result.proposal)
        for i, button in enumerate(self.choices):
            self._offer(button, self.result.choices[i] if i < len(self.result.choices) else None)
        self.confirm.setVisible(self.result.needs_confirmation)
        if self.result.needs_confirmation:
            self.confirm.setText(say.confirm_button_text(self.result))
            self.confirm.setAccessibleName(self.confirm.text())

    @staticmethod
    def _offer(button: QPushButton, text: str | None) -> None:
        button.setVisible(bool(text))
        # A hidden button keeps its text: without an offer it holds none ("Use <the last email>").
        button.setText(say.proposal_button_text(text) if text else "")
        button.setAccessibleName(button.text())


class ContactPage(Page):
    def __init__(self) -> None:
        super().__init__(
            StepId.CONTACT,
            self.tr("Which phone number or email did you register with?"),
            self.tr("Type them as you gave them to BHXH. We check them for common mistakes."),
        )
        self.phone_field = ContactField("phone", self.tr("Mobile phone number"), self.tr("e.g. 0912 345 678"),
                                        check_phone, say.phone_feedback)
        self.email_field = ContactField("email", self.tr("Email address"), self.tr("e.g. ten@gmail.com"),
                                        check_email, say.email_feedback)
        # From 01/08/2025 the 12-digit personal number replaces the mã số BHXH; both are in use (CONTENT.md §5).
        self.code_field = ContactField(
            "bhxhCode",
            self.tr("Social insurance number (mã số BHXH) or 12-digit personal identification number (optional)"),
            self.tr("10 or 12 digits"),
            check_bhxh_code,
            say.bhxh_code_feedback,
        )
        for field in (self.phone_field, self.email_field, self.code_field):
            self.body.addWidget(field)
            field.input.textChanged.connect(self.changed)
            field.confirm.toggled.connect(self.changed)
            field.input.returnPressed.connect(self.submitted)
        self.phone, self.email, self.bhxh_code = (f.input for f in (self.phone_field, self.email_field,
                                                                    self.code_field))
        self.finish_body()

    def keypad_fields(self) -> list[tuple[QLineEdit, str]]:
        return [(self.phone, "phone"), (self.email, "email"), (self.bhxh_code, "digits")]

    def add_below(self, field: QWidget, widget: QWidget) -> None:
        """Show ``widget`` under ``field`` and its feedback (the kiosk's on-screen keys go there)."""
        for contact_field in (self.phone_field, self.email_field, self.code_field):
            if contact_field.input is field:
                contact_field.layout().addWidget(widget)
                return
        raise ValueError(f"{field.objectName()} is not a field of the contact page")

    def answer(self) -> Answer:
        return Contact(
            self.phone.text().strip(),
            self.email.text().strip(),
            self.bhxh_code.text().strip(),
            phone_confirmed=self.phone_field.confirm.isChecked(),
            email_confirmed=self.email_field.confirm.isChecked(),
            bhxh_code_confirmed=self.code_field.confirm.isChecked(),
        )

    def show_answer(self, answer: Answer | None) -> None:
        contact = answer if isinstance(answer, Contact) else Contact()
        self.phone_field.set_value(contact.phone, contact.phone_confirmed)
        self.email_field.set_value(contact.email, contact.email_confirmed)
        self.code_field.set_value(contact.bhxh_code, contact.bhxh_code_confirmed)
