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

#: Windows error numbers (``OSError.winerror``) that mean the same as an errno here.
_WIN_TOO_LONG = {206}  # ERROR_FILENAME_EXCED_RANGE
_WIN_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_MISSING = {2, 3, 15, 21, 53, 67}  # not found, no path, no drive, not ready, network gone
_WIN_BAD_NAME = {123, 161}  # ERROR_INVALID_NAME, ERROR_BAD_PATHNAME
#: Windows' classic path limit: past it, a missing long path is most likely just too long.
_WIN_MAX_PATH = 260


def refuse(path: Path, vi: str, en: str, detail: str) -> InputFileError:
    return InputFileError(f"{path.name or path}: {en}", detail=detail, reason=(vi, en))


def os_error(path: Path, exc: OSError) -> InputFileError:
    """What an OSError met while opening or reading ``path`` means to the user."""
    code = exc.errno
    win = getattr(exc, "winerror", None)
    detail = f"os:{errno.errorcode.get(code or 0, code)}:{win or ''}"
    too_long = code == errno.ENAMETOOLONG or win in _WIN_TOO_LONG
    if sys.platform == "win32" and len(str(path)) >= _WIN_MAX_PATH:
        too_long = too_long or isinstance(exc, FileNotFoundError) or win in _WIN_MISSING
    if too_long:
        return refuse(
            path,
            "Đường dẫn tới file quá dài để máy mở được. Chép file ra một thư mục ngắn hơn "
            "(ví dụ Màn hình nền) hoặc đặt lại tên file ngắn hơn, rồi mở lại.",
            "The path to the file is too long for the system to open it. Copy the file to a "
            "shorter folder (the Desktop, say) or give it a shorter name, then open it again.",
            detail,
        )
    if win in _WIN_LOCKED:
        return refuse(
            path,
            "File đang bị một chương trình khác (thường là Excel) giữ. Đóng file trong chương "
            "trình đó rồi mở lại.",
            "Another program (usually Excel) holds the file open. Close it there, then open "
            "it again.",
            detail,
        )
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return refuse(
            path,
            "Ứng dụng không có quyền đọc file này. Nếu file đang mở trong Excel thì đóng lại; "
            "nếu không, chép file ra Màn hình nền rồi mở bản chép.",
            "The app is not allowed to read this file. If it is open in Excel, close it; "
            "otherwise copy it to the Desktop and open the copy.",
            detail,
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError) or win in _WIN_MISSING:
        return refuse(
            path,
            "Không tìm thấy file (có thể đã bị đổi tên, xóa, hoặc ổ USB/ổ mạng đã bị rút). "
            "Chọn lại file.",
            "The file cannot be found (it may have been renamed or deleted, or the USB stick "
            "or network drive is gone). Choose the file again.",
            detail,
        )
    if win in _WIN_BAD_NAME or code == errno.EINVAL:
        return refuse(
            path,
            'Tên file hoặc thư mục có ký tự máy không chấp nhận (như : ? * " < > |). Đặt lại '
            "tên cho đơn giản rồi mở lại.",
            "The file or folder name holds characters the system does not accept (such as "
            ': ? * " < > |). Give it a simpler name, then open it again.',
            detail,
        )
    if isinstance(exc, IsADirectoryError):
        return refuse(path, "Đây là thư mục, không phải file.", "This is a folder, not a file.",
                      detail)  # fmt: skip
    return refuse(
        path,
        "Máy không đọc được file từ ổ đĩa hoặc thiết bị chứa nó (ổ USB bị rút, ổ mạng mất "
        "kết nối, đĩa hỏng?). Chép file vào máy rồi mở bản chép.",
        "The system could not read the file from its disk or device (a USB stick pulled "
        "out, a network drive gone, a damaged disk?). Copy the file onto the computer and "
        "open the copy.",
        detail,
    )


def file_status(path: Path) -> os.stat_result:
    """``path``'s status, refusing anything but an ordinary file that exists."""
    try:
        status = path.stat()
    except OSError as exc:
        raise os_error(path, exc) from None
    except ValueError:  # a NUL in the name
        raise refuse(
            path,
            "Tên file có ký tự không hợp lệ. Đặt lại tên file rồi mở lại.",
            "The file name holds an invalid character. Rename the file, then open it again.",
            "name",
        ) from None
    if stat.S_ISDIR(status.st_mode):
        raise refuse(
            path,
            "Đây là một thư mục, không phải file. Mở thư mục đó và chọn file danh sách khách.",
            "This is a folder, not a file. Open the folder and choose the customer list in it.",
            "folder",
        )
    if not stat.S_ISREG(status.st_mode):
        raise refuse(
            path,
            "Đây không phải một file thông thường (mà là thiết bị hoặc đường ống). Chọn file "
            "danh sách khách hàng (.xlsx, .xls, .ods, .csv).",
            "This is not an ordinary file (it is a device or a pipe). Choose the customer "
            "list file (.xlsx, .xls, .ods, .csv).",
            "not_regular",
        )
    return status


def _changed(path: Path) -> InputFileError:
    return refuse(
        path,
        "File đã thay đổi trong lúc đang đọc (vừa được lưu lại hoặc chép đè). Đợi chương "
        "trình kia lưu xong rồi mở lại file.",
        "The file changed while it was being read (saved again or copied over). Wait until "
        "the other program has finished saving, then open the file again.",
        "changed",
    )


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
