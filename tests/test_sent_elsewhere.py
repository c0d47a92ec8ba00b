"""The same text to the same number from outside this app folder (another computer,
another copy of the app, eSMS's website): eSMS's records of the last 24 hours hold it,
the journal does not. Such rows are left out like the journal's own repeats."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import ORDER, checked_list, order_list, phones, run_cli

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.records import texts_on_record
from esms_desktop.app.preparation import Sources, check_recipients, load_recipients
from esms_desktop.base.errors import ApiError, StaleCheckError, TransportError
from esms_desktop.base.vntime import now as app_now
from esms_desktop.base.vntime import to_esms
from esms_desktop.checks import Severity
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec, Channel
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.simulator import DEMO_CSKH_BRAND, DEMO_QC_BRAND, EsmsSimulator, SimulatorServer
from esms_desktop.simulator.base import RECORDS_LAG, fails_delivery


def customers(tmp_path: Path, numbers: list[str], name: str = "khach.csv") -> Path:
    return order_list(tmp_path, numbers, name)


def run(server: SimulatorServer, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, server_url=server.base_url)


def on_record_later(sim: EsmsSimulator) -> None:
    """eSMS's time moved past its records' lag (less than the 5 minutes the clock check
    warns about)."""
    sim.clock = lambda: app_now() + RECORDS_LAG + 30


CARE = ("--channel", "cskh", "--brandname", DEMO_CSKH_BRAND, "--content", ORDER)


def test_a_list_sent_from_another_app_folder_is_not_sent_again(
    tmp_path: Path, app_home: Path
) -> None:
    sim = EsmsSimulator()
    numbers = phones(4)
    path = customers(tmp_path, numbers)
    other_computer = tmp_path / "other-computer"
    with SimulatorServer(sim) as server:
        first = run(server, other_computer, "send", str(path), *CARE, "--yes")
        assert first.returncode == 0, first.stdout + first.stderr
        assert len(sim.accepted) == 4
        on_record_later(sim)
        # This app folder knows nothing of it: its journal is empty.
        checked = run(server, app_home, "check", str(path), *CARE, "--json")
        report = json.loads(checked.stdout)
        held = [p for p in report["problems"] if p["code"] == "sent_elsewhere"]
        assert held and held[0]["rows"] == [2, 3, 4, 5], report["problems"]
        assert "another computer" in held[0]["message"] and "Vietnam time" in held[0]["message"]
        # One customer more: only that one goes.
        more = customers(tmp_path, [*numbers, phones(1, start=50)[0]], "more.csv")
        sent = run(server, app_home, "send", str(more), *CARE, "--yes")
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert "sent_elsewhere" in sent.stdout and "add --again" in sent.stdout
        assert len(sim.accepted) == 5
        # Asked for on purpose, it goes again.
        again = run(server, app_home, "send", str(path), *CARE, "--yes", "--again")
        assert again.returncode == 0, again.stdout + again.stderr
        assert len(sim.accepted) == 9


def test_failed_deliveries_on_record_go_again_and_unread_records_are_said(
    tmp_path: Path, simulator: EsmsSimulator, client: EsmsClient
) -> None:
    numbers = phones(40)
    failing = [p for p in numbers if fails_delivery(p)]
    assert failing and len(failing) < len(numbers)
    spec = CampaignSpec(Channel.CUSTOMER_CARE, content=ORDER, brandname=DEMO_CSKH_BRAND)
    sent = checked_list(tmp_path, numbers, "cskh", client)
    with Journal(tmp_path / "elsewhere.sqlite3") as other:
        Sender(other, client, create_campaign(other, sent, client=client)).run()
    assert len(simulator.accepted) == len(numbers)
    simulator.clock = lambda: app_now() + RECORDS_LAG + 30  # on record, delivery known
    path = customers(tmp_path, numbers)
    sources = Sources(journal=None, client=client)
    report = check_recipients(load_recipients(path, sources), spec, sources)
    held = [p for p in report.problems if p.code == "sent_elsewhere"]
    assert len(held) == 1 and held[0].severity is Severity.ROWS
    # Their message never reached them: it goes again.
    assert {r.phone for r in report.sendable} == set(failing)

    def unreachable(*args: object, **kwargs: object) -> object:
        raise TransportError("no network")

    client.get_sent_data = unreachable  # type: ignore[method-assign,assignment]
    report = check_recipients(load_recipients(path, sources), spec, sources)
    assert [p.code for p in report.problems if p.code.startswith("records")] == ["records_unread"]
    assert len(report.sendable) == len(numbers)  # said, not guessed: the journal's look holds


@pytest.mark.parametrize(("again", "sandbox"), [(True, False), (False, True)])
def test_records_are_not_asked_when_nothing_would_be_held(
    tmp_path: Path, client: EsmsClient, again: bool, sandbox: bool
) -> None:
    asked: list[object] = []
    client.get_sent_data = lambda *a, **k: asked.append(a)  # type: ignore[method-assign,assignment,return-value]
    spec = CampaignSpec(
        Channel.CUSTOMER_CARE, content=ORDER, brandname=DEMO_CSKH_BRAND, sandbox=sandbox
    )
    sources = Sources(journal=None, client=client, again=again)
    path = customers(tmp_path, phones(3))
    report = check_recipients(load_recipients(path, sources), spec, sources)
    assert asked == [] and len(report.sendable) == 3


def test_the_records_reader_keeps_the_numbers_asked_and_the_latest_time(
    simulator: EsmsSimulator, client: EsmsClient
) -> None:
    numbers = phones(3)
    text = "Cam on Lan da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la DH1."
    start = app_now() - 3600
    for i in range(2):  # the same text twice to the same numbers, a minute apart
        simulator.clock = lambda i=i: start + 60 * i  # type: ignore[misc]
        for n, phone in enumerate(numbers):
            answer = client.send_customer_care(phone, text, DEMO_CSKH_BRAND, f"rq-{i}-{n}")
            assert answer.code == "100"
    simulator.clock = app_now
    found = texts_on_record(
        client, ("2",), set(numbers[:2]), to_esms(app_now() - 7200), to_esms(app_now()),
        max_pages=5,
    )  # fmt: skip
    assert set(found) == {(p, text) for p in numbers[:2]}
    assert all(t is not None and abs(t - (start + 60)) < 2 for t in found.values())


def test_every_page_of_the_records_is_read_and_too_many_are_said(
    simulator: EsmsSimulator, client: EsmsClient
) -> None:
    """1,100 numbers on record take 3 pages of 500, asked together after the first."""
    numbers = [f"096{i:06d}3" for i in range(1_100)]
    text = "[QC] Giam 20% hoa tuoi. Tu choi nhan tin soan TC gui 8085"
    simulator.records_lag = 0
    answer = client.send_advertising(numbers, text, DEMO_QC_BRAND, "rq-ads")
    assert answer.code == "100", answer
    asked: list[int] = []
    real = client.get_sent_data

    def counted(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("page", 1))
        return real(*args, **kwargs)

    client.get_sent_data = counted  # type: ignore[method-assign]
    span = (to_esms(app_now() - 3600), to_esms(app_now() + 3600))
    wanted = {numbers[0], numbers[499], numbers[500], numbers[-1], phones(1)[0]}
    found = texts_on_record(client, ("1",), wanted, *span, max_pages=3)
    assert {phone for phone, _ in found} == wanted - {phones(1)[0]}
    assert sorted(asked) == [1, 2, 3]
    with pytest.raises(ApiError):
        texts_on_record(client, ("1",), wanted, *span, max_pages=2)


def test_a_check_left_open_is_compared_again_as_its_campaign_is_written(
    tmp_path: Path, simulator: EsmsSimulator, client: EsmsClient
) -> None:
    """Checked on this computer, left open; another computer sends the same list; Send
    pressed minutes later: eSMS's records are read again, nothing is written."""
    numbers = phones(6)
    path = customers(tmp_path, numbers)
    spec = CampaignSpec(Channel.CUSTOMER_CARE, content=ORDER, brandname=DEMO_CSKH_BRAND)
    with Journal(tmp_path / "here.sqlite3") as here:
        sources = Sources(journal=here, client=client)
        left_open = check_recipients(load_recipients(path, sources), spec, sources)
        assert len(left_open.sendable) == 6
        with Journal(tmp_path / "elsewhere.sqlite3") as other:
            sent = checked_list(tmp_path, numbers[:4], "cskh", client)
            Sender(other, client, create_campaign(other, sent, client=client)).run()
        simulator.clock = lambda: app_now() + RECORDS_LAG + 30
        asked = simulator.request_count
        left_open.checked_at = app_now() - 600  # ten minutes ago
        with pytest.raises(StaleCheckError) as refused:
            create_campaign(here, left_open, client=client)
        reason = refused.value.reason
        assert reason.key == "app.stale_check.sent_elsewhere" and dict(reason.values) == {
            "count": 4
        }
        assert here.campaigns() == [] and len(simulator.accepted) == 4
        assert simulator.request_count > asked
        # "Send to them once more" sends it all the same.
        campaign_id = create_campaign(here, left_open, client=client, again=True)
        assert campaign_id and len(here.campaigns()) == 1
