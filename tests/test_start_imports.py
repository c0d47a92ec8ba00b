"""What the command line imports to start: a command loads what it uses, nothing more.

``esms-desktop explain 100`` and ``--help`` print at once: they load neither the HTTP
library (a third of a second with its own command line, rich and click), nor the
spreadsheet libraries, Qt, the journal or the checks. ``check`` without keys asks
eSMS nothing, so it does without the HTTP library too. What each run imported is
read from ``python -X importtime`` (every module, the standard library's too), in a
fresh process. Times are measured by ``benchmarks/start_up.py``, not here: the
machine is shared, and a test that can fail on a slow minute is no test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from files import SAMPLE_ROWS, write_xlsx

#: Third-party libraries that only some commands need.
LIBRARIES = ("httpx", "httpcore", "openpyxl", "PySide6", "python_calamine", "keyring", "rich")
#: The core that only the commands on customer lists and campaigns need.
CORE = (
    "esms_desktop.api.client",
    "esms_desktop.importing.reader",
    "esms_desktop.recipients",
    "esms_desktop.checks",
    "esms_desktop.journal",
    "esms_desktop.sending",
    "esms_desktop.reports",
    "esms_desktop.app.preparation",
    "esms_desktop.gui",
    # Slow to load and not needed to say a code or the help: the answer types (dozens of
    # dataclasses), the old-encoding tables.
    "esms_desktop.api.models",
    "esms_desktop.importing.legacy_text",
)
#: The standard library's slow ones that a start should not need: argparse loads shutil
#: (with bz2 and lzma) for the terminal's width unless asked otherwise.
STANDARD = ("shutil", "bz2", "lzma")


def imported(*args: str, home: Path) -> set[str]:
    """Every module that ``python -m esms_desktop ARGS`` imported."""
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "esms_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and not line.endswith("imported package"):
            names.add(line.rsplit("|", 1)[1].strip())
    assert "esms_desktop.cli.main" in names  # the report was read
    return names


def loaded(names: set[str], wanted: tuple[str, ...]) -> set[str]:
    """The modules of ``wanted`` (or their submodules) among ``names``."""
    return {w for w in wanted for n in names if n == w or n.startswith(w + ".")}


def test_explain_imports_only_the_catalogue(app_home: Path) -> None:
    names = imported("explain", "100", home=app_home)
    assert loaded(names, LIBRARIES) == set()
    assert loaded(names, CORE) == set()
    assert loaded(names, STANDARD) == set()
    assert "esms_desktop.catalogue" in names  # the check can fail: what it uses is seen


def test_help_imports_neither_the_libraries_nor_the_core(app_home: Path) -> None:
    names = imported("--help", home=app_home)
    assert loaded(names, LIBRARIES) == set()
    assert loaded(names, CORE) == set()
    assert loaded(names, STANDARD) == set()


def test_check_without_keys_asks_nothing_of_esms(tmp_path: Path, app_home: Path) -> None:
    """No keys, no requests: the HTTP library stays out, and so do the window and the
    report writer; the reader and the checks are what it runs."""
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    names = imported(
        "check", str(path), "--channel", "cskh", "--content", "Chao {Họ và tên}", "--json",
        home=app_home,
    )  # fmt: skip
    assert loaded(names, ("httpx", "httpcore", "openpyxl", "PySide6", "rich")) == set()
    assert loaded(names, ("esms_desktop.api.client", "esms_desktop.gui")) == set()
    assert {"python_calamine", "esms_desktop.checks.run"} <= names  # the check can fail


def test_what_check_loads_while_its_file_is_parsed_it_loads_anyway(
    tmp_path: Path, app_home: Path
) -> None:
    """``check`` loads ``CHECK_MODULES`` on another thread while the reader parses its
    spreadsheet; a text table is not parsed that way, so this run shows that the command
    imports them all anyway: the list loads nothing ``check`` would not."""
    from esms_desktop.cli.main import CHECK_MODULES

    path = tmp_path / "kh.csv"
    path.write_text("Tên,Số điện thoại\nLan,0912345678\n", encoding="utf-8")
    names = imported(
        "check", str(path), "--channel", "cskh", "--content", "Chao {Tên}", "--json",
        home=app_home,
    )  # fmt: skip
    assert set(CHECK_MODULES) <= names


def test_a_demo_request_imports_the_http_library(app_home: Path) -> None:
    """The check above can fail: a command that asks eSMS loads the client."""
    names = imported("--demo", "balance", home=app_home)
    assert {"httpx", "esms_desktop.api.client"} <= names
    # Not httpx's own command line: click, rich and pygments (0.2 s) are installed here by
    # the developers' tools, and were frozen into the app and loaded with the client.
    assert loaded(names, ("click", "rich", "pygments")) == set()


def test_the_command_hands_over_to_the_window_before_loading_what_its_pages_need(
    app_home: Path,
) -> None:
    """``esms-desktop`` without a command starts the window: what the command line loads
    before that delays the window (the window's own start is held to its pages' core
    being imported later by ``test_architecture``)."""
    code = (
        "import sys, types\n"
        "launch = types.ModuleType('esms_desktop.gui.launch')\n"
        "def run_window(**options):\n"
        # (None: a module kept from loading, see esms_desktop/__init__.py)
        "    print(' '.join(n for n, m in sys.modules.items() if m is not None))\n"
        "    return 0\n"
        "launch.run_window = run_window\n"
        "sys.modules['esms_desktop.gui.launch'] = launch\n"
        "from esms_desktop.cli.main import main\n"
        "sys.exit(main(['--demo']))\n"
    )
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(app_home)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = set(done.stdout.split())
    assert "esms_desktop.app.settings" in names  # the check can fail: what it uses is seen
    assert loaded(names, tuple(n for n in LIBRARIES if n != "PySide6")) == set()
    assert loaded(names, tuple(n for n in CORE if n != "esms_desktop.gui")) == set()
