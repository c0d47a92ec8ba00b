"""``esms-desktop templates``: register a customer-care or fixed-number text as an eSMS
template, and follow its moderation.

``templates register --channel cskh --brandname B --content "..." [--file LIST]``
sends the text (variables sized from the list); ``templates`` lists the
registrations with their states, after asking eSMS which were approved
(``--wait SECONDS`` keeps asking until none is left moderating).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.errors import ApiError, CredentialsError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import vietnam_time
from esms_desktop.cli.usage import UsageError, add_command, add_language_option, help_words
from esms_desktop.message.spec import Channel

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

# The registrations (and the journal they live in) are imported by the functions that use
# them: the command line imports this module for its options, also to explain a code.

__all__ = ["add_templates_parser", "cmd_templates"]

#: Seconds between two looks at eSMS's template list with ``--wait``.
POLL_EVERY = 5.0


def add_templates_parser(sub: Any) -> None:
    templates = add_command(sub, "templates")
    templates.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help=help_words("help.templates.wait"),
    )
    add_language_option(templates)
    actions = templates.add_subparsers(dest="templates_action", metavar="ACTION")
    reg = add_command(actions, "register", "help.templates.register")
    registrable = [c.value for c in Channel if c.can_register_template]
    reg.add_argument(
        "--channel",
        required=True,
        choices=registrable,
        help=help_words("help.templates.channel"),
    )
    reg.add_argument("--brandname", required=True, help=help_words("help.templates.brandname"))
    reg.add_argument("--content", required=True, help=help_words("help.templates.content"))
    reg.add_argument("--file", help=help_words("help.templates.file"))
    reg.add_argument("--sheet", help=help_words("help.templates.sheet"))
    reg.add_argument(
        "--length",
        action="append",
        default=[],
        metavar="NAME=N",
        help=help_words("help.templates.length"),
    )
    add_language_option(reg)


def _lengths(items: list[str]) -> dict[str, int]:
    out = {}
    for item in items:
        name, _, size = item.partition("=")
        if not name.strip() or not size.strip().isdigit() or not 0 < int(size) <= 1000:
            raise UsageError(words("cli.usage.length", item=item))
        out[name.strip()] = int(size)
    return out


def cmd_templates(
    args: argparse.Namespace,
    client_for: Callable[[], EsmsClient],
    out: TextIO,
) -> int:
    from esms_desktop.app.template_register import RegistrationError

    try:
        if args.templates_action == "register":
            return _register(args, client_for, out)
        return _list(args, client_for, out)
    except RegistrationError as exc:
        print(_safe(str(exc)), file=sys.stderr)
        return 2


def _register(args: argparse.Namespace, client_for: Callable[[], EsmsClient], out: TextIO) -> int:
    from esms_desktop.app.template_register import (
        MODERATING,
        TemplateRegistrations,
        esms_form,
        register,
        state_text,
    )
    from esms_desktop.cli.check import load_recipients
    from esms_desktop.journal.extra_tables import journal_path

    recipients = None
    if args.file:
        args.phone_column = None
        recipients = load_recipients(args, _settings())
    text, variables = esms_form(args.content, recipients, _lengths(args.length))
    store = TemplateRegistrations(journal_path(demo=args.demo))
    with client_for() as client:
        reg = register(
            client, store, channel=args.channel, brandname=args.brandname, esms_text=text
        )
    print(words("cli.templates.sent", text=reg.content), file=out)
    if variables and not args.file and not args.length:
        print(words("cli.templates.no_list", length=variables[0][1]), file=out)
    ident = reg.service_preview_id or "-"
    line = words(
        "cli.templates.registration", registration=reg.id, ident=ident, state=state_text(reg)
    )
    print(line, file=out)
    if reg.state == MODERATING:
        print(words("cli.templates.moderating"), file=out)
        return 0
    return 1


def _settings() -> Any:
    from esms_desktop.app.settings import Settings

    return Settings.load()


def _list(args: argparse.Namespace, client_for: Callable[[], EsmsClient], out: TextIO) -> int:
    from esms_desktop.app.template_register import (
        MODERATING,
        TemplateRegistrations,
        refresh,
        state_text,
    )
    from esms_desktop.app.user_text import for_error
    from esms_desktop.journal.extra_tables import journal_path

    store = TemplateRegistrations(journal_path(demo=args.demo))
    deadline = time.monotonic() + max(0.0, args.wait)
    if any(r.state == MODERATING for r in store.all()):
        try:
            with client_for() as client:
                while True:
                    result = refresh(client, store)
                    for note in result.notes:
                        print(note, file=out)
                    still = any(r.state == MODERATING for r in store.all())
                    if not still or time.monotonic() + POLL_EVERY > deadline:
                        break
                    time.sleep(POLL_EVERY)
        except (ApiError, CredentialsError) as exc:
            # Listing still works offline: the states are those last seen.
            print(_safe(for_error(exc).as_text()), file=sys.stderr)
    regs = store.all()
    if not regs:
        print(words("cli.templates.none"), file=out)
    for r in regs:
        when = vietnam_time(r.created_at).strftime("%d/%m/%Y %H:%M")
        ident = r.service_preview_id or "-"
        template = f" TempId {r.template_id}" if r.template_id else ""
        print(
            f"{r.id:>3}  {when}  {r.channel:<5} {r.brandname:<14} {ident:<8} "
            f"{state_text(r)}{template}",
            file=out,
        )
        print(f"     {r.content}", file=out)
    return 0


def _safe(text: str) -> str:
    """Names in errors come from files and imports: no escape sequences reach the terminal."""
    from esms_desktop.base.sanitise import terminal_safe

    return terminal_safe(text)
