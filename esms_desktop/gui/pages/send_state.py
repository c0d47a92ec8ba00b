"""The Send page's state: which actions the campaign shown allows, its tiles, the summary.

Running: Pause, Cancel. Paused: Resume, Cancel. Over: the next steps. A check
that may be sent: "Send now". The buttons follow the campaign's last known
counts at once; once it stops, the counts are read again off the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill, spoken
from esms_desktop.gui.pages.history_notes import CampaignNotes
from esms_desktop.gui.pages.send_panel import SendPanel
from esms_desktop.gui.widgets import format_count, format_vnd
from esms_desktop.gui.workers import run_task
from esms_desktop.journal import CampaignState, CampaignSummary
from esms_desktop.message.spec import VIETNAM
from esms_desktop.sending.again import AgainChoice, choose_again

if TYPE_CHECKING:
    from esms_desktop.checks.result import CheckReport

#: Milliseconds the next steps of a campaign that just ended ignore clicks. They take
#: the places of Pause and Cancel: a click meant for Pause as the last answer came in
#: started a new campaign instead.
ARRIVAL_DELAY_MS = 800


class SendState(SendPanel):
    """What :class:`~esms_desktop.gui.pages.send.SendPage` shows of the campaign's state."""

    def _set_running(self, running: bool) -> None:
        """Only the actions the campaign's state allows: a sent check is never sent again.

        The buttons follow the campaign's last known counts at once; once stopped, the
        counts are read again off the window and the buttons follow them if the
        campaign shown is still the same.
        """
        self._show_state(running)
        if running or self.campaign_id is None:
            return
        self._state_reads += 1
        read, cid, journal = self._state_reads, self.campaign_id, self.session.journal

        def state() -> tuple[CampaignSummary, AgainChoice | None]:
            summary = journal.summary(cid)
            # What "Send to failures again" would send: the same choice as History's
            # and the command line's (read off the window: SQLite picks the failures).
            failures = summary.failed + summary.undelivered
            return summary, choose_again(journal, cid) if failures else None

        run_task(state, lambda found: self._state_read(read, cid, *found), self._background_failed)

    def _state_read(
        self, read: int, cid: int, summary: CampaignSummary, choice: AgainChoice | None
    ) -> None:
        if read != self._state_reads or cid != self.campaign_id or self._closed:
            return
        self._summary = summary
        self._choice = choice
        if self.worker is None:
            self._show_state(False)
        self._show_tiles(summary)

    def _show_tiles(self, s: CampaignSummary) -> None:
        self.tiles.set("sent", format_count(s.accepted), "ok" if s.accepted else "")
        self.tiles.set("delivered", format_count(s.delivered), "ok" if s.delivered else "")
        bad = s.failed + s.undelivered
        self.tiles.set("failed", format_count(bad), "bad" if bad else "")
        self.tiles.set("left", format_count(s.not_sent), "warn" if s.not_sent else "")

    def _show_state(self, running: bool) -> None:
        """Running: Pause, Cancel. Paused: Resume, Cancel. Over: the next steps, "Send to
        failures again" (when some are worth it), "Open report", "New campaign". A check that
        may be sent: "Send now". One of them is the page's primary button."""
        summary = None if self.campaign_id is None else self._summary
        if summary is not None and summary.campaign.id != self.campaign_id:
            summary = None
        paused = not running and summary is not None and self._open(summary)
        over = not running and summary is not None and not paused
        report = self.session.report
        can_send = (
            not running
            and not self._preparing
            and not paused
            and report is not None
            and report is not self._used_report
            and not report.blocked
            and bool(report.sendable)
        )
        has_something = running or self._preparing or summary is not None or report is not None
        self.body.setCurrentIndex(1 if has_something or self.campaign_id is not None else 0)
        self.pause_button.setEnabled(running)
        self.pause_button.setVisible(running)
        self.cancel_button.setEnabled(running or paused)
        self.cancel_button.setVisible(running or paused)
        self.resume_button.setEnabled(paused)
        self.resume_button.setVisible(paused)
        self.send_button.setEnabled(can_send)
        self.send_button.setVisible(can_send or not (over or paused))
        arriving = self._arriving(over)
        failures = self._offer_again(over, summary, arriving)
        self.open_report_button.setVisible(over)
        self.open_report_button.setEnabled(not arriving)
        self.new_button.setVisible(over)
        self.new_button.setEnabled(not arriving)
        self.report_button.setEnabled(not running and summary is not None)
        if can_send or running or not (over or paused):
            primary = self.send_button
        elif paused:
            primary = self.resume_button
        else:
            primary = self.again_button if failures else self.new_button
        for b in (self.send_button, self.resume_button, self.again_button, self.new_button):
            wanted = "primary" if b is primary else ""
            if b.property("role") != wanted:
                theme.set_role(b, wanted)
                theme.set_icon(b, self._icons[b], "on_primary" if wanted else "text")
        if summary is not None and not can_send:
            self._say_campaign(summary, over)

    def _choice_of(self, summary: CampaignSummary | None) -> AgainChoice | None:
        """What "Send to failures again" sends of the campaign shown, as last read."""
        choice = self._choice
        if summary is None or choice is None or choice.campaign != summary.campaign.id:
            return None
        return choice

    def _offer_again(self, over: bool, summary: CampaignSummary | None, arriving: bool) -> bool:
        """ "Send to 3 failures again", offered only for a campaign over with failures
        worth sending again as they are (the core's choice); whether it is offered."""
        choice = self._choice_of(summary)
        offered = choice.count if choice is not None else 0
        CampaignNotes(self).name_again(self.again_button, offered)
        failures = over and offered > 0
        self.again_button.setVisible(failures)
        self.again_button.setEnabled(failures and not self._again and not arriving)
        return failures

    def _say_campaign(self, summary: CampaignSummary, over: bool) -> None:
        """The tiles are this campaign's: so is the line above them (a resumed campaign
        was headed "Check the message first", a "send again" the first campaign's), with,
        once it is over, why failures are not sent again (the core's words)."""
        text = fill(
            self.tr("Campaign %1 (%2): %3 messages."),
            str(summary.campaign.id),
            summary.campaign.name,
            format_count(summary.total - summary.excluded),
        )
        choice = self._choice_of(summary)
        if over and choice is not None:
            why = CampaignNotes(self).why_not_again(choice, self.session.lang)
            text = "\n".join(filter(None, [text, why]))
        self.summary.setText(text)

    def _arriving(self, over: bool) -> bool:
        """Whether the next steps have just appeared (a run ended, or a campaign over was
        shown in a running one's place): they wait :data:`ARRIVAL_DELAY_MS` for clicks."""
        if over and not self._over_shown:
            self._arrived = False
            QTimer.singleShot(ARRIVAL_DELAY_MS, self, self._next_steps_arrived)
        self._over_shown = over
        return over and not self._arrived

    def _next_steps_arrived(self) -> None:
        self._arrived = True
        if self.worker is None and not self._closed:
            self._show_state(False)

    @staticmethod
    def _open(s: CampaignSummary) -> bool:
        return s.open > 0 and s.campaign.state is not CampaignState.CANCELLED

    def _report_changed(self) -> None:
        report = self.session.report
        if report is not None and self._said_stale and self.worker is None:
            self._said_stale = False
            self.outcome.setText("")
        if report is None:
            self.summary.setText(self.tr("Check the message first (Message page)."))
        elif report.blocked:
            self.summary.setText(
                self.tr("The check found problems that stop sending. Fix them on the Message page.")
            )
        else:
            self.summary.setText(self._describe(len(report.sendable)))
        if self.worker is None:
            self._set_running(False)

    def _describe(self, count: int) -> str:
        report = self.session.report
        assert report is not None
        text = fill(
            self.tr("%1 %2, about %3."),
            format_count(count),
            spoken(report.spec.channel.counted_name, self.session.lang),
            format_vnd(report.cost or 0),
        )
        if report.spec.channel.sms_fallback:
            text += " " + self.tr(
                "That is the most it can cost: each customer Zalo cannot reach also gets "
                "the SMS, charged as an SMS."
            )
        if report.balance is not None:
            text += " " + fill(self.tr("Balance: %1."), format_vnd(report.balance))
        when = self._when(report)
        if when:
            text += " " + when
        if report.spec.sandbox:
            text += " " + self.tr("Test only: nothing will be delivered or charged.")
        return text

    def _when(self, report: CheckReport) -> str:
        """When eSMS sends them, for a send set for later (the question said "Send now?"
        of reminders eSMS holds for weeks): one time, or the first and last."""
        times = sorted(set(report.send_at.values()))
        if not times and report.spec.schedule is not None:
            times = [report.spec.schedule]
        if not times:
            return ""
        first, last = (
            t.astimezone(VIETNAM).strftime("%H:%M %d/%m/%Y") for t in (times[0], times[-1])
        )
        if first == last:
            return fill(self.tr("eSMS sends them at %1 (Vietnam time)."), first)
        return fill(
            self.tr("eSMS sends each at its customer's time, from %1 to %2 (Vietnam time)."),
            first,
            last,
        )
