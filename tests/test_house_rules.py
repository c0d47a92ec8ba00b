"""The house stays easy to walk: small modules, short functions, a top level that holds
only the entry points. (The import layers are import-linter's contract in pyproject.toml;
the words are tests/test_texts.py's.)"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "esms_desktop"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60

#: Modules that are data tables, longer than a module of code may be.
DATA_TABLES = {
    "catalogue/codes.py",  # every eSMS result code, in two languages
}
#: Modules still over the limit, being split; this set only shrinks.
MODULES_TO_SPLIT: set[str] = set()
#: Functions still over the limit, being split; this set only shrinks.
TO_SPLIT: set[str] = set()


def _modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _is_catalogue(path: Path) -> bool:
    return path.is_relative_to(ROOT / "base" / "texts") and path.name != "__init__.py"


def test_the_top_level_holds_only_the_entry_points() -> None:
    assert sorted(p.name for p in ROOT.glob("*.py")) == ["__init__.py", "__main__.py"]


def test_no_module_over_500_lines_but_data_tables() -> None:
    long = [
        f"{_name(p)}: {n} lines"
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
        and _name(p) not in DATA_TABLES | MODULES_TO_SPLIT
        and not _is_catalogue(p)
    ]
    assert not long, long


def test_a_function_over_60_lines_says_why_in_its_docstring() -> None:
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            where = f"{_name(path)}:{node.name}"
            if lines <= MAX_FUNCTION_LINES or where in TO_SPLIT:
                continue
            if "long because" not in (ast.get_docstring(node) or "").lower():
                long.append(f"{where} ({lines} lines)")
    assert not long, long
