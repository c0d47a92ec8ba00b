"""Small holes found by trying the command line as an attacker or an unlucky user would."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import ORDER, phones, run_cli
from files import write_text

from esms_desktop.api.urls import validate_base_url
from esms_desktop.base.errors import ConfigError
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.checks import run_checks
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.reports.campaign_report import visible
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
)


def cli(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, env=env, language=None)


def customers(tmp_path: Path, names: list[str]) -> Path:
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [n, p, f"DH{i}"] for i, (n, p) in enumerate(zip(names, phones(len(names)), strict=True))
    ]
    return write_text(tmp_path / "customers.csv", rows)


@pytest.mark.parametrize("report", ["r.pdf", "missing-folder/r.xlsx"])
def test_an_unusable_report_path_is_refused_before_anything_is_sent(
    tmp_path: Path, report: str
) -> None:
    sim = EsmsSimulator()
    path = customers(tmp_path, ["Lan", "Mai"])
    with SimulatorServer(sim) as server:
        env = {"ESMS_API_URL": server.base_url, "ESMS_API_KEY": DEMO_API_KEY,
               "ESMS_SECRET_KEY": DEMO_SECRET_KEY}  # fmt: skip
        done = cli(tmp_path / "home", "--lang", "en", "send", str(path), "--channel", "cskh",
                   "--brandname", DEMO_CSKH_BRAND, "--content", ORDER, "--yes",
                   "--report", str(tmp_path / report), env=env)  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Cannot write the report there" in done.stderr and "Nothing was sent" in done.stderr
    assert sim.accepted == [] and "Traceback" not in done.stderr


def test_control_characters_in_names_reach_the_report_visibly(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    path = customers(tmp_path, ["La\x0bn", "Mai\x1b[31m"])
    out = tmp_path / "r.xlsx"
    with SimulatorServer(sim) as server:
        env = {"ESMS_API_URL": server.base_url, "ESMS_API_KEY": DEMO_API_KEY,
               "ESMS_SECRET_KEY": DEMO_SECRET_KEY}  # fmt: skip
        done = cli(tmp_path / "home", "--lang", "en", "send", str(path), "--channel", "fixed",
                   "--content", "Chao {Tên}", "--yes", "--report", str(out),
                   "--campaign", "Tet\x1b]0;pwned\x07 sale", env=env)  # fmt: skip
        history = cli(tmp_path / "home", "--lang", "en", "history", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    from openpyxl import load_workbook

    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert any("[U+000B]" in str(c) for c in cells)
    assert visible("a\x1bb") == "a[U+001B]b"
    assert "\x1b" not in done.stdout + history.stdout and "Tet sale" in history.stdout


def test_explain_follows_the_language_setting_and_ends_quietly_in_a_pipe(tmp_path: Path) -> None:
    english = cli(tmp_path, "explain", "107", env={"ESMS_DESKTOP_LANG": "en"})
    assert english.stdout.startswith("107 - Fewer than 30 numbers")
    piped = subprocess.run(
        f'"{sys.executable}" -m esms_desktop explain 107 | head -1',
        shell=True, capture_output=True, text=True, timeout=60,
        env={**os.environ, "ESMS_DESKTOP_HOME": str(tmp_path)},
    )  # fmt: skip
    assert piped.stdout.startswith("107") and "Traceback" not in piped.stderr


@pytest.mark.parametrize(
    "url", ["https://rest.esms.vn@example.com/", "https://user:pw@rest.esms.vn/MainService.svc/"]
)
def test_addresses_with_user_info_are_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="'@'"):
        validate_base_url(url)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_app_folder_and_journal_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(home))
    from esms_desktop.app.logs import setup_logging

    with Journal() as journal:
        assert journal.campaigns() == []
    setup_logging()
    files = [p for p in home.rglob("*")]
    assert files, "nothing to check"
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for p in files:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, (p, oct(mode))


def test_app_folder_that_is_a_file_is_a_plain_message(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    done = cli(home, "--lang", "en", "history")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "is a file, not a folder" in done.stderr


def test_schedules_far_ahead_are_refused(tmp_path: Path) -> None:
    recipients = open_recipients(customers(tmp_path, ["Lan"]))
    for when, code in [
        (dt.datetime(9999, 12, 31, 23, 59, tzinfo=VIETNAM), "schedule_far"),
        (dt.datetime(2000, 1, 1, 9, 0, tzinfo=VIETNAM), "schedule_past"),
    ]:
        spec = CampaignSpec(channel="fixed", content="Hi", schedule=when)
        report = run_checks(recipients, spec)
        assert report.blocked and code in {p.code for p in report.problems}


@pytest.mark.parametrize("channel", ["cskh", "fixed"])
def test_the_balance_moves_by_exactly_the_recorded_cost(tmp_path: Path, channel: str) -> None:
    """History's cost is the price of each accepted message, carrier by carrier."""
    from esms_desktop.app.resources import sample_file
    from esms_desktop.checks import load_account_for
    from esms_desktop.sending import Sender, create_campaign
    from esms_desktop.simulator import demo_client

    sim = EsmsSimulator()
    client = demo_client(sim)
    content = ORDER.replace("{Tên}", "{Họ và tên}") if channel == "cskh" else "Chao {Họ và tên}!"
    spec = CampaignSpec(
        channel=channel, content=content, brandname=DEMO_CSKH_BRAND if channel == "cskh" else ""
    )
    report = run_checks(
        open_recipients(sample_file()),
        spec,
        account=load_account_for(client, spec),
        client=client,  # type: ignore[arg-type]
    )
    before = sim.accounts[DEMO_API_KEY].balance
    with Journal(tmp_path / "j.sqlite3") as journal:
        cid = create_campaign(journal, report, client=client)  # type: ignore[arg-type]
        Sender(journal, client, cid).run()  # type: ignore[arg-type]
        charged = before - sim.accounts[DEMO_API_KEY].balance
        assert charged > 0 and journal.cost(cid) == charged


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1943929.6, "vi", "1.943.930"),
        ("2550", "en", "2,550"),
        (Decimal("2550.00"), "vi", "2.550"),
        (350, "en", "350"),
        (-1200, "vi", "-1.200"),
        ("not a number", "en", "not a number"),
        (Decimal("Infinity"), "vi", "Infinity"),
    ],
)
def test_amounts_and_counts_are_grouped_as_the_language_writes_them(
    value: object, lang: str, expected: str
) -> None:
    """English reads "2.550 VND" as two and a half dong."""
    from esms_desktop.base.numbers import grouped
    from esms_desktop.base.texts import speaking

    with speaking(lang):
        assert grouped(value) == expected  # type: ignore[arg-type]


def test_rows_left_unnamed_are_counted_as_the_language_writes_counts() -> None:
    from spoken import en, vi

    from esms_desktop.base.texts import words
    from esms_desktop.checks.problems import Problem, Severity

    rows = tuple(range(4990, 6990))
    problem = Problem("108", Severity.ROWS, words("checks.no_recipients"), rows)
    assert vi(problem).endswith(
        "(dòng 4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997 (và 1.992 dòng khác))"
    )
    assert en(problem).endswith("4997 (+1,992 more))")
