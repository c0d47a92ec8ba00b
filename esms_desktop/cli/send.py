"""``send``, ``resume``, ``history``, ``report`` and ``status`` on the command line.

``send`` exits 0 only when every planned message was accepted by eSMS.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.errors import (
    EsmsDesktopError,
    RepeatCampaignError,
    ReportPathError,
    StaleCheckError,
)
from esms_desktop.base.sanitise import terminal_safe
from esms_desktop.base.texts import Words, words
from esms_desktop.base.vntime import vietnam_time
from esms_desktop.cli.check import add_campaign_arguments, check_campaign, print_report
from esms_desktop.cli.usage import add_command, add_language_option, ask, help_words

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.checks.result import CheckReport
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.sender import Failure, Progress, SendOutcome

# The engine, the journal and the reports are imported by the functions that use them:
# the command line imports this module for its options, also to explain a code.


def add_send_parsers(sub: Any) -> None:
    send = add_command(sub, "send")
    add_campaign_arguments(send)
    send.add_argument("--campaign", default="", help=help_words("help.send.campaign"))
    send.add_argument("--report", help=help_words("help.send.report"))
    send.add_argument("--yes", action="store_true", help=help_words("help.send.yes"))
    send.add_argument("--again", action="store_true", help=help_words("help.send.again"))

    resume = add_command(sub, "resume")
    resume.add_argument(
        "campaign_id", nargs="?", type=int, help=help_words("help.resume.campaign_id")
    )
    resume.add_argument(
        "--resend-unknown", action="store_true", help=help_words("help.resume.resend_unknown")
    )
    add_language_option(resume)

    add_language_option(add_command(sub, "history"))

    report = add_command(sub, "report")
    report.add_argument("campaign_id", type=int, help=help_words("help.campaign_id"))
    report.add_argument("--out", required=True, help=help_words("help.report.out"))
    add_language_option(report)

    status = add_command(sub, "status")
    status.add_argument("campaign_id", type=int, help=help_words("help.campaign_id"))
    status.add_argument("--wait", action="store_true", help=help_words("help.status.wait"))
    add_language_option(status)


#: A campaign's state, as the lines say it.
_STATES = {
    "ready": words("cli.state.ready"),
    "sending": words("cli.state.sending"),
    "paused": words("cli.state.paused"),
    "cancelled": words("cli.state.cancelled"),
    "done": words("cli.state.done"),
}


def _state(value: str) -> Words | str:
    return _STATES.get(value, value)


def _one_decimal(value: float) -> Words:
    """``value`` with one decimal, written with the language's decimal mark."""
    whole, _, tenth = f"{value:.1f}".partition(".")
    return words("cli.decimal", whole=whole, tenth=tenth)


#: Seconds between two lines saying that requests got no answer and are tried again.
TROUBLE_EVERY = 5.0
#: The longest a command waits by itself for eSMS's records of doubtful messages (the
#: countdown is printed); a longer wait pauses the campaign and the command ends, saying
#: when to run ``resume``. A command sitting silent for half an hour looks hung.
RECORDS_WAIT = 120.0


