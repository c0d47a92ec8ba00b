"""``send``, ``resume``, ``history``, ``report`` and ``status`` on the command line.

``send`` exits 0 only when every planned message was accepted by eSMS.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.errors import RepeatCampaignError
from esms_desktop.base.numbers import grouped
from esms_desktop.base.texts import speaking
from esms_desktop.cli.check import add_campaign_arguments, check_campaign, print_report

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.sender import Failure, Progress, SendOutcome

# The engine, the journal and the reports are imported by the functions that use them:
# the command line imports this module for its options, also to explain a code.


def add_send_parsers(sub: Any) -> None:
    send = sub.add_parser("send", help="check a customer list, then send to it")
    add_campaign_arguments(send)
    send.add_argument("--campaign", default="", help="a name for the campaign")
    send.add_argument("--report", help="write a report when done (.xlsx or .csv)")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    send.add_argument(
        "--again",
        action="store_true",
        help="send even though the same messages went to the same people within 24 hours "
        "(--yes alone does not confirm a repeat)",
    )

    resume = sub.add_parser("resume", help="finish campaigns that were interrupted")
    resume.add_argument("campaign_id", nargs="?", type=int)
    resume.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again the messages whose fate eSMS's records could not tell (some "
        "customers may get them twice)",
    )
    resume.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)

    history = sub.add_parser("history", help="list past campaigns")
    history.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)

    report = sub.add_parser("report", help="write a campaign's report (.xlsx or .csv)")
    report.add_argument("campaign_id", type=int)
    report.add_argument("--out", required=True)
    report.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)

    status = sub.add_parser("status", help="refresh and show a campaign's delivery status")
    status.add_argument("campaign_id", type=int)
    status.add_argument(
        "--wait", action="store_true", help="keep asking (less and less often) until all are final"
    )
    status.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)


def _ask(question: str, out: TextIO) -> bool:
    print(question, end=" ", file=out, flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    return answer.strip().lower() in ("y", "yes", "c", "co", "có")


#: A campaign's state as the Vietnamese lines say it.
_STATE_VI = {
    "ready": "chưa gửi",
    "sending": "đang gửi",
    "paused": "tạm dừng",
    "cancelled": "đã hủy",
    "done": "xong",
}

#: Seconds between two lines saying that requests got no answer and are tried again.
TROUBLE_EVERY = 5.0
#: The longest a command waits by itself for eSMS's records of doubtful messages (the
#: countdown is printed); a longer wait pauses the campaign and the command ends, saying
#: when to run ``resume``. A command sitting silent for half an hour looks hung.
RECORDS_WAIT = 120.0


class _Printer:
    """Progress on one line of stderr, at most twice a second, and failures as they come."""

    def __init__(self, lang: str, stream: TextIO) -> None:
        self.lang, self.stream = lang, stream
        self._last = 0.0
        self._last_trouble = -TROUBLE_EVERY
        self._lock = threading.Lock()

    def progress(self, p: Progress) -> None:
        from esms_desktop.app.user_text import waiting_text

        now = time.monotonic()
        if p.trouble is not None:  # the user must know why nothing moves
            # Each failed attempt is reported (several requests are in flight): one line
            # every few seconds is enough, but each round given up is always said.
            if p.trouble.rounds == 0 and now - self._last_trouble < TROUBLE_EVERY:
                return
            self._last_trouble = now
            with self._lock:
                print(waiting_text(p.trouble, self.lang), file=self.stream, flush=True)
            return
        if now - self._last < 0.5 and p.remaining:
            return
        self._last = now
        en = self.lang == "en"
        with speaking(self.lang):
            sent, total, failed, left = (
                grouped(n) for n in (p.accepted, p.total, p.failed, p.remaining)
            )
        rate = f"{p.rate:.1f}" if en else f"{p.rate:.1f}".replace(".", ",")
        text = (
            f"sent {sent}/{total}, failed {failed}, left {left}, {rate}/s"
            if en
            else f"đã gửi {sent}/{total}, lỗi {failed}, còn {left}, {rate} tin/giây"
        )
        if p.eta is not None and p.remaining:
            eta = f"{p.eta:.0f}"
            text += f", about {eta} s to go" if en else f", còn khoảng {eta} giây"
        with self._lock:
            print(text, file=self.stream, flush=True)

    def failure(self, f: Failure) -> None:
        from esms_desktop.catalogue import describe

        with self._lock, speaking(self.lang):
            title = describe(f.code).splitlines()[0]
            label = "row" if self.lang == "en" else "dòng"
            # eSMS's own words for this number (sanitised and short by the client).
            words = f' (eSMS: "{f.error_message}")' if f.error_message else ""
            print(f"  {label} {f.row} {f.phone}: {title}{words}", file=self.stream, flush=True)


def run_sender(
    journal: Journal, client: EsmsClient, campaign_id: int, settings: Settings, lang: str
) -> SendOutcome:
    """Run the engine on a thread so that Ctrl+C pauses cleanly instead of killing it."""
    from esms_desktop.api.policy import TokenBucket
    from esms_desktop.sending.sender import Sender
    from esms_desktop.sending.settle import grace_seconds

    client.pace = TokenBucket(settings.requests_per_second, burst=settings.max_in_flight)
    printer = _Printer(lang, sys.stderr)
    sender = Sender(
        journal,
        client,
        campaign_id,
        max_in_flight=settings.max_in_flight,
        on_progress=printer.progress,
        on_failure=printer.failure,
        records_grace=grace_seconds(settings.records_grace_minutes),
        records_wait=RECORDS_WAIT,
    )
    result: list[SendOutcome] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(sender.run())
        except BaseException as exc:  # reported on the main thread
            errors.append(exc)

    thread = threading.Thread(target=work, name="esms-send-cli")
    thread.start()
    while thread.is_alive():
        try:
            thread.join(0.2)
        except KeyboardInterrupt:
            print("\n(pausing: requests in flight finish first)", file=sys.stderr)
            sender.pause("user")
    if errors:
        raise errors[0]
    return result[0]


def print_outcome(outcome: SendOutcome, campaign_id: int, lang: str, out: TextIO) -> None:
    from esms_desktop.app.user_text import records_pause
    from esms_desktop.catalogue import describe
    from esms_desktop.journal.models import CampaignState
    from esms_desktop.sending.sender import RECORDS_PAUSE

    en = lang == "en"
    print(
        (
            f"Campaign {campaign_id}: {outcome.accepted} accepted, {outcome.failed} failed, "
            f"{outcome.remaining} not sent, {outcome.unknown} unknown - {outcome.state.value}"
        )
        if en
        else (
            f"Chiến dịch {campaign_id}: {outcome.accepted} đã gửi, {outcome.failed} lỗi, "
            f"{outcome.remaining} chưa gửi, {outcome.unknown} chưa rõ - "
            f"{_STATE_VI.get(outcome.state.value, outcome.state.value)}"
        ),
        file=out,
    )
    if outcome.state is CampaignState.PAUSED and outcome.code not in ("", "user"):
        if outcome.code == "network":
            print(
                "eSMS could not be reached; run 'esms-desktop resume' later."
                if en
                else "Không kết nối được eSMS; hãy chạy 'esms-desktop resume' sau.",
                file=out,
            )
        elif outcome.code == "bad_answer":
            print(
                f"eSMS's answers could not be read ({outcome.message}). A Wi-Fi sign-in page, "
                "a firewall or eSMS maintenance can cause this. Check that web pages open, "
                "then run 'esms-desktop resume': nothing is sent twice."
                if en
                else f"Không đọc được câu trả lời của eSMS ({outcome.message}). Có thể do trang "
                "đăng nhập Wi-Fi, tường lửa hoặc eSMS đang bảo trì. Kiểm tra xem mở được trang "
                "web không, rồi chạy 'esms-desktop resume': không tin nào bị gửi hai lần.",
                file=out,
            )
        elif outcome.code == RECORDS_PAUSE:
            reason = records_pause(outcome.message, lang, command=f"resume {campaign_id}")
            print(reason.title, reason.text, sep="\n", file=out)
            print(reason.action, file=out)
        elif outcome.code == "unknown":
            print(
                f"{outcome.unknown} messages may or may not have reached eSMS, and eSMS's "
                "records could not be read to tell. Run 'esms-desktop resume' later to look "
                "again; only if that keeps failing, check them in eSMS's web portal and run "
                "'resume --resend-unknown' to send them again."
                if en
                else f"{outcome.unknown} tin không rõ đã tới eSMS hay chưa, và chưa đọc được "
                "danh sách tin đã gửi của eSMS để biết. Hãy chạy 'esms-desktop resume' sau để "
                "tra lại; nếu vẫn không được, kiểm tra trên trang web eSMS rồi chạy "
                "'resume --resend-unknown' nếu muốn gửi lại.",
                file=out,
            )
        else:
            with speaking(lang):
                print(describe(outcome.code), file=out)


def repeat_text(exc: RepeatCampaignError, lang: str) -> str:
    """Which earlier campaign sent the same messages to the same people, and what to do."""
    from esms_desktop.journal.models import CampaignSummary

    earlier = exc.earlier[0]
    assert isinstance(earlier, CampaignSummary)
    c = earlier.campaign
    when = time.strftime("%H:%M %d/%m/%Y", time.localtime(c.created_at))
    if lang == "en":
        return (
            f"Campaign {c.id} ({c.name}) sent the same messages to the same people at {when}: "
            f"{earlier.accepted} accepted, {earlier.open} still to send. Nothing was sent now. "
            "If you really want every customer to get it a second time, run the command again "
            "with --again."
        )
    return (
        f"Chiến dịch {c.id} ({c.name}) đã gửi đúng nội dung này tới đúng những người này lúc "
        f"{when}: {earlier.accepted} tin đã gửi, {earlier.open} tin còn chờ. Lần này chưa gửi "
        "tin nào. Nếu thật sự muốn mỗi khách nhận tin lần thứ hai, chạy lại lệnh với --again."
    )


def cmd_send(
    args: argparse.Namespace, settings: Settings, client: EsmsClient, lang: str, out: TextIO
) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.reports.campaign_report import check_report_path

    if args.report:
        check_report_path(args.report)  # before anything is sent, not after
    with Journal(demo=args.demo) as journal:
        return _check_and_send(args, settings, client, lang, out, journal)


def _check_and_send(
    args: argparse.Namespace,
    settings: Settings,
    client: EsmsClient,
    lang: str,
    out: TextIO,
    journal: Journal,
) -> int:
    from esms_desktop.reports.campaign_report import write_report
    from esms_desktop.sending.plan import create_campaign

    # The same journal from the check to the send: the advertising limit and the
    # do-not-send list are read where the campaign is then written.
    report = check_campaign(args, settings, client, journal)
    print_report(report, lang, out)
    if report.blocked:
        return 1
    en = lang == "en"
    with speaking(lang):
        cost = grouped(report.cost or 0)
    if not args.yes:
        when = ""
        if report.send_at:
            first, last = min(report.send_at.values()), max(report.send_at.values())
            span = f"{first:%d/%m/%Y %H:%M} - {last:%d/%m/%Y %H:%M}"
            when = (
                f", each at its own time ({span}, eSMS holds them)"
                if en
                else f", mỗi tin vào giờ riêng ({span}, eSMS giữ tin tới giờ gửi)"
            )
        question = (
            f"Send {len(report.sendable)} {args.channel} messages{when} for about {cost} VND? [y/N]"
            if en
            else f"Gửi {len(report.sendable)} tin {args.channel}{when}, khoảng {cost} đ? [c/K]"
        )
        if not _ask(question, out):
            print("Nothing was sent." if en else "Chưa gửi tin nào.", file=out)
            return 1
    try:
        campaign_id = create_campaign(
            journal,
            report,
            client=client,
            name=args.campaign,
            profile=args.profile or "",
            again=args.again,
        )
    except RepeatCampaignError as exc:
        print(repeat_text(exc, lang), file=out)
        return 1
    print(("Campaign" if en else "Chiến dịch") + f" {campaign_id}", file=out, flush=True)
    outcome = run_sender(journal, client, campaign_id, settings, lang)
    print_outcome(outcome, campaign_id, lang, out)
    excluded = journal.opt_out_numbers()
    blocked = [p for p in journal.blocked_numbers(campaign_id) if p not in excluded]
    if blocked:
        print(
            f"eSMS reports {len(blocked)} numbers as blocked (99). Never send to them again:"
            f" esms-desktop optout add --from-campaign {campaign_id}"
            if en
            else f"eSMS báo {len(blocked)} số bị chặn (99). Để không gửi tới các số này nữa:"
            f" esms-desktop optout add --from-campaign {campaign_id}",
            file=out,
        )
    if args.report:
        path = write_report(journal, campaign_id, args.report, lang)
        print(("Report: " if en else "Báo cáo: ") + str(path), file=out)
    return 0 if outcome.complete else 1


def cmd_resume(
    args: argparse.Namespace, settings: Settings, client: EsmsClient, lang: str, out: TextIO
) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.settle import grace_seconds, settle
    from esms_desktop.sending.status import resend_unknown

    with Journal(demo=args.demo) as journal:
        ids = [args.campaign_id] if args.campaign_id else [c.id for c in journal.unfinished()]
        if not ids:
            print("Nothing to resume." if lang == "en" else "Không có gì cần gửi tiếp.", file=out)
            return 0
        complete = True
        for campaign_id in ids:
            journal.campaign(campaign_id)  # KeyError for an unknown id
            if args.resend_unknown:
                # The sender settles from eSMS's records by itself; what those
                # records still cannot tell is resent only on the user's word.
                grace = grace_seconds(settings.records_grace_minutes)
                settle(journal, client, campaign_id, grace=grace)
                resend_unknown(journal, campaign_id)
            outcome = run_sender(journal, client, campaign_id, settings, lang)
            print_outcome(outcome, campaign_id, lang, out)
            complete = complete and outcome.complete
    return 0 if complete else 1


def cmd_history(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal

    en = lang == "en"
    with Journal(demo=args.demo) as journal, speaking(lang):
        campaigns = journal.campaigns()
        if not campaigns:
            print("No campaigns yet." if en else "Chưa có chiến dịch nào.", file=out)
        for c in campaigns:
            s = journal.summary(c.id)
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(c.created_at))
            state = c.state.value if en else _STATE_VI.get(c.state.value, c.state.value)
            print(
                f"{c.id:>4}  {when}  {c.channel:<8} {state:<9} "
                + (
                    f"{s.accepted} accepted, {s.failed} failed, {s.open} left, "
                    f"{s.excluded} excluded, {s.delivered} delivered, "
                    f"about {grouped(journal.cost(c.id))} VND  {c.name}"
                    if en
                    else f"{s.accepted} đã gửi, {s.failed} lỗi, {s.open} còn lại, "
                    f"{s.excluded} bị loại, {s.delivered} đã đến máy, "
                    f"khoảng {grouped(journal.cost(c.id))} đ  {c.name}"
                ),
                file=out,
            )
    return 0


def cmd_report(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.reports.campaign_report import write_report

    with Journal(demo=args.demo) as journal:
        path = write_report(journal, args.campaign_id, args.out, lang)
    print(path, file=out)
    return 0


def cmd_status(args: argparse.Namespace, client: EsmsClient, lang: str, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.status import poll_delivery, refresh_delivery

    with Journal(demo=args.demo) as journal:
        journal.campaign(args.campaign_id)  # KeyError for an unknown id
        if args.wait:
            counts = poll_delivery(journal, client, args.campaign_id)
        else:
            counts = refresh_delivery(journal, client, args.campaign_id)
    print(
        f"delivered {counts.delivered}, not delivered {counts.failed}, waiting {counts.waiting}"
        if lang == "en"
        else f"đã đến máy {counts.delivered}, không đến {counts.failed}, đang chờ {counts.waiting}",
        file=out,
    )
    return 0
