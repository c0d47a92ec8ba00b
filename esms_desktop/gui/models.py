"""Table models over core lists. Views never hold data of their own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from esms_desktop.app.user_text import pause_reason
from esms_desktop.base.texts import Words, shortened, speaking
from esms_desktop.catalogue import (
    SMS_UNSEEN,
    UNDELIVERED,
    esms_code,
    lookup,
    undelivered_code,
)
from esms_desktop.checks import CheckReport
from esms_desktop.checks.problems import GARBLED_TEXT, HIDDEN_ROW, phone_reason
from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill, spoken, vietnam_clock
from esms_desktop.journal import CampaignSummary, MessageRow, MessageState
from esms_desktop.message.spec import Channel
from esms_desktop.recipients.recipient_list import Recipient, RecipientList, RowState
from esms_desktop.reports.campaign_report import excluded_reason
from esms_desktop.sending import Failure

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Roles read once: looking one up through ``Qt.ItemDataRole`` costs more than comparing it.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
#: A text's short form, where the whole does not fit (the Customers table's problems).
SHORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class _ListModel(QAbstractTableModel):
    """A read-only table over a Python list; subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers)
        if role == Qt.ItemDataRole.ToolTipRole and horizontal:
            return self.headers[section]  # the whole title of a narrowed column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def _items(self) -> list[Any]:
        raise NotImplementedError


class RecipientsModel(_ListModel):
    """Every row of the customer file with its state and, in plain words, its problem."""

    STATE, ROW, PHONE, CARRIER, PROBLEM, SEND_AT = range(6)
    #: The file's own columns come after these.
    FIXED = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recipients: RecipientList | None = None
        self.report: CheckReport | None = None
        self.lang = "vi"
        self._set_headers([])

    def _set_headers(self, columns: list[str]) -> None:
        fixed = [
            self.tr("State"),
            self.tr("Row"),
            self.tr("Phone"),
            self.tr("Carrier"),
            self.tr("Problem"),
            self.tr("Send at"),
        ]
        self.headers = fixed + columns

    def _items(self) -> list[Recipient]:
        return self.recipients.rows if self.recipients else []

    def set_recipients(self, recipients: RecipientList | None, lang: str) -> None:
        self.beginResetModel()
        self.recipients, self.report, self.lang = recipients, None, lang
        self._set_headers(recipients.columns if recipients else [])
        self.endResetModel()

    def set_report(self, report: CheckReport | None) -> None:
        previous, self.report = self.report, report
        if previous is None and report is None:
            return  # nothing shown changes; 100,000 rows need not be re-read
        if self.rowCount():
            # One signal for all the rows: the state, problem and send-time columns change.
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.SEND_AT))

    def category(self, r: Recipient) -> str:
        """ready / problem / duplicate / blocked, after the checks if there are any."""
        if r.state is RowState.DUPLICATE:
            return "duplicate"
        if r.state is RowState.BLOCKED:
            return "blocked"
        if r.state is RowState.REJECTED or (self.report and r.row in self.report.excluded):
            return "problem"
        if self.report is None and r.row in self._held():
            return "problem"  # hidden in Excel, or garbled text: the check holds it back
        return "ready"

    def _held(self) -> frozenset[int]:
        """Before a check, the ready rows held back whatever the message: hidden in Excel,
        or with garbled text (as the old-encoding bar says)."""
        return self.recipients.held_before_check if self.recipients is not None else frozenset()

    def state_text(self, r: Recipient) -> str:
        return {
            "ready": self.tr("Ready"),
            "problem": self.tr("Cannot send"),
            "duplicate": self.tr("Duplicate"),
            "blocked": self.tr("Do not send"),
        }[self.category(r)]

    def problem_text(self, r: Recipient) -> str:
        """The row's problem, whole (the tooltip, the line under the table)."""
        return self._problem(r, short=False)

    def problem_short(self, r: Recipient) -> str:
        """The row's problem in a few words: what the Problem column shows when it is too
        narrow for the whole (at 1024 px; see ``row_problem.ProblemDelegate``)."""
        return self._problem(r, short=True)

    def _say(self, reason: Words | str, short: bool) -> str:
        with speaking(self.lang):
            return str(shortened(reason) if short else reason)

    def _problem(self, r: Recipient, *, short: bool) -> str:
        if r.state is RowState.REJECTED and r.problem is not None:
            reason = self._say(phone_reason(r.problem), short)
            return reason[:1].upper() + reason[1:]
        if r.state is RowState.DUPLICATE:
            return fill(self.tr("Same number as row %1"), str(r.duplicate_of))
        if r.state is RowState.BLOCKED:
            return self.tr("On your do-not-send list")
        if self.report is not None and r.row in self.report.excluded:
            code = self.report.excluded[r.row]
            for p in self.report.problems:
                if p.code == code and r.row in p.rows:
                    return self._say(p.reason, short)  # the row's own reason: no row list
        if self.report is None and r.state is RowState.READY and r.row in self._held():
            # What the check will say of the row.
            assert self.recipients is not None
            hidden = r.row in self.recipients.hidden_ready
            return self._say(HIDDEN_ROW if hidden else GARBLED_TEXT, short)
        if r.converted_from:
            if short:
                return self.tr("Old number converted")
            return fill(self.tr("Old number %1 converted"), r.converted_from)
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def cell(self, row: int, column: int, role: int) -> Any:
        """What :meth:`data` gives for a row and column; the Customers filter asks it
        directly (through ``data`` it would make a model index per cell: sizing the
        columns to their contents asks about thousands of cells)."""
        if not self.recipients:
            return None
        r = self.recipients.rows[row]
        if role == _DISPLAY:
            return self._shown(r, column)
        if role == _BACKGROUND and column in (self.STATE, self.PROBLEM):
            category = self.category(r)
            if category == "ready":
                return theme.colour("warn_bg" if r.converted_from else "ok_bg")
            return theme.colour("bad_bg" if category == "problem" else "warn_bg")
        if column == self.PROBLEM and role == _TOOLTIP:
            return self.problem_text(r) or None
        if column == self.PROBLEM and role == SHORT_ROLE:
            return self.problem_short(r)
        return None

    def _shown(self, r: Recipient, column: int) -> Any:
        """The text of a row's cell."""
        if column == self.STATE:
            return self.state_text(r)
        if column == self.ROW:
            return r.row
        if column == self.PHONE:
            return r.phone or r.raw_phone
        if column == self.CARRIER:
            return r.carrier.display_name if r.carrier else ""
        if column == self.PROBLEM:
            return self.problem_text(r)
        if column == self.SEND_AT:
            when = self.report.send_at.get(r.row) if self.report is not None else None
            return when.strftime("%d/%m/%Y %H:%M") if when is not None else ""
        return r.value(column - self.FIXED)


