"""Campaign reports as .xlsx and .csv: the original columns plus what happened.

Cells from the user's file (or from eSMS) that start with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return are written so that Excel shows them
as text and never runs them as formulas: typed as text in .xlsx, and with a
leading apostrophe in .csv (which has no types).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
import re
import secrets
import zipfile
from pathlib import Path

from esms_desktop.base.errors import ReportPathError, ReportWriteError
from esms_desktop.base.texts import LANGUAGES, Words, current_language, speaking, words
from esms_desktop.base.vntime import vietnam_time
from esms_desktop.catalogue import (
    SMS_UNSEEN,
    esms_code,
    lookup,
    naming_campaign,
    undelivered_code,
)
from esms_desktop.journal import Journal, MessageRow, MessageState
from esms_desktop.reports.csv_separator import USUAL, excel_list_separator
from esms_desktop.reports.xlsx_text import write_text_table

_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
#: What Excel retypes when it opens a CSV, which cannot say "this is text": digits with a
#: leading zero (a phone 0912345678 shows 912345678, an order code 00123 shows 123), 12
#: digits or more (9.12346E+11, and past 15 the last digits become 0), digits around an
#: "E" (a code 12E45 becomes 1.2E+46), and a day and a month (07/12/2026 20:33 is read in
#: the computer's order: 12 July on a Windows set to the United States). Such a cell is
#: written ``="07/12/2026 20:33"``: Excel, LibreOffice and Google Sheets show the text
#: inside as it is, and the app reads it back the same (``importing.text_files``).
_DIGITS = frozenset("0123456789")
_RETYPED = re.compile(
    r"0[0-9]+|[0-9]{12,}|[0-9]+[eE][+-]?[0-9]+"
    r"|[0-9]{1,4}[/-][0-9]{1,2}(?:[/-][0-9]{1,4})?(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)
#: A negative number or percentage ("-10%", "-5", "-2,5"): digits cannot call anything,
#: and with an apostrophe Excel would show "'-10%" for a discount.
_NEGATIVE_NUMBER = re.compile(r"-[0-9]{1,15}(?:[.,][0-9]{1,15})?%?")

_STATE_WORDS = {
    "accepted": words("reports.state.accepted"),
    "failed": words("reports.state.failed"),
    "excluded": words("reports.state.excluded"),
    "pending": words("reports.state.pending"),
    "sending": words("reports.state.sending"),
    "unknown": words("reports.state.unknown"),
}
_DELIVERY_WORDS = {
    "delivered": words("reports.delivery.delivered"),
    "by_sms": words("reports.delivery.by_sms"),
    "failed": words("reports.delivery.failed"),
    "waiting": words("reports.delivery.waiting"),
    SMS_UNSEEN: words("reports.delivery.sms_unseen"),
}
#: The columns after the file's own.
_HEADERS = (
    words("reports.header.phone"),
    words("reports.header.state"),
    words("reports.header.delivery"),
    words("reports.header.code"),
    words("reports.header.explanation"),
    words("reports.header.action"),
    words("reports.header.sms_id"),
    words("reports.header.sent_at"),
    words("reports.header.send_at"),
)


#: Characters a spreadsheet cell cannot hold (XML 1.0 forbids them), escape sequences
#: (C0 and C1 controls, DEL), and the bidi controls that reorder what a cell shows (a
#: U+202E shows "0912345678" as "8765432190").
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
REPORT_SUFFIXES = (".xlsx", ".csv")
#: The time columns: the last of :data:`_HEADERS`.
_TIME_COLUMNS = 2
#: The explanation and "what to do" columns, among :data:`_HEADERS`.
_LONG_TEXTS = (4, 5)


def visible(value: str) -> str:
    """Control characters and bidi marks shown as ``[U+000B]``: kept visible, never
    dropped silently (line breaks and tabs stay as they are)."""
    return _UNPRINTABLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def csv_safe(value: str) -> str:
    """A cell for a CSV file: risky first characters are neutralised with an apostrophe
    (a negative number is left as it is: it reads right and runs nothing); a cell Excel
    would retype (:data:`_RETYPED`: only digits and separators) is kept as text."""
    value = visible(value)
    if value[:1] in _DIGITS and _RETYPED.fullmatch(value):
        return f'="{value}"'
    if not value.startswith(_RISKY_START) or _NEGATIVE_NUMBER.fullmatch(value):
        return value
    return "'" + value


def check_report_path(path: str | Path) -> Path:
    """The report's path, refused before sending when it could not be written."""
    path = Path(path).expanduser()
    why, reason = "", None
    if path.suffix.lower() not in REPORT_SUFFIXES:
        why = f"the name must end in .xlsx or .csv, not {path.suffix or '(nothing)'}"
        reason = words("reports.path.suffix", name=path.name)
    elif path.is_dir():
        why = "this is a folder"
        reason = words("reports.path.folder", path=path)
    elif not path.parent.is_dir():
        why = f"the folder {path.parent} does not exist"
        reason = words("reports.path.no_folder", folder=path.parent)
    elif path.is_file() and not _own_report(path):
        # The customer list itself, or the shop's bookkeeping: never written over.
        why = f"the file {path} exists and is not a report of this app"
        reason = words("reports.path.not_a_report", path=path)
    elif path.exists() and not os.access(path, os.W_OK):
        # The file itself, not its folder: a read-only file (or one another user owns).
        why = f"the file {path} cannot be written"
        reason = words("reports.path.read_only", path=path)
    elif not os.access(path.parent, os.W_OK):
        why = f"the folder {path.parent} cannot be written"
        reason = words("reports.path.folder_locked", folder=path.parent)
    if why:
        raise ReportPathError(
            f"cannot write the report {path.name}: {why}", detail=str(path), reason=reason
        )
    return path


