"""A strict, in-memory stand-in for the eSMS REST API.

``EsmsSimulator.handle`` takes a method, a path under the base URL, the query
and the body, and answers like eSMS does, with the documented result codes.
It keeps balances, RequestIds (24 h), sends and their delivery status, and a
record of every message it accepted so tests can prove exactly-once delivery.

Simulator rules beyond the documentation (so tests and the demo can rely on
them): a number whose last four digits are ``0099`` is blocked (99); about
one number in twenty fails delivery (decided by a hash of the number); a
status look-up answers 105 for the first third of ``status_delay`` seconds,
"waiting" until ``status_delay``, then the final result. A RequestId is only
remembered when its request was accepted, so a refused message can be sent
again with the same id once the problem is fixed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from esms_desktop.carriers import Carrier
from esms_desktop.phones import normalize_phone
from esms_desktop.simulator.accounts import Account, OaDef, demo_account
from esms_desktop.sms_text import measure
from esms_desktop.templates import matches
from esms_desktop.vntime import from_esms, to_esms

REQUEST_ID_TTL = 24 * 3600
MAX_REQUEST_ID = 50

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SimResponse:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"


@dataclass(frozen=True, slots=True)
class AcceptedMessage:
    """One message the simulator accepted (one phone of a batch each)."""

    request_id: str
    phone: str
    channel: str
    sms_id: str
    sandbox: bool
    content: str
    at: float


@dataclass
class SendRecord:
    sms_id: str
    api_key: str
    sms_type: str
    phones: list[str]
    content: str
    price: Decimal
    created: float
    sandbox: bool
    campaign: str
    request_id: str


@dataclass
class _Ctx:
    account: Account
    body: Json = field(default_factory=dict)


def _json(status: int, body: Mapping[str, Any]) -> SimResponse:
    return SimResponse(status, json.dumps(body, ensure_ascii=False).encode())


def _code(code: str, message: str = "", **extra: Any) -> SimResponse:
    body: Json = {"CodeResult": code, "CountRegenerate": 0}
    if message:
        body["ErrorMessage"] = message
    body.update(extra)
    return _json(200, body)


def _s(value: Any) -> str:
    return "" if value is None else str(value).strip()


def fails_delivery(phone: str) -> bool:
    """The simulator's rule for numbers whose delivery fails (about 5%)."""
    return hashlib.sha256(phone.encode()).digest()[0] % 20 == 0


def is_blocked(phone: str) -> bool:
    return phone.endswith("0099")


