"""Campaign reports as .xlsx and .csv: the original columns plus what happened.

Cells from the user's file (or from eSMS) that start with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return are written so that Excel shows them
as text and never runs them as formulas: typed as text in .xlsx, and with a
leading apostrophe in .csv (which has no types).
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
from pathlib import Path

from esms_desktop.base.errors import ReportPathError, ReportWriteError
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import to_esms
from esms_desktop.catalogue import UNDELIVERED, lookup
from esms_desktop.journal import Journal, MessageRow, MessageState
from esms_desktop.reports.xlsx_text import write_text_table

_RISKY_START = ("=", "+", "-", "@", "\t", "\r")

_STATE_WORDS = {
    "accepted": ("Đã gửi tới eSMS", "Accepted by eSMS"),
    "failed": ("Không gửi được", "Not sent"),
    "excluded": ("Không gửi (lỗi trong danh sách)", "Not sent (problem in the list)"),
    "pending": ("Chưa gửi", "Not sent yet"),
    "sending": ("Đang gửi", "Being sent"),
    "unknown": ("Chưa rõ: cần kiểm tra", "Unknown: needs a decision"),
}
_DELIVERY_WORDS = {
    "delivered": ("Đã đến máy khách", "Delivered"),
    "failed": ("Không đến được máy", "Not delivered"),
    "waiting": ("Đang chờ kết quả", "Waiting for the result"),
    "": ("", ""),
}
_HEADERS = {
    "vi": [
        "Số chuẩn",
        "Trạng thái",
        "Giao tin",
        "Mã",
        "Giải thích",
        "Nên làm gì",
        "SMSID",
        "Giờ gửi",
        "Hẹn gửi lúc",
    ],
    "en": [
        "Phone",
        "State",
        "Delivery",
        "Code",
        "Explanation",
        "What to do",
        "SMSID",
        "Sent at",
        "Scheduled for",
    ],
}


#: Characters a spreadsheet cell cannot hold (XML 1.0 forbids them), and escape sequences.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REPORT_SUFFIXES = (".xlsx", ".csv")


def visible(value: str) -> str:
    """Control characters shown as ``[U+000B]``: kept visible, never dropped silently."""
    return _UNPRINTABLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def csv_safe(value: str) -> str:
    """A cell for a CSV file: risky first characters are neutralised with an apostrophe."""
    value = visible(value)
    return "'" + value if value.startswith(_RISKY_START) else value


def check_report_path(path: str | Path) -> Path:
    """The report's path, refused before sending when it could not be written."""
    path = Path(path).expanduser()
    why = ""
    if path.suffix.lower() not in REPORT_SUFFIXES:
        why = f"the name must end in .xlsx or .csv, not {path.suffix or '(nothing)'}"
    elif path.is_dir():
        why = "this is a folder"
    elif not path.parent.is_dir():
        why = f"the folder {path.parent} does not exist"
    elif not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        why = f"the folder {path.parent} cannot be written"
    if why:
        raise ReportPathError(f"cannot write the report {path.name}: {why}", detail=str(path))
    return path


def excluded_reason(m: MessageRow, lang: str) -> str:
    """Why the checks left a row out, in ``lang`` (stored in both languages)."""
    try:
        reasons = json.loads(m.excluded_reason)
    except ValueError:
        return m.excluded_reason
    return str(reasons.get(lang, "")) if isinstance(reasons, dict) else m.excluded_reason


def _explain(m: MessageRow, lang: str) -> tuple[str, str]:
    with speaking(lang):
        if m.state is MessageState.EXCLUDED:
            info = lookup(m.code)
            return excluded_reason(m, lang), info.text.action if info.known else ""
        if m.state is MessageState.ACCEPTED and m.delivery == "failed":
            text = lookup(UNDELIVERED).text
            return text.explanation, text.action
        if not m.code or m.code in ("100", "124"):
            return "", ""
        text = lookup(m.code, m.error_message).text
        return text.explanation, text.action


def report_rows(
    journal: Journal, campaign_id: int, lang: str = "vi"
) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a campaign's report."""
    campaign = journal.campaign(campaign_id)
    index = 1 if lang == "en" else 0
    header = ["Dòng" if index == 0 else "Row", *campaign.columns, *_HEADERS[lang]]
    rows = []
    for m in journal.messages(campaign_id):
        explanation, action = _explain(m, lang)
        sent = to_esms(m.sent_at) if m.sent_at else ""
        rows.append(
            [
                str(m.row),
                *m.values,
                m.phone,
                _STATE_WORDS.get(m.state, (m.state, m.state))[index],
                _DELIVERY_WORDS.get(m.delivery, (m.delivery, m.delivery))[index],
                # Only eSMS's own codes: the app's ("duplicate", "quota"...) are words below.
                m.code if m.code.lstrip("-").isdigit() and m.code not in ("100", "124") else "",
                explanation,
                action,
                m.sms_id,
                sent,
                # Each customer's own send time (reminders): eSMS sends it then.
                m.send_at,
            ]
        )
    return header, rows


def write_report(journal: Journal, campaign_id: int, path: str | Path, lang: str = "vi") -> Path:
    """Write the report as .xlsx or .csv (UTF-8 with BOM, for Excel), by the suffix."""
    path = check_report_path(path)
    header, rows = report_rows(journal, campaign_id, lang)
    # A name of its own: two saves of the same report at once must not write one file.
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    try:
        if path.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow([csv_safe(h) for h in header])
                writer.writerows([csv_safe(v) for v in row] for row in rows)
        else:
            # Every cell written as text: one starting with "=" is never a formula.
            write_text_table(
                tmp,
                "Report" if lang == "en" else "Báo cáo",
                header,
                [[visible(v) for v in row] for row in rows],
            )
        tmp.replace(path)  # refused on Windows while Excel has the file open
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportWriteError(
            f"cannot write the report {path.name}", detail=f"{type(exc).__name__}: {exc}"
        ) from None
    return path
