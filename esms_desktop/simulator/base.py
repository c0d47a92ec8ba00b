"""The simulator's state and the helpers every endpoint handler shares."""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from esms_desktop.base.vntime import from_esms, vietnam_day
from esms_desktop.base.vntime import now as app_now
from esms_desktop.simulator.accounts import Account, OaDef, demo_account
from esms_desktop.telecom.carriers import Carrier

REQUEST_ID_TTL = 24 * 3600
#: How long eSMS blocks a repeated RequestId. The customer-care page says "trong
#: ngày" (within the Vietnam calendar day), other pages "24h": "day" is the
#: stricter reading for our safety (a retry after midnight is sent again).
REQUEST_ID_WINDOWS = ("day", "24h")
MAX_REQUEST_ID = 50
#: The ``SmsType`` values a Zalo message may be filed under in eSMS's look-ups:
#: 24 "Zalo ưu tiên", 25 "Zalo bình thường" (GetSmsSentData_V2, QueryZnsStatus). No
#: send page says which one a ZNS gets: the simulator files under one of them
#: (``zns_sms_type``), so a test can prove the app finds either.
ZNS_SMS_TYPES = ("24", "25")
#: How long (seconds) an accepted message stays out of eSMS's look-ups by default.
#: eSMS documents no delay, only that a message just sent cannot be looked up yet
#: (105): the simulator never makes records instant, so that no test relies on it.
RECORDS_LAG = 3 * 60

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
    #: eSMS's numeric id of the message in its web portal (``SmsId``).
    portal_id: int = 0
    #: ``SendDate`` as the request gave it ("" = send now).
    send_date: str = ""
    #: The SMSID the caller was given, when this record is the SMS part of a Zalo then
    #: SMS message (its own id is never returned to anyone); "" for a send of its own.
    reference_id: str = ""
    #: Such an SMS part did not reach the phone either (:func:`sms_part_fails`).
    part_fails: bool = False


@dataclass
class PendingSms:
    """The SMS part of an accepted ``MultiChannelMessage``: sent if its ZNS fails."""

    zns_id: str
    api_key: str
    phone: str
    brandname: str
    content: str
    is_unicode: str
    request_id: str
    campaign: str


@dataclass
class Ctx:
    account: Account
    body: Json = field(default_factory=dict)


def json_answer(status: int, body: Mapping[str, Any]) -> SimResponse:
    return SimResponse(status, json.dumps(body, ensure_ascii=False).encode())


def answer(code: str, message: str = "", **extra: Any) -> SimResponse:
    body: Json = {"CodeResult": code, "CountRegenerate": 0}
    if message:
        body["ErrorMessage"] = message
    body.update(extra)
    return json_answer(200, body)


def status_answer(code: str, sms_id: str, message: str = "") -> SimResponse:
    """A ``GetSendStatus`` answer other than 100: its page's shape, ``CodeResponse`` and
    the ``SMSID`` asked about (its 101 example has no ``ErrorMessage``)."""
    body: Json = {"CodeResponse": code, "SMSID": sms_id}
    if message:
        body["ErrorMessage"] = message
    return json_answer(200, body)


def unauthorised(
    path: str, query: Mapping[str, str], code: str = "101", message: str = "Authorize Failed"
) -> SimResponse:
    """101 (or another account-wide refusal), in the shape the endpoint's page shows its
    101 (most: ``CodeResult`` and words; the brandnames page too, though its 100 says
    ``CodeResponse``)."""
    if path == "GetBalance_json":
        return json_answer(200, {"Balance": 0, "CodeResponse": code, "ErrorMessage": message})
    if path == "GetSendStatus":
        return status_answer(code, query.get("RefId", ""))
    return answer(code, message)


#: The calls that send a message (code 140: "IP chưa được whitelist để gửi tin").
SEND_PATHS = frozenset(
    {
        "SendMultipleMessage_V4_post_json",
        "SendMultipleSMSBrandname_json",
        "SendZaloMessage_V5_post",
        "SendZaloMessage_V6",
        "Send_zns_bulk_v4_post_json",
        "MultiChannelMessage",
    }
)
#: The calls that need the account's price list (code 102: "Không có bảng giá").
PRICED_PATHS = SEND_PATHS | {
    "SummaryMultipleMessage_V4_get",
    "SummaryMultipleSMSBrandname",
    "SummaryZaloMessage_V4_post_json",
}
_STATE_REFUSALS = {
    # state: (code, the calls refused, the words of the code table)
    "locked": ("143", None, "Account is not activated or locked"),
    "ip_not_whitelisted": ("140", SEND_PATHS, "IP is not whitelisted"),
    "no_price_list": ("102", PRICED_PATHS, "No price list available"),
}


