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
    return InputFileError(message, detail=detail, reason=reason)


def os_error(path: Path, exc: OSError) -> InputFileError:
    """What an OSError met while opening or reading ``path`` means to the user."""
    code = exc.errno
    win = getattr(exc, "winerror", None)
    detail = f"os:{errno.errorcode.get(code or 0, code)}:{win or ''}"
    too_long = code == errno.ENAMETOOLONG or win in _WIN_TOO_LONG
    if sys.platform == "win32" and len(str(path)) >= _WIN_MAX_PATH:
        too_long = too_long or isinstance(exc, FileNotFoundError) or win in _WIN_MISSING
    if too_long:
        return refuse(path, words("importing.path_too_long"), detail)
    if win in _WIN_LOCKED:
        return refuse(path, words("importing.file_locked"), detail)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return refuse(path, words("importing.not_allowed"), detail)
    if isinstance(exc, FileNotFoundError | NotADirectoryError) or win in _WIN_MISSING:
        return refuse(path, words("importing.file_missing"), detail)
    if win in _WIN_BAD_NAME or code == errno.EINVAL:
        return refuse(path, words("importing.bad_name"), detail)
    if isinstance(exc, IsADirectoryError):
        return refuse(path, words("importing.is_folder"), detail)
    return refuse(path, words("importing.device_failed"), detail)


def file_status(path: Path) -> os.stat_result:
    """``path``'s status, refusing anything but an ordinary file that exists."""
    try:
        status = path.stat()
    except OSError as exc:
        raise os_error(path, exc) from None
    except ValueError:  # a NUL in the name
        raise refuse(path, words("importing.invalid_name"), "name") from None
    if stat.S_ISDIR(status.st_mode):
        raise refuse(path, words("importing.folder_chosen"), "folder")
    if not stat.S_ISREG(status.st_mode):
        raise refuse(path, words("importing.not_regular"), "not_regular")
    return status


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
