"""The simulator behind a real HTTP server on loopback, with fault injection.

Connection cuts are real: the socket is closed without an answer, so the
client sees exactly what a dropped connection looks like.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from esms_desktop.simulator.faults import (
    ERROR_500_BODY,
    GARBAGE_BODY,
    Fault,
    FaultDrawer,
    FaultPlan,
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
        else:
            self._reply(answer.status, answer.body, answer.content_type)

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
