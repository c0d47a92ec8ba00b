"""``esms-desktop send``: asks before spending, refuses blocked campaigns, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from engine_helpers import ORDER, cli, order_list, phones, run_cli

from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    EsmsSimulator,
    SimulatorServer,
)


def run(
    server: SimulatorServer, home: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, server_url=server.base_url, stdin=stdin)


def customers(tmp_path: Path, numbers: list[str]) -> Path:
    return order_list(tmp_path, numbers)


def test_send_asks_with_count_and_cost_and_no_sends_nothing(tmp_path: Path, app_home: Path) -> None:
    sim = EsmsSimulator()
    path = customers(tmp_path, phones(3))
    args = ("send", str(path), "--channel", "cskh", "--brandname", DEMO_CSKH_BRAND,
            "--content", ORDER)  # fmt: skip
    with SimulatorServer(sim) as server:
        refused = run(server, app_home, *args, stdin="n\n")
        assert refused.returncode == 1
        assert "Send 3 messages (cskh) for about 2,550 VND? [y/N]" in refused.stdout
        assert "Nothing was sent." in refused.stdout and sim.accepted == []
        no_input = run(server, app_home, *args)  # no terminal, no answer: no
        assert no_input.returncode == 1 and sim.accepted == []
        accepted = run(server, app_home, *args, stdin="y\n")
        assert accepted.returncode == 0, accepted.stdout + accepted.stderr
        assert len(sim.accepted) == 3
        history = run(server, app_home, "history")
        assert "3 accepted" in history.stdout and "2,550 VND" in history.stdout


def test_send_refuses_a_blocked_campaign_and_exits_1_on_failures(
    tmp_path: Path, app_home: Path
) -> None:
    sim = EsmsSimulator()
    with SimulatorServer(sim) as server:
        blocked = run(server, app_home, "send", str(customers(tmp_path, phones(3))), "--channel",
                      "qc", "--content", "[QC] x", "--yes")  # fmt: skip
        assert blocked.returncode == 1 and "107" in blocked.stdout and sim.request_count <= 4
        assert sim.accepted == []
        # One number is blocked by eSMS (99): the rest goes, the exit code says not all did.
        mixed = customers(tmp_path, [*phones(2), "0961230099"])
        partial = run(server, app_home, "send", str(mixed), "--channel", "fixed", "--content",
                      "Chao {Tên}", "--yes")  # fmt: skip
        assert partial.returncode == 1
        assert "2 accepted, 1 failed" in partial.stdout
        assert "Number blocked" in partial.stderr


def test_demo_campaigns_never_mix_with_real_ones(tmp_path: Path, app_home: Path) -> None:
    """Resuming a demo campaign with real keys would send the demo's messages for real."""
    path = customers(tmp_path, phones(2))
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(app_home)}
    demo = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--demo", "--lang", "en", "send", str(path),
         "--channel", "fixed", "--content", "Chao {Tên}", "--yes"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stdout + demo.stderr
    real = subprocess.run([sys.executable, "-m", "esms_desktop", "--lang", "en", "history"],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert "No campaigns yet." in real.stdout
    shown = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--demo", "--lang", "en", "history"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "2 accepted" in shown.stdout
    assert (app_home / "demo" / "journal.sqlite3").exists()
    # Vietnam time, as the reports, whatever the computer's zone (the audit's PC: UTC).
    zoned = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--demo", "--lang", "en", "history"],
        capture_output=True, text=True, env={**env, "TZ": "America/New_York"}, timeout=60,
    )  # fmt: skip
    assert "Vietnam time" in zoned.stdout
    line = next(x for x in zoned.stdout.splitlines() if "2 accepted" in x)
    from esms_desktop.journal import Journal

    with Journal(app_home / "demo" / "journal.sqlite3") as journal:
        created = journal.campaigns()[0].created_at
    vietnam = dt.datetime.fromtimestamp(created, dt.timezone(dt.timedelta(hours=7)))
    # As the window shows it (it read 2026-12-07 20:33 beside the window's 07/12/2026 20:33).
    assert vietnam.strftime("%d/%m/%Y %H:%M") in line, line


