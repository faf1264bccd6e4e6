"""What the personal-data guard found, explained without repeating the data.

Every message names where the data was (a field of the form, or a column of
an imported file) and what kind it is, in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from peerhelper.domain.privacy import PersonalDataKind


def kind_name(kind: PersonalDataKind) -> str:
    names = {
        PersonalDataKind.IDENTITY_CODE: QCoreApplication.translate(
            "PersonalData", "a personal identity code"
        ),
        PersonalDataKind.PHONE: QCoreApplication.translate("PersonalData", "a phone number"),
        PersonalDataKind.EMAIL: QCoreApplication.translate("PersonalData", "an e-mail address"),
        PersonalDataKind.IBAN: QCoreApplication.translate("PersonalData", "a bank account number"),
        PersonalDataKind.PAYMENT_CARD: QCoreApplication.translate(
            "PersonalData", "a payment card number"
        ),
    }
    return names[kind]


def field_label(field: str) -> str:
    """The form's name for a session field that holds text; other names are shown as they are."""
    labels = {
        "note": QCoreApplication.translate("PersonalData", "Note"),
        "referred_to": QCoreApplication.translate("PersonalData", "Referred to"),
        "language": QCoreApplication.translate("PersonalData", "Language"),
        "guides": QCoreApplication.translate("PersonalData", "Guides"),
    }
    return labels.get(field, field)


def _kinds(kinds: Sequence[PersonalDataKind]) -> str:
    return ", ".join(kind_name(k) for k in kinds)


def describe_field_data(label: str, kinds: Sequence[PersonalDataKind]) -> str:
    """The warning for a form field called ``label``."""
    text = QCoreApplication.translate(
        "PersonalData",
        "“%1” seems to contain personal data (%2). PeerHelper does not store it: remove it "
        "before saving.",
    )
    return text.replace("%2", _kinds(kinds)).replace("%1", label)


def describe_column_data(column: str, kinds: Sequence[PersonalDataKind]) -> str:
    """The problem with a column of an imported file, named as in the file's header."""
    text = QCoreApplication.translate(
        "PersonalData", "Column “%1” seems to contain personal data (%2)."
    )
    return text.replace("%2", _kinds(kinds)).replace("%1", column)


def describe_too_long(label: str, limit: int) -> str:
    return (
        QCoreApplication.translate("PersonalData", "“%1” is too long: at most %2 characters.")
        .replace("%2", str(limit))
        .replace("%1", label)
    )
