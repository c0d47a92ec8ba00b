"""Send: confirm count, channel and cost; follow progress; see failures as they happen."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.catalogue import UNDELIVERED, lookup
from esms_desktop.engine import Failure, Progress, SendOutcome, create_campaign
from esms_desktop.engine.sender import RECORDS_PAUSE
from esms_desktop.engine.settle import grace_seconds
from esms_desktop.engine.status import DeliveryCounts
from esms_desktop.errors import EsmsDesktopError, RepeatCampaignError
from esms_desktop.gui import dialogs
from esms_desktop.gui.delivery import DeliveryPoller
from esms_desktop.gui.models import FailuresModel
from esms_desktop.gui.session import Session
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
from esms_desktop.journal import CampaignState, CampaignSummary
from esms_desktop.reports import write_report
from esms_desktop.user_text import for_error, records_pause, waiting_text

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.checks import CheckReport


class SendPage(QWidget):
    finished = Signal(object)

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
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Send"), self))
        self.summary = hint(self.tr("Check the message first (Message page)."), self)
        self.summary.setObjectName("sendSummary")
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setEnabled(False)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setObjectName("resumeButton")
        self.cancel_button = QPushButton(self.tr("Cancel the rest"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.report_button = QPushButton(self.tr("Save report..."), self)
        self.report_button.setObjectName("reportButton")
        self.optout_button = QPushButton(self)
        self.optout_button.setObjectName("addBlockedButton")
        self.optout_button.setVisible(False)
        self.optout_button.clicked.connect(self.add_blocked_to_opt_out)
        for b in (
            self.send_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.report_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.optout_button)
        layout.addLayout(buttons)
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
        session.report_changed.connect(self._report_changed)
        self._set_running(False)

    # ------------------------------------------------------------------ state

    def _set_running(self, running: bool) -> None:
        """Only the actions the campaign's state allows: a sent check is never sent again."""
        self.pause_button.setEnabled(running)
        paused = not running and self.campaign_id is not None and self._has_open()
        self.cancel_button.setEnabled(running or paused)
        self.resume_button.setEnabled(paused)
        self.report_button.setEnabled(not running and self.campaign_id is not None)
        report = self.session.report
        self.send_button.setEnabled(
            not running
            and not self._preparing
            and not paused
            and report is not None
            and report is not self._used_report
            and not report.blocked
            and bool(report.sendable)
        )

    def _has_open(self) -> bool:
        if self.campaign_id is None:
            return False
        s = self.session.journal.summary(self.campaign_id)
        return s.open > 0 and s.campaign.state is not CampaignState.CANCELLED

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
            dialogs.show_error(self, for_error(exc, self.session.lang))
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
        self.poller.stop()
        self.failures.clear()
        # A resumed campaign shows the failures of its earlier runs too: the counters do.
        for m in self.session.journal.messages(campaign_id, failures_only=True):
            if m.state == "failed":
                self.failures.add(Failure(m.row, m.phone, m.code, m.error_message))
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
            dialogs.show_error(self, for_error(exc, self.session.lang))
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
            self.session.journal.set_campaign_state(self.campaign_id, CampaignState.CANCELLED)
            self.outcome.setText(self.tr("Cancelled: the rest was not sent."))
            self._set_running(False)
            self.session.history_changed.emit()

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

    def export(self, path: Path) -> None:
        campaign_id, journal, lang = self.campaign_id, self.session.journal, self.session.lang
        assert campaign_id is not None
        self.outcome.setText(self.tr("Saving the report..."))
        run_task(
            lambda: write_report(journal, campaign_id, path, lang),
            lambda p: self.outcome.setText(self.tr("Report saved: %1").replace("%1", str(p))),
            lambda e: dialogs.show_error(self, for_error(e, lang)),
        )

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
            self.outcome.setText(waiting_text(p.trouble, self.session.lang))
            self._waiting = True
        elif self._waiting:
            self.outcome.setText("")
            self._waiting = False
        self.progress.setMaximum(max(1, p.total))
        self.progress.setValue(p.accepted + p.failed)
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
        ours = ("user", "network", "bad_answer", "unknown", RECORDS_PAUSE)
        if outcome.code and outcome.code not in ours:
            info = lookup(outcome.code).text(lang)
            text += f" {info.title}: {info.explanation} {info.action}"
        elif outcome.code == "network":
            text += " " + self.tr(
                "eSMS could not be reached. Press Resume when the internet "
                "is back: nothing will be sent twice."
            )
        elif outcome.code == "bad_answer":
            text += " " + self.tr(
                "eSMS's answers could not be read (%1). A Wi-Fi sign-in page, a firewall or "
                "eSMS maintenance can cause this. Check that web pages open, then press "
                "Resume: nothing will be sent twice."
            ).replace("%1", outcome.message)
        elif outcome.code == RECORDS_PAUSE:
            reason = records_pause(outcome.message, lang)
            text += f" {reason.title}. {reason.text} {reason.action}"
        elif outcome.code == "unknown":
            text += " " + self.tr(
                "Some messages were left unconfirmed for over a day: see History."
            )
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
        self._list_undelivered()
        self.session.history_changed.emit()

    def _list_undelivered(self) -> None:
        """Messages eSMS accepted but could not deliver join the list, with what to do."""
        if self.campaign_id is None:
            return
        listed = {(f.row, f.phone) for f in self.failures.failures}
        for m in self.session.journal.messages(self.campaign_id, failures_only=True):
            if m.delivery == "failed" and (m.row, m.phone) not in listed:
                self.failures.add(Failure(m.row, m.phone, UNDELIVERED, ""))

    def _blocked(self) -> list[str]:
        if self.campaign_id is None:
            return []
        known = set(self.session.settings.opt_out)
        return [p for p in self.session.journal.blocked_numbers(self.campaign_id) if p not in known]

    def _offer_opt_out(self) -> None:
        """eSMS refused some numbers as blocked (99): offer to never send to them again."""
        if self._closed:
            return
        blocked = self._blocked()
        self.optout_button.setVisible(bool(blocked))
        self.optout_button.setText(
            counted(
                len(blocked),
                self.tr("Add 1 blocked number to the do-not-send list"),
                self.tr("Add %1 blocked numbers to the do-not-send list"),
            )
        )

    def add_blocked_to_opt_out(self) -> None:
        blocked = self._blocked()
        settings = self.session.settings
        settings.opt_out = [*settings.opt_out, *blocked]
        settings.save()
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
        dialogs.show_error(self, for_error(exc, self.session.lang))

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
        """The window closes: pause, let requests in flight be recorded, then ignore the rest."""
        if self.worker is not None:
            self.worker.pause()
            self.worker.wait()
        self.poller.stop()
        self._closed = True