def test_optout_list_from_the_command_line(tmp_path: Path, app_home: Path) -> None:
    sim = EsmsSimulator()
    with SimulatorServer(sim) as server:
        mixed = customers(tmp_path, [*phones(2), "0961230099"])
        sent = run(server, app_home, "send", str(mixed), "--channel", "fixed", "--content",
                   "Chao {Tên}", "--yes")  # fmt: skip
        assert "optout add --from-campaign 1" in sent.stdout
        assert run(server, app_home, "optout", "add", "--from-campaign", "1").returncode == 0
        assert run(server, app_home, "optout", "add", "+84 90 123 4567").returncode == 0
        listed = run(server, app_home, "optout", "list").stdout.split()
        assert listed[:2] == ["0961230099", "0901234567"]
        assert run(server, app_home, "optout", "add", "hello").returncode == 2
        run(server, app_home, "optout", "remove", "0901234567")
        assert "0901234567" not in run(server, app_home, "optout", "list").stdout
        # The next check leaves the blocked number out before anything is spent.
        checked = run(server, app_home, "check", str(mixed), "--channel", "fixed", "--content",
                      "Chao {Tên}", "--json")  # fmt: skip
        assert [b["row"] for b in json.loads(checked.stdout)["blocked"]] == [4]


def test_the_same_campaign_twice_needs_again(tmp_path: Path, app_home: Path) -> None:
    """The same text to the same numbers within 24 hours: left out, unless --again."""
    sim = EsmsSimulator()
    path = customers(tmp_path, phones(4))
    args = ("send", str(path), "--channel", "cskh", "--brandname", DEMO_CSKH_BRAND,
            "--content", ORDER, "--yes")  # fmt: skip
    with SimulatorServer(sim) as server:
        first = run(server, app_home, *args)
        assert first.returncode == 0, first.stdout + first.stderr
        repeat = run(server, app_home, *args)  # --yes alone does not confirm a repeat
        assert repeat.returncode == 1
        assert (
            "sent_already: This number got this same message in the last 24 hours " in repeat.stdout
        )
        assert "(campaign 1)" in repeat.stdout and "--again" in repeat.stdout
        assert "No number is left to send to" in repeat.stdout
        assert len(sim.accepted) == 4
        again = run(server, app_home, *args, "--again")
        assert again.returncode == 0, again.stdout + again.stderr
        assert len(sim.accepted) == 8
        other = run(server, app_home, *args[:-2], ORDER.replace("Cam on", "Xin cam on"), "--yes")
        assert "--again" not in other.stdout  # another message is another campaign


def test_progress_waiting_and_the_pause_are_printed_plainly() -> None:
    import io

    from esms_desktop.base.texts import speaking
    from esms_desktop.cli.send import _Printer, print_outcome
    from esms_desktop.journal import CampaignState
    from esms_desktop.sending import Progress, SendOutcome, Trouble

    out = io.StringIO()
    printer = _Printer(out)
    with speaking("en"):
        printer.progress(Progress(30, 0, 0, 30, 0.0, None))
        # Within the half second that throttles counts: a wait is printed all the same.
        trouble = Trouble("network", "ConnectError", 1, 6, 2)
        printer.progress(Progress(30, 0, 0, 30, 0.0, None, trouble))
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("No answer from eSMS: is the internet connection down?")

    out = io.StringIO()
    with speaking("vi"):
        _Printer(out).progress(Progress(100_000, 98_946, 0, 1_054, 25.24, 41.8))
    assert out.getvalue() == (
        "đã gửi 98.946/100.000, lỗi 0, còn 1.054, 25,2 tin/giây, còn khoảng 42 giây\n"
    )
    out = io.StringIO()
    with speaking("en"):
        _Printer(out).progress(Progress(100_000, 0, 0, 100_000, 0.0, None))
    assert out.getvalue() == "sent 0/100,000, failed 0, left 100,000, 0.0/s\n"

    paused = SendOutcome(CampaignState.PAUSED, "bad_answer", "HTTP 404", remaining=30)
    out = io.StringIO()
    with speaking("vi"):
        print_outcome(paused, 7, out)
    assert out.getvalue().startswith(
        "Chiến dịch 7: 0 đã gửi, 0 lỗi, 30 chưa gửi, 0 chưa rõ - tạm dừng"
    )
    assert "Không đọc được câu trả lời của eSMS (HTTP 404)" in out.getvalue()
    assert "esms-desktop resume" in out.getvalue()


