"""The simulator as an httpx transport, for ``--demo`` and fast tests."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import formatdate

import httpx

from esms_desktop.simulator.faults import (
    ERROR_500_BODY,
    GARBAGE_BODY,
    Fault,
    FaultPlan,
    huge_parts,
    odd_body,
)
from esms_desktop.simulator.service import EsmsSimulator


class SimulatorTransport(httpx.BaseTransport):
    """Serves requests from an :class:`EsmsSimulator` without any socket.

    Faults are reproduced as the exceptions httpx raises for the real thing.
    ``prefix`` is the path of the base URL the client uses.
    """

    def __init__(
        self,
        simulator: EsmsSimulator,
        faults: FaultPlan | None = None,
        *,
        prefix: str = "/MainService.svc/json/",
    ) -> None:
        self.simulator = simulator
        self.faults = (faults or FaultPlan()).drawer()
        self.prefix = prefix

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._answer(request)
        # As any HTTP server's answer: dated by its clock (eSMS's, here the simulator's).
        response.headers["Date"] = formatdate(self.simulator.clock(), usegmt=True)
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if not path.startswith(self.prefix):
            return httpx.Response(404, content=b"not found", request=request)
        if self.faults.plan.latency:
            time.sleep(self.faults.plan.latency)
        fault = self.faults.draw()
        if fault is Fault.CUT_BEFORE:
            raise httpx.ConnectError("connection reset by peer", request=request)
        if fault is Fault.HTTP_500:
            return httpx.Response(500, content=ERROR_500_BODY, request=request)
        answer = self.simulator.handle(
            request.method,
            path[len(self.prefix) :],
            dict(request.url.params.multi_items()),
            request.read(),
        )
        if fault is Fault.CUT_AFTER:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        if fault is Fault.GARBAGE:
            return httpx.Response(200, content=GARBAGE_BODY, request=request)
        if fault is Fault.RESET_AFTER:
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        headers = {"Content-Type": answer.content_type}
        if fault.streamed:
            length, pieces = self._odd_stream(fault, answer.body, request)
            headers["Content-Length"] = str(length)
            return httpx.Response(200, content=pieces, headers=headers, request=request)
        body = answer.body if fault is Fault.NONE else odd_body(fault, answer.body)
        return httpx.Response(answer.status, content=body, headers=headers, request=request)

    def _odd_stream(
        self, fault: Fault, body: bytes, request: httpx.Request
    ) -> tuple[int, Iterator[bytes]]:
        """The body of a streamed odd answer, made as it is read (see ``server``)."""
        plan = self.faults.plan
        if fault is Fault.HUGE:
            return huge_parts(body, plan.huge_bytes)

        def cut() -> Iterator[bytes]:
            yield body[: len(body) // 2]
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )

        def trickle() -> Iterator[bytes]:
            for i in range(len(body)):
                yield body[i : i + 1]
                time.sleep(plan.trickle_every)

        # In process there are no headers to trickle: the body trickles instead.
        return len(body), cut() if fault is Fault.CUT_BODY else trickle()
