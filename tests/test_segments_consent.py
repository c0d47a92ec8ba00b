"""Segments (``--where``) and consent to advertising (Law 91/2025): core and command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from engine_helpers import daytime, daytime_offset
from files import write_text, write_xlsx
from spoken import en, on_command_line, vi

from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.checks import run_checks
from esms_desktop.cli.main import main
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.consent import consent_column, gives_consent
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.recipients.segments import SegmentError, matching_rows, parse_condition

TODAY = dt.datetime.now(VIETNAM).date()
QC = "[QC] Shop Hoa giam 20% tuan nay. Tu choi: TC gui 8xxx"
HEADER = ["Họ và tên", "Số điện thoại", "Nhóm", "Ngày mua cuối", "Đồng ý nhận quảng cáo", "Chi"]


def _group(i: int) -> str:
    return ["VIP", "Thường", "vip ", "Mới"][i % 4]


def _days(i: int) -> int:
    return (i * 7) % 300


def _consent(i: int) -> object:
    return ["Có", "", "x", "không", dt.datetime(2026, 1, 5)][i % 5]


def two_hundred(tmp_path: Path, consent: bool = True) -> Path:
    rows: list[list[object]] = [HEADER if consent else HEADER[:4] + HEADER[5:]]
    for i in range(200):
        day = dt.datetime.combine(TODAY - dt.timedelta(days=_days(i)), dt.time())
        row: list[object] = [f"Khách {i}", f"09{i:08d}", _group(i), day, _consent(i), i * 1000]
        rows.append(row if consent else row[:4] + row[5:])
    return write_xlsx(tmp_path / "kh200.xlsx", rows)


IN_SEGMENT = [i for i in range(200) if i % 4 in (0, 2) and _days(i) > 90]
CONSENTED = [i for i in IN_SEGMENT if i % 5 in (0, 2, 4)]
WHERE = ["--where", "Nhóm=VIP", "--where", "Ngày mua cuối<-90d"]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:  # advertising hours, whenever the tests run
        patch.setenv(CLOCK_OFFSET_ENV, repr(daytime_offset()))
        code = main(["--demo", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---------------------------------------------------------------------- core


def test_conditions_compare_numbers_dates_and_text(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "k.csv",
        [
            ["SĐT", "Nhóm", "Ngày", "Chi tiêu", "Chi nhánh"],
            ["0961000001", "VIP", "05/03/2025", "1.500.000", "Hà Nội"],
            ["0961000002", "Thường", "2025-12-01", "900000", "Hồ Chí Minh"],
            ["0961000003", "vip", "45000", "20000", "HA NOI 2"],  # 45000: an Excel date
            ["0961000004", "", "", "", ""],
        ],
    )
    rows = open_recipients(path)
    cols = rows.columns

    def hit(text: str) -> list[int]:
        return sorted(matching_rows(rows, [parse_condition(text, cols)], TODAY))

    assert hit("Nhóm=VIP") == [2, 4]
    assert hit('Nhóm="VIP"') == hit("Nhóm='vip'") == hit("Nhóm = “VIP”") == [2, 4]
    assert hit("Nhóm!=VIP") == [3, 5]
    assert hit("Chi tiêu>=900000") == [2, 3]  # 1.500.000 is a number, not text
    assert hit("Chi tiêu<100000") == [4]
    assert hit("Chi nhánh~ha noi") == [2, 4]  # no case, no diacritics
    assert hit("Ngày<01/06/2025") == [2, 4]  # 45000 = 15/03/2023
    assert hit("Ngày>=2025-12-01") == [3]
    assert hit("ngay<-1d") == [2, 3, 4]  # the header loosely; -1d = yesterday


def test_relative_days_count_from_today_in_vietnam() -> None:
    from esms_desktop.recipients.segments import _operand

    assert _operand("-90d", TODAY) == TODAY - dt.timedelta(days=90)
    assert _operand("+7d", TODAY) == TODAY + dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nhom VIP", "Cannot read the filter"),
        ("Nhóm>VIP", "numbers or dates only"),
        ("Ngay mua cuoi x<-90d", "Did you mean: Ngày mua cuối"),
        ("Email=a", "Its columns"),
    ],
)
def test_bad_conditions_say_what_to_do(text: str, words: str) -> None:
    with pytest.raises(SegmentError) as caught:
        parse_condition(text, ["SĐT", "Nhóm", "Ngày mua cuối"])
    assert words in en(caught.value)
    assert vi(caught.value) and vi(caught.value) != en(caught.value)


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("Đồng ý nhận quảng cáo", True),
        ("Dong y nhan quang cao", True),
        ("Đồng ý QC", True),
        ("DONG Y QC", True),
        ("Consent", True),
        ("Marketing consent", True),
        ("Đồng ý nhận tin", True),
        ("Opt-in", True),
        ("Ghi chú", False),
        ("Nhóm", False),
        ("Không đồng ý nhận quảng cáo", False),  # a refusal column: its "x" means no
        ("Từ chối QC", False),
        ("Marketing opt-out", False),
        ("Hủy đồng ý QC", False),
    ],
)
def test_consent_column_by_header(header: str, found: bool) -> None:
    assert (consent_column(["SĐT", "Tên", header]) == 2) is found


@pytest.mark.parametrize(
    "cell", ["Có", "co", "x", "X", "1", 1, "yes", "Đồng ý", "đã đồng ý", "TRUE", True,
             "05/01/2026", dt.datetime(2026, 1, 5), 46027.0]
)  # fmt: skip
def test_clear_yes(cell: object) -> None:
    assert gives_consent(cell)


@pytest.mark.parametrize(
    "cell", [None, "", "không", "Không đồng ý", "no", "0", 0, "FALSE", False, "?", "hỏi lại"]
)
def test_not_a_clear_yes(cell: object) -> None:
    assert not gives_consent(cell)


def test_consent_holds_back_rows_and_records_the_rule(tmp_path: Path) -> None:
    rows = open_recipients(two_hundred(tmp_path))
    report = run_checks(rows, CampaignSpec("qc", QC, brandname="SHOPHOA_QC"))
    held = sorted(r for r, code in report.excluded.items() if code == "consent")
    assert held == [i + 2 for i in range(200) if i % 5 in (1, 3)]
    assert report.consent_rule == "column:Đồng ý nhận quảng cáo"
    assert len(report.sendable) == 120
    problem = next(p for p in report.problems if p.code == "consent")
    assert "No consent recorded (Law 91/2025)" in en(problem) and "Luật 91/2025" in vi(problem)
    # Customer care needs no advertising consent: nothing held back.
    care = run_checks(rows, CampaignSpec("fixed", "Don hang cua ban da giao"))
    assert "consent" not in care.excluded.values() and care.consent_rule == ""


def test_no_consent_column_warns_and_does_not_block(tmp_path: Path) -> None:
    rows = open_recipients(two_hundred(tmp_path, consent=False))
    report = run_checks(rows, CampaignSpec("qc", QC, brandname="SHOPHOA_QC"), now=daytime())
    warning = next(p for p in report.problems if p.code == "consent_column")
    assert warning.severity.value == "warning" and "Law 91/2025" in en(warning)
    assert "--assume-consent" in on_command_line(warning) and not report.blocked
    assert "--assume-consent" not in en(warning) and "Message page" in en(warning)
    assert len(report.sendable) == 200 and report.consent_rule == "none"
    assumed = run_checks(rows, CampaignSpec("qc", QC, brandname="SHOPHOA_QC", assume_consent=True))
    assert all(p.code != "consent_column" for p in assumed.problems)
    assert assumed.consent_rule == "assumed"


# ---------------------------------------------------------------------- command line


def test_check_where_counts_exactly_the_matching_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = two_hundred(tmp_path)
    code, out, err = cli(
        capsys, "check", str(path), "--channel", "fixed", "--content", "Chao {Họ và tên}",
        *WHERE, "--json", "--lang", "en",
    )  # fmt: skip
    assert code == 0 and "Traceback" not in err
    data = json.loads(out)
    assert data["in_segment"] == len(IN_SEGMENT) == 67
    assert data["not_in_segment"] == 200 - 67
    assert data["sendable"] == 67
    ready = {r["row"] for r in data["ready"]}
    assert len(ready) == 200  # every row is still accounted for
    segment = next(p for p in data["problems"] if p["code"] == "segment")
    assert segment["severity"] == "rows" and len(segment["rows"]) == 133
    assert sorted(set(range(2, 202)) - set(segment["rows"])) == [i + 2 for i in IN_SEGMENT]


def test_send_where_sends_only_to_the_segment_with_consent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_home: Path
) -> None:
    path = two_hundred(tmp_path)
    code, out, err = cli(
        capsys, "send", str(path), "--channel", "qc", "--brandname", "SHOPHOA_QC",
        "--content", QC, *WHERE, "--yes", "--lang", "en",
    )  # fmt: skip
    assert code == 0, out + err
    assert "rows held back" in out and "not in this segment" in out
    with Journal(demo=True) as journal:
        (campaign,) = journal.campaigns()
        sent = [m for m in journal.messages(campaign.id) if not m.excluded_code]
        spec = json.loads(campaign.spec_json)
    assert sorted(m.row for m in sent) == [i + 2 for i in CONSENTED]
    assert spec["where"] == ["Nhóm=VIP", "Ngày mua cuối<-90d"]
    assert spec["consent_rule"] == "column:Đồng ý nhận quảng cáo"


def test_check_json_counts_consent_and_assume_consent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = two_hundred(tmp_path)
    args = ["check", str(path), "--channel", "qc", "--brandname", "SHOPHOA_QC", "--content", QC]
    _, out, _ = cli(capsys, *args, "--json")
    data = json.loads(out)
    assert data["held_back_consent"] == 80 and data["consent_rule"].startswith("column:")
    bare = two_hundred(tmp_path / "..", consent=False)
    args[1] = str(bare)
    code, out, _ = cli(capsys, *args, "--lang", "en")
    assert "[!] consent_column" in out and "Law 91/2025" in out
    code, out, _ = cli(capsys, *args, "--lang", "en", "--assume-consent")
    assert code == 0 and "consent_column" not in out
    assert "the sender confirmed every customer consented" in out


def test_bad_where_is_a_plain_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = two_hundred(tmp_path)
    code, out, err = cli(
        capsys, "check", str(path), "--channel", "fixed", "--content", "x",
        "--where", "Nhom mua=VIP", "--lang", "en",
    )  # fmt: skip
    assert code == 1
    assert "The file has no column 'Nhom mua'. Did you mean: Nhóm" in out
    assert "Traceback" not in out + err


def test_a_customer_whose_later_row_is_in_the_segment_is_sent_to_once(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "d.csv",
        [
            ["SĐT", "Nhóm"],
            ["0961000001", "Thường"],
            ["0961000002", "VIP"],
            ["0961000001", "VIP"],  # the same customer, now VIP
            ["0961000003", "Thường"],
        ],
    )
    report = run_checks(open_recipients(path), CampaignSpec("fixed", "x", where=("Nhóm=VIP",)))
    assert sorted(r.row for r in report.sendable) == [2, 3]
    assert report.excluded[5] == "segment" and report.in_segment == 2
