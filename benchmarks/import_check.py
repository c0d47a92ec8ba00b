"""Import and check a generated .xlsx, next to plain reads of the same file.

    uv run python benchmarks/import_check.py [--rows 100000 1000000]

The baseline is measured in the same run on the same file: reading every cell
with python-calamine and nothing else; an openpyxl read-only pass is printed too
(what most Python tools would use). The ratio says what our checks of the
file's cost (``importing.limits``), header detection, phone normalisation,
duplicate finding and checks cost on top. Each measurement runs in a fresh
child process, so its peak memory (VmHWM on Linux) is its own.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from esms_desktop.checks import run_checks
from esms_desktop.cli.check_json import write_json
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients


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


def openpyxl_read_only(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return rows


def ours_json(path: Path) -> int:
    """What ``esms-desktop check FILE --json`` does, output to a null device."""
    import os

    recipients = open_recipients(path)
    spec = CampaignSpec("cskh", content="Chao {Họ và tên}, don {Mã đơn} da giao.")
    report = run_checks(recipients, spec)
    with open(os.devnull, "w", encoding="utf-8") as out:
        write_json(report, out)
    return len(report.sendable)


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


def limits_only(path: Path) -> int:
    from esms_desktop.importing.limits import check_xlsx

    check_xlsx(path)
    return 0


def in_child(name: str, path: Path, repeat: int) -> tuple[float, int, int]:
    """Best time of ``repeat`` runs of ``name`` in one fresh process, its result, peak KiB."""
    code = (
        "import sys, time\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import import_check as b\n"
        "fn, path = getattr(b, sys.argv[2]), b.Path(sys.argv[3])\n"
        "best, result = b.best_of(fn, path, int(sys.argv[4]))\n"
        "peak = 0\n"
        "try:\n"
        "    peak = int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]"
        ".split()[1])\n"
        "except OSError:\n"
        "    import resource; peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(best, result, peak)\n"
    )
    folder = str(Path(__file__).resolve().parent)
    out = subprocess.run(
        [sys.executable, "-c", code, folder, name, str(path), str(repeat)],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "customers.xlsx"
            start = time.perf_counter()
            generate(path, rows)
            print(
                f"\n{rows:,} rows ({path.stat().st_size / 1e6:.1f} MB), "
                f"generated in {time.perf_counter() - start:.1f} s"
            )
            repeat = args.repeat if rows <= 200_000 else 1
            base, n_rows, base_mem = in_child("plain_calamine", path, repeat)
            opx, _, opx_mem = in_child("openpyxl_read_only", path, 1)
            scan, _, _ = in_child("limits_only", path, repeat)
            mine, sendable, mem = in_child("ours", path, repeat)
            json_time, _, json_mem = in_child("ours_json", path, repeat)
        mib = 1024
        print(f"plain python-calamine read : {base:7.3f} s {base_mem / mib:7.0f} MiB  (baseline)")
        print(f"openpyxl read-only pass    : {opx:7.3f} s {opx_mem / mib:7.0f} MiB"
              f"  ({opx / base:.2f}x, {opx_mem / base_mem:.2f}x)")  # fmt: skip
        print(f"  of ours: the file's cost : {scan:7.3f} s")
        print(f"import + checks (ours)     : {mine:7.3f} s {mem / mib:7.0f} MiB"
              f"  ({sendable:,} sendable of {n_rows:,} rows)")  # fmt: skip
        print(f"  the same, --json written : {json_time:7.3f} s {json_mem / mib:7.0f} MiB")
        print(f"ratio ours / baseline      : {mine / base:7.2f}x {mem / base_mem:7.2f}x")
        print(f"  the same, --json written : {json_time / base:7.2f}x {json_mem / base_mem:7.2f}x")


if __name__ == "__main__":
    main()
