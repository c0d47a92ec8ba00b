"""Look-ups: account, brandnames, templates, OAs, quota, price estimates, status, sent data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from esms_desktop.api import models as m
from esms_desktop.api.answers import (
    an_object,
    as_bool,
    as_decimal,
    as_int,
    content_text,
    objects,
    text,
)
from esms_desktop.api.http import HttpCore
from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.vntime import parse_dotnet_date

#: The most of a template's ``Reason`` kept (it is shown to the user, in a sentence).
MAX_REASON = 200


class LookupApi(HttpCore):
    # ------------------------------------------------------------------ account

    def get_balance(self) -> m.Balance:
        body = self._lookup("POST", "GetBalance_json", json_body=self._keys)
        return m.Balance(as_decimal(body.get("Balance")), text(body.get("UserID")))

    def get_brandnames(self) -> list[m.Brandname]:
        from urllib.parse import quote

        keys = self._credentials
        path = f"GetListBrandname/{quote(keys.api_key, safe='')}/{quote(keys.secret_key, safe='')}"
        body = self._lookup("GET", path)
        return [
            m.Brandname(text(b.get("Brandname")), text(b.get("Type")))
            for b in objects(body, "ListBrandName")
        ]

    def get_customer_care_templates(self, brandname: str) -> list[m.CskhTemplate]:
        body = self._lookup(
            "POST",
            "GetTemplate/",
            json_body={**self._keys, "SmsType": SmsType.CUSTOMER_CARE, "Brandname": brandname},
        )
        return [
            m.CskhTemplate(
                text(t.get("NetworkID")), content_text(t.get("TempContent")), text(t.get("TempId"))
            )
            for t in objects(body, "BrandnameTemplates")
        ]

    def get_zalo_oas(self) -> list[m.ZaloOA]:
        body = self._lookup("POST", "ZNS/GetListZOA/", json_body=self._keys)
        return [
            m.ZaloOA(text(o.get("OAID")), text(o.get("OAName"))) for o in objects(body, "ZOAList")
        ]

    def get_zns_templates(self, oaid: str, sms_type: str = SmsType.ZNS) -> list[m.ZnsTemplate]:
        body = self._lookup(
            "POST", "GetTemplate/", json_body={**self._keys, "OAId": oaid, "SmsType": sms_type}
        )
        templates = []
        for t in objects(body, "ZNSTemplates"):
            # ParamLevel is the parameter's position; RequireType its data type.
            params = tuple(
                sorted(
                    (
                        m.ZnsParam(
                            name=text(p.get("Param")),
                            max_length=as_int(p.get("Limit")),
                            type=text(p.get("RequireType")),
                            position=as_int(p.get("ParamLevel")),
                        )
                        for p in objects(t, "ZNSTempDetail")
                    ),
                    key=lambda p: p.position,
                )
            )
            templates.append(
                m.ZnsTemplate(
                    text(t.get("TempId")),
                    text(t.get("TempName")),
                    content_text(t.get("TempContent")),
                    params,
                )
            )
        return templates

    def get_zns_template_info(self, template_id: str, oaid: str) -> m.ZnsTemplateInfo:
        body = self._lookup(
            "GET",
            "GetZnsTemplateInfo",
            params={"TemplateId": template_id, **self._keys, "OAId": oaid},
        )
        data = an_object(body, "Data")
        params = tuple(
            m.ZnsParam(
                name=text(p.get("Name")),
                max_length=as_int(p.get("MaxLength")),
                min_length=as_int(p.get("MinLength")),
                required=as_bool(p.get("Require")),
                type=text(p.get("Type")),
                accept_null=as_bool(p.get("AcceptNull")),
            )
            for p in objects(data, "ListParams")
        )
        price = data.get("Price")
        return m.ZnsTemplateInfo(
            template_id=text(data.get("TemplateId")) or template_id,
            status=text(data.get("Status") or body.get("Status")),
            tag=text(data.get("TemplateTag")),
            params=params,
            price=None if price in (None, "") else as_decimal(price),
            reason=text(data.get("Reason"))[:MAX_REASON],
        )

    def get_oa_quota(self, oaid: str) -> m.OaQuota:
        body = self._lookup("POST", "ZNS/GetQuota/", json_body={**self._keys, "OAID": oaid})

        def maybe(key: str) -> int | None:
            return None if body.get(key) in (None, "") else as_int(body.get(key))

        return m.OaQuota(
            as_int(body.get("DailyQuota")),
            as_int(body.get("RemainingQuota")),
            daily_promotion=maybe("DailyQuotaPromotion"),
            remaining_promotion=maybe("RemainingQuotaPromotion"),
            monthly_promotion=maybe("MonthlyPromotionQuota"),
            remaining_monthly_promotion=maybe("RemainingMonthlyPromotionQuota"),
            next_month_promotion=maybe("EstimatedNextMonthPromotionQuota"),
        )

    # ------------------------------------------------------------------ prices

    def _estimate(self, body: Mapping[str, Any]) -> m.PriceEstimate:
        return m.PriceEstimate(
            as_decimal(body.get("TotalPrice")), as_int(body.get("TotalReceiver"))
        )

    def estimate_customer_care(
        self,
        phone: str,
        content: str,
        brandname: str,
        *,
        is_unicode: bool = False,
        sms_type: str = SmsType.CUSTOMER_CARE,
    ) -> m.PriceEstimate:
        """Price of a customer-care (or, with ``sms_type`` 8, fixed-number) SMS."""
        return self._estimate(
            self._lookup(
                "GET",
                "SummaryMultipleMessage_V4_get",
                params={
                    "Phone": phone,
                    "Content": content,
                    **self._keys,
                    "SmsType": sms_type,
                    "BrandName": brandname,
                    "IsUnicode": "1" if is_unicode else "0",
                },
            )
        )

    def estimate_advertising(
        self, phones: Sequence[str], content: str, brandname: str
    ) -> m.PriceEstimate:
        """The QC estimate is the one endpoint that takes an XML body."""
        contacts = "".join(f"<CUSTOMER><PHONE>{escape(p)}</PHONE></CUSTOMER>" for p in phones)
        xml = (
            f"<RQST><APIKEY>{escape(self._credentials.api_key)}</APIKEY>"
            f"<SECRETKEY>{escape(self._credentials.secret_key)}</SECRETKEY>"
            f"<CONTENT>{escape(content)}</CONTENT><SMSTYPE>{SmsType.ADVERTISING}</SMSTYPE>"
            f"<BRANDNAME>{escape(brandname)}</BRANDNAME><CONTACTS>{contacts}</CONTACTS></RQST>"
        )
        return self._estimate(
            self._lookup(
                "POST",
                "SummaryMultipleSMSBrandname/",
                content=xml,
                content_type="text/plain; charset=utf-8",
            )
        )

    def estimate_zalo(
        self, phone: str, oaid: str, template_id: str, params: Sequence[str]
    ) -> m.PriceEstimate:
        return self._estimate(
            self._lookup(
                "POST",
                "SummaryZaloMessage_V4_post_json/",
                json_body={
                    **self._keys,
                    "Phone": phone,
                    "Params": list(params),
                    "TempID": template_id,
                    "OAID": oaid,
                },
            )
        )

    # ------------------------------------------------------------------ status

    def get_send_status(self, sms_id: str) -> m.SendStatus:
        body = self._lookup("GET", "GetSendStatus", params={"RefId": sms_id, **self._keys})
        return m.SendStatus(
            send_status=text(body.get("SendStatus")),
            send_success=as_int(body.get("SendSuccess")),
            send_failed=as_int(body.get("SendFailed")),
            total_price=as_decimal(body.get("TotalPrice")),
            total_receiver=as_int(body.get("TotalReceiver")),
            total_sent=as_int(body.get("TotalSent")),
        )

    def get_receiver_status(self, sms_id: str) -> list[m.ReceiverStatus]:
        body = self._lookup(
            "GET", "GetSmsReceiverStatus_get", params={**self._keys, "RefId": sms_id}
        )
        return [
            m.ReceiverStatus(
                phone=text(r.get("Phone")),
                network_name=text(r.get("NetworkName")),
                is_sent=as_bool(r.get("IsSent")),
                sent_result=as_bool(r.get("SentResult")),
                retry=as_int(r.get("Retry")),
            )
            for r in objects(body, "ReceiverList")
        ]

    def query_zns_status(self, sms_id: str, sms_type: str = SmsType.ZNS) -> m.ZnsStatus:
        """``QueryZnsStatus``: the delivery of one ZNS (``SmsType`` 24 or 25 only).

        eSMS's page for ZNS; ``GetSmsReceiverStatus_get`` speaks of SMS carriers only.
        854: nothing found (raised as :class:`ResultCodeError`).
        """
        body = self._lookup(
            "POST",
            "QueryZnsStatus/",
            json_body={**self._keys, "SmsId": sms_id, "SmsType": sms_type},
        )
        data = an_object(body, "Data")
        error_info = data.get("ErrorInfo")
        return m.ZnsStatus(
            sms_id=text(data.get("SMSID")) or sms_id,
            final=text(data.get("FinalStatus")) == "1",
            error_info=None if error_info is None else text(error_info),
            send_status=text(data.get("SendStatus")),
            zalo_msg_id=text(data.get("ZaloMsgId")),
        )

    def get_sent_data(
        self, sms_type: str, date_from: str, date_to: str, *, page: int = 1, page_size: int = 500
    ) -> m.SentDataPage:
        """Messages sent in a time range (``yyyy-mm-dd hh:MM:ss``), one page at a time."""
        if not 1 <= page_size <= 500:
            raise ValueError("page_size must be 1..500")
        body = self._lookup(
            "POST",
            "GetSmsSentData_V2",
            json_body={
                **self._keys,
                "SmsType": sms_type,
                "From": date_from,
                "To": date_to,
                "Page": str(page),
                "PageSize": str(page_size),
            },
        )
        items = tuple(
            m.SentDataItem(
                phone=text(d.get("Phone")),
                content=content_text(d.get("Content")),
                reference_id=text(d.get("ReferenceId")),
                sell_price=as_decimal(d.get("SellPrice")),
                send_result=text(d.get("SendResult")),
                send_status=text(d.get("SendStatus")),
                sent_time=parse_dotnet_date(text(d.get("SentTime"))),
                campaign=text(d.get("Campaign")),
                portal_id=text(d.get("SmsId")),
            )
            for d in objects(body, "SentData")
        )
        return m.SentDataPage(items, as_int(body.get("CountTotal")))
