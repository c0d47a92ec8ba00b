"""The simulator behind a real HTTP server on loopback, with fault injection.

Connection cuts are real: the socket is closed without an answer, so the
client sees exactly what a dropped connection looks like. Odd answers are
real too: a huge one is written 64 KB at a time, a trickling one a byte at a
time, a reset is a TCP RST after the request was processed.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Iterable
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from esms_desktop.simulator.faults import (
    ERROR_500_BODY,
    GARBAGE_BODY,
    Fault,
    FaultDrawer,
    FaultPlan,
    huge_parts,
    odd_body,
)
from esms_desktop.simulator.service import EsmsSimulator

PREFIX = "/MainService.svc/json/"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without this, delayed ACKs add 40 ms.
    disable_nagle_algorithm = True
    server: SimulatorServer

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the keys are in some URLs, and tests do not want the noise."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` of every answer, from the simulator's clock (eSMS's), as a server's."""
        return formatdate(
            self.server.simulator.clock() if timestamp is None else timestamp, usegmt=True
        )

    def handle(self) -> None:
        """A client that resets or leaves mid-answer (as faults make it) is no error here."""
        with contextlib.suppress(ConnectionError):
            super().handle()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        if not parts.path.startswith(PREFIX):
            self._reply(404, b"not found", "text/plain")
            return
        drawer = self.server.faults
        if drawer.plan.latency:
            time.sleep(drawer.plan.latency)
        fault = drawer.draw()
        if fault is Fault.CUT_BEFORE:
            self._cut()
            return
        if fault is Fault.HTTP_500:
            self._reply(500, ERROR_500_BODY, "text/html")
            return
        answer = self.server.simulator.handle(
            self.command, parts.path[len(PREFIX) :], dict(parse_qsl(parts.query)), body
        )
        if fault is Fault.CUT_AFTER:
            self._cut()
        elif fault is Fault.GARBAGE:
            self._reply(200, GARBAGE_BODY, "text/html")
        elif fault.streamed:
            self._odd_stream(fault, answer.body, drawer.plan)
        elif fault is not Fault.NONE:
            self._reply(answer.status, odd_body(fault, answer.body), answer.content_type)
        else:
            self._reply(answer.status, answer.body, answer.content_type)

    def _odd_stream(self, fault: Fault, body: bytes, plan: FaultPlan) -> None:
        """Answers that are written piece by piece, after eSMS processed the request."""
        if fault is Fault.RESET_AFTER:
            # SO_LINGER 0: close sends a RST, as a TLS middlebox that gives up does.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
            return
        if fault is Fault.TRICKLE_HEADERS:
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Date: {self.date_time_string()}\r\n"
                f"X-Pad: {'a' * 8000}\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode()
            self.close_connection = True
            with contextlib.suppress(OSError):
                for piece in _trickle(head + body, plan.trickle_every):
                    self.wfile.write(piece)
                    self.wfile.flush()
            self._cut()
            return
        if fault is Fault.HUGE:
            # No Content-Length: the body ends when the connection closes, so only a
            # client that streams and counts can stop it.
            _, pieces = huge_parts(body, plan.huge_bytes)
            self._stream(None, pieces)
        elif fault is Fault.CUT_BODY:
            self._stream(len(body), [body[: len(body) // 2]])
        else:  # TRICKLE: one byte at a time, until done or the client leaves
            self._stream(len(body), _trickle(body, plan.trickle_every))
        self._cut()

    def _stream(self, length: int | None, pieces: Iterable[bytes]) -> None:
        """Headers promising ``length`` bytes (None: until the end), then ``pieces``."""
        self.close_connection = True
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            if length is not None:
                self.send_header("Content-Length", str(length))
            self.end_headers()
            self.wfile.flush()
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
        except OSError:
            pass  # the client gave up reading: what it should do

    do_GET = _serve
    do_POST = _serve

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _cut(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def _trickle(body: bytes, every: float) -> Iterable[bytes]:
    for i in range(len(body)):
        yield body[i : i + 1]
        time.sleep(every)


class SimulatorServer(ThreadingHTTPServer):
    """A loopback eSMS. Use as a context manager or call ``start``/``stop``."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        simulator: EsmsSimulator | None = None,
        faults: FaultPlan | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__((host, port), _Handler)
        self.simulator = simulator or EsmsSimulator()
        self.faults: FaultDrawer = (faults or FaultPlan()).drawer()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{PREFIX}"

    def start(self) -> SimulatorServer:
        self._thread = threading.Thread(
            target=self.serve_forever, args=(0.05,), name="esms-simulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