class FailuresModel(_ListModel):
    """Failures as they happen during sending, each explained by the catalogue."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.failures: list[Failure] = []
        self.headers = [
            self.tr("Row"),
            self.tr("Phone"),
            self.tr("Code"),
            self.tr("What happened"),
            self.tr("What to do"),
        ]

    def _items(self) -> list[Failure]:
        return self.failures

    def add(self, failure: Failure) -> None:
        n = len(self.failures)
        self.beginInsertRows(_ROOT, n, n)
        self.failures.append(failure)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.failures = []
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        f = self.failures[index.row()]
        with speaking(self.lang):
            text = lookup(f.code, f.error_message).text
        return [
            f.row,
            f.phone,
            esms_code(f.code),
            f"{text.title}: {text.explanation}",
            text.action,
        ][index.column()]


class HistoryModel(_ListModel):
    """Every campaign of the journal: its state (and why it paused), counts and cost."""

    #: The column that takes the width the numbers leave.
    NAME = 2
    #: Columns of words (created, name, channel, state): they share what the numbers leave.
    TEXT_COLUMNS = (1, 2, 3, 4)
    #: The channel and the state: whole, on two lines if need be.
    WRAPPED = (3, 4)

    def __init__(self, lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[tuple[CampaignSummary, str]] = []
        self.headers = [
            self.tr("No."),
            self.tr("Created"),
            self.tr("Name"),
            self.tr("Channel"),
            self.tr("State"),
            self.tr("Accepted"),
            self.tr("Failed"),
            self.tr("Left out"),
            self.tr("Not sent yet"),
            self.tr("Delivered"),
            self.tr("Cost (VND)"),
        ]

    def _items(self) -> list[tuple[CampaignSummary, str]]:
        return self.rows

    def set_rows(self, rows: list[tuple[CampaignSummary, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, cost = self.rows[index.row()]
        c = s.campaign
        paused = c.state.value == "paused"
        reason = None
        if paused:  # said in this list's language
            with speaking(self.lang):
                reason = pause_reason(c.pause_code, c.pause_message)
        if role == Qt.ItemDataRole.ToolTipRole:
            if reason and index.column() == 4:
                with speaking(self.lang):
                    return reason.as_text()
            if index.column() in self.TEXT_COLUMNS[:-1]:  # narrowed to fit: the whole text
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        states = {
            "ready": self.tr("Ready"),
            "sending": self.tr("Sending"),
            "paused": self.tr("Paused"),
            "cancelled": self.tr("Cancelled"),
            "done": self.tr("Done"),
        }
        created = vietnam_clock(c.created_at)
        state = states.get(c.state.value, c.state.value)
        if reason is not None:
            state = fill(self.tr("Paused: %1"), reason.title)
        if s.undecided and c.state.value != "sending":
            # Not "not sent": eSMS may have them, and charged them.
            state += " " + fill(self.tr("(%1 may have reached eSMS)"), str(s.undecided))
        if s.scheduled:
            # With eSMS, not sent yet: each goes at its own time.
            first = dt.datetime.strptime(s.next_send_at, "%Y-%m-%d %H:%M:%S")
            state = fill(
                self.tr("%1 scheduled, next %2"), str(s.scheduled), first.strftime("%d/%m %H:%M")
            )
        return [
            c.id,
            QLocale().toString(created, "dd/MM/yyyy HH:mm"),
            c.name,
            spoken(c.channel.display_name, self.lang),
            state,
            s.accepted,
            s.failed,
            s.excluded,
            s.not_sent,
            s.delivered,
            cost,
        ][index.column()]


class MessagesModel(_ListModel):
    """Every recipient of one past campaign and what happened to them."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.messages: list[MessageRow] = []
        #: The code that says why one of the campaign's messages was not delivered (it
        #: differs for Zalo, and for Zalo then SMS).
        self.undelivered = UNDELIVERED
        self.headers = [
            self.tr("Row"),
            self.tr("Phone"),
            self.tr("Result"),
            self.tr("Delivery"),
            self.tr("Explanation"),
        ]

    def _items(self) -> list[MessageRow]:
        return self.messages

    def set_messages(self, messages: list[MessageRow], *, channel: Channel | None = None) -> None:
        """``channel``: the campaign's (why a message was not delivered depends on it)."""
        self.beginResetModel()
        self.messages = messages
        self.undelivered = (
            undelivered_code(channel.uses_zalo, channel.sms_fallback) if channel else UNDELIVERED
        )
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        m = self.messages[index.row()]
        results = {
            MessageState.ACCEPTED: self.tr("Accepted by eSMS"),
            MessageState.FAILED: self.tr("Not sent"),
            MessageState.EXCLUDED: self.tr("Left out"),
            MessageState.PENDING: self.tr("Not sent yet"),
            MessageState.SENDING: self.tr("Being sent"),
            MessageState.UNKNOWN: self.tr("Unknown"),
        }
        delivery = {
            "delivered": self.tr("Delivered"),
            "by_sms": self.tr("Sent by SMS instead (Zalo could not reach them)"),
            "failed": self.tr("Not delivered"),
            "waiting": self.tr("Waiting"),
            # Short: the column is as wide as its texts; the explanation says it whole.
            SMS_UNSEEN: self.tr("Zalo failed; no SMS seen yet"),
            "": "",
        }
        result = results[m.state]
        if m.send_at and m.state not in (MessageState.FAILED, MessageState.EXCLUDED):
            # Each customer's own send time (reminders): eSMS holds the message until then.
            at = dt.datetime.strptime(m.send_at, "%Y-%m-%d %H:%M:%S").strftime("%d/%m/%Y %H:%M")
            result = fill(self.tr("%1, to go out at %2"), result, at)
        if m.state is MessageState.EXCLUDED:
            with speaking(self.lang):
                explanation = excluded_reason(m)
        elif m.state is MessageState.UNKNOWN:  # the code is of a later attempt, if any
            explanation = self.tr(
                "May have reached eSMS (no answer was heard). Settle unconfirmed... looks it "
                "up in eSMS's records."
            )
        elif m.state is MessageState.ACCEPTED and m.delivery in ("failed", SMS_UNSEEN):
            with speaking(self.lang):  # an SMS part not on record: what to do, too
                code = self.undelivered if m.delivery == "failed" else SMS_UNSEEN
                text = lookup(code).text
                explanation = text.explanation
                if code == SMS_UNSEEN:
                    explanation += " " + text.action
        elif m.code and m.code not in ("100", "124"):
            with speaking(self.lang):
                explanation = lookup(m.code, m.error_message).text.title
        else:
            explanation = ""
        return [
            m.row,
            m.phone,
            result,
            delivery.get(m.delivery, ""),
            explanation,
        ][index.column()]
