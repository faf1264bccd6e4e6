"""What the personal-data guard found, explained without repeating the data."""

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


def describe_kinds(kinds: Sequence[PersonalDataKind]) -> str:
    found = ", ".join(kind_name(k) for k in kinds)
    return QCoreApplication.translate(
        "PersonalData",
        "This looks like personal data (%1). PeerHelper does not store it: remove it before "
        "saving.",
    ).replace("%1", found)
