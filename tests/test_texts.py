"""The core says things one way: text ids in the vi/en catalogues, put into a language
at the edge. These tests find a text written outside the catalogues, an id missing
from a language, and a ``lang`` parameter threaded through the core."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from esms_desktop.base.texts import (
    AREAS,
    COMMAND_SUFFIX,
    LANGUAGES,
    SHORT_SUFFIX,
    catalogue,
    set_front,
    shortened,
    speaking,
    words,
)

ROOT = Path(__file__).resolve().parents[1] / "esms_desktop"
TEXTS = ROOT / "base" / "texts"
VIETNAMESE = re.compile(
    "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE
)

#: Modules that hold Vietnamese as data, not as words for the user, and why.
DATA_TABLES = {
    "base/typed_words.py": "words read in what users type (or, days, dong, opt-out), to recognise them",
    "app/esms_pages.py": "the titles of eSMS's documentation pages, to find them (diagnose)",
    "app/samples.py": "the demo's sample list of a Vietnamese shop: its names, services, headers",
    "catalogue/codes.py": "the catalogue of eSMS's result codes, itself a vi/en catalogue",
    "importing/legacy_text.py": "VNI/TCVN3 tables and sample names to recognise old encodings",
    "importing/vietnamese_words.py": "the letters and spelling of a Vietnamese syllable",
    "importing/columns.py": "the column names a Vietnamese file uses, to recognise them",
    "telecom/sms_text.py": "the table that removes diacritics",
}
#: Modules still being moved to the catalogues; this set only shrinks.
NOT_YET_CONVERTED: set[str] = set()


def _core_modules() -> list[Path]:
    return [
        p
        for p in sorted(ROOT.rglob("*.py"))
        if not p.is_relative_to(ROOT / "gui")
        and not p.is_relative_to(ROOT / "simulator")
        and not p.is_relative_to(TEXTS)
    ]


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _string_literals(tree: ast.AST) -> list[ast.Constant]:
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_vietnamese_words_outside_the_catalogues() -> None:
    found = []
    for path in _core_modules():
        if _name(path) in DATA_TABLES or _name(path) in NOT_YET_CONVERTED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"{_name(path)}:{node.lineno}: {node.value[:50]!r}"
            for node in _string_literals(tree)
            if VIETNAMESE.search(node.value)
        ]
    assert not found, "texts outside the catalogues:\n" + "\n".join(found)


def test_no_language_parameter_in_the_core() -> None:
    found = []
    for path in _core_modules():
        if _name(path) in NOT_YET_CONVERTED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args.args + node.args.kwonlyargs + node.args.posonlyargs
                found += [
                    f"{_name(path)}:{node.lineno} {node.name}" for a in args if a.arg == "lang"
                ]
    assert not found, "functions that take a language:\n" + "\n".join(found)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_every_text_with_the_same_blanks() -> None:
    vi, en = catalogue("vi"), catalogue("en")
    assert set(vi) == set(en), set(vi) ^ set(en)
    differ = [key for key in vi if _fields(vi[key]) != _fields(en[key])]
    assert not differ, differ


def test_a_command_line_wording_has_the_window_one_with_the_same_blanks() -> None:
    """``<id>@command`` only rewords ``<id>`` for the command line: the core names the id."""
    texts = catalogue("vi")
    variants = [key for key in texts if key.endswith(COMMAND_SUFFIX)]
    assert variants
    for key in variants:
        base = key.removesuffix(COMMAND_SUFFIX)
        assert base in texts, key
        # The core gives both the same values; a wording may leave one out (the window's
        # "press Resume" needs no command), never ask for one the other is not given.
        assert _fields(texts[key]) <= _fields(texts[base]) | {"command"}, key


#: What the Customers page may say of one row (its phone cell, or why a check left it out).
ROW_REASONS = [
    *(f"phones.{name}" for name in (
        "empty", "multiple", "has_letters", "foreign", "landline", "service_number",
        "unknown_prefix", "unknown_old_prefix", "too_short", "too_long", "lost_digits",
        "formula_no_value",
    )),
    *(f"checks.{name}" for name in (
        "too_long", "sent_waiting", "sent_already", "ad_daily_limit", "no_template_for_carrier",
        "template_mismatch", "template_value_too_long", "garbled_text", "not_in_segment",
        "no_consent", "date_cell", "row_time_past", "row_time_far", "row_outside_ad_hours",
        "scheduled_twice", "scheduled_other_time", "ad_batch_too_small",
    )),
    *(f"message.zns_value_{name}" for name in ("empty", "too_long", "not_number", "not_date", "not_url")),
]  # fmt: skip


def test_a_rows_problem_has_a_short_form_for_a_narrow_column() -> None:
    """The Customers table's Problem column is about 110 px at 1024x700: a long reason was
    cut after a few words there; its short form reads whole (the whole beside it)."""
    texts = catalogue("vi")
    assert not [key for key in ROW_REASONS if key + SHORT_SUFFIX not in texts]
    for key in (k for k in texts if k.endswith(SHORT_SUFFIX)):
        base = key.removesuffix(SHORT_SUFFIX)
        assert base in texts, key
        assert _fields(texts[key]) <= _fields(texts[base]), key  # given the whole's values
        assert len(texts[key]) < len(texts[base]) or "{" in texts[base], key
    with speaking("en"):
        assert str(shortened(words("phones.landline"))) == "A landline"
        said = shortened(words("checks.sent_already", campaign=7))
        assert str(said) == "Got it already (campaign 7)"
        assert shortened(words("checks.no_content")) == words("checks.no_content")  # none
        assert shortened("from eSMS") == "from eSMS"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_front_says_its_own_next_step(lang: str) -> None:
    """The window names its buttons and pages, the command line its options: never the
    other front's (the audit found "(dòng lệnh: --assume-consent)" in the window)."""
    option = re.compile(r"(?<![\w-])--[a-z]|esms-desktop|ESMS_")
    with speaking(lang):
        window = str(words("checks.no_consent_column"))
        set_front("command")
        try:
            command = str(words("checks.no_consent_column"))
        finally:
            set_front("window")
    assert not option.search(window), window
    assert "--assume-consent" in command
    for key, text in catalogue(lang).items():
        if "@" in key:
            continue
        assert "dòng lệnh:" not in text and "command line:" not in text, key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_command_line_waits_with_ctrl_c_not_a_pause_button(lang: str) -> None:
    """Found from the command line: "You may press Pause" while waiting for eSMS's records."""
    from esms_desktop.app.user_text import records_waiting_text
    from esms_desktop.sending.progress import Trouble

    trouble = Trouble("records", "", 0, 0, 600.0, 1_800_000_600.0, 3)
    with speaking(lang):
        set_front("command")
        try:
            command = str(records_waiting_text(trouble, now=1_800_000_000.0))
        finally:
            set_front("window")
        window = str(records_waiting_text(trouble, now=1_800_000_000.0))
    assert "Ctrl+C" in command and "Ctrl+C" not in window


