"""The SMS part of ``MultiChannelMessage`` (Zalo first, then SMS).

What the pages say (vn: ham-gui-tin/tin-mutichanel-zalo-greater-than-sms-otp-cskh.md,
ham-gui-tin/tin-gencode-tu-dong-multichanel-zalo-greater-than-sms.md, callback-url.md):
the message goes as a ZNS and "tự động gửi tin SMS nếu tin ZNS gửi thất bại" (an SMS
is sent automatically if the ZNS fails: a number without Zalo, an OA without its
package...); the send answers one ``SMSID``; each part is reported on its own
("truyền link callback riêng cho từng loại tin nhắn"), the SMS part as a customer-care
SMS (``TypeId`` 2) with its own ``TotalPrice``.

Where they are silent, the stricter reading for the shop's money:

* the ZNS part is charged when the request is accepted, as every ZNS here (the
  callback page's sample of a failed ZNS shows ``TotalPrice`` 0: not relied on);
* the SMS part, when the ZNS fails, is charged as a customer-care SMS of the number's
  carrier, by its parts: a message that falls back costs both;
* a balance too low by then: the SMS part is not sent (nothing more is charged);
* the look-ups of the ``SMSID`` (``GetSendStatus``, ``QueryZnsStatus``,
  ``GetSmsReceiverStatus_get``) stay those of the ZNS part; the SMS part shows in
  ``GetSmsSentData_V2`` under ``SmsType`` 2, with that ``SMSID`` as ``ReferenceId``
  (the only id the caller has), its own ``SellPrice`` and its ``SendResult``.

* the SMS part's own outcome is its record's ``SendResult`` there (1 delivered, 0
  failed: the page's own example shows a failed customer-care message with a
  ``SellPrice``, so a failed SMS part is charged as it went).

Simulator rules beyond that: a ZNS fails as every ZNS here (a hash of the number,
decided ``status_delay`` seconds after the look-ups show it); its SMS part then
goes, dated when the ZNS failed, and reaches the phone, but for the share
``sms_part_fails`` of the numbers (``--sms-part-fails``; 0 by default), whose SMS part
fails too (another hash of the number).
"""

from __future__ import annotations

from esms_desktop.simulator.base import PendingSms, SendRecord, fails_delivery, sms_part_fails
from esms_desktop.simulator.lookups import LookupHandlers
from esms_desktop.simulator.pricing import charged_parts, sent_as_unicode
from esms_desktop.telecom.carriers import carrier_of

__all__ = ["FallbackHandlers"]


class FallbackHandlers(LookupHandlers):
    def fall_back_due(self) -> None:
        """Send (and charge) the SMS part of every Zalo then SMS message whose ZNS has
        failed by now; forget those whose ZNS reached the phone. Run before each request."""
        with self.lock:
            for zns_id, pending in list(self.pending_sms.items()):
                zns = self.sends.get(zns_id)
                if zns is None:
                    del self.pending_sms[zns_id]
                elif self._phase(zns) == "final":
                    del self.pending_sms[zns_id]
                    if fails_delivery(pending.phone):
                        self._send_sms_part(pending, zns.created + self.status_delay)

    def _send_sms_part(self, pending: PendingSms, at: float) -> None:
        account = self.accounts[pending.api_key]
        parts = charged_parts(
            pending.content, unicode=sent_as_unicode(pending.is_unicode, pending.content)
        )
        price = self._sms_price(account, "2", carrier_of(pending.phone)) * parts
        if not self._charge(account, price, sandbox=False):
            return
        sms_id = self._new_sms_id()
        self.sends[sms_id] = SendRecord(
            sms_id,
            pending.api_key,
            "2",
            [pending.phone],
            pending.content,
            price,
            at,
            False,
            pending.campaign,
            pending.request_id,
            portal_id=29_000_000 + len(self.sends),
            reference_id=pending.zns_id,
            part_fails=sms_part_fails(pending.phone, self.sms_part_fails),
        )
