"""The contact page: the phone number and/or email used to register, and the optional mã số BHXH."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from app.core.flow import Answer, Contact, StepId
from app.ui.pages.base import Page, label


class ContactPage(Page):
    def __init__(self) -> None:
        super().__init__(
            StepId.CONTACT,
            self.tr("Which phone number or email did you register with?"),
            self.tr("Type them as you gave them to BHXH. We check them for common mistakes."),
        )
        form = QFormLayout()
        form.setVerticalSpacing(6)
        # Captions above the fields: long Vietnamese captions never squeeze the field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.phone = self._field("phoneInput", self.tr("Mobile phone number"), self.tr("e.g. 0912 345 678"))
        self.email = self._field("emailInput", self.tr("Email address"), self.tr("e.g. ten@gmail.com"))
        self.bhxh_code = self._field(
            "bhxhCodeInput", self.tr("Social insurance number (mã số BHXH), optional"), self.tr("10 digits")
        )
        for field, caption in ((self.phone, self.tr("Mobile phone number")),
                               (self.email, self.tr("Email address")),
                               (self.bhxh_code, self.tr("mã số BHXH (optional)"))):
            form.addRow(label(caption), field)
        self.body.addLayout(form)
        self.finish_body()

    def _field(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(200)
        field.textChanged.connect(self.changed)
        field.returnPressed.connect(self.submitted)
        return field

    def answer(self) -> Answer:
        return Contact(self.phone.text().strip(), self.email.text().strip(), self.bhxh_code.text().strip())

    def show_answer(self, answer: Answer | None) -> None:
        contact = answer if isinstance(answer, Contact) else Contact()
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        self.bhxh_code.setText(contact.bhxh_code)
