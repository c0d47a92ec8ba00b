"""A customer list given to the app itself opens in the window.

Windows starts the app with the file's path when a list is dropped on its icon or
opened with it ("Open with"); macOS sends the file as an event. The path was refused
as "not a command" in a console nobody sees, and the app did not open at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from files import write_xlsx
from pytestqt.qtbot import QtBot

from esms_desktop.cli.main import build_parser
from esms_desktop.cli.usage import list_to_open


@pytest.mark.parametrize(
    ("argv", "left", "opened"),
    [
        (["khach.xlsx"], [], "khach.xlsx"),
        ([r"C:\Users\Lan\Desktop\khách hàng.CSV"], [], r"C:\Users\Lan\Desktop\khách hàng.CSV"),
        (["--demo", "--lang", "vi", "ds.xls"], ["--demo", "--lang", "vi"], "ds.xls"),
        (["--profile", "shop.txt", "ds.ods"], ["--profile", "shop.txt"], "ds.ods"),
        (["--lang=en", "ds.xlsm"], ["--lang=en"], "ds.xlsm"),
        (
            ["check", "ds.xlsx", "--channel", "cskh"],
            ["check", "ds.xlsx", "--channel", "cskh"],
            None,
        ),
        (["--self-test-out", "out.txt"], ["--self-test-out", "out.txt"], None),
        (["ds.pdf"], ["ds.pdf"], None),
        (["--demo"], ["--demo"], None),
        ([], [], None),
    ],
)
def test_the_list_given_is_told_from_commands_and_option_values(
    argv: list[str], left: list[str], opened: str | None
) -> None:
    found = list_to_open(argv, build_parser())
    assert found == (left, None if opened is None else Path(opened))


def test_any_file_given_is_for_the_window_to_say_what_it_is(tmp_path: Path) -> None:
    """A file the app cannot read (here a .xlsb) opens the window, which says so; a word
    that is no file stays a mistyped command."""
    other = tmp_path / "khach.xlsb"
    other.write_bytes(b"PK")
    assert list_to_open([str(other)], build_parser()) == ([], other)
    assert list_to_open(["chek"], build_parser()) == (["chek"], None)


def test_the_window_opens_the_list_it_was_given(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from esms_desktop.gui import excepthook
    from esms_desktop.gui.launch import open_window

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(excepthook, "_bridge", None)
    path = write_xlsx(tmp_path / "khach.xlsx", [["Tên", "SĐT"], ["Lan", "0961234567"]])
    window = open_window(demo=True, lang="en", offer_resume=False, opened=path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    page = window.recipients_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert window.current_page() is page and page.path == path


def test_a_list_macos_hands_the_app_opens_in_the_window(
    qtbot: QtBot, app_home: Path, tmp_path: Path
) -> None:
    from gui_helpers import shown_demo_window
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from esms_desktop.gui.launch import FileOpener

    window = shown_demo_window(qtbot, (1024, 700), lang="en")
    app = QCoreApplication.instance()
    assert app is not None
    opener = FileOpener(window, app)
    app.installEventFilter(opener)
    try:
        path = write_xlsx(tmp_path / "khach.xlsx", [["Tên", "SĐT"], ["Lan", "0961234567"]])
        window.go(window.HISTORY)
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
        page = window.recipients_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert window.current_page() is page
    finally:
        app.removeEventFilter(opener)
        opener.deleteLater()
    window.close()


def test_the_command_line_no_longer_refuses_a_list_for_a_command(
    app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a list, the command opens the window with it (here: the window replaced)."""
    from esms_desktop.cli import main as cli

    opened: list[Path | None] = []
    monkeypatch.setattr(cli, "_open_window", lambda args, path=None: opened.append(path) or 0)
    path = tmp_path / "khach.xlsx"
    assert cli.main([str(path)]) == 0
    assert opened == [path]
