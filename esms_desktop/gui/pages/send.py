"""Send: confirm count, channel and cost; follow progress; see failures as they happen.

The page is made of parts, one module each: :mod:`.send_panel` (the widgets and
what the page remembers), :mod:`.send_state` (which actions the campaign's state
allows) and :mod:`.send_progress` (what the sending worker says). Here they are
connected, with the actions: send, pause, resume, cancel, reports, send again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from esms_desktop.app.user_text import for_error
from esms_desktop.base.errors import EsmsDesktopError, RepeatCampaignError, StaleCheckError
from esms_desktop.base.paths import app_home
from esms_desktop.gui import dialogs
from esms_desktop.gui.i18n import fill, vietnam_clock
from esms_desktop.gui.pages.send_progress import SendProgress
from esms_desktop.gui.pages.send_state import SendState
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import format_count
from esms_desktop.gui.workers import SendWorker, run_task
from esms_desktop.journal import CampaignState, CampaignSummary
from esms_desktop.reports.campaign_report import write_report
from esms_desktop.sending import create_campaign
from esms_desktop.sending.settle import grace_seconds

if TYPE_CHECKING:
    from esms_desktop.checks import CheckReport


class SendPage(SendProgress, SendState):
    """The Send page. Its signals are :class:`~.send_panel.SendPanel`'s."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._connect(session)
        self._set_running(False)

    def _connect(self, session: Session) -> None:
        self.optout_button.clicked.connect(self.add_blocked_to_opt_out)
        self.poller.updated.connect(self._delivery_updated)
        self.send_button.clicked.connect(self.confirm_and_send)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button.clicked.connect(self.save_report)
        self.again_button.clicked.connect(self._send_again)
        self.open_report_button.clicked.connect(self.open_report)
        self.new_button.clicked.connect(self.new_campaign)
        session.report_changed.connect(self._report_changed)

    # ------------------------------------------------------------------ actions

    def confirm_and_send(self) -> None:
        report = self.session.report
        if self._preparing or report is None or report.blocked or self.session.client is None:
            return
        if self._file_saved_since(report):
            return
        later = report.send_at or report.spec.schedule is not None
        ask = self.tr("Give them to eSMS now?") if later else self.tr("Send now?")
        question = self._describe(len(report.sendable)) + "\n\n" + ask
        if not dialogs.confirm(self, self.tr("Send messages"), question):
            return
        if self._still_shown(report):
            self._prepare(report, again=False)

    def _still_shown(self, report: CheckReport) -> bool:
        """Whether the check a question was answered on is still the one the screen shows,
        of the file as it is: while the question was open the keys saved on the Account
        page ended (a check of the other account's prices and balance), or a newer check
        landed. The answer was to what the question said: nothing is sent on it."""
        if self.session.report is not report:
            self._said_stale = True
            self.outcome.setText(
                self.tr(
                    "The check changed while you were asked: nothing was sent. Read the new "
                    "count and price, then press Send again."
                )
            )
            return False
        return not self._file_saved_since(report)

    def _file_saved_since(self, report: CheckReport) -> bool:
        """The customer file was saved again since the check read it: what would be sent
        are the rows read before. Nothing is asked or sent; the file is read and checked
        again by itself."""
        table = report.recipients.table
        if not table.changed_on_disk():
            return False
        self._said_stale = True
        self.outcome.setText(
            fill(
                self.tr(
                    "%1 was saved again, replaced or removed since it was checked: nothing "
                    "was sent. It is read and checked again; press Send once the new check "
                    "shows."
                ),
                table.path.name,
            )
        )
        self.session.reread_wanted.emit()
        return True

    def _prepare(self, report: CheckReport, *, again: bool) -> None:
        """Write the campaign to the journal on a worker thread, then send it.

        Planning and writing 100,000 messages takes seconds, which the window
        would otherwise spend frozen; meanwhile the Send button stays off, so a
        second click cannot write the campaign twice.
        """
        journal, client, profile = self.session.journal, self.session.client, self.session.profile
        self._preparing = True
        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy: no count to show yet
        self.outcome.setText(
            fill(self.tr("Preparing %1 messages..."), format_count(len(report.sendable)))
        )
        run_task(
            lambda: create_campaign(journal, report, client=client, profile=profile, again=again),
            lambda campaign_id: self._prepared(report, campaign_id),
            lambda exc: self._not_prepared(report, exc, again=again),
        )

    def _prepare_over(self) -> None:
        self._preparing = False
        self.progress.setRange(0, 1)
        self.outcome.setText("")

    def _prepared(self, report: CheckReport, campaign_id: int) -> None:
        self._prepare_over()
        if self._closed:
            return  # written but not started: offered to resume at the next start
        self._used_report = report
        self.session.sent_report = report
        self._made_now = campaign_id  # headed by the check it was made from
        self.session.campaign_started.emit(campaign_id)
        self.start(campaign_id)

    def _not_prepared(self, report: CheckReport, exc: BaseException, *, again: bool) -> None:
        self._prepare_over()
        if self._closed:
            return
        self._set_running(False)
        if isinstance(exc, RepeatCampaignError):
            if exc.unfinished:
                self._say_unfinished(exc)
            elif not again and self._confirm_repeat(exc) and self._still_shown(report):
                self._prepare(report, again=True)
        elif isinstance(exc, StaleCheckError):
            self._check_again(report)  # Send waits from now, not once the message is read
            dialogs.show_error(self, for_error(exc))
        elif isinstance(exc, EsmsDesktopError | ValueError):
            dialogs.show_error(self, for_error(exc))
        else:
            raise exc  # a bug: the error dialog of the app's exception hook

    def _check_again(self, report: CheckReport) -> None:
        """A check found out of date as its campaign was to be written (the file saved
        again, the do-not-send list or the law changed since): it is made again by itself,
        the file read again first if it changed, so that Send offers what holds now."""
        if report.recipients.table.changed_on_disk():
            self.session.reread_wanted.emit()
        elif self.session.report is report:
            self.session.recheck_wanted.emit(
                self.tr("The check was out of date: checking again...")
            )

    def _say_unfinished(self, exc: RepeatCampaignError) -> None:
        """The earlier campaign may still send: it is to be finished, never doubled (resumed
        after a second one, it would send everyone the message a second time)."""
        earlier = exc.earlier[0]
        assert isinstance(earlier, CampaignSummary)
        dialogs.inform(
            self,
            self.tr("This campaign is not finished"),
            fill(
                self.tr(
                    "Campaign %1 (%2) has these same messages for these same people and has not "
                    "finished: %3 accepted by eSMS, %4 still to send. Nothing new was sent. "
                    "Finish it on the History page (select it, then Resume sending): no one "
                    "gets the message twice."
                ),
                str(earlier.campaign.id),
                earlier.campaign.name,
                str(earlier.accepted),
                str(earlier.left),
            ),
        )

    def _confirm_repeat(self, exc: RepeatCampaignError) -> bool:
        """A second, explicit question naming the earlier campaign, its time and its count."""
        earlier = exc.earlier[0]
        assert isinstance(earlier, CampaignSummary)
        when = vietnam_clock(earlier.campaign.created_at)
        return dialogs.confirm(
            self,
            self.tr("Send the same messages again?"),
            fill(
                self.tr(
                    "Campaign %1 (%2) already sent these same messages to these same people at "
                    "%3: %4 accepted by eSMS. Send them again, so that every customer gets them "
                    "a second time?"
                ),
                str(earlier.campaign.id),
                earlier.campaign.name,
                self.locale().toString(when, QLocale.FormatType.ShortFormat),
                str(earlier.accepted),
            ),
        )

    def start(self, campaign_id: int) -> None:
        """Run (or resume) ``campaign_id`` on the sending thread."""
        if self.worker is not None:
            return
        # Held until the send ends: new keys typed meanwhile are for the next send.
        client = self.session.lease_client()
        if client is None:
            return
        self._client = client
        self.campaign_id = campaign_id
        self._again = False
        self._summary = None
        self._choice = None
        self._blocked_numbers = []
        self.optout_button.setVisible(False)
        self.poller.stop()
        self.failures.clear()
        self.tiles.clear()
        self._list_failures(undelivered=False)
        self.outcome.setText("")
        self._waiting = False
        self._history_told = False
        self.delivery.setText("")
        self.chart.set_bars([])
        try:
            settings = self.session.settings
            worker = SendWorker(
                self.session.journal,
                client,
                campaign_id,
                settings.max_in_flight,
                grace_seconds(settings.records_grace_minutes),
            )
        except EsmsDesktopError as exc:  # e.g. the campaign belongs to another account
            self._release_client()
            dialogs.show_error(self, for_error(exc))
            return
        worker.progress.connect(self._progress)
        worker.failure.connect(self.failures.add)
        worker.finished.connect(self._finished)
        worker.error.connect(self._error)
        worker.worker_thread.finished.connect(self._thread_done)
        self.worker = worker
        self._set_running(True)
        self._head(campaign_id)
        worker.start()

    def _head(self, campaign_id: int) -> None:
        """A campaign resumed (History, the offer at start, after a pause) is headed by
        itself: the line said what the screen's check would send, or "Check the message
        first (Message page)." while another campaign was going."""
        if campaign_id == self._made_now and self.session.report is self._used_report:
            return  # the check it was made from says what it sends, and its price
        # Its number at once, its name once read (off the window: the journal may be held).
        self.summary.setText(fill(self.tr("Campaign %1."), str(campaign_id)))
        journal = self.session.journal
        run_task(
            lambda: journal.campaign(campaign_id).name,
            lambda name: self._headed(campaign_id, name),
            self._background_failed,
        )

    def _headed(self, campaign_id: int, name: str) -> None:
        if self._closed or campaign_id != self.campaign_id or self.worker is None:
            return  # another campaign is shown now, or this one ended (its counts say it)
        self.summary.setText(fill(self.tr("Campaign %1 (%2)."), str(campaign_id), name))

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()
            self.pause_button.setEnabled(False)

    def resume(self) -> None:
        if self.campaign_id is not None:
            self.start(self.campaign_id)

    def cancel(self) -> None:
        if not dialogs.confirm(
            self, self.tr("Cancel"), self.tr("Stop sending the messages not sent yet?")
        ):
            return
        worker, cid, journal = self.worker, self.campaign_id, self.session.journal
        if worker is not None:
            worker.cancel()  # no more requests handed out; those on their way are recorded
        if cid is None:
            return

        def cancelled(_none: object) -> None:
            if worker is None:  # paused: nothing was running
                self.outcome.setText(self.tr("Cancelled: the rest was not sent."))
                self._set_running(False)
                self.session.history_changed.emit()

        # Written at once, running or not: kept only by the sender until the requests on
        # their way came back, a kill meanwhile left the campaign to resume at the next
        # start, and the rest went. A sender of another process stops on it too.
        run_task(
            lambda: journal.set_campaign_state(cid, CampaignState.CANCELLED),
            cancelled,
            self._background_failed,
        )

    def save_report(self) -> None:
        if self.campaign_id is None:
            return
        folder = self.session.settings.last_folder
        path = dialogs.ask_report_path(self, self.tr("Save report"), folder, self.campaign_id)
        if path:
            self.export(path)

    def export(self, path: Path, *, then_open: bool = False) -> None:
        """Write the report on a worker; ``then_open``: open it when written."""
        campaign_id, journal = self.campaign_id, self.session.journal
        assert campaign_id is not None
        self.outcome.setText(self.tr("Saving the report..."))

        def written(p: Path) -> None:
            self.outcome.setText(fill(self.tr("Report saved: %1"), str(p)))
            if then_open and not self.open_file(p):
                self.session.notice.emit(
                    fill(self.tr("The report was saved to %1 but no program opened it."), str(p)),
                    "warning",
                )

        def failed(exc: BaseException) -> None:
            self.outcome.setText("")
            # Why ("not a report of this app", "open in Excel"...), not only that it failed.
            self.session.notice.emit(for_error(exc).in_one_line(), "error")

        run_task(lambda: write_report(journal, campaign_id, path), written, failed)

    def open_report(self) -> None:
        """The finished campaign's report, written to the app's reports folder and opened
        (no file dialog: "Save report..." is there to choose the place)."""
        if self.campaign_id is None:
            return
        folder = app_home() / "reports"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._background_failed(exc)
            return
        self.export(folder / f"bao-cao-{self.campaign_id}.xlsx", then_open=True)

    def _send_again(self) -> None:
        """The failures of this campaign, planned again by History (it asks first)."""
        if self.campaign_id is not None and not self._again:
            self._again = True
            self.again_button.setEnabled(False)
            self.send_failures_again.emit(self.campaign_id)

    def again_over(self) -> None:
        """History ended "send again" without a new campaign: the button is back."""
        self._again = False
        if self.worker is None:
            self._show_state(False)

    def wait(self) -> None:
        """Block until sending stopped (window closing, tests)."""
        if self.worker is not None:
            self.worker.wait()
