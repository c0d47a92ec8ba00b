"""Zalo then SMS: what became of the SMS part eSMS sent when the ZNS failed.

``MultiChannelMessage`` answers one ``SMSID``, and its look-ups
(``GetSmsReceiverStatus_get``, ``QueryZnsStatus``) tell the ZNS part's fate only. The
page says eSMS "tự động gửi tin SMS nếu tin ZNS gửi thất bại" and reports each part on
its own, the SMS part as customer care (``TypeId`` 2; vn:
ham-gui-tin/tin-mutichanel-zalo-greater-than-sms-otp-cskh.md, callback-url.md). A desktop
app has no callback URL, so the SMS part is read where eSMS keeps every message it sent:
``GetSmsSentData_V2`` under ``SmsType`` 2, found by the only id the caller has, the
``SMSID`` the send answered (``ReferenceId``), and the phone. Its ``SendResult`` decides:

* 1: the customer has the message by SMS (:data:`BY_SMS`), never sent again;
* 0, or ``SendStatus`` 4 (refused): nothing reached the customer: "failed", offered in
  "Send to failures again";
* 2 (or ``SendStatus`` 1, 2, 7: on record, not final): "waiting";
* not on record at all, every page read: :data:`SMS_UNSEEN`, "no SMS on eSMS's records
  yet" (the records cannot all be read: as before, "waiting" unless already unseen).

Never "failed" on a guess, and no time after which a missing SMS part becomes a failure:
the pages give none (no delay for the SMS part, nor for eSMS's records; the callback page
says only that a callback comes "khi có trạng thái thực tế"), and an SMS part still on its
way, sent again, reaches the customer twice and is paid twice. So an unseen SMS part stays
unsettled (looked for again at each refresh, counted as waiting, never offered in "Send to
failures again"), but it is said for what it is: Zalo did not reach the customer and eSMS
has no record of the SMS yet (if the balance ran out then, it may never go), with the
shop's next steps (``catalogue`` code :data:`SMS_UNSEEN`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from esms_desktop.api.records import LOOKUP_MARGIN, local_phone, record_pages
from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.errors import ApiError
from esms_desktop.base.vntime import to_esms
from esms_desktop.catalogue import SMS_UNSEEN
from esms_desktop.journal import MessageRow

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

#: The ZNS did not reach the customer, so eSMS sent the SMS part, which did: the customer
#: has the message. Counted as delivered, never sent again.
BY_SMS = "by_sms"
#: Pages of 500 of the account's customer-care records read to find the SMS parts.
MAX_PAGES = 2000


def sms_part_states(
    client: EsmsClient,
    fell_back: Sequence[tuple[MessageRow, str]],
    now: Callable[[], float],
) -> dict[int, str]:
    """The delivery of each message (pk) whose ZNS failed, with the ``SMSID`` its send
    answered, from the records of its SMS part: :data:`BY_SMS`, "failed", "waiting" or
    :data:`SMS_UNSEEN` (not on record, every page read)."""
    if not fell_back:
        return {}
    wanted = {(sms_id, m.phone): m.pk for m, sms_id in fell_back}
    states = dict.fromkeys(wanted.values(), SMS_UNSEEN)
    found: set[int] = set()
    # The SMS part is dated when the ZNS failed, after the send: from the first send on.
    start = min(m.sent_at or now() for m, _ in fell_back) - LOOKUP_MARGIN
    span = to_esms(start), to_esms(now() + LOOKUP_MARGIN)
    try:
        for items in record_pages(client, SmsType.CUSTOMER_CARE, *span, max_pages=MAX_PAGES):
            for item in items:
                pk = wanted.get((item.reference_id, local_phone(item.phone)))
                if pk is not None:
                    states[pk] = _outcome(item.send_result.strip(), item.send_status.strip())
                    found.add(pk)
            if len(found) == len(states) and "waiting" not in states.values():
                break  # every SMS part found and settled: the other pages hold none
    except ApiError:
        # Not all read: those not found cannot be said missing; asked again next time.
        for m, _ in fell_back:
            if m.pk not in found:
                states[m.pk] = m.delivery if m.delivery == SMS_UNSEEN else "waiting"
    return states


def _outcome(send_result: str, send_status: str) -> str:
    if send_result == "1":
        return BY_SMS
    if send_result == "0" or send_status == "4":
        return "failed"
    return "waiting"


__all__ = ["BY_SMS", "SMS_UNSEEN", "sms_part_states"]