class EsmsSimulator:
    """The simulated service. Thread-safe: one lock around each request."""

    def __init__(
        self,
        accounts: list[Account] | None = None,
        *,
        clock: Callable[[], float] = time.time,
        status_delay: float = 6.0,
    ) -> None:
        self.accounts = {a.api_key: a for a in (accounts or [demo_account()])}
        self.clock = clock
        self.status_delay = status_delay
        self.lock = threading.RLock()
        self.accepted: list[AcceptedMessage] = []
        self.sends: dict[str, SendRecord] = {}
        self._request_ids: dict[tuple[str, str], float] = {}
        self._ids = itertools.count(1)
        self.request_count = 0

    # ------------------------------------------------------------------ helpers for tests

    def accepted_phones(self, *, include_sandbox: bool = True) -> list[str]:
        with self.lock:
            return [a.phone for a in self.accepted if include_sandbox or not a.sandbox]

    def account(self, api_key: str) -> Account:
        return self.accounts[api_key]

    # ------------------------------------------------------------------ dispatch

    def handle(self, method: str, path: str, query: Mapping[str, str], body: bytes) -> SimResponse:
        with self.lock:
            self.request_count += 1
            return self._dispatch(method.upper(), path.strip("/"), dict(query), body)

    def _dispatch(self, method: str, path: str, query: dict[str, str], raw: bytes) -> SimResponse:
        if path.startswith("GetListBrandname/"):
            if method != "GET":
                return _not_allowed()
            parts = path.split("/")
            if len(parts) != 3:
                return _not_found()
            return self._with_account(parts[1], parts[2], self._brandnames, {})
        get_routes: dict[str, Callable[[_Ctx, dict[str, str]], SimResponse]] = {
            "GetZnsTemplateInfo": self._zns_template_info,
            "SummaryMultipleMessage_V4_get": self._estimate_cskh,
            "GetSendStatus": self._send_status,
            "GetSmsReceiverStatus_get": self._receiver_status,
        }
        post_routes: dict[str, Callable[[_Ctx], SimResponse]] = {
            "SendMultipleMessage_V4_post_json": self._send_single_sms,
            "SendMultipleSMSBrandname_json": self._send_advertising,
            "SendZaloMessage_V5_post": self._send_zalo,
            "Send_zns_bulk_v4_post_json": self._send_zalo_bulk,
            "MultiChannelMessage": self._send_multichannel,
            "GetBalance_json": self._balance,
            "GetTemplate": self._templates,
            "ZNS/GetListZOA": self._oas,
            "ZNS/GetQuota": self._quota,
            "SummaryZaloMessage_V4_post_json": self._estimate_zalo,
            "GetSmsSentData_V2": self._sent_data,
        }
        if path in get_routes:
            if method != "GET":
                return _not_allowed()
            handler = get_routes[path]
            return self._with_account(
                query.get("ApiKey", ""), query.get("SecretKey", ""), handler, query
            )
        if path == "SummaryMultipleSMSBrandname":
            return self._estimate_advertising(raw) if method == "POST" else _not_allowed()
        if path in post_routes:
            if method != "POST":
                return _not_allowed()
            try:
                body = json.loads(raw or b"null")
            except ValueError:
                return _json(200, {"error": "Invalid request"})
            if not isinstance(body, dict):
                return _json(200, {"error": "Invalid request"})
            account = self._auth(_s(body.get("ApiKey")), _s(body.get("SecretKey")))
            if account is None:
                return _code("101", "Authorize Failed")
            return post_routes[path](_Ctx(account, body))
        return _not_found()

    def _auth(self, api_key: str, secret: str) -> Account | None:
        account = self.accounts.get(api_key)
        if account is None or account.secret_key != secret:
            return None
        return account

    def _with_account(
        self,
        api_key: str,
        secret: str,
        handler: Callable[[_Ctx, dict[str, str]], SimResponse],
        query: dict[str, str],
    ) -> SimResponse:
        account = self._auth(api_key, secret)
        if account is None:
            return _code("101", "Authorize Failed")
        return handler(_Ctx(account), query)

    def _new_sms_id(self) -> str:
        n = next(self._ids)
        return f"{hashlib.md5(str(n).encode(), usedforsecurity=False).hexdigest()[:8]}-sim-{n:08d}"

    # ------------------------------------------------------------------ request ids

    def _seen(self, api_key: str, request_id: str) -> bool:
        at = self._request_ids.get((api_key, request_id))
        return at is not None and self.clock() - at < REQUEST_ID_TTL

    def _remember(self, api_key: str, request_id: str) -> None:
        self._request_ids[(api_key, request_id)] = self.clock()

    def _check_request_id(self, ctx: _Ctx, request_id: str) -> SimResponse | None:
        if len(request_id) > MAX_REQUEST_ID:
            return _code("110", "RequestId too long")
        if request_id and self._seen(ctx.account.api_key, request_id):
            return _code("124", "Request exist 1", SendStatus="5")
        return None

    @staticmethod
    def _check_send_date(value: str) -> SimResponse | None:
        if not value:
            return None
        try:
            from_esms(value)
        except ValueError:
            return _code("110", "SendDate invalid")
        return None

    # ------------------------------------------------------------------ charging

    def _charge(self, account: Account, amount: Decimal, sandbox: bool) -> bool:
        """Take ``amount`` from the balance; False (nothing taken) when too low."""
        if sandbox:
            return True
        if account.balance < amount:
            return False
        account.balance -= amount
        return True

    def _record(
        self,
        ctx: _Ctx,
        *,
        sms_type: str,
        phones: list[str],
        content: str,
        price: Decimal,
        sandbox: bool,
        request_id: str,
        channel: str,
    ) -> str:
        sms_id = self._new_sms_id()
        now = self.clock()
        if request_id:
            self._remember(ctx.account.api_key, request_id)
        self.sends[sms_id] = SendRecord(
            sms_id,
            ctx.account.api_key,
            sms_type,
            phones,
            content,
            price,
            now,
            sandbox,
            _s(ctx.body.get("campaignid")),
            request_id,
        )
        for phone in phones:
            self.accepted.append(
                AcceptedMessage(request_id, phone, channel, sms_id, sandbox, content, now)
            )
        return sms_id

    # ------------------------------------------------------------------ SMS sends

    def _sms_price(self, account: Account, sms_type: str, carrier: Carrier | None) -> Decimal:
        p = account.prices
        if sms_type == "1":
            return p.advertising
        if sms_type == "8":
            return p.fixed_number
        return p.customer_care_viettel if carrier is Carrier.VIETTEL else p.customer_care

    def _send_single_sms(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        sms_type = _s(b.get("SmsType"))
        if not sms_type:
            return _code("300", "Missing SmsType")
        if sms_type not in ("2", "8"):
            return _code("118", "SmsType not supported")
        request_id = _s(b.get("RequestId"))
        problem = self._check_request_id(ctx, request_id) or self._check_send_date(
            _s(b.get("SendDate"))
        )
        if problem:
            return problem
        brandname = _s(b.get("Brandname"))
        if sms_type == "2" and ctx.account.brandnames.get(brandname) != "2":
            return _code("104", "Brandname not found")
        raw_phone = _s(b.get("Phone"))
        if "," in raw_phone or ";" in raw_phone:
            return _code("163" if sms_type == "8" else "108", "Only one phone per request")
        phone = normalize_phone(raw_phone)
        if not phone.ok or not raw_phone.replace("+", "").isdigit():
            return _code("108", "Phone invalid")
        assert phone.number is not None
        if is_blocked(phone.number):
            return _code("99", "Phone blocked")
        content = _s(b.get("Content"))
        if not content:
            return _code("110", "Content empty")
        if sms_type == "2":
            templates = [
                t
                for t in ctx.account.cskh_templates.get(brandname, [])
                if t.carrier is phone.carrier
            ]
            if not templates:
                return _code("177", "Network not registered")
            if not any(matches(t.content, content) for t in templates):
                return _code("146", "Template not match")
        price = self._sms_price(ctx.account, sms_type, phone.carrier) * measure(content).parts
        sandbox = _s(b.get("Sandbox")) == "1"
        if not self._charge(ctx.account, price, sandbox):
            return _code("103", "Balance not enough")
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
        return _code("100", SMSID=sms_id)

    def _send_advertising(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        sms_type = _s(b.get("SmsType"))
        if not sms_type:
            return _code("300", "Missing SmsType")
        if sms_type != "1":
            return _code("118", "SmsType not supported")
        request_id = _s(b.get("RequestId"))
        problem = self._check_request_id(ctx, request_id) or self._check_send_date(
            _s(b.get("SendDate"))
        )
        if problem:
            return problem
        if ctx.account.brandnames.get(_s(b.get("Brandname"))) != "1":
            return _code("104", "Brandname not found")
        phones_raw = b.get("Phones")
        if isinstance(phones_raw, str):
            phones_raw = [p for p in phones_raw.split(",") if p.strip()]
        if not isinstance(phones_raw, list):
            return _code("108", "Phones invalid")
        numbers: list[str] = []
        for raw in phones_raw:
            result = normalize_phone(_s(raw))
            if not result.ok or result.number is None:
                return _code("108", f"Phone invalid: {_s(raw)}")
            numbers.append(result.number)
        unique = list(dict.fromkeys(numbers))
        if len(unique) < 30:
            return _code("107", "Phones less than 30")
        if len(unique) > 5000:
            return _code("120", "Phones over limit")
        content = _s(b.get("Content"))
        if not content:
            return _code("110", "Content empty")
        deliverable = [n for n in unique if not is_blocked(n)]
        price = ctx.account.prices.advertising * measure(content).parts * len(deliverable)
        sandbox = _s(b.get("Sandbox")) == "1"
        if not self._charge(ctx.account, price, sandbox):
            return _code("103", "Balance not enough")
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
        return _code("100", SMSID=sms_id)

    # ------------------------------------------------------------------ Zalo sends

    def _find_oa(self, ctx: _Ctx, oaid: str, temp_id: str) -> SimResponse | OaDef:
        if not oaid or not temp_id:
            return _code("791", "Missing OAID or TempID")
        oa = ctx.account.oas.get(oaid)
        if oa is None:
            known = any(oaid in a.oas for a in self.accounts.values())
            return _code("799" if known else "204", "OAID invalid")
        if not oa.active:
            return _code("799", "OAID not active")
        if temp_id not in oa.templates:
            return _code("789", "Template not configured for OA")
        return oa

    def _check_mode(self, ctx: _Ctx, oa: OaDef) -> SimResponse | None:
        mode = _s(ctx.body.get("SendingMode")) or "1"
        if mode not in ("1", "3"):
            return _code("110", "SendingMode invalid")
        if mode == "3" and _s(ctx.body.get("SendDate")):
            return _code("801", "Mode 3 cannot be scheduled")
        if mode == "3" and not oa.over_quota_allowed:
            return _code("802", "OA not allowed mode 3")
        return self._check_send_date(_s(ctx.body.get("SendDate")))

    @staticmethod
    def _params_ok(oa: OaDef, temp_id: str, values: list[str] | dict[str, str]) -> bool:
        spec = oa.templates[temp_id].params
        if isinstance(values, list):
            if len(values) != len(spec):
                return False
            values = {name: v for (name, _, _), v in zip(spec, values, strict=True)}
        for name, limit, required in spec:
            value = values.get(name, "")
            if (required and not value) or len(value) > limit:
                return False
        return True

    def _zalo_accept(
        self,
        ctx: _Ctx,
        oa: OaDef,
        phone: str,
        request_id: str,
        content: str,
        sandbox: bool,
        channel: str = "zalo",
    ) -> SimResponse:
        price = ctx.account.prices.zalo
        if not self._charge(ctx.account, price, sandbox):
            return _code("103", "Balance not enough")
        if not sandbox:
            oa.remaining_quota = max(0, oa.remaining_quota - 1)
        sms_id = self._record(
            ctx,
            sms_type="24",
            phones=[phone],
            content=content,
            price=price,
            sandbox=sandbox,
            request_id=request_id,
            channel=channel,
        )
        return _code("100", SMSID=sms_id)

    def _send_zalo(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        temp_id = _s(b.get("TempID"))
        oa = self._find_oa(ctx, _s(b.get("OAID")), temp_id)
        if isinstance(oa, SimResponse):
            return oa
        request_id = _s(b.get("RequestId"))
        problem = self._check_request_id(ctx, request_id) or self._check_mode(ctx, oa)
        if problem:
            return problem
        phone = normalize_phone(_s(b.get("Phone")))
        if not phone.ok or phone.number is None:
            return _code("108", "Phone invalid")
        if is_blocked(phone.number):
            return _code("99", "Phone blocked")
        data = b.get("TempData")
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            return _code("790", "TempData invalid")
        values = {_s(d.get("key")): _s(d.get("value")) for d in data}
        if not self._params_ok(oa, temp_id, values):
            return _code("790", "Template params invalid")
        return self._zalo_accept(
            ctx,
            oa,
            phone.number,
            request_id,
            json.dumps(values, ensure_ascii=False),
            _s(b.get("Sandbox")) == "1",
        )

    def _send_zalo_bulk(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        temp_id = _s(b.get("TempID"))
        oa = self._find_oa(ctx, _s(b.get("OAID")), temp_id)
        if isinstance(oa, SimResponse):
            return oa
        problem = self._check_mode(ctx, oa)
        if problem:
            return problem
        items = b.get("Data")
        if not isinstance(items, list) or not items:
            return _code("110", "Data invalid")
        if len(items) > 500:
            return _code("687", "Over 500 phones")
        sandbox = _s(b.get("Sandbox")) == "1"
        details = []
        success = 0
        for item in items:
            item = item if isinstance(item, dict) else {}
            raw_phone = _s(item.get("Phone"))
            request_id = _s(item.get("RequestId"))
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
                oa, temp_id, [_s(p) for p in params]
            ):
                code = "110"
            else:
                answer = json.loads(
                    self._zalo_accept(
                        ctx,
                        oa,
                        phone.number,
                        request_id,
                        json.dumps([_s(p) for p in params], ensure_ascii=False),
                        sandbox,
                    ).body
                )
                code, sms_id = answer["CodeResult"], answer.get("SMSID", "")
            success += code == "100"
            details.append({"CodeResult": code, "Phone": raw_phone, "SMSID": sms_id})
        return _code("100", TotalSuccess=success, detail=details)

    def _send_multichannel(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        data = b.get("Data")
        channels = b.get("Channels")
        if channels != ["zalo", "sms"] or not isinstance(data, list) or len(data) != 2:
            return _code("210", "Payload invalid")
        zalo, sms = (d if isinstance(d, dict) else {} for d in data)
        temp_id = _s(zalo.get("TempID"))
        oa = self._find_oa(ctx, _s(zalo.get("OAID")), temp_id)
        if isinstance(oa, SimResponse):
            return oa
        request_id = _s(zalo.get("RequestId"))
        problem = self._check_request_id(ctx, request_id)
        if problem:
            return problem
        phone = normalize_phone(_s(b.get("Phone")))
        if not phone.ok or phone.number is None:
            return _code("108", "Phone invalid")
        if is_blocked(phone.number):
            return _code("99", "Phone blocked")
        params = zalo.get("Params")
        if not isinstance(params, list) or not self._params_ok(
            oa, temp_id, [_s(p) for p in params]
        ):
            return _code("790", "Template params invalid")
        brandname = _s(sms.get("Brandname"))
        if ctx.account.brandnames.get(brandname) != "2":
            return _code("104", "Brandname not found")
        content = _s(sms.get("Content"))
        if not any(
            matches(t.content, content)
            for t in ctx.account.cskh_templates.get(brandname, [])
            if t.carrier is phone.carrier
        ):
            return _code("146", "Template not match")
        return self._zalo_accept(
            ctx,
            oa,
            phone.number,
            request_id,
            content,
            _s(zalo.get("Sandbox")) == "1",
            channel="zalo-sms",
        )

    # ------------------------------------------------------------------ account look-ups

    def _balance(self, ctx: _Ctx) -> SimResponse:
        a = ctx.account
        return _json(200, {"Balance": int(a.balance), "CodeResponse": "100", "UserID": a.user_id})

    def _brandnames(self, ctx: _Ctx, _q: dict[str, str]) -> SimResponse:
        brands = [{"Brandname": n, "Type": t} for n, t in ctx.account.brandnames.items()]
        return _code("100", ListBrandName=brands)

    def _templates(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        sms_type = _s(b.get("SmsType"))
        if sms_type == "2":
            brandname = _s(b.get("Brandname"))
            if brandname not in ctx.account.brandnames:
                return _code("104", "Brandname not found")
            templates = [
                {"NetworkID": str(t.carrier.value), "TempContent": t.content, "TempId": t.temp_id}
                for t in ctx.account.cskh_templates.get(brandname, [])
            ]
            return _code("100", BrandnameTemplates=templates)
        if sms_type in ("24", "25"):
            oa = self._find_oa(ctx, _s(b.get("OAId")), "-")
            if isinstance(oa, SimResponse) and json.loads(oa.body)["CodeResult"] != "789":
                return oa
            oa_def = ctx.account.oas[_s(b.get("OAId"))]
            zns: list[Json] = [
                {
                    "TempId": t.temp_id,
                    "TempName": t.name,
                    "TempContent": t.content,
                    "ZNSTempDetail": [
                        {
                            "Param": n,
                            "Limit": str(limit),
                            "ParamLevel": "1",
                            "RequireType": "1" if req else "0",
                        }
                        for n, limit, req in t.params
                    ],
                }
                for t in oa_def.templates.values()
            ]
            return _code("100", ZNSTemplates=zns)
        return _code("118" if sms_type else "300", "SmsType invalid")

    def _oas(self, ctx: _Ctx) -> SimResponse:
        oas = [{"OAID": o.oaid, "OAName": o.name} for o in ctx.account.oas.values()]
        return _code("100", ZOAList=oas)

    def _quota(self, ctx: _Ctx) -> SimResponse:
        oaid = _s(ctx.body.get("OAID"))
        oa = ctx.account.oas.get(oaid)
        if oa is None:
            return _code("204", "OAID not found")
        return _code("100", DailyQuota=oa.daily_quota, RemainingQuota=oa.remaining_quota)

    def _zns_template_info(self, ctx: _Ctx, q: dict[str, str]) -> SimResponse:
        temp_id = q.get("TemplateId", "")
        oa = self._find_oa(ctx, q.get("OAId", ""), temp_id)
        if isinstance(oa, SimResponse):
            return oa
        t = oa.templates[temp_id]
        params = [
            {
                "Name": n,
                "MaxLength": limit,
                "MinLength": 1 if req else 0,
                "Require": req,
                "AcceptNull": not req,
                "Type": "STRING",
            }
            for n, limit, req in t.params
        ]
        data = {
            "TemplateId": t.temp_id,
            "TemplateName": t.name,
            "Status": "ENABLE",
            "TemplateTag": "TRANSACTION",
            "ListParams": params,
            "Price": str(ctx.account.prices.zalo),
        }
        return _code("100", Data=data)

    # ------------------------------------------------------------------ estimates

    def _estimate_cskh(self, ctx: _Ctx, q: dict[str, str]) -> SimResponse:
        sms_type = q.get("SmsType", "2")
        phones = [p for p in q.get("Phone", "").split(",") if p.strip()]
        numbers = [normalize_phone(p) for p in phones]
        if not numbers or not all(n.ok for n in numbers):
            return _code("108", "Phone invalid")
        parts = measure(q.get("Content", "")).parts
        total = sum(
            (self._sms_price(ctx.account, sms_type, n.carrier) * parts for n in numbers),
            Decimal(0),
        )
        return _code("100", TotalPrice=int(total), TotalReceiver=len(numbers))

    def _estimate_advertising(self, raw: bytes) -> SimResponse:
        try:
            root = ET.fromstring(raw)  # noqa: S314 - our own loopback simulator input
        except ET.ParseError:
            return _json(200, {"error": "Invalid request"})
        account = self._auth(root.findtext("APIKEY", ""), root.findtext("SECRETKEY", ""))
        if account is None:
            return _code("101", "Authorize Failed")
        phones = [p.text or "" for p in root.iter("PHONE")]
        numbers = {normalize_phone(p).number for p in phones} - {None}
        parts = measure(root.findtext("CONTENT", "")).parts
        total = account.prices.advertising * parts * len(numbers)
        return _code("100", TotalPrice=int(total), TotalReceiver=len(numbers))

    def _estimate_zalo(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        oa = self._find_oa(ctx, _s(b.get("OAID")), _s(b.get("TempID")))
        if isinstance(oa, SimResponse):
            return oa
        phones = [p for p in _s(b.get("Phone")).split(",") if p.strip()]
        if not phones or not all(normalize_phone(p).ok for p in phones):
            return _code("108", "Phone invalid")
        total = ctx.account.prices.zalo * len(phones)
        return _code("100", TotalPrice=int(total), TotalReceiver=len(phones))

    # ------------------------------------------------------------------ status

    def _own_send(self, ctx: _Ctx, sms_id: str) -> SendRecord | None:
        record = self.sends.get(sms_id)
        if record is None or record.api_key != ctx.account.api_key or record.sandbox:
            return None
        return record

    def _phase(self, record: SendRecord) -> str:
        """ "unknown" (105), "waiting" or "final", by the age of the send."""
        age = self.clock() - record.created
        if age < self.status_delay / 3:
            return "unknown"
        return "waiting" if age < self.status_delay else "final"

    def _send_status(self, ctx: _Ctx, q: dict[str, str]) -> SimResponse:
        if not q.get("RefId"):
            return _code("851", "Missing SMSID")
        record = self._own_send(ctx, q["RefId"])
        if record is None or self._phase(record) == "unknown":
            return _code("105", "Not found")
        final = self._phase(record) == "final"
        failed = sum(fails_delivery(p) for p in record.phones) if final else 0
        sent = len(record.phones) - failed if final else 0
        return _code(
            "100",
            SendStatus="5" if final else "2",
            SendSuccess=sent,
            SendFailed=failed,
            TotalPrice=int(record.price),
            TotalReceiver=len(record.phones),
            TotalSent=sent + failed,
        )

    def _receiver_status(self, ctx: _Ctx, q: dict[str, str]) -> SimResponse:
        if not q.get("RefId"):
            return _code("851", "Missing SMSID")
        record = self._own_send(ctx, q["RefId"])
        if record is None or self._phase(record) == "unknown":
            return _code("105", "Not found")
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
        return _code("100", ReceiverList=receivers)

    def _sent_data(self, ctx: _Ctx) -> SimResponse:
        b = ctx.body
        try:
            start = from_esms(_s(b.get("From")))
            end = from_esms(_s(b.get("To")))
            page = max(1, int(_s(b.get("Page")) or "1"))
            size = int(_s(b.get("PageSize")) or "500")
        except ValueError:
            return _code("110", "Invalid date or paging")
        if not 1 <= size <= 500:
            return _code("110", "PageSize must be 1..500")
        sms_type = _s(b.get("SmsType"))
        rows = []
        for record in self.sends.values():
            if record.api_key != ctx.account.api_key or record.sandbox:
                continue
            if sms_type and record.sms_type != sms_type:
                continue
            if not start <= record.created <= end:
                continue
            final = self._phase(record) == "final"
            for phone in record.phones:
                result = ("0" if fails_delivery(phone) else "1") if final else "2"
                rows.append(
                    {
                        "Phone": "84" + phone[1:],
                        "Content": record.content,
                        "ReferenceId": record.request_id,
                        "SellPrice": int(record.price),
                        "SendResult": result,
                        "SendStatus": "5" if final else "2",
                        "SentTime": to_esms(record.created),
                        "Campaign": record.campaign,
                    }
                )
        chunk = rows[(page - 1) * size : page * size]
        return _code("100", SentData=chunk, Total=len(rows))


def _not_found() -> SimResponse:
    return SimResponse(404, b"<html><body>Endpoint not found.</body></html>", "text/html")


def _not_allowed() -> SimResponse:
    return SimResponse(405, b"<html><body>Method not allowed.</body></html>", "text/html")
