"""Output to a file or a pipe keeps its Vietnamese whatever the system's code page.

Windows gives a redirected stream its ANSI code page (cp1252; cp1258 on a Vietnamese
system, which has no precomposed "ệ"): ``check --json > list.json`` wrote every
Vietnamese letter as "?". ``PYTHONIOENCODING=cp1252`` gives the child that stream here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_helpers import run_cli
from files import write_text


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258", "ascii"])
def test_a_redirected_command_writes_vietnamese_whatever_the_code_page(
    tmp_path: Path, encoding: str
) -> None:
    path = write_text(tmp_path / "khách.csv", [["Tên", "Số điện thoại"], ["Lan", "abc"]])
    args = ("--demo", "--lang", "vi", "check", str(path), "--channel", "fixed",
            "--content", "Chào {Tên}")  # fmt: skip
    env = {"PYTHONIOENCODING": encoding}
    checked = run_cli(tmp_path / "home", *args, "--json", env=env)
    report = json.loads(checked.stdout)
    assert report["phone_column"] == "Số điện thoại"
    assert "điện thoại" in report["problems"][0]["message"]
    said = run_cli(tmp_path / "home", *args, env=env)
    assert "Số điện thoại không dùng được" in said.stdout
    assert "?" not in said.stdout.replace("(dòng", "")
