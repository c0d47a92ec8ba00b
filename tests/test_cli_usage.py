"""Options that cannot be used: said in the chosen language (Vietnamese unless English is
chosen), with the command's help as the next step, never argparse's English; with
``--json``, one JSON error object. Found by trying the command line from outside."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from esms_desktop.base.texts import LANGUAGES, catalogue
from esms_desktop.cli import usage
from esms_desktop.cli.main import main

#: argparse's English, any of it.
ARGPARSE_ENGLISH = re.compile(
    r"usage:|error:|invalid|required|unrecognized|choose from|expected|not allowed|"
    r"ambiguous|argument"
)

#: (the command line, its command, what the refusal says in English)
REFUSED = [
    (["check"], "check", "Missing from the command: file."),
    (["check", "k.csv", "--days-before", "x"], "check", "--days-before: 'x' is not a whole"),
    (["check", "k.csv", "--channel", "sms"], "check", "'sms' is not one of the choices: "),
    (["check", "k.csv", "--bogus", "1"], "check", "This command does not take: --bogus 1."),
    (["check", "k.csv", "--chanel", "qc"], "check", "--chanel qc. Did you mean --channel?"),
    (["send", "k.csv", "--brandnme=X"], "send", "Did you mean --brandname?"),
    (["balance", "--demo"], "balance", "Write --demo before the command, e.g. esms-desktop --demo"),
    (["status", "1", "--api-url", "http://127.0.0.1:1/"], "status", "esms-desktop --api-url http"),
    (["check", "k.csv", "--channel"], "check", "--channel: needs a value after it."),
    (["check", "k.csv", "--days-before", "1", "--yearly"], "check", "cannot be used together"),
    (["check", "k.csv", "--channel", "fixed", "--yearly"], "check", "--yearly go with --schedule"),
    (["report", "abc", "--out", "r.csv"], "report", "campaign_id: 'abc' is not a whole number"),
    (["templates", "--wait", "soon"], "templates", "--wait: 'soon' is not a number."),
    (["library", "save", "x"], "library save", "Missing from the command: --channel."),
    (["journal", "fix"], "journal", "'fix' is not one of the choices: "),
    (["frob"], "", "'frob' is not a command here. The commands: "),
    (["explain", " "], "explain", "Give the code to explain"),
    (["optout", "add", "hello"], "optout", "'hello' is not a mobile number"),
]


def refused(
    capsys: pytest.CaptureFixture[str], args: list[str], *lang: str
) -> tuple[int, str, str]:
    code = main(["--demo", *args, *(("--lang", lang[0]) if lang else ())])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def no_language_chosen(monkeypatch: pytest.MonkeyPatch, app_home: Path) -> None:
    monkeypatch.delenv("ESMS_DESKTOP_LANG", raising=False)


@pytest.mark.parametrize(("args", "command", "english"), REFUSED, ids=lambda a: str(a))
def test_a_refused_option_is_said_in_vietnamese_with_the_command_help(
    capsys: pytest.CaptureFixture[str], args: list[str], command: str, english: str
) -> None:
    code, out, err = refused(capsys, args)
    help_command = " ".join(["esms-desktop", *command.split(), "--help"])
    assert code == 2 and out == ""
    assert "Traceback" not in err and not ARGPARSE_ENGLISH.search(err), err
    assert (
        "lệnh chưa viết đúng" in err
        and f"Nên làm gì: xem cách viết lệnh bằng {help_command}" in err
    )


@pytest.mark.parametrize(("args", "command", "english"), REFUSED, ids=lambda a: str(a))
def test_a_refused_option_is_said_in_english_when_english_is_chosen(
    capsys: pytest.CaptureFixture[str], args: list[str], command: str, english: str
) -> None:
    code, _, err = refused(capsys, args, "en")
    help_command = " ".join(["esms-desktop", *command.split(), "--help"])
    assert code == 2 and "Traceback" not in err
    assert english in err and f"What to do: see how to write it with {help_command}" in err
    assert "usage:" not in err and "error:" not in err and "invalid" not in err, err


def test_the_language_saved_in_the_settings_says_a_refusal_too(
    capsys: pytest.CaptureFixture[str], app_home: Path
) -> None:
    from esms_desktop.app.settings import Settings

    settings = Settings.load()
    settings.language = "en"
    settings.save()
    _, _, err = refused(capsys, ["check", "k.csv", "--days-before", "x"])
    assert "'x' is not a whole number" in err
    _, _, err = refused(capsys, ["check", "k.csv", "--days-before", "x"], "vi")
    assert "'x' không phải là số nguyên" in err


def test_with_json_a_refused_option_is_one_json_error_object(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A script that asked for JSON reads JSON, whatever is wrong with its options."""
    path = tmp_path / "k.csv"
    path.write_text("Tên,SĐT\nLan,0961234567\n", encoding="utf-8")
    for args in (
        ["check", str(path), "--json", "--bogus"],  # refused by argparse
        ["check", str(path), "--json", "--days-before", "x"],
        ["check", str(path), "--json", "--channel", "fixed", "--param", "x"],  # by the command
        ["check", str(path), "--json"],  # no --channel
    ):
        code, out, err = refused(capsys, args, "en")
        assert code == 2, err
        error = json.loads(out)["error"]
        assert error["kind"] == "usage" and error["text"] and "usage:" not in out
        assert error["action"] == "see how to write it with esms-desktop check --help"
        assert "the command is not written right" in err  # said on stderr too


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_is_headed_in_the_chosen_language_and_lists_the_options(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", "--help", "--lang", lang])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--channel {cskh,qc,fixed,zalo,zalo-sms}" in out and "--convert-text" in out
    if lang == "vi":
        assert out.startswith("cách dùng: esms-desktop check") and "tùy chọn:" in out
        assert "hiện hướng dẫn này rồi thoát" in out and "usage:" not in out
    else:
        assert out.startswith("usage: esms-desktop check") and "options:" in out


#: argparse's messages a user can meet, filled in as argparse fills them.
ARGPARSE_MESSAGES = [
    ("argument %(argument_name)s: %(message)s", {"argument_name": "--x", "message": "m"}),
    ("invalid %(type)s value: %(value)r", {"type": "int", "value": "x"}),
    ("invalid %(type)s value: %(value)r", {"type": "float", "value": "x"}),
    ("invalid choice: %(value)r (choose from %(choices)s)", {"value": "x", "choices": "'a'"}),
    ("unknown parser %(parser_name)r (choices: %(choices)s)", {"parser_name": "x", "choices": "a"}),
    ("the following arguments are required: %s", ("file",)),
    ("one of the arguments %s is required", ("--a --b",)),
    ("unrecognized arguments: %s", ("--x",)),
    ("expected one argument", ()),
    ("expected at most one argument", ()),
    ("expected at least one argument", ()),
    ("not allowed with argument %s", ("--a",)),
    ("ignored explicit argument %r", ("1",)),
    ("ambiguous option: %(option)s could match %(matches)s", {"option": "--s", "matches": "--a"}),
]


@pytest.mark.parametrize(("message", "values"), ARGPARSE_MESSAGES)
def test_every_refusal_argparse_writes_has_its_own_words(message: str, values: object) -> None:
    """Held to this Python's argparse: a message it no longer writes fails here (its new
    wording is then to be matched), one it writes is not said by the catch-all."""
    assert message in Path(argparse.__file__).read_text(encoding="utf-8")
    said = usage.argparse_words(message % values)  # type: ignore[operator]
    assert said.key != "cli.argparse.other", said


def test_the_words_of_argparse_refusals_exist_in_every_language() -> None:
    keys = {key for _, key in usage._ARGPARSE} | set(usage._HELP_WORDS.values())
    for lang in LANGUAGES:
        assert keys <= set(catalogue(lang)), keys - set(catalogue(lang))


def test_a_refusal_argparse_may_write_one_day_is_still_said_in_the_users_words() -> None:
    from spoken import vi

    said = usage.argparse_words("option --x is not allowed on Tuesdays")
    assert vi(said) == "Lệnh chưa viết đúng (option --x is not allowed on Tuesdays)."
