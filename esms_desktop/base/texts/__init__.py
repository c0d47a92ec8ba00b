"""The core's words for the user: a text id and its values, put into a language at the edge.

The core never builds a sentence in a language. It makes :class:`Words`, a text
id such as ``"checks.low_balance"`` with the values it needs, and hands them
up. The command line and the window put them into the user's language once,
when they show them: ``str(words)`` speaks the language chosen with
:func:`set_language` (the front sets it at start and when the user changes it),
:func:`speaking` does so for a block (tests, a report in another language).

The texts themselves live in the catalogues ``vi/<area>.py`` and ``en/<area>.py``,
one dict ``TEXTS`` per area (the areas listed once, in :data:`AREAS`), each text written once
and used by both fronts.
A text whose next step differs between the window (buttons, pages) and the command line
(options, environment variables) has a second entry ``<id>@command``: the plain ``<id>`` is
the window's, and :func:`set_front` (called by the command line at start) makes every
text spoken from then on use the command line's where there is one. The core names
only ``<id>``: which front reads it is chosen at the edge, like the language.

They are ``str.format`` templates; three format specs are ours:

- ``{amount:n}``: a number grouped as the language writes it (1.943.930 / 1,943,930);
- ``{rows:rows}``: a list of row numbers, the first few and "and N more";
- ``{count:n|row|rows}``: a count and its noun, the first for one, the second for any
  other count ("1 row", "0 rows", "1,234 rows"); before the first ``|``, the count's own
  spec (``n``, or nothing). English writes every count so (a test finds one that is
  not); Vietnamese has no plural and writes ``{count:n} dòng``.

A value that is itself :class:`Words` is spoken in the same language. A test
checks that every id the code names exists in both languages with the same
values, and that no user-facing literal lives outside the catalogues.

May import: nothing of ours beyond ``base``.
"""

from __future__ import annotations

import importlib
import string
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

LANGUAGES = ("vi", "en")
#: The environment variable that chooses the language over the settings (``en``/``vi``).
ENV_LANG = "ESMS_DESKTOP_LANG"
DEFAULT_LANGUAGE = "vi"
#: The catalogue modules, the same in each language's folder (a test holds them to the files).
AREAS = (
    "app",
    "base",
    "catalogue",
    "channels",
    "checks",
    "cli",
    "diagnose",
    "help",
    "importing",
    "library",
    "message",
    "numbers",
    "phones",
    "recipients",
    "reports",
    "sending",
    "templates",
)
#: The two fronts: the window (the default) and the command line.
FRONTS = ("window", "command")
#: What follows a text id for the command line's own wording of it.
COMMAND_SUFFIX = "@command"
#: What follows a text id for its short form, where it has little room (a table's column).
SHORT_SUFFIX = ".short"
#: How many row numbers a text lists before "and N more".
ROWS_SHOWN = 8

_state = threading.local()
_global_language = DEFAULT_LANGUAGE
_global_front = FRONTS[0]
_catalogues: dict[str, dict[str, str]] = {}
_load_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Words:
    """A text for the user, not yet in a language: its id and the values it needs."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return _speak(self, current_language())

    @property
    def fields(self) -> dict[str, Any]:
        return dict(self.values)


def words(key: str, /, **values: Any) -> Words:
    """The text ``key`` of the catalogues, with ``values`` for its blanks."""
    return Words(key, tuple(values.items()))


def set_language(lang: str) -> None:
    """The language every thread speaks from now on (the front calls this)."""
    global _global_language
    _global_language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def set_front(front: str) -> None:
    """The front whose next steps every text says from now on (``window`` or ``command``):
    the command line calls this at start, the window needs not."""
    global _global_front
    _global_front = front if front in FRONTS else FRONTS[0]


def current_front() -> str:
    return _global_front


def current_language() -> str:
    return getattr(_state, "lang", None) or _global_language


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block, this thread speaks ``lang`` (a report, a test of both languages)."""
    before = getattr(_state, "lang", None)
    _state.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    try:
        yield
    finally:
        _state.lang = before


def say(text: Words | str) -> str:
    """``text`` in the current language (a plain ``str`` is already words: from eSMS, a file)."""
    return text if isinstance(text, str) else _speak(text, current_language())


def shortened(text: Words | str) -> Words | str:
    """``text``'s short form (the id ``<id>.short``, with the same values), for where it has
    little room and is said whole beside (a row's problem in a narrow column); ``text``
    itself when it has none."""
    if isinstance(text, Words) and text.key + SHORT_SUFFIX in catalogue(current_language()):
        return Words(text.key + SHORT_SUFFIX, text.values)
    return text


def catalogue(lang: str) -> Mapping[str, str]:
    """Every text of ``lang``, by id (loaded once, from all the areas' modules)."""
    found = _catalogues.get(lang)
    if found is None:
        with _load_lock:
            found = _catalogues.get(lang)
            if found is None:
                found = _load(lang)
                _catalogues[lang] = found
    return found


def _load(lang: str) -> dict[str, str]:
    # The frozen app bundles every module of ours (packaging/esms_desktop.spec), these too.
    texts: dict[str, str] = {}
    for area in AREAS:
        module = importlib.import_module(f"{__name__}.{lang}.{area}")
        for key, text in module.TEXTS.items():
            if key in texts:
                raise ValueError(f"text id {key!r} is defined twice in {lang}")
            texts[key] = text
    return texts


#: Between a count's spec and its noun for one and for other counts: ``{count:n|row|rows}``.
PLURAL = "|"


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Words):
            value = _speak(value, self.lang)
        if PLURAL in format_spec:
            spec, one, other = format_spec.split(PLURAL, 2)
            return f"{self.format_field(value, spec)} {one if _is_one(value) else other}"
        if format_spec == "n":
            return _grouped(value, self.lang)
        if format_spec == "rows":
            return _rows(value, self.lang)
        return super().format_field(value, format_spec)


def _grouped(value: Any, lang: str) -> str:
    """A whole number (an amount is rounded to the dong) grouped in threes as ``lang`` writes
    it; anything that is not a number as it is."""
    try:
        number = round(Decimal(str(value)))
    except (InvalidOperation, ValueError, OverflowError):  # not a number, NaN, infinity
        return str(value)
    text = f"{number:,}"
    return text if lang == "en" else text.replace(",", ".")


def _is_one(value: Any) -> bool:
    """Whether a count is one (1, 1.0, "1"): its noun is said in the singular."""
    try:
        return Decimal(str(value)) == 1
    except (InvalidOperation, ValueError):
        return False


def _rows(rows: Sequence[int], lang: str) -> str:
    shown = ", ".join(str(r) for r in rows[:ROWS_SHOWN])
    more = len(rows) - ROWS_SHOWN
    if more > 0:
        shown += _speak(words("texts.rows_more", count=more), lang)
    return shown


def _speak(text: Words, lang: str) -> str:
    texts = catalogue(lang)
    template = (
        texts.get(text.key + COMMAND_SUFFIX) if _global_front == "command" else None
    ) or texts.get(text.key)
    if template is None:  # a missing text must not stop a send; the test finds it
        return text.key
    return _Formatter(lang).vformat(template, (), dict(text.values))
