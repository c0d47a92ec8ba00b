"""Customer files as shop owners really have them, read the way the message will use them.

Each test here came from a file built like a shop's own and read through the app:
what reaches the customer must be what the owner sees in Excel.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from files import filtered_list, write_xlsx
from hostile import make
from legacy_encoders import to_mojibake
from spoken import en, on_command_line, vi

from esms_desktop.base.errors import InputFileError
from esms_desktop.base.sanitise import terminal_safe
from esms_desktop.checks import Severity, run_checks
from esms_desktop.importing import limits, read_table
from esms_desktop.importing.cells import cell_text
from esms_desktop.importing.legacy_text import describe, detect
from esms_desktop.message.content import parse_content
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients


def _set_values(path: Path, values: dict[str, str]) -> Path:
    """The .xlsx at ``path`` with the numbers of some cells written as Excel writes them
    (17 significant digits: 1.1*165000 is saved as 181500.00000000003)."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = items[name].decode()
    for cell, value in values.items():
        xml, count = re.subn(rf'(<c r="{cell}"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{value}</v>", xml)
        assert count == 1, cell
    items[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for key, data in items.items():
            target.writestr(key, data)
    return path


def test_a_computed_amount_reaches_the_customer_as_excel_shows_it(tmp_path: Path) -> None:
    rows = [["Tên", "SĐT", "Số tiền"], ["Lan", "0961234567", 1.5], ["Mai", "0912345678", 0.5]]
    rows += [["Hùng", "0987654321", 2.5]]
    path = write_xlsx(tmp_path / "khach.xlsx", rows)
    _set_values(path, {"C2": "181500.00000000003", "C3": "0.30000000000000004"})
    _set_values(path, {"C4": "1234567.8900000001"})
    recipients = open_recipients(path)
    content = parse_content("Chao {Tên}, so tien {Số tiền} dong", recipients)
    texts = [content.render(r) for r in recipients.rows]
    assert texts == [
        "Chao Lan, so tien 181500 dong",
        "Chao Mai, so tien 0.3 dong",
        "Chao Hùng, so tien 1234567.89 dong",
    ]
    assert content.render_all(recipients.rows)[0] == texts


def test_a_duration_cell_reads_as_hours_and_minutes() -> None:
    assert cell_text(dt.timedelta(hours=1, minutes=30)) == "1:30"
    assert cell_text(dt.timedelta(days=1, hours=2)) == "26:00"
    assert cell_text(dt.timedelta(minutes=5, seconds=7)) == "0:05:07"
    assert cell_text(-dt.timedelta(minutes=90)) == "-1:30"


def test_a_mojibake_example_is_shown_whole_on_the_terminal() -> None:
    """ "Đ" read as Windows-1252 is "Ä" and U+0090, which a terminal takes for the start of
    an escape: the example lost the rest of its line, the converted name with it."""
    rows = [["Họ và tên", "SĐT"], [to_mojibake("Phạm Đức Thắng"), "0912345678"]]
    rows += [[to_mojibake("Nguyễn Văn Hùng"), "0987654321"]]
    said = "\n".join(on_command_line(line) for line in describe(detect(rows)))
    shown = terminal_safe(said)
    assert '"Phạm Đức Thắng"' in shown
    assert "Ä?á»©c" in shown


def test_rows_a_filter_hides_in_excel_are_held_back_and_said(tmp_path: Path) -> None:
    recipients = open_recipients(filtered_list(tmp_path / "no.xlsx"))
    assert recipients.table.hidden == {3, 5}
    report = run_checks(recipients, CampaignSpec("fixed", content="Chao {Tên}"))
    # Row 3's customer is in sight on row 6: sent to once, with row 6's cells (row 3 was
    # filtered out as "paid": its name and amount are not what the owner means).
    assert [r.row for r in report.sendable] == [2, 4, 6, 7]
    assert report.messages[6] == "Chao Em"
    [hidden] = [p for p in report.problems if p.code == "hidden_row"]
    assert hidden.severity is Severity.ROWS and hidden.rows == (3, 5)
    assert not [p for p in report.problems if p.code == "duplicate"]
    assert "clear the filter" in en(hidden.reason)
    assert "bỏ lọc" in vi(hidden.reason)


def test_hidden_rows_are_found_in_a_sheet_read_in_a_child(tmp_path: Path) -> None:
    """Rows without numbers and with a prefix (as some programs save them): the size scan
    does not measure that sheet, the reader reads it in a child process."""
    cells = '<x:row><x:c t="inlineStr"><x:is><x:t>SĐT</x:t></x:is></x:c></x:row>'
    for i, hidden in enumerate([False, True, False]):
        flag = ' hidden="true"' if hidden else ""
        cells += (
            f'<x:row{flag}><x:c t="inlineStr"><x:is><x:t>091234567{i}</x:t></x:is></x:c></x:row>'
        )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.'
        f'openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>{cells}</x:sheetData>'
        "</x:worksheet>"
    )
    path = make.xlsx(tmp_path / "khach.xlsx", sheet)
    assert limits.check_xlsx(path) is False
    assert read_table(path).hidden == {3}


def test_a_list_with_nothing_hidden_has_no_hidden_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "khach.xlsx", [["SĐT", "Ghi chú"], ["0912345670", "hidden"]])
    assert read_table(path).hidden == frozenset()


def test_a_workbook_named_as_a_text_file_is_said_to_be_one(tmp_path: Path) -> None:
    """It was "not a spreadsheet or a text table": it is a spreadsheet, with a wrong name."""
    workbook = write_xlsx(tmp_path / "khach.xlsx", [["SĐT"], ["0912345670"]])
    renamed = workbook.rename(tmp_path / "khach.csv")
    with pytest.raises(InputFileError) as raised:
        read_table(renamed)
    assert raised.value.reason is not None
    said = en(raised.value.reason)
    assert "is an Excel workbook" in said and "end in .xlsx" in said
    assert "đuôi .csv" in vi(raised.value.reason)


def test_the_command_line_does_not_count_a_hidden_row_ready(
    tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first line said "5 ready" where 4 go (the hidden row 5 among them); the window
    counts it as it is: not ready."""
    from esms_desktop.cli.main import main

    path = filtered_list(tmp_path / "no.xlsx")
    main(["check", str(path), "--channel", "fixed", "--content", "Chao {Tên}", "--lang", "en"])
    out = capsys.readouterr().out
    assert "6 rows - 4 ready, 1 rejected, 1 duplicate, 0 blocked" in out, out


def test_check_json_says_how_many_rows_are_held_back_hidden(
    tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from esms_desktop.cli.main import main

    path = filtered_list(tmp_path / "no.xlsx")
    main(["check", str(path), "--channel", "fixed", "--content", "Chao {Tên}", "--json"])
    found = json.loads(capsys.readouterr().out)
    assert found["held_back_hidden"] == 2 and found["sendable"] == 4  # rows 3 and 5
    plain = write_xlsx(tmp_path / "plain.xlsx", [["SĐT"], ["0912345670"]])
    main(["check", str(plain), "--channel", "fixed", "--content", "Chao", "--json"])
    assert "held_back_hidden" not in json.loads(capsys.readouterr().out)