def _own_report(path: Path) -> bool:
    """Whether ``path`` is a report this app wrote (in either language): one sheet named as
    its sheet (.xlsx), or its header (.csv): the row, the list's own columns, then the
    report's. Anything else may hold the shop's data."""
    sheets: set[str] = set()
    heads: list[tuple[str, list[str]]] = []
    for code in LANGUAGES:
        with speaking(code):
            sheets.add(str(words("reports.sheet")))
            heads.append((str(words("reports.header.row")), [str(h) for h in _HEADERS]))
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
                line = f.readline()
            # Written with the list separator of the computer it was made on; the two
            # time columns' names aside: they gained "(Vietnam time)".
            return any(
                len(cells) > len(own)
                and cells[0] == row
                and cells[-len(own) : -_TIME_COLUMNS] == own[:-_TIME_COLUMNS]
                for cells in (next(csv.reader([line], delimiter=d), []) for d in USUAL)
                for row, own in heads
            )
        with zipfile.ZipFile(path) as package:
            book = package.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False
    found = re.findall(r'<sheet name="([^"]*)"', book)
    return len(found) == 1 and found[0] in sheets


def _write_reason(exc: OSError, path: Path) -> Words:
    """Why a report could not be written, said of ``path`` (never of the temporary file
    it is written through)."""
    if exc.errno == errno.ENOSPC:
        return words("reports.write.disk_full", path=path)
    if isinstance(exc, PermissionError):
        return words("reports.write.not_allowed", path=path)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return words("reports.write.cannot_create", folder=path.parent)
    return words("reports.write.other", path=path)


def excluded_reason(m: MessageRow) -> str:
    """Why the checks left a row out, in the current language (the journal keeps it in
    each language, as ``{"vi": ..., "en": ...}``)."""
    try:
        reasons = json.loads(m.excluded_reason)
    except ValueError:
        return m.excluded_reason
    if not isinstance(reasons, dict):
        return m.excluded_reason
    return str(reasons.get(current_language(), ""))


def _explain(m: MessageRow, undelivered: str) -> tuple[str, str]:
    if m.state is MessageState.EXCLUDED:
        info = lookup(m.code)
        return excluded_reason(m), info.text.action if info.known else ""
    if m.state is MessageState.ACCEPTED and m.delivery in ("failed", SMS_UNSEEN):
        text = lookup(undelivered if m.delivery == "failed" else SMS_UNSEEN).text
        return text.explanation, text.action
    if not m.code or m.code in ("100", "124"):
        return "", ""
    text = lookup(m.code, m.error_message).text
    return text.explanation, text.action


