"""One overall deadline for every socket operation of a call, headers included.

httpx's timeouts are per operation: an answer whose bytes keep trickling in (one
every few seconds, in the headers or in the body) never trips them. The client
sets a deadline for the calling thread (:func:`until`); the network backend
installed by :func:`bounded_transport` clamps every connect, read and write of
that thread to the time left, so a call cannot outlive its deadline by more than
one socket operation's wake-up.

A deadline that passed while this process did not run (stopped with SIGSTOP, a
laptop put to sleep, a debugger) is no reason to throw away an answer eSMS sent
meanwhile: its bytes wait in the socket. Past the deadline, reads and writes (the
end of a request already on its way) go on for
:data:`DRAIN_SECONDS` more, each waiting at most :data:`DRAIN_WAIT`, counted from
when the call first found itself late: what already arrived is read, a trickle
still ends (a send's answer thrown away was "unknown" for the records grace, and
the campaign paused with "eSMS's answers could not be read").
"""

from __future__ import annotations

import logging
import threading
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore
import httpx

log = logging.getLogger(__name__)

_local = threading.local()

#: How long past its deadline a call may still read what already arrived.
DRAIN_SECONDS = 1.0
#: The longest one such read waits for bytes.
DRAIN_WAIT = 0.1


@contextmanager
def until(deadline: float) -> Iterator[None]:
    """Within the block, this thread's socket operations end by ``deadline`` (monotonic)."""
    previous = getattr(_local, "deadline", None), getattr(_local, "late_since", None)
    _local.deadline, _local.late_since = deadline, None
    try:
        yield
    finally:
        _local.deadline, _local.late_since = previous


def overdue() -> bool:
    """Whether this thread's call is past its deadline and its drain (see the module)."""
    deadline = getattr(_local, "deadline", None)
    now = time.monotonic()
    if deadline is None or now <= deadline:
        return False
    since = getattr(_local, "late_since", None)
    if since is None:
        _local.late_since = since = now
    return now - since > DRAIN_SECONDS


def _left(timeout: float | None, error: type[Exception], *, drain: bool = False) -> float | None:
    deadline = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        if not drain or overdue():
            raise error("the call's deadline passed")
        return DRAIN_WAIT if timeout is None else min(timeout, DRAIN_WAIT)
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout, drain=True))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout, drain=True))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _BoundedStream(stream)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _BoundedStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _BoundedStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bounded_transport() -> httpx.HTTPTransport:
    """httpx's own transport (TLS verified), its sockets bounded by :func:`until`.

    httpx takes no network backend, so it is swapped into the connection pool
    before any connection exists. Should a new httpx version lay its pool out
    differently, the transport still works and only header trickles lose their
    bound (``tests/test_answer_shapes.py`` notices).
    """
    transport = httpx.HTTPTransport(verify=True)
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = _BoundedBackend(inner)  # type: ignore[union-attr]
    else:
        log.warning("httpx's connection pool has no network backend to bound")
    return transport
