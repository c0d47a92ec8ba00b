"""A row's problem on the Customers page: in the table's Problem column whole when it fits
on the row's two lines, else in its short form ("A landline", "Two numbers in one cell");
whole in the column's tooltip, and under the table for the selected row.

At 1024 px the column has about 110 px: the whole reason was cut after a few words
("A landline: it cannot receive…"), which said less than a short form read whole.
Which to show is decided as a cell is painted, so only the rows in sight are measured
(the model serves 100,000 rows; rows keep their one height)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from esms_desktop.gui.i18n import fill
from esms_desktop.gui.models import SHORT_ROLE, RecipientsModel
from esms_desktop.gui.row_filter import RecipientsFilter

__all__ = ["ProblemDelegate", "RowProblemLine"]

_WRAP = int(Qt.TextFlag.TextWordWrap)


class ProblemDelegate(QStyledItemDelegate):
    """Paints the Problem column: the whole problem if it fits its cell, else its short form."""

    def shown(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The text painted in ``option.rect`` for ``index``."""
        whole = str(index.data() or "")
        if not whole or self.fits(option, whole):
            return whole
        return str(index.data(SHORT_ROLE) or whole)

    @staticmethod
    def fits(option: QStyleOptionViewItem, text: str) -> bool:
        """Whether ``text`` wraps into the cell whole: within its height, no word cut."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        # The style keeps a margin each side of an item's text (PM_FocusFrameHMargin + 1).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = room.width() - 2 * margin
        metrics = option.fontMetrics
        if width <= 0 or any(metrics.horizontalAdvance(w) > width for w in text.split()):
            return False
        tall = metrics.boundingRect(QRect(0, 0, width, 100 * room.height() + 1), _WRAP, text)
        return tall.height() <= room.height()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = self.shown(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)


class RowProblemLine(QLabel):
    """Follows the table's current row, its filter and each check."""

    def __init__(
        self,
        table: QTableView,
        model: RecipientsModel,
        proxy: RecipientsFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table, self.model, self.proxy = table, model, proxy
        self.setObjectName("rowProblemLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # values from the file
        # Two lines kept, said or not: the table does not jump as rows are selected.
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        table.selectionModel().currentRowChanged.connect(lambda *_: self.say())
        proxy.modelReset.connect(self.say)
        proxy.dataChanged.connect(lambda *_: self.say())
        self.say()

    def say(self) -> None:
        """The selected row's problem in full, or how to read one."""
        current = self.table.currentIndex()
        model = self.model
        if current.isValid() and model.recipients is not None:
            r = model.recipients.rows[self.proxy.mapToSource(current).row()]
            problem = model.problem_text(r)
            if problem:
                said = fill(self.tr("Row %1 (%2): %3"), str(r.row), model.state_text(r), problem)
            else:
                said = fill(self.tr("Row %1 (%2): no problem."), str(r.row), model.state_text(r))
            self.setText(said)
            return
        self.setText(self.tr("Select a row to read its problem in full here."))