#: How the report shows a time, as the window does (Vietnam time, said in the header).
TIME_FORMAT = "%d/%m/%Y %H:%M"


def _shown_time(value: str | dt.datetime) -> str:
    return value.strftime(TIME_FORMAT) if isinstance(value, dt.datetime) else value


def report_rows(journal: Journal, campaign_id: int) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a campaign's report, in the current language; times
    as the window shows them (``07/12/2026 20:33``, Vietnam time)."""
    header, rows = _report_table(journal, campaign_id)
    return header, [[_shown_time(v) for v in row] for row in rows]


def _send_time(send_at: str) -> dt.datetime | str:
    """A customer's own send time (journaled as eSMS's ``yyyy-mm-dd hh:MM:ss``, Vietnam
    time) as a date-time; kept as it is if it cannot be read."""
    try:
        return dt.datetime.strptime(send_at, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return send_at


def _report_table(
    journal: Journal, campaign_id: int
) -> tuple[list[str], list[list[str | dt.datetime]]]:
    """The header and rows of the report; the times as date-times (Vietnam time, naive:
    what a clock in Vietnam shows), the rest as text."""
    campaign = journal.campaign(campaign_id)
    header = [str(words("reports.header.row")), *campaign.columns, *map(str, _HEADERS)]
    # Each state said once, not once a row.
    states = {state: str(text) for state, text in _STATE_WORDS.items()}
    deliveries = {state: str(text) for state, text in _DELIVERY_WORDS.items()} | {"": ""}
    rows: list[list[str | dt.datetime]] = []
    channel = campaign.channel
    undelivered = undelivered_code(channel.uses_zalo, channel.sms_fallback)
    named: dict[str, str] = {}  # each next step with this campaign's number, once
    for m in journal.messages(campaign_id):
        explanation, action = _explain(m, undelivered)
        if action not in named:
            named[action] = naming_campaign(action, campaign_id)
        action = named[action]
        sent = vietnam_time(m.sent_at).replace(tzinfo=None) if m.sent_at else ""
        rows.append(
            [
                str(m.row),
                *m.values,
                m.phone,
                states.get(m.state, m.state),
                deliveries.get(m.delivery, m.delivery),
                # Only eSMS's own codes: the app's ("duplicate", "quota"...) are words below.
                esms_code(m.code),
                explanation,
                action,
                m.sms_id,
                sent,
                # Each customer's own send time (reminders): eSMS sends it then.
                _send_time(m.send_at) if m.send_at else "",
            ]
        )
    return header, rows


def write_report(
    journal: Journal, campaign_id: int, path: str | Path, *, separator: str | None = None
) -> Path:
    """Write the report as .xlsx or .csv (UTF-8 with BOM, for Excel; columns split at
    ``separator``, by default the one Excel expects on this computer), by the suffix, in
    the current language."""
    path = check_report_path(path)
    header, rows = _report_table(journal, campaign_id)
    # A name of its own: two saves of the same report at once must not write one file.
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    try:
        if path.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=separator or excel_list_separator())
                writer.writerow([csv_safe(h) for h in header])
                writer.writerows([csv_safe(_shown_time(v)) for v in row] for row in rows)
        else:
            # Every cell written as text (one starting with "=" is never a formula), but
            # the times: Excel date-times shown dd/mm/yyyy hh:mm, to sort and filter by.
            write_text_table(
                tmp,
                str(words("reports.sheet")),
                [visible(h) for h in header],
                [[v if isinstance(v, dt.datetime) else visible(v) for v in row] for row in rows],
                # The explanation and the next step: read whole, not cut at the next column.
                wrapped={len(header) - len(_HEADERS) + i for i in _LONG_TEXTS},
            )
        tmp.replace(path)  # refused on Windows while Excel has the file open
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportWriteError(
            f"cannot write the report {path.name}",
            detail=f"{type(exc).__name__}: {exc}",  # to the log: the user reads the reason
            reason=_write_reason(exc, path),
        ) from None
    return path
