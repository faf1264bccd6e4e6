"""Language names, text direction and topic labels as the guide screens show them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from peerhelper.domain.site import LANGUAGE_NAMES
from peerhelper.domain.vocabulary import DEFAULT_TOPICS
from peerhelper.guides.model import BUNDLED_LANGUAGES, RTL_LANGUAGES

_TOPICS = {term.code: term for term in DEFAULT_TOPICS}
_SERVICE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


def language_name(code: str) -> str:
    """The language's name in the language itself, so anyone can find theirs."""
    return LANGUAGE_NAMES.get(code) or _SERVICE_NAMES.get(code) or code


def is_rtl(code: str) -> bool:
    return code.split("-")[0] in RTL_LANGUAGES


def set_text_direction(widget: QWidget, code: str) -> None:
    """Lay the widget's text out right-to-left for Arabic-script languages.

    A label's paragraph direction and its leading edge both follow the
    widget's layout direction, so Arabic and Persian start at the right.
    """
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
    widget.setLayoutDirection(direction)


def topic_label(code: str, ui_language: str) -> str:
    term = _TOPICS.get(code)
    return term.label(ui_language) if term else code


def topic_order(codes: Iterable[str]) -> list[str]:
    """Topic codes in the order of the session vocabulary, unknown ones last."""
    order = {term.code: n for n, term in enumerate(DEFAULT_TOPICS)}
    return sorted(set(codes), key=lambda code: (order.get(code, len(order)), code))


def language_order(codes: Iterable[str]) -> list[str]:
    """Caption languages with the bundled nine first, in their usual order."""
    order = {code: n for n, code in enumerate(BUNDLED_LANGUAGES)}
    return sorted(set(codes), key=lambda code: (order.get(code, len(order)), code))


def preferred_language(available: Iterable[str], wanted: Iterable[str]) -> str:
    """The first of ``wanted`` the guide has (or its base language), else Finnish, English."""
    codes = list(available)
    for code in (*wanted, "fi", "en"):
        if not code:
            continue
        if code in codes:
            return code
        if code.split("-")[0] in codes:
            return code.split("-")[0]
    return codes[0] if codes else "en"
