"""The contact page as a person meets it: type, read the line under the field, tap the fix or a choice, confirm."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.driver import button, page_id, press, to_contact, type_into


def feedback(window, name):
    return window.findChild(QLabel, name).text()


def field_text(window, name):
    return window.findChild(QLineEdit, name).text()


def leave(qtbot, window, name):
    qtbot.keyClick(window.findChild(QLineEdit, name), Qt.Key.Key_Tab)


def next_enabled(window):
    return button(window, "nextButton").isEnabled()


def test_old_eleven_digit_number_is_converted_in_one_press(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0168 912 3456")
    assert "0389 123 456" in feedback(window, "phoneFeedback") and "2018" in feedback(window, "phoneFeedback")
    assert not next_enabled(window), "the pre-2018 number was accepted as it is"
    fix = button(window, "phoneFixButton")
    assert fix.isVisible() and "0389 123 456" in fix.text()
    press(qtbot, window, "phoneFixButton")
    assert field_text(window, "phoneInput") == "0389 123 456"
    assert "mạng gốc Viettel" in feedback(window, "phoneFeedback")
    assert not fix.isVisible()
    assert next_enabled(window)


def test_landline_gets_its_own_message_in_vietnamese(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "024 3789 9999")
    text = feedback(window, "phoneFeedback")
    assert "cố định (máy bàn)" in text, f"a landline was not called one: {text!r}"
    assert not next_enabled(window)


def test_an_old_saigon_landline_is_not_taken_for_a_mobile(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "(08) 3829 1234")
    text = feedback(window, "phoneFeedback")
    assert "before 2017" in text and "028 3829 1234" in text, text
    assert not next_enabled(window), "a stranger's 083 mobile number would have been logged"
    assert not button(window, "phoneConfirmButton").isVisible(), "a landline cannot be confirmed as a mobile"


def test_an_old_area_code_in_brackets_is_confirmed_once_as_a_mobile(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "(033) 3825 123")
    assert "(033)" in feedback(window, "phoneFeedback")
    assert not next_enabled(window)
    confirm = button(window, "phoneConfirmButton")
    assert confirm.isVisible() and confirm.text() == "It is my mobile number"
    press(qtbot, window, "phoneConfirmButton")
    assert next_enabled(window)


def test_a_number_of_a_new_range_is_confirmed_once_never_a_dead_end(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0891 234 567")
    assert "còn mới" in feedback(window, "phoneFeedback")
    assert not next_enabled(window)
    assert button(window, "phoneConfirmButton").text() == "Số này đúng"
    press(qtbot, window, "phoneConfirmButton")
    assert next_enabled(window)
    press(qtbot, window, "nextButton")
    assert page_id(window) == "wrong_contact"


def test_two_numbers_are_offered_to_choose_from(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912345678 hoặc 0987654321")
    first, second = button(window, "phoneChoice1Button"), button(window, "phoneChoice2Button")
    assert first.isVisible() and "0912 345 678" in first.text()
    assert second.isVisible() and "0987 654 321" in second.text()
    assert not button(window, "phoneChoice3Button").isVisible()
    press(qtbot, window, "phoneChoice2Button")
    assert field_text(window, "phoneInput") == "0987 654 321"
    assert not first.isVisible() and not second.isVisible()
    assert next_enabled(window)


def test_the_same_number_typed_twice_is_kept_once_in_one_press(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912 345 678 hoặc 0912 345 678")
    assert "twice" in feedback(window, "phoneFeedback")
    press(qtbot, window, "phoneFixButton")
    assert field_text(window, "phoneInput") == "0912 345 678"
    assert next_enabled(window)


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
    assert not next_enabled(window)
    confirm = button(window, "phoneConfirmButton")
    assert confirm.isVisible() and confirm.text() == "Yes, use this foreign number"
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert next_enabled(window)
    type_into(qtbot, window, "phoneInput", "+1 650 253 0001")
    assert not next_enabled(window), "a confirmation carried over to a different number"


def test_email_typo_is_proposed_and_applied(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "lan@gmial.com")
    fix = button(window, "emailFixButton")
    assert fix.isVisible() and "lan@gmail.com" in fix.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert field_text(window, "emailInput") == "lan@gmail.com"
    assert next_enabled(window)


def test_a_provider_with_a_wrong_ending_is_one_confirmation_or_one_press(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "lan@gmail.net")
    assert "lan@gmail.com" in button(window, "emailFixButton").text()
    assert not next_enabled(window)
    press(qtbot, window, "emailConfirmButton")
    assert next_enabled(window), "an address the person says is right must not be a dead end"


def test_an_ending_that_does_not_exist_is_refused_with_the_real_one(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "ketoan@congtyabc.com.vm")
    assert ".vm" in feedback(window, "emailFeedback")
    assert not next_enabled(window) and not button(window, "emailConfirmButton").isVisible()
    press(qtbot, window, "emailFixButton")
    assert field_text(window, "emailInput") == "ketoan@congtyabc.com.vn"
    assert next_enabled(window)


def test_an_address_pasted_with_its_name_is_offered_alone(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "Nguyễn Văn A <lan@gmail.com>")
    assert "accented" not in feedback(window, "emailFeedback"), "the name was blamed, not the paste"
    press(qtbot, window, "emailFixButton")
    assert field_text(window, "emailInput") == "lan@gmail.com"
    assert next_enabled(window)


def test_a_telex_accident_offers_both_readings(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="email")
    type_into(qtbot, window, "emailInput", "lê.nguyen@gmail.com")  # "lee" typed with Telex on
    assert "ê" in feedback(window, "emailFeedback")
    assert not button(window, "emailFixButton").isVisible(), "the stripped form is only a guess"
    plain, typed = button(window, "emailChoice1Button"), button(window, "emailChoice2Button")
    assert "le.nguyen@gmail.com" in plain.text() and "lee.nguyen@gmail.com" in typed.text()
    press(qtbot, window, "emailChoice2Button")
    assert field_text(window, "emailInput") == "lee.nguyen@gmail.com"
    assert next_enabled(window)


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


def test_the_code_field_says_why_it_takes_both_numbers(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    caption = window.findChild(QLineEdit, "bhxhCodeInput").accessibleName()
    assert "Mã số BHXH" in caption and "số định danh cá nhân" in caption and "không bắt buộc" in caption
    help_text = feedback(window, "bhxhCodeFeedback")
    assert "01/08/2025" in help_text and "cả hai" in help_text, help_text


def test_the_twelve_digit_number_is_taken_and_named(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912 345 678")
    type_into(qtbot, window, "bhxhCodeInput", "079 190 012 345")
    assert feedback(window, "bhxhCodeFeedback").startswith("Số định danh cá nhân: 079190012345")
    assert not button(window, "bhxhCodeConfirmButton").isVisible()
    assert next_enabled(window)


def test_a_twelve_digit_number_without_a_province_code_is_confirmed_once(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    type_into(qtbot, window, "phoneInput", "0912 345 678")
    type_into(qtbot, window, "bhxhCodeInput", "097190012345")
    assert "097" in feedback(window, "bhxhCodeFeedback")
    assert not next_enabled(window)
    press(qtbot, window, "bhxhCodeConfirmButton")
    press(qtbot, window, "nextButton")
    assert page_id(window) == "wrong_contact"
    press(qtbot, window, "backButton")
    assert button(window, "bhxhCodeConfirmButton").isChecked(), "the confirmation was lost on the way back"
    assert next_enabled(window)


def test_text_put_in_by_a_keypad_or_paste_is_checked_too(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    window.findChild(QLineEdit, "phoneInput").setText("0168 912 3456")
    assert button(window, "phoneFixButton").isVisible(), "a number set without key presses was not checked"
