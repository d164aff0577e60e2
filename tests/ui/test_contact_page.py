"""The contact page as a person meets it: type, read the line under the field, tap the fix."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.driver import button, page_id, press, to_contact, type_into


def feedback(window, name):
    return window.findChild(QLabel, name).text()


def leave(qtbot, window, name):
    qtbot.keyClick(window.findChild(QLineEdit, name), Qt.Key.Key_Tab)


def test_old_eleven_digit_number_is_converted_in_one_tap(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0168 912 3456")
    assert "2018" in feedback(window, "phoneFeedback") or "0389" in feedback(window, "phoneFeedback")
    assert not button(window, "nextButton").isEnabled(), "the pre-2018 number was accepted as it is"
    fix = button(window, "phoneFixButton")
    assert fix.isVisible() and "0389 123 456" in fix.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert window.findChild(QLineEdit, "phoneInput").text() == "0389 123 456"
    assert "Viettel" in feedback(window, "phoneFeedback")
    assert not fix.isVisible()
    assert button(window, "nextButton").isEnabled()


def test_landline_gets_its_own_message_in_vietnamese(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "024 3789 9999")
    text = feedback(window, "phoneFeedback")
    assert "cố định" in text, f"a landline was not called one: {text!r}"
    assert not button(window, "nextButton").isEnabled()


def test_short_number_is_not_criticised_until_the_person_leaves_the_field(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912 34")
    while_typing = feedback(window, "phoneFeedback")
    leave(qtbot, window, "phoneInput")
    after = feedback(window, "phoneFeedback")
    assert while_typing != after and "short" in after.lower(), (while_typing, after)


def test_foreign_number_needs_one_confirmation(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "+1 650 253 0000")
    assert not button(window, "nextButton").isEnabled()
    confirm = button(window, "phoneConfirmButton")
    assert confirm.isVisible()
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert button(window, "nextButton").isEnabled()
    type_into(qtbot, window, "phoneInput", "+1 650 253 0001")
    assert not button(window, "nextButton").isEnabled(), "a confirmation carried over to a different number"


def test_email_typo_is_proposed_and_applied(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "lan@gmial.com")
    fix = button(window, "emailFixButton")
    assert fix.isVisible() and "lan@gmail.com" in fix.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert window.findChild(QLineEdit, "emailInput").text() == "lan@gmail.com"
    assert button(window, "nextButton").isEnabled()


def test_vietnamese_letters_in_an_email_are_named(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "nguyễn@gmail.com")
    assert "ễ" in feedback(window, "emailFeedback")
    assert button(window, "emailFixButton").isVisible()


def test_health_card_number_gives_the_social_insurance_number(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912 345 678")
    type_into(qtbot, window, "bhxhCodeInput", "DN4797915303320")
    assert "7915303320" in feedback(window, "bhxhCodeFeedback")
    press(qtbot, window, "nextButton")
    assert page_id(window) == "wrong_contact"


def test_text_put_in_by_a_keypad_or_paste_is_checked_too(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    window.findChild(QLineEdit, "phoneInput").setText("0168 912 3456")
    assert button(window, "phoneFixButton").isVisible(), "a number set without key presses was not checked"
