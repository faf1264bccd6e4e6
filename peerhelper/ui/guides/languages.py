"""Language names, text direction and topic labels as the guide screens show them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from peerhelper.domain.languages import (
    BUNDLED_CAPTION_LANGUAGES,
    LOCAL_FALLBACKS,
    is_right_to_left,
    own_name,
)
from peerhelper.domain.vocabulary import DEFAULT_TOPICS

_TOPICS = {term.code: term for term in DEFAULT_TOPICS}


def language_name(code: str) -> str:
    """The language's name in the language itself, so anyone can find theirs."""
    return own_name(code)


def is_rtl(code: str) -> bool:
    return is_right_to_left(code)


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
    order = {code: n for n, code in enumerate(BUNDLED_CAPTION_LANGUAGES)}
    return sorted(set(codes), key=lambda code: (order.get(code, len(order)), code))


def preferred_language(available: Iterable[str], wanted: Iterable[str]) -> str:
    """The first of ``wanted`` the guide has (or its base language), else Finnish, English."""
    codes = list(available)
    for code in (*wanted, *LOCAL_FALLBACKS):
        if not code:
            continue
        if code in codes:
            return code
        if code.split("-")[0] in codes:
            return code.split("-")[0]
    return codes[0] if codes else LOCAL_FALLBACKS[-1]


def exclude_language(box: QComboBox, code: str) -> None:
    """Grey out ``code`` in ``box`` (it is chosen in the box above); leave it if chosen.

    A second language the same as the first says nothing new, so it cannot be
    chosen; the box moves to its first item ("None").
    """
    model = box.model()
    if isinstance(model, QStandardItemModel):
        for row in range(box.count()):
            item = model.item(row)
            if item is not None:
                item.setEnabled(box.itemData(row) != code)
    if box.currentData() == code:
        box.setCurrentIndex(0)
