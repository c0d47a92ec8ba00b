"""The eSMS HTTP client: one typed method per endpoint the app uses.

It owns the base URL, timeouts, TLS, retries and pacing. Every answer that is
not a JSON object with a result code becomes a typed error that keeps the
(redacted) raw text. Send methods return a :class:`SendResult` for any result
code: a refused message is a result, not an exception.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.sax.saxutils import escape

import httpx

from esms_desktop import __version__
from esms_desktop.api import models as m
from esms_desktop.api.policy import RetryPolicy, TokenBucket
from esms_desktop.api.redact import install_log_redaction, redact
from esms_desktop.api.urls import DEFAULT_API_URL, validate_base_url
from esms_desktop.credentials import Credentials
from esms_desktop.errors import BadAnswerError, ResultCodeError, TransportError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=30.0)
RAW_KEEP = 500


class SmsType:
    """eSMS's ``SmsType`` values, as strings."""

    ADVERTISING = "1"
    CUSTOMER_CARE = "2"
    FIXED_NUMBER = "8"
    ZNS = "24"
    ZNS_ALT = "25"


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _int(value: Any) -> int:
    try:
        return int(Decimal(_text(value) or "0"))
    except (InvalidOperation, ValueError):
        return 0


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(_text(value) or "0")
    except InvalidOperation:
        return Decimal(0)


def _bool(value: Any) -> bool:
    return _text(value).lower() in ("1", "true", "yes")


def result_code(body: Mapping[str, Any]) -> str | None:
    """The result code of an answer: ``CodeResult`` or ``CodeResponse``, as a string."""
    for key in ("CodeResult", "CodeResponse", "codeResult"):
        if body.get(key) not in (None, ""):
            return _text(body[key])
    return None


