"""The check is the send: the window and the command line prepare a campaign the same way.

Both fronts go through ``esms_desktop.app.preparation``; these tests run the same
inputs through the real window (demo) and the real command line (a child process)
and compare what each says field by field, and check that the command line keeps
Decree 91's limit of 3 advertising messages per number per 24 hours.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import AD, daytime_offset, phones, run_cli
from files import write_text
from pytestqt.qtbot import QtBot

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.resources import sample_file
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
from esms_desktop.checks import load_account_for, run_checks
from esms_desktop.checks.result import CheckReport
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import RowState, open_recipients
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_QC_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    SimulatorTransport,
)

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def midday_offset() -> str:
    """Seconds to move the app's clock to 12:00 Vietnam time today (advertising hours)."""
    return str(int(daytime_offset() + 2 * 3600))


@pytest.fixture
def noon(monkeypatch: pytest.MonkeyPatch) -> str:
    offset = midday_offset()
    monkeypatch.setenv(CLOCK_OFFSET_ENV, offset)
    return offset


def cli(home: Path, *args: str, server: SimulatorServer | None = None, stdin: str = "") -> Any:
    url = None if server is None else server.base_url
    return run_cli(home, *args, server_url=url, stdin=stdin, timeout=180)


def send_ads(journal: Journal, path: Path, times: int) -> None:
    """``times`` advertising campaigns to the numbers of ``path``, really sent (demo eSMS)."""
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(EsmsSimulator())
    )
    spec = CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND)
    for _ in range(times):
        report = run_checks(open_recipients(path), spec, account=load_account_for(client, spec),
                            client=client)  # fmt: skip
        assert not report.blocked, report.problems
        cid = create_campaign(journal, report, client=client, again=True)
        assert Sender(journal, client, cid).run().complete
    client.close()


def window_fields(report: CheckReport) -> dict[str, Any]:
    """What the window's check says, in the command line's ``check --json`` terms."""
    rows = report.recipients
    return {
        "total_rows": len(rows.rows),
        "ready": [r.row for r in rows.ready],
        "rejected": [r.row for r in rows.by_state(RowState.REJECTED)],
        "duplicates": [r.row for r in rows.by_state(RowState.DUPLICATE)],
        "blocked": [r.row for r in rows.by_state(RowState.BLOCKED)],
        "problems": [(p.code, p.severity.value, list(p.rows)) for p in report.problems],
        "sendable": len(report.sendable),
        "requests": list(report.requests),
        "estimated_cost": None if report.cost is None else int(report.cost),
        "cost_from_esms": report.cost_from_esms,
        "sendable_campaign": not report.blocked,
    }


def cli_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "total_rows": data["total_rows"],
        "ready": [r["row"] for r in data["ready"]],
        "rejected": [r["row"] for r in data["rejected"]],
        "duplicates": [r["row"] for r in data["duplicates"]],
        "blocked": [r["row"] for r in data["blocked"]],
        "problems": [(p["code"], p["severity"], p["rows"]) for p in data["problems"]],
        "sendable": data["sendable"],
        "requests": [r["size"] for r in data["requests"]],
        "estimated_cost": data["estimated_cost"],
        "cost_from_esms": data["cost_from_esms"],
        "sendable_campaign": data["sendable_campaign"],
    }


def window_check(qtbot: QtBot, window: Any, path: Path, channel: str, brand: str,
                 content: str, plain: bool = False) -> CheckReport:  # fmt: skip
    from esms_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    page = window.recipients_page
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.open_path(path)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData(channel))
    message.brand_combo.setCurrentText(brand)
    message.content_edit.setPlainText(content)
    message.plain_check.setChecked(plain)
    with qtbot.waitSignal(message.checked, timeout=60_000):
        message.run_check()
    report = window.session.report
    assert report is not None
    return report


CASES = {
    "sample-cskh": ("cskh", DEMO_CSKH_BRAND, ORDER),
    "sample-fixed": ("fixed", "", "Shop Hoa: don {Mã đơn} cua {Họ và tên} da giao. Cảm ơn!"),
    "sample-fixed-plain": (
        "fixed",
        "",
        "Shop Hoa: đơn {Mã đơn} của {Họ và tên} đã được giao tới bạn. Cảm ơn bạn đã tin tưởng Shop Hoa!",
    ),
    "ads-5000": ("qc", DEMO_QC_BRAND, AD),
}