def account_refusal(account: Account, path: str, query: Mapping[str, str]) -> SimResponse | None:
    """The refusal an account in an account-wide state (143, 140, 102) gets for ``path``."""
    refusal = _STATE_REFUSALS.get(account.state)
    if refusal is None:
        return None
    code, paths, message = refusal
    if paths is not None and path not in paths:
        return None
    return unauthorised(path, query, code, message)


def text_of(value: Any) -> str:
    return "" if value is None else str(value).strip()


def fails_delivery(phone: str) -> bool:
    """The simulator's rule for numbers whose delivery fails (about 5%)."""
    return hashlib.sha256(phone.encode()).digest()[0] % 20 == 0


def sms_part_fails(phone: str, rate: float) -> bool:
    """Whether the SMS part of a Zalo then SMS message to ``phone`` fails too, for a share
    ``rate`` (0 to 1) of the numbers, by another hash of the number than
    :func:`fails_delivery`'s: a phone switched off gets neither."""
    return hashlib.sha256(b"sms-part:" + phone.encode()).digest()[0] < rate * 256


def is_blocked(phone: str) -> bool:
    return phone.endswith("0099")


class SimulatorBase:
    """State (accounts, RequestIds, sends, the record of accepted messages) and helpers."""

    def __init__(
        self,
        accounts: list[Account] | None = None,
        *,
        clock: Callable[[], float] = app_now,
        status_delay: float = 6.0,
        request_id_window: str = "day",
        records_lag: float = RECORDS_LAG,
        zns_sms_type: str = "24",
    ) -> None:
        if request_id_window not in REQUEST_ID_WINDOWS:
            raise ValueError(f"request_id_window must be one of {REQUEST_ID_WINDOWS}")
        if zns_sms_type not in ZNS_SMS_TYPES:
            raise ValueError(f"zns_sms_type must be one of {ZNS_SMS_TYPES}")
        self.zns_sms_type = zns_sms_type
        self.accounts = {a.api_key: a for a in (accounts or [demo_account()])}
        #: The simulator's time; tests move it (``sim.clock = lambda: ...``).
        self.clock = clock
        self.request_id_window = request_id_window
        self.status_delay = status_delay
        if records_lag < 0:
            raise ValueError("records_lag must not be negative")
        #: Seconds (by :attr:`clock`) before an accepted message shows in the look-ups:
        #: ``GetSmsSentData_V2``, ``GetSendStatus``, ``GetSmsReceiverStatus_get``.
        self.records_lag = records_lag
        self.lock = threading.RLock()
        self.accepted: list[AcceptedMessage] = []
        self.sends: dict[str, SendRecord] = {}
        #: SMS parts of Zalo then SMS messages, by the SMSID of their ZNS, not yet decided.
        self.pending_sms: dict[str, PendingSms] = {}
        #: The share of those SMS parts that do not reach the phone either (0 to 1).
        self.sms_part_fails = 0.0
        self._request_ids: dict[tuple[str, str], float] = {}
        self._ids = itertools.count(1)
        self.request_count = 0

    # ------------------------------------------------------------------ helpers for tests

    def accepted_phones(self, *, include_sandbox: bool = True) -> list[str]:
        with self.lock:
            return [a.phone for a in self.accepted if include_sandbox or not a.sandbox]

    def account(self, api_key: str) -> Account:
        return self.accounts[api_key]

    def _auth(self, api_key: str, secret: str) -> Account | None:
        account = self.accounts.get(api_key)
        if account is None or account.secret_key != secret:
            return None
        return account

    def _with_account(
        self,
        api_key: str,
        secret: str,
        handler: Callable[[Ctx, dict[str, str]], SimResponse],
        query: dict[str, str],
        path: str = "",
    ) -> SimResponse:
        account = self._auth(api_key, secret)
        if account is None:
            return unauthorised(path, query)
        refused = account_refusal(account, path, query)
        if refused is not None:
            return refused
        return handler(Ctx(account), query)

    def _new_sms_id(self) -> str:
        n = next(self._ids)
        return f"{hashlib.md5(str(n).encode(), usedforsecurity=False).hexdigest()[:8]}-sim-{n:08d}"

    def on_record(self, record: SendRecord) -> bool:
        """Whether eSMS's look-ups show ``record`` yet (:attr:`records_lag` after it)."""
        return self.clock() - record.created >= self.records_lag

    # ------------------------------------------------------------------ request ids

    def _seen(self, api_key: str, request_id: str) -> bool:
        at = self._request_ids.get((api_key, request_id))
        if at is None:
            return False
        now = self.clock()
        if self.request_id_window == "day":
            return vietnam_day(now) == vietnam_day(at)
        return now - at < REQUEST_ID_TTL

    def _remember(self, api_key: str, request_id: str) -> None:
        self._request_ids[(api_key, request_id)] = self.clock()

    def _check_request_id(
        self, ctx: Ctx, request_id: str, *, send_status: bool = True
    ) -> SimResponse | None:
        """110 for a RequestId over 50 characters, 124 for one seen in the window.

        The customer-care page's 124 carries ``"SendStatus": "5"``, the advertising
        page's none (``send_status=False``).
        """
        if len(request_id) > MAX_REQUEST_ID:
            return answer("110", "RequestId too long")
        if request_id and self._seen(ctx.account.api_key, request_id):
            extra = {"SendStatus": "5"} if send_status else {}
            return answer("124", "Request exist 1", **extra)
        return None

    @staticmethod
    def _check_send_date(body: Json) -> SimResponse | None:
        """``SendDate`` is left out to send now; present, it must be a date.

        The documentation: "Không truyền khi tin muốn tin nhắn gửi đi liền".
        An empty string is refused, so that a client sending ``""`` is caught.
        """
        if "SendDate" not in body:
            return None
        try:
            from_esms(text_of(body["SendDate"]))
        except ValueError:
            return answer("110", "SendDate invalid")
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
        ctx: Ctx,
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
        data = ctx.body.get("Data")
        # MultiChannelMessage carries campaignid in its Zalo part (Data[0]).
        first = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
        campaign = text_of(ctx.body.get("campaignid") or first.get("campaignid"))
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
            campaign,
            request_id,
            portal_id=29_000_000 + len(self.sends),
            send_date=text_of(ctx.body.get("SendDate")),
        )
        for phone in phones:
            self.accepted.append(
                AcceptedMessage(request_id, phone, channel, sms_id, sandbox, content, now)
            )
        return sms_id

    def _sms_price(self, account: Account, sms_type: str, carrier: Carrier | None) -> Decimal:
        p = account.prices
        if sms_type == "1":
            return p.advertising
        if sms_type == "8":
            return p.fixed_number
        return p.customer_care_viettel if carrier is Carrier.VIETTEL else p.customer_care

    def _find_oa(
        self, ctx: Ctx, oaid: str, temp_id: str, *, sending: bool = False
    ) -> SimResponse | OaDef:
        """The OA and template a call names, or eSMS's refusal. ``sending``: a template that
        is not ENABLE (under review, rejected, disabled, deleted: ``GetZnsTemplateInfo``'s
        ``Status``) is refused with 790 "Sai template ZNS" (the simulator's reading: no page
        says which code such a send gets)."""
        if not oaid or not temp_id:
            return answer("791", "Missing OAID or TempID")
        oa = ctx.account.oas.get(oaid)
        if oa is None:
            known = any(oaid in a.oas for a in self.accounts.values())
            return answer("799" if known else "204", "OAID invalid")
        if not oa.active:
            return answer("799", "OAID not active")
        if temp_id not in oa.templates:
            return answer("789", "TemplateId is not config")
        if sending and oa.templates[temp_id].status != "ENABLE":
            return answer("790", "Template is not enabled")
        return oa


def not_found() -> SimResponse:
    return SimResponse(404, b"<html><body>Endpoint not found.</body></html>", "text/html")


def not_allowed() -> SimResponse:
    return SimResponse(405, b"<html><body>Method not allowed.</body></html>", "text/html")
