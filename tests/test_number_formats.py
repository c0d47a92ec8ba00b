"""Numbers reach the customer as Excel shows them: an .xlsx cell's number format applied
(decimal comma, thousands dot, percent, the format's own text), the phone read as before."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from esms_desktop.app.preparation import Sources, prepare
from esms_desktop.checks import load_account_for, run_checks
from esms_desktop.importing import number_styles, read_table
from esms_desktop.importing.cells import cell_text
from esms_desktop.importing.number_formats import compile_format, worth_applying
from esms_desktop.message.content import parse_content
from esms_desktop.message.spec import CampaignSpec, ParamSource
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_OA_ACTIVE,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    demo_client,
)

Cells = list[tuple[object, str | None]]


def write_formatted(path: Path, header: list[str], rows: list[Cells]) -> Path:
    """An .xlsx written by openpyxl, each cell ``(value, number format or None)``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for r, row in enumerate(rows, start=2):
        for c, (value, number_format) in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if number_format is not None:
                cell.number_format = number_format
    book.save(path)
    return path


HEADER = ["Tên", "SĐT", "Giảm giá", "Số tiền", "Tiền lẻ", "Thưởng", "Chênh lệch", "Mã đơn"]
DIFFERENCE = '#,##0;[Red](#,##0);"-"'


def shop_list(path: Path) -> Path:
    """Three customers, their numbers formatted as a shop formats them in Excel."""
    rows: list[Cells] = [
        [("Lan", None), (912345678, "0000000000"), (0.1, "0%"), (1500000, '#,##0 "đ"'),
         (1234.5, "#,##0.00"), (250000, "[$-42A]#,##0 ₫"), (-1500, DIFFERENCE),
         (100234, None)],
        [("Mai", None), (987654321, "0###-###-###"), (0.125, "0.0%"), (2000000, "#,##0"),
         (0.5, "#,##0.00"), (1e6, "[$-42A]#,##0 ₫"), (0, DIFFERENCE), (100235, "0")],
        [("Hùng", None), ("0961234567", None), (0.05, "0%"), (99000, '#,##0 "đ"'),
         (1234567.891, "#,##0.00"), (0, "[$-42A]#,##0 ₫"), (2500, DIFFERENCE),
         (100236, "General")],
    ]  # fmt: skip
    return write_formatted(path, HEADER, rows)


TEXT = (
    "Cam on {Tên}, ban duoc giam {Giảm giá} cho don {Mã đơn} {Số tiền}, "
    "le {Tiền lẻ}, thuong {Thưởng}, chenh {Chênh lệch}"
)


def test_check_shows_the_numbers_as_excel_shows_them(tmp_path: Path) -> None:
    path = shop_list(tmp_path / "khach.xlsx")
    report = prepare(path, CampaignSpec("fixed", content=TEXT), Sources(journal=None))
    assert report.messages == {
        2: "Cam on Lan, ban duoc giam 10% cho don 100234 1.500.000 đ, le 1.234,50, "
        "thuong 250.000 ₫, chenh (1.500)",
        3: "Cam on Mai, ban duoc giam 12,5% cho don 100235 2.000.000, le 0,50, "
        "thuong 1.000.000 ₫, chenh -",
        4: "Cam on Hùng, ban duoc giam 5% cho don 100236 99.000 đ, le 1.234.567,89, "
        "thuong 0 ₫, chenh 2.500",
    }
    # The phones read as they always did: a number, whatever its format.
    assert [r.phone for r in report.recipients.ready] == ["0912345678", "0987654321", "0961234567"]
    recipients = report.recipients
    content = parse_content(TEXT, recipients)
    assert content.render_all(recipients.ready)[0] == list(report.messages.values())
    # What the window shows in the list's columns, and in the preview.
    assert recipients.ready[0].values[2:4] == ["10%", "1.500.000 đ"]


def test_the_number_itself_still_counts_where_a_number_is_asked(tmp_path: Path) -> None:
    """A segment compares the number, not its text; the phone reader gets the number."""
    from esms_desktop.recipients.segments import Condition, matching_rows

    recipients = open_recipients(shop_list(tmp_path / "khach.xlsx"))
    index = recipients.mapping.index_of("Số tiền")
    assert index is not None
    assert matching_rows(recipients, [Condition("Số tiền", ">=", "1500000", index)]) == {2, 3}
    assert matching_rows(recipients, [Condition("Số tiền", "~", "1.500.000", index)]) == {2}
    assert recipients.table.shown_numbers == 17  # the phone "0000000000" shown with its 0


