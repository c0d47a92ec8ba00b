"""The one place that turns core errors into words for the user.

eSMS result codes are explained by the catalogue; this module covers the
errors that happen before or around eSMS (network, unreadable answers,
settings, keyring, files) and points result-code errors to the catalogue.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esms_desktop.base.errors import (
    EsmsDesktopError,
    InputFileError,
    JournalDamagedError,
    ResultCodeError,
)
from esms_desktop.base.redact import redact
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import VIETNAM, from_esms
from esms_desktop.base.vntime import now as clock
from esms_desktop.catalogue import lookup

if TYPE_CHECKING:
    from esms_desktop.sending.sender import Trouble


@dataclass(frozen=True, slots=True)
class UserMessage:
    title: str
    text: str
    action: str
    #: Technical detail for a "details" part; already free of secrets.
    detail: str = ""

    def as_text(self, lang: str = "vi") -> str:
        label = "What to do: " if lang == "en" else "Nên làm gì: "
        out = f"{self.title}\n{self.text}" + (f"\n{label}{self.action}" if self.action else "")
        return out + (f"\n({self.detail})" if self.detail else "")


_TEXTS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "network": (
        (
            "Không kết nối được eSMS",
            "Ứng dụng không nhận được trả lời từ eSMS: mạng Internet có thể đang chập chờn.",
            "Kiểm tra kết nối Internet rồi thử lại. Tin đã gửi sẽ không bị gửi lại.",
        ),
        (
            "Cannot reach eSMS",
            "The app got no answer from eSMS: the internet connection may be unstable.",
            "Check the internet connection and try again. Messages already sent are not "
            "sent twice.",
        ),
    ),
    "bad_answer": (
        (
            "eSMS trả lời bất thường",
            "eSMS (hoặc mạng ở giữa) trả về một câu trả lời ứng dụng không đọc được.",
            "Thử lại sau vài phút. Nếu vẫn lỗi, gửi phần chi tiết cho bộ phận hỗ trợ.",
        ),
        (
            "Unexpected answer from eSMS",
            "eSMS (or the network in between) sent an answer the app cannot read.",
            "Try again in a few minutes. If it persists, send the details to support.",
        ),
    ),
    "config": (
        (
            "Cài đặt không dùng được",
            "Một cài đặt của ứng dụng không hợp lệ.",
            "Mở Cài đặt và sửa giá trị được nêu trong phần chi tiết.",
        ),
        (
            "Setting not usable",
            "One of the app's settings is not valid.",
            "Open Settings and correct the value named in the details.",
        ),
    ),
    "credentials": (
        (
            "Chưa có khóa API",
            "Ứng dụng chưa có ApiKey và SecretKey của tài khoản eSMS.",
            "Vào mục Tài khoản và nhập ApiKey, SecretKey lấy từ trang quản trị eSMS.",
        ),
        (
            "No API keys",
            "The app does not have the ApiKey and SecretKey of an eSMS account.",
            "Open Account and enter the ApiKey and SecretKey from the eSMS dashboard.",
        ),
    ),
    "keyring": (
        (
            "Không dùng được kho mật khẩu",
            "Kho mật khẩu của hệ điều hành đang khóa hoặc không có, nên ứng dụng không lưu "
            "được khóa API. Để an toàn, khóa không được lưu ở nơi nào khác.",
            "Mở khóa kho mật khẩu (đăng nhập lại máy tính) rồi thử lại, hoặc nhập khóa mỗi "
            "lần dùng.",
        ),
        (
            "Password store unavailable",
            "The system's password store is locked or missing, so the app cannot save the "
            "API keys. For safety they are not saved anywhere else.",
            "Unlock the password store (log in to the computer again) and retry, or enter "
            "the keys each time.",
        ),
    ),
    "input_file": (
        (
            "Không đọc được file",
            "File khách hàng không mở được.",
            "Mở file bằng Excel, lưu lại dạng .xlsx (không đặt mật khẩu) rồi thử lại.",
        ),
        (
            "Cannot read the file",
            "The customer file cannot be opened.",
            "Open the file in Excel, save it as .xlsx (without a password) and try again.",
        ),
    ),
    "busy": (
        (
            "Chiến dịch đang được gửi",
            "Chiến dịch này đang được gửi ở một cửa sổ khác hoặc một lệnh khác trên máy này.",
            "Đợi nơi kia gửi xong, hoặc đóng nó rồi bấm Gửi tiếp. Không tin nào bị gửi hai lần.",
        ),
        (
            "Campaign already being sent",
            "This campaign is being sent by another window or command on this computer.",
            "Wait for it to finish, or close it and press Resume. Nothing is sent twice.",
        ),
    ),
    "other_account": (
        (
            "Chiến dịch của tài khoản khác",
            "Chiến dịch này được bắt đầu bằng một tài khoản eSMS khác. Gửi tiếp bằng tài khoản "
            "này có thể làm khách hàng nhận tin hai lần.",
            "Vào mục Tài khoản, chọn lại tài khoản đã dùng khi bắt đầu chiến dịch, "
            "rồi bấm Gửi tiếp.",
        ),
        (
            "Campaign of another account",
            "This campaign was started with another eSMS account. Continuing with this account "
            "could make customers get the message twice.",
            "Open Account, choose the account the campaign was started with, then press Resume.",
        ),
    ),
    "report_write": (
        (
            "Chưa lưu được báo cáo",
            "Không ghi được file báo cáo: có thể file đang mở trong Excel, hoặc ổ đĩa đã đầy. "
            "Việc gửi tin không bị ảnh hưởng.",
            "Đóng file trong Excel (hoặc chọn tên khác) rồi lưu lại.",
        ),
        (
            "The report was not saved",
            "The report file could not be written: it may be open in Excel, or the disk is "
            "full. Sending is not affected.",
            "Close the file in Excel (or choose another name) and save again.",
        ),
    ),
    "report_path": (
        (
            "Không ghi được báo cáo vào đó",
            "Đường dẫn báo cáo không dùng được: thư mục không có, không ghi được, hoặc đuôi "
            "file không phải .xlsx hay .csv. Chưa gửi tin nào.",
            "Chọn một thư mục có sẵn mà bạn ghi được, và tên file kết thúc bằng .xlsx hoặc .csv.",
        ),
        (
            "Cannot write the report there",
            "The report's path cannot be used: the folder does not exist or cannot be written, "
            "or the name does not end in .xlsx or .csv. Nothing was sent.",
            "Choose an existing folder you can write to, and a name ending in .xlsx or .csv.",
        ),
    ),
    "journal": (
        (
            "Không ghi được nhật ký gửi",
            "Ứng dụng không ghi được nhật ký gửi tin (ổ đĩa đầy, chỉ đọc, hoặc thư mục bị "
            "khóa). Việc gửi đã dừng; tin nào đã gửi đều đã được ghi lại, không tin nào bị "
            "gửi hai lần.",
            "Giải phóng chỗ trống trên ổ đĩa (hoặc cho phép ghi vào thư mục ứng dụng), rồi "
            "bấm Gửi tiếp hoặc chạy 'esms-desktop resume'.",
        ),
        (
            "Cannot write the sending journal",
            "The app cannot write its sending journal (disk full, read-only, or the folder is "
            "locked). Sending stopped; everything sent so far is recorded and nothing will be "
            "sent twice.",
            "Free some disk space (or allow writing to the app folder), then press Resume or "
            "run 'esms-desktop resume'.",
        ),
    ),
    "journal_damaged": (
        (
            "Nhật ký gửi bị hỏng",
            "File nhật ký gửi tin (lịch sử các chiến dịch) bị hỏng hoặc do phiên bản khác tạo "
            "ra. Ứng dụng giữ nguyên file đó, không ghi đè.",
            "Khôi phục bản sao lưu gần nhất: bấm Khôi phục, hoặc chạy 'esms-desktop journal "
            "restore'. File hỏng vẫn được giữ lại bên cạnh.",
        ),
        (
            "The sending journal is damaged",
            "The file that holds the sending journal (the history of campaigns) is damaged or "
            "was written by another version. The app keeps it as it is and writes nothing.",
            "Restore the newest backup: press Restore, or run 'esms-desktop journal restore'. "
            "The damaged file is kept beside it.",
        ),
    ),
    "internal": (
        (
            "Có lỗi trong ứng dụng",
            "Ứng dụng gặp một lỗi không mong đợi. Dữ liệu đã gửi vẫn được ghi lại an toàn.",
            "Khởi động lại ứng dụng. Nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.",
        ),
        (
            "Something went wrong in the app",
            "The app hit an unexpected error. What was already sent is safely recorded.",
            "Restart the app. If it happens again, send the details to support.",
        ),
    ),
}


#: Why a campaign paused itself, for the codes that are not eSMS's.
_PAUSES: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "network": _TEXTS["network"],
    "bad_answer": _TEXTS["bad_answer"],
    "unknown": (
        (
            "Còn tin chưa rõ đã gửi chưa",
            "Một số tin có thể đã tới eSMS hoặc chưa, và chưa đọc được danh sách tin đã gửi "
            "của eSMS để biết.",
            "Chọn chiến dịch rồi bấm 'Xử lý tin chưa xác nhận...'. Không tin nào bị gửi hai lần.",
        ),
        (
            "Some messages unconfirmed",
            "Some messages may or may not have reached eSMS, and eSMS's records could not be "
            "read to tell.",
            "Select the campaign and press 'Settle unconfirmed messages...'. Nothing is sent "
            "twice.",
        ),
    ),
}


def _clock_text(ts: float, now: float) -> str:
    """``HH:MM`` in Vietnam time, with the day (``dd/mm``) when it is not today's."""
    at = dt.datetime.fromtimestamp(ts, VIETNAM)
    same_day = at.date() == dt.datetime.fromtimestamp(now, VIETNAM).date()
    return at.strftime("%H:%M") if same_day else at.strftime("%H:%M %d/%m")


