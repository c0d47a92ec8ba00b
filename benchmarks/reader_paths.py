"""What keeping .xlsx in the app's process costs, next to reading it in a child process.

    uv run python benchmarks/reader_paths.py [--rows 100000] [--repeat 5]

A file with a company logo (a picture part) is read, in one run, interleaved,
by three paths; the medians and their ratios are printed:

- ``before``: what the reader did before the sheets hidden under picture names
  were found: measure the file on disk (``check_xlsx(path)``) and let calamine
  read it from the path again (two reads, so a file saved in between could be
  read unmeasured);
- ``now``: ``read_table``, the app's path: the bytes read once, every part
  measured (pictures too), parsed from those bytes, formula cells looked at;
- ``child``: the same read in a child process (``importing.isolated``), as for
  .xls and .ods: spawn, read, rows sent back through a pipe.

The brief's bar: ``now / before`` within 1.10 (the check that rules out the
abort triggers is cheap). ``child / now`` says why .xlsx stays in-process.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from esms_desktop.importing.isolated import read_in_child
from esms_desktop.importing.limits import check_xlsx
from esms_desktop.importing.reader import read_table
from esms_desktop.importing.workbook import sheet_rows


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    prefixes = ["096", "097", "098", "090", "093", "091", "094", "092", "032", "086"]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Khách hàng"
    sheet.append(["STT", "Họ và tên", "Số điện thoại", "Mã đơn", "Ghi chú"])
    for i in range(rows):
        number = rng.choice(prefixes) + f"{rng.randrange(10**7):07d}"
        sheet.append([i + 1, f"Nguyễn Thị Khách {i}", number, f"DH{i:06d}", "VIP" * (i % 7 == 0)])
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", _png(400, 300, rng))  # a logo (Pillow-free)


def _png(width: int, height: int, rng: random.Random) -> bytes:
    """A noisy picture (does not compress): a logo-sized part the scan has to go over."""
    import struct
    import zlib

    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def before(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    check_xlsx(path)
    book = CalamineWorkbook.from_path(str(path))
    return len(sheet_rows(book.get_sheet_by_name(book.sheet_names[0])))


def now(path: Path) -> int:
    return len(read_table(path).rows)


def child(path: Path) -> int:
    return len(read_in_child(path, None)[2])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.xlsx"
        generate(path, args.rows)
        with zipfile.ZipFile(path) as archive:
            pictures = [i for i in archive.infolist() if i.filename.endswith(".png")]
        size = sum(i.file_size for i in pictures)
        print(
            f"{args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, "
            f"{len(pictures)} picture(s) of {size / 1e3:.0f} KB; cpu count {os.cpu_count()}"
        )
        paths: dict[str, Callable[[Path], int]] = {"before": before, "now": now, "child": child}
        times: dict[str, list[float]] = {name: [] for name in paths}
        counts = {name: fn(path) for name, fn in paths.items()}  # warm up, and same rows
        assert len(set(counts.values())) == 1, counts
        for _ in range(args.repeat):
            for name, fn in paths.items():
                start = time.perf_counter()
                fn(path)
                times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(found) for name, found in times.items()}
    for name in paths:
        spread = f"{min(times[name]):.3f}-{max(times[name]):.3f}"
        print(f"{name:7}: median {median[name]:.3f} s  (range {spread} s)")
    print(f"ratio now / before : {median['now'] / median['before']:.2f}  (bar: <= 1.10)")
    print(f"ratio child / now  : {median['child'] / median['now']:.2f}")


if __name__ == "__main__":
    main()