def test_a_zalo_number_parameter_gets_the_digits(tmp_path: Path) -> None:
    """Zalo's number parameters take digits only: "1.500.000 đ" would take every row out."""
    path = shop_list(tmp_path / "khach.xlsx")
    recipients = open_recipients(path)
    spec = CampaignSpec(
        "zalo",
        oaid=DEMO_OA_ACTIVE,
        template_id="226012",
        params={
            "customer_name": ParamSource(column="Tên"),
            "order_code": ParamSource(column="Giảm giá"),
            "amount": ParamSource(column="Số tiền"),
        },
    )
    client = demo_client(EsmsSimulator())
    report = run_checks(recipients, spec, account=load_account_for(client, spec), client=client)  # type: ignore[arg-type]
    assert not report.blocked, report.problems
    assert report.zalo_params[2] == ["Lan", "10%", "1500000"]
    assert report.zalo_params[3] == ["Mai", "12,5%", "2000000"]


def test_send_sends_the_numbers_as_excel_shows_them(tmp_path: Path, app_home: Path) -> None:
    rows: list[Cells] = [
        [("Lan", None), ("0961234567", None), (0.1, "0%"), (1500000, "#,##0")],
        [("Mai", None), (912345678, "0000000000"), (0.125, "0.0%"), (1234.5, "#,##0.00")],
    ]
    path = write_formatted(tmp_path / "khach.xlsx", ["Tên", "SĐT", "Giảm", "Tiền"], rows)
    content = "Cam on {Tên}, ban duoc giam {Giảm} cho don {Tiền}"
    sim = EsmsSimulator()
    with SimulatorServer(sim) as server:
        env = {**os.environ, "ESMS_API_URL": server.base_url, "ESMS_API_KEY": DEMO_API_KEY,
               "ESMS_SECRET_KEY": DEMO_SECRET_KEY, "ESMS_DESKTOP_HOME": str(app_home)}  # fmt: skip
        command = ["send", str(path), "--channel", "fixed", "--content", content, "--yes"]
        done = subprocess.run(
            [sys.executable, "-m", "esms_desktop", "--lang", "en", *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    sent = sorted((a.phone, a.content) for a in sim.accepted)
    assert sent == [
        ("0912345678", "Cam on Mai, ban duoc giam 12,5% cho don 1.234,50"),
        ("0961234567", "Cam on Lan, ban duoc giam 10% cho don 1.500.000"),
    ]


@pytest.mark.parametrize(
    ("code", "value", "shown"),
    [
        ("0%", 0.1, "10%"),
        ("0.0%", 0.125, "12,5%"),
        ("0.00%", -0.0005, "-0,05%"),
        ("#,##0", 1500000, "1.500.000"),
        ("#,##0", 1499999.5, "1.500.000"),
        ("#,##0", -1500, "-1.500"),
        ("#,##0.00", 1234.5, "1.234,50"),
        ("#,##0.00", 1.005, "1,01"),
        ("#,##0.00", -0.004, "0,00"),
        ('#,##0 "đ"', 1500000, "1.500.000 đ"),
        ('#,##0\\ "VNĐ"', 1000, "1.000 VNĐ"),
        ("[$-42A]#,##0 ₫", 1500000, "1.500.000 ₫"),
        ("[$₫-42A]#,##0", 250000, "₫250.000"),
        ('"$"#,##0.00', -3.5, "-$3,50"),
        ("[$$-409]#,##0.00", 12, "$12,00"),
        ("#,##0;[Red](#,##0)", -1500, "(1.500)"),
        ("#,##0;[Red]#,##0", -1500, "-1.500"),  # red alone says "minus": the text says it
        ('#,##0;-#,##0;"không"', 0, "không"),
        ("#,##0 ;(#,##0)", -2000, "(2.000)"),
        ('_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', 12345.6, "12.346"),
        ('_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', -12345, "(12.345)"),
        ('_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', 0, "-"),
        ("0.0##", 1.5, "1,5"),
        ("0.0##", 1.23456, "1,235"),
        ("0###-###-###", 912345678, "0912-345-678"),
        ('"KH"0000', 123, "KH0123"),
        ("[Blue]0.0", 2, "2,0"),
        ("*-#,##0", 5, "5"),
    ],
)
def test_a_format_shows_the_number_as_a_vietnamese_excel(
    code: str, value: float, shown: str
) -> None:
    found = compile_format(code)
    assert found is not None and worth_applying(found)
    assert found(float(value)) == shown


@pytest.mark.parametrize(
    "code",
    ["General", "0", "#", "##0", "?", "@", "0.00E+00", "##0.0E+0", "# ?/?", "dd/mm/yyyy",
     "[h]:mm:ss", "[>=1000]#,##0;0", "#,##0,", "0;;0", "General\" đ\"", "[DBNum1]0", '"đ', "0.0" * 600],
)  # fmt: skip
def test_a_format_not_understood_leaves_the_number_as_it_reads(code: str) -> None:
    assert not worth_applying(compile_format(code))


def test_a_number_a_format_cannot_show_reads_as_it_always_did(tmp_path: Path) -> None:
    rows: list[Cells] = [
        [("Lan", None), ("0961234567", None), (1e20, "#,##0"), (12345, "0.00E+00")],
        [("Mai", None), ("0912345678", None), (0, '#,##0;-#,##0;""'), (1.5, "# ?/?")],
    ]
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "A", "B"], rows)
    recipients = open_recipients(path)
    assert [r.values[2:] for r in recipients.rows] == [["1e+20", "12345"], ["0", "1.5"]]
    assert recipients.table.shown_numbers == 2  # wrapped, and shown as they read


