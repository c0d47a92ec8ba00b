"""``check --json``: the check's result as one JSON object, written fast.

The per-row lists (a row of the file each) are written as they are made, 2,000 rows
a write, the sendable rows as JSON made directly; a control or bidi mark in a cell is
written as a ``\\u`` escape, so the terminal filter has nothing to take out and the JSON
reads back to the cells as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from json.encoder import encode_basestring as text_json
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.base.sanitise import json_terminal_safe
from esms_desktop.importing.legacy_text import LegacyText
from esms_desktop.telecom.carriers import Carrier

if TYPE_CHECKING:
    from esms_desktop.app.user_text import UserMessage
    from esms_desktop.checks.result import CheckReport
    from esms_desktop.recipients.recipient_list import RecipientList

# The checks, the journal and the readers are imported by the functions that use them:
# the command line imports this module for its options, also to explain a code.


def _json_fields(report: CheckReport) -> Iterator[tuple[str, Any]]:
    """The fields of ``check --json`` in order; the per-row lists as iterators."""
    from esms_desktop.cli.audience import audience_fields

    rows = report.recipients
    yield from _list_fields(rows)
    yield "ready", JsonLines(_ready_lines(report))
    yield from _held_back_fields(rows)
    yield from audience_fields(report)
    yield (
        "problems",
        [
            {
                "code": p.code,
                "severity": p.severity.value,
                "message": str(p),
                "rows": list(p.rows),
            }
            for p in report.problems
        ],
    )
    yield "sendable", len(report.sendable)
    yield "legacy_text", _legacy_text(rows.legacy)
    yield from _sending_fields(report)


def _list_fields(rows: RecipientList) -> Iterator[tuple[str, Any]]:
    """Which file and sheet were read, and where the numbers were found."""
    yield "file", str(rows.table.path)
    yield "sheet", rows.table.sheet
    yield "header_row", rows.mapping.header_row
    found = rows.columns and rows.mapping.phone_found
    yield "phone_column", rows.columns[rows.mapping.phone] if found else None
    yield "total_rows", len(rows.rows)


def _held_back_fields(rows: RecipientList) -> Iterator[tuple[str, Any]]:
    """The rows not sent to, and why: a bad number, a repeat, the do-not-send list."""
    from esms_desktop.checks.problems import phone_reason
    from esms_desktop.recipients.recipient_list import RowState

    yield (
        "rejected",
        (
            {"row": r.row, "value": r.raw_phone, "reason": str(phone_reason(r.problem))}
            for r in rows.by_state(RowState.REJECTED)
        ),
    )
    yield (
        "duplicates",
        (
            {"row": r.row, "phone": r.phone, "first_row": r.duplicate_of}
            for r in rows.by_state(RowState.DUPLICATE)
        ),
    )
    yield "blocked", ({"row": r.row, "phone": r.phone} for r in rows.by_state(RowState.BLOCKED))


def _legacy_text(legacy: LegacyText) -> dict[str, Any]:
    return {
        "found": legacy.found,
        "converted": legacy.converted,
        "cells_converted": legacy.cells_converted,
        "examples": [{"before": b, "after": a} for b, a in legacy.examples],
    }


def _sending_fields(report: CheckReport) -> Iterator[tuple[str, Any]]:
    """When it goes, the requests it takes, what it costs, and whether it can be sent."""
    if report.spec.reminder is not None:
        yield "by_day", {day.isoformat(): n for day, n in report.by_day().items()}
    # One dict per size, shared: a request per message makes a dict per row otherwise. Each
    # size is also written once as the encoder writes it, and the list joined from those:
    # the encoder took longer over these dicts than over the rows.
    sizes = set(report.requests)
    size = {s: {"size": s} for s in sizes}
    written = {s: f'{{"size": {s}}}' for s in sizes}
    yield (
        "requests",
        Encoded(
            map(size.__getitem__, report.requests),
            "[" + ", ".join(map(written.__getitem__, report.requests)) + "]",
        ),
    )
    yield "estimated_cost", None if report.cost is None else int(report.cost)
    yield "cost_from_esms", report.cost_from_esms
    yield "balance", None if report.balance is None else int(report.balance)
    yield "skipped", [str(why) for why in report.skipped]
    yield "sendable_campaign", not report.blocked


class Encoded(list[Any]):
    """A list that carries its own JSON, as ``json`` writes it (ASCII only: nothing for the
    terminal filter to take out)."""

    def __init__(self, items: Iterable[Any], text: str) -> None:
        super().__init__(items)
        self.text = text


@dataclass(frozen=True)
class JsonLines:
    """The rows of a big list, each already written as one line of JSON."""

    lines: Iterator[str]


def _ready_lines(report: CheckReport) -> Iterator[str]:
    """The sendable rows: ``{"row": 4, "phone": "0961234567", "carrier": "Viettel"}``, and
    each row's own send time (reminders, Vietnam time) when it has one.

    Written out directly, the texts through json's own string encoder: most rows of a
    list are sendable, and as dicts through the encoder they took three times as long.
    """
    # Keyed by the carrier object's id: an Enum's hash is Python code, run once per row
    # otherwise (the members are singletons, and so is None).
    carriers = {id(c): text_json(c.display_name) for c in Carrier}
    carriers[id(None)] = "null"
    send_at = report.send_at
    for r in report.recipients.ready:
        phone = "null" if r.phone is None else text_json(r.phone)
        line = f'{{"row": {r.row}, "phone": {phone}, "carrier": {carriers[id(r.carrier)]}'
        when = send_at.get(r.row) if send_at else None
        if when is None:
            yield line + "}"
        else:
            yield f'{line}, "send_at": {text_json(when.strftime("%Y-%m-%d %H:%M"))}}}'


def write_json(report: CheckReport, out: TextIO) -> None:
    """``check --json``: one JSON object, each row of the big lists on its own line.

    Written piece by piece, the sendable rows as JSON made directly, the other rows by
    the C encoder: a million rows neither wait for the pure-Python indenting encoder
    nor sit in memory as a million dicts first. Controls and bidi marks in a cell are
    written as ``\\u`` escapes, so the terminal filter has nothing to take out and the
    JSON reads back to the cells as they are.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{")
    for i, (key, value) in enumerate(_json_fields(report)):
        out.write(("," if i else "") + "\n " + encode(key) + ": ")
        if isinstance(value, JsonLines | Iterator):
            out.write("[")
            _write_rows(value.lines if isinstance(value, JsonLines) else map(encode, value), out)
            out.write("]")
        elif isinstance(value, Encoded):
            out.write(value.text)
        else:
            out.write(json_terminal_safe(encode(value)))
    out.write("\n}\n")


def write_json_error(exc: EsmsDesktopError, out: TextIO) -> None:
    """``check --json`` when the check could not run (a file that cannot be read, say):
    one JSON object, ``{"error": {...}}``, with the words the user would read."""
    from esms_desktop.app.user_text import for_error

    write_json_said(exc.kind, for_error(exc), out)


def write_json_said(kind: str, said: UserMessage, out: TextIO) -> None:
    """One JSON object, ``{"error": {...}}``: an error of ``kind`` as the user reads it
    (``usage``: options that cannot be used)."""
    error = {
        "kind": kind,
        "title": said.title,
        "text": said.text,
        "action": said.action,
        "detail": said.detail,
    }
    out.write(json_terminal_safe(json.dumps({"error": error}, ensure_ascii=False, indent=1)))
    out.write("\n")


#: Rows of a big list written at once: a write per row took longer than the JSON itself
#: (the command line filters every write for the terminal, ``cli.streams.TerminalText``).
ROWS_PER_WRITE = 2000


def _write_rows(rows: Iterator[str], out: TextIO) -> None:
    """The rows of a big list (as JSON), each on its own line, :data:`ROWS_PER_WRITE` to
    a write."""
    first = True
    while lines := list(islice(rows, ROWS_PER_WRITE)):
        out.write(json_terminal_safe(("" if first else ",") + "\n  " + ",\n  ".join(lines)))
        first = False
