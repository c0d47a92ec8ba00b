"""eSMS's account-wide answers end to end: the simulator plays accounts in the states of
the code table (143 locked, 140 address not whitelisted, 102 no price list, 103 no
balance, 104 no brandname), and the real command line says each in plain words with the
next step, charges nothing twice, and a send stopped by one says how to send the rest."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from engine_helpers import ORDER, phones, run_cli
from files import write_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_gui_send_twice import prepare

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.diagnose import diagnose, report_text
from esms_desktop.base.texts import speaking
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.simulator import DEMO_CSKH_BRAND, EsmsSimulator, SimulatorServer
from esms_desktop.simulator.accounts import demo_account, state_accounts
from esms_desktop.simulator.transport import SimulatorTransport


def _sim() -> EsmsSimulator:
    return EsmsSimulator([demo_account(), *state_accounts()], records_lag=0)


def _keys(code: str) -> dict[str, str]:
    return {"ESMS_API_KEY": f"DEMO-API-KEY-{code}", "ESMS_SECRET_KEY": f"DEMO-SECRET-KEY-{code}"}


def _post(server: SimulatorServer, path: str, code: str, **body: object) -> dict[str, object]:
    keys = {"ApiKey": f"DEMO-API-KEY-{code}", "SecretKey": f"DEMO-SECRET-KEY-{code}"}
    answer = httpx.post(server.base_url + path, json={**keys, **body}, timeout=10)
    return json.loads(answer.text)


def test_the_simulator_refuses_as_the_code_table_says() -> None:
    """143 refuses every call; 140 only the sends ("để gửi tin"); 102 the sends and the
    price estimates; the look-ups' own shapes (``CodeResponse`` for the balance)."""
    with SimulatorServer(_sim()) as server:
        assert _post(server, "GetBalance_json", "143")["CodeResponse"] == "143"
        assert _post(server, "GetBalance_json", "140")["CodeResponse"] == "100"
        assert _post(server, "GetBalance_json", "102")["CodeResponse"] == "100"
        assert _post(server, "GetBalance_json", "103")["Balance"] == 0
        brands = httpx.get(
            server.base_url + "GetListBrandname/DEMO-API-KEY-104/DEMO-SECRET-KEY-104", timeout=10
        ).json()
        assert brands["ListBrandName"] == []
        send = {"Phone": phones(1)[0], "Content": "x", "SmsType": "8", "IsUnicode": "0"}
        for code in ("143", "140", "102"):
            refused = _post(server, "SendMultipleMessage_V4_post_json", code, **send)
            assert refused["CodeResult"] == code
        assert _post(server, "SendMultipleMessage_V4_post_json", "0001", **send)["CodeResult"] == (
            "100"
        )
        estimate = httpx.get(
            server.base_url + "SummaryMultipleMessage_V4_get",
            params={"Phone": phones(1)[0], "Content": "x", "ApiKey": "DEMO-API-KEY-102",
                    "SecretKey": "DEMO-SECRET-KEY-102", "SmsType": "8", "IsUnicode": "0"},
            timeout=10,
        ).json()  # fmt: skip
        assert estimate["CodeResult"] == "102"


def _customers(tmp_path: Path) -> Path:
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [f"Khach {i}", p, f"DH{i}"] for i, p in enumerate(phones(6))
    ]
    return write_text(tmp_path / "customers.csv", rows)


def _args(path: Path) -> tuple[str, ...]:
    return ("--channel", "cskh", "--brandname", DEMO_CSKH_BRAND, "--content", ORDER)


def test_check_blocks_an_account_without_a_price_list(tmp_path: Path, app_home: Path) -> None:
    """102 came back from the price estimate and the check said "Ready": every send was
    then refused. The check now blocks with the code's words and next step."""
    path = _customers(tmp_path)
    with SimulatorServer(_sim()) as server:
        checked = run_cli(app_home, "--lang", "en", "check", str(path), *_args(path),
                          server_url=server.base_url, env=_keys("102"))  # fmt: skip
    assert checked.returncode == 1, checked.stdout
    assert "[X] 102: No price list" in checked.stdout
    assert "Ask your eSMS sales contact to set up the price list" in checked.stdout


