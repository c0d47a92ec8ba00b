"""``python -m esms_desktop.simulator --port N``: a loopback eSMS for trying things out."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from decimal import Decimal

from esms_desktop.base.vntime import from_esms
from esms_desktop.simulator.accounts import demo_account, state_accounts
from esms_desktop.simulator.base import ZNS_SMS_TYPES
from esms_desktop.simulator.faults import ODD_ANSWERS, Fault, FaultPlan
from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY
from esms_desktop.simulator.server import SimulatorServer
from esms_desktop.simulator.service import EsmsSimulator


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m esms_desktop.simulator",
        description="Run the eSMS simulator on this machine (loopback only).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--balance", type=Decimal, default=Decimal(2_000_000), help="VND")
    parser.add_argument("--status-delay", type=float, default=6.0, help="seconds to final status")
    parser.add_argument(
        "--records-lag",
        type=float,
        default=180.0,
        help="seconds before an accepted message shows in eSMS's look-ups (default 180)",
    )
    parser.add_argument(
        "--template-delay",
        type=float,
        default=20.0,
        help="seconds until a template registration is moderated",
    )
    _add_faults(parser)
    parser.add_argument(
        "--requestid-window",
        choices=("day", "24h"),
        default="day",
        help="how long a RequestId blocks a repeat: the Vietnam calendar day (default, the "
        "stricter reading of eSMS's documentation) or 24 hours",
    )
    parser.add_argument(
        "--zns-sms-type",
        choices=ZNS_SMS_TYPES,
        default="24",
        help="the SmsType under which accepted Zalo messages are filed in the look-ups: "
        "24 (Zalo ưu tiên) or 25 (Zalo bình thường); eSMS's pages do not say which a send gets",
    )
    parser.add_argument(
        "--oa-quality",
        choices=("HIGH", "MEDIUM", "LOW", "UNDEFINED"),
        default="",
        help="the quality ZNS/GetQuality gives the demo OA (last 48 hours and 7 days); by "
        "default UNDEFINED until its first Zalo message",
    )
    parser.add_argument(
        "--sms-part-fails",
        type=float,
        default=0.0,
        help="the share (0 to 1) of numbers whose SMS part of a Zalo then SMS message fails "
        "too, after their ZNS failed (default 0: it reaches the phone)",
    )
    parser.add_argument(
        "--start-at",
        default="",
        help="start the simulator's clock at this Vietnam time (yyyy-mm-dd hh:MM:ss); "
        "it runs on from there",
    )
    return parser


def _add_faults(parser: argparse.ArgumentParser) -> None:
    """The seeded faults: latency, cuts, errors and odd answers."""
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--cut-before", type=float, default=0.0, help="probability")
    parser.add_argument("--cut-after", type=float, default=0.0, help="probability")
    parser.add_argument("--http-500", type=float, default=0.0, help="probability")
    parser.add_argument("--garbage", type=float, default=0.0, help="probability")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--odd-answer",
        choices=[f.value for f in ODD_ANSWERS],
        default=Fault.CODE_FLOAT.value,
        help="the odd answer given after processing (with --odd-answer-rate)",
    )
    parser.add_argument("--odd-answer-rate", type=float, default=0.0, help="probability")
    parser.add_argument(
        "--trickle-every", type=float, default=0.5, help="seconds between bytes of a trickle"
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from esms_desktop.api.urls import is_loopback_host

    if args.records_lag < 0:
        parser.error("--records-lag takes seconds, 0 or more")

    if not is_loopback_host(args.host):
        parser.error("the simulator only listens on a loopback address")
    try:
        faults = FaultPlan(
            args.cut_before,
            args.cut_after,
            args.http_500,
            args.garbage,
            args.latency,
            args.seed,
            odd_answer=args.odd_answer_rate,
            answer_shape=Fault(args.odd_answer),
            trickle_every=args.trickle_every,
        )
    except ValueError as exc:
        parser.error(str(exc))
    sim = EsmsSimulator(
        [demo_account(args.balance), *state_accounts()],
        status_delay=args.status_delay,
        request_id_window=args.requestid_window,
        records_lag=args.records_lag,
        clock=_clock(parser, args.start_at),
        zns_sms_type=args.zns_sms_type,
    )
    sim.template_delay = args.template_delay
    if not 0 <= args.sms_part_fails <= 1:
        parser.error("--sms-part-fails takes a share from 0 to 1")
    sim.sms_part_fails = args.sms_part_fails
    if args.oa_quality:
        from esms_desktop.simulator.accounts import DEMO_OA_ACTIVE

        sim.set_oa_quality(DEMO_OA_ACTIVE, args.oa_quality, args.oa_quality)
    server = SimulatorServer(sim, faults, host=args.host, port=args.port)
    print(f"eSMS simulator on {server.base_url}", flush=True)
    print(f"demo keys: ESMS_API_KEY={DEMO_API_KEY} ESMS_SECRET_KEY={DEMO_SECRET_KEY}", flush=True)
    print(
        "accounts in eSMS's account-wide states (143 locked, 140 IP not whitelisted, "
        "102 no price list, 103 no balance, 104 no brandname): "
        "ESMS_API_KEY=DEMO-API-KEY-<code> ESMS_SECRET_KEY=DEMO-SECRET-KEY-<code>",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _clock(parser: argparse.ArgumentParser, start_at: str) -> Callable[[], float]:
    """The simulator's clock: the machine's, or one started at ``start_at`` (Vietnam time)."""
    if not start_at:
        return time.time
    try:
        offset = from_esms(start_at) - time.time()
    except ValueError:
        parser.error("--start-at takes yyyy-mm-dd hh:MM:ss")
    return lambda: time.time() + offset


if __name__ == "__main__":
    sys.exit(main())
