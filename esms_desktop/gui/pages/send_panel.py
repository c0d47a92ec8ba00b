"""The Send page's panel: its widgets, built and laid out, and what the page remembers.

The widgets are built in the order the page shows them, top to bottom (that
order is also the keyboard's). What the page does is in its other modules:
:mod:`.send_state` (which actions the campaign's state allows, the tiles),
:mod:`.send_progress` (what the sending worker says) and :mod:`.send`, the
page, which connects them and holds the actions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
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

from esms_desktop.app.user_text import for_error
from esms_desktop.gui import theme
from esms_desktop.gui.delivery import DeliveryPoller
from esms_desktop.gui.empty_state import EmptyState
from esms_desktop.gui.models import FailuresModel
from esms_desktop.gui.session import Session
from esms_desktop.gui.tiles import TileRow
from esms_desktop.gui.widgets import BarChart, heading, hint
from esms_desktop.gui.workers import SendWorker
from esms_desktop.journal import CampaignSummary

log = logging.getLogger(__name__)

#: Milliseconds between two reads of History while a campaign sends: it follows the
#: send (state "Sending", counts) without reading the journal at every answer.
HISTORY_EVERY_MS = 1000

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.sending.again import AgainChoice


class SendPanel(QWidget):
    """The widgets and the memory of the Send page
    (:class:`~esms_desktop.gui.pages.send.SendPage`)."""

    #: The sending worker stopped (done, paused, cancelled...): its ``SendOutcome``.
    finished = Signal(object)
    #: The done campaign's "New campaign": back to the Customers page.
    new_campaign = Signal()
    #: The empty state's action: to the Message page.
    go_to_message = Signal()
    #: "Send again to failed ones" for this campaign id (History plans and asks).
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
        #: The campaign made from it (0: none yet).
        self._made_now = 0
        #: The window is closing: late signals of a finished worker are ignored.
        self._closed = False
        #: A campaign is being written to the journal (seconds for a big one).
        self._preparing = False
        #: The outcome line says why a check was not sent (it changed, or its file did):
        #: it goes once a newer check is shown.
        self._said_stale = False
        #: The outcome line says why nothing moves (the engine waits for eSMS to answer).
        self._waiting = False
        #: History follows the running send: told at its first report, then once a
        #: second at most (the last report's counts included, even if none follows).
        self._history_told = False
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_EVERY_MS)
        self._history_timer.timeout.connect(self._history_moved)
        self.setObjectName("sendPage")
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Send"), self))
        layout = self._build_body(outer)
        self._build_buttons(layout)
        self._build_progress(layout)
        self._build_failures(layout)
        #: The counts of the campaign shown, as last read (off the window).
        self._summary: CampaignSummary | None = None
        #: What "Send to failures again" of that campaign sends, as last read (off the
        #: window): None when it has no failures.
        self._choice: AgainChoice | None = None
        self._state_reads = 0
        #: Numbers eSMS refused as blocked in the campaign shown, not yet on the list.
        self._blocked_numbers: list[str] = []
        #: "Send again to failed ones" is being planned (History asks and writes).
        self._again = False
        #: The next steps of a campaign over are shown, and since long enough for clicks
        #: (:meth:`~.send_state.SendState._arriving`).
        self._over_shown = False
        self._arrived = True
        self._icons = {
            self.send_button: "send",
            self.resume_button: "resume",
            self.again_button: "retry",
            self.new_button: "new",
        }
        #: How a report is opened (tests replace it).
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ building

    def _build_body(self, outer: QVBoxLayout) -> QVBoxLayout:
        """The empty state, or the campaign (its layout is returned, to be filled)."""
        self.empty = EmptyState(
            self.tr("Nothing to send yet"),
            self.tr(
                "Write the message and press Check on the Message page: the price and "
                "what can be sent appear there, then you send from here."
            ),
            self.tr("&Go to the Message page"),
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
        return layout

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """Send, the running campaign's actions, a finished one's next steps."""
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send now"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setEnabled(False)
        theme.set_role(self.send_button, "primary")
        theme.set_icon(self.send_button, "send", "on_primary")
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setObjectName("resumeButton")
        self.cancel_button = QPushButton(self.tr("&Cancel the rest"), self)
        self.cancel_button.setObjectName("cancelButton")
        theme.set_role(self.cancel_button, "danger")
        theme.set_icon(self.pause_button, "pause")
        theme.set_icon(self.resume_button, "resume")
        self.report_button = QPushButton(self.tr("Sa&ve report..."), self)
        self.report_button.setObjectName("reportButton")
        # A finished campaign's next steps.
        self.again_button = QPushButton(self.tr("Send to failures &again"), self)
        self.again_button.setObjectName("sendAgainButton")
        theme.set_icon(self.again_button, "retry")
        self.open_report_button = QPushButton(self.tr("&Open report"), self)
        self.open_report_button.setObjectName("openReportButton")
        theme.set_icon(self.open_report_button, "report")
        self.new_button = QPushButton(self.tr("&New campaign"), self)
        self.new_button.setObjectName("newCampaignButton")
        theme.set_icon(self.new_button, "new")
        self.optout_button = QPushButton(self)
        self.optout_button.setObjectName("addBlockedButton")
        self.optout_button.setAccessibleName(
            self.tr("Add the blocked numbers to the do-not-send list")
        )
        self.optout_button.setVisible(False)
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

    def _build_progress(self, layout: QVBoxLayout) -> None:
        """The progress bar, the counters, the outcome, the deliveries, the chart."""
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
        self.poller = DeliveryPoller(self.session, self)
        self.chart = BarChart(self)
        self.chart.setObjectName("resultsChart")
        layout.addWidget(self.chart)

    def _build_failures(self, layout: QVBoxLayout) -> None:
        """The messages that could not be sent, as they come."""
        layout.addWidget(QLabel(self.tr("Messages that could not be sent:"), self))
        self.failures = FailuresModel(self.session.lang, self)
        self.failures_table = QTableView(self)
        self.failures_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
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

    # ------------------------------------------------------------------ shared

    def _history_moved(self) -> None:
        """The running campaign moved on: History reads it again (not once closing)."""
        if not self._closed:
            self.session.history_changed.emit()

    def _background_failed(self, exc: BaseException) -> None:
        """A read or a look-up for the page failed: logged, and said in the message bar."""
        log.warning("send page: background work failed: %r", exc)
        if self._closed:
            return
        message = for_error(exc)
        self.session.notice.emit(f"{message.title}. {message.action}", "error")
