"""The contact page: the phone number and/or email used to register, and the optional mã số BHXH."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLayout, QLineEdit, QWidget

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

    def add_below(self, field: QWidget, widget: QWidget) -> None:
        """Show ``widget`` right under ``field`` (the kiosk's on-screen keys go there)."""
        todo: list[QLayout] = [self.body]
        while todo:
            layout = todo.pop()
            if isinstance(layout, QFormLayout) and layout.getWidgetPosition(field)[0] >= 0:
                layout.insertRow(layout.getWidgetPosition(field)[0] + 1, widget)
                return
            if isinstance(layout, QBoxLayout) and layout.indexOf(field) >= 0:
                layout.insertWidget(layout.indexOf(field) + 1, widget)
                return
            todo += [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]
        raise ValueError(f"{field.objectName()} is not on the contact page")

    def answer(self) -> Answer:
        return Contact(self.phone.text().strip(), self.email.text().strip(), self.bhxh_code.text().strip())

    def show_answer(self, answer: Answer | None) -> None:
        contact = answer if isinstance(answer, Contact) else Contact()
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        self.bhxh_code.setText(contact.bhxh_code)
