"""The cost scan against the reader itself: no cell it lets through is placed further away.

The scan (``importing.limits``) decides whether an ``.xlsx`` may be read in the app's
own process; the reader (python-calamine) allocates the whole used range at once and
aborts the process when that is too large. So every cell the scan measures must land
where the scan thought. Here many cells are written the ways a reader accepts
(attributes in any order, quotes of either kind, white space of every kind or none
between attributes, a second reference, look-alike names) and each file the scan
calls safe is read by the real reader in a child process with a memory ceiling: it must
neither die nor reach further than the scan measured. A second ``r`` written straight
after a quote (``<c r="A2"r="XFD1">``) once got through this way.
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile import make

from esms_desktop.importing import limits

SEPARATORS = (" ", "\t", "\n", "\r\n", "  ", "")
EQUALS = ("=", " =", "= ", " = ", "\n=\n")
FAR = ("ZZ200000", "XFD1048576", "A1048576", "XFD1", "A900000")
KNOWN = '<c r="A2"r="ZZ200000"><v>1</v></c>'  # the one that got through


def _attribute(rng: random.Random, name: str, value: str) -> str:
    quote = rng.choice("\"'")
    return f"{name}{rng.choice(EQUALS)}{quote}{value}{quote}"


def _cell(rng: random.Random) -> str:
    """A cell at A2 as the scan measures it, or nearly, then odd attributes."""
    if rng.random() < 0.8:
        head = '<c r="A2"'
    else:
        head = "<c" + rng.choice(SEPARATORS[:5]) + _attribute(rng, "r", "A2")
    extra = ""
    for _ in range(rng.randint(0, 3)):
        name = rng.choice(["r", "s", "t", "x:r", "R", "rr", "cm"])
        value = rng.choice(FAR) if name in ("r", "x:r", "R", "rr") else rng.choice("0ns")
        extra += rng.choice(SEPARATORS) + _attribute(rng, name, value)
    return head + extra + rng.choice(["><v>1</v></c>", " ><v>1</v></c>", "/>"])


#: The reader in a child: each file in turn, its used range printed as it is read. A file
#: it dies on is the one after the last printed.
READ_ALL = """
import resource, sys
from python_calamine import CalamineWorkbook
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
for path in sys.argv[1:]:
    book = CalamineWorkbook.from_path(path)
    try:
        sheet = book.get_sheet_by_name(book.sheet_names[0])
        print(sheet.height, sheet.width, flush=True)
    except Exception:
        print("error", flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a memory ceiling (RLIMIT_AS)")
def test_no_cell_the_scan_lets_through_is_placed_further_by_the_reader(tmp_path: Path) -> None:
    rng = random.Random(23)
    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>SDT</t></is></c></row>'
    # Past the end's guess (the scan's first look), so the search itself must find it.
    rest = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(3, 500))
    cells = [KNOWN] + [_cell(rng) for _ in range(400)]
    measured: list[tuple[str, Path, limits.UsedRange]] = []
    for n, cell in enumerate(cells):
        path = make.xlsx(
            tmp_path / f"{n}.xlsx", make._sheet(f'{first}<row r="2">{cell}</row>{rest}')
        )
        try:
            safe = limits.check_xlsx(path)
        except Exception:  # refused with a message
            continue
        if safe:
            with zipfile.ZipFile(path) as book:
                sheet = book.read("xl/worksheets/sheet1.xml")
            measured.append((cell, path, limits._scan_sheet(io.BytesIO(sheet))))
    assert len(measured) > 100, "the cells must mostly be of the kind the scan measures"
    done = subprocess.run(
        [sys.executable, "-c", READ_ALL, *(str(path) for _, path, _ in measured)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    read = done.stdout.splitlines()
    if done.returncode != 0:
        at = min(len(read), len(measured) - 1)
        pytest.fail(f"the reader died on {measured[at][0]!r}: {done.stderr[-1000:]}")
    assert len(read) == len(measured), done.stderr[-2000:]
    for (cell, _, used), line in zip(measured, read, strict=True):
        if line == "error":
            continue
        height, width = map(int, line.split())
        assert height <= used.rows and width <= used.columns, (cell, line, used)
