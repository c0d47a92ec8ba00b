"""Message: channel, brandname, text or Zalo template, schedule, preview, check and price.

The page is made of parts, one module each: :mod:`.message_form` (the widgets
and what they say), :mod:`.message_check` (the check), :mod:`.message_text`
(templates, text, preview) and :mod:`.message_saved` (a saved or sample
message). Here they are put together and connected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from esms_desktop.gui.pages.message_check import MessageCheck
from esms_desktop.gui.pages.message_saved import SavedMessages
from esms_desktop.gui.pages.message_text import MessageText
from esms_desktop.gui.session import Session


class MessagePage(MessageText, SavedMessages, MessageCheck):
    """The Message page. Its signals (:class:`~.message_form.MessageForm`'s): ``checked``
    when a check finished, ``send_requested`` for "Send N messages..."."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._connect(session)
        self._channel_changed()
        self._account_changed()

    def _connect(self, session: Session) -> None:
        self.sample_button.clicked.connect(self.use_sample_message)
        self.library_box.picked.connect(self._use_entry)
        self.consent_check.changed.connect(self._spec_changed)
        self.schedule_button.clicked.connect(self._schedule_allowed)
        self.again_button.clicked.connect(self._send_to_them_again)
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
        self.zalo_box.changed.connect(self._update_preview)  # a Zalo message's preview
        session.account_changed.connect(self._account_changed)
        session.recipients_changed.connect(self._recipients_changed)
        session.report_changed.connect(self._show_report_state)
        session.campaign_started.connect(self._sent_as)
        session.segment_changed.connect(self._spec_changed)
        session.report_changed.connect(self._report_changed)
        session.recheck_wanted.connect(self._outdated)

    # ------------------------------------------------------------------ reactions

    def _channel_changed(self) -> None:
        channel = self.channel
        self.channel_help.setText(self._channel_help(channel))
        self.sms_box.setVisible(channel.sends_text)
        self.zalo_box.setVisible(channel.uses_zalo)
        self.brand_combo.setEnabled(channel.uses_brandname)
        self.consent_check.setVisible(channel.is_advertising)
        cskh = channel.needs_care_template
        self.template_combo.setVisible(cskh)
        self.use_template.setVisible(cskh)
        self.template_label.setVisible(cskh)  # no label floating beside nothing
        self._fill_brands()
        self._content_changed()

    def _account_changed(self) -> None:
        self.zalo_box.set_account()
        self._fill_brands()
        # A check made with other keys is dropped and made again.
        self._spec_changed(self.tr("Another eSMS account is in use: checking again..."))

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