@pytest.mark.parametrize("case", list(CASES))
def test_window_and_command_line_say_the_same(
    case: str, qtbot: QtBot, app_home: Path, tmp_path: Path, noon: str, demo_window: Any
) -> None:
    channel, brand, content = CASES[case]
    if case == "ads-5000":
        numbers = phones(5000)
        path = write_text(tmp_path / "ads.csv", [["Tên", "Số điện thoại"]]
                          + [[f"Khach {i}", p] for i, p in enumerate(numbers)])  # fmt: skip
        seen = write_text(tmp_path / "seen.csv", [["Tên", "Số điện thoại"]]
                          + [[f"Khach {i}", p] for i, p in enumerate(numbers[:40])])  # fmt: skip
        with Journal(demo=True) as journal:
            send_ads(journal, seen, 3)  # the first 40 numbers got 3 ads in the last 24 h
    else:
        path = sample_file()
    with Journal(demo=True) as journal:  # a number on the do-not-send list
        journal.change_opt_out(add=["0983456789", phones(1, 7)[0]], source="command line")
    args = ["--demo", "check", str(path), "--channel", channel, "--content", content, "--json"]
    if brand:
        args += ["--brandname", brand]
    plain = case.endswith("-plain")
    if plain:
        args.append("--plain")
    done = cli(app_home, *args)
    assert done.returncode in (0, 1), done.stderr
    from_cli = cli_fields(json.loads(done.stdout))
    report = window_check(qtbot, demo_window, path, channel, brand, content, plain)
    from_window = window_fields(report)
    if plain:
        assert all(text.isascii() for text in report.messages.values())
    for name, value in from_cli.items():
        assert from_window[name] == value, name
    if case == "ads-5000":
        held = dict((c, rows) for c, _s, rows in from_cli["problems"])["qc_daily"]
        assert len(held) == 39 and len(from_cli["blocked"]) == 1  # one is opted out too
        assert from_cli["sendable"] == 4960
        assert from_cli["requests"] == [4960]


def test_fourth_advertising_campaign_in_24_hours_sends_nothing_to_them(
    tmp_path: Path, app_home: Path, noon: str
) -> None:
    numbers = phones(35)
    path = write_text(tmp_path / "ads.csv", [["Tên", "Số điện thoại"]]
                      + [[f"Khach {i}", p] for i, p in enumerate(numbers)])  # fmt: skip
    sim = EsmsSimulator()
    args = ("send", str(path), "--channel", "qc", "--brandname", DEMO_QC_BRAND,
            "--content", AD, "--yes", "--again")  # fmt: skip
    with SimulatorServer(sim) as server:
        for n in range(1, 4):
            sent = cli(app_home, *args, server=server)
            assert sent.returncode == 0, sent.stdout + sent.stderr
            assert len(sim.accepted) == 35 * n
        fourth = cli(app_home, *args, server=server)
        assert fourth.returncode == 1, fourth.stdout
        assert len(sim.accepted) == 105  # nothing more reached eSMS
        assert "qc_daily" in fourth.stdout and "Decree 91" in fourth.stdout
        assert "Nothing" in fourth.stdout or "No number is left" in fourth.stdout
        # The check says so too, before any send.
        check = cli(app_home, "check", *args[1:-2], "--json", server=server)
        data = json.loads(check.stdout)
        assert data["sendable"] == 0 and not data["sendable_campaign"]


def test_the_fronts_prepare_only_through_the_app_layer() -> None:
    """The window and the command line never run the checks or read a list themselves."""
    root = Path(__file__).resolve().parents[1] / "esms_desktop"
    fronts = [*root.glob("cli*.py"), *(root / "gui").rglob("*.py")]
    for path in fronts:
        source = path.read_text(encoding="utf-8")
        for name in ("check_with_account", "run_checks", "open_recipients", "build_recipients"):
            assert name not in source, f"{path.name} calls {name}: use esms_desktop.app"
