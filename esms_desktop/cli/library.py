"""``esms-desktop library``: the saved messages on the command line.

``library`` lists them; ``library save NAME --channel ... --content ...`` saves
one (``check``/``send --message NAME`` use it); ``show``, ``delete``; ``export
FILE`` and ``import FILE`` carry the library to another computer as JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.texts import Words, words
from esms_desktop.base.vntime import vietnam_time
from esms_desktop.cli.check import add_zalo_options
from esms_desktop.cli.usage import UsageError, add_command, add_language_option, help_words
from esms_desktop.message.spec import Channel, ParamSource

if TYPE_CHECKING:
    from esms_desktop.app.library import LibraryEntry, MessageLibrary

# The library (and the journal it lives in) is imported by the functions that use it:
# the command line imports this module for its options, also to explain a code.

__all__ = ["add_library_parser", "cmd_library"]


def add_library_parser(sub: Any) -> None:
    library = add_command(sub, "library")
    add_language_option(library)
    actions = library.add_subparsers(dest="library_action", metavar="ACTION")
    save = add_command(actions, "save", "help.library.save")
    save.add_argument("name", help=help_words("help.library.name"))
    save.add_argument(
        "--channel",
        required=True,
        choices=Channel.values(),
        help=help_words("help.library.channel"),
    )
    save.add_argument("--content", default="", help=help_words("help.campaign.content"))
    save.add_argument("--brandname", default="", help=help_words("help.campaign.brandname"))
    add_zalo_options(save)
    save.add_argument("--new", action="store_true", help=help_words("help.library.new"))
    add_language_option(save)
    for name in ("show", "delete"):
        one = add_command(actions, name, f"help.library.{name}")
        one.add_argument("name", help=help_words("help.library.name"))
        add_language_option(one)
    for name in ("export", "import"):
        one = add_command(actions, name, f"help.library.{name}")
        one.add_argument("file", help=help_words(f"help.library.{name}_file"))
        add_language_option(one)


def _params(args: argparse.Namespace) -> dict[str, ParamSource]:
    out: dict[str, ParamSource] = {}
    for flag, items, as_column in (
        ("--param", args.param, True),
        ("--param-value", args.param_value, False),
    ):
        for item in items:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise UsageError(words("cli.usage.pairs", flag=flag, item=item))
            source = ParamSource(column=value.strip()) if as_column else ParamSource(value=value)
            out[name.strip()] = source
    return out


def _describe(entry: LibraryEntry) -> list[str]:
    lines = [f"{entry.name}  [{entry.channel}]"]
    if entry.brandname:
        lines.append(f"  brandname: {entry.brandname}")
    if entry.oaid or entry.template_id:
        template = words("cli.library.template", oaid=entry.oaid, template=entry.template_id)
        lines.append(str(template))
    for name, source in entry.params.items():
        where = (
            str(words("cli.library.column", column=source.column))
            if source.column
            else repr(source.value)
        )
        lines.append(f"  {name} <- {where}")
    if entry.content:
        lines.append("  " + entry.content.replace("\n", "\n  "))
    if entry.placeholders:
        columns = ", ".join(entry.placeholders)
        lines.append(str(words("cli.library.columns_used", columns=columns)))
    return lines


def cmd_library(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.app.library import LibraryError

    try:
        return _run(args, out)
    except LibraryError as exc:
        print(_safe(str(exc)), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from esms_desktop.app.library import MessageLibrary
    from esms_desktop.journal.extra_tables import journal_path

    library = MessageLibrary(journal_path(demo=args.demo))
    action = _ACTIONS[args.library_action or "list"]
    action(library, args, out)
    return 0


def _list(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    entries = library.entries()
    if not entries:
        print(words("cli.library.none"), file=out)
    for e in entries:
        when = vietnam_time(e.updated_at).strftime("%d/%m/%Y")
        first = (e.content or f"ZNS {e.template_id}").splitlines()[0]
        short = first if len(first) <= 50 else first[:49] + "…"
        print(f"{e.name:<24} {e.channel:<8} {when}  {short}", file=out)


def _save(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    from esms_desktop.app.library import LibraryEntry

    entry = LibraryEntry(
        args.name,
        args.channel,
        args.content,
        args.brandname,
        args.oaid,
        args.template_id,
        _params(args),
    )
    saved = library.save(entry, replace=not args.new)
    print(words("cli.library.saved", name=saved.name), file=out)


def _show(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    for line in _describe(library.get(args.name)):
        print(line, file=out)


def _delete(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    entry = library.get(args.name)
    library.delete(entry.name)
    print(words("cli.library.deleted", name=entry.name), file=out)


def _export(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    from esms_desktop.app.library import LibraryError, write_export

    entries = library.entries()
    path = Path(args.file)
    try:
        write_export(entries, path)
    except OSError as exc:
        raise LibraryError(
            words("library.cannot_write", path=path, reason=_write_reason(exc))
        ) from None
    print(words("cli.library.exported", count=len(entries), path=path), file=out)


def _write_reason(exc: OSError) -> Words:
    """Why a file could not be written, in the user's words (never the system's English)."""
    if isinstance(exc, PermissionError):
        return words("library.write_not_allowed")
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return words("library.write_no_folder")
    if isinstance(exc, IsADirectoryError):
        return words("importing.is_folder")
    return words("library.write_failed")


def _import(library: MessageLibrary, args: argparse.Namespace, out: TextIO) -> None:
    from esms_desktop.app.library import LibraryError, entries_from_json

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = ""  # not text at all: said as "not a library export" below
    except OSError as exc:
        from esms_desktop.importing.file_access import os_error

        reason = os_error(path, exc).reason  # in the user's words, not the system's English
        raise LibraryError(words("library.cannot_read", path=path, reason=reason)) from None
    count = library.import_entries(entries_from_json(text))
    print(words("cli.library.imported", count=count), file=out)


#: What ``library ACTION`` does; no action lists the saved messages.
_ACTIONS: dict[str, Callable[[MessageLibrary, argparse.Namespace, TextIO], None]] = {
    "list": _list,
    "save": _save,
    "show": _show,
    "delete": _delete,
    "export": _export,
    "import": _import,
}


def _safe(text: str) -> str:
    """Names in errors come from files and imports: no escape sequences reach the terminal."""
    from esms_desktop.base.sanitise import terminal_safe

    return terminal_safe(text)
