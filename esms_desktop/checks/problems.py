"""What a check finds: a problem, how bad it is, the rows it concerns, in two languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from esms_desktop.base.numbers import grouped
from esms_desktop.telecom.phones import PhoneProblem


class Severity(Enum):
    #: The campaign cannot be sent until this is fixed.
    BLOCKING = "blocking"
    #: These rows are left out of the send; they stay in the report with the reason.
    ROWS = "rows"
    #: Worth knowing; does not stop anything.
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding. ``code`` is the eSMS code it prevents, or a local name."""

    code: str
    severity: Severity
    vi: str
    en: str
    rows: tuple[int, ...] = field(default=())

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


def rows_text(rows: tuple[int, ...] | list[int], lang: str, limit: int = 8) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    more = len(rows) - limit
    if more > 0:
        count = grouped(more, lang)  # a count (row numbers stay as Excel labels them)
        shown += f" (+{count} more)" if lang == "en" else f" (và {count} dòng khác)"
    return shown


#: Why a phone cell was refused, as a shop owner would say it, and what to do.
PHONE_REASONS: dict[PhoneProblem, tuple[str, str]] = {
    PhoneProblem.EMPTY: ("ô số điện thoại để trống", "the phone cell is empty"),
    PhoneProblem.MULTIPLE: (
        "có hai số trong một ô: tách mỗi số ra một dòng",
        "two numbers in one cell: put each number on its own row",
    ),
    PhoneProblem.HAS_LETTERS: (
        "ô số điện thoại có chữ hoặc ký tự lạ",
        "the phone cell contains letters or odd characters",
    ),
    PhoneProblem.FOREIGN: (
        "số nước ngoài: eSMS chỉ gửi tới số Việt Nam",
        "a foreign number: eSMS only sends to Vietnamese numbers",
    ),
    PhoneProblem.LANDLINE: (
        "số cố định (bàn): không nhận được tin nhắn",
        "a landline: it cannot receive text messages",
    ),
    PhoneProblem.SERVICE_NUMBER: (
        "số tổng đài 1800/1900: không nhận được tin nhắn",
        "a 1800/1900 service number: it cannot receive text messages",
    ),
    PhoneProblem.UNKNOWN_PREFIX: (
        "đầu số không thuộc nhà mạng di động nào",
        "the prefix belongs to no mobile carrier",
    ),
    PhoneProblem.UNKNOWN_OLD_PREFIX: (
        "số 11 chữ số cũ có đầu số không còn dùng",
        "an old 11-digit number with a prefix no longer in use",
    ),
    PhoneProblem.TOO_SHORT: ("số quá ngắn: thiếu chữ số", "too short: digits are missing"),
    PhoneProblem.TOO_LONG: ("số quá dài: thừa chữ số", "too long: there are extra digits"),
    PhoneProblem.LOST_DIGITS: (
        "Excel đã làm mất các chữ số cuối (số hiện kiểu 9.12346E+08): định dạng cột số điện "
        "thoại là Văn bản (Text) rồi gõ lại số",
        "Excel lost the last digits (the number shows like 9.12346E+08): format the phone "
        "column as Text and type the number again",
    ),
    PhoneProblem.FORMULA_NO_VALUE: (
        "ô số điện thoại là công thức chưa có kết quả được lưu: mở file bằng Excel rồi bấm "
        "Lưu (Save), sau đó mở lại file ở đây",
        "the phone cell is a formula with no saved value: open the file in Excel and save "
        "it, then open it here again",
    ),
}


def phone_reason(problem: PhoneProblem | None, lang: str = "vi") -> str:
    """Why a phone cell was refused, in ``lang``; empty when it was not."""
    if problem is None:
        return ""
    vi, en = PHONE_REASONS[problem]
    return en if lang == "en" else vi


#: A cell that goes into the message still looks garbled (an old Vietnamese encoding).
GARBLED_TEXT = (
    'Tên hoặc ô dùng trong tin bị lỗi font (chữ kiểu "Nguyeãn", "NguyÔn", "Nguyá»…n": file '
    "lưu bằng bảng mã cũ VNI/TCVN3 hoặc bị đọc sai), nên các dòng này chưa được gửi. Bấm "
    '"Chuyển đổi" ở trang Khách hàng (dòng lệnh: --convert-text auto), hoặc sửa các ô đó trong '
    "file",
    'A name or a cell used in the message is garbled (text like "Nguyeãn", "NguyÔn", '
    '"Nguyá»…n": the file is in an old encoding, VNI/TCVN3, or was read wrongly), so these '
    'rows are held back. Press "Convert" on the Customers page (command line: --convert-text '
    "auto), or fix those cells in the file",
)

#: A column the message names is missing, and the file's text looks like an old encoding.
GARBLED_HEADER_HINT = (
    "File có vẻ lưu bằng bảng mã cũ ({name}), nên tên cột cũng có thể bị lỗi font và không "
    'khớp với chỗ trống trong tin. Chuyển đổi file (nút "Chuyển đổi", dòng lệnh: '
    "--convert-text auto) rồi kiểm tra lại",
    "The file seems to be in an old encoding ({name}), so its column names may be garbled too "
    'and not match the message\'s placeholders. Convert the file (the "Convert" button; '
    "command line: --convert-text auto) and check again",
)
