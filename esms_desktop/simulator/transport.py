"""The simulator as an httpx transport, for ``--demo`` and fast tests."""

from __future__ import annotations

import time

import httpx

from esms_desktop.simulator.faults import (
    ERROR_500_BODY,
    GARBAGE_BODY,
    Fault,
    FaultPlan,
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
        return httpx.Response(
            answer.status,
            content=answer.body,
            headers={"Content-Type": answer.content_type},
            request=request,
        )
