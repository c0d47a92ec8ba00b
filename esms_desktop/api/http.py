"""The HTTP core of the eSMS client: base URL, timeouts, TLS, retries, pacing, limits.

Every answer that is not a JSON object with a readable result code becomes a
typed error that keeps a short, redacted and sanitised quote of it. Answers are
bounded (:class:`AnswerLimits`): one overall deadline per call even when bytes
keep trickling in, a size cap read by streaming, a nesting-depth limit before
JSON is parsed. Result codes are read strictly: a string of digits, nothing
else. Anything past a limit is an *unreadable answer* (:class:`AnswerLimitError`),
which the engine treats as "no usable answer": the request stays doubtful.
Retries only happen for look-ups and for sends that carry a RequestId, both
safe to repeat.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self

import httpx

from esms_desktop import __version__
from esms_desktop.api import models as m
from esms_desktop.api.answers import (
    RAW_KEEP,
    REDACT_WINDOW,
    AnswerLimits,
    error_message,
    nested_deeper_than,
    parse_answer,
    result_code,
    text,
)
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.deadline import bounded_transport, overdue, until
from esms_desktop.api.esms_clock import SAME, ClockOffset, EsmsClock
from esms_desktop.api.policy import RetryPolicy, TokenBucket, retry_allowed
from esms_desktop.api.urls import DEFAULT_API_URL, validate_base_url
from esms_desktop.base.errors import (
    AnswerLimitError,
    ApiError,
    BadAnswerError,
    ResultCodeError,
    TransportError,
)
from esms_desktop.base.redact import install_log_redaction, redact
from esms_desktop.base.sanitise import clean
from esms_desktop.base.vntime import now

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=30.0)


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
        limits: AnswerLimits | None = None,
    ) -> None:
        install_log_redaction()
        self.limits = limits or AnswerLimits()
        self._timeout = timeout
        self._credentials = credentials
        self.base_url = validate_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self.pace = pace
        self._sleep = sleep
        self._clock = clock
        #: eSMS's clock against ``clock``, from the ``Date`` of its answers.
        self.esms_clock = EsmsClock(clock)
        #: Called with (endpoint, answer) for every JSON answer: ``diagnose`` checks shapes.
        self.on_answer: Callable[[str, dict[str, Any]], None] | None = None
        # Per thread: one client serves the sending engine and the window's look-ups at once.
        self._retry_listener = threading.local()
        self._rng = rng or random.Random()
        self._http = httpx.Client(
            # Loopback tests and the demo bring their own; the real one is bounded by
            # the call's deadline in every socket operation (headers included).
            transport=transport or bounded_transport(),
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            # Uncompressed: the size cap counts what is held in memory, not a zip bomb.
            headers={"User-Agent": f"eSMS-Desktop/{__version__}", "Accept-Encoding": "identity"},
        )

    def __repr__(self) -> str:
        return f"EsmsClient(base_url={self.base_url!r})"

    def account_fingerprint(self, salt: str) -> str:
        """Which account this client speaks for (see :meth:`Credentials.fingerprint`)."""
        return self._credentials.fingerprint(salt)

    def close(self) -> None:
        self._http.close()

    @property
    def clock_offset(self) -> ClockOffset:
        """eSMS's clock minus this computer's, as far as its answers show (0 before any)."""
        return self.esms_clock.offset or SAME

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
        deadline: float,
        max_bytes: int,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        content: str | None = None,
        content_type: str | None = None,
    ) -> dict[str, Any]:
        """One HTTP exchange, done by ``deadline`` (monotonic); returns the answer's JSON object.

        The body is streamed and never held past ``max_bytes``; a body that is still
        arriving at the deadline is given up on. Either is an unreadable answer.
        """
        if self.pace is not None:
            self.pace.acquire()
        url = self.base_url + path
        headers = {"Content-Type": content_type} if content_type else None
        endpoint = path.split("/", 1)[0] if not path.startswith("ZNS/") else path.rstrip("/")
        left = deadline - time.monotonic()
        if left <= 0:
            raise TransportError("eSMS did not answer in time", detail=f"{endpoint}: deadline")
        timeout = self._timeout_within(left)
        sent = self._clock()
        with (
            _typed_errors(endpoint),
            until(deadline),
            self._http.stream(
                method,
                url,
                params=params,
                json=json_body,
                content=content,
                headers=headers,
                timeout=timeout,
            ) as response,
        ):
            status = response.status_code
            heard = self._clock()
            dated = response.headers.get("date")
            data = _read_bounded(response, endpoint, deadline, max_bytes)
        log.debug("%s %s -> HTTP %s", method, endpoint, status)
        body = self._answer(endpoint, status, data)
        # Only now: a page that is not eSMS's answer carries another machine's time.
        self.esms_clock.observe(dated, sent, heard)
        return body

    def _answer(self, endpoint: str, status: int, data: bytes) -> dict[str, Any]:
        """The JSON object of an answer's bytes, or the typed error of an unreadable one."""
        # Redact first, then cut: a key cut in half would no longer be recognised.
        raw = clean(redact(data[:REDACT_WINDOW].decode("utf-8", "replace")))[:RAW_KEEP]
        if status >= 500:
            raise BadAnswerError(f"eSMS had a server error (HTTP {status})", status=status, raw=raw)
        if nested_deeper_than(data, self.limits.depth):
            raise AnswerLimitError(
                "eSMS sent an answer nested deeper than any it documents",
                limit="depth",
                status=status,
                raw=f"{endpoint}: more than {self.limits.depth} levels",
            )
        body = parse_answer(data, self.limits.depth)
        if not isinstance(body, dict):
            raise BadAnswerError("eSMS sent an answer this app cannot read", status=status, raw=raw)
        if self.on_answer is not None:
            self.on_answer(endpoint, body)
        return body

    def _timeout_within(self, left: float) -> httpx.Timeout:
        """The client's timeouts, none longer than the ``left`` seconds of the call."""
        t = self._timeout
        return httpx.Timeout(
            connect=_within(t.connect, left),
            read=_within(t.read, left),
            write=_within(t.write, left),
            pool=_within(t.pool, left),
        )

    def _call(
        self,
        method: str,
        path: str,
        *,
        send: bool = False,
        max_bytes: int | None = None,
        **kwargs: Any,
    ) -> tuple[dict[str, Any], int]:
        """``_once`` with retries on transport errors and unreadable answers, within one deadline.

        Only used for look-ups and for sends that carry a RequestId, both of
        which are safe to repeat. A ``send`` is repeated only while eSMS surely
        still blocks its RequestId (:func:`retry_allowed`: not across Vietnam's
        midnight). The deadline (:class:`AnswerLimits`) covers every attempt and
        wait. Returns the answer and the attempt count.
        """
        limits = self.limits
        seconds = limits.send_seconds if send else limits.lookup_seconds
        deadline = time.monotonic() + seconds
        cap = max_bytes or (limits.send_bytes if send else limits.lookup_bytes)
        delays = self.retry.delays(self._rng)
        attempt = 0
        # The retry's time is the first attempt's plus what really passed since: a clock
        # changed meanwhile moves neither, nor the measure of eSMS's clock they are read by.
        started, steady, esms_clock = self._clock(), time.monotonic(), self.esms_clock.offset
        while True:
            attempt += 1
            try:
                return self._once(method, path, deadline=deadline, max_bytes=cap, **kwargs), attempt
            except (TransportError, BadAnswerError) as exc:
                wait = next(delays, None)
                if wait is None or time.monotonic() + wait >= deadline:
                    raise
                retry_at = started + (time.monotonic() - steady) + wait
                if send and not retry_allowed(started, retry_at, esms_clock, esms_clock):
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
            raise AnswerLimitError(
                "eSMS answered without a result code",
                limit="code",
                status=200,
                raw=clean(redact(str(body)[:REDACT_WINDOW]))[:RAW_KEEP],
            )
        return m.SendResult(
            code=code,
            sms_id=text(body.get("SMSID")),
            error_message=error_message(body),
            attempts=attempts,
            raw=body,
        )


