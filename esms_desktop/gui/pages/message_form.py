"""The Message page's form: its widgets, built and laid out, and what they say.

The widgets are built in the order the page shows them, top to bottom (that
order is also the keyboard's). What the page does with them is in its other
modules: :mod:`.message_check` (the check and its result), :mod:`.message_text`
(the brandname's templates, the text and its preview), :mod:`.message_saved`
(a saved or sample message put into the form) and :mod:`.message`, the page,
which connects them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.app.library import LibraryEntry
from esms_desktop.checks.account import local_price
from esms_desktop.gui import theme
from esms_desktop.gui.consent_box import ConsentCheck
from esms_desktop.gui.i18n import fill, spoken
from esms_desktop.gui.library_box import LibraryBox
from esms_desktop.gui.pages.send_time_box import SendTimeBox
from esms_desktop.gui.pages.zalo_box import ZaloBox
from esms_desktop.gui.register_box import RegisterTemplateBox
from esms_desktop.gui.session import Session
from esms_desktop.gui.tiles import TileBand, TileRow
from esms_desktop.gui.widgets import HintedList, format_vnd, heading, hint
from esms_desktop.message.spec import CampaignSpec, Channel


class MessageForm(QWidget):
    """The widgets of the Message page (:class:`~esms_desktop.gui.pages.message.MessagePage`)
    and the campaign they describe."""

    #: The check finished (blocked or not); the Send page can go on.
    checked = Signal()
    #: "Send N messages..." after a check that allows sending: the Send page asks and sends.
    send_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("messagePage")
        outer = QVBoxLayout(self)
        self._build_title(outer)
        self._build_kind(outer)
        self._build_text_box(outer)
        self.zalo_box = ZaloBox(session, self)
        outer.addWidget(self.zalo_box)
        self._build_options(outer)
        self._build_preview(outer)
        self._build_check_row(outer)
        self._build_results(outer)

    # ------------------------------------------------------------------ building

    def _build_title(self, outer: QVBoxLayout) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Message"), self), 1)
        self.sample_button = QPushButton(self.tr("Use the sa&mple message"), self)
        self.sample_button.setObjectName("sampleMessageButton")
        self.sample_button.setToolTip(
            self.tr("A thank-you message for the sample list, as the demo account registered it.")
        )
        theme.set_icon(self.sample_button, "sample")
        self.sample_button.setVisible(self.session.demo)
        title_row.addWidget(self.sample_button)
        outer.addLayout(title_row)

    def _build_kind(self, outer: QVBoxLayout) -> None:
        """Kind of message, brandname, and the saved messages to pick from."""
        session = self.session
        top = QFormLayout()
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        for channel in Channel:
            self.channel_combo.addItem(spoken(channel.choice_name, session.lang), channel.value)
        self.channel_help = hint("", self)
        self.brand_combo = QComboBox(self)
        self.brand_combo.setObjectName("brandnameCombo")
        self.brand_combo.setEditable(True)
        top.addRow(self.tr("&Kind of message"), self.channel_combo)
        top.addRow("", self.channel_help)
        top.addRow(self.tr("&Brandname"), self.brand_combo)
        outer.addLayout(top)
        self.library_box = LibraryBox(session, self._form_entry, self)
        outer.addWidget(self.library_box)

    def _build_text_box(self, outer: QVBoxLayout) -> None:
        """The SMS text: registered template, text, its tools, the template match."""
        self.sms_box = QGroupBox(self.tr("Te&xt"), self)
        sms = QVBoxLayout(self.sms_box)
        self._build_template_row(sms)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("contentEdit")
        self.content_edit.setPlaceholderText(
            self.tr("Write the message. {Column name} is replaced by that column of each row.")
        )
        self.content_edit.setMaximumHeight(110)
        # Tab goes to the next field, as everywhere else: typed into the text, an
        # invisible tab character made a plain SMS Unicode (1 part became 3).
        self.content_edit.setTabChangesFocus(True)
        sms.addWidget(self.content_edit)
        self._build_text_tools(sms)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("templateMatchLabel")
        self.match_label.setWordWrap(True)
        sms.addWidget(self.match_label)
        self.register_box = RegisterTemplateBox(self.session, self)
        sms.addWidget(self.register_box)
        outer.addWidget(self.sms_box)

    def _build_template_row(self, sms: QVBoxLayout) -> None:
        template_row = QHBoxLayout()
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("cskhTemplateCombo")
        # A registered template is a whole SMS: it must not widen the page past the screen.
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(24)
        self.use_template = QPushButton(self.tr("Use this &template"), self)
        self.template_label = QLabel(self.tr("Registered template:"), self)
        template_row.addWidget(self.template_label)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.use_template)
        sms.addLayout(template_row)

    def _build_text_tools(self, sms: QVBoxLayout) -> None:
        """Insert a column, remove diacritics, send without them, the counter."""
        tools = QHBoxLayout()
        self.column_combo = QComboBox(self)
        self.column_combo.setObjectName("insertColumnCombo")
        self.column_combo.setAccessibleName(self.tr("Column to insert"))
        self.insert_button = QPushButton(self.tr("&Insert column"), self)
        self.plain_button = QPushButton(self.tr("&Remove diacritics"), self)
        self.plain_button.setObjectName("removeDiacriticsButton")
        self.plain_check = QCheckBox(self.tr("Send without diacritics (c&heaper)"), self)
        self.plain_check.setObjectName("plainCheck")
        self.plain_check.setToolTip(
            self.tr(
                "Names and other values from your file lose their diacritics too, so each SMS "
                "part holds 160 characters instead of 70."
            )
        )
        tools.addWidget(self.column_combo)
        tools.addWidget(self.insert_button)
        tools.addWidget(self.plain_button)
        tools.addWidget(self.plain_check)
        tools.addStretch(1)
        sms.addLayout(tools)
        # What the campaign's messages come to, over every customer (a line of its own:
        # beside the tools it wrapped onto three lines at 1024 px).
        self.counter = QLabel(self)
        self.counter.setObjectName("counterLabel")
        self.counter.setWordWrap(True)
        sms.addWidget(self.counter)

    def _build_options(self, outer: QVBoxLayout) -> None:
        """When to send, test only, the advertising consent."""
        options = QHBoxLayout()
        self.send_time = SendTimeBox(self)
        self.sandbox_check = QCheckBox(self.tr("Test &only (sandbox: checked by eSMS, not sent)"))
        self.sandbox_check.setObjectName("sandboxCheck")
        options.addWidget(self.sandbox_check)
        self.consent_check = ConsentCheck(self.session, self)
        options.addWidget(self.consent_check)
        options.addStretch(1)
        outer.addWidget(self.send_time)
        outer.addLayout(options)

    def _build_preview(self, outer: QVBoxLayout) -> None:
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

    def _build_check_row(self, outer: QVBoxLayout) -> None:
        """Check, the price it found, and the next step it allows."""
        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check and see the price"), self)
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
        # Two lines kept for what the check says, said or not: "Checking..." and the price
        # after it take the same room, and nothing below jumps (see _build_results).
        self.price_label.setMinimumHeight(2 * self.price_label.fontMetrics().lineSpacing())
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.price_label, 1)
        self.schedule_button = QPushButton(self)
        self.schedule_button.setObjectName("scheduleAllowedButton")
        self.schedule_button.setAccessibleName(self.tr("Send at the next allowed time"))
        self.schedule_button.setVisible(False)
        check_row.addWidget(self.schedule_button)
        self.again_button = QPushButton(self.tr("Send to them once mor&e"), self)
        self.again_button.setObjectName("sendAgainToThemButton")
        self.again_button.setToolTip(
            self.tr("Also send to the customers who got this same message in the last 24 hours")
        )
        self.again_button.setVisible(False)
        check_row.addWidget(self.again_button)
        check_row.addWidget(self.send_next_button)
        outer.addLayout(check_row)

    def _build_results(self, outer: QVBoxLayout) -> None:
        """What the check found: the tiles and the list of problems."""
        # The first tile's label says more when the check is blocked: room for two lines.
        self.tiles = TileRow(self, label_lines=2)
        self.tiles.add("ready", self.tr("Ready to send"))
        self.tiles.add("excluded", self.tr("Left out"))
        self.tiles.add("price", self.tr("Price"))
        self.tiles.add("balance", self.tr("Balance"))
        # Before the first check, a quiet box in their place says what they will show
        # (it was a blank band); while a check is redone, nothing. Their room is kept
        # either way: the page does not grow and shrink under the text being typed
        # (scrolled to the bottom, a shorter page moved the whole form down at each edit).
        self.tile_band = TileBand(
            self.tiles,
            self.tr(
                "Check to see the price, the number of messages and the rows that cannot be sent"
            ),
            self,
        )
        outer.addWidget(self.tile_band)
        self.problems = HintedList(
            self.tr("What the check finds, with what to do about each, is listed here."), self
        )
        self.problems.setObjectName("problemsList")
        self.problems.setAccessibleName(self.tr("What the check found"))
        self.problems.setWordWrap(True)
        outer.addWidget(self.problems, 1)

    # ------------------------------------------------------------------ what the form says

    @property
    def channel(self) -> Channel:
        return Channel(self.channel_combo.currentData())

    def _channel_help(self, channel: Channel) -> str:
        # The prices said here are the one table's (``checks.account.LOCAL_PRICES``).
        text = {
            Channel.CUSTOMER_CARE: self.tr(
                "For order confirmations, appointments, thanks. Sent under your "
                "brandname; the text must match a template registered with eSMS. "
                "About %1 per SMS part."
            ),
            Channel.ADVERTISING: self.tr(
                "For promotions to many customers at once: one text for everyone, "
                "30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part."
            ),
            Channel.FIXED_NUMBER: self.tr(
                "A plain SMS from a number instead of your brandname. Cheapest, "
                "about %1 per part; some customers ignore unknown numbers."
            ),
            Channel.ZALO: self.tr(
                "A Zalo message from your Official Account using an approved ZNS "
                "template. About %1 per message, only to Zalo users."
            ),
            Channel.ZALO_THEN_SMS: self.tr(
                "Tries Zalo first; when Zalo cannot reach the customer, a customer-care "
                "SMS goes as well, charged as an SMS: up to %1 per message."
            ),
        }[channel]
        return fill(text, format_vnd(local_price(channel)))

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
            strip_diacritics=self.plain_check.isChecked() and self.channel.sends_text,
            where=self.session.segment,
            assume_consent=self.session.settings.assume_consent,
            library_entry=self.library_box.entry_name(),
        )

    def _form_entry(self) -> LibraryEntry:
        """What the form holds for its channel, as a library entry without a name."""
        channel = self.channel
        zalo = channel.uses_zalo
        return LibraryEntry(
            "",
            channel,
            self.content_edit.toPlainText().strip() if channel.sends_text else "",
            self.brand_combo.currentText().strip() if channel.uses_brandname else "",
            self.zalo_box.oaid if zalo else "",
            self.zalo_box.template_id if zalo else "",
            self.zalo_box.params() if zalo else {},
        )