def test_a_padding_format_shows_its_zeros_and_the_phone_still_reads(tmp_path: Path) -> None:
    """A phone typed as a number under "0000000000" shows its 0 in the table, as in Excel, and
    an order code under "00000" goes out as "00123"; the number read is the same."""
    rows: list[Cells] = [
        [("Lan", None), (912345678, "0000000000"), (123, "00000")],
        [("Mai", None), (987654321, "0000000000"), (123456, "00000")],
    ]
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "Mã"], rows)
    report = prepare(path, CampaignSpec("fixed", content="Don {Mã} cua {Tên}"), Sources(None))
    assert [r.values for r in report.recipients.rows] == [
        ["Lan", "0912345678", "00123"],
        ["Mai", "0987654321", "123456"],
    ]
    assert [r.phone for r in report.recipients.ready] == ["0912345678", "0987654321"]
    assert report.messages == {2: "Don 00123 cua Lan", 3: "Don 123456 cua Mai"}


def test_a_list_without_such_formats_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates, General and digits-only formats only: the styles are read, not the sheet."""
    import datetime as dt

    rows: list[Cells] = [
        [("Lan", None), (912345678, "#"), (dt.date(2026, 5, 1), "dd/mm/yyyy"),
         (100234, "0"), ("x", "@")],
    ]  # fmt: skip
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "Ngày", "Mã", "Ghi chú"], rows)

    passes: list[object] = []
    monkeypatch.setattr(number_styles, "_wrap", lambda *args: passes.append(args) or 0)
    table = read_table(path)
    assert passes == []  # (a failure raised in there would be taken for an odd file)
    assert table.shown_numbers == 0
    assert open_recipients(path).rows[0].values == ["Lan", "912345678", "01/05/2026", "100234", "x"]


def _with_styles(path: Path, styles: bytes) -> bytes:
    """The .xlsx at ``path`` with its styles part replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = styles if info.filename == "xl/styles.xml" else source.read(info)
            target.writestr(info.filename, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "styles",
    [
        b"",
        b"\x00\xff" * 1000,
        b"<styleSheet><cellXfs count='2'><xf numFmtId='9'/><xf numFmtId='9'/>",  # not closed
        b"<styleSheet><numFmts><numFmt numFmtId='164' formatCode='&#xFFFFFF;&bogus;0%'/>"
        b"</numFmts><cellXfs><xf/><xf numFmtId='164'/></cellXfs></styleSheet>",
        b"<styleSheet>" + b"<cellXfs>" * 20000 + b"<xf numFmtId='9'/>" * 70000 + b"</styleSheet>",
        b"<styleSheet><numFmts><numFmt numFmtId='99999999999999999999' formatCode='0%'/>"
        b"</numFmts><cellXfs><xf numFmtId='x'/><xf numFmtId='99999999999999999999'/>"
        b"</cellXfs></styleSheet>",
    ],
)
def test_odd_styles_leave_the_numbers_as_they_read(tmp_path: Path, styles: bytes) -> None:
    rows: list[Cells] = [[("Lan", None), ("0961234567", None), (0.1, "0%"), (5, "0%")]]
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "A", "B"], rows)
    data = _with_styles(path, styles)
    rows_read: list[list[object]] = [["Tên", "SĐT", "A", "B"], ["Lan", "0961234567", 0.1, 5.0]]
    number_styles.show_number_formats(data, "Sheet", rows_read)  # never raises
    assert rows_read[1][2:] == [0.1, 5.0]  # the numbers themselves unchanged
    assert cell_text(rows_read[1][2]) in ("0.1", "10%")
    assert cell_text(rows_read[1][3]) in ("5", "500%")


