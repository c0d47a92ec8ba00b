"""The Send page and its sending worker: progress, the outcome, failures, deliveries.

The worker's signals come while the campaign runs; once the window is closing
they are ignored. Reads for the page (failures, blocked numbers) run off the
window and are shown only while their campaign is still the one shown.
"""

from __future__ import annotations

from collections import Counter

from esms_desktop.app import opt_out
from esms_desktop.app.user_text import OWN_PAUSES, for_error, pause_reason, waiting_text
from esms_desktop.base.texts import speaking
from esms_desktop.catalogue import lookup, names_resume, undelivered_code
from esms_desktop.gui import dialogs
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.pages.history_notes import CampaignNotes
from esms_desktop.gui.pages.send_state import SendState
from esms_desktop.gui.widgets import counted, format_count, format_number
from esms_desktop.gui.workers import run_task
from esms_desktop.journal import CampaignState, MessageRow, MessageState
from esms_desktop.sending import Failure, Progress, SendOutcome
from esms_desktop.sending.status import DeliveryCounts


class SendProgress(SendState):
    """The sending worker's signals shown on :class:`~esms_desktop.gui.pages.send.SendPage`."""

    def _progress(self, p: Progress) -> None:
        if self._closed:
            return
        self._tell_history()
        if p.trouble is not None:
            # Nothing moves while the engine waits: say why, and that waiting is safe.
            self.outcome.setText(str(waiting_text(p.trouble)))
            self._waiting = True
        elif self._waiting:
            self.outcome.setText("")
            self._waiting = False
        self.progress.setMaximum(max(1, p.total))
        self.progress.setValue(p.accepted + p.failed)
        self.tiles.set("sent", format_count(p.accepted), "ok" if p.accepted else "")
        self.tiles.set("failed", format_count(p.failed), "bad" if p.failed else "")
        self.tiles.set("left", format_count(p.remaining), "warn" if p.remaining else "")
        eta = (
            fill(self.tr("about %1 s left"), f"{p.eta:.0f}")
            if p.eta is not None and p.remaining
            else ""
        )
        self.counters.setText(
            fill(
                self.tr("Sent: %1   Failed: %2   Left: %3   %4 per second   %5"),
                format_count(p.accepted),
                format_count(p.failed),
                format_count(p.remaining),
                format_number(p.rate),
                eta,
            )
        )

    def _tell_history(self) -> None:
        """History follows the running send: at its first report (the campaign is now
        "Sending", not the "Paused" of before a resume), then once a second at most."""
        if not self._history_told:
            self._history_told = True
            self._history_moved()
        elif not self._history_timer.isActive():
            self._history_timer.start()

    def _finished(self, outcome: SendOutcome) -> None:
        if self._closed:
            return
        lang = self.session.lang
        text = {
            CampaignState.DONE: self.tr("Finished."),
            CampaignState.PAUSED: self.tr("Paused."),
            CampaignState.CANCELLED: self.tr("Cancelled: the rest was not sent."),
        }.get(outcome.state, "")
        self._waiting = False
        if outcome.code and outcome.code != "user" and outcome.code not in OWN_PAUSES:
            with speaking(lang):
                info = lookup(outcome.code).text
            text += f" {info.title}: {info.explanation} {info.action}"
            if outcome.state is CampaignState.PAUSED and not names_resume(outcome.code):
                text += " " + self.tr(
                    "Once this is put right, press Resume to send the rest: messages already "
                    "sent are not sent again, and nothing was charged for the rest."
                )
        elif outcome.code:  # why it paused itself, as the command line says it too
            reason = pause_reason(outcome.code, outcome.message)
            if reason is not None:
                text += f" {reason.title}. {reason.text} {reason.action}"
        if outcome.state is not CampaignState.DONE and outcome.unknown:
            # Their answer was lost: eSMS may have them (and charged them). Said, so that
            # no one sends them again by hand; the app never sends them twice.
            text += " " + fill(
                self.tr(
                    "%1 messages may already have reached eSMS (their answer was lost): "
                    "they are looked up in eSMS's records, never sent twice."
                ),
                format_count(outcome.unknown),
            )
        self.outcome.setText(text)
        self._offer_opt_out()
        if outcome.accepted and self.campaign_id is not None:
            self.delivery.setText(self.tr("Waiting for delivery results from eSMS..."))
            self.poller.follow(self.campaign_id)
        with speaking(lang):
            reasons = Counter(lookup(f.code).text.title for f in self.failures.failures)
        self.chart.set_bars(
            [(self.tr("Accepted by eSMS"), outcome.accepted), *reasons.most_common(5)]
        )
        self.finished.emit(outcome)

    def _delivery_updated(self, counts: DeliveryCounts) -> None:
        if self._closed:
            return
        self.delivery.setText(CampaignNotes(self).delivery_counts(counts))
        self._list_failures(undelivered=True)
        if self._summary is not None and self.worker is None:
            self._set_running(False)  # the tiles follow the deliveries
        self.session.history_changed.emit()

    def _list_failures(self, *, undelivered: bool) -> None:
        """The campaign's failures from the journal (read off the window) join the list:
        those of its earlier runs when it starts (a resumed campaign shows them too, as
        its counters do), and the messages eSMS accepted but could not deliver, with
        what to do. Each only once, and only while the campaign is still the one shown."""
        cid, journal = self.campaign_id, self.session.journal
        if cid is None:
            return
        run_task(
            lambda: journal.messages(cid, failures_only=True),
            lambda rows: self._failures_read(cid, rows, undelivered),
            self._background_failed,
        )

    def _failures_read(self, cid: int, rows: list[MessageRow], undelivered: bool) -> None:
        if cid != self.campaign_id or self._closed:
            return
        listed = {(f.row, f.phone) for f in self.failures.failures}
        summary = self._summary
        channel = summary.campaign.channel if summary is not None else None
        undelivered_as = (
            undelivered_code(channel.uses_zalo, channel.sms_fallback)
            if channel is not None
            else undelivered_code(False)
        )
        for m in rows:
            if (m.row, m.phone) in listed:
                continue
            if m.state is MessageState.FAILED and not undelivered:
                self.failures.add(Failure(m.row, m.phone, m.code, m.error_message))
            elif m.delivery == "failed" and undelivered:
                self.failures.add(Failure(m.row, m.phone, undelivered_as, ""))

    def _offer_opt_out(self) -> None:
        """eSMS refused some numbers as blocked (99): offer to never send to them again.

        The numbers are read off the window; the offer names those not yet listed."""
        cid, journal = self.campaign_id, self.session.journal
        if self._closed or cid is None:
            return
        run_task(
            # Those not yet on the do-not-send list (read in the journal, as the list is).
            lambda: [p for p in journal.blocked_numbers(cid) if p not in journal.opt_out_numbers()],
            lambda numbers: self._blocked_read(cid, numbers),
            self._background_failed,
        )

    def _blocked_read(self, cid: int, numbers: list[str]) -> None:
        if self._closed or cid != self.campaign_id:
            return
        blocked = numbers
        self._blocked_numbers = blocked
        self.optout_button.setVisible(bool(blocked))
        self.optout_button.setText(
            counted(
                len(blocked),
                self.tr("A&dd 1 blocked number to the do-not-send list"),
                self.tr("A&dd %1 blocked numbers to the do-not-send list"),
            )
        )

    def add_blocked_to_opt_out(self) -> None:
        """The numbers eSMS refused as blocked go on the do-not-send list, written off the
        window (another program sending from the same folder may hold the journal)."""
        blocked, journal, settings = (
            list(self._blocked_numbers),
            self.session.journal,
            self.session.settings,
        )
        self.optout_button.setEnabled(False)  # one click, one write
        run_task(
            lambda: opt_out.change(journal, add=blocked, source=opt_out.WINDOW, settings=settings),
            lambda _counts: self._blocked_added(blocked),
            self._blocked_not_added,
        )

    def _blocked_not_added(self, exc: BaseException) -> None:
        self.optout_button.setEnabled(True)
        self._error(exc)

    def _blocked_added(self, blocked: list[str]) -> None:
        self.optout_button.setEnabled(True)
        if self._closed:
            return
        self.optout_button.setVisible(False)
        self.outcome.setText(
            self.outcome.text()
            + " "
            + counted(
                len(blocked),
                self.tr("1 number added to the do-not-send list."),
                self.tr("%1 numbers added to the do-not-send list."),
            )
        )

    def _error(self, exc: BaseException) -> None:
        if self._closed:
            return
        dialogs.show_error(self, for_error(exc))

    def _release_client(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            self.session.release_client(client)

    def _thread_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.worker_thread.wait()
            worker.deleteLater()
        self._release_client()
        if self._closed:
            return
        self._set_running(False)
        self.session.history_changed.emit()

    def shutdown(self) -> None:
        """The window closes: ask the worker to pause and ignore what it says from now on.

        No wait here: the requests on their way finish and are recorded on the
        worker's thread (see :func:`esms_desktop.gui.workers.after_background_work`)."""
        if self.worker is not None:
            self.worker.pause()
        self.poller.stop()
        self._closed = True
