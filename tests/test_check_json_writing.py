"""``check --json`` written fast says what it said row by row: the same text, byte for byte,
and JSON that reads back to the cells as they are, whatever they hold.

The rows of the big lists go out a batch at a time, the sendable rows as JSON made
directly; controls and bidi marks in cells are written as ``\\u`` escapes, so the
command line's terminal filter has nothing to take out. These tests hold the fast
writer to the plain one.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from esms_desktop.app.preparation import Sources, prepare
from esms_desktop.base.sanitise import is_terminal_safe, json_terminal_safe, terminal_safe
from esms_desktop.base.texts import speaking
from esms_desktop.checks.result import CheckReport
from esms_desktop.cli import check_json as check
from esms_desktop.cli.streams import TerminalText
from esms_desktop.message.send_times import ReminderRule
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import RowState

#: Phone cells that the filter changes: an 8-bit escape (it swallows what follows it in
#: the same write), a bidi override, a C1 control, DEL; JSON escapes ESC itself.
HOSTILE = ["abc\x9dxyz", "09\u202e12", "x\x85y", "09\x7f1", "\x1b[2Jzz"]


def customers(path: Path, rows: int) -> Path:
    lines = ["Tên,Số điện thoại,Ngày hẹn"]
    soon = dt.date.today() + dt.timedelta(days=3)
    for i in range(rows):
        phone = HOSTILE[i // 97 % len(HOSTILE)] if i % 97 == 5 else f"09{i * 7919 % 10**8:08d}"
        lines.append(f"Khách {i},{phone},{soon + dt.timedelta(days=i % 20):%d/%m/%Y}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def written(report: CheckReport, rows_per_write: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(check, "ROWS_PER_WRITE", rows_per_write)
    sink = io.StringIO()
    with speaking("en"):
        check.write_json(report, cast(Any, TerminalText(sink)))
    return sink.getvalue()


def plain(report: CheckReport) -> str:
    """The writer as it was: every row a dict through ``JSONEncoder.encode``, a write
    per row through the terminal filter; controls escaped as JSON allows."""
    out = TerminalText(io.StringIO())
    encode = json.JSONEncoder(ensure_ascii=False).encode
    rows = report.recipients
    ready = []
    for r in rows.ready:
        row = {"row": r.row, "phone": r.phone, "carrier": r.carrier and r.carrier.display_name}
        if r.row in report.send_at:
            row["send_at"] = report.send_at[r.row].strftime("%Y-%m-%d %H:%M")
        ready.append(row)
    with speaking("en"):  # the big lists' rows are worked out as they are written
        fields = {
            k: iter(list(v)) if isinstance(v, Iterator) else v
            for k, v in check._json_fields(report)
        }
    fields["ready"] = iter(ready)
    out.write("{")
    for i, (key, value) in enumerate(fields.items()):
        out.write(("," if i else "") + "\n " + encode(key) + ": ")
        if isinstance(value, Iterator):
            out.write("[")
            for j, item in enumerate(value):
                out.write(("," if j else "") + "\n  " + json_terminal_safe(encode(item)))
            out.write("]")
        else:
            out.write(json_terminal_safe(encode(value)))
    out.write("\n}\n")
    return cast(io.StringIO, out._stream).getvalue()


@pytest.fixture
def report(tmp_path: Path) -> CheckReport:
    spec = CampaignSpec("cskh", content="Chao {Tên}")
    return prepare(customers(tmp_path / "kh.csv", 1200), spec, Sources(journal=None))


@pytest.fixture
def reminders(tmp_path: Path) -> CheckReport:
    spec = CampaignSpec("cskh", content="Hen {Tên}", reminder=ReminderRule("Ngày hẹn", 1))
    return prepare(customers(tmp_path / "kh.csv", 300), spec, Sources(journal=None))


def test_batches_write_what_rows_one_by_one_wrote(
    report: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(report.recipients.by_state(RowState.REJECTED)) >= 10
    expected = plain(report)
    for size in (1, 7, 2000):
        assert written(report, size, monkeypatch) == expected, size


def test_the_send_times_of_reminders_too(
    reminders: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reminders.send_at  # the check can fail: the rows carry their own times
    text = written(reminders, 2000, monkeypatch)
    assert text == plain(reminders)
    assert ', "send_at": "' in text


def test_hostile_cells_read_back_as_they_are_and_leave_the_terminal_alone(
    report: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An 8-bit escape in a cell used to make the terminal filter cut the rest of its line,
    leaving JSON no reader accepts; now each control is an escape inside its string."""
    text = written(report, 2000, monkeypatch)
    assert terminal_safe(text) == text
    rejected = {r["value"] for r in json.loads(text)["rejected"]}
    assert set(HOSTILE) <= rejected


@pytest.mark.parametrize(
    "text",
    [chr(i) for i in range(0x100)]
    + ["\u202e", "\u2066", "\u200f", "\u061c", "ệ", "😀", "", "Tên: Đức\n\tok"],
)
def test_a_text_is_safe_exactly_when_the_filter_leaves_it_alone(text: str) -> None:
    for whole in (text, "ab" + text, text + "xy", "Khách " + text + " 09"):
        assert is_terminal_safe(whole) == (terminal_safe(whole) == whole), repr(whole)
