"""Two sends of the same list at the same moment: one sends, the other gets the repeat refusal.

The repeat guard ("the same messages to the same people within 24 h") and the
creation of the campaign are one journal transaction. Real command lines in
child processes on one home, against the loopback simulator. Also: one
campaign is never sent by two processes at once (``CampaignLock``).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from engine_helpers import AD, ORDER, campaign, order_list, phones
from engine_helpers import cli as run_cli
from files import write_text

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.journal import Journal
from esms_desktop.journal.lock import CampaignBusyError, CampaignLock
from esms_desktop.sending import Sender
from esms_desktop.sending.status import resolve_unknown
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_QC_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    SimulatorTransport,
    demo_account,
)

#: Advertising may only go out in the daytime: both the app and the simulator are put at 10:00.
MORNING = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM).timestamp()
TRIALS = 6


def send(server: SimulatorServer, home: Path, path: Path, offset: float) -> subprocess.Popen[str]:
    return run_cli(
        server.base_url,
        home,
        "send",
        str(path),
        "--channel",
        "qc",
        "--brandname",
        DEMO_QC_BRAND,
        "--content",
        AD,
        "--yes",
        env={CLOCK_OFFSET_ENV: repr(offset)},
    )


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_two_sends_of_the_same_file_started_together_send_once(tmp_path: Path, trial: int) -> None:
    numbers = phones(3000, start=trial * 10_000)
    rows = [["Tên", "Số điện thoại"]] + [[f"Khach {i}", p] for i, p in enumerate(numbers)]
    path = write_text(tmp_path / "khach.csv", rows)
    home = tmp_path / "home"
    home.mkdir()
    offset = MORNING - time.time()
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=lambda: time.time() + offset)
    with SimulatorServer(sim) as server:
        both = [send(server, home, path, offset) for _ in range(2)]
        results = [(p.wait(timeout=240), *p.communicate()) for p in both]
    counts = Counter(sim.accepted_phones())
    assert max(counts.values()) == 1, sum(n > 1 for n in counts.values())
    assert set(counts) == set(numbers)
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1], results
    refused = next(out for code, out, _err in results if code == 1)
    # Refused as it is written (the other one still sending: to be resumed, not doubled;
    # or done already), or at its check already, every row having gone (or to go) in
    # campaign 1.
    unfinished = "has not finished" in refused and "esms-desktop resume 1" in refused
    done = "sent the same messages to the same people" in refused and "--again" in refused
    written = (unfinished or done) and "Nothing was sent now" in refused
    checked = "campaign 1" in refused and "No number is left to send to" in refused
    assert written or checked, refused
    with Journal(home / "journal.sqlite3") as journal:
        assert len(journal.campaigns()) == 1


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from esms_desktop.journal.lock import CampaignLock
    with CampaignLock(Path(sys.argv[1]), 7):
        print("held", flush=True)
        time.sleep(60)
    """
)


def test_a_campaign_is_never_sent_by_two_processes_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "locks"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(CampaignBusyError):
            CampaignLock(folder, 7).acquire()
        with CampaignLock(folder, 8):  # another campaign is free
            pass
    finally:
        holder.kill()
        holder.wait(timeout=30)
    # The operating system let go of the lock when the process died.
    # And a second sender in this process is refused too.
    with CampaignLock(folder, 7), pytest.raises(CampaignBusyError):
        CampaignLock(folder, 7).acquire()


