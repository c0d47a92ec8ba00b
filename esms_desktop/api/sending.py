"""The five ways of sending: customer care, fixed number, advertising, Zalo, Zalo-then-SMS.

A refused message is a :class:`SendResult` with its code, not an exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from esms_desktop.api import models as m
from esms_desktop.api.answers import (
    as_int,
    error_message,
    objects,
    read_code,
    result_code,
    text,
    unreadable,
)
from esms_desktop.api.http import HttpCore
from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.errors import AnswerLimitError
from esms_desktop.telecom.sms_text import is_plain


class SendingApi(HttpCore):
    # ------------------------------------------------------------------ sending

    def send_customer_care(
        self,
        phone: str,
        content: str,
        brandname: str,
        request_id: str,
        *,
        is_unicode: bool = False,
        sandbox: bool = False,
        send_date: str = "",
        campaign_id: str = "",
    ) -> m.SendResult:
        """SMS customer care (CSKH, ``SmsType`` 2): one phone, a registered template."""
        return self._single_sms(
            SmsType.CUSTOMER_CARE,
            phone,
            content,
            request_id,
            is_unicode,
            sandbox,
            send_date,
            campaign_id,
            brandname=brandname,
        )

    def send_fixed_number(
        self,
        phone: str,
        content: str,
        request_id: str,
        *,
        is_unicode: bool = False,
        sandbox: bool = False,
        send_date: str = "",
        campaign_id: str = "",
    ) -> m.SendResult:
        """SMS from a fixed number (``SmsType`` 8): cheap, no brandname, one phone."""
        return self._single_sms(
            SmsType.FIXED_NUMBER,
            phone,
            content,
            request_id,
            is_unicode,
            sandbox,
            send_date,
            campaign_id,
        )

    def _single_sms(
        self,
        sms_type: str,
        phone: str,
        content: str,
        request_id: str,
        is_unicode: bool,
        sandbox: bool,
        send_date: str,
        campaign_id: str,
        *,
        brandname: str | None = None,
    ) -> m.SendResult:
        """``SendMultipleMessage_V4_post_json``: one phone; a brandname except for SmsType 8."""
        payload = {
            "Phone": phone,
            "Content": content,
            "SmsType": sms_type,
            # Text with diacritics is "có dấu" whatever the caller thought.
            "IsUnicode": "1" if is_unicode or not is_plain(content) else "0",
            "Sandbox": "1" if sandbox else "0",
            "RequestId": request_id,
            "campaignid": campaign_id,
            **_send_date(send_date),
        }
        if brandname is not None:
            payload["Brandname"] = brandname
        if sms_type == SmsType.FIXED_NUMBER:
            # Both editions' tables for SmsType 8 name the field ``Unicode``; the EN
            # sample writes ``IsUnicode``. Both are sent, so that a text with diacritics
            # is not sent (and garbled) as plain whichever one eSMS reads.
            payload["Unicode"] = payload["IsUnicode"]
        return self._send("SendMultipleMessage_V4_post_json/", payload)

    def send_advertising(
        self,
        phones: Sequence[str],
        content: str,
        brandname: str,
        request_id: str,
        *,
        sandbox: bool = False,
        send_date: str = "",
        campaign_id: str = "",
    ) -> m.SendResult:
        """SMS advertising (QC, ``SmsType`` 1): 30..5,000 unique phones, one content.

        The advertising page documents neither ``RequestId``, ``campaignid`` nor
        ``IsUnicode``; they are sent (the customer-care page documents them for the same
        service) and ``diagnose`` checks on a real account that they are taken.
        """
        return self._send(
            "SendMultipleSMSBrandname_json/",
            {
                "Phones": list(phones),
                "Content": content,
                "Brandname": brandname,
                "SmsType": SmsType.ADVERTISING,
                "IsUnicode": "0" if is_plain(content) else "1",
                "Sandbox": "1" if sandbox else "0",
                "RequestId": request_id,
                "campaignid": campaign_id,
                **_send_date(send_date),
            },
        )

    def send_zalo(
        self,
        phone: str,
        oaid: str,
        template_id: str,
        params: Mapping[str, str],
        request_id: str,
        *,
        sandbox: bool = False,
        send_date: str = "",
        campaign_id: str = "",
        over_quota: bool = False,
    ) -> m.SendResult:
        """One Zalo ZNS message (``SendZaloMessage_V6``). ``over_quota`` is ``SendingMode`` 3.

        The current VN page ("Tin nhắn Zalo") documents V6, whose ``TempData`` is one
        object, parameter name -> value; V5 (a list of key/value pairs) is now filed
        under "Các API khác".
        """
        return self._send(
            "SendZaloMessage_V6/",
            {
                "Phone": phone,
                "OAID": oaid,
                "TempID": template_id,
                "TempData": dict(params),
                **_send_date(send_date),
                "RequestId": request_id,
                "campaignid": campaign_id,
                "Sandbox": "1" if sandbox else "0",
                "SendingMode": "3" if over_quota else "1",
            },
        )

    def send_zalo_bulk(
        self,
        oaid: str,
        template_id: str,
        items: Sequence[tuple[str, str, Sequence[str]]],
        *,
        sandbox: bool = False,
        send_date: str = "",
        campaign_id: str = "",
        over_quota: bool = False,
    ) -> m.BulkSendResult:
        """Personalised ZNS to at most 500 phones: ``items`` are (phone, RequestId, params).

        ``params`` follow the template's parameter order. Each item has its own
        RequestId, so a retried bulk request cannot deliver an item twice.
        """
        if any(not request_id for _, request_id, _ in items):
            raise ValueError("every bulk item needs a RequestId")
        body, attempts = self._call(
            "POST",
            "Send_zns_bulk_v4_post_json/",
            send=True,
            max_bytes=self.limits.bulk_bytes,
            json_body={
                **self._keys,
                "OAID": oaid,
                "TempID": template_id,
                "campaignid": campaign_id,
                "Sandbox": "1" if sandbox else "0",
                "SendingMode": "3" if over_quota else "1",
                **_send_date(send_date),
                "Data": [
                    {"Phone": phone, "RequestId": rid, "Params": list(params)}
                    for phone, rid, params in items
                ],
            },
        )
        code = result_code(body)
        if code is None:
            raise unreadable("CodeResult", None)
        by_phone = {m.phone_key(phone): rid for phone, rid, _ in items}
        results = tuple(
            _bulk_item(d, by_phone) for d in objects(body, "detail", "Detail", "Details")
        )
        return m.BulkSendResult(
            code=code,
            total_success=as_int(body.get("TotalSuccess")),
            items=results,
            error_message=error_message(body),
            attempts=attempts,
            total_fail=as_int(body.get("TotalFail")),
        )

    def send_zalo_then_sms(
        self,
        phone: str,
        *,
        oaid: str,
        template_id: str,
        params: Sequence[str],
        zalo_request_id: str,
        sms_content: str,
        sms_brandname: str,
        sms_request_id: str,
        sms_type: str = SmsType.CUSTOMER_CARE,
        is_unicode: bool = False,
        sandbox: bool = False,
        over_quota: bool = False,
        campaign_id: str = "",
    ) -> m.SendResult:
        """Zalo first, SMS if Zalo cannot deliver (``MultiChannelMessage``).

        The endpoint documents no ``SendDate``: it cannot be scheduled, and the
        checks refuse a schedule on this channel.
        """
        sandbox_flag = "1" if sandbox else "0"
        return self._send(
            "MultiChannelMessage/",
            {
                # No top-level RequestId: the page gives each channel its own.
                "Phone": phone,
                "Channels": ["zalo", "sms"],
                "Data": [
                    {
                        "TempID": template_id,
                        "Params": list(params),
                        "OAID": oaid,
                        "campaignid": campaign_id,
                        "RequestId": zalo_request_id,
                        "Sandbox": sandbox_flag,
                        "SendingMode": "3" if over_quota else "1",
                    },
                    {
                        "Content": sms_content,
                        "IsUnicode": "1" if is_unicode or not is_plain(sms_content) else "0",
                        "SmsType": sms_type,
                        "Brandname": sms_brandname,
                        "RequestId": sms_request_id,
                        "Sandbox": sandbox_flag,
                    },
                ],
            },
        )


def _bulk_item(detail: Mapping[str, Any], by_phone: Mapping[str, str]) -> m.BulkItemResult:
    """One item of a bulk Zalo answer; an unreadable ``CodeResult`` leaves its code ""."""
    phone = text(detail.get("Phone"))
    try:
        code = read_code(detail.get("CodeResult"))
    except AnswerLimitError:
        code = ""
    return m.BulkItemResult(
        phone=phone,
        code=code,
        sms_id=text(detail.get("SMSID")),
        request_id=text(detail.get("RequestId")) or by_phone.get(m.phone_key(phone), ""),
        error_message=error_message(detail),
    )


def _send_date(send_date: str) -> dict[str, str]:
    """``SendDate`` only for a scheduled send: eSMS says to leave it out to send now."""
    return {"SendDate": send_date} if send_date else {}
