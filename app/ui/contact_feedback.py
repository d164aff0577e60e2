"""The line shown under each contact field: what is wrong and how to fix it, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.contact import (
    BhxhCodeCheck,
    BhxhCodeVerdict,
    EmailCheck,
    EmailVerdict,
    PhoneCheck,
    PhoneVerdict,
)

# Every string is a literal inside QCoreApplication.translate so that lupdate finds it.


def phone_feedback(check: PhoneCheck) -> str:
    """The message under the phone field for this verdict."""
    v = check.verdict
    if v is PhoneVerdict.OK:
        if check.network:
            return QCoreApplication.translate("ContactFeedback", "{number} · {network}").format(
                number=check.display, network=check.network
            )
        return check.display or ""
    if v is PhoneVerdict.EMPTY:
        return QCoreApplication.translate(
            "ContactFeedback", "Type the mobile number you registered with, for example 0912 345 678."
        )
    if v is PhoneVerdict.OLD_11_DIGIT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "{old} is an old 11-digit number. Since 2018 it is {new}: use the new number.",
        ).format(old=check.display, new=check.proposal)
    if v is PhoneVerdict.LANDLINE:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This is a landline number. It cannot receive the password by SMS: type your mobile number.",
        )
    if v is PhoneVerdict.SERVICE_NUMBER:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This is a service or short number. It cannot receive the password: type your own mobile number.",
        )
    if v is PhoneVerdict.TOO_SHORT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too short: a mobile number has 10 digits starting with 0, this one has {count}. "
            "Check for a missing digit.",
        ).format(count=check.digits)
    if v is PhoneVerdict.TOO_LONG:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too long: a mobile number has 10 digits starting with 0, this one has {count}. "
            "Remove the extra digits.",
        ).format(count=check.digits)
    if v is PhoneVerdict.UNKNOWN_PREFIX:
        return QCoreApplication.translate(
            "ContactFeedback", "No Vietnamese mobile number starts with {prefix}. Check the first digits."
        ).format(prefix=check.detail)
    if v is PhoneVerdict.HAS_LETTERS:
        if check.proposal:
            return QCoreApplication.translate(
                "ContactFeedback",
                "A phone number has only digits, but this one has the letters {letters}. Did you mean {number}?",
            ).format(letters=check.detail, number=check.proposal)
        return QCoreApplication.translate(
            "ContactFeedback", "A phone number has only digits. Remove the letters {letters}."
        ).format(letters=check.detail)
    if v is PhoneVerdict.MORE_THAN_ONE:
        return QCoreApplication.translate(
            "ContactFeedback", "There is more than one number here. Type only the mobile number you registered with."
        )
    if v is PhoneVerdict.FOREIGN:
        return QCoreApplication.translate(
            "ContactFeedback",
            "{number} is a foreign number. The SMS may not reach it, and email may be the better way. "
            "Confirm if you want to use this number.",
        ).format(number=check.display)
    if v is PhoneVerdict.FOREIGN_INVALID:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This foreign number is incomplete or wrong. Check the country code and the digits, "
            "or type a Vietnamese mobile number.",
        )
    if v is PhoneVerdict.LOOKS_LIKE_EMAIL:
        return QCoreApplication.translate(
            "ContactFeedback", "This is an email address. Type it in the email field, and your mobile number here."
        )
    return QCoreApplication.translate(
        "ContactFeedback",
        "There is no phone number here. Type your mobile number: 10 digits starting with 0, "
        "for example 0912 345 678.",
    )


def email_feedback(check: EmailCheck) -> str:
    """The message under the email field for this verdict, with the proposed fix when there is one."""
    v = check.verdict
    if v is EmailVerdict.OK:
        return check.normalized or ""
    if v is EmailVerdict.LIKELY_TYPO:
        return QCoreApplication.translate(
            "ContactFeedback", "Did you mean {proposal}? If {address} is really right, confirm it."
        ).format(proposal=check.proposal, address=check.normalized)
    message = _email_problem(check)
    if check.proposal:
        message += " " + QCoreApplication.translate("ContactFeedback", "Did you mean {proposal}?").format(
            proposal=check.proposal
        )
    return message


def _email_problem(check: EmailCheck) -> str:
    v = check.verdict
    if v is EmailVerdict.EMPTY:
        return QCoreApplication.translate(
            "ContactFeedback", "Type your email address, for example nguyenvana@gmail.com."
        )
    if v is EmailVerdict.NO_AT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "An email address needs an @ between your name and the provider, for example nguyenvana@gmail.com.",
        )
    if v is EmailVerdict.TWO_AT:
        return QCoreApplication.translate(
            "ContactFeedback", "An email address has only one @, this one has {count}. Remove the extra @."
        ).format(count=check.detail)
    if v is EmailVerdict.HAS_SPACES:
        return QCoreApplication.translate("ContactFeedback", "An email address has no spaces. Remove the spaces.")
    if v is EmailVerdict.VIETNAMESE_LETTERS:
        return QCoreApplication.translate(
            "ContactFeedback",
            "An email address cannot have accented letters ({letters}). Type them without accents, "
            "and check that the keyboard is not in Vietnamese mode (Telex, VNI).",
        ).format(letters=check.detail)
    if v is EmailVerdict.UNUSUAL_CHARACTERS:
        return QCoreApplication.translate(
            "ContactFeedback", "An email address cannot contain {characters}. Check what you typed."
        ).format(characters=check.detail)
    if v is EmailVerdict.NOTHING_BEFORE_AT:
        return QCoreApplication.translate(
            "ContactFeedback", "Type your name part before the @, for example nguyenvana@gmail.com."
        )
    if v is EmailVerdict.NOTHING_AFTER_AT:
        return QCoreApplication.translate(
            "ContactFeedback", "After the @ comes your email provider, for example gmail.com or yahoo.com.vn."
        )
    if v is EmailVerdict.DOMAIN_INCOMPLETE:
        return QCoreApplication.translate(
            "ContactFeedback",
            "The part after the @ is incomplete. It looks like gmail.com or yahoo.com.vn: check the end.",
        )
    if v is EmailVerdict.MISPLACED_DOT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "A dot is in the wrong place: never two in a row, and never at the start, at the end or next to the @.",
        )
    if v is EmailVerdict.LOOKS_LIKE_PHONE:
        return QCoreApplication.translate(
            "ContactFeedback", "This is a phone number. Type it in the phone field, and your email address here."
        )
    if v is EmailVerdict.TOO_LONG:
        return QCoreApplication.translate(
            "ContactFeedback", "This is too long for an email address. Type only your address."
        )
    return QCoreApplication.translate(
        "ContactFeedback", "This is not a valid email address. Check it letter by letter."
    )


def bhxh_code_feedback(check: BhxhCodeCheck) -> str:
    """The message under the mã số BHXH field for this verdict."""
    v = check.verdict
    if v is BhxhCodeVerdict.EMPTY:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Optional. The social insurance number (mã số BHXH) has 10 digits. It is in your social "
            "insurance book and is the last 10 digits of your health insurance card number.",
        )
    if v is BhxhCodeVerdict.OK:
        return QCoreApplication.translate("ContactFeedback", "Social insurance number: {code}").format(
            code=check.code
        )
    if v is BhxhCodeVerdict.FROM_CARD:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This is a health insurance card number. Its last 10 digits are your social insurance number: {code}.",
        ).format(code=check.code)
    if v is BhxhCodeVerdict.TOO_SHORT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too short: the social insurance number has 10 digits, this one has {count}. Check for a missing digit.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.TOO_LONG:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too long: the social insurance number has 10 digits, this one has {count}. Remove the extra digits.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.CARD_WRONG_LENGTH:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This looks like a health insurance card number, but it has {count} characters instead of 15. "
            "Check it, or type only the 10-digit social insurance number.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.HAS_LETTERS:
        return QCoreApplication.translate(
            "ContactFeedback", "The social insurance number has only digits. Remove the letters {letters}."
        ).format(letters=check.detail)
    return QCoreApplication.translate(
        "ContactFeedback",
        "This is not a social insurance number. Type its 10 digits, or leave the field empty.",
    )


def proposal_button_text(proposal: str) -> str:
    """The label of the button that puts a proposed correction in the field."""
    return QCoreApplication.translate("ContactFeedback", "Use {proposal}").format(proposal=proposal)


def confirm_phone_button_text() -> str:
    """The label of the one confirmation a foreign number needs."""
    return QCoreApplication.translate("ContactFeedback", "Yes, use this foreign number")


def confirm_email_button_text() -> str:
    """The label of the one confirmation an address that looks mistyped needs."""
    return QCoreApplication.translate("ContactFeedback", "My address is correct as typed")