def test_ctrl_c_pauses_a_send_plainly_and_it_is_resumed_never_sent_twice(
    tmp_path: Path, app_home: Path
) -> None:
    """Ctrl+C printed a traceback (``Thread.join`` interrupted: the thread looked ended
    while it still sent) and no hint; running the same send again then advised
    ``--again``, which with the resume after it sent every customer the message twice.
    Now the rows still to go are left out, with the resume to run."""
    import signal
    import time

    from esms_desktop.simulator.faults import FaultPlan

    sim = EsmsSimulator()
    numbers = phones(40)
    path = customers(tmp_path, numbers)
    args = ("send", str(path), "--channel", "cskh", "--brandname", DEMO_CSKH_BRAND,
            "--content", ORDER, "--yes")  # fmt: skip
    with SimulatorServer(sim, FaultPlan(latency=0.15)) as server:
        first = cli(server.base_url, app_home, *args)
        deadline = time.monotonic() + 60
        while not sim.accepted and time.monotonic() < deadline:
            time.sleep(0.02)
        first.send_signal(signal.SIGINT)
        out, err = first.communicate(timeout=60)
        assert "Traceback" not in err and "Error" not in err, err
        assert "pausing: requests on their way finish first" in err
        assert "To send the rest: esms-desktop resume 1" in out, out
        assert first.returncode == 1 and 0 < len(sim.accepted) < 40

        repeat = run(server, app_home, *args)
        assert repeat.returncode == 1 and "No number is left to send to" in repeat.stdout
        assert "which has not finished" in repeat.stdout
        assert "esms-desktop resume 1" in repeat.stdout

        resumed = run(server, app_home, "resume", "1")
        assert resumed.returncode == 0, resumed.stdout + resumed.stderr
        assert sorted(m.phone for m in sim.accepted) == sorted(numbers)  # each once


def test_a_sandbox_run_says_so_and_does_not_stand_in_for_the_real_send(
    tmp_path: Path, app_home: Path
) -> None:
    """A sandbox run looked like a real send (cost included), then refused the real one as
    "already sent to these people": the customers would never have got it (found by
    trying the command line)."""
    sim = EsmsSimulator()
    path = customers(tmp_path, phones(3))
    args = ("send", str(path), "--channel", "cskh", "--brandname", DEMO_CSKH_BRAND,
            "--content", ORDER, "--yes")  # fmt: skip
    with SimulatorServer(sim) as server:
        trial = run(server, app_home, *args, "--sandbox")
        assert trial.returncode == 0, trial.stdout + trial.stderr
        assert (
            "Sandbox: eSMS checked these messages; none was delivered or charged." in trial.stdout
        )
        history = run(server, app_home, "history").stdout
        assert "(sandbox)" in history and "about 0 VND" in history
        real = run(server, app_home, *args)
        assert real.returncode == 0, real.stdout + real.stderr
        assert "Sandbox" not in real.stdout
    assert [m.sandbox for m in sim.accepted] == [True] * 3 + [False] * 3


def test_a_list_sent_again_with_a_customer_added_goes_to_the_new_one_only(
    tmp_path: Path, app_home: Path
) -> None:
    """The same text minutes later, to the same list plus one (or to part of it, written
    another way): the whole list got it again (found by trying the command line)."""
    sim = EsmsSimulator()
    numbers = phones(4)
    args = ("--channel", "cskh", "--brandname", DEMO_CSKH_BRAND, "--content", ORDER, "--yes")
    with SimulatorServer(sim) as server:
        first = run(server, app_home, "send", str(customers(tmp_path, numbers[:3])), *args)
        assert first.returncode == 0, first.stdout + first.stderr
        more = tmp_path / "more"
        more.mkdir()
        plus_one = run(server, app_home, "send", str(customers(more, numbers)), *args)
        assert plus_one.returncode == 0, plus_one.stdout + plus_one.stderr
        assert "(campaign 1)" in plus_one.stdout and "(rows 2, 3, 4)" in plus_one.stdout
    assert sorted(m.phone for m in sim.accepted) == sorted(numbers)  # each once