def records_pause(
    until_text: str, lang: str = "vi", now: float | None = None, *, command: str = "resume"
) -> UserMessage:
    """A campaign paused until eSMS's records of its doubtful messages can be believed.

    ``until_text`` is the pause's message: ``to_esms`` of the time from which a
    resume settles them (empty or unreadable: said without a time). ``command``:
    the command line's words for that resume.
    """
    try:
        until = from_esms(until_text)
    except ValueError:
        until = None
    when = _clock_text(until, now if now is not None else clock()) if until else ""
    if lang == "en":
        return UserMessage(
            f"Waiting for eSMS's records until {when}" if when else "Waiting for eSMS's records",
            "Some messages may or may not have reached eSMS: their answer was lost. eSMS "
            "takes time to list a message it received, so sending them again now could make "
            "customers get them twice.",
            (f"After {when}, press Resume" if when else "Later, press Resume")
            + f" (or run 'esms-desktop {command}'): the app then reads eSMS's records and sends "
            "only what never arrived. Nothing is sent twice.",
        )
    return UserMessage(
        f"Đang chờ danh sách tin đã gửi của eSMS tới {when}"
        if when
        else "Đang chờ danh sách tin đã gửi của eSMS",
        "Một số tin bị mất câu trả lời nên chưa rõ đã tới eSMS hay chưa. eSMS cần thời gian "
        "mới ghi tin vào danh sách tin đã gửi, nên gửi lại ngay có thể làm khách nhận tin hai "
        "lần.",
        (f"Sau {when}, bấm Gửi tiếp" if when else "Để lát nữa, bấm Gửi tiếp")
        + f" (hoặc chạy 'esms-desktop {command}'): ứng dụng sẽ đọc danh sách của eSMS và chỉ gửi "
        "những tin chưa tới. Không tin nào bị gửi hai lần.",
    )