@contextmanager
def _typed_errors(endpoint: str) -> Iterator[None]:
    """httpx's errors of one exchange as the app's typed ones, quoted redacted and short."""
    try:
        yield
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
            detail=clean(redact(f"{endpoint}: {type(exc).__name__}: {exc}"))[:RAW_KEEP],
        ) from None


def _within(timeout: float | None, left: float) -> float:
    """A per-operation timeout, never past what is left of the call's deadline."""
    return left if timeout is None else min(timeout, left)


def _read_bounded(
    response: httpx.Response, endpoint: str, deadline: float, max_bytes: int
) -> bytes:
    """The answer's body, read chunk by chunk: at most ``max_bytes``, done by ``deadline``.

    Leaving early closes the connection without reading the rest (a 1 GB answer
    costs one chunk of memory, a trickling one ends at the deadline).
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise AnswerLimitError(
            "eSMS sent an answer far larger than any it documents",
            limit="size",
            status=response.status_code,
            raw=f"{endpoint}: Content-Length {int(declared)}",
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in _chunks(response, deadline):
            size += len(chunk)
            if size > max_bytes:
                raise AnswerLimitError(
                    "eSMS sent an answer far larger than any it documents",
                    limit="size",
                    status=response.status_code,
                    raw=f"{endpoint}: more than {max_bytes} bytes",
                )
            chunks.append(chunk)
    except _Late:
        raise AnswerLimitError(
            "eSMS's answer did not arrive in time",
            limit="deadline",
            status=response.status_code,
            raw=f"{endpoint}: {size} bytes by the deadline",
        ) from None
    return b"".join(chunks)


class _Late(Exception):
    """The body was still arriving when the call's deadline passed."""


def _chunks(response: httpx.Response, deadline: float) -> Iterator[bytes]:
    """The body's pieces as they come; :class:`_Late` once the deadline passed (and the
    short drain after it: the rest of an answer already here is read, ``api.deadline``)."""
    try:
        for chunk in response.iter_bytes():
            yield chunk
            if overdue():
                raise _Late
    except httpx.TimeoutException:
        if time.monotonic() >= deadline - 0.05:
            raise _Late from None
        raise