def test_next_steps_name_the_campaign_the_command_knows(tmp_path: Path, app_home: Path) -> None:
    """Tried from outside: "run 'esms-desktop resume CAMPAIGN_NUMBER'" where the command
    knew the number."""
    from esms_desktop.journal.lock import CampaignLock
    from esms_desktop.journal.store import default_path

    sim = EsmsSimulator()
    path = customers(tmp_path, phones(2))
    with SimulatorServer(sim) as server:
        sent = run(server, app_home, "send", str(path), "--channel", "fixed", "--content",
                   "Chao {Tên}", "--yes")  # fmt: skip
        assert sent.returncode == 0, sent.stdout + sent.stderr
        with CampaignLock(default_path().parent / "locks", 1):  # another window sends it
            busy = run(server, app_home, "resume", "1")
            busy_vi = run(server, app_home, "resume", "1", "--lang", "vi")
    assert busy.returncode == 1 and "Traceback" not in busy.stderr
    assert "close it and run 'esms-desktop resume 1'" in busy.stderr, busy.stderr
    assert "rồi chạy 'esms-desktop resume 1'" in busy_vi.stderr, busy_vi.stderr
    assert "CAMPAIGN_NUMBER" not in busy.stderr and "SỐ_CHIẾN_DỊCH" not in busy_vi.stderr


def test_a_next_step_without_a_known_campaign_says_how_to_find_it() -> None:
    from spoken import en, on_command_line

    from esms_desktop.base.errors import JournalError
    from esms_desktop.journal.lock import CampaignBusyError
    from esms_desktop.sending.sender import AccountMismatchError

    def action(exc: Exception) -> str:
        return on_command_line(_Action(exc))

    disk_full = JournalError("cannot write the journal: database or disk is full")
    assert action(disk_full).endswith("then run the command again.")
    disk_full.campaign_id = 4  # while campaign 4 was sent (cli.send.run_sender)
    assert "then run 'esms-desktop resume 4'" in action(disk_full)
    busy = CampaignBusyError(7)
    assert "run 'esms-desktop resume 7'" in action(busy)
    busy.campaign_id = None
    assert "'esms-desktop history' lists them" in action(busy)
    assert "run 'esms-desktop --profile Shop resume 3'" in action(AccountMismatchError(3, "Shop"))
    assert '--profile "Shop Hoa" resume 3' in action(AccountMismatchError(3, "Shop Hoa"))
    keys = action(AccountMismatchError(3, ""))
    assert "ESMS_API_KEY" in keys and "'esms-desktop resume 3'" in keys
    # The window's words name its button, never a command.
    assert "Resume" in en(_Action(busy)) and "esms-desktop" not in en(_Action(busy))


class _Action:
    """An error's next step, said when it is printed (in the language and front of then)."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def __str__(self) -> str:
        from esms_desktop.app.user_text import for_error

        return for_error(self.exc).action


def test_no_next_step_holds_a_made_up_campaign_number() -> None:
    import re

    from esms_desktop.base.texts import LANGUAGES, catalogue

    placeholder = re.compile(r"CAMPAIGN_(NUMBER|ID)|SỐ_CHIẾN_DỊCH|CHIẾN_DỊCH")
    for lang in LANGUAGES:
        found = [key for key, text in catalogue(lang).items() if placeholder.search(text)]
        assert not found, (lang, found)


def test_a_pause_by_esms_names_the_campaign_to_resume() -> None:
    """Tried from outside: a 12,000-message send that ran out of balance (103) ended "then
    run esms-desktop resume CAMPAIGN_NUMBER", campaign 1 being known."""
    import io

    from spoken import on_command_line

    from esms_desktop.cli.send import print_outcome
    from esms_desktop.journal.models import CampaignState
    from esms_desktop.sending.progress import SendOutcome

    class _Printed:
        def __str__(self) -> str:
            out = io.StringIO()
            paused = SendOutcome(CampaignState.PAUSED, "103", "", 2292, 1, remaining=9706)
            print_outcome(paused, 1, out)
            return out.getvalue()

    for lang in ("en", "vi"):
        printed = on_command_line(_Printed(), lang)
        assert "esms-desktop resume 1" in printed, printed
        assert "CAMPAIGN_NUMBER" not in printed and "SỐ_CHIẾN_DỊCH" not in printed