def pause_reason(code: str, lang: str = "vi", message: str = "") -> UserMessage | None:
    """Why a campaign paused, from the code (and message) it paused with; None when the
    user paused it."""
    if code in ("", "user"):
        return None
    if code == "records":
        return records_pause(message, lang)
    if code in _PAUSES:
        title, text, action = _PAUSES[code][1 if lang == "en" else 0]
        return UserMessage(title, text, action)
    with speaking(lang):  # an eSMS refusal of the whole account (balance, keys...)
        entry = lookup(code).text
    return UserMessage(entry.title, entry.explanation, entry.action)


def for_error(exc: BaseException, lang: str = "vi") -> UserMessage:
    """Words for any exception; unknown exceptions get the generic text."""
    index = 1 if lang == "en" else 0
    if isinstance(exc, ResultCodeError):
        with speaking(lang):
            entry = lookup(exc.code, exc.error_message).text
        return UserMessage(entry.title, entry.explanation, entry.action, redact(exc.detail))
    if isinstance(exc, JournalDamagedError) and exc.backup is None:
        title, text, _ = _TEXTS["journal_damaged"][index]
        action = (
            f"There is no sound backup. Keep the file {exc.path} and send it to support; "
            "do not send the same campaigns again before that."
            if lang == "en"
            else f"Không có bản sao lưu dùng được. Giữ lại file {exc.path} và gửi cho bộ phận "
            "hỗ trợ; đừng gửi lại các chiến dịch cũ trước khi được hướng dẫn."
        )
        return UserMessage(title, text, action, redact(exc.message))
    if isinstance(exc, InputFileError) and exc.reason is not None:
        title = _TEXTS["input_file"][index][0]
        with speaking(lang):
            reason = str(exc.reason)
        return UserMessage(title, reason, "", redact(exc.detail))
    if isinstance(exc, EsmsDesktopError):
        title, text, action = _TEXTS.get(exc.kind, _TEXTS["internal"])[index]
        detail = "; ".join(p for p in (exc.message, exc.detail) if p)
        return UserMessage(title, text, action, redact(detail))
    title, text, action = _TEXTS["internal"][index]
    return UserMessage(title, text, action, redact(f"{type(exc).__name__}: {exc}"))


