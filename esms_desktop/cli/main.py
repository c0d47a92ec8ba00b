"""The ``esms-desktop`` command: the window by default, and command-line tools.

Exit codes: 0 success, 1 the action was refused or failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from esms_desktop import __version__
from esms_desktop.base.bulk import whole_columns
from esms_desktop.base.errors import (
    ConfigError,
    CredentialsError,
    EsmsDesktopError,
    InputFileError,
    JournalDamagedError,
    JournalNewerError,
    ReportPathError,
    UnknownCampaignError,
)
from esms_desktop.base.sanitise import terminal_safe
from esms_desktop.base.texts import (
    LANGUAGES,
    catalogue,
    current_language,
    set_front,
    set_language,
    words,
)
from esms_desktop.cli.cancel import add_cancel_parser, cmd_cancel
from esms_desktop.cli.check import add_check_parser, cmd_check
from esms_desktop.cli.library import add_library_parser, cmd_library
from esms_desktop.cli.optout import add_optout_parser, cmd_optout
from esms_desktop.cli.retry import add_retry_parser, cmd_retry
from esms_desktop.cli.send import (
    add_send_parsers,
    cmd_history,
    cmd_report,
    cmd_resume,
    cmd_send,
    cmd_status,
)
from esms_desktop.cli.streams import TerminalText, set_up_streams
from esms_desktop.cli.templates import add_templates_parser, cmd_templates
from esms_desktop.cli.usage import (
    PROG,
    PROG_DEST,
    Parser,
    UsageError,
    add_command,
    add_language_option,
    help_words,
    language_before_options,
    language_chosen,
    language_of_refusal,
    list_to_open,
)

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.app.user_text import UserMessage
    from esms_desktop.importing.ahead import EarlyRead


def _lang(args: argparse.Namespace, settings: Settings | None = None) -> str:
    """The language of what the command prints (:func:`~esms_desktop.cli.usage.
    language_chosen`; ``explain`` reads no settings)."""
    return language_chosen(
        getattr(args, "lang", None), None if settings is None else settings.language
    )


def build_parser() -> argparse.ArgumentParser:
    """The program's options and commands; every help is a text id of the catalogues,
    said in the user's language only when the help is printed (:class:`~esms_desktop.cli.
    usage.HelpText`)."""
    parser = Parser(prog=PROG, description=help_words("help.program"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help=help_words("help.demo"))
    parser.add_argument("--api-url", help=help_words("help.api_url"))
    parser.add_argument("--profile", help=help_words("help.profile"))
    parser.add_argument("--lang", choices=LANGUAGES, help=help_words("help.lang"))
    parser.add_argument("--exit-after", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true", help=help_words("help.self_test"))
    parser.add_argument("--self-test-out", help=help_words("help.self_test_out"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    explain = add_command(sub, "explain")
    explain.add_argument("code", help=help_words("help.explain.code"))
    add_language_option(explain)

    balance = add_command(sub, "balance")
    balance.add_argument(
        "--warn-below", type=int, metavar="VND", help=help_words("help.balance.warn_below")
    )
    add_language_option(balance)
    diagnose = add_command(sub, "diagnose")
    diagnose.add_argument(
        "--support", action="store_true", help=help_words("help.diagnose.support")
    )
    add_language_option(diagnose)
    journal = add_command(sub, "journal")
    journal.add_argument(
        "action", choices=["check", "restore"], help=help_words("help.journal.action")
    )
    add_language_option(journal)
    add_check_parser(sub)
    add_send_parsers(sub)
    add_retry_parser(sub)
    add_cancel_parser(sub)
    add_optout_parser(sub)
    add_library_parser(sub)
    add_templates_parser(sub)
    return parser


def make_client(args: argparse.Namespace, settings: Settings) -> EsmsClient:
    """The client the command line uses: demo, env keys, or a saved profile."""
    # The client brings the HTTP library (a third of a second): imported once there are
    # keys to use, so ``check`` without keys does without it.
    from esms_desktop.app.keyring_store import KeyringStore, from_environment, profile_in_use

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
    profile = profile_in_use(args.profile, settings.active_profile)
    if profile:
        credentials = KeyringStore().load(profile)
        if credentials is None:
            raise CredentialsError(
                f"no saved keys for the account {profile!r}",
                reason=words("app.credentials.no_profile", profile=profile),
            )
    if credentials is None:
        raise CredentialsError(
            "no API keys: set ESMS_API_KEY and ESMS_SECRET_KEY, or use --profile NAME",
            reason=words("app.credentials.text"),
        )
    from esms_desktop.api.client import EsmsClient

    return EsmsClient(credentials, args.api_url or settings.api_url)


def _optional_client(args: argparse.Namespace, settings: Settings) -> EsmsClient | None:
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
    "esms_desktop.cli.check_json",
)


def _load_check_modules() -> None:
    for name in CHECK_MODULES:
        importlib.import_module(name)
    catalogue(current_language())  # the words it prints (settings may choose the other)


def _read_early(args: argparse.Namespace) -> EarlyRead | None:
    """``check``'s file, read now, the rest of the command's modules loading meanwhile
    (see ``importing.ahead``); what the read raises is raised where the table is used."""
    if args.command != "check":
        return None
    from esms_desktop.importing.ahead import EarlyRead

    return EarlyRead(args.file, args.sheet, _load_check_modules)


def _print_error(exc: BaseException, stream: TextIO) -> None:
    from esms_desktop.app.user_text import for_error

    print(terminal_safe(for_error(exc).as_text()), file=stream)


def cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.catalogue import describe

    if not args.code.strip():
        raise UsageError(words("cli.usage.explain_code"))
    print(describe(args.code), file=out)
    return 0


def cmd_balance(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from esms_desktop.checks.balance_rules import low_balance_text
    from esms_desktop.journal import Journal
    from esms_desktop.journal.spending import last_campaign_cost

    if args.warn_below is not None and args.warn_below < 0:
        raise UsageError(words("cli.usage.warn_below"))
    # The keys first: a command refused for want of keys changes no setting. Once saved,
    # the level is said, so that a look-up that fails after it hides no change.
    with make_client(args, settings) as client:
        if args.warn_below is not None:
            settings.low_balance_vnd = args.warn_below
            settings.save()
            said = "cli.balance.warn_saved" if args.warn_below else "cli.balance.warn_off"
            print(words(said, amount=args.warn_below), file=out)
        balance = client.get_balance()
    print(words("cli.balance", amount=balance.balance), file=out)
    if balance.balance <= 0:  # eSMS would refuse every send (103)
        print(f"[!] {words('cli.balance.empty')}", file=out)
    elif settings.low_balance_vnd:
        with Journal(demo=args.demo) as journal:
            last = last_campaign_cost(journal)
        warning = low_balance_text(balance.balance, settings.low_balance_vnd, last)
        if warning is not None:
            print(f"[!] {warning}", file=out)
    return 0


def cmd_diagnose(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from esms_desktop.app.diagnose import diagnose, report_text, support_text

    with make_client(args, settings) as client:
        result = diagnose(client)
    print(report_text(result), file=out)
    if args.support:
        print("\n" + support_text(result), file=out)
    return 0 if result.ok else 1


def cmd_journal(args: argparse.Namespace, out: TextIO) -> int:
    """``journal check``: open it (which checks it); ``journal restore``: the newest backup."""
    from esms_desktop.journal import Journal
    from esms_desktop.journal.safety import restore_latest
    from esms_desktop.journal.store import default_path

    if args.action == "restore":
        path = default_path(demo=args.demo)
        kept = restore_latest(path)
        print(words("cli.journal.restored", kept=kept), file=out)
    with Journal(demo=args.demo) as journal:
        count = len(journal.campaigns())
    print(words("cli.journal.sound", count=count), file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen app starts itself again to read .xls/.ods files in a child process.
    # (Unfrozen, freeze_support does nothing: multiprocessing is not imported for it.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    set_up_streams()
    try:
        return _main(argv)
    except BrokenPipeError:
        # The output went into a pipe that closed (``| head``): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = cast(TextIO, TerminalText(sys.stdout))
    # The help and a refusal of the options are said before the options are read.
    set_language(language_before_options(argv))
    parser = build_parser()
    argv, opened = list_to_open(argv, parser)
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        set_language(language_of_refusal(argv))
        return _refuse_usage(exc, argv, out)
    if args.self_test:
        from esms_desktop.gui.selftest import run_self_test

        return run_self_test(Path(args.self_test_out) if args.self_test_out else None)
    set_language(_lang(args))  # what it prints is said in one language, chosen once
    if args.command is None:  # the window: its own next steps (buttons, pages)
        return _main_window(args, out, opened)
    # A command: every next step it prints names options and commands, not buttons.
    set_front("command")
    try:
        return _main_command(args, argv, out)
    finally:
        set_front("window")


def _main_window(args: argparse.Namespace, out: TextIO, opened: Path | None) -> int:
    """The window (``opened``: a customer list given to the app, opened in it)."""
    try:
        code = _run_command(args, out)
    except EsmsDesktopError as exc:
        _print_error(exc, sys.stderr)
        # Started from an icon, nobody reads stderr: the window did not open, not a word
        # why (an app folder that cannot be written, on a read-only disk).
        from esms_desktop.gui.start_error import show_start_error

        show_start_error(exc)
        return _exit_code(exc)
    return _open_window(args, opened) if code is None else code


def _main_command(args: argparse.Namespace, argv: Sequence[str], out: TextIO) -> int:
    try:
        if args.command == "explain":
            return cmd_explain(args, out)
        with whole_columns():
            code = _run_command(args, out, _read_early(args))
    except UsageError as exc:
        exc.prog = exc.prog or getattr(args, PROG_DEST, PROG)
        return _refuse_usage(exc, argv, out)
    except EsmsDesktopError as exc:
        _print_error(exc, sys.stderr)
        return _exit_code(exc)
    return 0 if code is None else code


def _refuse_usage(exc: UsageError, argv: Sequence[str], out: TextIO) -> int:
    """Options that cannot be used: what is wrong and where the command's help is, on
    stderr; with ``--json``, also as the JSON error object a script reads. Exit code 2."""
    said = usage_message(exc)
    if "--json" in argv:
        from esms_desktop.cli.check_json import write_json_said

        write_json_said("usage", said, out)
    print(terminal_safe(said.as_text()), file=sys.stderr)
    return 2


def usage_message(exc: UsageError) -> UserMessage:
    """A refusal of the options in the user's words: what is wrong, and the command's help."""
    from esms_desktop.app.user_text import UserMessage

    prog = exc.prog or PROG
    action = words("cli.usage.action", command=f"{prog} --help")
    return UserMessage(str(words("cli.usage.title", command=prog)), str(exc.said), str(action))


#: A command given the parsed options, the settings and the output: its exit code.
Command = Callable[[argparse.Namespace, "Settings", TextIO], int]


def _check(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_check(args, settings, _optional_client(args, settings), out)


def _journal(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_journal(args, out)


def _library(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_library(args, out)


def _templates(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_templates(args, lambda: make_client(args, settings), out)


def _history(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_history(args, out)


def _cancel(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_cancel(args, out)


def _report(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return cmd_report(args, out)


def _send(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    with make_client(args, settings) as client:
        return cmd_send(args, settings, client, out)


def _resume(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    with make_client(args, settings) as client:
        return cmd_resume(args, settings, client, out)


def _retry(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    with make_client(args, settings) as client:
        return cmd_retry(args, settings, client, out)


def _status(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    with make_client(args, settings) as client:
        return cmd_status(args, client, out)


#: The commands that read the settings (``explain`` reads none; no command: the window).
COMMANDS: dict[str, Command] = {
    "balance": cmd_balance,
    "diagnose": cmd_diagnose,
    "check": _check,
    "optout": cmd_optout,
    "journal": _journal,
    "library": _library,
    "templates": _templates,
    "history": _history,
    "report": _report,
    "send": _send,
    "resume": _resume,
    "retry": _retry,
    "cancel": _cancel,
    "status": _status,
}


def _run_command(
    args: argparse.Namespace, out: TextIO, early: EarlyRead | None = None
) -> int | None:
    """Run the command with the settings read; None when there is no command (the
    settings are read all the same: damaged settings are said before the window opens).
    ``early``: ``check``'s file, being read since the options were parsed."""
    from esms_desktop.app.logs import setup_logging
    from esms_desktop.app.settings import Settings

    settings = Settings.load(demo=args.demo)
    set_language(_lang(args, settings))
    setup_logging()
    if settings.damaged and args.command is not None:  # the window says it in a bar
        print(terminal_safe(str(settings.damaged_words())), file=sys.stderr)
    if early is not None:
        client = _optional_client(args, settings)
        return cmd_check(args, settings, client, out, read=early.table)
    command = COMMANDS.get(args.command) if args.command else None
    return None if command is None else command(args, settings, out)


#: Errors that mean the input cannot be used (exit 2), not that the action failed (1).
_BAD_INPUT = (
    CredentialsError
    | InputFileError
    | ConfigError
    | ReportPathError
    | JournalDamagedError
    | JournalNewerError
    | UnknownCampaignError
)


def _exit_code(exc: EsmsDesktopError) -> int:
    return 2 if isinstance(exc, _BAD_INPUT) else 1


def _open_window(args: argparse.Namespace, opened: Path | None = None) -> int:
    from esms_desktop.gui.launch import run_window

    if args.api_url:
        os.environ.setdefault("ESMS_API_URL", args.api_url)
    return run_window(demo=args.demo, lang=args.lang, exit_after=args.exit_after, opened=opened)


if __name__ == "__main__":
    sys.exit(main())
