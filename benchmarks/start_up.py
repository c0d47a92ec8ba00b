"""Whole commands, each in a fresh process, next to a baseline run in turn with them.

    uv run python benchmarks/start_up.py [--repeat 15] [--rows 100000] [--check-repeat 5]

Start-up: ``esms-desktop explain 100`` and ``esms-desktop --help`` against Python's
own start (``python -c pass``), from the process's start to its exit, as a user
typing the command waits for it. ``check --json``: ``esms-desktop check FILE
--channel cskh --content ... --json`` (the output to a null device) on the
generated 100,000-row file of ``import_check.py``, against a plain python-calamine
read of the same file in its own process (start, import, every cell to Python).

The commands run in turn with their baseline (A B A B ...), after one warm-up run
each that writes the bytecode (an installed app runs from it) and fills the disk
cache; each figure is the median of the runs, and the range is printed too: other
programs share this machine. The ratio is taken run by run (each A over the B just
before it), then its median. Peak memory is each process's own (its largest resident
set, from the operating system's accounting of the finished child; it cannot read
below this script's own size, about 14 MiB, which is why Python's start shows that).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

CONTENT = "Chao {Họ và tên}, don {Mã đơn} da giao."

RAW_READ = (
    "import sys\n"
    "from python_calamine import CalamineWorkbook\n"
    "book = CalamineWorkbook.from_path(sys.argv[1])\n"
    "rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()\n"
)

GENERATE = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "from pathlib import Path\n"
    "from import_check import generate\n"
    "generate(Path(sys.argv[2]), int(sys.argv[3]))\n"
)

#: (seconds, peak MiB) of each run.
Runs = list[tuple[float, float]]


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from start to exit, peak memory in MiB) of one run of ``command``."""
    with open(os.devnull, "w", encoding="utf-8") as null:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=null, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode not in (0, 1):  # 1: a check that blocks the campaign still ran
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}): {errors[-2000:]}")
    # Linux gives KiB, macOS bytes.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return seconds, peak


def in_turn(
    name: str, ours: Sequence[str], base: Sequence[str], env: dict[str, str], repeat: int
) -> tuple[Runs, Runs]:
    """``repeat`` runs of each, A B A B ..., after a warm-up run of each."""
    run(ours, env)
    run(base, env)
    a: Runs = []
    b: Runs = []
    for _ in range(repeat):
        b.append(run(base, env))
        a.append(run(ours, env))
    print(f"  {name}: {repeat} runs each")
    return a, b


def report(label: str, base_label: str, a: Runs, b: Runs) -> None:
    def line(what: str, runs: Runs) -> str:
        times = [t for t, _ in runs]
        peaks = [p for _, p in runs]
        return (
            f"    {what:34} {statistics.median(times):6.3f} s"
            f" ({min(times):.3f}-{max(times):.3f})  peak {statistics.median(peaks):6.1f} MiB"
        )

    print(line(label, a))
    print(line(base_label + " (baseline)", b))
    ratios = [ta / tb for (ta, _), (tb, _) in zip(a, b, strict=True)]
    extra = statistics.median(ta - tb for (ta, _), (tb, _) in zip(a, b, strict=True))
    memory = statistics.median(p for _, p in a) / statistics.median(p for _, p in b)
    print(
        f"    ratio: time {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}),"
        f" {extra * 1000:+.0f} ms; peak memory {memory:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15, help="runs of each start-up command")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--check-repeat", type=int, default=5, help="runs of check --json, 0: none")
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ESMS_DESKTOP_HOME": str(Path(folder) / "home")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from bytecode
        for key in ("ESMS_API_KEY", "ESMS_SECRET_KEY"):  # check asks eSMS nothing
            env.pop(key, None)
        print(f"start-up, Python {sys.version.split()[0]}, cpu count {os.cpu_count()}:")
        bare = [python, "-c", "pass"]
        for label, words in (("explain 100", ["explain", "100"]), ("--help", ["--help"])):
            a, b = in_turn(label, [python, "-m", "esms_desktop", *words], bare, env, args.repeat)
            report(f"esms-desktop {label}", "python -c pass", a, b)
        if args.check_repeat < 1:
            return

        path = Path(folder) / "customers.xlsx"
        # In a child: openpyxl and the rows it writes would stay in this process, whose
        # size a child started from it may count as its own.
        here = str(Path(__file__).resolve().parent)
        subprocess.run(
            [python, "-c", GENERATE, here, str(path), str(args.rows)], env=env, check=True
        )
        print(f"\ncheck --json, {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB):")
        check = [python, "-m", "esms_desktop", "check", str(path), "--channel", "cskh",
                 "--content", CONTENT, "--json"]  # fmt: skip
        raw = [python, "-c", RAW_READ, str(path)]
        a, b = in_turn("check --json", check, raw, env, args.check_repeat)
        report("esms-desktop check --json", "python-calamine read", a, b)


if __name__ == "__main__":
    main()
