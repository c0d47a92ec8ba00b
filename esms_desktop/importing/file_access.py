"""Reach a customer file on disk: every refusal of the system becomes a plain message.

A path too long for the system, a file the app may not read (or that Excel
holds locked), a USB stick pulled out, a pipe or a device instead of a file:
each becomes an :class:`InputFileError` with what to do, never a traceback.
A file is read once into memory and parsed from those bytes; if it changed
while it was being read (saved again, replaced by another), it is refused
rather than read half old, half new.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import Words, speaking, words

#: Windows error numbers (``OSError.winerror``) that mean the same as an errno here.
_WIN_TOO_LONG = {206}  # ERROR_FILENAME_EXCED_RANGE
_WIN_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_MISSING = {2, 3, 15, 21, 53, 67}  # not found, no path, no drive, not ready, network gone
_WIN_BAD_NAME = {123, 161}  # ERROR_INVALID_NAME, ERROR_BAD_PATHNAME
#: Windows' classic path limit: past it, a missing long path is most likely just too long.
_WIN_MAX_PATH = 260


def refuse(path: Path, reason: Words, detail: str) -> InputFileError:
    """The error that refuses ``path`` for ``reason``. Its message, for the log and the
    details, is written in English like every other error message of the core."""
    with speaking("en"):
        message = f"{path.name or path}: {reason}"
    return InputFileError(message, detail=detail, reason=reason, file=path.name or str(path))


#: What an OSError means, the first row that matches: (exception classes, errno codes,
#: Windows error numbers, the reason). None of them: the device failed.
_OS_REASONS: tuple[tuple[tuple[type[OSError], ...], set[int], set[int], Words], ...] = (
    ((), {errno.ENAMETOOLONG}, _WIN_TOO_LONG, words("importing.path_too_long")),
    ((), set(), _WIN_LOCKED, words("importing.file_locked")),
    ((PermissionError,), {errno.EACCES, errno.EPERM}, set(), words("importing.not_allowed")),
    ((FileNotFoundError, NotADirectoryError), set(), _WIN_MISSING, words("importing.file_missing")),
    ((), {errno.EINVAL}, _WIN_BAD_NAME, words("importing.bad_name")),
    ((IsADirectoryError,), set(), set(), words("importing.is_folder")),
)


def os_error(path: Path, exc: OSError) -> InputFileError:
    """What an OSError met while opening or reading ``path`` means to the user."""
    code = exc.errno
    win = getattr(exc, "winerror", None)
    detail = f"os:{errno.errorcode.get(code or 0, code)}:{win or ''}"
    if _missing_long_path(path, exc, win):
        return refuse(path, words("importing.path_too_long"), detail)
    for classes, codes, win_codes, reason in _OS_REASONS:
        if isinstance(exc, classes) or code in codes or win in win_codes:
            return refuse(path, reason, detail)
    return refuse(path, words("importing.device_failed"), detail)


def _missing_long_path(path: Path, exc: OSError, win: int | None) -> bool:
    """Whether Windows said a path past its classic limit is missing: most likely it is
    just too long for it."""
    if sys.platform != "win32" or len(str(path)) < _WIN_MAX_PATH:
        return False
    return isinstance(exc, FileNotFoundError) or win in _WIN_MISSING


def file_status(path: Path, lists: tuple[str, ...] = ()) -> os.stat_result:
    """``path``'s status, refusing anything but an ordinary file that exists. A folder is
    said to be one, with the files in it whose names end in ``lists`` (customer lists)."""
    try:
        status = path.stat()
    except OSError as exc:
        raise os_error(path, exc) from None
    except ValueError:  # a NUL in the name
        raise refuse(path, words("importing.invalid_name"), "name") from None
    if stat.S_ISDIR(status.st_mode):
        raise refuse(path, words("importing.folder_chosen", inside=_inside(path, lists)), "folder")
    if not stat.S_ISREG(status.st_mode):
        raise refuse(path, words("importing.not_regular"), "not_regular")
    return status


#: Files of a folder named when a folder was given instead of one of them.
FILES_NAMED = 5


def _inside(folder: Path, suffixes: tuple[str, ...]) -> Words | str:
    """The files in ``folder`` whose names end in ``suffixes``, as a sentence: what the
    user most likely meant to give ("" when the folder cannot be listed)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(
                (e.name for e in entries if e.name.lower().endswith(suffixes) and _is_file(e)),
                key=str.lower,
            )
    except OSError:
        return ""
    if not names:
        return words("importing.folder_no_list")
    shown = ", ".join(names[:FILES_NAMED])
    if len(names) > FILES_NAMED:
        return words("importing.folder_lists_more", files=shown, count=len(names))
    return words("importing.folder_lists", files=shown)


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def quoted_folder(path: Path) -> Path | None:
    """The folder ``path`` names when Windows' command prompt put a quote at its end: in
    ``"C:\\Lists\\"`` the last backslash escapes the quote, and the program is given
    ``C:\\Lists"``. None when ``path`` is not that."""
    if not path.name.endswith('"'):
        return None
    folder = path.with_name(path.name.rstrip('"'))
    try:
        return folder if path.name.rstrip('"') and folder.is_dir() else None
    except (OSError, ValueError):
        return None


def _changed(path: Path) -> InputFileError:
    return refuse(path, words("importing.changed_while_read"), "changed")


def read_once(path: Path) -> bytes:
    """The whole file, read once; refused if it changed while read, or if ``path`` now names
    another file. Parsing these bytes (not the path) then sees one version of the file."""
    file_status(path)
    try:
        with path.open("rb") as file:
            before = os.fstat(file.fileno())
            data = file.read()
            after = os.fstat(file.fileno())
        now = path.stat()
    except OSError as exc:
        raise os_error(path, exc) from None
    same = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
    if not same or len(data) != after.st_size:
        raise _changed(path)
    if (now.st_ino, now.st_dev, now.st_size, now.st_mtime_ns) != (
        after.st_ino,
        after.st_dev,
        after.st_size,
        after.st_mtime_ns,
    ):
        raise _changed(path)
    return data