class EsmsClient:
    """Talks to eSMS (or the simulator, through ``transport`` or a loopback URL)."""

    def __init__(
        self,
        credentials: Credentials,
        base_url: str = DEFAULT_API_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        pace: TokenBucket | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        install_log_redaction()
        self._credentials = credentials
        self.base_url = validate_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self.pace = pace
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._http = httpx.Client(
            transport=transport,
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            headers={"User-Agent": f"eSMS-Desktop/{__version__}"},
        )

    def __repr__(self) -> str:
        return f"EsmsClient(base_url={self.base_url!r})"

    def account_fingerprint(self, salt: str) -> str:
        """Which account this client speaks for (see :meth:`Credentials.fingerprint`)."""
        return self._credentials.fingerprint(salt)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EsmsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transport

    @property
    def _keys(self) -> dict[str, str]:
        return {"ApiKey": self._credentials.api_key, "SecretKey": self._credentials.secret_key}

    def _once(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        content: str | None = None,
        content_type: str | None = None,
    ) -> dict[str, Any]:
        """One HTTP exchange; returns the answer's JSON object or raises."""
        if self.pace is not None:
            self.pace.acquire()
        url = self.base_url + path
        headers = {"Content-Type": content_type} if content_type else None
        endpoint = path.split("/", 1)[0] if not path.startswith("ZNS/") else path.rstrip("/")
        try:
            response = self._http.request(
                method, url, params=params, json=json_body, content=content, headers=headers
            )
        except httpx.TimeoutException as exc:
            raise TransportError(
                "eSMS did not answer in time", detail=f"{endpoint}: {type(exc).__name__}"
            ) from None
        except httpx.HTTPError as exc:
            raise TransportError(
                "could not reach eSMS",
                detail=redact(f"{endpoint}: {type(exc).__name__}: {exc}"),
            ) from None
        raw = redact(response.text[:RAW_KEEP])
        log.debug("%s %s -> HTTP %s", method, endpoint, response.status_code)
        if response.status_code >= 500:
            raise BadAnswerError(
                f"eSMS had a server error (HTTP {response.status_code})",
                status=response.status_code,
                raw=raw,
            )
        try:
            body = json.loads(response.content) if response.content.strip() else None
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise BadAnswerError(
                "eSMS sent an answer this app cannot read", status=response.status_code, raw=raw
            )
        if result_code(body) is None and "error" in body:
            raise BadAnswerError(
                f"eSMS refused the request: {redact(_text(body['error']))}",
                status=response.status_code,
                raw=raw,
            )
        return body

    def _call(self, method: str, path: str, **kwargs: Any) -> tuple[dict[str, Any], int]:
        """``_once`` with retries on transport errors and unreadable answers.

        Only used for look-ups and for sends that carry a RequestId, both of
        which are safe to repeat. Returns the answer and the attempt count.
        """
        delays = self.retry.delays(self._rng)
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(method, path, **kwargs), attempt
            except (TransportError, BadAnswerError) as exc:
                wait = next(delays, None)
                if wait is None:
                    raise
                log.info("retrying %s after %s (attempt %d)", path, exc.kind, attempt)
                self._sleep(wait)

    def _lookup(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        body, _ = self._call(method, path, **kwargs)
        code = result_code(body)
        if code is not None and code != m.SUCCESS:
            raise ResultCodeError(
                code, redact(_text(body.get("ErrorMessage"))), endpoint=path.rstrip("/")
            )
        return body

    def _send(self, path: str, payload: Mapping[str, Any]) -> m.SendResult:
        if not _text(payload.get("RequestId")) and "Data" not in payload:
            raise ValueError("every send needs a RequestId, or it could not be retried safely")
        body, attempts = self._call("POST", path, json_body={**self._keys, **payload})
        code = result_code(body)
        if code is None:
            raise BadAnswerError(
                "eSMS answered without a result code", status=200, raw=redact(str(body)[:RAW_KEEP])
            )
        return m.SendResult(
            code=code,
            sms_id=_text(body.get("SMSID")),
            error_message=redact(_text(body.get("ErrorMessage"))),
            attempts=attempts,
            raw=body,
        )

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
        return self._send(
            "SendMultipleMessage_V4_post_json/",
            {
                "Phone": phone,
                "Content": content,
                "Brandname": brandname,
                "SmsType": SmsType.CUSTOMER_CARE,
                "IsUnicode": "1" if is_unicode else "0",
                "Sandbox": "1" if sandbox else "0",
                "RequestId": request_id,
                "SendDate": send_date,
                "campaignid": campaign_id,
            },
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
        return self._send(
            "SendMultipleMessage_V4_post_json/",
            {
                "Phone": phone,
                "Content": content,
                "SmsType": SmsType.FIXED_NUMBER,
                "IsUnicode": "1" if is_unicode else "0",
                "Sandbox": "1" if sandbox else "0",
                "RequestId": request_id,
                "SendDate": send_date,
                "campaignid": campaign_id,
            },
        )

    def send_advertising(
        self,
        phones: Sequence[str],
        content: str,
        brandname: str,
        request_id: str,
        *,
        sandbox: bool = False,
        send_date: str = "",
    ) -> m.SendResult:
        """SMS advertising (QC, ``SmsType`` 1): 30..5,000 unique phones, one content."""
        return self._send(
            "SendMultipleSMSBrandname_json/",
            {
                "Phones": list(phones),
                "Content": content,
                "Brandname": brandname,
                "SmsType": SmsType.ADVERTISING,
                "Sandbox": "1" if sandbox else "0",
                "RequestId": request_id,
                "SendDate": send_date,
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
        """One Zalo ZNS message. ``over_quota`` is ``SendingMode`` 3."""
        return self._send(
            "SendZaloMessage_V5_post/",
            {
                "Phone": phone,
                "OAID": oaid,
                "TempID": template_id,
                "TempData": [{"key": k, "value": v} for k, v in params.items()],
                "SendDate": send_date,
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
            json_body={
                **self._keys,
                "OAID": oaid,
                "TempID": template_id,
                "campaignid": campaign_id,
                "Sandbox": "1" if sandbox else "0",
                "SendingMode": "3" if over_quota else "1",
                "SendDate": send_date,
                "Data": [
                    {"Phone": phone, "RequestId": rid, "Params": list(params)}
                    for phone, rid, params in items
                ],
            },
        )
        code = result_code(body)
        if code is None:
            raise BadAnswerError("eSMS answered without a result code", status=200, raw="")
        details = body.get("detail") or body.get("Detail") or []
        by_phone = {phone: rid for phone, rid, _ in items}
        results = tuple(
            m.BulkItemResult(
                phone=_text(d.get("Phone")),
                code=_text(d.get("CodeResult")),
                sms_id=_text(d.get("SMSID")),
                request_id=_text(d.get("RequestId")) or by_phone.get(_text(d.get("Phone")), ""),
            )
            for d in details
            if isinstance(d, dict)
        )
        return m.BulkSendResult(
            code=code,
            total_success=_int(body.get("TotalSuccess")),
            items=results,
            error_message=redact(_text(body.get("ErrorMessage"))),
            attempts=attempts,
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
    ) -> m.SendResult:
        """Zalo first, SMS if Zalo cannot deliver (``MultiChannelMessage``)."""
        sandbox_flag = "1" if sandbox else "0"
        return self._send(
            "MultiChannelMessage/",
            {
                "Phone": phone,
                "Channels": ["zalo", "sms"],
                "RequestId": zalo_request_id,
                "Data": [
                    {
                        "TempID": template_id,
                        "Params": list(params),
                        "OAID": oaid,
                        "RequestId": zalo_request_id,
                        "Sandbox": sandbox_flag,
                        "SendingMode": "3" if over_quota else "1",
                    },
                    {
                        "Content": sms_content,
                        "IsUnicode": "1" if is_unicode else "0",
                        "SmsType": sms_type,
                        "Brandname": sms_brandname,
                        "RequestId": sms_request_id,
                        "Sandbox": sandbox_flag,
                    },
                ],
            },
        )

    # ------------------------------------------------------------------ account

    def get_balance(self) -> m.Balance:
        body = self._lookup("POST", "GetBalance_json", json_body=self._keys)
        return m.Balance(_decimal(body.get("Balance")), _text(body.get("UserID")))

    def get_brandnames(self) -> list[m.Brandname]:
        from urllib.parse import quote

        keys = self._credentials
        path = f"GetListBrandname/{quote(keys.api_key, safe='')}/{quote(keys.secret_key, safe='')}"
        body = self._lookup("GET", path)
        return [
            m.Brandname(_text(b.get("Brandname")), _text(b.get("Type")))
            for b in body.get("ListBrandName") or []
            if isinstance(b, dict)
        ]

    def get_customer_care_templates(self, brandname: str) -> list[m.CskhTemplate]:
        body = self._lookup(
            "POST",
            "GetTemplate/",
            json_body={**self._keys, "SmsType": SmsType.CUSTOMER_CARE, "Brandname": brandname},
        )
        return [
            m.CskhTemplate(
                _text(t.get("NetworkID")), _text(t.get("TempContent")), _text(t.get("TempId"))
            )
            for t in body.get("BrandnameTemplates") or []
            if isinstance(t, dict)
        ]

    def get_zalo_oas(self) -> list[m.ZaloOA]:
        body = self._lookup("POST", "ZNS/GetListZOA/", json_body=self._keys)
        return [
            m.ZaloOA(_text(o.get("OAID")), _text(o.get("OAName")))
            for o in body.get("ZOAList") or []
            if isinstance(o, dict)
        ]

    def get_zns_templates(self, oaid: str, sms_type: str = SmsType.ZNS) -> list[m.ZnsTemplate]:
        body = self._lookup(
            "POST", "GetTemplate/", json_body={**self._keys, "OAId": oaid, "SmsType": sms_type}
        )
        templates = []
        for t in body.get("ZNSTemplates") or []:
            if not isinstance(t, dict):
                continue
            params = tuple(
                m.ZnsParam(
                    name=_text(p.get("Param")),
                    max_length=_int(p.get("Limit")),
                    required=_text(p.get("RequireType")) not in ("0", "false", "False"),
                    type=_text(p.get("ParamLevel")),
                )
                for p in t.get("ZNSTempDetail") or []
                if isinstance(p, dict)
            )
            templates.append(
                m.ZnsTemplate(
                    _text(t.get("TempId")),
                    _text(t.get("TempName")),
                    _text(t.get("TempContent")),
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
        data = body.get("Data") if isinstance(body.get("Data"), dict) else {}
        assert isinstance(data, dict)
        params = tuple(
            m.ZnsParam(
                name=_text(p.get("Name")),
                max_length=_int(p.get("MaxLength")),
                min_length=_int(p.get("MinLength")),
                required=_bool(p.get("Require")),
                type=_text(p.get("Type")),
            )
            for p in data.get("ListParams") or []
            if isinstance(p, dict)
        )
        price = data.get("Price")
        return m.ZnsTemplateInfo(
            template_id=_text(data.get("TemplateId")) or template_id,
            status=_text(data.get("Status") or body.get("Status")),
            tag=_text(data.get("TemplateTag")),
            params=params,
            price=None if price in (None, "") else _decimal(price),
        )

    def get_oa_quota(self, oaid: str) -> m.OaQuota:
        body = self._lookup("POST", "ZNS/GetQuota/", json_body={**self._keys, "OAID": oaid})
        return m.OaQuota(_int(body.get("DailyQuota")), _int(body.get("RemainingQuota")))

    # ------------------------------------------------------------------ prices

    def _estimate(self, body: Mapping[str, Any]) -> m.PriceEstimate:
        return m.PriceEstimate(_decimal(body.get("TotalPrice")), _int(body.get("TotalReceiver")))

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
            send_status=_text(body.get("SendStatus")),
            send_success=_int(body.get("SendSuccess")),
            send_failed=_int(body.get("SendFailed")),
            total_price=_decimal(body.get("TotalPrice")),
            total_receiver=_int(body.get("TotalReceiver")),
            total_sent=_int(body.get("TotalSent")),
        )

    def get_receiver_status(self, sms_id: str) -> list[m.ReceiverStatus]:
        body = self._lookup(
            "GET", "GetSmsReceiverStatus_get", params={**self._keys, "RefId": sms_id}
        )
        return [
            m.ReceiverStatus(
                phone=_text(r.get("Phone")),
                network_name=_text(r.get("NetworkName")),
                is_sent=_bool(r.get("IsSent")),
                sent_result=_bool(r.get("SentResult")),
                retry=_int(r.get("Retry")),
            )
            for r in body.get("ReceiverList") or []
            if isinstance(r, dict)
        ]

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
                phone=_text(d.get("Phone")),
                content=_text(d.get("Content")),
                reference_id=_text(d.get("ReferenceId")),
                sell_price=_decimal(d.get("SellPrice")),
                send_result=_text(d.get("SendResult")),
                send_status=_text(d.get("SendStatus")),
                sent_time=_text(d.get("SentTime")),
                campaign=_text(d.get("Campaign")),
            )
            for d in body.get("SentData") or []
            if isinstance(d, dict)
        )
        return m.SentDataPage(items, _int(body.get("Total")) or len(items))
