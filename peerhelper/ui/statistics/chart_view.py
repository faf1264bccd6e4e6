"""One chart of the Statistics screen: the drawn chart, or the same rows as a table.

The chart is the reportlab drawing that the PDF report prints
(``printing.charts``), shown through Qt's SVG renderer at the width the
screen gives it, so screen and paper cannot disagree. "Show as table"
switches to a plain table of the same rows, which screen readers read and
Ctrl+C copies (tab-separated, so it pastes into a spreadsheet).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.statistics_charts import ChartSpec, percent

# Points of the drawing per pixel of the screen at 100 %: the chart is drawn
# at the width the screen gives it, its text at the size the report uses.
DRAWING_WIDTH = 440.0


class ChartPicture(QWidget):
    """The chart drawn from its SVG, as wide as the room and as tall as it needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._ratio = 0.5

    def show_svg(self, svg: str) -> None:
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        size = self.renderer.defaultSize()
        self._ratio = size.height() / size.width() if size.width() else 0.5
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width * self._ratio)

    def sizeHint(self) -> QSize:
        width = int(DRAWING_WIDTH * self.logicalDpiX() / 96)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        height = min(self.height(), self.heightForWidth(self.width()))
        self.renderer.render(painter, QRectF(0, 0, self.width(), height))
        painter.end()


class ChartTable(QTableWidget):
    """The chart's rows as a table; Ctrl+C copies the selection as tab-separated text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_spec(self, spec: ChartSpec, headers: tuple[str, str, str]) -> None:
        self.clear()
        self.setColumnCount(3)
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(spec.rows))
        for row, item in enumerate(spec.rows):
            second = item.detail if spec.kind == "shares" else item.shown
            for column, text in enumerate((item.label, second, percent(item.share))):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, cell)
        # Tall enough for every row: the page scrolls, not the table.
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)

    def copy_selection(self) -> str:
        cells = sorted((i.row(), i.column()) for i in self.selectedIndexes())
        if not cells:
            return ""
        lines: dict[int, list[str]] = {}
        for row, column in cells:
            item = self.item(row, column)
            lines.setdefault(row, []).append(item.text() if item else "")
        text = "\n".join("\t".join(values) for _row, values in sorted(lines.items()))
        QApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: object) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):  # type: ignore[attr-defined]
            self.copy_selection()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class ChartView(QWidget):
    """A chart with a button to save it; its title is in the drawing, and a label for the table."""

    save_requested = Signal(str)  # the chart's key

    def __init__(self, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.save_button = QPushButton(save_text)
        self.save_button.clicked.connect(self._save)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.stack = QStackedWidget()
        self.picture = ChartPicture()
        self.table = ChartTable()
        self.stack.addWidget(self.picture)
        self.stack.addWidget(self.table)
        layout.addWidget(self.title)
        layout.addWidget(self.stack)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.spec: ChartSpec | None = None

    def _save(self) -> None:
        if self.spec is not None:
            self.save_requested.emit(self.spec.key)

    def show_spec(self, spec: ChartSpec, svg: str, headers: tuple[str, str, str]) -> None:
        self.spec = spec
        self.title.setText(spec.title)
        self.picture.show_svg(svg)
        self.picture.setAccessibleName(spec.title)
        self.table.setAccessibleName(spec.title)
        self.table.show_spec(spec, headers)
        self._fit()

    def show_table(self, table: bool) -> None:
        self.stack.setCurrentWidget(self.table if table else self.picture)
        # The title is drawn in the chart; the table needs it as a label.
        self.title.setVisible(table)
        self._fit()

    def _fit(self) -> None:
        if self.stack.currentWidget() is self.table:
            self.stack.setFixedHeight(self.table.height())
        else:
            self.stack.setFixedHeight(self.picture.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.stack.currentWidget() is self.picture:
            self.stack.setFixedHeight(self.picture.heightForWidth(self.width()))
