"""Fault injection (in-process and over real sockets), retries, and key redaction."""

from __future__ import annotations

import logging
from collections import Counter

import httpx
import pytest

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY, RetryPolicy
from esms_desktop.base.errors import BadAnswerError, EsmsDesktopError, TransportError
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    Fault,
    FaultPlan,
    SimulatorServer,
    SimulatorTransport,
)

FAST = RetryPolicy(max_attempts=8, base_delay=0.0, max_delay=0.0)


def sim_client(sim: EsmsSimulator, plan: FaultPlan, retry: RetryPolicy = FAST) -> EsmsClient:
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim, plan),
        retry=retry,
        sleep=lambda _s: None,
    )


@pytest.mark.parametrize(
    ("plan", "error", "processed"),
    [
        (FaultPlan(cut_before=1.0), TransportError, False),
        (FaultPlan(cut_after=1.0), TransportError, True),
        (FaultPlan(http_500=1.0), BadAnswerError, False),
        (FaultPlan(garbage=1.0), BadAnswerError, True),
    ],
    ids=["cut-before", "cut-after", "http-500", "garbage"],
)
def test_each_fault_is_a_typed_error(
    plan: FaultPlan, error: type[Exception], processed: bool
) -> None:
    sim = EsmsSimulator()
    client = sim_client(sim, plan, NO_RETRY)
    with pytest.raises(error):
        client.send_fixed_number("0961234567", "x", "r1")
    assert len(sim.accepted) == (1 if processed else 0)


@pytest.mark.parametrize(
    ("plan", "error"),
    [
        (FaultPlan(cut_before=1.0), TransportError),
        (FaultPlan(cut_after=1.0), TransportError),
        (FaultPlan(http_500=1.0), BadAnswerError),
        (FaultPlan(garbage=1.0), BadAnswerError),
        (FaultPlan(latency=0.3), TransportError),
    ],
    ids=["cut-before", "cut-after", "http-500", "garbage", "timeout"],
)
def test_each_fault_over_a_real_socket(plan: FaultPlan, error: type[Exception]) -> None:
    with SimulatorServer(EsmsSimulator(), plan) as server:
        client = EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
            server.base_url,
            retry=NO_RETRY,
            timeout=httpx.Timeout(0.1 if plan.latency else 5.0),
        )
        with client, pytest.raises(error):
            client.get_balance()


def test_retry_after_a_lost_answer_gets_124_not_a_second_message() -> None:
    sim = EsmsSimulator()
    plan = FaultPlan(cut_after=1.0)
    client = sim_client(sim, plan)
    # Only the first attempt loses its answer.
    transport = client._http._transport
    assert isinstance(transport, SimulatorTransport)
    first = {"done": False}
    original = transport.faults.draw

    def draw_once() -> Fault:
        if first["done"]:
            return Fault.NONE
        first["done"] = True
        return original()

    transport.faults.draw = draw_once  # type: ignore[method-assign]
    result = client.send_fixed_number("0961234567", "x", "r1")
    assert result.code == "124" and result.duplicate_of_earlier_attempt
    assert len(sim.accepted) == 1


def test_exactly_once_under_mixed_faults_over_loopback() -> None:
    plan = FaultPlan(cut_after=0.2, cut_before=0.05, http_500=0.05, garbage=0.05, seed=7)
    sim = EsmsSimulator()
    phones = [f"096{i:06d}1" for i in range(150)]
    with SimulatorServer(sim, plan) as server:
        client = EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
            server.base_url,
            retry=RetryPolicy(12, 0.0, 0.0),
            sleep=lambda _s: None,
        )
        with client:
            codes = Counter(client.send_fixed_number(p, "Hello", f"req-{p}").code for p in phones)
        assert sum(server.faults.counts[f] for f in Fault if f is not Fault.NONE) > 20
    # Every message is either accepted now or was accepted by an attempt whose answer was lost.
    assert set(codes) <= {"100", "124"} and sum(codes.values()) == 150
    assert sorted(sim.accepted_phones()) == sorted(phones)


# --- redaction ----------------------------------------------------------------------

CANARY_KEY = "APIKEY-CANARY-7f3a9c"
CANARY_SECRET = "SECRET-CANARY-b81e44"


def leaky_transport(request: httpx.Request) -> httpx.Response:
    """Fails in ways that tend to carry the URL (and so the keys) along."""
    url = str(request.url)
    if "GetListBrandname" in url:
        raise httpx.ConnectError(f"cannot connect to {url}", request=request)
    if "GetSendStatus" in url:
        return httpx.Response(500, text=f"error at {url}")
    if "GetSmsReceiverStatus" in url:
        return httpx.Response(
            200, json={"CodeResult": "101", "ErrorMessage": f"bad key {CANARY_KEY}"}
        )
    return httpx.Response(200, text=f"<html>{request.content.decode()}</html>")


def test_keys_never_reach_errors_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    credentials = Credentials(CANARY_KEY, CANARY_SECRET)
    client = EsmsClient(
        credentials,
        transport=httpx.MockTransport(leaky_transport),
        retry=RetryPolicy(2, 0, 0),
        sleep=lambda _s: None,
    )
    texts = [repr(client), repr(credentials), str(credentials)]
    calls = [
        client.get_brandnames,
        lambda: client.get_send_status("x"),
        lambda: client.get_receiver_status("x"),
        client.get_balance,
        lambda: client.estimate_customer_care("0961234567", "x", "B"),
        lambda: client.estimate_advertising(["0961234567"], "x", "B"),
        lambda: client.send_customer_care("0961234567", "x", "B", "r"),
    ]
    for call in calls:
        with pytest.raises(EsmsDesktopError) as info:
            call()
        exc = info.value
        texts += [str(exc), repr(exc), exc.detail, getattr(exc, "raw", "")]
        assert exc.__cause__ is None or CANARY_KEY not in str(exc.__cause__)
    texts.append(caplog.text)
    texts += [r.getMessage() for r in caplog.records]
    joined = "\n".join(texts)
    assert "***" in joined  # redaction happened, so the test did see the keys
    assert CANARY_KEY not in joined and CANARY_SECRET not in joined


def test_httpx_url_logging_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="httpx")
    client = EsmsClient(
        Credentials(CANARY_KEY, CANARY_SECRET),
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"CodeResult": "100"})),
    )
    client.get_brandnames()
    client.get_send_status("x")
    assert any("GetListBrandname" in r.getMessage() for r in caplog.records)
    assert CANARY_KEY not in caplog.text and CANARY_SECRET not in caplog.text
