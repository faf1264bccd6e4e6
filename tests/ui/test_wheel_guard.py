"""The mouse wheel scrolls the page over a value field and changes only the focused one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerhelper.ui.wheel_guard import WheelGuard, install_wheel_guard


def _spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    return spin


def _double() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    return spin


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    combo.setCurrentIndex(1)
    return combo


def _editable_combo() -> QComboBox:
    combo = _combo()
    combo.setEditable(True)
    return combo


def _date() -> QDateEdit:
    return QDateEdit(QDate(2026, 3, 15))


def _date_time() -> QDateTimeEdit:
    return QDateTimeEdit(QDateTime(QDate(2026, 3, 15), QTime(10, 30)))


def _time() -> QTimeEdit:
    return QTimeEdit(QTime(10, 30))


def _slider() -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    return slider


def _value(widget: QWidget) -> object:
    for getter in ("value", "currentIndex", "dateTime"):
        if hasattr(widget, getter):
            return getattr(widget, getter)()
    raise AssertionError(f"no value on {widget!r}")


MAKERS: dict[str, Callable[[], QWidget]] = {
    "spin box": _spin,
    "double spin box": _double,
    "combo box": _combo,
    "editable combo box": _editable_combo,
    "date": _date,
    "date and time": _date_time,
    "time": _time,
    "slider": _slider,
}


def _wheel(widget: QWidget, notches: int = -1) -> QWheelEvent:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


@pytest.fixture
def scrolling_page(qtbot):
    """A short scroll area with a tall page, the field at its top, and a plain focus target."""

    def build(field: QWidget) -> tuple[QScrollArea, QWidget]:
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        elsewhere = QSpinBox()  # something else to hold the focus
        layout.addWidget(elsewhere)
        layout.addWidget(field)
        filler = QWidget()
        filler.setMinimumHeight(2000)
        layout.addWidget(filler)
        area.setWidget(inner)
        area.resize(300, 200)
        qtbot.addWidget(area)
        area.show()
        qtbot.waitExposed(area)
        area.activateWindow()
        elsewhere.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is elsewhere)
        return area, elsewhere

    return build


@pytest.mark.parametrize("kind", list(MAKERS))
def test_an_unfocused_field_keeps_its_value_and_the_page_scrolls(scrolling_page, kind) -> None:
    field = MAKERS[kind]()
    area, _ = scrolling_page(field)
    before = _value(field)
    _wheel(field)
    assert _value(field) == before
    assert area.verticalScrollBar().value() > 0


@pytest.mark.parametrize("kind", list(MAKERS))
def test_the_focused_field_follows_the_wheel(scrolling_page, qtbot, kind) -> None:
    field = MAKERS[kind]()
    area, _ = scrolling_page(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = _value(field)
    _wheel(field)
    assert _value(field) != before
    assert area.verticalScrollBar().value() == 0


def test_the_wheel_over_a_fields_inner_editor_scrolls_the_page(scrolling_page) -> None:
    spin = _spin()
    area, _ = scrolling_page(spin)
    editor = spin.lineEdit()
    _wheel(editor)
    assert spin.value() == 50
    assert area.verticalScrollBar().value() > 0


def test_scroll_bars_still_scroll(scrolling_page) -> None:
    area, _ = scrolling_page(_spin())
    _wheel(area.verticalScrollBar())
    assert area.verticalScrollBar().value() > 0


def test_passing_the_wheel_over_a_field_does_not_give_it_focus(scrolling_page) -> None:
    # Qt gives focus on the wheel to WheelFocus widgets before any filter runs.
    fields = [maker() for maker in MAKERS.values()]
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for field in fields:
        layout.addWidget(field)
    area, _ = scrolling_page(holder)
    for field in fields:
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, field
        assert field.focusPolicy() & Qt.FocusPolicy.TabFocus, field  # the keyboard still reaches it
    assert area.isVisible()


def test_without_a_scroll_area_the_value_still_stays(qtbot) -> None:
    spin = _spin()
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    spin.clearFocus()
    _wheel(spin)
    assert spin.value() == 50


def test_installing_twice_keeps_one_guard(qapp) -> None:
    first = install_wheel_guard(qapp)
    assert install_wheel_guard(qapp) is first
    assert len(qapp.findChildren(WheelGuard)) == 1


def test_paper_tally_counts_are_not_changed_by_scrolling(window, qtbot) -> None:
    window.start_session()
    page = window.page("session")
    page.tabs.setCurrentWidget(page.paper)
    window.resize(700, 400)  # short enough that the page scrolls
    spin = page.paper.counts["email"]
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    page.form.mode.setFocus()
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    _wheel(spin, notches=+1)  # away from the user: would count one more
    assert spin.value() == 0
    assert bar.value() < bar.maximum()
