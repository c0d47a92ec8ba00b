"""The filter row above the customer table: send only to a segment (column, operator, value).

The conditions are those of ``--where`` on the command line, read by the same
core (:mod:`esms_desktop.recipients.segments`); the row's count updates as the user types
(worked out off the GUI thread: a million rows take a moment). The chosen
segment goes to the session, so the check and the send use it; rows outside it
are counted "not in this segment", not errors.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.base.texts import speaking
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import format_count
from esms_desktop.gui.workers import run_task
from esms_desktop.recipients.recipient_list import RecipientList
from esms_desktop.recipients.segments import (
    OPERATORS,
    SegmentError,
    matching_rows,
    parse_conditions,
)

__all__ = ["SegmentBar"]


class SegmentBar(QWidget):
    #: The count shown changed (for tests): the number of rows in the segment.
    counted = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("segmentBar")
        #: Conditions already added with "And" (the one being typed comes on top).
        self.added: list[str] = []
        #: What the last count was worked out for; a result for anything else is dropped.
        self._asked: tuple[int, tuple[str, ...]] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Only customers where"), self))
        self.column_combo = QComboBox(self)
        self.column_combo.setObjectName("segmentColumnCombo")
        self.column_combo.setMinimumContentsLength(10)
        self.column_combo.setAccessibleName(self.tr("Segment column"))
        self.op_combo = QComboBox(self)
        self.op_combo.setObjectName("segmentOperatorCombo")
        self.op_combo.setAccessibleName(self.tr("Segment comparison"))
        for op, label in zip(OPERATORS, self._operator_names(), strict=True):
            self.op_combo.addItem(label, op)
        self.op_combo.setCurrentIndex(OPERATORS.index("="))
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("segmentValueEdit")
        self.value_edit.setAccessibleName(self.tr("Segment value"))
        self.value_edit.setPlaceholderText(self.tr("value, e.g. VIP, 500000, 31/12/2025, -90d"))
        self.value_edit.setToolTip(
            self.tr(
                "Numbers compare as numbers, dates as dates (dd/mm/yyyy). -90d means 90 days "
                "before today."
            )
        )
        self.and_button = QPushButton(self.tr("An&d..."), self)
        self.and_button.setObjectName("segmentAndButton")
        self.and_button.setToolTip(self.tr("Keep this condition and add another one"))
        self.clear_button = QPushButton(self.tr("&All customers"), self)
        self.clear_button.setObjectName("segmentClearButton")
        row.addWidget(self.column_combo)
        row.addWidget(self.op_combo)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.and_button)
        row.addWidget(self.clear_button)
        outer.addLayout(row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names from files and eSMS
        self.status.setObjectName("segmentStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._recount)
        self.value_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.column_combo.activated.connect(lambda _i: self._debounce.start())
        self.op_combo.activated.connect(lambda _i: self._debounce.start())
        self.and_button.clicked.connect(self._add)
        self.clear_button.clicked.connect(self.clear)
        session.recipients_changed.connect(self._recipients_changed)
        self._recipients_changed()

    def _operator_names(self) -> list[str]:
        # In OPERATORS' order: <= >= != = ~ < >
        return [
            self.tr("<= (at most / on or before)"),
            self.tr(">= (at least / on or after)"),
            self.tr("!= (is not)"),
            self.tr("= (is)"),
            self.tr("~ (contains)"),
            self.tr("< (less than / before)"),
            self.tr("> (more than / after)"),
        ]

    # ------------------------------------------------------------------ the conditions

    def typed(self) -> str:
        """The condition being typed, as ``--where`` writes it ("" while it has no value)."""
        column, value = self.column_combo.currentText(), self.value_edit.text().strip()
        if not column or not value:
            return ""
        return f"{column}{self.op_combo.currentData()}{value}"

    def conditions(self) -> tuple[str, ...]:
        typed = self.typed()
        return tuple(self.added + ([typed] if typed else []))

    def set_condition(self, column: str, op: str, value: str) -> None:
        """Fill the row (used by tests and by a saved segment); counts at once."""
        self.column_combo.setCurrentText(column)
        self.op_combo.setCurrentIndex(OPERATORS.index(op))
        self.value_edit.setText(value)
        self._debounce.stop()
        self._recount()

    def _add(self) -> None:
        typed = self.typed()
        if typed:
            self.added.append(typed)
            self.value_edit.blockSignals(True)
            self.value_edit.clear()
            self.value_edit.blockSignals(False)
            self._recount()

    def clear(self) -> None:
        self.added = []
        self.value_edit.blockSignals(True)
        self.value_edit.clear()
        self.value_edit.blockSignals(False)
        self._recount()

    def _recipients_changed(self) -> None:
        recipients = self.session.recipients
        current = self.column_combo.currentText()
        self.column_combo.clear()
        if recipients is not None:
            self.column_combo.addItems([c for c in recipients.columns if c])
            if current:
                self.column_combo.setCurrentText(current)
        self.setEnabled(recipients is not None)
        self.added = [c for c in self.added if recipients is not None]
        self._recount()

    # ------------------------------------------------------------------ the count

    def _recount(self) -> None:
        recipients = self.session.recipients
        conditions = self.conditions()
        if recipients is None or not conditions:
            self._asked = None
            self.status.setText("")
            self._use(())
            return
        key = (id(recipients), conditions)
        self._asked = key
        lang = self.session.lang

        def work() -> tuple[int, str]:
            try:
                parsed = parse_conditions(list(conditions), recipients.columns)
            except SegmentError as exc:
                with speaking(lang):
                    return -1, str(exc)
            return len(matching_rows(recipients, parsed)), ""

        run_task(
            work,
            lambda result: self._counted(key, recipients, result),
            lambda _exc: None,
        )
        self.status.setText(self.tr("Counting..."))

    def _counted(
        self, key: tuple[int, tuple[str, ...]], recipients: RecipientList, result: tuple[int, str]
    ) -> None:
        if key != self._asked or self.session.recipients is not recipients:
            return  # the row or the list changed meanwhile: a newer count is coming
        count, problem = result
        conditions = key[1]
        if count < 0:
            self.status.setText(problem)
            # Kept as typed: the check then refuses it in plain words, rather than the
            # campaign going to every customer when the user meant a few.
            self._use(conditions)
            return
        shown = " " + self.tr("and") + " "
        self.status.setText(
            fill(
                self.tr("%1 of %2 customers meet %3; the others are not in this segment."),
                format_count(count),
                format_count(len(recipients.rows)),
                shown.join(conditions),
            )
        )
        self._use(conditions)
        self.counted.emit(count)

    def _use(self, conditions: tuple[str, ...]) -> None:
        self.session.set_segment(conditions)
