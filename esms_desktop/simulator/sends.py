"""The simulator's send endpoints: SMS (customer care, fixed, advertising) and Zalo."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from esms_desktop.message.templates import matches
from esms_desktop.simulator.accounts import OaDef
from esms_desktop.simulator.base import (
    Ctx,
    PendingSms,
    SimResponse,
    SimulatorBase,
    answer,
    is_blocked,
    json_answer,
    text_of,
)
from esms_desktop.simulator.pricing import charged_parts, sent_as_unicode
from esms_desktop.telecom.carriers import Carrier, carrier_of
from esms_desktop.telecom.phones import normalize_phone


def _any(_value: str) -> bool:
    return True


def _is_date(value: str) -> bool:
    try:
        dt.datetime.strptime(value, "%d/%m/%Y")
    except ValueError:
        return False
    return re.fullmatch(r"\d{2}/\d{2}/\d{4}", value) is not None


#: ``RequireType`` rules of the "Hàm lấy danh sách template Zalo" page.
_TYPE_RULES: dict[str, Callable[[str], bool]] = {
    "type_text": _any,
    "type_number": lambda v: re.fullmatch(r"[0-9]{1,12}", v) is not None,
    "type_date": _is_date,
    "type_cta_url": lambda v: re.fullmatch(r"https?://[^\s/]+\S*", v) is not None,
}


class SendHandlers(SimulatorBase):
    @staticmethod
    def _reachable(raw: str) -> str | SimResponse:
        """The normalised number of a one-phone send, or the 108/99 answer."""
        phone = normalize_phone(raw)
        if not phone.ok or phone.number is None:
            return answer("108", "Phone invalid")
        if is_blocked(phone.number):
            return answer("99", "Phone blocked")
        return phone.number

    @staticmethod
    def _charset(body: dict[str, object]) -> str:
        """The charset flag as the page of the request's ``SmsType`` names it.

        Fixed number (8): both editions' tables name it ``Unicode`` (only the EN sample
        writes ``IsUnicode``), so that is the one read: the stricter reading, a client
        sending only ``IsUnicode`` is caught. The other pages: ``IsUnicode``.
        """
        field = "Unicode" if text_of(body.get("SmsType")) == "8" else "IsUnicode"
        return text_of(body.get(field))

    @classmethod
    def _unicode_ok(cls, body: dict[str, object], content: str, *, documented: bool = True) -> bool:
        """``IsUnicode`` is "có dấu": text with any non-ASCII letter must say 1.

        The advertising page documents no ``IsUnicode`` (``documented=False``):
        there only an explicit 0 with diacritics is refused.
        """
        flag = cls._charset(body)
        if content.isascii():
            return True
        return flag == "1" or (not documented and flag == "")

    def _send_single_sms(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        sms_type = text_of(b.get("SmsType"))
        if not sms_type:
            return answer("300", "Missing SmsType")
        if sms_type not in ("2", "8"):
            return answer("118", "SmsType not supported")
        request_id = text_of(b.get("RequestId"))
        problem = self._check_request_id(ctx, request_id) or self._check_send_date(b)
        if problem:
            return problem
        brandname = text_of(b.get("Brandname"))
        if sms_type == "2" and ctx.account.brandnames.get(brandname) != "2":
            return answer("104", "Brandname not found")
        raw_phone = text_of(b.get("Phone"))
        if "," in raw_phone or ";" in raw_phone:
            return answer("163" if sms_type == "8" else "108", "Only one phone per request")
        phone = normalize_phone(raw_phone)
        if not phone.ok or not raw_phone.replace("+", "").isdigit():
            return answer("108", "Phone invalid")
        assert phone.number is not None
        if is_blocked(phone.number):
            return answer("99", "Phone blocked")
        content = text_of(b.get("Content"))
        problem = self._content_problem(b, content)
        if problem is None and sms_type == "2":
            problem = self._care_template_problem(ctx, brandname, phone.carrier, content)
        if problem:
            return problem
        price = self._sms_price(ctx.account, sms_type, phone.carrier) * charged_parts(
            content, unicode=sent_as_unicode(self._charset(b), content)
        )
        sandbox = text_of(b.get("Sandbox")) == "1"
        if not self._charge(ctx.account, price, sandbox):
            return answer("103", "Balance not enough")
        sms_id = self._record(
            ctx,
            sms_type=sms_type,
            phones=[phone.number],
            content=content,
            price=price,
            sandbox=sandbox,
            request_id=request_id,
            channel="cskh" if sms_type == "2" else "fixed",
        )
        return answer("100", SMSID=sms_id)

    def _send_advertising(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        sms_type = text_of(b.get("SmsType"))
        if not sms_type:
            return answer("300", "Missing SmsType")
        if sms_type != "1":
            return answer("118", "SmsType not supported")
        request_id = text_of(b.get("RequestId"))
        problem = self._check_request_id(
            ctx, request_id, send_status=False
        ) or self._check_send_date(b)
        if problem:
            return problem
        if ctx.account.brandnames.get(text_of(b.get("Brandname"))) != "1":
            return answer("104", "Brandname not found")
        phones_raw = b.get("Phones")
        if isinstance(phones_raw, str):
            phones_raw = [p for p in phones_raw.split(",") if p.strip()]
        if not isinstance(phones_raw, list):
            return answer("108", "Phones invalid")
        unique = self._advertising_numbers(phones_raw)
        if isinstance(unique, SimResponse):
            return unique
        content = text_of(b.get("Content"))
        problem = self._content_problem(b, content, documented=False)
        if problem:
            return problem
        deliverable = [n for n in unique if not is_blocked(n)]
        parts = charged_parts(
            content, unicode=sent_as_unicode(text_of(b.get("IsUnicode")), content)
        )
        price = ctx.account.prices.advertising * parts * len(deliverable)
        sandbox = text_of(b.get("Sandbox")) == "1"
        if not self._charge(ctx.account, price, sandbox):
            return answer("103", "Balance not enough")
        sms_id = self._record(
            ctx,
            sms_type="1",
            phones=deliverable,
            content=content,
            price=price,
            sandbox=sandbox,
            request_id=request_id,
            channel="qc",
        )
        return answer("100", SMSID=sms_id)

    def _content_problem(
        self, body: dict[str, object], content: str, *, documented: bool = True
    ) -> SimResponse | None:
        """110 for an empty text, or one with diacritics sent as ``IsUnicode=0``."""
        if not content:
            return answer("110", "Content empty")
        if not self._unicode_ok(body, content, documented=documented):
            return answer("110", "Content has diacritics but IsUnicode is 0")
        return None

    def _care_template_problem(
        self, ctx: Ctx, brandname: str, carrier: Carrier | None, content: str
    ) -> SimResponse | None:
        """177 when the brandname has no template on the number's carrier, 146 when the text
        matches none of them: as the page shows it, with an ``SMSID`` (nothing is charged
        or sent under it)."""
        templates = [
            t for t in ctx.account.cskh_templates.get(brandname, []) if t.carrier is carrier
        ]
        if not templates:
            return answer("177", "Network not registered")
        if not any(matches(t.content, content) for t in templates):
            return answer("146", "Sai template Brandname CSKH", SMSID=self._new_sms_id())
        return None

    @staticmethod
    def _advertising_numbers(phones_raw: list[Any]) -> list[str] | SimResponse:
        """The distinct numbers of an advertising send (108, 107, 120 when not usable)."""
        numbers: list[str] = []
        for raw in phones_raw:
            result = normalize_phone(text_of(raw))
            if not result.ok or result.number is None:
                return answer("108", f"Phone invalid: {text_of(raw)}")
            numbers.append(result.number)
        unique = list(dict.fromkeys(numbers))
        if len(unique) < 30:
            return answer("107", "Phones less than 30")
        if len(unique) > 5000:
            return answer("120", "Phones over limit")
        return unique

    def _check_mode(self, ctx: Ctx, oa: OaDef) -> SimResponse | None:
        mode = text_of(ctx.body.get("SendingMode")) or "1"
        if mode not in ("1", "3"):
            return answer("110", "SendingMode invalid")
        if mode == "3" and "SendDate" in ctx.body:
            return answer("801", "Mode 3 cannot be scheduled")
        if mode == "3" and not oa.over_quota_allowed:
            return answer("802", "OA not allowed mode 3")
        return self._check_send_date(ctx.body)

    @staticmethod
    def _params_ok(oa: OaDef, temp_id: str, values: list[str] | dict[str, str]) -> bool:
        """Values in the template's order (a list) or by name, checked as GetTemplate documents."""
        spec = oa.templates[temp_id].params
        if isinstance(values, list):
            if len(values) != len(spec):
                return False
            values = {p.name: v for p, v in zip(spec, values, strict=True)}
        for p in spec:
            value = values.get(p.name, "")
            if not value:
                if p.required:
                    return False
                continue
            if not p.min_length <= len(value) <= p.limit:
                return False
            if not _TYPE_RULES.get(p.type, _any)(value):
                return False
        return True

    def _zalo_accept(
        self,
        ctx: Ctx,
        oa: OaDef,
        phone: str,
        request_id: str,
        content: str,
        sandbox: bool,
        channel: str = "zalo",
        sms_request_id: str = "",
    ) -> SimResponse:
        """Charge and record one ZNS (``sms_request_id``: the RequestId of its SMS part, for
        Zalo then SMS, remembered as well)."""
        price = ctx.account.prices.zalo
        if not self._charge(ctx.account, price, sandbox):
            return answer("103", "Balance not enough")
        if sms_request_id:
            self._remember(ctx.account.api_key, sms_request_id)
        if not sandbox:
            oa.remaining_quota = max(0, oa.remaining_quota - 1)
        sms_id = self._record(
            ctx,
            sms_type=self.zns_sms_type,
            phones=[phone],
            content=content,
            price=price,
            sandbox=sandbox,
            request_id=request_id,
            channel=channel,
        )
        return answer("100", SMSID=sms_id)

    def _send_zalo(self, ctx: Ctx) -> SimResponse:
        """``SendZaloMessage_V5_post``: ``TempData`` as ``[{"key": ..., "value": ...}]``."""
        return self._send_one_zns(ctx, v6=False)

    def _send_zalo_v6(self, ctx: Ctx) -> SimResponse:
        """``SendZaloMessage_V6``: ``TempData`` as one object, parameter name -> value."""
        return self._send_one_zns(ctx, v6=True)

    def _send_one_zns(self, ctx: Ctx, *, v6: bool) -> SimResponse:
        b = ctx.body
        temp_id = text_of(b.get("TempID"))
        oa = self._find_oa(ctx, text_of(b.get("OAID")), temp_id, sending=True)
        if isinstance(oa, SimResponse):
            return oa
        request_id = text_of(b.get("RequestId"))
        problem = self._check_request_id(ctx, request_id) or self._check_mode(ctx, oa)
        if problem:
            return problem
        phone = self._reachable(text_of(b.get("Phone")))
        if isinstance(phone, SimResponse):
            return phone
        data = b.get("TempData")
        if v6:
            if not isinstance(data, dict):
                return answer("790", "TempData invalid")
            values = {text_of(k): text_of(v) for k, v in data.items()}
        else:
            if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
                return answer("790", "TempData invalid")
            values = {text_of(d.get("key")): text_of(d.get("value")) for d in data}
        if not self._params_ok(oa, temp_id, values):
            return answer("790", "Template params invalid")
        return self._zalo_accept(
            ctx,
            oa,
            phone,
            request_id,
            json.dumps(values, ensure_ascii=False),
            text_of(b.get("Sandbox")) == "1",
        )

    def _send_zalo_bulk(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        temp_id = text_of(b.get("TempID"))
        oa = self._find_oa(ctx, text_of(b.get("OAID")), temp_id, sending=True)
        if isinstance(oa, SimResponse):
            return oa
        problem = self._check_mode(ctx, oa)
        if problem:
            return problem
        items = b.get("Data")
        if not isinstance(items, list) or not items:
            return answer("110", "Data invalid")
        if len(items) > 500:
            return answer("687", "Over 500 phones")
        sandbox = text_of(b.get("Sandbox")) == "1"
        details = [
            self._zalo_bulk_item(ctx, oa, temp_id, item if isinstance(item, dict) else {}, sandbox)
            for item in items
        ]
        success = sum(d["CodeResult"] == "100" for d in details)
        return json_answer(
            200,
            {
                "CodeResult": "100",
                "Message": "Sucess",
                "TotalFail": len(items) - success,
                "TotalSuccess": success,
                "detail": details,
            },
        )

    def _zalo_bulk_item(
        self, ctx: Ctx, oa: OaDef, temp_id: str, item: dict[str, Any], sandbox: bool
    ) -> dict[str, str]:
        """One number of a bulk ZNS send: its own code, as eSMS's detail list shows it."""
        raw_phone = text_of(item.get("Phone"))
        request_id = text_of(item.get("RequestId"))
        params = item.get("Params")
        phone = normalize_phone(raw_phone)
        code = "100"
        sms_id = ""
        if self._check_request_id(ctx, request_id) is not None:
            code = "124"
        elif not phone.ok or phone.number is None:
            code = "108"
        elif is_blocked(phone.number):
            code = "99"
        elif not isinstance(params, list) or not self._params_ok(
            oa, temp_id, [text_of(p) for p in params]
        ):
            code = "110"
        else:
            outcome = json.loads(
                self._zalo_accept(
                    ctx,
                    oa,
                    phone.number,
                    request_id,
                    json.dumps([text_of(p) for p in params], ensure_ascii=False),
                    sandbox,
                ).body
            )
            code, sms_id = outcome["CodeResult"], outcome.get("SMSID", "")
        # As the VN page shows it: a refused item has ErrorMessage instead of SMSID.
        # The number comes back as eSMS writes it (84...), not always as it was sent.
        shown = "84" + phone.number[1:] if phone.ok and phone.number else raw_phone
        detail: dict[str, str] = {"CodeResult": code, "Phone": shown}
        if code == "100":
            detail["SMSID"] = sms_id
        else:
            detail["ErrorMessage"] = _BULK_REFUSALS.get(code, "Send failed")
        return detail

    def _send_multichannel(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        data = b.get("Data")
        channels = b.get("Channels")
        if channels != ["zalo", "sms"] or not isinstance(data, list) or len(data) != 2:
            return answer("210", "Payload invalid")
        zalo, sms = (d if isinstance(d, dict) else {} for d in data)
        temp_id = text_of(zalo.get("TempID"))
        oa = self._find_oa(ctx, text_of(zalo.get("OAID")), temp_id, sending=True)
        if isinstance(oa, SimResponse):
            return oa
        request_id = text_of(zalo.get("RequestId"))
        # Each part carries its own RequestId (the page's sample gives two values) and the
        # page says nothing of how a repeat of either is met: the stricter reading, a
        # repeat of either one is refused.
        sms_request_id = text_of(sms.get("RequestId"))
        for rid in (request_id, sms_request_id):
            problem = self._check_request_id(ctx, rid)
            if problem:
                return problem
        phone = self._reachable(text_of(b.get("Phone")))
        if isinstance(phone, SimResponse):
            return phone
        params = zalo.get("Params")
        if not isinstance(params, list) or not self._params_ok(
            oa, temp_id, [text_of(p) for p in params]
        ):
            return answer("790", "Template params invalid")
        brandname = text_of(sms.get("Brandname"))
        if ctx.account.brandnames.get(brandname) != "2":
            return answer("104", "Brandname not found")
        content = text_of(sms.get("Content"))
        if not self._unicode_ok(sms, content):
            return answer("110", "Content has diacritics but IsUnicode is 0")
        if not any(
            matches(t.content, content)
            for t in ctx.account.cskh_templates.get(brandname, [])
            if t.carrier is carrier_of(phone)
        ):
            return answer("146", "Template not match")
        sandbox = text_of(zalo.get("Sandbox")) == "1"
        accepted = self._zalo_accept(
            ctx, oa, phone, request_id, content, sandbox, "zalo-sms", sms_request_id
        )
        sms_id = json.loads(accepted.body).get("SMSID", "")
        if sms_id and not sandbox:
            # Sent only if the ZNS fails (simulator/fallback.py).
            self.pending_sms[sms_id] = PendingSms(
                sms_id,
                ctx.account.api_key,
                phone,
                brandname,
                content,
                self._charset(sms),
                sms_request_id,
                self.sends[sms_id].campaign,
            )
        return accepted


#: The words a bulk Zalo answer gives a refused item (the VN page's 108 sample, and ours).
_BULK_REFUSALS = {
    "108": "The phone number is not valid.",
    "99": "The phone number is blocked.",
    "110": "Template params invalid",
    "124": "Request exist",
}
