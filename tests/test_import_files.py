"""Customer files in every format and encoding, and every way a file can be unusable."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from files import (
    SAMPLE_ROWS,
    to_cp1258,
    write_cp1258,
    write_ods,
    write_text,
    write_xls,
    write_xlsx,
    write_xlsx_with_cached_formula,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spoken import en

from esms_desktop.base.errors import InputFileError
from esms_desktop.importing import guess_mapping, list_sheets, read_table
from esms_desktop.importing.text_files import decode, sniff_delimiter
from esms_desktop.recipients.recipient_list import RowState, build_recipients, open_recipients


def check_sample(path: Path) -> None:
    """The sample rows, whatever the format: the same result."""
    rows = open_recipients(path)
    assert rows.mapping.header_row == 3
    assert rows.columns[rows.mapping.phone] == "Số điện thoại"
    assert rows.columns[rows.mapping.name or 0] == "Họ và tên"
    by_row = {r.row: r for r in rows.rows}
    assert by_row[4].phone == "0961234567" and by_row[4].state is RowState.READY
    assert by_row[5].phone == "0912345678"  # stored as a number
    assert by_row[6].phone == "0323456789" and by_row[6].converted_from == "01623456789"
    assert by_row[8].state is RowState.DUPLICATE and by_row[8].duplicate_of == 4
    assert by_row[9].state is RowState.REJECTED
    assert rows.value(by_row[7], "Họ và tên") == "Tú"
    assert len(rows.rows) == 6


def utf16_be(path: Path) -> Path:
    text = write_text(path, SAMPLE_ROWS, delimiter="\t").read_text(encoding="utf-8")
    path.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "xlsx": lambda p: write_xlsx(p / "kh.xlsx", SAMPLE_ROWS, "Khách"),
    "xlsm": lambda p: write_xlsx(p / "kh.xlsm", SAMPLE_ROWS),
    "xls": lambda p: write_xls(p / "kh.xls", SAMPLE_ROWS),
    "ods": lambda p: write_ods(p / "kh.ods", SAMPLE_ROWS),
    "csv-utf8": lambda p: write_text(p / "kh.csv", SAMPLE_ROWS),
    "csv-utf8-bom": lambda p: write_text(p / "kh.csv", SAMPLE_ROWS, encoding="utf-8-sig"),
    "csv-semicolon": lambda p: write_text(p / "kh.csv", SAMPLE_ROWS, delimiter=";"),
    "txt-utf16-le": lambda p: write_text(
        p / "kh.txt", SAMPLE_ROWS, encoding="utf-16", delimiter="\t"
    ),
    "txt-utf16-be": lambda p: utf16_be(p / "kh.txt"),
    "csv-cp1258": lambda p: write_cp1258(p / "kh.csv", SAMPLE_ROWS),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_format_reads_the_same(kind: str, tmp_path: Path) -> None:
    check_sample(WRITERS[kind](tmp_path))


def test_cp1252_file_is_read() -> None:
    text, encoding = decode(to_cp1258("Nguyễn Thị Hương"))
    assert encoding == "cp1258"
    assert unicodedata.normalize("NFC", text) == "Nguyễn Thị Hương"
    assert decode("Café;0961234567".encode("cp1252"))[0].startswith("Caf")


def test_mac_decomposed_text_is_normalised(tmp_path: Path) -> None:
    rows = [[unicodedata.normalize("NFD", "Số điện thoại"), unicodedata.normalize("NFD", "Tên")]]
    rows.append(["0961234567", unicodedata.normalize("NFD", "Nguyễn Thị Hương")])
    recipients = open_recipients(write_text(tmp_path / "mac.csv", rows))
    assert recipients.rows[0].values[1] == unicodedata.normalize("NFC", "Nguyễn Thị Hương")
    assert recipients.columns[recipients.mapping.phone] == "Số điện thoại"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b\n1,2\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ('"x, y";z\n1;2\n', ";"),
    ],
)
def test_delimiter_sniffing(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_first_sheet_with_data_and_sheet_choice(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "many.xlsx", SAMPLE_ROWS, "Data", extra_sheets=2)
    assert list_sheets(path) == ["Empty 2", "Empty 1", "Data"]
    assert read_table(path).sheet == "Data"
    with pytest.raises(InputFileError):
        read_table(path, "Empty 2")
    with pytest.raises(InputFileError):
        read_table(path, "Nope")


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = write_xlsx_with_cached_formula(tmp_path / "f.xlsx", ["Tên", "SĐT"], "0961234567")
    recipients = open_recipients(path)
    assert recipients.rows[0].phone == "0961234567"


@pytest.mark.parametrize(
    ("header", "phone_col"),
    [
        (["Tên", "SĐT"], 1),
        (["Khách hàng", "Điện thoại"], 1),
        (["Di động", "Họ tên"], 0),
        (["So dien thoai", "Ho va ten"], 0),
        (["Name", "Mobile"], 1),
        (["Customer", "Phone number"], 1),
        (["Ghi chú", "Tên KH", "Số ĐT"], 2),
        (["Khách", "ĐTDĐ", "Mã đơn"], 1),
        (["Tên khách", "Zalo"], 1),
    ],
)
def test_header_aliases(header: list[str], phone_col: int, tmp_path: Path) -> None:
    row = ["x"] * len(header)
    row[phone_col] = "0961234567"
    mapping = guess_mapping(read_table(write_text(tmp_path / "h.csv", [header, row])))
    assert mapping.phone == phone_col and mapping.header_row == 1


def test_no_header_finds_the_phone_column_by_content(tmp_path: Path) -> None:
    rows = [["Lan", "0961234567", "HN"], ["Mai", "0912345678", "HCM"], ["Hoa", "0987654321", ""]]
    recipients = open_recipients(write_text(tmp_path / "n.csv", rows))
    assert recipients.mapping.header_row is None and recipients.mapping.phone == 1
    assert recipients.columns == ["A", "B", "C"]
    assert len(recipients.ready) == 3 and recipients.rows[0].row == 1


@pytest.mark.parametrize(
    "rows",
    [
        [["Khách", "Liên hệ", "Mã đơn"], ["Lan", "0961234561", "DH1"], ["Mai", "12345", "DH2"]],
        [["Danh sách tháng 12"], ["Khách", "Liên hệ", "Mã đơn"], ["Lan", "0961234561", "DH1"]],
        [["Liên hệ"], ["0961234561"], ["0961234562"]],
    ],
    ids=["header", "title-then-header", "one-column"],
)
def test_a_header_we_cannot_read_is_still_the_header(rows: list[list[str]], tmp_path: Path) -> None:
    """Its names are the placeholders the owner types ({Khách}); it is never a customer."""
    recipients = open_recipients(write_text(tmp_path / "u.csv", rows))
    header = next(i for i, r in enumerate(rows) if "Liên hệ" in r) + 1
    assert recipients.mapping.header_row == header
    assert "Liên hệ" in recipients.columns
    assert recipients.rows[0].row == header + 1
    assert all(r.phone != "Liên hệ" for r in recipients.rows)


@pytest.mark.parametrize(
    "first_customer",
    [["A", "0981 234 567 / 0901234568"], ["A", "chưa có"]],
    ids=["two-numbers", "no-number"],
)
def test_a_first_customer_without_a_good_number_is_no_header(
    first_customer: list[str], tmp_path: Path
) -> None:
    """Found from the command line: customer A became the header and was lost without a
    word ("5 rows" for 6 customers), and {Họ tên} was "not in the file"."""
    rows = [["Danh sách khách"], ["Họ tên", "Liên hệ"], first_customer]
    rows += [[f"K{i}", f"096123456{i}"] for i in range(5)]
    recipients = open_recipients(write_text(tmp_path / "a.csv", rows))
    assert recipients.mapping.header_row == 2 and recipients.columns == ["Họ tên", "Liên hệ"]
    assert [r.row for r in recipients.rows] == list(range(3, 9))
    assert recipients.rows[0].state is RowState.REJECTED and len(recipients.ready) == 5


def test_a_title_row_over_a_table_without_header_is_not_the_header(tmp_path: Path) -> None:
    rows = [["Khách hàng tháng 12"], ["Lan", "0961234561", "HN"], ["Mai", "0912345678", "HCM"]]
    recipients = open_recipients(write_text(tmp_path / "t.csv", rows))
    assert recipients.mapping.header_row is None and recipients.columns == ["A", "B", "C"]
    assert len(recipients.ready) == 2


def test_a_file_without_phone_numbers_says_so_once_and_names_its_columns(
    tmp_path: Path,
) -> None:
    """Not one "letters in the phone cell" per row, the header counted as a customer."""
    from esms_desktop.checks import run_checks
    from esms_desktop.message.spec import CampaignSpec

    path = write_text(tmp_path / "p.csv", [["Tên", "Địa chỉ"], ["Lan", "Hà Nội"], ["Mai", "Huế"]])
    recipients = open_recipients(path)
    assert not recipients.mapping.phone_found
    assert recipients.mapping.header_row == 1 and recipients.columns == ["Tên", "Địa chỉ"]
    assert [r.row for r in recipients.rows] == [2, 3]
    report = run_checks(recipients, CampaignSpec("fixed", content="Chao {Tên}"))
    assert [p.code for p in report.problems] == ["no_phone_column"]
    assert "Tên, Địa chỉ" in en(report.problems[0].reason)
    assert report.blocked


def test_mapping_can_be_overridden(tmp_path: Path) -> None:
    rows = [["SĐT", "SĐT Zalo"], ["0961234567", "0912345678"]]
    path = write_text(tmp_path / "two.csv", rows)
    assert open_recipients(path, phone_column="SĐT Zalo").ready[0].phone == "0912345678"
    assert open_recipients(path, phone_column="A").ready[0].phone == "0961234567"
    assert open_recipients(path, phone_column="2").ready[0].phone == "0912345678"
    with pytest.raises(ValueError):
        open_recipients(path, phone_column="Email")


def test_opt_out_list_blocks(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "k.xlsx", SAMPLE_ROWS)
    rows = open_recipients(path, opt_out={"0961234567"})
    assert rows.rows[0].state is RowState.BLOCKED
    # The later row with the same number is blocked too, not "ready".
    assert {r.row: r.state for r in rows.rows}[8] is RowState.BLOCKED


def test_empty_rows_are_not_customers(tmp_path: Path) -> None:
    rows = [["SĐT"], ["0961234567"], [], ["", ""], ["0912345678"]]
    recipients = open_recipients(write_text(tmp_path / "e.csv", rows))
    assert [r.row for r in recipients.rows] == [2, 5]


# --- unusable files ------------------------------------------------------------------------


def unusable_files(tmp: Path) -> dict[str, Path]:
    files = {
        "corrupt-xlsx": tmp / "corrupt.xlsx",
        "password-xlsx": tmp / "secret.xlsx",
        "empty-xlsx": tmp / "empty.xlsx",
        "zero-bytes": tmp / "zero.csv",
        "pdf": tmp / "list.pdf",
        "png-as-csv": tmp / "photo.csv",
        "missing": tmp / "missing.xlsx",
        "folder": tmp / "folder.xlsx",
    }
    files["corrupt-xlsx"].write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    # An encrypted Office file is an OLE container, whatever its name says.
    files["password-xlsx"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    write_xlsx(files["empty-xlsx"], [])
    files["zero-bytes"].write_bytes(b"")
    files["pdf"].write_bytes(b"%PDF-1.4\n%...")
    files["png-as-csv"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["folder"].mkdir()
    return files


@pytest.mark.parametrize(
    "kind",
    [
        "corrupt-xlsx",
        "password-xlsx",
        "empty-xlsx",
        "zero-bytes",
        "pdf",
        "png-as-csv",
        "missing",
        "folder",
    ],
)
def test_unusable_files_give_a_plain_error(kind: str, tmp_path: Path) -> None:
    path = unusable_files(tmp_path)[kind]
    with pytest.raises(InputFileError) as info:
        open_recipients(path)
    assert path.name in info.value.message
    if kind == "password-xlsx":
        assert "password" in info.value.message


def test_header_only_file(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", [["Tên", "Số điện thoại"]])
    with pytest.raises(InputFileError, match="no customers under the header"):
        open_recipients(path)


def test_each_file_problem_is_said_with_its_own_next_step(tmp_path: Path) -> None:
    """A missing file, a sheet name that is not there, a header alone, an empty file: all
    said "open it in Excel and save it as .xlsx", the reason only in an English
    parenthesis (found by trying the command line)."""
    from spoken import vi

    from esms_desktop.app.user_text import for_error

    book = write_xlsx(tmp_path / "k.xlsx", [["Tên", "Số điện thoại"], ["An", "0961234567"]])
    header = write_xlsx(tmp_path / "h.xlsx", [["Tên", "Số điện thoại"]])
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    cases = [
        (lambda: read_table(tmp_path / "nope.xlsx"), "Không tìm thấy file"),
        (lambda: read_table(book, "Khách"), "không có trang tên 'Khách'. Các trang trong file: "),
        (lambda: open_recipients(header), "Không có khách nào dưới dòng tiêu đề (dòng 1"),
        (lambda: read_table(empty), "File trống (0 byte)"),
    ]
    for read, expected in cases:
        with pytest.raises(InputFileError) as refused:
            read()
        said = vi(for_error(refused.value).text)
        assert expected in said and "save" not in said, said


cells = st.one_of(
    st.none(),
    st.text(max_size=15),
    st.integers(-(10**12), 10**12),
    st.sampled_from(["0961234567", "912345678", "01623456789", "0912345678 / 0987654321"]),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=40))
def test_counts_always_add_up(tmp_path: Path, rows: list[list[object]]) -> None:
    from esms_desktop.importing.reader import Table

    table = Table(tmp_path / "x.csv", "x", ["x"], [["SĐT", "Tên", "C", "D"], *rows])
    recipients = build_recipients(table, guess_mapping(table), frozenset({"0961234567"}))
    counts = recipients.counts()
    non_empty = sum(1 for r in rows if any(c not in (None, "") and str(c).strip() for c in r))
    assert sum(counts.values()) == len(recipients.rows) == non_empty
    ready = [r.phone for r in recipients.ready]
    assert len(ready) == len(set(ready))
    for r in recipients.rows:
        if r.state is RowState.DUPLICATE:
            assert r.duplicate_of is not None and r.duplicate_of < r.row


@pytest.mark.parametrize(
    "cells",
    [
        {"A1": "Phone", "B1": "Name", "A2": "0912345678", "B5": "Lan", "A9": 912345678},
        {"A4": "Phone", "A5": "0912345678", "C7": "x", "A12": "0987654321"},  # empty rows above
        {"C5": "Phone", "D7": 3, "C9": "0912345678"},  # nothing in column A: the whole-sheet way
    ],
)
def test_a_long_sheet_read_a_slice_of_rows_at_a_time_gives_the_same_rows(
    tmp_path: Path, cells: dict[str, object]
) -> None:
    """Long sheets are converted in slices (so the window's thread gets its turn); the
    rows must be those of the one-call conversion, with the empty rows above."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    from esms_desktop.importing.reader import sheet_rows

    book = openpyxl.Workbook()
    for ref, value in cells.items():
        book.active[ref] = value  # type: ignore[index]
    book.save(tmp_path / "list.xlsx")
    sheet = CalamineWorkbook.from_path(str(tmp_path / "list.xlsx")).get_sheet_by_index(0)
    whole = sheet.to_python(skip_empty_area=False)
    for size in (1, 2, 3, 100):
        assert sheet_rows(sheet, size) == whole, size


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_the_customers_are_read_from_the_sheet_the_owner_sees(tmp_path: Path, state: str) -> None:
    """A hidden first sheet (an old list kept out of sight) was read instead of the visible
    one, and the wrong customers were sent to (found by trying the command line)."""
    import openpyxl

    book = openpyxl.Workbook()
    old = book.active
    assert old is not None
    old.title = "Old"
    old.append(["Tên", "Số điện thoại"])
    old.append(["Cũ", "0961111111"])
    old.sheet_state = state
    shown = book.create_sheet("Current")
    shown.append(["Tên", "Số điện thoại"])
    for i in range(3):
        shown.append([f"Khách {i}", f"097700000{i}"])
    book.active = 1
    path = tmp_path / "khach.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheet == "Current" and len(table.rows) == 4
    assert read_table(path, "Old").rows[1] == ["Cũ", "0961111111"]  # named: read as asked
