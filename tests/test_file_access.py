"""Files the system refuses or changes under us: a plain message, never a traceback or a mix."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from files import write_xlsx
from spoken import en, on_command_line

from esms_desktop.app.user_text import UserMessage, for_error
from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import speaking
from esms_desktop.importing import file_access, read_table
from esms_desktop.recipients.recipient_list import open_recipients


def in_english(exc: BaseException) -> UserMessage:
    with speaking("en"):
        return for_error(exc)


def _cli_check(path: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--lang", "en", "check", path, "--channel",
         "fixed", "--content", "Hi"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_a_path_too_long_for_the_system_is_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 300 + ".xlsx")
    with pytest.raises(InputFileError) as caught:
        open_recipients(path)
    assert "too long" in in_english(caught.value).text
    done = _cli_check(str(path), tmp_path / "home")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "too long for the system" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_named_like_a_list_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    pipe = tmp_path / "khach.csv"
    os.mkfifo(pipe)
    with pytest.raises(InputFileError) as caught:
        read_table(pipe)  # would block forever if opened
    assert caught.value.reason is not None and "not an ordinary file" in en(caught.value.reason)


def test_a_folder_is_said_to_be_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "khach.xlsx"
    folder.mkdir()
    with pytest.raises(InputFileError) as caught:
        read_table(folder)
    assert "folder" in in_english(caught.value).text


def test_a_folder_given_as_the_list_names_the_lists_inside_it(tmp_path: Path) -> None:
    """Tried from outside: ``check FOLDER`` must say it is a folder, and which file to give."""
    folder = tmp_path / "Khach hang"
    folder.mkdir()
    for name in ("khach.xlsx", "ds.csv", "ghi chu.docx"):
        (folder / name).write_bytes(b"x")
    done = _cli_check(str(folder), tmp_path / "home")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "This is a folder, not a file" in done.stderr, done.stderr
    assert "In it: ds.csv, khach.xlsx." in done.stderr and "docx" not in done.stderr
    assert "cannot be found" not in done.stderr
    # Windows' command prompt turns "C:\Lists\" into C:\Lists": still that folder.
    done = _cli_check(str(folder) + '"', tmp_path / "home")
    assert "This is a folder" in done.stderr and "cannot be found" not in done.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputFileError) as caught:
        read_table(empty)
    said = on_command_line(caught.value.reason, "vi")
    assert "thư mục" in said and "Trong thư mục không có file Excel hay CSV nào" in said


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "not allowed to read"),
        (OSError(errno.EIO, "Input/output error"), "USB stick"),
        (OSError(errno.ENXIO, "No such device"), "USB stick"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "too long"),
        (FileNotFoundError(errno.ENOENT, "gone"), "cannot be found"),
    ],
    ids=["permission", "io-error", "no-device", "too-long", "vanished"],
)
def test_each_refusal_of_the_system_reads_as_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    path = write_xlsx(tmp_path / "khach.xlsx", [["SĐT"], ["0961234567"]])
    real_open = Path.open

    def failing_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == path:
            raise error
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(InputFileError) as caught:
        open_recipients(path)
    text = in_english(caught.value).text
    assert words in text, text
    assert "Traceback" not in text


def test_windows_sharing_violation_says_close_it_in_excel(tmp_path: Path) -> None:
    error = PermissionError(errno.EACCES, "in use")
    error.winerror = 32  # type: ignore[attr-defined]
    message = file_access.os_error(tmp_path / "khach.xlsx", error)
    assert message.reason is not None and "usually Excel" in en(message.reason)


def test_a_file_saved_again_while_read_is_read_whole_or_refused(tmp_path: Path) -> None:
    """40 reads while another program rewrites the file in place: each read gives one
    version's rows exactly, or says the file changed; never a mix, never a crash."""
    old = write_xlsx(tmp_path / "old.xlsx", [["SĐT"]] + [[f"09612{i:05d}"] for i in range(3000)])
    new = write_xlsx(tmp_path / "new.xlsx", [["SĐT"]] + [[f"09134{i:05d}"] for i in range(3000)])
    versions = [old.read_bytes(), new.read_bytes()]
    path = tmp_path / "khach.xlsx"
    path.write_bytes(versions[0])
    stop = threading.Event()

    def rewrite() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            with path.open("r+b") as file:  # in place, in pieces, as a slow save does
                data = versions[i % 2]
                for at in range(0, len(data), 4096):
                    file.write(data[at : at + 4096])
                file.truncate()

    writer = threading.Thread(target=rewrite)
    writer.start()
    outcomes = {"old": 0, "new": 0, "refused": 0}
    try:
        for _ in range(40):
            try:
                rows = read_table(path).rows
            except InputFileError as exc:
                assert exc.detail in ("changed", "BadZipFile") or "damaged" in exc.message, exc
                outcomes["refused"] += 1
                continue
            first = {str(r[0])[:5] for r in rows[1:]}
            assert len(rows) == 3001 and first in ({"09612"}, {"09134"}), first
            outcomes["old" if first == {"09612"} else "new"] += 1
    finally:
        stop.set()
        writer.join()
    assert sum(outcomes.values()) == 40


def test_a_file_swapped_between_measuring_and_reading_is_read_as_measured(tmp_path: Path) -> None:
    """The race that killed the app: a harmless file measured, a hostile one read. Now
    the bytes measured are the bytes parsed. Run in a child: a regression aborts it."""
    harmless = write_xlsx(tmp_path / "harmless.xlsx", [["SĐT"], ["0961234567"]])
    script = f"""
import shutil, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pathlib import Path
from hostile import make
from esms_desktop.importing import reader
hostile = make.far_corner(Path({str(tmp_path / "hostile.xlsx")!r}))
path = Path({str(tmp_path / "khach.xlsx")!r})
shutil.copy({str(harmless)!r}, path)
measure = reader.check_xlsx
def measure_then_swap(*args, **kwargs):
    ok = measure(*args, **kwargs)
    shutil.copy(hostile, path)  # another program saves over the file, just now
    return ok
reader.check_xlsx = measure_then_swap
print(reader.read_table(path).rows)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "[['SĐT'], ['0961234567']]" in done.stdout


def test_on_windows_a_long_path_that_is_not_found_is_said_to_be_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows answers "not found" (WinError 3) for a path past 260 characters."""
    monkeypatch.setattr(file_access.sys, "platform", "win32")
    error = FileNotFoundError(errno.ENOENT, "The system cannot find the path specified")
    error.winerror = 3  # type: ignore[attr-defined]
    long_path = tmp_path / ("thu-muc-" * 40) / "khach.xlsx"
    message = file_access.os_error(long_path, error)
    assert message.reason is not None and "too long" in en(message.reason)
    short = file_access.os_error(tmp_path / "khach.xlsx", error)
    assert short.reason is not None and "cannot be found" in en(short.reason)


def test_a_name_the_system_refuses_says_which_characters(tmp_path: Path) -> None:
    error = OSError(errno.EINVAL, "Invalid argument")
    error.winerror = 123  # type: ignore[attr-defined]
    message = file_access.os_error(tmp_path / "kh?ch.xlsx", error)
    assert message.reason is not None and "characters the system does not accept" in en(
        message.reason
    )
