"""When eSMS stops answering: the engine says so at once, waits, pauses, and loses nothing."""

from __future__ import annotations

import random
import threading
from collections import Counter
from pathlib import Path

import httpx
import pytest
from engine_helpers import campaign, phones

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import RetryPolicy
from esms_desktop.app.user_text import waiting_text
from esms_desktop.base.texts import speaking
from esms_desktop.journal import CampaignState, Journal
from esms_desktop.sending import Progress, Sender, Trouble
from esms_desktop.sending.sender import NETWORK_ROUNDS
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)

FAST = RetryPolicy(max_attempts=3, base_delay=0.0, max_delay=0.0)
IN_FLIGHT = 4


class Line:
    """A transport in front of the simulator that can be cut, or answer like a wrong address."""

    def __init__(self, sim: EsmsSimulator, *, mode: str = "ok", drop: float = 0.0) -> None:
        self.inner = SimulatorTransport(sim)
        self.mode = mode
        self.drop = drop
        self.rng = random.Random(5)
        self.lock = threading.Lock()
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests += 1
            dropped = self.rng.random() < self.drop
        if self.mode == "down" or dropped:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if self.mode == "404":
            return httpx.Response(404, html="<html><body>Not Found</body></html>")
        return self.inner.handle_request(request)


def client_on(line: Line) -> EsmsClient:
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=httpx.MockTransport(line),
        retry=FAST,
        sleep=lambda _s: None,
    )


def run(journal: Journal, client: EsmsClient, cid: int) -> tuple[object, list[Progress]]:
    seen: list[Progress] = []
    outcome = Sender(
        journal,
        client,
        cid,
        max_in_flight=IN_FLIGHT,
        on_progress=seen.append,
        network_backoff=lambda n: float(2**n),
        sleep=lambda _s: None,
    ).run()
    return outcome, seen


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


def test_no_internet_is_said_at_once_and_pauses_after_a_few_short_rounds(
    tmp_path: Path, journal: Journal
) -> None:
    sim = EsmsSimulator()
    numbers = phones(200)
    cid = campaign(tmp_path, journal, client_on(Line(sim)), numbers)
    line = Line(sim, mode="down")
    outcome, seen = run(journal, client_on(line), cid)

    assert outcome.state is CampaignState.PAUSED and outcome.code == "network"  # type: ignore[attr-defined]
    # Not even the balance look-up that measures eSMS's clock was answered: nothing left
    # (it would have left unmeasured, its retry not placeable on eSMS's clock), nothing lost.
    assert outcome.accepted == 0 and outcome.remaining == 200 and outcome.unknown == 0  # type: ignore[attr-defined]
    troubles = [p.trouble for p in seen if p.trouble is not None and p.trouble.rounds]
    assert [t.rounds for t in troubles] == list(range(1, NETWORK_ROUNDS))
    assert {(t.kind, t.detail, t.most) for t in troubles} == {
        ("network", "ConnectError", NETWORK_ROUNDS)
    }
    assert [t.wait for t in troubles] == [float(2**n) for n in range(1, NETWORK_ROUNDS)]
    # Each round is the look-up, with the client's own retries; no send. (Every message
    # tried each round: 3,600.)
    assert line.requests == NETWORK_ROUNDS * FAST.max_attempts
    assert all(p.eta is None for p in seen if p.trouble is not None)
    # Said from the first failed attempt, not only once the round is given up (with a
    # connect timeout of 10 s, that is half a minute sooner).
    first = next(p.trouble for p in seen if p.trouble is not None)
    assert (first.rounds, first.kind, first.detail) == (0, "network", "ConnectError")

    # The line comes back: resuming sends every message once.
    outcome, seen = run(journal, client_on(Line(sim)), cid)
    assert outcome.complete  # type: ignore[attr-defined]
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers) and max(counts.values()) == 1


def test_an_answer_that_is_not_esms_pauses_with_its_own_reason(
    tmp_path: Path, journal: Journal
) -> None:
    sim = EsmsSimulator()
    cid = campaign(tmp_path, journal, client_on(Line(sim)), phones(20))
    outcome, seen = run(journal, client_on(Line(sim, mode="404")), cid)
    assert outcome.code == "bad_answer" and outcome.message == "HTTP 404"  # type: ignore[attr-defined]
    assert journal.campaign(cid).pause_code == "bad_answer"
    troubles = {(p.trouble.kind, p.trouble.detail) for p in seen if p.trouble is not None}
    assert troubles == {("bad_answer", "HTTP 404")}
    assert not sim.accepted


def test_a_poor_line_that_answers_some_requests_is_not_given_up(
    tmp_path: Path, journal: Journal
) -> None:
    """70 % of requests lost before eSMS: slow going, but every round moves, so no pause."""
    sim = EsmsSimulator()
    numbers = phones(150)
    cid = campaign(tmp_path, journal, client_on(Line(sim)), numbers)
    outcome, seen = run(journal, client_on(Line(sim, drop=0.7)), cid)
    assert outcome.complete, outcome  # type: ignore[attr-defined]
    # The line really failed often enough that counting every failing round would pause.
    failing = [p.trouble for p in seen if p.trouble is not None]
    assert len(failing) >= NETWORK_ROUNDS
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers) and max(counts.values()) == 1


@pytest.mark.parametrize(
    ("trouble", "lang", "expected"),
    [
        (
            Trouble("network", "ConnectError", 2, 6, 4.0),
            "en",
            "No answer from eSMS: is the internet connection down? Trying again in 4 s "
            "(try 2 of 6). Nothing is sent twice.",
        ),
        (
            Trouble("network", "ConnectError", 2, 6, 4.0),
            "vi",
            "eSMS chưa trả lời: mạng Internet có thể đang mất. Thử lại sau 4 giây (lần 2/6). "
            "Không tin nào bị gửi hai lần.",
        ),
        (
            Trouble("bad_answer", "HTTP 404", 1, 6, 2.0),
            "en",
            "eSMS's answer could not be read (HTTP 404): a Wi-Fi sign-in page or a firewall "
            "may be in the way. Trying again in 2 s (try 1 of 6). Nothing is sent twice.",
        ),
        (
            Trouble("network", "ReadTimeout", 0, 6, 2.0),
            "vi",
            "Một số tin chưa nhận được trả lời của eSMS. Thử lại sau 2 giây. "
            "Không tin nào bị gửi hai lần.",
        ),
    ],
)
def test_waiting_is_said_in_plain_words(trouble: Trouble, lang: str, expected: str) -> None:
    with speaking(lang):
        assert str(waiting_text(trouble)) == expected


def test_a_failed_attempt_is_heard_only_on_the_thread_that_listens() -> None:
    """One client serves the engine and the window's look-ups at once."""
    from esms_desktop.base.errors import TransportError

    client = client_on(Line(EsmsSimulator(), mode="down"))
    heard: list[tuple[str, float]] = []
    elsewhere: list[BaseException] = []

    def look_up() -> None:
        try:
            client.get_balance()
        except TransportError as exc:
            elsewhere.append(exc)

    with client.reporting_retries(lambda exc, wait: heard.append((exc.kind, wait))):
        other = threading.Thread(target=look_up)
        other.start()
        other.join()
        assert len(elsewhere) == 1 and heard == []
        with pytest.raises(TransportError):
            client.get_balance()
    assert heard == [("network", 0.0)] * (FAST.max_attempts - 1)  # before each new attempt
    with pytest.raises(TransportError):
        client.get_balance()
    assert len(heard) == FAST.max_attempts - 1  # after the block, nobody listens