def records_waiting_text(trouble: Trouble, lang: str = "vi", now: float | None = None) -> str:
    """The sender waits until eSMS's records of doubtful messages can be believed."""
    when = _clock_text(trouble.until, now if now is not None else clock())
    minutes = max(1, math.ceil(trouble.wait / 60))
    if lang == "en":
        return (
            f"Waiting until {when} (about {minutes} min) for eSMS's records of "
            f"{trouble.count} messages whose answer was lost. Nothing is sent again before "
            "then, so no one gets a message twice. You may press Pause and resume later."
        )
    return (
        f"Đang chờ tới {when} (khoảng {minutes} phút) để eSMS ghi {trouble.count} tin bị mất "
        "câu trả lời vào danh sách tin đã gửi. Trước giờ đó không gửi lại tin nào, để không "
        "khách nào nhận tin hai lần. Có thể bấm Tạm dừng rồi gửi tiếp sau."
    )


def waiting_text(trouble: Trouble, lang: str = "vi") -> str:
    """What the sending engine is waiting for, and that waiting is safe (CLI and window)."""
    if trouble.kind == "records":
        return records_waiting_text(trouble, lang)
    seconds = f"{max(1.0, trouble.wait):.0f}"  # a retry a moment away: "1 s", not "0 s"
    if trouble.rounds == 0:
        return (
            f"Some requests got no answer from eSMS. Trying them again in {seconds} s. "
            "Nothing is sent twice."
            if lang == "en"
            else f"Một số tin chưa nhận được trả lời của eSMS. Thử lại sau {seconds} giây. "
            "Không tin nào bị gửi hai lần."
        )
    if lang == "en":
        cause = (
            f"eSMS's answer could not be read ({trouble.detail}): a Wi-Fi sign-in page or a "
            "firewall may be in the way."
            if trouble.kind == "bad_answer"
            else "No answer from eSMS: is the internet connection down?"
        )
        return (
            f"{cause} Trying again in {seconds} s (try {trouble.rounds} of {trouble.most}). "
            "Nothing is sent twice."
        )
    cause = (
        f"Không đọc được câu trả lời của eSMS ({trouble.detail}): có thể trang đăng nhập Wi-Fi "
        "hoặc tường lửa đang chặn."
        if trouble.kind == "bad_answer"
        else "eSMS chưa trả lời: mạng Internet có thể đang mất."
    )
    return (
        f"{cause} Thử lại sau {seconds} giây (lần {trouble.rounds}/{trouble.most}). "
        "Không tin nào bị gửi hai lần."
    )
