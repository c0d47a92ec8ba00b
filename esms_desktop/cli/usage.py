"""The command line's options that cannot be used: said in the user's language (exit code 2).

argparse writes its own refusals in English ("invalid int value: 'x'", "the following
arguments are required: file") and its help with "usage:". The command line's parser
(:class:`Parser`) turns each refusal into :class:`UsageError`, whose words come from the
catalogues: argparse's message is matched against the messages it can write
(:data:`_ARGPARSE`), and what is not matched is still said in the user's language, with
argparse's text as the detail. Its help is headed in the user's language too.

Also the ``--lang`` option every command takes, and the language of what is said
before the options are read (:func:`language_before_options`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.base.texts import ENV_LANG, LANGUAGES, Words, speaking, words

#: The program's name, the start of every command's own (``esms-desktop check``).
PROG = "esms-desktop"
#: The option every command takes to choose its language.
LANG_OPTION = "--lang"
#: Where the namespace keeps the name of the command whose options were read: its help is
#: the next step of a refusal (``esms-desktop check --help``).
PROG_DEST = "usage_prog"


class HelpText(str):
    """The id of a text of the catalogues given to argparse as a help (an option's, a
    command's line in the list, the program's description): :class:`HelpFormatter` says
    it in the user's language when the help is printed. The parser is built on every
    start; the catalogue is loaded only to print the help."""

    __slots__ = ()


def help_words(key: str, /) -> str:
    """The help ``key`` of the catalogues, for argparse (see :class:`HelpText`)."""
    return HelpText(key)


def add_command(sub: Any, name: str, key: str = "") -> argparse.ArgumentParser:
    """The command ``name`` on ``sub`` (argparse's subparsers): its line in the list of
    commands, and the head of its own help, is the text ``key`` (``help.command.<name>``)."""
    said = help_words(key or f"help.command.{name}")
    parser: argparse.ArgumentParser = sub.add_parser(name, help=said, description=said)
    return parser


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang vi|en`` on a command: what it prints (unset: the main option, the settings)."""
    parser.add_argument(
        LANG_OPTION, choices=LANGUAGES, default=argparse.SUPPRESS, help=help_words("help.lang")
    )


class UsageError(ValueError):
    """A command-line option that cannot be used; exit code 2. ``prog``: the command whose
    help says how to write it (set where it is known)."""

    def __init__(self, said: Words | str, prog: str = "") -> None:
        super().__init__(said)
        self.said = said
        self.prog = prog


def ask(question: str, out: TextIO) -> bool:
    """Ask ``question`` on ``out``; True when the answer read from the terminal is yes."""
    print(question, end=" ", file=out, flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    return answer.strip().lower() in _yes()


def _yes() -> set[str]:
    """The answers that say yes, in every language: "c" (có) is yes in English too."""
    found = set()
    for lang in LANGUAGES:
        with speaking(lang):
            found.update(str(words("cli.send.yes")).split())
    return found


# --- argparse's words ----------------------------------------------------------------

#: argparse's messages (Python 3.11 to 3.13 write them so) and the text each one is.
#: Tried in order; a message of an argument is said after that argument's name.
_ARGPARSE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (
            r"argument (?P<argument>COMMAND|ACTION): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.*)\)",
            "cli.argparse.no_such_command",
        ),
        (r"argument (?P<argument>.+?): (?P<message>.+)", "cli.argparse.argument"),
        (r"invalid int value: (?P<value>.+)", "cli.argparse.not_whole_number"),
        (r"invalid float value: (?P<value>.+)", "cli.argparse.not_number"),
        (r"invalid \S+ value: (?P<value>.+)", "cli.argparse.invalid_value"),
        (r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)", "cli.argparse.choice"),
        (r"unknown parser (?P<value>.+?) \(choices: (?P<choices>.*)\)", "cli.argparse.choice"),
        (r"the following arguments are required: (?P<names>.+)", "cli.argparse.required"),
        (r"one of the arguments (?P<names>.+) is required", "cli.argparse.one_of"),
        (r"unrecognized arguments: (?P<names>.+)", "cli.argparse.unrecognized"),
        (r"expected one argument", "cli.argparse.one_value"),
        (r"expected at most one argument", "cli.argparse.at_most_one"),
        (r"expected at least one argument", "cli.argparse.at_least_one"),
        (r"expected (?P<count>\d+) arguments?", "cli.argparse.values"),
        (r"not allowed with argument (?P<other>.+)", "cli.argparse.not_with"),
        (r"ignored explicit argument (?P<value>.+)", "cli.argparse.no_value"),
        (
            r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)",
            "cli.argparse.ambiguous",
        ),
    )
)


