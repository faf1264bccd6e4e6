"""How one guide looks in the library: its thumbnail with the title wrapped below it.

Every item has the same size, given without asking the model, so a view of
hundreds of guides asks for the thumbnails of the items it paints and no
others. Titles wrap to three lines at most and follow their own script's
direction, so Arabic and Persian titles read right to left.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from peerhelper.ui.guides.library_model import LOCAL_MARK_ROLE
from peerhelper.ui.style import ACCENT_DARK, INK

TITLE_LINES = 3
PADDING = 8


def is_rtl_text(text: str) -> bool:
    """Whether the text's first strong letter is from a right-to-left script."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def wrap_lines(text: str, font: QFont, option: QTextOption, width: float) -> list[str]:
    """The text broken into lines of ``width``, at most TITLE_LINES, the last one elided."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > TITLE_LINES:
        rest = " ".join(lines[TITLE_LINES - 1 :])
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: TITLE_LINES - 1], last]
    return lines


class GuideDelegate(QStyledItemDelegate):
    def __init__(self, icon_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_size = QSize(icon_size)

    def item_size(self, widget: QWidget) -> QSize:
        line = widget.fontMetrics().lineSpacing()
        return QSize(
            self.icon_size.width() + 2 * PADDING,
            self.icon_size.height() + TITLE_LINES * line + 3 * PADDING,
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widget = option.widget  # type: ignore[attr-defined]
        return self.item_size(widget) if widget is not None else QSize(200, 200)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        if style is not None:
            # The panel honours the style sheet's ::item rules (hover, selected).
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            style.drawPrimitive(panel, option, painter, widget)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + PADDING
        left = rect.left() + (rect.width() - self.icon_size.width()) // 2
        if isinstance(pixmap, QPixmap):
            painter.drawPixmap(left, top, pixmap)
        mark = index.data(LOCAL_MARK_ROLE)
        if mark:
            self._draw_mark(painter, str(mark), QRect(left, top, self.icon_size.width(), 0))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(QColor(ACCENT_DARK if selected else INK))
        font = option.font  # type: ignore[attr-defined]
        if selected:
            font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        self._draw_title(
            painter,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            QRect(
                rect.left() + PADDING,
                top + self.icon_size.height() + PADDING,
                rect.width() - 2 * PADDING,
                rect.bottom() - top - self.icon_size.height() - PADDING,
            ),
        )
        painter.restore()

    def _draw_mark(self, painter: QPainter, text: str, area: QRect) -> None:
        """The "Local · organisation" label, a dark band across the thumbnail's top."""
        painter.save()
        font = QFont(painter.font())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = area.width() - 2 * PADDING
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        band = QRect(area.left(), area.top(), area.width(), round(metrics.height()) + PADDING)
        painter.fillRect(band, QColor(INK))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            band.adjusted(PADDING, 0, -PADDING, 0), int(Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.restore()

    def _draw_title(self, painter: QPainter, text: str, area: QRect) -> None:
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        rtl = is_rtl_text(text)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        metrics = QFontMetricsF(painter.font())
        y = float(area.top())
        for line_text in wrap_lines(text, painter.font(), option, area.width()):
            line = QTextLayout(line_text, painter.font())
            line.setTextOption(option)
            line.beginLayout()
            single = line.createLine()
            single.setLineWidth(area.width())
            line.endLayout()
            line.draw(painter, QPointF(area.left(), y))
            y += metrics.lineSpacing()