def test_settling_beside_a_running_send_never_gives_a_sent_message_a_new_request_id(
    tmp_path: Path,
) -> None:
    """History's "settle unconfirmed messages" (or ``resume --resend-unknown``) takes no
    campaign lock: it may run while another process sends the same campaign. It read the
    doubtful requests, looked them up in eSMS's records, and meanwhile the sender settled
    the same ones (not on record: never arrived), gave them new RequestIds and sent them.
    Its own "not on record" (the new sends were not listed yet) then gave those accepted
    requests another new RequestId and made them pending: the next resume sent all 6 again,
    paid twice (found by a money-safety audit reading the code). A request's id is only
    replaced while it is still the one that was looked up, and still in doubt."""
    now = [MORNING]
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=lambda: now[0])
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = lambda: now[0]  # type: ignore[method-assign]
    inner = SimulatorTransport(sim)

    def client(handler: object) -> EsmsClient:
        return EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
            transport=httpx.MockTransport(handler),  # type: ignore[arg-type]
            retry=NO_RETRY,
            sleep=lambda _s: None,
            clock=lambda: now[0],
        )

    def cut_sends(request: httpx.Request) -> httpx.Response:
        if "json/Send" in request.url.path:  # lost on the way: eSMS never had them
            raise httpx.ConnectError("connection reset", request=request)
        return inner.handle_request(request)

    cid = campaign(tmp_path, journal, client(inner.handle_request), phones(6))
    lost = Sender(journal, client(cut_sends), cid, max_in_flight=6, network_backoff=lambda _n: 0.0)
    assert lost.run().code == "network" and len(journal.doubtful(cid)) == 6
    now[0] += 25 * 3600  # no retry with the same ids now: settled from eSMS's records

    sender = Sender(journal, client(inner.handle_request), cid)
    looked_up: list[int] = []

    def beside(request: httpx.Request) -> httpx.Response:
        if "GetSmsSentData_V2" in request.url.path and not looked_up:
            # While History's look-up is on its way, the other process sends the campaign.
            looked_up.append(1)
            assert sender.run().complete
            assert len(sim.accepted) == 6
        return inner.handle_request(request)

    resolve_unknown(journal, client(beside), cid)
    assert looked_up
    assert all(r.state.value == "accepted" for r in journal.requests(cid))
    assert Sender(journal, client(inner.handle_request), cid).run().complete
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(phones(6)) and max(counts.values()) == 1, counts


def test_a_send_confirmed_after_another_send_to_the_same_customers_sends_them_nothing(
    tmp_path: Path,
) -> None:
    """The command line checked list A (30 customers) and asked "Send 30 messages?"; while
    it waited, another send of A plus 10 new customers went (another terminal, the
    window). Its check had taken out no one, and the repeat guard at writing compared only
    whole lists: confirmed, it sent the 30 the message again, paid twice (a money-safety
    audit through two real command lines). What the check took out is looked at again as
    the campaign is written, in the same transaction."""
    from esms_desktop.app.preparation import Sources, prepare
    from esms_desktop.base.errors import StaleCheckError
    from esms_desktop.message.spec import CampaignSpec
    from esms_desktop.sending import create_campaign

    numbers = phones(40)

    def customers(name: str, some: list[str]) -> Path:
        return order_list(tmp_path, some, name)

    sim = EsmsSimulator([demo_account(Decimal(10_000_000))])
    inner = SimulatorTransport(sim)
    client = EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=inner)
    journal = Journal(tmp_path / "journal.sqlite3")
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    sources = Sources(journal=journal, client=client)
    waiting = prepare(customers("a.csv", numbers[:30]), spec, sources)  # at the question
    assert len(waiting.sendable) == 30 and not waiting.blocked

    other = prepare(customers("b.csv", numbers), spec, sources)
    sent = create_campaign(journal, other, client=client)
    assert Sender(journal, client, sent).run().complete

    with pytest.raises(StaleCheckError) as refused:
        create_campaign(journal, waiting, client=client)  # "y"
    assert refused.value.reason is not None and dict(refused.value.reason.values)["campaign"] == 1
    assert [c.id for c in journal.campaigns()] == [sent]  # nothing written
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers) and max(counts.values()) == 1

    # "Send to them once more" (--again) is the user's word for who already got it.
    again = create_campaign(journal, waiting, client=client, again=True)
    assert len(journal.requests(again)) == 30
