"""The Customers table's choice of rows: every row, or one kind (ready, problem...)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, Qt

from esms_desktop.checks.result import positions_in
from esms_desktop.gui.models import AnyIndex, RecipientsModel

_ROOT = QModelIndex()


class RecipientsFilter(QAbstractProxyModel):
    """Shows every row of a :class:`RecipientsModel`, or only the rows of one category.

    Which rows those are, the core works out for the whole list at once
    (``checks.report.positions_in``) when the list, the check or the choice
    changes. A QSortFilterProxyModel asks Python about each row instead: with
    100,000 rows that froze the window for half a second after every check, and
    for seconds with a million.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "all"
        #: The source rows shown, in ascending order (None: all of them).
        self._shown: list[int] | None = None
        #: The source model, kept here: views ask for it thousands of times.
        self._model: RecipientsModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, RecipientsModel):
            raise TypeError("RecipientsFilter shows a RecipientsModel")
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        super().setSourceModel(model)
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._after_source_reset)
        model.dataChanged.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._work_out()
        self.endResetModel()

    def set_mode(self, mode: str) -> None:
        """``all`` or one of ``checks.report.CATEGORIES``."""
        self.beginResetModel()
        self.mode = mode
        self._work_out()
        self.endResetModel()

    def _work_out(self) -> None:
        self._shown = self._rows_of_mode()

    def _rows_of_mode(self) -> list[int] | None:
        model = self._model
        if self.mode == "all":
            return None
        if model is None or model.recipients is None:
            return []
        return positions_in(model.recipients, model.report, self.mode)

    def _after_source_reset(self) -> None:
        self._work_out()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any) -> None:
        """A new check changes what rows say, and which rows are problems."""
        if self._shown is None:
            self.dataChanged.emit(
                self.mapFromSource(top_left), self.mapFromSource(bottom_right), roles
            )
            return
        shown = self._rows_of_mode()
        if shown != self._shown:
            self.beginResetModel()  # views may still ask about the old rows here
            self._shown = shown
            self.endResetModel()
        elif self._shown:
            last = len(self._shown) - 1
            self.dataChanged.emit(
                self.index(0, top_left.column()), self.index(last, bottom_right.column()), roles
            )

    # ------------------------------------------------------------------ the proxy's map

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._model
        if model is None or not index.isValid():
            return None
        row = index.row()
        return model.cell(row if self._shown is None else self._shown[row], index.column(), role)

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        model = self._model
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        return model.index(row if self._shown is None else self._shown[row], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        shown = self._shown
        if shown is not None:  # found by bisection: no row -> position dict of a million rows
            at = bisect_left(shown, row)
            if at == len(shown) or shown[at] != row:
                return QModelIndex()
            row = at
        return self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or not (
            0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex | None = None) -> Any:
        """No row has a parent (a flat table); without an index, the QObject's parent."""
        return super().parent() if child is None else QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        model = self._model
        if parent.isValid() or model is None:
            return 0
        return model.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        model = self._model
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and self.rowCount() > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self._model
        if model is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return model.headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return section + 1
        return None
