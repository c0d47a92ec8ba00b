"""Shared set-up for the engine tests: a checked campaign written to a journal."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from files import write_text

from esms_desktop.api.client import EsmsClient
from esms_desktop.checks import CheckReport, load_account_for, run_checks
from esms_desktop.journal import Journal
from esms_desktop.message.spec import VIETNAM, CampaignSpec, ParamSource
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.sending import create_campaign
from esms_desktop.simulator import DEMO_CSKH_BRAND, DEMO_OA_ACTIVE, DEMO_QC_BRAND, EsmsSimulator

ORDER = "Cam on {Tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."
AD = "[QC] Giam 20% hoa tuoi. Tu choi nhan tin soan TC gui 8085"


ZALO_PART: dict[str, object] = {
    "oaid": DEMO_OA_ACTIVE,
    "template_id": "226012",
    "params": {
        "customer_name": ParamSource(column="Tên"),
        "order_code": ParamSource(column="Mã đơn"),
        "amount": ParamSource(value="150000"),
    },
}


def daytime() -> dt.datetime:
    """Today 10:00, Vietnam time: advertising may go out then (07:00-22:00, Decree 91), so
    a check of advertising does not depend on the hour the tests run at."""
    return dt.datetime.now(VIETNAM).replace(hour=10, minute=0, second=0, microsecond=0)


def daytime_offset() -> float:
    """Seconds that put a clock (the app's, through ``CLOCK_OFFSET_ENV``, and the
    simulator's) at :func:`daytime`, the same Vietnam day."""
    return daytime().timestamp() - time.time()


def phones(n: int, start: int = 0) -> list[str]:
    """Viettel numbers that the simulator neither blocks nor templates away."""
    return [f"096{i + start:06d}1" for i in range(n)]


def campaign(
    tmp_path: Path,
    journal: Journal,
    client: EsmsClient,
    numbers: list[str],
    channel: str = "cskh",
    *,
    again: bool = False,
    name: str = "",
    **spec: object,
) -> int:
    report = checked_list(tmp_path, numbers, channel, client, **spec)
    assert not report.blocked, report.problems
    return create_campaign(journal, report, client=client, again=again, name=name)


def order_list(folder: Path, numbers: list[str], name: str = "customers.csv") -> Path:
    """A customer list as a shop keeps it: a name, the number and an order code a row."""
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [f"Khach {i}", p, f"DH{i}"] for i, p in enumerate(numbers)
    ]
    return write_text(folder / name, rows)


def fast_home(folder: Path) -> Path:
    """An app folder that sends at a loopback pace (the default, 8 requests a second,
    is for real accounts)."""
    home = folder / "home"
    home.mkdir()
    (home / "settings.json").write_text('{"requests_per_second": 50, "max_in_flight": 6}')
    return home


def checked_list(
    tmp_path: Path,
    numbers: list[str],
    channel: str = "cskh",
    client: EsmsClient | None = None,
    **spec: object,
) -> CheckReport:
    """A list of ``numbers`` (a name and an order code each) checked for ``channel`` with
    the demo's brandname, template or OA, asking eSMS through ``client`` (None: eSMS did
    not answer)."""
    recipients = open_recipients(order_list(tmp_path, numbers, f"list-{channel}.csv"))
    defaults: dict[str, object] = {
        "cskh": {"content": ORDER, "brandname": DEMO_CSKH_BRAND},
        "fixed": {"content": "Shop Hoa: don {Mã đơn} da giao."},
        "qc": {"content": AD, "brandname": DEMO_QC_BRAND},
        "zalo": ZALO_PART,
    }.get(channel, {})  # type: ignore[assignment]
    if channel == "zalo-sms":  # the Zalo part as "zalo", the SMS part as "cskh"
        defaults = {**ZALO_PART, "content": ORDER, "brandname": DEMO_CSKH_BRAND}
    assert isinstance(defaults, dict)
    full = CampaignSpec(channel=channel, **{**defaults, **spec})  # type: ignore[arg-type]
    account = load_account_for(client, full) if client is not None else None
    now = daytime() if channel == "qc" and "schedule" not in spec else None
    return run_checks(recipients, full, account=account, client=client, now=now)


#: The real command line; in English.
PROGRAM = [sys.executable, "-m", "esms_desktop"]
COMMAND = [*PROGRAM, "--lang", "en"]


def cli_env(
    home: Path, server_url: str | None = None, env: dict[str, str] | None = None
) -> dict[str, str]:
    """The command line's environment: the app folder ``home`` and, given a loopback
    eSMS at ``server_url``, its address and the demo keys."""
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY

    full = {**os.environ, "ESMS_DESKTOP_HOME": str(home)}
    if server_url is not None:
        full.update(
            ESMS_API_URL=server_url, ESMS_API_KEY=DEMO_API_KEY, ESMS_SECRET_KEY=DEMO_SECRET_KEY
        )
    return {**full, **(env or {})}


def cli(
    server_url: str, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The real command line in a child process, on the demo keys and ``server_url``."""
    return subprocess.Popen(
        [*COMMAND, *args],
        env=cli_env(home, server_url, env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_cli(
    home: Path,
    *args: str,
    server_url: str | None = None,
    stdin: str = "",
    timeout: float = 120,
    env: dict[str, str] | None = None,
    language: str | None = "en",
) -> subprocess.CompletedProcess[str]:
    """The real command line run to its end (``server_url``, ``env``: as :func:`cli`); its
    output read as UTF-8. ``language``: None leaves the choice to the app (settings,
    environment), as a user who types no ``--lang``."""
    return subprocess.run(
        [*PROGRAM, *(["--lang", language] if language else []), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(home, server_url, env),
        timeout=timeout,
    )


def kill_when(proc: subprocess.Popen[str], sim: EsmsSimulator, accepted: int) -> bool:
    """SIGKILL ``proc`` once the simulator has accepted ``accepted`` messages.

    False when the process ended by itself first (nothing was left to kill).
    """
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(sim.accepted) >= accepted:
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the sending process made no progress")
