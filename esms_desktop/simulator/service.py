"""A strict, in-memory stand-in for the eSMS REST API.

``EsmsSimulator.handle`` takes a method, a path under the base URL, the query
and the body, and answers like eSMS does, with the documented result codes.
It keeps balances, RequestIds (24 h), sends and their delivery status, and a
record of every message it accepted so tests can prove exactly-once delivery.

Simulator rules beyond the documentation (so tests and the demo can rely on
them): a number whose last four digits are ``0099`` is blocked (99); about
one number in twenty fails delivery (decided by a hash of the number); a
status look-up answers 105 for the first third of ``status_delay`` seconds,
"waiting" until ``status_delay``, then the final result. An accepted message
shows in the look-ups (sent data, status) only ``records_lag`` seconds after it
was accepted (3 minutes by default), and a time range with nothing in it
answers 105, as eSMS's code table says. A RequestId is only
remembered when its request was accepted, so a refused message can be sent
again with the same id once the problem is fixed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from esms_desktop.simulator.base import (
    REQUEST_ID_TTL,
    AcceptedMessage,
    Ctx,
    SendRecord,
    SimResponse,
    account_refusal,
    fails_delivery,
    is_blocked,
    json_answer,
    not_allowed,
    not_found,
    text_of,
    unauthorised,
)
from esms_desktop.simulator.fallback import FallbackHandlers
from esms_desktop.simulator.registration import RegistrationHandlers
from esms_desktop.simulator.sends import SendHandlers
from esms_desktop.simulator.zalo_quality import ZaloQualityHandlers

__all__ = [
    "REQUEST_ID_TTL",
    "AcceptedMessage",
    "EsmsSimulator",
    "SendRecord",
    "SimResponse",
    "fails_delivery",
    "is_blocked",
]


class EsmsSimulator(SendHandlers, FallbackHandlers, RegistrationHandlers, ZaloQualityHandlers):
    """The simulated service. Thread-safe: one lock around each request."""

    def _templates_after_moderation(self, ctx: Ctx) -> SimResponse:
        """``GetTemplate``, once the registrations due have been moderated."""
        self._moderate(ctx.account)
        return self._templates(ctx)

    # ------------------------------------------------------------------ dispatch

    def handle(self, method: str, path: str, query: Mapping[str, str], body: bytes) -> SimResponse:
        with self.lock:
            self.request_count += 1
            self.fall_back_due()
            return self._dispatch(method.upper(), path.strip("/"), dict(query), body)

    def _dispatch(self, method: str, path: str, query: dict[str, str], raw: bytes) -> SimResponse:
        if path.startswith("GetListBrandname/"):
            if method != "GET":
                return not_allowed()
            parts = path.split("/")
            if len(parts) != 3:
                return not_found()
            return self._with_account(parts[1], parts[2], self._brandnames, {}, "GetListBrandname")
        get_routes: dict[str, Callable[[Ctx, dict[str, str]], SimResponse]] = {
            "GetZnsTemplateInfo": self._zns_template_info,
            "SummaryMultipleMessage_V4_get": self._estimate_cskh,
            "GetSendStatus": self._send_status,
            "GetSmsReceiverStatus_get": self._receiver_status,
        }
        post_routes: dict[str, Callable[[Ctx], SimResponse]] = {
            "SendMultipleMessage_V4_post_json": self._send_single_sms,
            "SendMultipleSMSBrandname_json": self._send_advertising,
            "SendZaloMessage_V5_post": self._send_zalo,
            "SendZaloMessage_V6": self._send_zalo_v6,
            "Send_zns_bulk_v4_post_json": self._send_zalo_bulk,
            "MultiChannelMessage": self._send_multichannel,
            "GetBalance_json": self._balance,
            "GetTemplate": self._templates_after_moderation,
            "SubServicePreviewJson": self._register_template,
            "ZNS/GetListZOA": self._oas,
            "ZNS/GetQuota": self._quota,
            "ZNS/GetQuality": self._oa_quality,
            "ZNS/GetRating": self._oa_rating,
            "QueryZnsStatus": self._zns_status,
            "SummaryZaloMessage_V4_post_json": self._estimate_zalo,
            "GetSmsSentData_V2": self._sent_data,
        }
        if path in get_routes:
            if method != "GET":
                return not_allowed()
            handler = get_routes[path]
            return self._with_account(
                query.get("ApiKey", ""), query.get("SecretKey", ""), handler, query, path
            )
        if path == "SummaryMultipleSMSBrandname":
            return self._estimate_advertising(raw) if method == "POST" else not_allowed()
        if path in post_routes:
            if method != "POST":
                return not_allowed()
            return self._post(path, query, raw, post_routes[path])
        return not_found()

    def _post(
        self,
        path: str,
        query: dict[str, str],
        raw: bytes,
        handler: Callable[[Ctx], SimResponse],
    ) -> SimResponse:
        """A JSON body's call: its keys, then the account's state, then the handler."""
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return json_answer(200, {"error": "Invalid request"})
        if not isinstance(body, dict):
            return json_answer(200, {"error": "Invalid request"})
        account = self._auth(text_of(body.get("ApiKey")), text_of(body.get("SecretKey")))
        if account is None:
            return unauthorised(path, query)
        refused = account_refusal(account, path, query)
        if refused is not None:
            return refused
        return handler(Ctx(account, body))
