"""The HTTP core of the eSMS client: base URL, timeouts, TLS, retries, pacing.

Every answer that is not a JSON object with a result code becomes a typed error
that keeps the (redacted) raw text. Retries only happen for look-ups and for
sends that carry a RequestId, both safe to repeat.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any, Self

import httpx

from esms_desktop import __version__
from esms_desktop.api import models as m
from esms_desktop.api.policy import RetryPolicy, TokenBucket, retry_allowed
from esms_desktop.api.redact import install_log_redaction, redact
from esms_desktop.api.urls import DEFAULT_API_URL, validate_base_url
from esms_desktop.credentials import Credentials
from esms_desktop.errors import ApiError, BadAnswerError, ResultCodeError, TransportError
from esms_desktop.vntime import now

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=30.0)
RAW_KEEP = 500
REDACT_WINDOW = 65536


def text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def as_int(value: Any) -> int:
    try:
        return int(Decimal(text(value) or "0"))
    except (InvalidOperation, ValueError):
        return 0


def as_decimal(value: Any) -> Decimal:
    try:
        return Decimal(text(value) or "0")
    except InvalidOperation:
        return Decimal(0)


def as_bool(value: Any) -> bool:
    return text(value).lower() in ("1", "true", "yes")


def result_code(body: Mapping[str, Any]) -> str | None:
    """The result code of an answer, as a string; None when it carries none.

    eSMS answers in three shapes: ``CodeResult`` (or ``CodeResponse``) on most
    endpoints; ``{"Error": 0, "Message": "Success"}`` on ``GetZnsTemplateInfo``
    (0 is success, anything else a refusal); and ``{"error": "Invalid request"}``
    for a request refused before processing, which gets :data:`INVALID_REQUEST`.
    """
    for key in ("CodeResult", "CodeResponse", "codeResult"):
        if body.get(key) not in (None, ""):
            return text(body[key])
    if body.get("Error") not in (None, ""):
        code = text(body["Error"])
        return m.SUCCESS if code == "0" else code
    if body.get("error") not in (None, ""):
        return m.INVALID_REQUEST
    return None


def error_message(body: Mapping[str, Any]) -> str:
    """The refusal's own words (redacted), whichever shape the answer has."""
    for key in ("ErrorMessage", "Message", "error"):
        if body.get(key) not in (None, ""):
            return redact(text(body[key]))
    return ""


class HttpCore:
    """The connection to eSMS (or the simulator, through ``transport`` or a loopback URL)."""

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
        clock: Callable[[], float] = now,
    ) -> None:
        install_log_redaction()
        self._credentials = credentials
        self.base_url = validate_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self.pace = pace
        self._sleep = sleep
        self._clock = clock
        #: Called with (endpoint, answer) for every JSON answer: ``diagnose`` checks shapes.
        self.on_answer: Callable[[str, dict[str, Any]], None] | None = None
        # Per thread: one client serves the sending engine and the window's look-ups at once.
        self._retry_listener = threading.local()
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

    @contextmanager
    def reporting_retries(self, listener: Callable[[ApiError, float], None]) -> Iterator[None]:
        """Within the block, on this thread, ``listener(error, wait)`` hears of each failed
        attempt before the client waits to try again (the engine says so at once, instead of
        after all the attempts: a connect timeout is 10 s each)."""
        previous = getattr(self._retry_listener, "listener", None)
        self._retry_listener.listener = listener
        try:
            yield
        finally:
            self._retry_listener.listener = previous

    def __enter__(self) -> Self:
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
        except httpx.InvalidURL as exc:
            # Nothing left this machine: a look-up whose text is too long for an address.
            raise ApiError(
                "the request is too large to send", detail=f"{endpoint}: {type(exc).__name__}"
            ) from None
        except httpx.TimeoutException as exc:
            raise TransportError(
                "eSMS did not answer in time", detail=f"{endpoint}: {type(exc).__name__}"
            ) from None
        except httpx.HTTPError as exc:
            raise TransportError(
                "could not reach eSMS",
                detail=redact(f"{endpoint}: {type(exc).__name__}: {exc}"),
            ) from None
        # Redact first, then cut: a key cut in half would no longer be recognised.
        raw = redact(response.text[:REDACT_WINDOW])[:RAW_KEEP]
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
        if self.on_answer is not None:
            self.on_answer(endpoint, body)
        return body

    def _call(
        self, method: str, path: str, *, send: bool = False, **kwargs: Any
    ) -> tuple[dict[str, Any], int]:
        """``_once`` with retries on transport errors and unreadable answers.

        Only used for look-ups and for sends that carry a RequestId, both of
        which are safe to repeat. A ``send`` is repeated only while eSMS surely
        still blocks its RequestId (:func:`retry_allowed`: not across Vietnam's
        midnight). Returns the answer and the attempt count.
        """
        delays = self.retry.delays(self._rng)
        attempt = 0
        started = self._clock()
        while True:
            attempt += 1
            try:
                return self._once(method, path, **kwargs), attempt
            except (TransportError, BadAnswerError) as exc:
                wait = next(delays, None)
                if wait is None or (send and not retry_allowed(started, self._clock() + wait)):
                    raise
                log.info("retrying %s after %s (attempt %d)", path, exc.kind, attempt)
                listener = getattr(self._retry_listener, "listener", None)
                if listener is not None:
                    listener(exc, wait)
                self._sleep(wait)

    def _lookup(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        body, _ = self._call(method, path, **kwargs)
        code = result_code(body)
        if code is not None and code != m.SUCCESS:
            endpoint = path.split("?")[0].rstrip("/")
            raise ResultCodeError(code, error_message(body), endpoint=endpoint)
        return body

    def _send(self, path: str, payload: Mapping[str, Any]) -> m.SendResult:
        if not text(payload.get("RequestId")) and "Data" not in payload:
            raise ValueError("every send needs a RequestId, or it could not be retried safely")
        body, attempts = self._call("POST", path, send=True, json_body={**self._keys, **payload})
        code = result_code(body)
        if code is None:
            raise BadAnswerError(
                "eSMS answered without a result code",
                status=200,
                raw=redact(str(body)[:REDACT_WINDOW])[:RAW_KEEP],
            )
        return m.SendResult(
            code=code,
            sms_id=text(body.get("SMSID")),
            error_message=error_message(body),
            attempts=attempts,
            raw=body,
        )
