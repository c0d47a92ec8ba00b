"""The simulator's look-up endpoints: account, templates, OAs, prices, status, sent data."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from decimal import Decimal

from esms_desktop.base.vntime import from_esms, to_dotnet_date
from esms_desktop.simulator.base import (
    Ctx,
    Json,
    SendRecord,
    SimResponse,
    SimulatorBase,
    account_refusal,
    answer,
    fails_delivery,
    json_answer,
    status_answer,
    text_of,
)
from esms_desktop.simulator.pricing import charged_parts, estimated_as_unicode
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.phones import normalize_phone


class LookupHandlers(SimulatorBase):
    # ------------------------------------------------------------------ account look-ups

    def _balance(self, ctx: Ctx) -> SimResponse:
        a = ctx.account
        # As the page's example: numbers, and the code in CodeResponse.
        return json_answer(
            200, {"Balance": int(a.balance), "CodeResponse": "100", "UserID": _number(a.user_id)}
        )

    def _brandnames(self, ctx: Ctx, _q: dict[str, str]) -> SimResponse:
        # The page's example: CodeResponse, and each Type a bare number.
        brands = [{"Brandname": n, "Type": int(t)} for n, t in ctx.account.brandnames.items()]
        return json_answer(200, {"CodeResponse": "100", "ListBrandName": brands})

    def _templates(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        sms_type = text_of(b.get("SmsType"))
        if sms_type == "2":
            brandname = text_of(b.get("Brandname"))
            if brandname not in ctx.account.brandnames:
                return answer("104", "Brandname not found")
            # NetworkID and TempId are bare numbers in the page's example.
            templates = [
                {
                    "NetworkID": t.carrier.value,
                    "TempContent": t.content,
                    "TempId": _number(t.temp_id),
                }
                for t in ctx.account.cskh_templates.get(brandname, [])
            ]
            return answer("100", "success", BrandnameTemplates=templates)
        if sms_type in ("24", "25"):
            oa = self._find_oa(ctx, text_of(b.get("OAId")), "-")
            if isinstance(oa, SimResponse) and json.loads(oa.body)["CodeResult"] != "789":
                return oa
            oa_def = ctx.account.oas[text_of(b.get("OAId"))]
            zns: list[Json] = [
                {
                    "TempId": _number(t.temp_id),
                    "TempName": t.name,
                    "TempContent": t.content,
                    "ZNSTempDetail": [
                        {
                            "Limit": p.limit,
                            "Param": p.name,
                            "ParamLevel": level,
                            "RequireType": p.type,
                        }
                        # Listed out of order on purpose: ParamLevel is the order.
                        for level, p in sorted(
                            enumerate(t.params, start=1), key=lambda lp: lp[1].name
                        )
                    ],
                }
                for t in oa_def.templates.values()
            ]
            return answer("100", "success", ZNSTemplates=zns)
        return answer("118" if sms_type else "300", "SmsType invalid")

    def _oas(self, ctx: Ctx) -> SimResponse:
        oas = [{"OAID": o.oaid, "OAName": o.name} for o in ctx.account.oas.values()]
        return answer("100", "success", ZOAList=oas)

    def _quota(self, ctx: Ctx) -> SimResponse:
        oaid = text_of(ctx.body.get("OAID"))
        oa = ctx.account.oas.get(oaid)
        if oa is None:
            return answer("204", "OAID not found")
        # As documented (VN page): numbers, with the promotion ("hậu mãi") quotas.
        return answer(
            "100",
            "success",
            DailyQuota=oa.daily_quota,
            DailyQuotaPromotion=oa.daily_promotion_quota,
            EstimatedNextMonthPromotionQuota=oa.next_month_promotion_quota,
            MonthlyPromotionQuota=oa.monthly_promotion_quota,
            RemainingMonthlyPromotionQuota=oa.remaining_monthly_promotion_quota,
            RemainingQuota=oa.remaining_quota,
            RemainingQuotaPromotion=oa.remaining_promotion_quota,
        )

    def _zns_template_info(self, ctx: Ctx, q: dict[str, str]) -> SimResponse:
        """Answers as documented: ``{"Data": ..., "Error": 0, "Message": "Success"}``.

        A refusal has no ``CodeResult`` either: ``{"Error": <code>, "Message": ...}``.
        """
        temp_id = q.get("TemplateId", "")
        oa = self._find_oa(ctx, q.get("OAId", ""), temp_id)
        if isinstance(oa, SimResponse):
            refused = json.loads(oa.body)
            return json_answer(
                200, {"Error": int(refused["CodeResult"]), "Message": refused["ErrorMessage"]}
            )
        t = oa.templates[temp_id]
        params = [
            {
                "AcceptNull": not p.required,
                "MaxLength": p.limit,
                "MinLength": p.min_length,
                "Name": p.name,
                "Require": p.required,
                "Type": "STRING",
            }
            for p in t.params
        ]
        # The VN page's example, field for field: TemplateId a number, TemplateQuality
        # the text "null", no price (neither edition documents one).
        data = {
            "ListButtons": [],
            "ListParams": params,
            "PreviewUrl": f"https://account.zalo.cloud/znspreview/{t.temp_id}",
            "Reason": t.reason,
            "Status": t.status,
            "TemplateId": _number(t.temp_id),
            "TemplateName": t.name,
            "TemplateQuality": "null",
            "TemplateTag": t.tag,
            "Timeout": 7200000,
        }
        return json_answer(200, {"Data": data, "Error": 0, "Message": "Success"})

    # ------------------------------------------------------------------ estimates

    def _estimate_cskh(self, ctx: Ctx, q: dict[str, str]) -> SimResponse:
        sms_type = q.get("SmsType", "2")
        # The page documents 104 for a brandname that is not (or no longer) the account's.
        if sms_type != "8" and ctx.account.brandnames.get(q.get("BrandName", "")) != "2":
            return answer("104", "Brand name code is not exist")
        phones = [p for p in q.get("Phone", "").split(",") if p.strip()]
        numbers = [normalize_phone(p) for p in phones]
        if not numbers or not all(n.ok for n in numbers):
            return answer("108", "Phone invalid")
        parts = charged_parts(
            q.get("Content", ""), unicode=estimated_as_unicode(q.get("IsUnicode", ""))
        )
        total = sum(
            (self._sms_price(ctx.account, sms_type, n.carrier) * parts for n in numbers),
            Decimal(0),
        )
        return answer("100", "success", TotalPrice=int(total), TotalReceiver=len(numbers))

    def _estimate_advertising(self, raw: bytes) -> SimResponse:
        try:
            root = ET.fromstring(raw)  # noqa: S314 - our own loopback simulator input
        except ET.ParseError:
            return json_answer(200, {"error": "Invalid request"})
        account = self._auth(root.findtext("APIKEY", ""), root.findtext("SECRETKEY", ""))
        if account is None:
            return answer("101", "Authorize Failed")
        refused = account_refusal(account, "SummaryMultipleSMSBrandname", {})
        if refused is not None:
            return refused
        if account.brandnames.get(root.findtext("BRANDNAME", "")) != "1":
            return answer("104", "Brand name code is not exist")
        phones = [p.text or "" for p in root.iter("PHONE")]
        numbers = {normalize_phone(p).number for p in phones} - {None}
        content = root.findtext("CONTENT", "")
        parts = charged_parts(content, unicode=not content.isascii())  # no IsUnicode field
        total = account.prices.advertising * parts * len(numbers)
        return answer("100", "success", TotalPrice=int(total), TotalReceiver=len(numbers))

    def _estimate_zalo(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        oa = self._find_oa(ctx, text_of(b.get("OAID")), text_of(b.get("TempID")))
        if isinstance(oa, SimResponse):
            return oa
        phones = [p for p in text_of(b.get("Phone")).split(",") if p.strip()]
        if not phones or not all(normalize_phone(p).ok for p in phones):
            return answer("108", "Phone invalid")
        total = ctx.account.prices.zalo * len(phones)
        return answer("100", "success", TotalPrice=int(total), TotalReceiver=len(phones))

    # ------------------------------------------------------------------ status

    def _own_send(self, ctx: Ctx, sms_id: str) -> SendRecord | None:
        record = self.sends.get(sms_id)
        if record is None or record.api_key != ctx.account.api_key or record.sandbox:
            return None
        return record

    def _phase(self, record: SendRecord) -> str:
        """ "unknown" (105), "waiting" or "final", by the age of the send.

        The age counts from when the send is on record (``records_lag`` after it):
        before that, "unknown".
        """
        age = self.clock() - record.created - self.records_lag
        if age < 0 or age < self.status_delay / 3:
            return "unknown"
        return "waiting" if age < self.status_delay else "final"

    def _send_status(self, ctx: Ctx, q: dict[str, str]) -> SimResponse:
        ref = q.get("RefId", "")
        if not ref:
            return status_answer("851", ref, "Missing SMSID")
        record = self._own_send(ctx, ref)
        if record is None or self._phase(record) == "unknown":
            return status_answer("105", ref, "Not found")
        final = self._phase(record) == "final"
        failed = sum(fails_delivery(p) for p in record.phones) if final else 0
        sent = len(record.phones) - failed if final else 0
        # As the page's example: CodeResponse (not CodeResult), the SMSID, bare numbers.
        return json_answer(
            200,
            {
                "CodeResponse": "100",
                "SMSID": record.sms_id,
                "SendFailed": failed,
                "SendStatus": 5 if final else 2,
                "SendSuccess": sent,
                "TotalPrice": float(record.price),
                "TotalReceiver": len(record.phones),
                "TotalSent": sent + failed,
            },
        )

    def _receiver_status(self, ctx: Ctx, q: dict[str, str]) -> SimResponse:
        if not q.get("RefId"):
            return answer("851", "Missing SMSID")
        record = self._own_send(ctx, q["RefId"])
        if record is None or self._phase(record) == "unknown":
            return answer("105", "Not found")
        final = self._phase(record) == "final"
        receivers = [
            {
                "Phone": "84" + p[1:],
                "NetworkName": (normalize_phone(p).carrier or Carrier.VIETTEL).display_name,
                "IsSent": final,
                "SentResult": final and not fails_delivery(p),
                "Retry": 0,
            }
            for p in record.phones
        ]
        return answer("100", ReceiverList=receivers)

    def _zns_status(self, ctx: Ctx) -> SimResponse:
        """``QueryZnsStatus``: one ZNS by SMSID, asked as type 24 or 25 (no other type).

        As documented: ``Data`` with ``FinalStatus`` "1"/"0", ``ErrorInfo`` "0" sent,
        "1001" not online in time, null not sent yet; 851 missing SmsId, 854 nothing found.
        """
        sms_id = text_of(ctx.body.get("SmsId"))
        sms_type = text_of(ctx.body.get("SmsType"))
        if not sms_id:
            return answer("851", "Missing SmsId")
        record = self._own_send(ctx, sms_id)
        if (
            sms_type not in ("24", "25")
            or record is None
            or record.sms_type != sms_type
            or self._phase(record) == "unknown"
        ):
            return answer("854", "No data found")
        final = self._phase(record) == "final"
        failed = final and any(fails_delivery(p) for p in record.phones)
        data = {
            "ErrorInfo": ("1001" if failed else "0") if final else None,
            "FinalStatus": "1" if final else "0",
            "SMSID": record.sms_id,
            "SendFailed": 1 if failed else 0,
            "SendStatus": 5 if final else 2,
            "SendSuccess": 1 if final and not failed else 0,
            "TotalPrice": float(record.price),
            "TotalReceiver": len(record.phones),
            "TotalSent": len(record.phones) if final else 0,
            "ZaloMsgId": record.sms_id[:20],
        }
        return answer("100", Data=data)

    def _sent_data(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        try:
            start = from_esms(text_of(b.get("From")))
            end = from_esms(text_of(b.get("To")))
            page = max(1, int(text_of(b.get("Page")) or "1"))
            size = int(text_of(b.get("PageSize")) or "500")
        except ValueError:
            return answer("110", "Invalid date or paging")
        if not 1 <= size <= 500:
            return answer("110", "PageSize must be 1..500")
        sms_type = text_of(b.get("SmsType"))
        rows = []
        for record in self.sends.values():
            if record.api_key != ctx.account.api_key or record.sandbox:
                continue
            if sms_type and record.sms_type != sms_type:
                continue
            if not start <= record.created <= end or not self.on_record(record):
                continue
            final = self._phase(record) == "final"
            price = record.price / max(1, len(record.phones))
            for phone in record.phones:
                # The SMS part of a Zalo then SMS message reaches a number Zalo could not,
                # unless it fails too (simulator/fallback.py).
                failed = record.part_fails or (fails_delivery(phone) and not record.reference_id)
                result = ("0" if failed else "1") if final else "2"
                rows.append(
                    {
                        "Campaign": record.campaign,
                        "Content": record.content,
                        "Phone": "84" + phone[1:],
                        # The SMSID that the send returned, not the caller's RequestId.
                        "ReferenceId": record.reference_id or record.sms_id,
                        "SellPrice": float(price),
                        "SendResult": int(result),
                        "SendStatus": 5 if final else 2,
                        "SentTime": to_dotnet_date(record.created),
                        "SmsId": record.portal_id,
                        "SmsType": int(record.sms_type),
                    }
                )
        if not rows:
            # The code table lists 105 ("not found ... a message just sent cannot be
            # looked up at once") for this look-up: an empty range answers it.
            return answer("105", "Not found")
        chunk = rows[(page - 1) * size : page * size]
        return answer("100", CountTotal=len(rows), SentData=chunk)


def _number(value: str) -> int | str:
    """An id as the pages' examples write it: a bare number when it is all digits."""
    return int(value) if value.isdigit() else value
