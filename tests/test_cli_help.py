"""``--help`` of the program and of every command, said in the chosen language: each
option's help, each command's line in the list of commands and the program's own
description come from the catalogues (``help.*``). Found by reading the help in
Vietnamese: the headings were Vietnamese, every option's help English."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from esms_desktop.base.texts import LANGUAGES, catalogue, speaking, words
from esms_desktop.cli.main import build_parser, main
from esms_desktop.cli.usage import HelpText

#: argparse's own options, whose help the formatter says from ``cli.help.*``.
ARGPARSE_OWN = {"help", "version"}


@pytest.fixture(autouse=True)
def no_language_chosen(monkeypatch: pytest.MonkeyPatch, app_home: Path) -> None:
    monkeypatch.delenv("ESMS_DESKTOP_LANG", raising=False)


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser of the command line (the program's, each command's and each action's),
    with the words that call it (``("library", "save")``)."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, (*path, name))


PARSERS = [path for path, _ in _parsers(build_parser())]


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    """The helps ``parser``'s help prints: its description, its options', its commands'."""
    helps = [parser.description or ""]
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or action.dest in ARGPARSE_OWN:
            continue
        if isinstance(action, argparse._SubParsersAction):  # the list: each command's
            helps += [choice.help or "" for choice in action._choices_actions]
        else:
            helps.append(action.help or "")
    return helps


def _flat(text: str) -> str:
    return " ".join(text.split())


def _help_of(path: tuple[str, ...], capsys: pytest.CaptureFixture[str], *lang: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*path, "--help", *(("--lang", lang[0]) if lang else ())])
    assert done.value.code == 0
    return _flat(capsys.readouterr().out)


def test_every_help_is_a_text_of_both_catalogues() -> None:
    """No help written in the code: an option added without one, or with English, fails."""
    for path, parser in _parsers(build_parser()):
        for said in _helps(parser):
            assert isinstance(said, HelpText), (path, said)
            for lang in LANGUAGES:
                assert said in catalogue(lang), (path, said, lang)


@pytest.mark.parametrize("path", PARSERS, ids=lambda p: " ".join(p) or "esms-desktop")
def test_the_help_of_every_command_is_vietnamese_by_default(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    parser = dict(_parsers(build_parser()))[path]
    out = _help_of(path, capsys)
    english = {_flat(text) for key, text in catalogue("en").items() if key.startswith("help.")}
    with speaking("vi"):
        for key in _helps(parser):
            assert _flat(str(words(key))) in out, key
    assert not [text for text in english if text in out]
    assert not re.search(r"usage:|options:|show this help|positional arguments", out)


@pytest.mark.parametrize("path", PARSERS, ids=lambda p: " ".join(p) or "esms-desktop")
def test_the_help_of_every_command_is_english_with_lang_en(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    parser = dict(_parsers(build_parser()))[path]
    out = _help_of(path, capsys, "en")
    assert out.startswith("usage: esms-desktop") and "options:" in out
    with speaking("en"):
        for key in _helps(parser):
            assert _flat(str(words(key))) in out, key


def test_what_the_shop_owner_reads_first(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help_of(("check",), capsys)
    assert "kiểm tra danh sách khách hàng trước khi gửi" in out
    assert "--content CONTENT nội dung tin nhắn; {Tên cột} được thay bằng ô của dòng đó" in out
    out = _help_of(("send",), capsys, "en")
    assert "--content CONTENT the message text; {Column} is replaced by that row's cell" in out
    out = _help_of((), capsys)
    assert "Gửi tin SMS và Zalo qua eSMS.vn" in out and "check kiểm tra danh sách" in out