class _Printer:
    """Progress on one line of stderr, at most twice a second, and failures as they come."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
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
                print(waiting_text(p.trouble), file=self.stream, flush=True)
            return
        if now - self._last < 0.5 and p.remaining:
            return
        self._last = now
        text = str(
            words(
                "cli.progress",
                sent=p.accepted,
                total=p.total,
                failed=p.failed,
                left=p.remaining,
                rate=_one_decimal(p.rate),
            )
        )
        if p.eta is not None and p.remaining:
            text += str(words("cli.progress.eta", eta=p.eta))
        with self._lock:
            print(text, file=self.stream, flush=True)

    def failure(self, f: Failure) -> None:
        from esms_desktop.catalogue import describe

        with self._lock:
            title = describe(f.code).splitlines()[0]
            # eSMS's own words for this number (sanitised and short by the client).
            said = f' (eSMS: "{f.error_message}")' if f.error_message else ""
            line = words("cli.failure", row=f.row, phone=f.phone, title=title, said=said)
            print(line, file=self.stream, flush=True)


def run_sender(
    journal: Journal, client: EsmsClient, campaign_id: int, settings: Settings
) -> SendOutcome:
    """Run the engine on a thread so that Ctrl+C pauses cleanly instead of killing it."""
    from esms_desktop.api.policy import TokenBucket
    from esms_desktop.sending.sender import Sender
    from esms_desktop.sending.settle import grace_seconds

    client.pace = TokenBucket(settings.requests_per_second, burst=settings.max_in_flight)
    printer = _Printer(sys.stderr)
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
    done = threading.Event()

    def work() -> None:
        try:
            result.append(sender.run())
        except BaseException as exc:  # reported on the main thread
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=work, name="esms-send-cli")
    thread.start()
    # Waited for on an event, not by Thread.join: a Ctrl+C inside join() can leave the
    # thread looking ended while it still sends (Python 3.11), and the result was read
    # before there was one.
    while not done.is_set():
        try:
            done.wait(0.2)
        except KeyboardInterrupt:
            print("\n" + str(words("cli.pausing")), file=sys.stderr, flush=True)
            sender.pause("user")
    thread.join()
    if errors:
        if isinstance(errors[0], EsmsDesktopError) and errors[0].campaign_id is None:
            errors[0].campaign_id = campaign_id  # its next step resumes this campaign
        raise errors[0]
    return result[0]


def print_outcome(
    outcome: SendOutcome, campaign_id: int, out: TextIO, *, sandbox: bool = False
) -> None:
    from esms_desktop.app.user_text import OWN_PAUSES, pause_reason
    from esms_desktop.catalogue import describe, names_resume
    from esms_desktop.journal.models import CampaignState

    line = words(
        "cli.outcome",
        campaign=campaign_id,
        accepted=outcome.accepted,
        failed=outcome.failed,
        remaining=outcome.remaining,
        unknown=outcome.unknown,
        state=_state(outcome.state.value),
    )
    print(line, file=out)
    if outcome.withdrawn:
        print(words("cli.outcome.withdrawn", count=outcome.withdrawn), file=out)
    if sandbox:
        print(words("cli.sandbox_outcome"), file=out)
    if outcome.state is not CampaignState.PAUSED:
        return
    if outcome.code in ("", "user"):
        print(words("cli.resume_hint", campaign=campaign_id), file=out)
        return
    if outcome.code not in OWN_PAUSES:  # eSMS refused the whole account: its code, explained
        print(describe(outcome.code, campaign=campaign_id), file=out)
        if not names_resume(outcome.code):  # 102, 143, ...: once put right, the rest
            print(words("cli.resume_after_account", campaign=campaign_id), file=out)
        return
    reason = pause_reason(outcome.code, outcome.message, command=f"resume {campaign_id}")
    if reason is not None:
        print(reason.title, reason.text, reason.action, sep="\n", file=out)


def repeat_text(exc: RepeatCampaignError) -> Words:
    """Which earlier campaign sent the same messages to the same people, and what to do."""
    from esms_desktop.journal.models import CampaignSummary

    earlier = exc.earlier[0]
    assert isinstance(earlier, CampaignSummary)
    c = earlier.campaign
    if exc.unfinished:
        return words(
            "cli.repeat.unfinished",
            campaign=c.id,
            name=c.name,
            accepted=earlier.accepted,
            open=earlier.left,
        )
    return words(
        "cli.repeat",
        campaign=c.id,
        name=c.name,
        when=vietnam_time(c.created_at).strftime("%H:%M %d/%m/%Y"),
        accepted=earlier.accepted,
        open=earlier.open,
    )


def cmd_send(args: argparse.Namespace, settings: Settings, client: EsmsClient, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.reports.campaign_report import check_report_path

    if args.report:
        try:
            check_report_path(args.report)  # before anything is sent, not after
        except ReportPathError as exc:
            from esms_desktop.app.user_text import for_error

            print(terminal_safe(for_error(exc).as_text()), file=sys.stderr)
            print(words("cli.send.nothing_sent"), file=sys.stderr)
            return 2
    with Journal(demo=args.demo) as journal:
        return _check_and_send(args, settings, client, out, journal)


def _check_and_send(
    args: argparse.Namespace,
    settings: Settings,
    client: EsmsClient,
    out: TextIO,
    journal: Journal,
) -> int:
    from esms_desktop.app.keyring_store import profile_in_use
    from esms_desktop.sending.plan import create_campaign

    # The same journal from the check to the send: the advertising limit and the
    # do-not-send list are read where the campaign is then written.
    report = check_campaign(args, settings, client, journal)
    print_report(report, out)
    if report.blocked:
        return 1
    if not args.yes and not _confirmed(args, report, out):
        print(words("cli.send.nothing_sent"), file=out)
        return 1
    try:
        campaign_id = create_campaign(
            journal,
            report,
            client=client,
            name=args.campaign,
            # The account the keys were read from (the window's last one without
            # --profile): named when the campaign is resumed with other keys.
            profile="" if args.demo else profile_in_use(args.profile, settings.active_profile),
            again=args.again,
        )
    except RepeatCampaignError as exc:
        print(repeat_text(exc), file=out)
        return 1
    except StaleCheckError as exc:
        from esms_desktop.app.user_text import for_error

        print(for_error(exc).as_text(), file=out)
        return 1
    print(words("cli.send.campaign", campaign=campaign_id), file=out, flush=True)
    outcome = run_sender(journal, client, campaign_id, settings)
    print_outcome(outcome, campaign_id, out, sandbox=report.spec.sandbox)
    _after_send(args, journal, campaign_id, out)
    return 0 if outcome.complete else 1


def _confirmed(args: argparse.Namespace, report: CheckReport, out: TextIO) -> bool:
    """Ask before sending: how many messages, on which channel, when, at what cost."""
    when: Words | str = ""
    if report.send_at:
        first, last = min(report.send_at.values()), max(report.send_at.values())
        span = f"{first:%d/%m/%Y %H:%M} - {last:%d/%m/%Y %H:%M}"
        when = words("cli.send.own_times", span=span)
    elif report.spec.schedule is not None:
        from esms_desktop.message.spec import VIETNAM

        when = words("cli.send.at", when=report.spec.schedule.astimezone(VIETNAM))
    question = words(
        "cli.send.ask",
        count=len(report.sendable),
        channel=args.channel,
        when=when,
        cost=report.cost or 0,
    )
    return ask(str(question), out)


def _after_send(args: argparse.Namespace, journal: Journal, campaign_id: int, out: TextIO) -> None:
    """The numbers eSMS refused as blocked (99) and not yet on the do-not-send list, the
    failures worth sending again (``retry``) and why the others are not, and the report
    when ``--report`` asked for one."""
    from esms_desktop.cli.again import say_again
    from esms_desktop.reports.campaign_report import write_report

    excluded = journal.opt_out_numbers()
    blocked = [p for p in journal.blocked_numbers(campaign_id) if p not in excluded]
    if blocked:
        print(words("cli.send.blocked", count=len(blocked), campaign=campaign_id), file=out)
    say_again(journal, campaign_id, out)
    if args.report:
        path = write_report(journal, campaign_id, args.report)
        print(words("cli.send.report", path=path), file=out)


def cmd_resume(
    args: argparse.Namespace, settings: Settings, client: EsmsClient, out: TextIO
) -> int:
    from esms_desktop.cli.cancel import settle_cancelled
    from esms_desktop.journal.models import CampaignState
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.settle import grace_seconds, settle
    from esms_desktop.sending.status import resend_unknown

    with Journal(demo=args.demo) as journal:
        ids = (
            [args.campaign_id]
            if args.campaign_id is not None
            else [c.id for c in journal.unfinished()]
        )
        if not ids:
            print(words("cli.resume.nothing"), file=out)
            return 0
        complete = True
        for campaign_id in ids:
            found = journal.campaign(campaign_id)  # UnknownCampaignError if none
            if found.state is CampaignState.CANCELLED:  # it sends nothing more
                grace = grace_seconds(settings.records_grace_minutes)
                settle_cancelled(journal, client, campaign_id, grace, out)
                complete = False
                continue
            sandbox = found.sandbox
            if args.resend_unknown:
                # The sender settles from eSMS's records by itself; what those
                # records still cannot tell is resent only on the user's word.
                grace = grace_seconds(settings.records_grace_minutes)
                settle(journal, client, campaign_id, grace=grace)
                resend_unknown(journal, campaign_id)
            outcome = run_sender(journal, client, campaign_id, settings)
            print_outcome(outcome, campaign_id, out, sandbox=sandbox)
            complete = complete and outcome.complete
    return 0 if complete else 1


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal

    with Journal(demo=args.demo) as journal:
        campaigns = journal.campaigns()
        if not campaigns:
            print(words("cli.history.none"), file=out)
        else:
            print(words("cli.history.times"), file=out)
        for c in campaigns:
            s = journal.summary(c.id)
            line = words(
                "cli.history.line",
                campaign=c.id,
                when=vietnam_time(c.created_at).strftime("%d/%m/%Y %H:%M"),
                channel=c.channel,
                state=_state(c.state.value),
                accepted=s.accepted,
                failed=s.failed,
                open=s.not_sent,
                unknown=s.undecided,
                excluded=s.excluded,
                delivered=s.delivered,
                cost=0 if c.sandbox else journal.cost(c.id),
                name=f"{c.name} ({words('cli.sandbox')})" if c.sandbox else c.name,
            )
            print(line, file=out)
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.journal.store import Journal
    from esms_desktop.reports.campaign_report import write_report

    with Journal(demo=args.demo) as journal:
        path = write_report(journal, args.campaign_id, args.out)
    print(path, file=out)
    return 0


def cmd_status(args: argparse.Namespace, client: EsmsClient, out: TextIO) -> int:
    from esms_desktop.catalogue import SMS_UNSEEN, lookup, naming_campaign
    from esms_desktop.cli.again import say_again
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.status import poll_delivery, refresh_delivery

    with Journal(demo=args.demo) as journal:
        journal.campaign(args.campaign_id)  # UnknownCampaignError for an unknown id
        if args.wait:
            counts = poll_delivery(journal, client, args.campaign_id)
        else:
            counts = refresh_delivery(
                journal, client, args.campaign_id, on_progress=_status_progress
            )
        status = words(
            "cli.status", delivered=counts.delivered, failed=counts.failed, waiting=counts.waiting
        )
        print(status, file=out)
        if counts.by_sms:
            print(words("cli.status.by_sms", count=counts.by_sms), file=out)
        if counts.sms_unseen:  # Zalo failed, no SMS part on eSMS's records: what to do
            action = naming_campaign(str(lookup(SMS_UNSEEN).text.action), args.campaign_id)
            print(words("cli.status.sms_unseen", count=counts.sms_unseen, action=action), file=out)
            _rows_of(journal, args.campaign_id, SMS_UNSEEN, out)
        say_again(journal, args.campaign_id, out)
    return 0


#: Rows ``status`` names, of those in one state; the report has them all.
ROWS_SAID = 20


def _rows_of(journal: Journal, campaign_id: int, delivery: str, out: TextIO) -> None:
    """The rows and numbers of ``campaign_id`` whose delivery is ``delivery``."""
    rows = [m for m in journal.messages(campaign_id) if m.delivery == delivery]
    for m in rows[:ROWS_SAID]:
        print(words("cli.status.sms_unseen_row", row=m.row, phone=m.phone), file=out)
    if len(rows) > ROWS_SAID:
        more = words("cli.status.more", count=len(rows) - ROWS_SAID, campaign=campaign_id)
        print(more, file=out)


def _status_progress(done: int, total: int) -> None:
    """How far ``status`` got, every 100 look-ups of a long one (on stderr: the counts
    on stdout stay one line)."""
    if total >= 200 and done % 100 == 0 and done < total:
        print(words("cli.status.progress", done=done, total=total), file=sys.stderr, flush=True)
