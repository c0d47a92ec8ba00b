"""A message put into the Message page's form whole: one picked from the library of saved
messages, or the demo's sample message.

A saved Zalo message names its OA and template: both are chosen once the OA's
list and then its templates have arrived from eSMS.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from esms_desktop.app.library import LibraryEntry
from esms_desktop.gui.pages.message_check import MessageCheck
from esms_desktop.gui.session import Session
from esms_desktop.message.spec import Channel

#: The demo's sample message: the customer-care template the demo account registered for
#: Viettel, filled from the sample list's columns (without diacritics: cheaper).
SAMPLE_MESSAGE = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."
SAMPLE_COLUMNS = ("Họ và tên", "Mã đơn")


class SavedMessages(MessageCheck):
    """The saved and sample messages of :class:`~esms_desktop.gui.pages.message.MessagePage`;
    a Zalo choice made makes the check stale."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        #: A picked Zalo message, kept until its OA's templates are listed.
        self._pending_zalo: LibraryEntry | None = None

    def choose_channel(self, channel: Channel) -> None:
        """Pick ``channel`` in the form."""
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))

    def use_sample_message(self) -> None:
        """Demo: the sample message for the sample list, ready to check (one click)."""
        recipients = self.session.recipients
        columns = recipients.columns if recipients is not None else []
        if all(c in columns for c in SAMPLE_COLUMNS):
            self.choose_channel(Channel.CUSTOMER_CARE)
            self.content_edit.setPlainText(SAMPLE_MESSAGE)
            self.plain_check.setChecked(True)
        else:  # another list: a plain message that fits any
            self.choose_channel(Channel.FIXED_NUMBER)
            self.content_edit.setPlainText("Shop Hoa Demo cam on ban da mua hang. Hen gap lai ban!")
        self.content_edit.setFocus()

    def _use_entry(self, entry: LibraryEntry) -> None:
        """Fill the form from a saved message; Zalo's template once the OA's list arrives."""
        channel = Channel.parse(entry.channel)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(entry.channel)))
        if entry.brandname:
            self.brand_combo.setCurrentText(entry.brandname)
        self.content_edit.setPlainText(entry.content)
        if channel is not None and channel.uses_zalo and entry.oaid:
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
