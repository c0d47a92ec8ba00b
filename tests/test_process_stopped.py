"""A send whose process did not run for a while (``kill -STOP``, a laptop asleep).

eSMS answered meanwhile and the answer waits in the socket, whole. It used to be
thrown away: the call's deadline had passed on ``time.monotonic`` (which counts the
time stopped), so a request eSMS accepted became "unknown" until the records grace,
the campaign paused and the user read "eSMS's answers could not be read ... a
Wi-Fi sign-in page, a firewall or eSMS maintenance can cause this" (found by
sending 150 customer-care messages on the loopback simulator, stopped 70 s).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from esms_desktop.api.answers import AnswerLimits
from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.base.errors import AnswerLimitError, TransportError

#: What time.monotonic says, moved on by the time this process was "stopped".
_real_monotonic = time.monotonic


class _Stopped:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return _real_monotonic() + self.seconds


def _server(stopped: _Stopped, body: bytes, *, trickle: bool = False) -> ThreadingHTTPServer:
    class Answer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            stopped.seconds += 70.0  # the client is stopped while eSMS answers
            size = len(body) + (1000 if trickle else 0)
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {size}"
            self.wfile.write(head.encode() + b"\r\n\r\n" + body)  # whole, as after a stop
            self.wfile.flush()
            for _ in range(1000 if trickle else 0):
                time.sleep(0.01)
                self.wfile.write(b" ")
                self.wfile.flush()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def stopped(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Stopped]:
    clock = _Stopped()
    monkeypatch.setattr(time, "monotonic", clock)
    yield clock


def _client(server: ThreadingHTTPServer) -> EsmsClient:
    host, port = server.server_address[:2]
    return EsmsClient(
        Credentials("KEY-0001", "SECRET-0001"),
        f"http://{host!s}:{port}/MainService.svc/json/",
        retry=NO_RETRY,
        limits=AnswerLimits(send_seconds=5.0, lookup_seconds=5.0),
    )


def test_an_answer_that_arrived_while_the_process_was_stopped_is_read(stopped: _Stopped) -> None:
    answer = json.dumps({"CodeResult": "100", "SMSID": "sms-1"}).encode()
    server = _server(stopped, answer)
    try:
        with _client(server) as client:
            result = client.send_fixed_number("0961234567", "Shop Hoa: don DH1 da giao.", "r-1")
    finally:
        server.shutdown()
    assert stopped.seconds == 70.0  # the deadline (5 s) passed while it was stopped
    assert result.code == "100" and result.sms_id == "sms-1"


def test_a_trickle_after_such_a_stop_still_ends_at_once(stopped: _Stopped) -> None:
    server = _server(stopped, b'{"CodeResult": "100"', trickle=True)
    started = _real_monotonic()
    try:
        with _client(server) as client, pytest.raises((AnswerLimitError, TransportError)):
            client.send_fixed_number("0961234567", "Shop Hoa: don DH1 da giao.", "r-1")
    finally:
        server.shutdown()
    assert _real_monotonic() - started < 3.0
