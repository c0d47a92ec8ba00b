"""2,000 customer-care messages through the loopback simulator with 50 ms latency.

    uv run python benchmarks/send_engine.py [--messages N] [--latency S]

First, the time from ``esms-desktop send`` starting to its first message reaching
(the simulated) eSMS, at 200 ms latency: reading the file, the checks with their
account look-ups and price estimates, planning, then the first request. Next to
it, the floor: the same latency paid three times in a row (look-ups, estimates,
the send).

Baseline, measured in the same run against the same simulator: a plain loop
that sends one request at a time and waits for each answer, as eSMS's
official samples do. Then our engine with the default pace (4 in flight, 20
requests a second) and with a faster one. Also prints how many requests the
planner needs for 12,345 advertising and 1,234 Zalo recipients.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from engine_helpers import campaign, phones

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import TokenBucket
from esms_desktop.journal import Journal
from esms_desktop.message.spec import Channel
from esms_desktop.sending import Sender
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    FaultPlan,
    SimulatorServer,
    SimulatorTransport,
    demo_account,
)

ORDER = "Cam on Khach da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {n}."


def plain_loop(base_url: str, numbers: list[str]) -> float:
    client = EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), base_url)
    start = time.perf_counter()
    for i, phone in enumerate(numbers):
        result = client.send_customer_care(phone, ORDER.format(n=i), DEMO_CSKH_BRAND, f"loop-{i}")
        assert result.accepted, result
    client.close()
    return time.perf_counter() - start


def engine(base_url: str, numbers: list[str], folder: Path, in_flight: int, rate: float) -> float:
    planner = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(EsmsSimulator())
    )
    journal = Journal(folder / f"journal-{in_flight}-{rate}.sqlite3")
    cid = campaign(folder, journal, planner, numbers)
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        base_url,
        pace=TokenBucket(rate, burst=in_flight),
    )
    start = time.perf_counter()
    outcome = Sender(journal, client, cid, max_in_flight=in_flight).run()
    elapsed = time.perf_counter() - start
    assert outcome.complete, outcome
    client.close()
    journal.close()
    return elapsed


class _FirstSend(EsmsSimulator):
    """The simulator, noting when the first send request arrived."""

    SENDS = ("SendMultipleMessage", "SendMultipleSMS", "SendZalo", "Send_zns")

    def __init__(self, *args: object, latency: float = 0.0) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.latency = latency
        self.first_send: float | None = None
        self.lookups = 0

    def handle(self, method: str, path: str, query: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
        if self.first_send is None:
            if path.rstrip("/").split("/")[-1].startswith(self.SENDS):
                self.first_send = time.perf_counter() - self.latency  # arrived before the wait
            else:
                self.lookups += 1
        return super().handle(method, path, query, body)


def first_request(n: int, latency: float) -> tuple[float, int]:
    """Seconds from ``send`` starting to its first message arriving; look-ups made."""
    import contextlib
    import io
    import os

    from files import write_text

    from esms_desktop.cli.main import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        numbers = phones(n, 500_000)
        rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
            # Names with and without diacritics: 1 and 2 parts, times the carriers,
            # make several price groups, as in a real list.
            [f"Khách {i}" if i % 2 else f"Khach {i}", p, f"DH{i}"]
            for i, p in enumerate(numbers)
        ]
        path = write_text(folder / "khach.csv", rows)
        sim = _FirstSend([demo_account(Decimal(10**9))], latency=latency)
        with SimulatorServer(sim, FaultPlan(latency=latency)) as server:
            os.environ.update(
                ESMS_API_URL=server.base_url,
                ESMS_API_KEY=DEMO_API_KEY,
                ESMS_SECRET_KEY=DEMO_SECRET_KEY,
                ESMS_DESKTOP_HOME=str(folder / "home"),
            )
            content = ORDER.replace("Khach", "{Tên}").replace("{n}", "{Mã đơn}")
            argv = [
                "--lang", "en", "send", str(path), "--channel", "cskh", "--yes",
                "--brandname", DEMO_CSKH_BRAND, "--content", content,
            ]  # fmt: skip
            start = time.perf_counter()
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
                code = cli_main(argv)
            assert code == 0 and sim.first_send is not None, printed.getvalue()
            assert len(sim.accepted) == n, (len(sim.accepted), printed.getvalue()[-500:])
            return sim.first_send - start, sim.lookups


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--first-latency", type=float, default=0.2)
    args = parser.parse_args()
    n = args.messages
    first, lookups = first_request(n, args.first_latency)
    print(
        f"time to the first request of a {n:,}-message send at "
        f"{args.first_latency * 1000:.0f} ms latency: {first:.2f} s ({lookups} look-ups); "
        f"floor (three round trips): {3 * args.first_latency:.2f} s, "
        f"ratio {first / (3 * args.first_latency):.2f}x"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runs = {}
        for label, in_flight, rate in (
            ("plain loop, one at a time (baseline)", 0, 0.0),
            ("engine, default pace (4 in flight, 20/s)", 4, 20.0),
            ("engine, fast pace (8 in flight, 100/s)", 8, 100.0),
        ):
            sim = EsmsSimulator([demo_account(Decimal(10**9))])
            with SimulatorServer(sim, FaultPlan(latency=args.latency)) as server:
                numbers = phones(n, 100_000 * (len(runs) + 1))
                if in_flight == 0:
                    runs[label] = plain_loop(server.base_url, numbers)
                else:
                    runs[label] = engine(server.base_url, numbers, folder, in_flight, rate)
                assert len(sim.accepted) == n
    base = next(iter(runs.values()))
    print(f"{n:,} customer-care messages, {args.latency * 1000:.0f} ms simulated latency")
    for label, seconds in runs.items():
        print(
            f"  {label:<44} {seconds:7.2f} s  {n / seconds:6.1f} msg/s  "
            f"{base / seconds:5.2f}x baseline speed"
        )
    print("requests planned:")
    print(
        f"  12,345 advertising recipients -> "
        f"{len(Channel.ADVERTISING.batch_sizes(12_345))} requests "
        f"{Channel.ADVERTISING.batch_sizes(12_345)}"
    )
    zalo = Channel.ZALO.batch_sizes(1_234)
    print(f"  1,234 Zalo recipients -> {len(zalo)} bulk requests {zalo}")


if __name__ == "__main__":
    main()