def test_a_send_stopped_by_the_account_says_how_to_send_the_rest(
    tmp_path: Path, app_home: Path
) -> None:
    """140 (this address may not send) is only known at the first send: the send stops
    there, nothing charged, and says ``resume N``; once eSMS has put the account right,
    ``resume`` sends each customer once."""
    sim = _sim()
    path = _customers(tmp_path)
    code = "140"
    key = f"DEMO-API-KEY-{code}"
    with SimulatorServer(sim) as server:
        first = run_cli(app_home, "--lang", "en", "send", str(path), *_args(path), "--yes",
                        server_url=server.base_url, env=_keys(code))  # fmt: skip
        assert first.returncode == 1
        assert sim.accepted == [] and sim.account(key).balance == Decimal(2_000_000)
        out = first.stdout + first.stderr
        assert "140 - This computer is not allowed" in out
        assert "Once this is put right, send the rest with esms-desktop resume 1" in out
        sim.account(key).state = ""
        resumed = run_cli(app_home, "--lang", "en", "resume", "1",
                          server_url=server.base_url, env=_keys(code))  # fmt: skip
        assert resumed.returncode == 0, resumed.stdout + resumed.stderr
        again = run_cli(app_home, "--lang", "en", "resume", "1",
                        server_url=server.base_url, env=_keys(code))  # fmt: skip
    assert sorted(sim.accepted_phones()) == sorted(phones(6)), again.stdout


def test_a_send_stopped_by_102_says_how_to_resume(tmp_path: Path, app_home: Path) -> None:
    """The price list taken away between the check and the send (the check passed):
    the engine stops at the first 102 and says how to send the rest."""
    sim = _sim()
    path = _customers(tmp_path)
    with SimulatorServer(sim) as server:
        checked = run_cli(app_home, "--lang", "en", "check", str(path), *_args(path),
                          server_url=server.base_url, env=_keys("102"))  # fmt: skip
        assert "[X] 102" in checked.stdout
        # The check passes on a sound account; the state comes back before the send.
        sim.account("DEMO-API-KEY-102").state = ""
        from esms_desktop.simulator.base import SEND_PATHS

        original = sim.handle

        def refuse_sends(method: str, p: str, query: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
            if p.strip("/") in SEND_PATHS:
                sim.account("DEMO-API-KEY-102").state = "no_price_list"
            return original(method, p, query, body)

        sim.handle = refuse_sends  # type: ignore[method-assign]
        sent = run_cli(app_home, "--lang", "en", "send", str(path), *_args(path), "--yes",
                       server_url=server.base_url, env=_keys("102"))  # fmt: skip
    out = sent.stdout + sent.stderr
    assert sent.returncode == 1 and sim.accepted == [], out
    assert "102 - No price list" in out
    assert "send the rest with esms-desktop resume 1" in out


@pytest.mark.parametrize("code", ["143", "140", "102"])
def test_diagnose_names_the_account_state_not_a_fault_to_report(code: str) -> None:
    """``diagnose`` on a locked (143), not whitelisted (140) or unpriced (102) account
    closed with "some answers differ... send this to support": the answers are as
    documented; it now says what eSMS refused and what to do."""
    sim = _sim()
    creds = Credentials(f"DEMO-API-KEY-{code}", f"DEMO-SECRET-KEY-{code}")
    with EsmsClient(creds, transport=SimulatorTransport(sim), sleep=lambda _s: None) as client:
        result = diagnose(client)
    with speaking("en"):
        text = report_text(result)
    assert result.account_codes == [code]
    assert "eSMS refused this account (not a fault of the app)" in text
    assert "Send this text to support" not in text
    assert "CAMPAIGN_NUMBER" not in text and "SỐ_CHIẾN_DỊCH" not in text


def test_the_window_says_how_to_send_the_rest_after_102(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The price list taken away after the check: the window's send stopped at 102 with
    "ask your sales contact", not a word of Resume. It now says to press Resume once it is
    put right; Resume then sends each customer once."""
    from esms_desktop.gui import dialogs
    from esms_desktop.simulator import DEMO_API_KEY

    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *_a, **_k: None)
    window = demo_window
    prepare(qtbot, window, tmp_path, rows=6, latency=0.0)
    sim = window.session.simulator
    assert sim is not None
    sim.account(DEMO_API_KEY).state = "no_price_list"
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=60_000):
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    said = send.outcome.text()
    assert "No price list" in said and "press Resume to send the rest" in said, said
    assert sim.accepted == []
    qtbot.waitUntil(send.resume_button.isEnabled, timeout=10_000)
    sim.account(DEMO_API_KEY).state = ""
    with qtbot.waitSignal(send.finished, timeout=60_000):
        qtbot.mouseClick(send.resume_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert sorted(sim.accepted_phones()) == [f"096{i:06d}1" for i in range(6)]


def test_balance_of_an_empty_account_says_nothing_can_be_sent(app_home: Path) -> None:
    """``balance`` on an account at 0 VND printed "Balance: 0 VND" and exit 0, nothing
    more: every send would be refused 103."""
    with SimulatorServer(_sim()) as server:
        empty = run_cli(app_home, "--lang", "en", "balance", server_url=server.base_url,
                        env=_keys("103"))  # fmt: skip
        full = run_cli(app_home, "--lang", "en", "balance", server_url=server.base_url)
    assert "Balance: 0 VND" in empty.stdout
    assert "[!] Nothing can be sent with this balance" in empty.stdout and "103" in empty.stdout
    assert "[!]" not in full.stdout
