"""A phone cell that is a formula saved without its result says so, not "empty"."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from files import write_xlsx_with_cached_formula
from spoken import en

from esms_desktop.checks.problems import phone_reason
from esms_desktop.recipients.recipient_list import RowState, open_recipients
from esms_desktop.telecom.phones import PhoneProblem


def test_a_formula_with_no_saved_value_is_named_with_what_to_do(tmp_path: Path) -> None:
    book = openpyxl.Workbook()  # openpyxl, like many exports, saves formulas uncomputed
    sheet = book.active
    assert sheet is not None
    sheet.title = "Khách"
    sheet.append(["Tên", "SĐT"])
    sheet.append(["Lan", '=TEXT(961234567,"0000000000")'])
    sheet.append(["Mai", ""])
    sheet.append(["Hùng", "0912345678"])
    sheet.append(["Tú", "=B4"])
    book.save(tmp_path / "khach.xlsx")
    rows = {r.row: r for r in open_recipients(tmp_path / "khach.xlsx").rows}
    assert rows[2].problem is PhoneProblem.FORMULA_NO_VALUE
    assert rows[3].problem is PhoneProblem.EMPTY  # a really empty cell stays empty
    assert rows[4].state is RowState.READY
    assert rows[5].problem is PhoneProblem.FORMULA_NO_VALUE
    assert "formula with no saved value" in en(phone_reason(rows[2].problem))
    assert "open the file in Excel and save" in en(phone_reason(rows[2].problem))


def test_a_formula_saved_by_excel_with_its_value_is_read(tmp_path: Path) -> None:
    path = write_xlsx_with_cached_formula(tmp_path / "khach.xlsx", ["Tên", "SĐT"], "0961234567")
    [row] = open_recipients(path).rows
    assert row.phone == "0961234567"
