from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from esms_desktop.base.texts import set_front, speaking
from esms_desktop.catalogue import Scope, all_codes, describe, lookup, undelivered_code

#: Codes of eSMS's error table (shared/seeds) and the extra ones of its Vietnamese docs.
SEED_CODES = {
    "99",
    "100",
    "101",
    "102",
    "103",
    "104",
    "105",
    "106",
    "107",
    "108",
    "110",
    "118",
    "120",
    "124",
    "140",
    "146",
    "171",
    "177",
    "199",
    "204",
    "210",
    "300",
    "301",
    "687",
    "789",
    "790",
    "791",
    "799",
    "801",
    "802",
}
EXTRA_CODES = {"115", "143", "160", "163", "201", "851", "854"}
#: eSMS's table of error codes, as this project was started from (shared/seeds), kept here
#: so that the check runs on every clone.
SEED_FILE = Path(__file__).resolve().parent / "data" / "esms-error-codes.txt"


def test_every_documented_code_is_explained() -> None:
    known = {c.code for c in all_codes()}
    assert known >= SEED_CODES | EXTRA_CODES


def test_seed_table_codes_are_all_in_the_catalogue() -> None:
    codes = set(re.findall(r"^(\d{2,3})$", SEED_FILE.read_text(encoding="utf-8"), re.M))
    assert codes, "the seed table was not parsed"
    assert codes <= {c.code for c in all_codes()}


@pytest.mark.parametrize("info", all_codes(), ids=lambda i: i.code)
def test_entries_are_complete_in_both_languages(info) -> None:  # type: ignore[no-untyped-def]
    for text in (info.vi, info.en):
        assert text.title and text.explanation and text.action
    assert info.vi.explanation != info.en.explanation
    assert info.applies_to
    if info.code == "100":
        assert info.scope is Scope.SUCCESS and info.charged
    else:
        assert not info.charged


def test_account_level_codes_pause_campaigns() -> None:
    for code in ("101", "103", "104", "140", "143"):
        assert lookup(code).scope is Scope.ACCOUNT
    for code in ("99", "108", "146", "177"):
        assert lookup(code).scope is Scope.MESSAGE


def test_unknown_code_gets_generic_text_and_raw_message() -> None:
    info = lookup("9999", "Something odd")
    assert not info.known and info.raw_message == "Something odd"
    with speaking("en"):
        assert "Something odd" in describe("9999", "Something odd")
    assert lookup(124).code == "124"  # ints are accepted too


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "esms_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_cli_explain_in_both_languages() -> None:
    vi = run_cli("explain", "107")
    assert vi.returncode == 0
    assert "30" in vi.stdout and "Nên làm gì" in vi.stdout
    en = run_cli("explain", "107", "--lang", "en")
    assert en.returncode == 0
    assert "at least 30" in en.stdout and "What to do" in en.stdout


def test_cli_explain_unknown_code_exits_zero() -> None:
    result = run_cli("explain", "9999", "--lang", "en")
    assert result.returncode == 0
    assert "Unknown error" in result.stdout
    # Asked by a user, not answered by eSMS: no "its own message is shown below".
    assert "does not know the code 9999" in result.stdout and "below" not in result.stdout
    assert "chưa biết mã 9999" in run_cli("explain", "9999", "--lang", "vi").stdout


def test_cli_explain_without_a_code_says_so() -> None:
    result = run_cli("explain", " ")
    assert result.returncode == 2 and "Hãy ghi mã cần giải thích" in result.stderr
    assert "esms-desktop explain 104" in result.stderr and result.stdout == ""
    result = run_cli("explain", " ", "--lang", "en")
    assert "Give the code to explain, for example: esms-desktop explain 104" in result.stderr


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("code", "command_words"),
    [
        ("101", "ESMS_API_KEY"),
        ("103", "esms-desktop resume"),
        ("104", "--brandname"),
        ("99", "optout add"),
        ("undelivered", "esms-desktop retry"),
    ],
)
def test_a_code_says_what_to_do_in_the_terms_of_each_front(
    lang: str, code: str, command_words: str
) -> None:
    """The window names its buttons and pages; the command line its options and commands
    (the audit: "press Resume", "Open Account" printed by the command line)."""
    with speaking(lang):
        window = lookup(code).text.action
        set_front("command")
        try:
            command = lookup(code).text.action
        finally:
            set_front("window")
    assert command_words not in window and "--" not in window, window
    assert command_words in command, command


def test_cli_explain_says_the_command_line_next_step() -> None:
    vi = run_cli("explain", "103")
    assert "esms-desktop resume" in vi.stdout and "bấm" not in vi.stdout
    en = run_cli("explain", "101", "--lang", "en")
    assert "ESMS_API_KEY" in en.stdout and "Open Account" not in en.stdout


def test_an_sms_that_was_not_delivered_does_not_blame_zalo() -> None:
    with speaking("vi"):
        sms = lookup(undelivered_code(uses_zalo=False)).text.explanation
        zalo = lookup(undelivered_code(uses_zalo=True)).text.explanation
    assert "Zalo" not in sms
    assert "Zalo" in zalo


def _codes_the_checks_add() -> set[str]:
    """Every code the checks add by name (``report.add("qc_hours", ...)``), which
    ``esms-desktop check`` prints before each finding."""
    import ast

    from esms_desktop.checks import audience_rules

    root = Path(__file__).resolve().parents[1] / "esms_desktop" / "checks"
    found = {audience_rules.SEGMENT, audience_rules.CONSENT}
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "add"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_explain_knows_every_code_check_prints() -> None:
    """The audit: `explain unknown_column` (qc_hours, duplicate, garbled_text...) said
    "unknown error, not in eSMS's list" for codes `check` itself prints."""
    codes = _codes_the_checks_add()
    assert {"unknown_column", "qc_hours", "duplicate", "garbled_text"} <= codes
    unknown = sorted(c for c in codes if not lookup(c).known)
    assert not unknown, unknown
    for lang in ("vi", "en"):
        with speaking(lang):
            for code in codes:
                text = lookup(code).text
                assert text.title and text.explanation and text.action, (lang, code)


def test_cli_explain_tells_a_check_code_as_the_apps_own() -> None:
    result = run_cli("explain", "unknown_column")
    assert result.returncode == 0
    assert "Cột không có trong file" in result.stdout and "không phải mã eSMS" in result.stdout
    assert "Lỗi chưa rõ" not in result.stdout
    hours = run_cli("explain", "qc_hours", "--lang", "en")
    assert "--schedule" in hours.stdout and "07:00" in hours.stdout
