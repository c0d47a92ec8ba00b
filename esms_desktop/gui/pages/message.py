"""Message: channel, brandname, text or Zalo template, schedule, preview, check and price."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.api.models import CskhTemplate
from esms_desktop.app.library import LibraryEntry
from esms_desktop.app.preparation import InputsKey, Sources, check_recipients, inputs_key
from esms_desktop.app.user_text import for_error
from esms_desktop.checks import CheckReport, Severity, next_ad_time
from esms_desktop.checks.account import LOCAL_PRICES
from esms_desktop.gui import theme
from esms_desktop.gui.consent_box import ConsentCheck
from esms_desktop.gui.library_box import LibraryBox
from esms_desktop.gui.pages.send_time_box import SendTimeBox
from esms_desktop.gui.pages.zalo_box import ZaloBox
from esms_desktop.gui.register_box import RegisterTemplateBox
from esms_desktop.gui.session import Session
from esms_desktop.gui.template_fill import TemplateFillDialog
from esms_desktop.gui.tiles import TileRow
from esms_desktop.gui.widgets import format_count, format_vnd, heading, hint
from esms_desktop.gui.workers import run_task
from esms_desktop.message.content import parse_content
from esms_desktop.message.spec import VIETNAM, CampaignSpec
from esms_desktop.message.templates import matches, parse_template
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.sms_text import measure, remove_diacritics

CHANNEL_KEYS = ("cskh", "qc", "fixed", "zalo", "zalo-sms")

log = logging.getLogger(__name__)

#: The demo's sample message: the customer-care template the demo account registered for
#: Viettel, filled from the sample list's columns (without diacritics: cheaper).
SAMPLE_MESSAGE = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."
SAMPLE_COLUMNS = ("Họ và tên", "Mã đơn")

#: Milliseconds without an edit before a check that an edit made stale runs again.
RECHECK_AFTER_MS = 700


class MessagePage(QWidget):
    #: The check finished (blocked or not); the Send page can go on.
    checked = Signal()
    #: "Send N messages..." after a check that allows sending: the Send page asks and sends.
    send_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("messagePage")
        self.cskh_templates: list[CskhTemplate] = []
        self._allowed: dt.datetime | None = None
        outer = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Message"), self), 1)
        self.sample_button = QPushButton(self.tr("Use the sample message"), self)
        self.sample_button.setObjectName("sampleMessageButton")
        self.sample_button.setToolTip(
            self.tr("A thank-you message for the sample list, as the demo account registered it.")
        )
        theme.set_icon(self.sample_button, "sample")
        self.sample_button.setVisible(session.demo)
        self.sample_button.clicked.connect(self.use_sample_message)
        title_row.addWidget(self.sample_button)
        outer.addLayout(title_row)
        top = QFormLayout()
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        for key, label in zip(CHANNEL_KEYS, self._channel_names(), strict=True):
            self.channel_combo.addItem(label, key)
        self.channel_help = hint("", self)
        self.brand_combo = QComboBox(self)
        self.brand_combo.setObjectName("brandnameCombo")
        self.brand_combo.setEditable(True)
        top.addRow(self.tr("Kind of message"), self.channel_combo)
        top.addRow("", self.channel_help)
        top.addRow(self.tr("Brandname"), self.brand_combo)
        outer.addLayout(top)
        self.library_box = LibraryBox(session, self._form_entry, self)
        self.library_box.picked.connect(self._use_entry)
        outer.addWidget(self.library_box)
        self._pending_zalo: LibraryEntry | None = None

        # --- SMS text -------------------------------------------------------------------
        self.sms_box = QGroupBox(self.tr("Text"), self)
        sms = QVBoxLayout(self.sms_box)
        template_row = QHBoxLayout()
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("cskhTemplateCombo")
        # A registered template is a whole SMS: it must not widen the page past the screen.
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(24)
        self.use_template = QPushButton(self.tr("Use this template"), self)
        self.template_label = QLabel(self.tr("Registered template:"), self)
        template_row.addWidget(self.template_label)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.use_template)
        sms.addLayout(template_row)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("contentEdit")
        self.content_edit.setPlaceholderText(
            self.tr("Write the message. {Column name} is replaced by that column of each row.")
        )
        self.content_edit.setMaximumHeight(110)
        sms.addWidget(self.content_edit)
        tools = QHBoxLayout()
        self.column_combo = QComboBox(self)
        self.column_combo.setObjectName("insertColumnCombo")
        self.column_combo.setAccessibleName(self.tr("Column to insert"))
        self.insert_button = QPushButton(self.tr("Insert column"), self)
        self.plain_button = QPushButton(self.tr("Remove diacritics"), self)
        self.plain_button.setObjectName("removeDiacriticsButton")
        self.plain_check = QCheckBox(self.tr("Send without diacritics (cheaper)"), self)
        self.plain_check.setObjectName("plainCheck")
        self.plain_check.setToolTip(
            self.tr(
                "Names and other values from your file lose their diacritics too, so each SMS "
                "part holds 160 characters instead of 70."
            )
        )
        self.counter = QLabel(self)
        self.counter.setObjectName("counterLabel")
        self.counter.setWordWrap(True)
        tools.addWidget(self.column_combo)
        tools.addWidget(self.insert_button)
        tools.addWidget(self.plain_button)
        tools.addWidget(self.plain_check)
        tools.addStretch(1)
        tools.addWidget(self.counter)
        sms.addLayout(tools)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("templateMatchLabel")
        self.match_label.setWordWrap(True)
        sms.addWidget(self.match_label)
        self.register_box = RegisterTemplateBox(session, self)
        sms.addWidget(self.register_box)
        outer.addWidget(self.sms_box)

        # --- Zalo ----------------------------------------------------------------------
        self.zalo_box = ZaloBox(session, self)
        outer.addWidget(self.zalo_box)

        # --- options, preview, check ---------------------------------------------------------
        options = QHBoxLayout()
        self.send_time = SendTimeBox(self)
        self.sandbox_check = QCheckBox(self.tr("Test only (sandbox: checked by eSMS, not sent)"))
        self.sandbox_check.setObjectName("sandboxCheck")
        options.addWidget(self.sandbox_check)
        self.consent_check = ConsentCheck(session, self)
        self.consent_check.changed.connect(self._spec_changed)
        options.addWidget(self.consent_check)
        options.addStretch(1)
        outer.addWidget(self.send_time)
        outer.addLayout(options)
        preview = QHBoxLayout()
        self.preview_row = QSpinBox(self)
        self.preview_row.setObjectName("previewRowSpin")
        self.preview_row.setMinimum(1)
        self.preview = QLabel(self)
        self.preview.setObjectName("previewLabel")
        self.preview.setWordWrap(True)
        theme.set_role(self.preview, "preview")
        preview.addWidget(QLabel(self.tr("Preview for customer no."), self))
        preview.addWidget(self.preview_row)
        preview.addWidget(self.preview, 1)
        outer.addLayout(preview)
        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check and see the price"), self)
        self.check_button.setObjectName("checkButton")
        theme.set_role(self.check_button, "primary")
        theme.set_icon(self.check_button, "check", "on_primary")
        self.send_next_button = QPushButton(self)
        self.send_next_button.setObjectName("sendNextButton")
        self.send_next_button.setAccessibleName(self.tr("Send the checked messages"))
        self.send_next_button.setVisible(False)
        theme.set_role(self.send_next_button, "primary")
        theme.set_icon(self.send_next_button, "send", "on_primary")
        self.send_next_button.clicked.connect(self.send_requested)
        self.price_label = QLabel(self)
        self.price_label.setObjectName("priceLabel")
        self.price_label.setWordWrap(True)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.price_label, 1)
        self.schedule_button = QPushButton(self)
        self.schedule_button.setObjectName("scheduleAllowedButton")
        self.schedule_button.setAccessibleName(self.tr("Send at the next allowed time"))
        self.schedule_button.setVisible(False)
        self.schedule_button.clicked.connect(self._schedule_allowed)
        check_row.addWidget(self.schedule_button)
        check_row.addWidget(self.send_next_button)
        outer.addLayout(check_row)
        self.tiles = TileRow(self)
        self.tiles.add("ready", self.tr("Ready to send"))
        self.tiles.add("excluded", self.tr("Left out"))
        self.tiles.add("price", self.tr("Price"))
        self.tiles.add("balance", self.tr("Balance"))
        self.tiles.setVisible(False)
        outer.addWidget(self.tiles)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problemsList")
        self.problems.setAccessibleName(self.tr("What the check found"))
        self.problems.setWordWrap(True)
        outer.addWidget(self.problems, 1)

        self.channel_combo.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.brand_combo.currentTextChanged.connect(lambda _t: self._brand_changed())
        self.brand_combo.currentTextChanged.connect(lambda _t: self._spec_changed())
        self.use_template.clicked.connect(self._use_template)
        self.content_edit.textChanged.connect(self._content_changed)
        self.insert_button.clicked.connect(self._insert_column)
        self.plain_button.clicked.connect(self._remove_diacritics)
        self.plain_check.toggled.connect(lambda _b: self._update_preview())
        self.preview_row.valueChanged.connect(lambda _v: self._update_preview())
        self.check_button.clicked.connect(self.run_check)
        for signal in (self.plain_check.toggled, self.sandbox_check.toggled):
            signal.connect(lambda _b: self._spec_changed())
        self.send_time.changed.connect(self._spec_changed)
        self.zalo_box.changed.connect(self._zalo_changed)
        session.account_changed.connect(self._account_changed)
        session.recipients_changed.connect(self._recipients_changed)
        session.report_changed.connect(self._show_report_state)
        session.segment_changed.connect(self._spec_changed)
        session.report_changed.connect(self._report_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._update_preview)
        #: The inputs of the last check asked for, and of the one shown (None: none).
        self._asked_key: object = None
        self._checked_key: object = None
        #: After an edit, the check runs again by itself once typing pauses.
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_AFTER_MS)
        self._recheck.timeout.connect(self._check_again)
        self._channel_changed()
        self._account_changed()

    def _channel_names(self) -> list[str]:
        return [
            self.tr("Customer care SMS"),
            self.tr("Advertising SMS"),
            self.tr("Fixed-number SMS (cheapest)"),
            self.tr("Zalo message (ZNS)"),
            self.tr("Zalo, or SMS when Zalo cannot deliver"),
        ]

    def _channel_help(self, channel: str) -> str:
        # The prices said here are the one table's (``checks.account.LOCAL_PRICES``).
        text = {
            "cskh": self.tr(
                "For order confirmations, appointments, thanks. Sent under your "
                "brandname; the text must match a template registered with eSMS. "
                "About %1 per SMS part."
            ),
            "qc": self.tr(
                "For promotions to many customers at once: one text for everyone, "
                "30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part."
            ),
            "fixed": self.tr(
                "A plain SMS from a number instead of your brandname. Cheapest, "
                "about %1 per part; some customers ignore unknown numbers."
            ),
            "zalo": self.tr(
                "A Zalo message from your Official Account using an approved ZNS "
                "template. About %1 per message, only to Zalo users."
            ),
            "zalo-sms": self.tr(
                "Tries Zalo first; when the customer has no Zalo, a customer-care "
                "SMS is sent instead (and charged as SMS)."
            ),
        }[channel]
        return text.replace("%1", format_vnd(LOCAL_PRICES[channel]))

    # ------------------------------------------------------------------ reactions

    @property
    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def _channel_changed(self) -> None:
        channel = self.channel
        self.channel_help.setText(self._channel_help(channel))
        self.sms_box.setVisible(channel != "zalo")
        self.zalo_box.setVisible(channel in ("zalo", "zalo-sms"))
        self.brand_combo.setEnabled(channel not in ("fixed", "zalo"))
        self.consent_check.setVisible(channel == "qc")
        cskh = channel in ("cskh", "zalo-sms")
        self.template_combo.setVisible(cskh)
        self.use_template.setVisible(cskh)
        self.template_label.setVisible(cskh)  # no label floating beside nothing
        self._fill_brands()
        self._content_changed()

    def _account_changed(self) -> None:
        self.zalo_box.set_account()
        self._fill_brands()

    def _fill_brands(self) -> None:
        info = self.session.account
        current = self.brand_combo.currentText()
        wanted = "1" if self.channel == "qc" else "2"
        self.brand_combo.blockSignals(True)
        self.brand_combo.clear()
        if info is not None:
            self.brand_combo.addItems([b.name for b in info.brandnames if b.type == wanted])
        if current and self.brand_combo.findText(current) >= 0:
            self.brand_combo.setCurrentText(current)
        self.brand_combo.blockSignals(False)
        self._brand_changed()

    def _brand_changed(self) -> None:
        brand = self.brand_combo.currentText().strip()
        self.template_combo.clear()
        self.cskh_templates = []
        if not brand or not self.session.has_client or self.channel not in ("cskh", "zalo-sms"):
            return
        session = self.session
        key = self._templates_key()
        run_task(
            lambda: session.client.get_customer_care_templates(brand),  # type: ignore[union-attr]
            lambda templates: self._templates_loaded(templates, key),
            lambda exc: self._templates_failed(exc, key),
        )

    def _templates_failed(self, exc: BaseException, key: tuple[str, str] | None = None) -> None:
        """The brandname's templates could not be read: said, not swallowed (the check
        reads them again and explains what it cannot match)."""
        if key is not None and key != self._templates_key():
            return  # for a choice no longer made
        log.warning("customer-care templates could not be read: %r", exc)
        message = for_error(exc)
        self.session.notice.emit(
            self.tr("The registered templates could not be read: %1").replace(
                "%1", f"{message.title}. {message.action}"
            ),
            "warning",
        )

    def _templates_key(self) -> tuple[str, str]:
        return (self.channel, self.brand_combo.currentText().strip())

    def _templates_loaded(
        self, templates: list[CskhTemplate], key: tuple[str, str] | None = None
    ) -> None:
        if key is not None and key != self._templates_key():
            return  # the templates of a brandname (or kind of message) no longer chosen
        self.cskh_templates = templates
        self.register_box.look_again()
        self.template_combo.clear()
        by_text: dict[str, list[str]] = {}
        for t in templates:
            by_text.setdefault(t.content, []).append(t.carrier.display_name if t.carrier else "?")
        for text, carriers in by_text.items():
            self.template_combo.addItem(f"{text}  [{', '.join(carriers)}]", text)
        self._update_preview()

    def _use_template(self) -> None:
        """Fill the chosen template's blanks from columns (a dialog), or paste it as it is."""
        text = self.template_combo.currentData()
        if not text:
            return
        columns = self.session.recipients.columns if self.session.recipients else []
        if not columns or not parse_template(str(text)).placeholders:
            self.content_edit.setPlainText(str(text))
            return
        dialog = self.make_fill_dialog(str(text), columns)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.content_edit.setPlainText(dialog.text())

    def make_fill_dialog(self, template: str, columns: list[str]) -> TemplateFillDialog:
        """Separate so tests can drive the dialog without a modal loop."""
        return TemplateFillDialog(template, columns, self)

    def _recipients_changed(self) -> None:
        # The session dropped the check with the old file: so does the page, and checks
        # again by itself if the old list had been checked.
        self.problems.clear()
        self.price_label.setText("")
        if self._asked_key is not None:
            self._checked_key = None
            self._recheck.start()
        recipients = self.session.recipients
        self.column_combo.clear()
        if recipients is not None:
            self.column_combo.addItems(recipients.columns)
            self.preview_row.setMaximum(max(1, len(recipients.ready)))
        self.zalo_box.set_columns(recipients.columns if recipients is not None else [])
        self.send_time.set_columns(recipients.columns if recipients is not None else [])
        self._update_preview()

    def _report_changed(self) -> None:
        """The check was dropped elsewhere (another file asked for): so is what it said."""
        if self.session.report is None and self._checked_key is not None:
            self._checked_key = None
            self.problems.clear()
            self.price_label.setText("")

    def _insert_column(self) -> None:
        column = self.column_combo.currentText()
        if column:
            self.content_edit.insertPlainText("{" + column + "}")
            self.content_edit.setFocus()

    def _remove_diacritics(self) -> None:
        self.content_edit.setPlainText(remove_diacritics(self.content_edit.toPlainText()))
        self.plain_check.setChecked(True)

    def _content_changed(self) -> None:
        self._debounce.start()
        self._spec_changed()

    def _show_report_state(self) -> None:
        """Tiles and the next step follow the current check: a sendable one makes "Send N
        messages..." the page's one primary button; none, or a blocked one, "Check"."""
        report = self.session.report
        ready = report is not None and not report.blocked and bool(report.sendable)
        self.tiles.setVisible(report is not None)
        if report is not None:
            count = len(report.sendable)
            left_out = len(report.recipients.rows) - count
            self.tiles.set("ready", format_count(count), "ok" if ready else "bad")
            self.tiles.set("excluded", format_count(left_out), "warn" if left_out else "")
            approx = "" if report.cost_from_esms else "≈ "
            self.tiles.set("price", approx + format_vnd(report.cost or 0), "info")
            short = (
                report.balance is not None
                and report.cost is not None
                and (report.balance < report.cost)
            )
            self.tiles.set(
                "balance",
                format_vnd(report.balance) if report.balance is not None else "?",
                "bad" if short else "",
            )
            self.send_next_button.setText(
                self.tr("Send %1 messages...").replace("%1", format_count(count))
            )
        self.send_next_button.setVisible(ready)
        wanted = "" if ready else "primary"
        if self.check_button.property("role") != wanted:
            theme.set_role(self.check_button, wanted)
            theme.set_icon(self.check_button, "check", "on_primary" if wanted else "text")

    def use_sample_message(self) -> None:
        """Demo: the sample message for the sample list, ready to check (one click)."""
        recipients = self.session.recipients
        columns = recipients.columns if recipients is not None else []
        if all(c in columns for c in SAMPLE_COLUMNS):
            self.channel_combo.setCurrentIndex(self.channel_combo.findData("cskh"))
            self.content_edit.setPlainText(SAMPLE_MESSAGE)
            self.plain_check.setChecked(True)
        else:  # another list: a plain message that fits any
            self.channel_combo.setCurrentIndex(self.channel_combo.findData("fixed"))
            self.content_edit.setPlainText("Shop Hoa Demo cam on ban da mua hang. Hen gap lai ban!")
        self.content_edit.setFocus()

    def _spec_changed(self) -> None:
        """A check describes what was checked: once the form says otherwise, it is dropped,
        Send waits, and the check is run again by itself once the edits pause."""
        if self._checked_key is None and self._asked_key is None:
            return  # never checked: nothing to drop, nothing to redo
        if self.current_key() == self._checked_key:
            return
        if self.session.report is not None:
            self.session.set_report(None)
            self.problems.clear()
        self._checked_key = None
        self.price_label.setText(self.tr("The message changed: checking again..."))
        self._recheck.start()

    def current_key(self) -> tuple[int, InputsKey] | None:
        """The key of what the screen shows now (None: nothing that can be checked)."""
        recipients = self.session.recipients
        if recipients is None:
            return None
        try:
            spec = self.current_spec()
        except ValueError:
            return None
        return (self.session.list_generation, inputs_key(recipients, spec))

    # ------------------------------------------------------------------ spec, preview, check

    def current_spec(self) -> CampaignSpec:
        return CampaignSpec(
            channel=self.channel,
            content=self.content_edit.toPlainText().strip(),
            brandname=self.brand_combo.currentText().strip(),
            oaid=self.zalo_box.oaid,
            template_id=self.zalo_box.template_id,
            params=self.zalo_box.params(),
            schedule=self.send_time.schedule(),
            reminder=self.send_time.reminder(),
            over_quota=self.zalo_box.over_quota.isChecked(),
            sandbox=self.sandbox_check.isChecked(),
            strip_diacritics=self.plain_check.isChecked() and self.channel != "zalo",
            where=self.session.segment,
            assume_consent=self.session.settings.assume_consent,
            library_entry=self.library_box.entry_name(),
        )

    def _form_entry(self) -> LibraryEntry:
        """What the form holds for its channel, as a library entry without a name."""
        channel = self.channel
        zalo = channel in ("zalo", "zalo-sms")
        return LibraryEntry(
            "",
            channel,
            self.content_edit.toPlainText().strip() if channel != "zalo" else "",
            self.brand_combo.currentText().strip() if channel in ("cskh", "qc", "zalo-sms") else "",
            self.zalo_box.oaid if zalo else "",
            self.zalo_box.template_id if zalo else "",
            self.zalo_box.params() if zalo else {},
        )

    def _use_entry(self, entry: LibraryEntry) -> None:
        """Fill the form from a saved message; Zalo's template once the OA's list arrives."""
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(entry.channel)))
        if entry.brandname:
            self.brand_combo.setCurrentText(entry.brandname)
        self.content_edit.setPlainText(entry.content)
        if entry.channel in ("zalo", "zalo-sms") and entry.oaid:
            # Kept until the OA's templates are listed: the OA list itself may still be
            # on its way (then the OA is chosen when it arrives, in _zalo_changed).
            self._pending_zalo = entry
            if self.zalo_box.oa_combo.currentData() == entry.oaid:
                self.zalo_box.load_templates()
            else:
                self._choose_pending_oa()

    def _choose_pending_oa(self) -> None:
        entry = self._pending_zalo
        box = self.zalo_box
        if entry is None or box.oa_combo.currentData() == entry.oaid:
            return
        at = box.oa_combo.findData(entry.oaid)
        if at >= 0:
            box.oa_combo.setCurrentIndex(at)
            box.load_templates()

    def _zalo_changed(self) -> None:
        entry = self._pending_zalo
        if entry is not None and self.zalo_box.zns_combo.findData(entry.template_id) >= 0:
            self._pending_zalo = None
            # After the box has finished filling itself (it rebuilds the parameters last).
            QTimer.singleShot(0, lambda: self._use_zalo_template(entry))
        elif entry is not None:
            self._choose_pending_oa()
        self._spec_changed()

    def _use_zalo_template(self, entry: LibraryEntry) -> None:
        at = self.zalo_box.zns_combo.findData(entry.template_id)
        if at < 0:
            return
        self.zalo_box.zns_combo.setCurrentIndex(at)
        for name, source in entry.params.items():
            combo = self.zalo_box.param_combos.get(name)
            if combo is not None:
                combo.setCurrentText(source.column or source.value)

    def _update_preview(self) -> None:
        text = self.content_edit.toPlainText()
        recipients = self.session.recipients
        rendered = text
        carrier: Carrier | None = None
        if recipients is not None and recipients.ready and text.strip():
            index = min(self.preview_row.value(), len(recipients.ready)) - 1
            r = recipients.ready[index]
            rendered = parse_content(text, recipients).render(r)
            carrier = r.carrier
        if self.plain_check.isChecked():
            rendered = remove_diacritics(rendered)
        size = measure(rendered)
        self.counter.setText(
            self.tr("%1 characters, %2 SMS part(s), %3")
            .replace("%1", str(size.characters))
            .replace("%2", str(size.parts))
            .replace(
                "%3",
                self.tr("Unicode (with diacritics)") if size.unicode else self.tr("plain text"),
            )
        )
        self.preview.setText(rendered or self.tr("(the message for this customer appears here)"))
        self._update_match(rendered, carrier)
        self.register_box.offer(
            self.channel, self.brand_combo.currentText().strip(), text, self.cskh_templates
        )

    def _update_match(self, rendered: str, carrier: Carrier | None) -> None:
        if self.channel not in ("cskh", "zalo-sms") or not self.cskh_templates or not rendered:
            self.match_label.setText("")
            return
        ok: list[str] = []
        bad: list[str] = []
        for c in Carrier:
            templates = [t for t in self.cskh_templates if t.carrier is c]
            if templates:
                (ok if any(matches(t.content, rendered) for t in templates) else bad).append(
                    c.display_name
                )
        parts = []
        if ok:
            parts.append(self.tr("Matches the template for: %1").replace("%1", ", ".join(ok)))
        if bad:
            parts.append(self.tr("Does not match for: %1").replace("%1", ", ".join(bad)))
        none = [
            c.display_name for c in Carrier if not any(t.carrier is c for t in self.cskh_templates)
        ]
        if none:
            parts.append(self.tr("No template registered for: %1").replace("%1", ", ".join(none)))
        who = carrier.display_name if carrier else ""
        tone = "ok" if carrier and carrier.display_name in ok else "bad"
        this_customer = self.tr("this customer")
        suffix = f" ({this_customer}: {who})" if who else ""
        self.match_label.setText(theme.tinted_html(" — ".join(parts), tone) + suffix)

    def run_check(self) -> None:
        recipients = self.session.recipients
        if recipients is None:
            self.problems.clear()
            self.problems.addItem(self.tr("Open a customer file first (Customers page)."))
            return
        try:
            spec = self.current_spec()
        except ValueError as exc:
            self.problems.clear()
            self.problems.addItem(str(exc))
            return
        session = self.session
        key = (session.list_generation, inputs_key(recipients, spec))
        self._asked_key = key
        self._checked_key = None
        self._recheck.stop()
        sources = Sources(journal=session.journal, client=session.client, settings=session.settings)
        self.check_button.setEnabled(False)
        self.price_label.setText(self.tr("Checking..."))

        def work() -> CheckReport:
            return check_recipients(recipients, spec, sources)

        run_task(
            work,
            lambda report: self._checked(report, key),
            lambda exc: self._check_failed(exc, key),
            self._check_finished,
        )

    def _check_finished(self) -> None:
        self.check_button.setEnabled(True)

    def _checked(self, report: CheckReport, key: object = None) -> None:
        if key is not None and (key != self._asked_key or key != self.current_key()):
            # Checked on inputs the screen no longer shows (the text was edited, another
            # file opened...): never offered to Send. The newer check follows.
            if key == self._asked_key:
                self._recheck.start()
            return
        self._checked_key = key
        self.session.set_report(report)
        self._offer_schedule(report)
        self.problems.clear()
        lang = self.session.lang
        style = self.style()
        icons = {
            Severity.BLOCKING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.ROWS: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for p in report.problems:
            item = QListWidgetItem(icons[p.severity], p.message(lang))
            item.setToolTip(f"{p.code}: {p.message(lang)}")
            self.problems.addItem(item)
        for vi, en in report.skipped:
            self.problems.addItem(
                QListWidgetItem(icons[Severity.WARNING], en if lang == "en" else vi)
            )
        days = report.by_day()
        if days:
            when = ", ".join(
                f"{day:%d/%m}: {format_count(count)}" for day, count in list(days.items())[:14]
            )
            more = ", …" if len(days) > 14 else ""
            self.problems.addItem(
                QListWidgetItem(
                    style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
                    self.tr("Messages per send day: %1%2; eSMS holds them until then: the "
                            "computer may be off.").replace("%1", when).replace("%2", more),
                )
            )  # fmt: skip
        if not report.problems:
            self.problems.addItem(
                QListWidgetItem(
                    style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                    self.tr("No problems found."),
                )
            )
        balance = format_vnd(report.balance) if report.balance is not None else "?"
        approx = "" if report.cost_from_esms else " " + self.tr("(approximate)")
        verdict = self.tr("Cannot send yet") if report.blocked else self.tr("Ready to send")
        self.price_label.setText(
            self.tr("%1 messages, price about %2%3. Balance: %4. %5")
            .replace("%1", format_count(len(report.sendable)))
            .replace("%2", format_vnd(report.cost or 0))
            .replace("%3", approx)
            .replace("%4", balance)
            .replace("%5", verdict)
        )
        self.checked.emit()

    def _check_again(self) -> None:
        """The debounced re-check after an edit (only once the user has checked once)."""
        if self.session.recipients is not None and self.current_key() != self._checked_key:
            self.run_check()

    def _offer_schedule(self, report: CheckReport) -> None:
        """Advertising outside 07:00-22:00: offer the next allowed time in one click."""
        outside = report.spec.reminder is None and any(
            p.code == "qc_hours" for p in report.problems
        )
        self.schedule_button.setVisible(outside)
        if outside:
            when = next_ad_time(report.spec.schedule or dt.datetime.now(VIETNAM))
            self._allowed = when
            self.schedule_button.setText(
                self.tr("Send at %1 instead").replace("%1", when.strftime("%H:%M %d/%m/%Y"))
            )

    def _schedule_allowed(self) -> None:
        when = self._allowed
        if when is None:
            return
        self.send_time.set_one_time(when)
        self.schedule_button.setVisible(False)
        self.run_check()

    def _check_failed(self, exc: BaseException, key: object = None) -> None:
        if key is not None and key != self._asked_key:
            return
        message = for_error(exc)
        self.price_label.setText(f"{message.title}. {message.action}")
        self.checked.emit()
