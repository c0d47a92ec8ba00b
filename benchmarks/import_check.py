"""Import and check a generated 100,000-row .xlsx, next to a plain python-calamine read.

    uv run python benchmarks/import_check.py [--rows N]

The baseline is measured in the same run on the same file: reading every cell
with python-calamine and nothing else. The ratio says what our header
detection, phone normalisation, duplicate finding and checks cost on top.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from esms_desktop.checks import CampaignSpec, run_checks
from esms_desktop.recipients import open_recipients


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    prefixes = ["096", "097", "098", "090", "093", "091", "094", "092", "032", "086"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Khách hàng")
    ws.append(["DANH SÁCH KHÁCH HÀNG 2026"])
    ws.append([])
    ws.append(["STT", "Họ và tên", "Số điện thoại", "Mã đơn", "Ghi chú"])
    for i in range(rows):
        number = rng.choice(prefixes) + f"{rng.randrange(10**7):07d}"
        kind = i % 10
        phone: object = number
        if kind == 1:
            phone = int(number)  # leading zero lost
        elif kind == 2:
            phone = "+84 " + number[1:4] + " " + number[4:7] + " " + number[7:]
        elif kind == 3 and i % 100 == 3:
            phone = "không có"
        ws.append([i + 1, f"Khách {i}", phone, f"DH{i:06d}", "VIP" if i % 7 == 0 else ""])
    wb.save(path)


def plain_calamine(path: Path) -> int:
    wb = CalamineWorkbook.from_path(str(path))
    rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python()
    return len(rows)


def ours(path: Path) -> int:
    recipients = open_recipients(path)
    spec = CampaignSpec("cskh", content="Chao {Họ và tên}, don {Mã đơn} da giao.")
    report = run_checks(recipients, spec)
    return len(report.sendable)


def best_of(fn, path: Path, repeat: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times = []
    result = 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(path)
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.xlsx"
        start = time.perf_counter()
        generate(path, args.rows)
        print(
            f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        base, n_rows = best_of(plain_calamine, path, args.repeat)
        mine, sendable = best_of(ours, path, args.repeat)
    print(f"plain python-calamine read : {base:7.3f} s ({n_rows:,} rows)")
    print(f"import + checks (ours)     : {mine:7.3f} s ({sendable:,} sendable)")
    print(f"ratio ours / baseline      : {mine / base:7.2f}x")
    print(f"per row                    : {mine / args.rows * 1e6:7.1f} us")


if __name__ == "__main__":
    main()
