"""The ``esms-desktop`` command: the window by default, and command-line tools.

Exit codes: 0 success, 1 the action was refused or failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from esms_desktop import __version__
from esms_desktop.base.errors import (
    ConfigError,
    CredentialsError,
    EsmsDesktopError,
    InputFileError,
    JournalDamagedError,
    ReportPathError,
)
from esms_desktop.base.numbers import grouped
from esms_desktop.base.sanitise import terminal_safe
from esms_desktop.cli.check import add_check_parser, cmd_check
from esms_desktop.cli.library import add_library_parser, cmd_library
from esms_desktop.cli.optout import add_optout_parser, cmd_optout
from esms_desktop.cli.send import (
    add_send_parsers,
    cmd_history,
    cmd_report,
    cmd_resume,
    cmd_send,
    cmd_status,
)
from esms_desktop.cli.templates import add_templates_parser, cmd_templates
from esms_desktop.cli.usage import UsageError

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.importing.ahead import EarlyRead


def _lang(args: argparse.Namespace, settings: Settings | None = None) -> str:
    if getattr(args, "lang", None) in ("vi", "en"):
        return str(args.lang)
    if settings and settings.language in ("vi", "en"):
        return settings.language
    return "vi"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="esms-desktop",
        description="Send SMS and Zalo messages through eSMS.vn from a customer list. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="use the built-in eSMS simulator (no account)"
    )
    parser.add_argument("--api-url", help="eSMS base URL (default: settings or env ESMS_API_URL)")
    parser.add_argument("--profile", help="saved account to use (keys from the OS keyring)")
    parser.add_argument("--lang", choices=["vi", "en"], help="language of messages")
    parser.add_argument("--exit-after", type=float, help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (offscreen demo send), then exit",
    )
    parser.add_argument("--self-test-out", help="also write the self-test report to this file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    explain = sub.add_parser("explain", help="explain an eSMS result code")
    explain.add_argument("code")
    explain.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)

    balance = sub.add_parser("balance", help="show the account balance")
    balance.add_argument(
        "--warn-below",
        type=int,
        metavar="VND",
        help="from now on, warn when the balance is under this (0 = never); saved in settings",
    )
    balance.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)
    diagnose = sub.add_parser(
        "diagnose",
        help="check that eSMS answers as this app expects (free calls and sandbox sends only)",
    )
    diagnose.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)
    journal = sub.add_parser(
        "journal", help="check the sending journal, or restore its newest backup"
    )
    journal.add_argument("action", choices=["check", "restore"])
    journal.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)
    add_check_parser(sub)
    add_send_parsers(sub)
    add_optout_parser(sub)
    add_library_parser(sub)
    add_templates_parser(sub)
    return parser


def make_client(args: argparse.Namespace, settings: Settings) -> EsmsClient:
    """The client the command line uses: demo, env keys, or a saved profile."""
    # The client brings the HTTP library (a third of a second): imported once there are
    # keys to use, so ``check`` without keys does without it.
    from esms_desktop.app.keyring_store import KeyringStore, from_environment

    if args.demo:
        from esms_desktop.api.client import EsmsClient
        from esms_desktop.api.credentials import Credentials
        from esms_desktop.simulator import EsmsSimulator, SimulatorTransport
        from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

        return EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
            transport=SimulatorTransport(EsmsSimulator()),
        )
    credentials = from_environment()
    profile = args.profile or (None if credentials else settings.active_profile)
    if profile:
        credentials = KeyringStore().load(profile)
        if credentials is None:
            raise CredentialsError(f"no saved keys for the account {profile!r}")
    if credentials is None:
        raise CredentialsError(
            "no API keys: set ESMS_API_KEY and ESMS_SECRET_KEY, or use --profile NAME"
        )
    from esms_desktop.api.client import EsmsClient

    return EsmsClient(credentials, args.api_url or settings.api_url)


def _optional_client(args: argparse.Namespace, settings: Settings, lang: str) -> EsmsClient | None:
    """A client when keys are available; None (account checks skipped) otherwise."""
    try:
        return make_client(args, settings)
    except CredentialsError:
        return None


#: What ``check`` imports after its options are parsed (``python -X importtime``): loaded
#: on another thread while the reader parses the file (see :func:`_read_early`).
CHECK_MODULES = (
    "esms_desktop.app.logs",
    "esms_desktop.app.settings",
    "esms_desktop.app.keyring_store",
    "esms_desktop.app.preparation",
    "esms_desktop.cli.audience",
)


def _load_check_modules() -> None:
    for name in CHECK_MODULES:
        importlib.import_module(name)


def _read_early(args: argparse.Namespace) -> EarlyRead | None:
    """``check``'s file, read now, the rest of the command's modules loading meanwhile
    (see ``importing.ahead``); what the read raises is raised where the table is used."""
    if args.command != "check":
        return None
    from esms_desktop.importing.ahead import EarlyRead

    return EarlyRead(args.file, args.sheet, _load_check_modules)


def _print_error(exc: BaseException, lang: str, stream: TextIO) -> None:
    from esms_desktop.app.user_text import for_error

    print(terminal_safe(for_error(exc, lang).as_text(lang)), file=stream)


def cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.app.settings import ENV_LANG
    from esms_desktop.catalogue import describe

    lang = _lang(args)
    if getattr(args, "lang", None) is None and os.environ.get(ENV_LANG, "").strip() == "en":
        lang = "en"
    print(describe(args.code, lang), file=out)
    return 0


class TerminalText(io.TextIOBase):
    """A text stream that strips escape sequences and control characters before writing.

    Campaign names, file names and eSMS's own messages come from outside; raw
    escape sequences could rewrite what the terminal shows.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def cmd_balance(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from esms_desktop.checks.balance_rules import low_balance_text
    from esms_desktop.journal import Journal
    from esms_desktop.journal.spending import last_campaign_cost

    if args.warn_below is not None:
        if args.warn_below < 0:
            raise UsageError("--warn-below needs 0 or more VND")
        settings.low_balance_vnd = args.warn_below
        settings.save()
    with make_client(args, settings) as client:
        balance = client.get_balance()
    lang = _lang(args, settings)
    amount = grouped(balance.balance, lang)
    label = "Balance" if lang == "en" else "Số dư"
    print(f"{label}: {amount} VND", file=out)
    if settings.low_balance_vnd:
        with Journal(demo=args.demo) as journal:
            last = last_campaign_cost(journal)
        warning = low_balance_text(balance.balance, settings.low_balance_vnd, last)
        if warning is not None:
            print("[!] " + (warning[1] if lang == "en" else warning[0]), file=out)
    return 0


def cmd_diagnose(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from esms_desktop.app.diagnose import diagnose, report_text

    lang = _lang(args, settings)
    with make_client(args, settings) as client:
        result = diagnose(client, lang=lang)
    print(report_text(result, lang), file=out)
    return 0 if result.ok else 1


def cmd_journal(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    """``journal check``: open it (which checks it); ``journal restore``: the newest backup."""
    from esms_desktop.journal import Journal
    from esms_desktop.journal.safety import restore_latest
    from esms_desktop.journal.store import default_path

    en = lang == "en"
    if args.action == "restore":
        path = default_path(demo=args.demo)
        kept = restore_latest(path)
        print(
            f"Restored the newest backup. The damaged journal is kept as {kept}."
            if en
            else f"Đã khôi phục bản sao lưu gần nhất. File nhật ký hỏng được giữ tại {kept}.",
            file=out,
        )
    with Journal(demo=args.demo) as journal:
        count = len(journal.campaigns())
    print(
        f"The sending journal is sound ({count} campaigns)."
        if en
        else f"Nhật ký gửi tin bình thường ({count} chiến dịch).",
        file=out,
    )
    return 0


def _no_console_streams() -> None:
    """A frozen windowed app has no stdout/stderr: give them a sink instead of crashing."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen app starts itself again to read .xls/.ods files in a child process.
    # (Unfrozen, freeze_support does nothing: multiprocessing is not imported for it.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    _no_console_streams()
    try:
        return _main(argv)
    except BrokenPipeError:
        # The output went into a pipe that closed (``| head``): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = cast(TextIO, TerminalText(sys.stdout))
    if args.self_test:
        from esms_desktop.gui.selftest import run_self_test

        return run_self_test(Path(args.self_test_out) if args.self_test_out else None)
    if args.command == "explain":
        return cmd_explain(args, out)
    early = _read_early(args)
    from esms_desktop.app.logs import setup_logging
    from esms_desktop.app.settings import Settings

    lang = _lang(args)
    try:
        settings = Settings.load()
        setup_logging()
        lang = _lang(args, settings)
        if args.command == "balance":
            return cmd_balance(args, settings, out)
        if args.command == "diagnose":
            return cmd_diagnose(args, settings, out)
        if args.command == "check":
            client = _optional_client(args, settings, lang)
            read = early.table if early is not None else None
            return cmd_check(args, settings, client, lang, out, read=read)
        if args.command == "optout":
            return cmd_optout(args, settings, lang, out)
        if args.command == "journal":
            return cmd_journal(args, lang, out)
        if args.command == "library":
            return cmd_library(args, lang, out)
        if args.command == "templates":
            return cmd_templates(args, lambda: make_client(args, settings), lang, out)
        if args.command == "history":
            return cmd_history(args, lang, out)
        if args.command == "report":
            return cmd_report(args, lang, out)
        if args.command in ("send", "resume", "status"):
            with make_client(args, settings) as client:
                if args.command == "send":
                    return cmd_send(args, settings, client, lang, out)
                if args.command == "resume":
                    return cmd_resume(args, settings, client, lang, out)
                return cmd_status(args, client, lang, out)
    except KeyError as exc:
        print(f"{exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        parser.error(str(exc))
    except EsmsDesktopError as exc:
        _print_error(exc, lang, sys.stderr)
        return (
            2
            if isinstance(
                exc,
                CredentialsError
                | InputFileError
                | ConfigError
                | ReportPathError
                | JournalDamagedError,
            )
            else 1
        )
    from esms_desktop.gui.launch import run_window

    if args.api_url:
        os.environ.setdefault("ESMS_API_URL", args.api_url)
    return run_window(demo=args.demo, lang=args.lang, exit_after=args.exit_after)


if __name__ == "__main__":
    sys.exit(main())
