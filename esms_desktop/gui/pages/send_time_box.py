"""When the messages go out: now, at one time for everyone, or each customer at their own.

The third choice reads a date column of the file (appointments, birthdays): so
many days before the date, or on the day every year, at a time of day. eSMS
holds the scheduled messages, so the computer can be switched off after sending.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.base.vntime import now as app_now
from esms_desktop.gui.i18n import vietnam_clock
from esms_desktop.importing.columns import normalize_header
from esms_desktop.message.send_times import ReminderRule
from esms_desktop.message.spec import VIETNAM

#: Header words that name a date column (without diacritics, lower case).
_DATE_WORDS = ("ngay", "hen", "sinhnhat", "date", "birthday", "lich")

NOW, ONE_TIME, PER_ROW = range(3)


class SendTimeBox(QWidget):
    """The "Send at" choice of the Message page."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._build_when(outer)
        self._build_per_row(outer)
        self.when_combo.currentIndexChanged.connect(self._when_changed)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        for signal in (
            self.column_combo.currentIndexChanged,
            self.mode_combo.currentIndexChanged,
            self.days_spin.valueChanged,
        ):
            signal.connect(lambda _v: self.changed.emit())
        self.schedule_edit.dateTimeChanged.connect(lambda _d: self.changed.emit())
        self.at_edit.timeChanged.connect(lambda _t: self.changed.emit())

    def _build_when(self, outer: QVBoxLayout) -> None:
        """Now, one time for everyone (and that time), or each customer's own date."""
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Send at"), self))
        self.when_combo = QComboBox(self)
        self.when_combo.setObjectName("sendWhenCombo")
        self.when_combo.addItems(
            [
                self.tr("now"),
                self.tr("one time for everyone"),
                self.tr("each customer's own date, from a column of the file"),
            ]
        )
        first.addWidget(self.when_combo)
        self.schedule_edit = QDateTimeEdit(self)
        self.schedule_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        # Vietnam's clock, whatever this computer's time zone (a computer left on another
        # zone showed and read its own hours: 09:00 typed went at 16:00 Vietnam time).
        self.schedule_edit.setTimeZone(vietnam_clock(0).timeZone())
        self.schedule_edit.setToolTip(self.tr("Vietnam time"))
        self.schedule_edit.setDateTime(vietnam_clock(app_now() + 3600))
        self.schedule_edit.setVisible(False)
        first.addWidget(self.schedule_edit)
        first.addStretch(1)
        outer.addLayout(first)

    def _build_per_row(self, outer: QVBoxLayout) -> None:
        """Each customer's own date: the column, so many days before it or every year on
        the day, at a time of day (shown for the third choice only)."""
        self.per_row = QWidget(self)
        self.per_row.setObjectName("reminderBox")
        row = QHBoxLayout(self.per_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Date column"), self.per_row))
        self.column_combo = QComboBox(self.per_row)
        self.column_combo.setObjectName("reminderColumnCombo")
        row.addWidget(self.column_combo)
        self.mode_combo = QComboBox(self.per_row)
        self.mode_combo.setObjectName("reminderModeCombo")
        self.mode_combo.setAccessibleName(self.tr("When, from the date"))
        self.mode_combo.addItems(
            [self.tr("days before the date"), self.tr("on the day, every year (birthdays)")]
        )
        self.days_spin = QSpinBox(self.per_row)
        self.days_spin.setObjectName("reminderDaysSpin")
        self.days_spin.setAccessibleName(self.tr("Days before the date"))
        self.days_spin.setRange(0, 365)
        self.days_spin.valueChanged.connect(self._say_days)
        self.days_spin.setValue(1)
        row.addWidget(self.days_spin)
        row.addWidget(self.mode_combo)
        row.addWidget(QLabel(self.tr("at"), self.per_row))
        self.at_edit = QTimeEdit(QTime(9, 0), self.per_row)
        self.at_edit.setObjectName("reminderAtEdit")
        self.at_edit.setDisplayFormat("HH:mm")
        row.addWidget(self.at_edit)
        row.addStretch(1)
        self.per_row.setVisible(False)
        outer.addWidget(self.per_row)

    # ------------------------------------------------------------------ state

    def _when_changed(self, index: int) -> None:
        self.schedule_edit.setVisible(index == ONE_TIME)
        self.per_row.setVisible(index == PER_ROW)
        self.changed.emit()

    def set_one_time(self, when: dt.datetime) -> None:
        """Send everyone at ``when`` (the Message page's "send at 7:00 instead")."""
        self.schedule_edit.setDateTime(vietnam_clock(when.timestamp()))
        self.when_combo.setCurrentIndex(ONE_TIME)

    def _say_days(self, days: int) -> None:
        """Say "1 day before", never "1 days before" (the number is the box beside it)."""
        one = self.tr("day before the date")
        self.mode_combo.setItemText(0, one if days == 1 else self.tr("days before the date"))

    def _mode_changed(self, index: int) -> None:
        self.days_spin.setVisible(index == 0)

    def set_columns(self, columns: list[str]) -> None:
        """The file's columns; one whose header names a date is chosen."""
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems(columns)
        for i, name in enumerate(columns):
            if any(word in normalize_header(name) for word in _DATE_WORDS):
                self.column_combo.setCurrentIndex(i)
                break
        self.column_combo.blockSignals(False)

    # ------------------------------------------------------------------ values

    def schedule(self) -> dt.datetime | None:
        if self.when_combo.currentIndex() != ONE_TIME:
            return None
        shown = self.schedule_edit.dateTime()
        day, time = shown.date(), shown.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=VIETNAM
        )

    def reminder(self) -> ReminderRule | None:
        """The per-row rule; with no column chosen, a rule the checks refuse (never "now")."""
        if self.when_combo.currentIndex() != PER_ROW:
            return None
        column = self.column_combo.currentText()
        at = self.at_edit.time()
        yearly = self.mode_combo.currentIndex() == 1
        return ReminderRule(
            column,
            days_before=None if yearly else self.days_spin.value(),
            yearly=yearly,
            at=dt.time(at.hour(), at.minute()),
        )
