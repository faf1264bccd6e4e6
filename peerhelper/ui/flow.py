"""A layout that places items in rows and wraps them, so tiles fit any width and text size.

Every item in a row gets the same width (the widest item's), so tiles line
up in columns; the number of columns follows the available width.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, max_columns: int = 99
    ) -> None:
        super().__init__()
        self._max_columns = max_columns
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)
        # Given to the parent only now: Qt asks a layout for its items as soon as it has one.
        if parent is not None:
            parent.setLayout(self)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        cell = self._cell()
        margins = self.contentsMargins()
        return QSize(
            cell.width() + margins.left() + margins.right(),
            cell.height() + margins.top() + margins.bottom(),
        )

    def _cell(self) -> QSize:
        width = height = 0
        for item in self._items:
            hint = item.sizeHint()
            width = max(width, hint.width())
            height = max(height, hint.height())
        return QSize(width, height)

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        visible = [item for item in self._items if not item.isEmpty()]
        if not visible:
            return 0
        cell = self._cell()
        columns = max(1, (area.width() + self._spacing) // (cell.width() + self._spacing))
        columns = min(columns, len(visible), self._max_columns)
        width = (area.width() - self._spacing * (columns - 1)) // columns
        rows = (len(visible) + columns - 1) // columns
        if move:
            for n, item in enumerate(visible):
                row, column = divmod(n, columns)
                x = area.x() + column * (width + self._spacing)
                y = area.y() + row * (cell.height() + self._spacing)
                item.setGeometry(QRect(QPoint(x, y), QSize(width, cell.height())))
        return rows * cell.height() + (rows - 1) * self._spacing + margins.top() + margins.bottom()


class WrapRow(FlowLayout):
    """Items at their own widths in a row, wrapping onto more rows when the row is full.

    For rows of buttons, whose texts differ in length: at 200 % text size the
    buttons of a dialog move onto a second row instead of widening it.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, right: bool = False):
        super().__init__(parent, spacing)
        self._right = right

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        visible = [item.sizeHint() for item in self._items if not item.isEmpty()]
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((hint.height() for hint in visible), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    @staticmethod
    def _size_in(item: QLayoutItem, room: int) -> QSize:
        """``item``'s size in a row ``room`` wide: its own, or narrower and taller if it wraps."""
        hint = item.sizeHint()
        if hint.width() <= room:
            return hint
        # Wider than the row (a wrapping group of tiles in a row of its own): it
        # takes the row's width and as much height as it needs there.
        height = item.heightForWidth(room) if item.hasHeightForWidth() else hint.height()
        return QSize(room, height)

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in (item for item in self._items if not item.isEmpty()):
            size = self._size_in(item, max(area.width(), 1))
            if rows[-1] and used + self._spacing + size.width() > area.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + size.width()
            rows[-1].append((item, size))
        y = area.y()
        for row in rows:
            height = max((size.height() for _item, size in row), default=0)
            width = sum(size.width() for _item, size in row) + self._spacing * (len(row) - 1)
            x = area.x() + (area.width() - width if self._right else 0)
            for item, size in row:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
                x += size.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()


def labelled(text: str, field: QWidget) -> QWidget:
    """A label and its field side by side, as one item for a flow layout."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy

    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    # The label keeps its whole text; the field gives way when room is short.
    label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


def wrapping_row(widgets: list[QWidget], right: bool = False) -> QWidget:
    """``widgets`` in a :class:`WrapRow` of their own, as one widget to add to a layout.

    A widget, not a bare layout: a Python layout added with ``addLayout`` may
    lose its Python side while Qt still uses it.
    """
    holder = QWidget()
    row = WrapRow(holder, right=right)
    for widget in widgets:
        row.addWidget(widget)
    return holder