def _ids_named_in_code() -> dict[str, str]:
    named = {}
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("words", "help_words")  # help_words: the help's
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named[node.args[0].value] = f"{_name(path)}:{node.lineno}"
    return named


def test_every_text_the_code_names_exists() -> None:
    known = catalogue("vi")
    missing = {key: where for key, where in _ids_named_in_code().items() if key not in known}
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_and_rows_are_written_as_the_language_writes_them(lang: str) -> None:
    with speaking(lang):
        more = str(words("texts.rows_more", count=1234))
    assert more == (" (và 1.234 dòng khác)" if lang == "vi" else " (+1,234 more)")


def test_a_missing_text_shows_its_id_rather_than_stopping() -> None:
    assert str(words("no.such.text")) == "no.such.text"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_module_is_listed_in_its_language(lang: str) -> None:
    on_disk = {p.stem for p in (TEXTS / lang).glob("*.py") if p.stem != "__init__"}
    assert set(AREAS) == on_disk


def test_a_count_says_its_noun_in_the_singular_for_one() -> None:
    with speaking("en"):
        said = [str(words("cli.optout.count", count=n)) for n in (0, 1, 1.0, "1", 2, 1234, -1)]
        rows = str(words("cli.check.rows", file="k.xlsx", sheet="S", total=1, ready=1,
                         rejected=0, duplicate=0, blocked=0))  # fmt: skip
    assert said == ["0 numbers", "1 number", "1 number", "1 number", "2 numbers",
                    "1,234 numbers", "-1 numbers"]  # fmt: skip
    assert rows.startswith("k.xlsx [S]: 1 row - 1 ready")
    with speaking("vi"):
        assert str(words("cli.optout.count", count=1234)) == "1.234 số"


#: Words right after a value that make it the subject, not a count ("{path} is ...").
_VERBS = {"is", "was", "has", "does", "needs", "takes", "exists", "compares", "belongs"}
_AFTER_ONE = re.compile(r"(?<![\w.,])1 ([A-Za-z'-]+)(?: ([A-Za-z'-]+))?")


def _with_every_value_one(template: str) -> str:
    """``template`` said in English with every blank 1 (a date where its spec writes one,
    a list of rows where it is one)."""
    import datetime as dt

    from esms_desktop.base.texts import _Formatter

    values: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            one: object = dt.datetime(2026, 1, 2, 9, 30) if spec and "%" in spec else 1
            values[re.split(r"[.\[!]", name)[0]] = [1] if spec == "rows" else one
    return _Formatter("en").vformat(template, (), values)


def test_every_english_count_says_one_thing_in_the_singular() -> None:
    """Tried from outside: "1 requests", "1 rows", "1 messages". Every English text is said
    with each value 1: a plural noun after a 1 is a count not written {count:n|row|rows}."""
    found = []
    for key, template in catalogue("en").items():
        for match in _AFTER_ONE.finditer(_with_every_value_one(template)):
            first, second = match.group(1), match.group(2) or ""
            if first in _VERBS:
                continue
            plural = [w for w in (first, second) if len(w) > 2 and w.endswith("s")]
            if plural and plural[0] not in _VERBS:
                found.append(f"{key}: {match.group(0)!r}")
    assert not found, "\n".join(found)
