"""Send: confirm count, channel and cost; follow progress; see failures as they happen."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.app import opt_out
from esms_desktop.app.user_text import OWN_PAUSES, for_error, pause_reason, waiting_text
from esms_desktop.base.errors import EsmsDesktopError, RepeatCampaignError
from esms_desktop.base.paths import app_home
from esms_desktop.catalogue import UNDELIVERED, lookup
from esms_desktop.gui import dialogs, theme
from esms_desktop.gui.delivery import DeliveryPoller
from esms_desktop.gui.empty_state import EmptyState
from esms_desktop.gui.models import FailuresModel
from esms_desktop.gui.session import Session
from esms_desktop.gui.tiles import TileRow
from esms_desktop.gui.widgets import (
    BarChart,
    counted,
    format_count,
    format_number,
    format_vnd,
    heading,
    hint,
)
from esms_desktop.gui.workers import SendWorker, run_task
from esms_desktop.journal import CampaignState, CampaignSummary, MessageRow
from esms_desktop.reports.campaign_report import write_report
from esms_desktop.sending import Failure, Progress, SendOutcome, create_campaign
from esms_desktop.sending.settle import grace_seconds
from esms_desktop.sending.status import DeliveryCounts

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.checks import CheckReport


class SendPage(QWidget):
    finished = Signal(object)
    #: The done campaign's "New campaign": back to the Customers page.
    new_campaign = Signal()
    #: The empty state's action: to the Message page.
    go_to_message = Signal()
    #: "Send to failures again" for this campaign id (History plans and asks).
    send_failures_again = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: SendWorker | None = None
        #: The client the running send holds (``Session.lease_client``).
        self._client: EsmsClient | None = None
        self.campaign_id: int | None = None
        #: The checked report a campaign was made from: it is never sent a second time.
        self._used_report: object | None = None
        #: The window is closing: late signals of a finished worker are ignored.
        self._closed = False
        #: A campaign is being written to the journal (seconds for a big one).
        self._preparing = False
        #: The outcome line says why nothing moves (the engine waits for eSMS to answer).
        self._waiting = False
        self.setObjectName("sendPage")
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Send"), self))
        self.empty = EmptyState(
            self.tr("Nothing to send yet"),
            self.tr(
                "Write the message and press Check on the Message page: the price and "
                "what can be sent appear there, then you send from here."
            ),
            self.tr("Go to the Message page"),
            "sendEmpty",
            "message",
            self,
        )
        self.empty.button.clicked.connect(self.go_to_message)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.empty)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(content)
        outer.addWidget(self.body, 1)
        self.summary = hint(self.tr("Check the message first (Message page)."), self)
        self.summary.setObjectName("sendSummary")
        layout.addWidget(self.summary)
        self.tiles = TileRow(self)
        self.tiles.add("sent", self.tr("Accepted by eSMS"))
        self.tiles.add("delivered", self.tr("Delivered"))
        self.tiles.add("failed", self.tr("Failed or not delivered"))
        self.tiles.add("left", self.tr("Left to send"))
        layout.addWidget(self.tiles)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setEnabled(False)
        theme.set_role(self.send_button, "primary")
        theme.set_icon(self.send_button, "send", "on_primary")
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setObjectName("resumeButton")
        self.cancel_button = QPushButton(self.tr("Cancel the rest"), self)
        self.cancel_button.setObjectName("cancelButton")
        theme.set_role(self.cancel_button, "danger")
        theme.set_icon(self.pause_button, "pause")
        theme.set_icon(self.resume_button, "resume")
        self.report_button = QPushButton(self.tr("Save report..."), self)
        self.report_button.setObjectName("reportButton")
        # A finished campaign's next steps.
        self.again_button = QPushButton(self.tr("Send to failures again"), self)
        self.again_button.setObjectName("sendAgainButton")
        theme.set_icon(self.again_button, "retry")
        self.open_report_button = QPushButton(self.tr("Open report"), self)
        self.open_report_button.setObjectName("openReportButton")
        theme.set_icon(self.open_report_button, "report")
        self.new_button = QPushButton(self.tr("New campaign"), self)
        self.new_button.setObjectName("newCampaignButton")
        theme.set_icon(self.new_button, "new")
        self.optout_button = QPushButton(self)
        self.optout_button.setObjectName("addBlockedButton")
        self.optout_button.setAccessibleName(
            self.tr("Add the blocked numbers to the do-not-send list")
        )
        self.optout_button.setVisible(False)
        self.optout_button.clicked.connect(self.add_blocked_to_opt_out)
        for b in (
            self.send_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.again_button,
            self.open_report_button,
            self.new_button,
            self.report_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        optout_row = QHBoxLayout()
        optout_row.addWidget(self.optout_button)
        optout_row.addStretch(1)
        layout.addLayout(optout_row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        layout.addWidget(self.progress)
        self.counters = QLabel(self)
        self.counters.setObjectName("sendCounters")
        layout.addWidget(self.counters)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("sendOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.delivery = QLabel(self)
        self.delivery.setObjectName("deliveryLabel")
        layout.addWidget(self.delivery)
        self.poller = DeliveryPoller(session, self)
        self.poller.updated.connect(self._delivery_updated)
        self.chart = BarChart(self)
        self.chart.setObjectName("resultsChart")
        layout.addWidget(self.chart)
        layout.addWidget(QLabel(self.tr("Messages that could not be sent:"), self))
        self.failures = FailuresModel(session.lang, self)
        self.failures_table = QTableView(self)
        self.failures_table.setObjectName("failuresTable")
        self.failures_table.setModel(self.failures)
        self.failures_table.verticalHeader().setVisible(False)
        header = self.failures_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The explanation and the advice share the width and wrap, so both stay readable.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Qt sizes a "to contents" column again when the model is reset, not when rows come
        # in one by one during a send: the phone number would stay cut to its header's
        # width. Once the failures settle for a moment, the columns are fitted again.
        self._fit_failures = QTimer(self)
        self._fit_failures.setSingleShot(True)
        self._fit_failures.setInterval(200)
        self._fit_failures.timeout.connect(header.resizeSections)
        self.failures.rowsInserted.connect(lambda *_: self._fit_failures.start())
        self.failures_table.setWordWrap(True)
        self.failures_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.failures_table, 1)
        self.send_button.clicked.connect(self.confirm_and_send)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button.clicked.connect(self.save_report)
        self.again_button.clicked.connect(self._send_again)
        self.open_report_button.clicked.connect(self.open_report)
        self.new_button.clicked.connect(self.new_campaign)
        session.report_changed.connect(self._report_changed)
        #: The counts of the campaign shown, as last read (off the window).
        self._summary: CampaignSummary | None = None
        self._state_reads = 0
        #: Numbers eSMS refused as blocked in the campaign shown, not yet on the list.
        self._blocked_numbers: list[str] = []
        #: "Send to failures again" is being planned (History asks and writes).
        self._again = False
        self._icons = {
            self.send_button: "send",
            self.resume_button: "resume",
            self.again_button: "retry",
            self.new_button: "new",
        }
        #: How a report is opened (tests replace it).
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._set_running(False)

    # ------------------------------------------------------------------ state

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
        run_task(
            lambda: journal.summary(cid),
            lambda summary: self._state_read(read, cid, summary),
            self._background_failed,
        )

    def _state_read(self, read: int, cid: int, summary: CampaignSummary) -> None:
        if read != self._state_reads or cid != self.campaign_id or self._closed:
            return
        self._summary = summary
        if self.worker is None:
            self._show_state(False)
        self._show_tiles(summary)

    def _show_tiles(self, s: CampaignSummary) -> None:
        self.tiles.set("sent", format_count(s.accepted), "ok" if s.accepted else "")
        self.tiles.set("delivered", format_count(s.delivered), "ok" if s.delivered else "")
        bad = s.failed + s.undelivered
        self.tiles.set("failed", format_count(bad), "bad" if bad else "")
        self.tiles.set("left", format_count(s.open + s.unknown), "warn" if s.open else "")

    def _show_state(self, running: bool) -> None:
        """Running: Pause, Cancel. Paused: Resume, Cancel. Over: the next steps, "Send to
        failures again" (when some failed), "Open report", "New campaign". A check that
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
        failures = summary is not None and summary.failed + summary.undelivered > 0
        self.again_button.setVisible(over and failures)
        self.again_button.setEnabled(over and failures and not self._again)
        self.open_report_button.setVisible(over)
        self.new_button.setVisible(over)
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

    @staticmethod
    def _open(s: CampaignSummary) -> bool:
        return s.open > 0 and s.campaign.state is not CampaignState.CANCELLED

    def _background_failed(self, exc: BaseException) -> None:
        """A read or a look-up for the page failed: logged, and said in the message bar."""
        log.warning("send page: background work failed: %r", exc)
        if self._closed:
            return
        message = for_error(exc)
        self.session.notice.emit(f"{message.title}. {message.action}", "error")

    def _report_changed(self) -> None:
        report = self.session.report
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
        names = {
            "cskh": self.tr("customer care SMS"),
            "qc": self.tr("advertising SMS"),
            "fixed": self.tr("fixed-number SMS"),
            "zalo": self.tr("Zalo messages"),
            "zalo-sms": self.tr("Zalo messages (SMS if no Zalo)"),
        }
        text = (
            self.tr("%1 %2, about %3.")
            .replace("%1", format_count(count))
            .replace("%2", names[report.spec.channel])
            .replace("%3", format_vnd(report.cost or 0))
        )
        if report.balance is not None:
            text += " " + self.tr("Balance: %1.").replace("%1", format_vnd(report.balance))
        if report.spec.sandbox:
            text += " " + self.tr("Test only: nothing will be delivered or charged.")
        return text

    # ------------------------------------------------------------------ actions

    def confirm_and_send(self) -> None:
        report = self.session.report
        if self._preparing or report is None or report.blocked or self.session.client is None:
            return
        question = self._describe(len(report.sendable)) + "\n\n" + self.tr("Send now?")
        if not dialogs.confirm(self, self.tr("Send messages"), question):
            return
        self._prepare(report, again=False)

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
            self.tr("Preparing %1 messages...").replace("%1", format_count(len(report.sendable)))
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
        self.session.campaign_started.emit(campaign_id)
        self.start(campaign_id)

    def _not_prepared(self, report: CheckReport, exc: BaseException, *, again: bool) -> None:
        self._prepare_over()
        if self._closed:
            return
        self._set_running(False)
        if isinstance(exc, RepeatCampaignError):
            if not again and self._confirm_repeat(exc):
                self._prepare(report, again=True)
        elif isinstance(exc, EsmsDesktopError | ValueError):
            dialogs.show_error(self, for_error(exc))
        else:
            raise exc  # a bug: the error dialog of the app's exception hook

    def _confirm_repeat(self, exc: RepeatCampaignError) -> bool:
        """A second, explicit question naming the earlier campaign, its time and its count."""
        earlier = exc.earlier[0]
        assert isinstance(earlier, CampaignSummary)
        when = QDateTime.fromSecsSinceEpoch(int(earlier.campaign.created_at))
        return dialogs.confirm(
            self,
            self.tr("Send the same messages again?"),
            self.tr(
                "Campaign %1 (%2) already sent these same messages to these same people at "
                "%3: %4 accepted by eSMS. Send them again, so that every customer gets them "
                "a second time?"
            )
            .replace("%1", str(earlier.campaign.id))
            .replace("%2", earlier.campaign.name)
            .replace("%3", self.locale().toString(when, QLocale.FormatType.ShortFormat))
            .replace("%4", str(earlier.accepted)),
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
        self._blocked_numbers = []
        self.optout_button.setVisible(False)
        self.poller.stop()
        self.failures.clear()
        self.tiles.clear()
        self._list_failures(undelivered=False)
        self.outcome.setText("")
        self._waiting = False
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
        worker.start()

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
        if self.worker is not None:
            self.worker.cancel()
        elif self.campaign_id is not None:  # paused: nothing is running, mark it cancelled
            cid, journal = self.campaign_id, self.session.journal

            def cancelled(_none: object) -> None:
                self.outcome.setText(self.tr("Cancelled: the rest was not sent."))
                self._set_running(False)
                self.session.history_changed.emit()

            run_task(
                lambda: journal.set_campaign_state(cid, CampaignState.CANCELLED),
                cancelled,
                self._background_failed,
            )

    def save_report(self) -> None:
        if self.campaign_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            f"bao-cao-{self.campaign_id}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path, *, then_open: bool = False) -> None:
        """Write the report on a worker; ``then_open``: open it when written."""
        campaign_id, journal = self.campaign_id, self.session.journal
        assert campaign_id is not None
        self.outcome.setText(self.tr("Saving the report..."))

        def written(p: Path) -> None:
            self.outcome.setText(self.tr("Report saved: %1").replace("%1", str(p)))
            if then_open and not self.open_file(p):
                self.session.notice.emit(
                    self.tr("The report was saved to %1 but no program opened it.").replace(
                        "%1", str(p)
                    ),
                    "warning",
                )

        def failed(exc: BaseException) -> None:
            self.outcome.setText("")
            self._background_failed(exc)

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

    # ------------------------------------------------------------------ worker signals

    def _progress(self, p: Progress) -> None:
        if self._closed:
            return
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
            self.tr("about %1 s left").replace("%1", f"{p.eta:.0f}")
            if p.eta is not None and p.remaining
            else ""
        )
        self.counters.setText(
            self.tr("Sent: %1   Failed: %2   Left: %3   %4 per second   %5")
            .replace("%1", format_count(p.accepted))
            .replace("%2", format_count(p.failed))
            .replace("%3", format_count(p.remaining))
            .replace("%4", format_number(p.rate))
            .replace("%5", eta)
        )

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
            info = lookup(outcome.code).text(lang)
            text += f" {info.title}: {info.explanation} {info.action}"
        elif outcome.code:  # why it paused itself, as the command line says it too
            reason = pause_reason(outcome.code, outcome.message)
            if reason is not None:
                text += f" {reason.title}. {reason.text} {reason.action}"
        self.outcome.setText(text)
        self._offer_opt_out()
        if outcome.accepted and self.campaign_id is not None:
            self.delivery.setText(self.tr("Waiting for delivery results from eSMS..."))
            self.poller.follow(self.campaign_id)
        reasons = Counter(lookup(f.code).text(lang).title for f in self.failures.failures)
        self.chart.set_bars(
            [(self.tr("Accepted by eSMS"), outcome.accepted), *reasons.most_common(5)]
        )
        self.finished.emit(outcome)

    def _delivery_updated(self, counts: DeliveryCounts) -> None:
        if self._closed:
            return
        self.delivery.setText(
            self.tr("Delivered: %1. Not delivered: %2. Still waiting: %3.")
            .replace("%1", str(counts.delivered))
            .replace("%2", str(counts.failed))
            .replace("%3", str(counts.waiting))
        )
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
        for m in rows:
            if (m.row, m.phone) in listed:
                continue
            if m.state == "failed" and not undelivered:
                self.failures.add(Failure(m.row, m.phone, m.code, m.error_message))
            elif m.delivery == "failed" and undelivered:
                self.failures.add(Failure(m.row, m.phone, UNDELIVERED, ""))

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
                self.tr("Add 1 blocked number to the do-not-send list"),
                self.tr("Add %1 blocked numbers to the do-not-send list"),
            )
        )

    def add_blocked_to_opt_out(self) -> None:
        blocked = self._blocked_numbers
        opt_out.change(
            self.session.journal, add=blocked, source=opt_out.WINDOW, settings=self.session.settings
        )
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
