"""The line shown under each contact field, and the words on its buttons, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.contact import (
    BhxhCodeCheck,
    BhxhCodeVerdict,
    CodeKind,
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
            # Numbers moved to another network keep their prefix: it is the original network.
            return QCoreApplication.translate("ContactFeedback", "{number} · original network {network}").format(
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
    if v is PhoneVerdict.OLD_LANDLINE:
        if check.display:
            return QCoreApplication.translate(
                "ContactFeedback",
                "This is a landline number with its area code of before 2017 ({code}); today it is {number}. "
                "A landline cannot receive the password by SMS: type your mobile number.",
            ).format(code=check.detail, number=check.display)
        return QCoreApplication.translate(
            "ContactFeedback",
            "This looks like a landline number with its area code of before 2017 ({code}). "
            "A landline cannot receive the password by SMS: type your mobile number.",
        ).format(code=check.detail)
    if v is PhoneVerdict.MAYBE_LANDLINE:
        return QCoreApplication.translate(
            "ContactFeedback",
            "({code}) was a landline area code before 2017, and a number written with it in brackets is "
            "usually a landline. If {number} really is your mobile number, confirm it; if not, type your "
            "mobile number.",
        ).format(code=check.detail, number=check.display)
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
            "ContactFeedback", "No network is known to use the prefix {prefix}. Check the first digits."
        ).format(prefix=check.detail)
    if v is PhoneVerdict.NEW_RANGE:
        if check.network:
            return QCoreApplication.translate(
                "ContactFeedback",
                "{number}: the prefix {prefix} is new (original network {network}) and not yet in the "
                "program's list. Is the number right? If it is, confirm it.",
            ).format(number=check.display, prefix=check.detail, network=check.network)
        return QCoreApplication.translate(
            "ContactFeedback",
            "{number}: the prefix {prefix} is new and not yet in the program's list. "
            "Is the number right? If it is, confirm it.",
        ).format(number=check.display, prefix=check.detail)
    if v is PhoneVerdict.HAS_LETTERS:
        if check.proposal:
            return QCoreApplication.translate(
                "ContactFeedback",
                "A phone number has only digits, but this one has the letters {letters}. Did you mean {number}?",
            ).format(letters=check.detail, number=check.proposal)
        return QCoreApplication.translate(
            "ContactFeedback", "A phone number has only digits. Remove the letters {letters}."
        ).format(letters=check.detail)
    if v is PhoneVerdict.REPEATED:
        return QCoreApplication.translate(
            "ContactFeedback", "The same number is typed twice. Keep it once: {number}."
        ).format(number=check.proposal)
    if v is PhoneVerdict.MORE_THAN_ONE:
        if check.choices:
            return QCoreApplication.translate(
                "ContactFeedback", "There is more than one number here. Which one did you register with?"
            )
        if check.proposal:
            return QCoreApplication.translate(
                "ContactFeedback",
                "There is more than one number here, and only {number} is a mobile number. "
                "Use it if you registered with it.",
            ).format(number=check.proposal)
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
    elif check.choices and v is not EmailVerdict.MORE_THAN_ONE and v is not EmailVerdict.VIETNAMESE_LETTERS:
        message += " " + QCoreApplication.translate("ContactFeedback", "Which one did you mean?")
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
        return QCoreApplication.translate(
            "ContactFeedback", "An email address cannot have spaces. Remove the spaces."
        )
    if v is EmailVerdict.VIETNAMESE_LETTERS:
        if check.choices:
            return QCoreApplication.translate(
                "ContactFeedback",
                "An email address cannot have accented letters ({letters}): the Vietnamese keyboard (Telex, VNI) "
                "may have made them from letters you typed. Choose the address you meant, or type it again "
                "with the keyboard in English.",
            ).format(letters=check.detail)
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
    if v is EmailVerdict.NO_SUCH_ENDING:
        return QCoreApplication.translate(
            "ContactFeedback", "No email address can end in {ending}: there is no such domain ending. Check the end."
        ).format(ending=check.detail)
    if v is EmailVerdict.MISPLACED_DOT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "A dot is in the wrong place: never two in a row, and never at the start, at the end or next to the @.",
        )
    if v is EmailVerdict.EXTRA_TEXT:
        return QCoreApplication.translate(
            "ContactFeedback", "Type only the email address, without other words or brackets around it."
        )
    if v is EmailVerdict.MORE_THAN_ONE:
        if check.choices:
            return QCoreApplication.translate(
                "ContactFeedback", "There is more than one address here. Which one did you register with?"
            )
        return QCoreApplication.translate(
            "ContactFeedback", "There is more than one address here. Type only the email you registered with."
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
    """The message under the code field (mã số BHXH or số định danh cá nhân) for this verdict."""
    v = check.verdict
    if v is BhxhCodeVerdict.EMPTY:
        return QCoreApplication.translate(
            "ContactFeedback",
            "The social insurance number (mã số BHXH) has 10 digits: it is in your social insurance book and "
            "on your health insurance card (on older cards, the last 10 digits). From 01/08/2025 the 12-digit "
            "personal identification number (số định danh cá nhân, the number on your CCCD) replaces it; "
            "during the change both are in use, so either one is fine here.",
        )
    if v is BhxhCodeVerdict.OK and check.kind is CodeKind.PERSONAL_ID:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Personal identification number (số định danh cá nhân): {code}. It is used in place of the "
            "social insurance number.",
        ).format(code=check.code)
    if v is BhxhCodeVerdict.OK:
        return QCoreApplication.translate("ContactFeedback", "Social insurance number: {code}").format(
            code=check.code
        )
    if v is BhxhCodeVerdict.UNKNOWN_PROVINCE:
        return QCoreApplication.translate(
            "ContactFeedback",
            "{code}: a personal identification number starts with the code of the province where the birth was "
            "registered, and {prefix} is none of them. Check the first three digits; if the number is right "
            "(a birth registered abroad, for example), confirm it.",
        ).format(code=check.code, prefix=check.detail)
    if v is BhxhCodeVerdict.FROM_CARD:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This is a health insurance card number. Its last 10 digits are your social insurance number: {code}.",
        ).format(code=check.code)
    if v is BhxhCodeVerdict.TOO_SHORT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too short: the social insurance number has 10 digits and the personal identification number 12; "
            "this one has {count}. Check for a missing digit.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.ELEVEN_DIGITS:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This has 11 digits: the social insurance number has 10 and the personal identification number 12. "
            "Check for a digit too many or too few.",
        )
    if v is BhxhCodeVerdict.TOO_LONG:
        return QCoreApplication.translate(
            "ContactFeedback",
            "Too long: the personal identification number has 12 digits and the social insurance number 10; "
            "this one has {count}. Remove the extra digits.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.CARD_WRONG_LENGTH:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This looks like a health insurance card number, but it has {count} characters instead of 15. "
            "Check it, or type only the 10-digit social insurance number.",
        ).format(count=check.length)
    if v is BhxhCodeVerdict.CARD_UNKNOWN_LAYOUT:
        return QCoreApplication.translate(
            "ContactFeedback",
            "This looks like a health insurance card number, but not of a layout the program knows. "
            "Type the 10-digit social insurance number from your social insurance book instead.",
        )
    if v is BhxhCodeVerdict.HAS_LETTERS:
        return QCoreApplication.translate(
            "ContactFeedback",
            "The social insurance number and the personal identification number have only digits. "
            "Remove the letters {letters}.",
        ).format(letters=check.detail)
    return QCoreApplication.translate(
        "ContactFeedback",
        "This is neither a social insurance number nor a personal identification number. Type its 10 or "
        "12 digits, or leave the field empty.",
    )


def proposal_button_text(proposal: str) -> str:
    """The label of a button that puts a proposed correction (or one of the choices) in the field."""
    return QCoreApplication.translate("ContactFeedback", "Use {proposal}").format(proposal=proposal)


def confirm_button_text(check: PhoneCheck | EmailCheck | BhxhCodeCheck) -> str:
    """The label of the one confirmation that a surprising but valid value needs."""
    v = check.verdict
    if v is PhoneVerdict.FOREIGN:
        return QCoreApplication.translate("ContactFeedback", "Yes, use this foreign number")
    if v is PhoneVerdict.MAYBE_LANDLINE:
        return QCoreApplication.translate("ContactFeedback", "It is my mobile number")
    if v is EmailVerdict.LIKELY_TYPO:
        return QCoreApplication.translate("ContactFeedback", "My address is correct as typed")
    return QCoreApplication.translate("ContactFeedback", "The number is right")
