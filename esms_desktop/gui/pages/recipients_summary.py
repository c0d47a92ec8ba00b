"""The line above the Customers table: the list's counts, and what its check left to send.

Once the checked list is sent, the line says the campaign it went into: it said "After
the check: 16 can be sent" after the sending, as if nothing had left yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from esms_desktop.checks.result import CheckReport
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import counted, format_count
from esms_desktop.recipients.recipient_list import RecipientList, RowState


class RecipientsSummary(QWidget):
    """What :class:`~esms_desktop.gui.pages.recipients.RecipientsPage` says of its list."""

    session: Session
    summary: QLabel
    #: The campaign the shown check was sent as (0: not sent).
    _sent_as: int = 0

    def _campaign_started(self, campaign_id: int) -> None:
        self._sent_as = campaign_id
        report = self.session.report
        if report is not None and report is self.session.sent_report:
            self._summarise(report.recipients, report)

    def _summarise(self, recipients: RecipientList, report: CheckReport | None = None) -> None:
        """The list's counts, and once checked, what the check leaves to send (rows a
        check takes out, garbled names say, were still counted "ready" here)."""
        counts = recipients.counts()
        converted = recipients.converted
        # Before a check, rows hidden in Excel or with garbled text are held back (the table
        # says so, and the old-encoding bar for the latter).
        held = len(recipients.held_before_check) if report is None else 0
        text = fill(
            self.tr(
                "%1: %2 customers. Ready: %3. Cannot send: %4. Duplicates: %5. Do not send: %6."
            ),
            recipients.table.path.name,
            format_count(len(recipients.rows)),
            format_count(counts[RowState.READY] - held),
            format_count(counts[RowState.REJECTED] + held),
            format_count(counts[RowState.DUPLICATE]),
            format_count(counts[RowState.BLOCKED]),
        )
        if converted:
            text += " " + counted(
                converted,
                self.tr("1 old 11-digit number was converted."),
                self.tr("%1 old 11-digit numbers were converted."),
            )
        if report is not None and report is self.session.sent_report and self._sent_as:
            text += " " + fill(
                self.tr("Sent as campaign %1 (see the Send and History pages)."),
                str(self._sent_as),
            )
        elif report is not None:
            text += " " + fill(
                self.tr("After the check: %1 can be sent, %2 left out."),
                format_count(len(report.sendable)),
                format_count(len(recipients.ready) - len(report.sendable)),
            )
        self.summary.setText(text)