def argparse_words(message: str) -> Words:
    """argparse's English ``message`` as the catalogues say it."""
    for pattern, key in _ARGPARSE:
        found = pattern.fullmatch(message)
        if found is not None:
            values: dict[str, Any] = found.groupdict()
            if "message" in values:
                values["message"] = argparse_words(values["message"])
            return words(key, **values)
    return words("cli.argparse.other", detail=message)


#: argparse's words in its help, and the texts they are.
_HELP_WORDS = {
    "positional arguments": "cli.help.positional",
    "options": "cli.help.options",
    "optional arguments": "cli.help.options",
    "show this help message and exit": "cli.help.help",
    "show program's version number and exit": "cli.help.version",
}


def _said(text: str) -> str:
    """A help the parser was given: a :class:`HelpText` in the user's language, argparse's
    own words as the catalogues say them, anything else as it is."""
    if isinstance(text, HelpText):
        return str(words(text))
    key = _HELP_WORDS.get(text)
    return text if key is None else str(words(key))


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help in the user's language: "usage:", its headings, the program's
    description and every option's and command's help (:class:`HelpText`)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        # argparse asks shutil for the width on every option added, which loads shutil
        # with bz2 and lzma: 5 ms of each command's start, for what os says as well.
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)

    def _format_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None,
    ) -> str:
        if prefix is None:
            prefix = f"{words('cli.help.usage')} "
        return super()._format_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        key = _HELP_WORDS.get(heading or "")
        super().start_section(heading if key is None else str(words(key)))

    def _format_text(self, text: str) -> str:
        return super()._format_text(_said(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.help is None:
            return None
        # argparse fills "%(default)s" and the like in: a "%" of the words is a percent.
        return _said(action.help).replace("%", "%%")


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` gives it."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Parser(argparse.ArgumentParser):
    """The command line's parser: a refusal is a :class:`UsageError` in the user's words,
    naming the command it is about; its help is headed in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        # A command's own parser reads after the main one: its name is the one kept.
        self.set_defaults(**{PROG_DEST: self.prog})

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:  # said for the command they were given to, not for the program
            prog = getattr(parsed, PROG_DEST, self.prog)
            raise UsageError(self._refused_extras(extras, prog), prog)
        return parsed

    def _refused_extras(self, extras: list[str], prog: str) -> Words:
        """What is said of words the command does not take: an option of the program written
        after the command (``balance --demo``) goes before it; a mistyped option names the
        one probably meant."""
        names = " ".join(extras)
        before: list[str] = []
        for at, word in enumerate(extras):
            action = self._option_string_actions.get(word.split("=", 1)[0])
            if action is None or not word.startswith("--"):
                continue
            before.append(word)
            if "=" not in word and action.nargs != 0 and at + 1 < len(extras):
                before.append(extras[at + 1])  # its value
        if before and prog != self.prog:
            command = prog.removeprefix(self.prog).strip()
            example = " ".join([self.prog, *before, command])
            return words("cli.argparse.program_option", names=" ".join(before), example=example)
        close = _close_options(extras, self._options_of(prog))
        if close:
            return words("cli.argparse.unrecognized.close", names=names, close=", ".join(close))
        return words("cli.argparse.unrecognized", names=names)

    def _options_of(self, prog: str) -> list[str]:
        """The options the parser of ``prog`` (this one or a command's) takes."""
        parsers: list[argparse.ArgumentParser] = [self]
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers += action.choices.values()
        for parser in parsers:
            if parser.prog == prog:
                return [option for a in parser._actions for option in a.option_strings]
        return []

    def error(self, message: str) -> Any:
        raise UsageError(argparse_words(message), self.prog)


def _close_options(given: list[str], options: list[str]) -> list[str]:
    """The options the mistyped ones in ``given`` probably meant (``--chanel``: ``--channel``)."""
    import difflib  # only for a refusal: not on every start

    close: list[str] = []
    for word in given:
        if word.startswith("--"):
            found = difflib.get_close_matches(word.split("=", 1)[0], options, n=1, cutoff=0.75)
            close += [f for f in found if f not in close]
    return close


# --- The language before the options are read ---------------------------------------


def language_in(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` gives in ``argv`` (the last one written), if it gives one."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == LANG_OPTION and i + 1 < len(argv) else None
        if arg.startswith(LANG_OPTION + "="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            found = value
    return found


def language_chosen(given: str | None, saved: str | None) -> str:
    """The language the command line speaks: ``given`` (``--lang``), else ``saved`` (the
    settings' language, which ``ESMS_DESKTOP_LANG`` overrides), else Vietnamese. Before
    the settings are read (``saved`` None), the variable's English counts."""
    if given in LANGUAGES:
        return str(given)
    if saved is None:
        return "en" if os.environ.get(ENV_LANG, "").strip() == "en" else "vi"
    return saved if saved in LANGUAGES else "vi"


def language_before_options(argv: Sequence[str]) -> str:
    """What is said before the options are read (the help), the settings not read: the
    help is printed without waiting for them (:func:`language_of_refusal` reads them)."""
    return language_chosen(language_in(argv), None)


def language_of_refusal(argv: Sequence[str]) -> str:
    """The language a refusal of the options is said in, as a command would say anything:
    ``--lang``, else the settings' language (which the environment overrides), else
    Vietnamese."""
    chosen = language_in(argv)
    if chosen is not None:
        return chosen
    try:
        from esms_desktop.app.settings import Settings

        saved: str | None = Settings.load().language
    except (EsmsDesktopError, OSError, ValueError):  # no settings: said as before them
        saved = None
    return language_chosen(None, saved)


def list_to_open(
    argv: Sequence[str], parser: argparse.ArgumentParser
) -> tuple[list[str], Path | None]:
    """``argv`` without a customer file given to the app by itself, and that file.

    Windows starts the app with the file's path when a list is dropped on its icon (or
    opened with it): that path was refused as "not a command", in a console nobody sees,
    and the app did not open. The first word that is not an option or an option's value
    is taken for a file when it is no command and ends like a customer file
    (:data:`importing.suffixes.SUPPORTED_SUFFIXES`) or is one; the window opens it (and
    says so of a file it cannot read).
    """
    from esms_desktop.importing.suffixes import SUPPORTED_SUFFIXES

    with_value = {s for a in parser._actions if a.nargs != 0 for s in a.option_strings}
    commands = {c for a in parser._actions if a.choices and not a.option_strings for c in a.choices}
    at = 0
    while at < len(argv):
        word = argv[at]
        if word == "--":
            at += 1
            break
        if not word.startswith("-") or word == "-":
            break
        at += 2 if word in with_value else 1
    if at >= len(argv) or argv[at] in commands:
        return list(argv), None
    path = Path(argv[at])
    if path.suffix.lower() not in SUPPORTED_SUFFIXES and not _is_file(path):
        return list(argv), None
    # Any file, so that one the app cannot read (a .xlsb, a .pdf) is said in the window.
    return [*argv[:at], *argv[at + 1 :]], path


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False
