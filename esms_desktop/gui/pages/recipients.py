"""Recipients: open a customer file, see every row's state and each problem in plain words."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.app import opt_out
from esms_desktop.app.preparation import Sources, load_key, load_recipients
from esms_desktop.app.resources import sample_file
from esms_desktop.app.samples import write_appointments
from esms_desktop.app.user_text import for_error
from esms_desktop.base.paths import app_home
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.base.vntime import now as app_now
from esms_desktop.gui import dialogs, table_fit, theme
from esms_desktop.gui.empty_state import EmptyState
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.models import SHORT_ROLE, RecipientsModel
from esms_desktop.gui.pages.legacy_text_bar import LegacyTextBar, held_back
from esms_desktop.gui.pages.opt_out_dialog import OptOutDialog
from esms_desktop.gui.pages.recipients_summary import RecipientsSummary
from esms_desktop.gui.pages.row_problem import ProblemDelegate, RowProblemLine
from esms_desktop.gui.row_filter import RecipientsFilter
from esms_desktop.gui.segment_bar import SegmentBar
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import heading, hint
from esms_desktop.gui.workers import run_task
from esms_desktop.importing import SUPPORTED_SUFFIXES, list_sheets
from esms_desktop.recipients.recipient_list import RecipientList

log = logging.getLogger(__name__)

#: What the "no phone column" bar is about (``Session.notice_about``).
PHONE_COLUMN = "phone_column"


class RecipientsPage(RecipientsSummary):
    #: Emitted when a file finished loading (for tests and the status bar).
    loaded = Signal()
    #: "Next: write the message" was pressed.
    next_step = Signal()

    def _report_changed(self) -> None:
        report = self.session.report
        if report is not None and report.recipients is not self.model.recipients:
            # The check read the do-not-send list again (a number added from the command
            # line meanwhile): the rows are shown as the check classified them.
            self.model.set_recipients(report.recipients, self.session.lang)
        elif report is None and self.model.recipients is not self.session.recipients:
            self.model.set_recipients(self.session.recipients, self.session.lang)
        self.model.set_report(report)
        shown = report.recipients if report is not None else self.session.recipients
        if shown is not None:
            self._summarise(shown, report)
            self.legacy_bar.show_for(shown.legacy, held_back(shown, report))
        # Each customer's send time, shown when the messages go at their own times.
        self.table.setColumnHidden(RecipientsModel.SEND_AT, report is None or not report.send_at)
        self._measure_problems()

    def _measure_problems(self) -> None:
        """The problems' column measured again: a check says why rows are left out (a text
        that matches no template), and the column stayed as narrow as the list's own
        problems left it (its title's width, where the file had none)."""
        problem = RecipientsModel.PROBLEM
        if problem >= len(self._natural):
            return
        header = self.table.horizontalHeader()
        wanted = max(header.sectionSizeHint(problem), self.table.sizeHintForColumn(problem))
        if wanted != self._natural[problem]:
            self._natural[problem] = wanted
            self._fit_columns()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.convert_text = "none"
        #: The key of the latest load asked for: only its result is shown.
        self._asked: object = None
        self.setObjectName("recipientsPage")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customers"), self))
        layout.addWidget(
            hint(
                self.tr(
                    "Open the Excel or CSV file with your customers, or drop it here. Every row is "
                    "checked at once: you see which rows cannot be sent and why."
                ),
                self,
            )
        )
        self._build_file_buttons(layout)
        self._build_options(layout)
        self._build_summary(layout)
        self._build_table()
        self._build_body(layout)
        #: The columns' widths fitted to their texts, before :meth:`_fit_columns`.
        self._natural: list[int] = []
        self._connect()

    def _build_file_buttons(self, layout: QVBoxLayout) -> None:
        """Open a file, the samples, the do-not-send list."""
        session = self.session
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open customer file..."), self)
        self.open_button.setObjectName("openFileButton")
        self.sample_button = QPushButton(
            self.tr("Use the &sample file")
            if session.demo
            else self.tr("Save a sample Excel file..."),
            self,
        )
        self.sample_button.setObjectName("sampleButton")
        self.appointments_button = QPushButton(self.tr("Use the a&ppointment sample"), self)
        self.appointments_button.setObjectName("appointmentsButton")
        self.appointments_button.setToolTip(
            self.tr("Appointments over the next three weeks: try reminders sent the day before.")
        )
        self.appointments_button.setVisible(session.demo)
        self.optout_button = QPushButton(self.tr("Do-no&t-send list..."), self)
        self.optout_button.setObjectName("optOutButton")
        top.addWidget(self.open_button)
        top.addWidget(self.sample_button)
        top.addWidget(self.appointments_button)
        top.addStretch(1)
        top.addWidget(self.optout_button)
        layout.addLayout(top)
        theme.set_icon(self.open_button, "file")
        theme.set_icon(self.sample_button, "sample")

    def _build_options(self, layout: QVBoxLayout) -> None:
        """Which sheet, which column holds the phone numbers, which rows to show."""
        options = QHBoxLayout()
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.phone_combo = QComboBox(self)
        self.phone_combo.setObjectName("phoneColumnCombo")
        for combo in (self.sheet_combo, self.phone_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filterCombo")
        for key, label in (
            ("all", self.tr("All rows")),
            ("ready", self.tr("Ready")),
            ("problem", self.tr("Problems")),
            ("duplicate", self.tr("Duplicates")),
            ("blocked", self.tr("Do not send")),
        ):
            self.filter_combo.addItem(label, key)
        options.addWidget(QLabel(self.tr("Sheet:"), self))
        options.addWidget(self.sheet_combo)
        options.addWidget(QLabel(self.tr("Phone column:"), self))
        options.addWidget(self.phone_combo)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Show:"), self))
        options.addWidget(self.filter_combo)
        layout.addLayout(options)

    def _build_summary(self, layout: QVBoxLayout) -> None:
        """What the file holds and the next step; the old-encoding bar; the segment."""
        self.summary = QLabel(self.tr("No file opened yet."), self)
        self.summary.setObjectName("recipientsSummary")
        self.summary.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next: write the message"), self)
        self.next_button.setObjectName("nextToMessageButton")
        theme.set_role(self.next_button, "primary")
        theme.set_icon(self.next_button, "message", "on_primary")
        self.next_button.setVisible(False)
        self.next_button.clicked.connect(self.next_step)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.next_button)
        layout.addLayout(summary_row)
        self.legacy_bar = LegacyTextBar(self)  # names in VNI/TCVN3/mojibake: convert?
        self.legacy_bar.convert_requested.connect(self._convert_text)
        layout.addWidget(self.legacy_bar)
        self.segment_bar = SegmentBar(self.session, self)
        layout.addWidget(self.segment_bar)

    def _build_table(self) -> None:
        """The customers, one row each, shown as the filter above chooses."""
        self.model = RecipientsModel(self)
        self.proxy = RecipientsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("recipientsTable")
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring 100,000 rows freezes the window,
        # and each cell measured costs ~10 questions to the model (~0.04 s per 100 rows).
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        table_fit.wrap_titles(self.table)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(table_fit.row_height(self.table))
        self.table.setColumnHidden(RecipientsModel.SEND_AT, True)
        # A problem too long for its cell is painted in its short form (whole beside it).
        self.problem_delegate = ProblemDelegate(self.table)
        self.table.setItemDelegateForColumn(RecipientsModel.PROBLEM, self.problem_delegate)

    def _build_body(self, layout: QVBoxLayout) -> None:
        """The empty state, or the table."""
        session = self.session
        self.empty = EmptyState(
            self.tr("No customer list yet"),
            self.tr(
                "Open the Excel or CSV file with your customers' phone numbers, or drop it "
                "on this page."
            )
            + (" " + self.tr("In the demo, try the sample list.") if session.demo else ""),
            self.tr("Use the sample file") if session.demo else self.tr("Open customer file..."),
            "customersEmpty",
            "sample" if session.demo else "file",
            self,
        )
        self.empty.button.clicked.connect(self.sample if session.demo else self.choose_file)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.empty)
        shown = QWidget(self)
        rows = QVBoxLayout(shown)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.table, 1)
        # The selected row's problem, whole: in the table it is cut to two lines at 1024 px.
        self.row_problem = RowProblemLine(self.table, self.model, self.proxy, self)
        rows.addWidget(self.row_problem)
        self.body.addWidget(shown)
        layout.addWidget(self.body, 1)

    def _connect(self) -> None:
        self.table.viewport().installEventFilter(self)
        self.open_button.clicked.connect(self.choose_file)
        self.sample_button.clicked.connect(self.sample)
        self.appointments_button.clicked.connect(self.appointments)
        self.optout_button.clicked.connect(self.edit_opt_out)
        self.sheet_combo.activated.connect(lambda _i: self.reload())
        self.phone_combo.activated.connect(lambda _i: self.reload(keep_sheet=True))
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_mode(self.filter_combo.currentData())
        )
        self.session.report_changed.connect(self._report_changed)
        self.session.campaign_started.connect(self._campaign_started)
        # Saved again in Excel since it was read (found by a check or by Send): read again.
        self.session.reread_wanted.connect(lambda: self.reload(keep_sheet=True))

    # ------------------------------------------------------------------ opening

    def choose_file(self) -> None:
        """The open-file dialog, starting in the folder of the last list opened."""
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        settings = self.session.settings
        folder = settings.last_folder if Path(settings.last_folder or "-").is_dir() else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open customer file"),
            folder,
            self.tr("Customer lists") + f" ({patterns})",
        )
        if path:
            settings.last_folder = str(Path(path).parent)
            settings.save()
            self.open_path(Path(path))

    def appointments(self) -> None:
        """Demo: an appointment list dated from today, so its reminders can be sent."""
        target = app_home() / "demo" / "lich-hen-mau.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        today = dt.datetime.fromtimestamp(app_now(), VIETNAM).date()
        self.open_path(write_appointments(target, today))

    def sample(self) -> None:
        if self.session.demo:
            self.open_path(sample_file())
            return
        title, folder = self.tr("Save a sample Excel file"), self.session.settings.last_folder
        place = dialogs.save_place(folder, "khach-hang-mau.xlsx")
        target, _ = QFileDialog.getSaveFileName(self, title, place, "Excel (*.xlsx)")
        if not target:
            return
        try:
            shutil.copyfile(sample_file(), target)
        except OSError as exc:  # a locked folder, the file open in Excel, a full disk
            log.warning("the sample file could not be saved: %r", exc)
            said = self.tr("The sample file could not be saved to %1. Choose a folder you can "
                           "write to, and close the file if it is open in Excel.")  # fmt: skip
            self.session.notice.emit(fill(said, target), "error")
            return
        self.summary.setText(fill(self.tr("Sample saved to %1"), target))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and Path(urls[0].toLocalFile()).suffix.lower() in SUPPORTED_SUFFIXES:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.open_path(Path(urls[0].toLocalFile()))

    def open_path(self, path: Path) -> None:
        """Read ``path`` on a worker thread; the table fills when it is done."""
        self.path = path
        self.convert_text = "none"  # a new file is shown as it is until the user chooses
        self.sheet_combo.clear()
        self.phone_combo.clear()
        self._load(sheet=None, phone_column=None, list_sheet_names=True)

    def reload(self, keep_sheet: bool = False) -> None:
        if self.path is None:
            return
        sheet = self.sheet_combo.currentText() or None
        phone = self.phone_combo.currentText() if keep_sheet else None
        self._load(sheet=sheet, phone_column=phone or None, list_sheet_names=False)

    def _load(self, *, sheet: str | None, phone_column: str | None, list_sheet_names: bool) -> None:
        path = self.path
        assert path is not None
        convert_text = self.convert_text
        session = self.session
        # The check of the list shown so far no longer says what Send would send.
        session.list_requested()
        key = (session.list_generation, load_key(path, sheet, phone_column), convert_text)
        self._asked = key
        self.summary.setText(fill(self.tr("Reading %1 ..."), path.name))

        def work() -> tuple[list[str], RecipientList]:
            # The journal opened here, off the window: one it cannot use (damaged, of a
            # newer version) is said as the file's failure, not an unexpected error.
            sources = Sources(journal=session.journal, settings=session.settings)
            sheets = list_sheets(path) if list_sheet_names else []
            return sheets, load_recipients(
                path, sources, sheet=sheet, phone_column=phone_column, convert_text=convert_text
            )

        run_task(
            work,
            lambda result: self._loaded(result, key),
            lambda exc: self._failed(exc, key),
        )

    def _loaded(self, result: tuple[list[str], RecipientList], key: object = None) -> None:
        if key is not None and key != self._asked:
            return  # another file, sheet or column was asked for since: this one is not shown
        sheets, recipients = result
        if sheets:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(recipients.table.sheet)
        self.phone_combo.clear()
        self.phone_combo.addItems(recipients.columns)
        self.phone_combo.setCurrentIndex(recipients.mapping.phone)
        self.model.set_recipients(recipients, self.session.lang)
        self.session.set_recipients(recipients)
        self._summarise(recipients)
        self.legacy_bar.show_for(recipients.legacy, held_back(recipients, None))
        if recipients.mapping.phone_found:
            self.session.resolved.emit(PHONE_COLUMN)  # another file, or the right column
        else:
            self.session.notice_about.emit(
                self.tr(
                    "No column of this file holds phone numbers. Choose the column that holds "
                    'them in "Phone column" above, or open the customer list.'
                ),
                "warning",
                PHONE_COLUMN,
            )
        self.body.setCurrentIndex(1)
        self.next_button.setVisible(bool(recipients.ready))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self._natural = [header.sectionSize(c) for c in range(header.count())]
        self._fit_columns()
        # Another list starts at its first row and column, not where the last was left.
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)
        self.loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Shown again too: what a check said meanwhile, on another page, is fitted.
        fitting = (QEvent.Type.Resize, QEvent.Type.Show)
        if event.type() in fitting and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Columns fitted to their texts, then the widest ones narrowed (their texts
        shortened with "…" or wrapped, their titles on two lines) until the table fits
        its width, none below 80 px or its title's longest word; the phone numbers, the
        checked one and the file's own, are never narrowed below a whole number. A list
        with many columns still scrolls sideways, a usual one does not."""
        header = self.table.horizontalHeader()
        recipients = self.model.recipients
        if len(self._natural) != header.count() or not self.table.isVisible():
            return  # fitted when shown (the viewport's resize)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        # The room left once the rows' scroll bar shows (it comes with the rows).
        room = self.table.viewport().width()
        if not self.table.verticalScrollBar().isVisible():
            room -= self.table.verticalScrollBar().sizeHint().width()
        phones = {RecipientsModel.PHONE}
        if recipients is not None:
            phones.add(RecipientsModel.FIXED + recipients.mapping.phone)
        whole = table_fit.phone_width(self.table)
        full = {c: self._natural[c] for c in shown}
        least = {
            c: max(whole, table_fit.title_least(header, c))
            if c in phones
            else min(full[c], max(80, table_fit.title_least(header, c)))
            for c in shown
        }
        full.update({c: max(full[c], least[c]) for c in phones if c in full})
        # The problem gets the room first, up to its texts whole on two lines, and at
        # least its short forms' ("A landline"): it says why a row cannot be sent (whole
        # in the tooltip, and under the table for the selected row).
        problem = RecipientsModel.PROBLEM
        if problem in full:
            two_lines = min(full[problem], table_fit.wrapped_least(self.table, problem, 60))
            short = table_fit.wrapped_least(self.table, problem, 60, SHORT_ROLE)
            spare = room - (sum(least.values()) - least[problem])
            least[problem] = max(least[problem], short, min(two_lines, spare))
        table_fit.apply(self.table, table_fit.share(room, full, least))

    def _convert_text(self, choice: str) -> None:
        """Read the file again, converted from ``choice`` (or as it is: ``"none"``); the
        column names may change with it, so the phone column is found again."""
        self.convert_text = choice
        self.reload()

    def _failed(self, exc: BaseException, key: object = None) -> None:
        if key is not None and key != self._asked:
            return  # a file no longer asked for: its failure is not the user's concern now
        self.session.list_kept()
        message = for_error(exc)
        # What is wrong in plain words, with the file's name (the details are for support).
        named = f"{message.title} ({message.detail})" if message.detail else message.title
        self.summary.setText(f"{named}: {message.text}")
        dialogs.show_error(self, message)

    # ------------------------------------------------------------------ opt-out list

    def edit_opt_out(self) -> None:
        session = self.session
        before = session.journal.opt_out_list()
        dialog = OptOutDialog(before, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.numbers()
        # Only what the user changed is written, as events: numbers added meanwhile
        # elsewhere (the command line) stay on the list. Written off the window: another
        # program sending from the same folder may hold the journal for a while.
        journal, settings = session.journal, session.settings
        added, removed = (
            [n for n in after if n not in before],
            [n for n in before if n not in after],
        )
        run_task(
            lambda: opt_out.change(
                journal, add=added, remove=removed, source=opt_out.WINDOW, settings=settings
            ),
            lambda _counts: self.reload(keep_sheet=True),
            lambda exc: dialogs.show_error(self, for_error(exc)),
        )


__all__ = ["OptOutDialog", "Qt", "RecipientsPage"]
