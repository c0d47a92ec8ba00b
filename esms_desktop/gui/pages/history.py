"""History: past campaigns, every recipient's result, delivery status, reports, send again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.app.user_text import for_error
from esms_desktop.gui import dialogs, table_fit
from esms_desktop.gui.empty_state import EmptyState
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.models import HistoryModel, MessagesModel
from esms_desktop.gui.pages.history_delivery import DeliveryRefresh
from esms_desktop.gui.pages.history_notes import CampaignNotes
from esms_desktop.gui.pages.history_settled import SettledWords
from esms_desktop.gui.pages.history_stop import CampaignStop, may_stop
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import format_vnd, heading, hint
from esms_desktop.gui.workers import run_task
from esms_desktop.journal import (
    CampaignState,
    CampaignSummary,
    MessageRow,
    NewCampaign,
)
from esms_desktop.reports.campaign_report import write_report
from esms_desktop.sending import SentAgainError, create_retry, plan_retry
from esms_desktop.sending.again import AgainChoice, choose_again
from esms_desktop.sending.settle import grace_seconds
from esms_desktop.sending.status import (
    UnknownResolution,
    resend_unknown,
    resolve_unknown,
)


class HistoryPage(QWidget):
    #: A campaign to (re)send: emitted with its id for the Send page.
    send_campaign = Signal(int)
    #: The empty state's action: make a first campaign (from the Customers page).
    go_to_customers = Signal()
    #: The campaigns were read and shown (tests, benchmarks).
    loaded = Signal()
    #: "Send again" ended without a new campaign (declined, nothing to send, failed).
    retry_done = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Counts the reads of messages for the table: only the latest one is shown.
        self._reads = 0
        #: Counts the reads of the campaigns: only the latest one is shown.
        self._loads = 0
        #: The window closed: results still on their way are dropped.
        self._stopped = False
        self._unread = False
        #: The campaign whose messages the lower table shows (or is reading).
        self._shown: int | None = None
        #: The selected campaign's id for which "Delete" is allowed (read off the window).
        self._deletable: int | None = None
        #: "Send again" is planning or writing a campaign.
        self._retrying = False
        #: How many failures of the campaign shown "Send again" sends, as last read.
        self._offered = 0
        #: The campaign the status line speaks of (None: of none in particular): the
        #: line goes when another campaign is selected.
        self._status_of: int | None = None
        self._delivery = DeliveryRefresh(self, self._say)
        self.setObjectName("historyPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History"), self))
        self._build_actions(layout)
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        #: Why "Send again" is off for the selected campaign (its failures would fail again).
        self.retry_note = hint("", self)
        self.retry_note.setObjectName("retryNote")
        self.retry_note.setVisible(False)
        layout.addWidget(self.retry_note)
        split = self._build_tables()
        self._build_body(layout, split)
        self._connect()
        self.reload()

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """The campaign actions; hidden while there is no campaign (the empty state acts)."""
        self.action_row = QWidget(self)
        buttons = QHBoxLayout(self.action_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.refresh_button = QPushButton(self.tr("Re&fresh delivery"), self)
        self.refresh_button.setObjectName("refreshStatusButton")
        self.export_button = QPushButton(self.tr("Sa&ve report..."), self)
        self.export_button.setObjectName("historyReportButton")
        self.retry_button = QPushButton(self.tr("Send to failures &again"), self)
        self.retry_button.setObjectName("retryFailedButton")
        self.resume_button = QPushButton(self.tr("&Resume sending"), self)
        self.resume_button.setObjectName("historyResumeButton")
        self.stop_button = QPushButton(self.tr("&Stop for good..."), self)
        self.stop_button.setObjectName("stopCampaignButton")
        self.stop_button.setToolTip(self.tr("What was not sent yet is never sent."))
        self.unknown_button = QPushButton(self.tr("Settle &unconfirmed..."), self)
        self.unknown_button.setObjectName("settleUnknownButton")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteCampaignButton")
        self.delete_button.setToolTip(self.tr("Only a campaign that sent nothing can be deleted."))
        for b in (self.refresh_button, self.export_button, self.retry_button, self.resume_button,
                  self.stop_button, self.unknown_button, self.delete_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addWidget(self.action_row)
        self.action_row.setVisible(False)  # until the campaigns are read

    def _build_tables(self) -> QSplitter:
        """The campaigns above, the selected campaign's messages below."""
        session = self.session
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.campaigns = HistoryModel(session.lang, self)
        self.campaign_table = QTableView(self)
        self.campaign_table.setObjectName("campaignsTable")
        self.campaign_table.setAccessibleName(self.tr("Campaigns"))
        self.campaign_table.setModel(self.campaigns)
        self.campaign_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaign_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaign_table.verticalHeader().setVisible(False)
        # Channel and state whole on two lines at 1024 px; a long name shortened mid-way.
        self.campaign_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows = self.campaign_table.verticalHeader()
        rows.setDefaultSectionSize(table_fit.row_height(self.campaign_table))
        self.campaign_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.campaign_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        table_fit.wrap_titles(self.campaign_table)
        self.messages = MessagesModel(session.lang, self)
        self.message_table = QTableView(self)
        for table in (self.campaign_table, self.message_table):
            table.setTabKeyNavigation(False)  # Tab leaves them; the arrows move inside
        self.message_table.setObjectName("campaignMessagesTable")
        self.message_table.setAccessibleName(self.tr("Messages of the selected campaign"))
        self.message_table.setModel(self.messages)
        self.message_table.verticalHeader().setVisible(False)
        # Row, phone, result and delivery as wide as their texts (measured on the first
        # rows only: a campaign may hold 100,000), the explanation takes the rest.
        header = self.message_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)
        header.setStretchLastSection(True)
        split.addWidget(self.campaign_table)
        split.addWidget(self.message_table)
        return split

    def _build_body(self, layout: QVBoxLayout, split: QSplitter) -> None:
        """The empty state, or the tables."""
        session = self.session
        self.empty = EmptyState(
            self.tr("No campaign yet"),
            self.tr(
                "Every campaign you send is listed here, with each customer's result and "
                "delivery. Start with your customer list."
            ),
            self.tr("&Open the sample list") if session.demo else self.tr("Open a customer list"),
            "historyEmpty",
            "customers",
            self,
        )
        self.empty.button.clicked.connect(self.go_to_customers)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.empty)
        self.body.addWidget(split)
        layout.addWidget(self.body, 1)

    def _connect(self) -> None:
        session = self.session
        # Fitted again whenever the table's width changes (window resized, page shown).
        self.campaign_table.viewport().installEventFilter(self)
        self.campaign_table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.refresh_button.clicked.connect(self.refresh_status)
        self.export_button.clicked.connect(self.save_report)
        self.retry_button.clicked.connect(lambda: self.send_again())
        self.resume_button.clicked.connect(self._resume)
        self.stop_button.clicked.connect(self.stop_campaign)
        self.unknown_button.clicked.connect(self.settle_unknown)
        self.delete_button.clicked.connect(self.delete_campaign)
        session.history_changed.connect(self.reload)

    def _fit_campaigns(self) -> None:
        """Every column in view at 1024x700 too, the name getting the room first."""
        if self.campaigns.rowCount():
            name, wrapped = HistoryModel.NAME, HistoryModel.WRAPPED
            table_fit.fit_shortening(self.campaign_table, [name], name, wrapped)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.campaign_table.viewport():
            self._fit_campaigns()
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Read every campaign (one query, on a worker thread: the delivery poll reloads
        this page again and again); shown only if no later read was asked for."""
        self._loads += 1
        load, session = self._loads, self.session
        run_task(
            lambda: session.journal.overviews(),
            lambda rows: self._campaigns_read(load, rows),
            self._not_read,
        )

    def _not_read(self, exc: BaseException) -> None:
        self._unread = True  # said until a read succeeds (a journal restored, say)
        self.body.setCurrentIndex(1)  # not "No campaign yet": they could not be read
        self._failed(exc)

    def stop(self) -> None:
        """The window closes: what is still being read is not shown."""
        self._stopped = True

    def _campaigns_read(self, load: int, found: list[tuple[CampaignSummary, Decimal]]) -> None:
        if load != self._loads or self._stopped:
            return
        if self._unread:
            self._unread = False
            self._say("")
        selected = self.selected_id()
        rows = [(s, format_vnd(cost)) for s, cost in found]
        self.campaigns.set_rows(rows)
        self.body.setCurrentIndex(1 if rows else 0)
        self.action_row.setVisible(bool(rows))
        self._fit_campaigns()
        for i, (s, _) in enumerate(rows):
            if s.campaign.id == selected:
                self.campaign_table.selectRow(i)
        if selected is None and rows:
            # The newest campaign (first) is shown at once: the page opened on a row of
            # buttons that all did nothing until a campaign was chosen.
            self.campaign_table.selectRow(0)
        self._selected()
        self.loaded.emit()

    def _summary(self, cid: int | None) -> CampaignSummary | None:
        for s, _ in self.campaigns.rows:
            if s.campaign.id == cid:
                return s
        return None

    def selected_id(self) -> int | None:
        indexes = self.campaign_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.campaigns.rows[indexes[0].row()][0].campaign.id

    def _selected(self) -> None:
        cid = self.selected_id()
        self._reads += 1
        read = self._reads
        if cid != self._shown:
            # Another campaign: its messages replace these when read. The same one read
            # again (each delivery poll) keeps its rows meanwhile: no blink.
            self.messages.set_messages([])
            self.retry_note.setVisible(False)
            self._offered = 0
            self._shown = cid
        if self._status_of is not None and self._status_of != cid:
            self._say("")  # it spoke of another campaign
        self._deletable = None
        if cid is not None:
            journal = self.session.journal

            def read_messages() -> tuple[list[MessageRow], bool, AgainChoice]:
                # What "Send again" sends: the Send page's and the command line's choice,
                # made of the messages read for the table (100,000 are read once).
                rows = journal.messages(cid)
                return rows, journal.deletable(cid), choose_again(journal, cid, rows)

            run_task(
                read_messages,
                lambda found: self._show_messages(read, cid, *found),
                self._failed,
            )
        for b in (self.refresh_button, self.export_button):
            b.setEnabled(cid is not None)
        summary = self._summary(cid)
        # Only a campaign with failures worth it is offered "Send again" (known once its
        # messages are read: until then, as last read of the same campaign).
        failures = summary is not None and summary.failed + summary.undelivered > 0
        self.retry_button.setEnabled(failures and bool(self._offered) and not self._retrying)
        # Only what the campaign's state allows: a finished one is never resumed.
        self.resume_button.setEnabled(
            summary is not None
            and summary.open > 0
            and summary.campaign.state is not CampaignState.CANCELLED
        )
        # One place for the ways out, each shown when it applies (the row fits 1024 px).
        stoppable = may_stop(summary)
        self.stop_button.setVisible(stoppable)
        self.delete_button.setVisible(not stoppable)
        self.unknown_button.setEnabled(bool(summary and summary.unknown))
        self.delete_button.setEnabled(False)  # until the read says nothing left

    def _show_messages(
        self, read: int, cid: int, rows: list[MessageRow], deletable: bool, choice: AgainChoice
    ) -> None:
        """A campaign's messages, read on a worker thread (100,000 take seconds), shown
        unless a later read was asked for meanwhile (another campaign selected, or the
        same one read again after a change: reads may end out of order). "Send again"
        and the line under the status follow what they say: failures, none worth it."""
        if read != self._reads or self._stopped:
            return
        summary = self._summary(cid)
        self.messages.set_messages(rows, channel=summary.campaign.channel if summary else None)
        self._deletable = cid if deletable else None
        if deletable:  # it sent nothing: deleting it is the way out
            self.stop_button.setVisible(False)
            self.delete_button.setVisible(True)
        self.delete_button.setEnabled(deletable)
        notes = CampaignNotes(self)
        hopeless = self._hopeless() if choice.held_back and not choice.count else ""
        note = notes.say(summary, notes.why_not_again(choice, self.session.lang, hopeless))
        self.retry_note.setText(note)
        self.retry_note.setVisible(bool(note))
        notes.name_again(self.retry_button, choice.count)
        self._offered = choice.count
        self.retry_button.setEnabled(bool(choice.count) and not self._retrying)

    def delete_campaign(self) -> None:
        cid = self.selected_id()
        if cid is None or cid != self._deletable:
            return
        summary = self._summary(cid)
        name = summary.campaign.name if summary is not None else ""
        journal = self.session.journal
        if CampaignStop(self).delete(journal, cid, name, self._deleted, self._failed):
            self.delete_button.setEnabled(False)

    def _deleted(self, _cid: int, text: str) -> None:
        self._say(text)  # of no campaign: it stays when the next one is shown
        self.reload()

    def stop_campaign(self) -> None:
        summary = self._summary(self.selected_id())
        if summary is not None and may_stop(summary):
            CampaignStop(self).stop(self.session.journal, summary, self._halted, self._failed)

    def _halted(self, cid: int, text: str) -> None:
        self.session.history_changed.emit()
        self._say(text, cid)

    def refresh_status(self) -> None:
        cid, client, journal = self.selected_id(), self.session.client, self.session.journal
        if cid is None or client is None:
            return
        self.refresh_button.setEnabled(False)
        self._delivery.start(
            journal, client, cid, self.reload, self._failed,
            lambda: self.refresh_button.setEnabled(True),
        )  # fmt: skip

    def _say(self, text: str, cid: int | None = None) -> None:
        """The status line, about campaign ``cid`` (gone when another one is selected)."""
        self.status.setText(text)
        self._status_of = cid if text else None

    def _failed(self, exc: BaseException, *, in_full: bool = False) -> None:
        message = for_error(exc)
        said = message.in_one_line() if in_full else f"{message.title}. {message.action}"
        self._say(said)
        self.session.notice.emit(said, "error")

    def save_report(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        folder = self.session.settings.last_folder
        path = dialogs.ask_report_path(self, self.tr("Save report"), folder, cid)
        if path:
            journal = self.session.journal
            # A big campaign takes seconds: say that it is on its way.
            self._say(self.tr("Saving the report..."), cid)
            run_task(
                lambda: write_report(journal, cid, path),
                lambda p: self._say(fill(self.tr("Report saved: %1"), str(p)), cid),
                # Why it was refused ("not a report of this app"...) is said, not only that.
                lambda exc: self._failed(exc, in_full=True),
            )

    def send_again(self, campaign_id: int | None = None) -> None:
        """Plan the retryable failures of ``campaign_id`` (by default the selected one)
        again (read on a worker thread: a big campaign's messages take seconds), ask,
        then write the new campaign (also on a worker)."""
        cid = campaign_id if campaign_id is not None else self.selected_id()
        client, journal = self.session.client, self.session.journal
        if cid is None or self._retrying:
            return
        named = self.tr("%1 (sent again)")
        # Off until the new campaign is written or given up: a second click meanwhile would
        # plan the same failures again, and send them twice.
        self._retrying = True
        self.retry_button.setEnabled(False)
        run_task(
            lambda: plan_retry(
                journal, cid, client=client, name=fill(named, journal.campaign(cid).name)
            ),
            lambda plan: self._confirm_again(cid, plan),
            lambda exc: self._not_again(cid, exc),
        )

    def _hopeless(self) -> str:
        return self.tr(
            "Nothing in this campaign is worth sending again: the failures would fail the same way."
        )

    def _retry_over(self) -> None:
        self._retrying = False
        self.retry_done.emit()
        self.retry_button.setEnabled(self.selected_id() is not None and bool(self._offered))

    def _not_again(self, cid: int, exc: BaseException) -> None:
        """Nothing to send again for ``cid``: said of that campaign (the Send page's
        "Send again" asks for a campaign History may not show: said in the bar too)."""
        self._retry_over()
        if not isinstance(exc, ValueError):
            self._failed(exc)
            return
        text = self._hopeless()
        if isinstance(exc, SentAgainError):  # to try once more: that campaign's failures
            again = self.tr("Already sent again, by campaign %1: nothing is sent twice.")
            text = fill(again, str(exc.campaign))
        self._say(text, cid)
        if cid != self.selected_id():
            self.session.notice.emit(text, "info")

    def _confirm_again(self, cid: int, plan: NewCampaign) -> None:
        messages = [m for r in plan.requests for m in r.messages]
        cost = sum((m.price for m in messages), Decimal(0))
        # Nothing is written before the shop owner says yes.
        if not dialogs.confirm(
            self,
            self.tr("Send again"),
            CampaignNotes(self).again_question(len(messages), format_vnd(cost)),
        ):
            self._retry_over()
            return
        journal = self.session.journal
        # Written only if none of these failures was sent again meanwhile (another window).
        run_task(
            lambda: create_retry(journal, cid, plan),
            self._written_again,
            lambda exc: self._not_again(cid, exc),  # over, and said why
        )

    def _written_again(self, campaign_id: int) -> None:
        self.send_campaign.emit(campaign_id)
        self.reload()
        self._retry_over()

    def settle_unknown(self) -> None:
        """Messages that may or may not have left over a day ago: ask eSMS, then the user."""
        cid, client, journal = self.selected_id(), self.session.client, self.session.journal
        if cid is None or client is None:
            return
        grace = grace_seconds(self.session.settings.records_grace_minutes)
        self._say(self.tr("Looking the messages up in eSMS's sent list..."), cid)
        run_task(
            lambda: resolve_unknown(journal, client, cid, grace=grace),
            lambda r: self._settled(cid, r),
            self._failed,
        )

    def _settled(self, cid: int, result: UnknownResolution) -> None:
        said = SettledWords(self)
        self._say(said.say(result), cid)
        if result.cancelled:  # it sends nothing more: nothing to offer, nothing to resume
            pass
        elif result.still_unknown and said.resend_asked(self, result):
            resend_unknown(self.session.journal, cid)
            self.send_campaign.emit(cid)
        elif result.resend:
            self.send_campaign.emit(cid)
        self.reload()

    def _resume(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.send_campaign.emit(cid)