def test_a_format_cannot_put_a_lone_surrogate_into_a_message(tmp_path: Path) -> None:
    """``&#xD800;`` in a format's text is no character: it would reach the message, which
    cannot be written in UTF-8 for eSMS (nor printed)."""
    rows: list[Cells] = [[("Lan", None), ("0961234567", None), (5, "0%")]]
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "A"], rows)
    styles = (
        b"<styleSheet><numFmts><numFmt numFmtId='164' formatCode='0\"&#xD800;\"'/>"
        b"</numFmts><cellXfs><xf/><xf numFmtId='164'/></cellXfs></styleSheet>"
    )
    data = _with_styles(path, styles)
    rows_read: list[list[object]] = [["Tên", "SĐT", "A"], ["Lan", "0961234567", 5.0]]
    number_styles.show_number_formats(data, "Sheet", rows_read)
    cell_text(rows_read[1][2]).encode("utf-8")  # never a lone surrogate


def test_the_window_previews_what_is_sent(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The SMS preview shows the numbers as Excel does; the Zalo preview shows a number
    parameter as the check sends it (digits)."""
    from gui_helpers import open_list
    from PySide6.QtCore import Qt

    window = demo_window
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=10_000):
        qtbot.mouseClick(window.account_page.test_button, Qt.MouseButton.LeftButton)
    open_list(qtbot, window, shop_list(tmp_path / "khach.xlsx"))
    message = window.message_page
    window.go(window.MESSAGE)
    message.content_edit.setPlainText("Cam on {Tên}, giam {Giảm giá}, don {Số tiền}")
    message._update_preview()
    assert message.preview.text() == "Cam on Lan, giam 10%, don 1.500.000 đ"
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("zalo"))
    qtbot.waitUntil(lambda: bool(message.zalo_box.param_combos), timeout=10_000)
    message.zalo_box.param_combos["order_code"].setCurrentText("Giảm giá")
    message.zalo_box.param_combos["amount"].setCurrentText("Số tiền")
    message._update_preview()
    shown = message.preview.text()
    assert "order_code = 10%" in shown and "amount = 1500000" in shown, shown


def test_too_many_numbers_to_show_are_all_left_as_they_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the limit of numbers shown (memory), none is: never half the list formatted."""
    rows: list[Cells] = [
        [("Lan", None), (f"09612345{i:02d}", None), (1500000 + i, "#,##0")] for i in range(5)
    ]
    path = write_formatted(tmp_path / "k.xlsx", ["Tên", "SĐT", "Số tiền"], rows)
    monkeypatch.setattr(number_styles, "MAX_SHOWN_CELLS", 5)
    assert [r.values[2] for r in open_recipients(path).rows][:2] == ["1.500.000", "1.500.001"]
    monkeypatch.setattr(number_styles, "MAX_SHOWN_CELLS", 4)
    recipients = open_recipients(path)
    assert recipients.table.shown_numbers == 0
    assert [r.values[2] for r in recipients.rows] == [str(1500000 + i) for i in range(5)]
    assert all(type(r.cells[2]) is float for r in recipients.rows)


def test_a_shown_number_copies_with_its_format() -> None:
    import copy
    import pickle

    from esms_desktop.importing.cells import ShownNumber

    found = compile_format("0%")
    assert found is not None
    number = ShownNumber(0.1, found)
    for copied in (copy.copy(number), copy.deepcopy(number), pickle.loads(pickle.dumps(number))):
        assert type(copied) is ShownNumber and copied == 0.1 and cell_text(copied) == "10%"
