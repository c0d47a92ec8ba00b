"""History's ways out: "Stop for good..." a campaign that should not be finished, "Delete"
one that sent nothing.

Apart from :mod:`esms_desktop.gui.pages.history`. A campaign paused yesterday (no
network, the balance, the advertising hours) could only be resumed from History: the
Send page's Cancel is there only while the window runs it, so a stale offer could not
be dropped without sending it, and its messages still to go held every later send of
the same text to those customers back. Stopping writes what the Send page's Cancel
writes (the command line's ``cancel``): what was not sent yet is never sent; what may
have reached eSMS becomes "unknown", to settle from eSMS's records.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from esms_desktop.gui import dialogs
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.widgets import format_count
from esms_desktop.gui.workers import run_task
from esms_desktop.journal import CampaignState, CampaignSummary, Journal


def may_stop(summary: CampaignSummary | None) -> bool:
    """Whether History offers to stop the campaign: it still has messages to send."""
    return (
        summary is not None
        and summary.not_sent > 0
        and summary.campaign.state not in (CampaignState.CANCELLED, CampaignState.DONE)
    )


class CampaignStop(QObject):
    """Asks, writes the cancel off the GUI thread, then says what it came to."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def stop(
        self,
        journal: Journal,
        summary: CampaignSummary,
        said: Callable[[int, str], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Stop ``summary``'s campaign once the user says yes; ``said`` gets the campaign
        and what it came to."""
        cid = summary.campaign.id
        question = fill(
            self.tr(
                "Stop campaign %1 (%2) for good? Messages not sent yet: %3. They will never "
                "be sent; what was sent stays sent."
            ),
            str(cid),
            summary.campaign.name,
            format_count(summary.not_sent),
        )
        if not dialogs.confirm(
            self._parent,
            self.tr("Stop for good"),
            question,
            yes=self.tr("Stop for good"),
            no=self.tr("Keep it"),
        ):
            return

        def cancel() -> CampaignSummary:
            journal.set_campaign_state(cid, CampaignState.CANCELLED)
            return journal.summary(cid)

        run_task(cancel, lambda after: said(cid, self._words(after)), failed)

    def _words(self, after: CampaignSummary) -> str:
        text = fill(
            self.tr("Campaign %1 stopped. Messages that will not be sent: %2."),
            str(after.campaign.id),
            format_count(after.not_sent),
        )
        if after.undecided:
            text += " " + fill(
                self.tr(
                    "May have reached eSMS: %1; 'Settle unconfirmed...' tells which did. None "
                    "is sent again."
                ),
                format_count(after.undecided),
            )
        return text

    def delete(
        self,
        journal: Journal,
        cid: int,
        name: str,
        said: Callable[[int, str], None],
        failed: Callable[[BaseException], None],
    ) -> bool:
        """Delete campaign ``cid`` (it sent nothing) once the user says yes, off the GUI
        thread (another program sending from the same folder may hold the journal).
        Whether the user said yes."""
        question = fill(self.tr("Delete campaign %1 (%2)? It sent nothing."), str(cid), name)
        if not dialogs.confirm(self._parent, self.tr("Delete"), question):
            return False
        done = self.tr("Campaign deleted.")
        run_task(lambda: journal.delete_campaign(cid), lambda _none: said(cid, done), failed)
        return True
