"""Under the Customers table: the selected row's problem, whole (at 1024 px the table's
Problem column cuts it to two lines)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from esms_desktop.gui.i18n import fill
from esms_desktop.gui.models import RecipientsModel
from esms_desktop.gui.row_filter import RecipientsFilter

__all__ = ["RowProblemLine"]


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
