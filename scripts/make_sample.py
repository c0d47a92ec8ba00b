"""Write resources/samples/khach-hang-mau.xlsx, the sample customer list.

    uv run python scripts/make_sample.py

A florist's list as such lists really look: a title row, a header in
Vietnamese, numbers typed every way, an old 11-digit number, a duplicate, a
landline, two numbers in one cell, and customers on carriers the demo
brandname has no template for.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

ROWS: list[tuple[str, object, str, str]] = [
    ("Nguyễn Thị Lan", "0961234567", "DH1001", "Hoa hồng đỏ"),
    ("Trần Văn Nam", 912345678, "DH1002", "Lan hồ điệp"),
    ("Lê Thị Hương", "+84 90 123 4567", "DH1003", ""),
    ("Phạm Minh Tuấn", "0983 456 789", "DH1004", "Giao buổi sáng"),
    ("Hoàng Thu Trang", "01663456789", "DH1005", "Số cũ 11 chữ số"),
    ("Vũ Đức Anh", "0934.567.890", "DH1006", ""),
    ("Đặng Ngọc Mai", "0921234567", "DH1007", "Vietnamobile"),
    ("Bùi Quang Huy", "0961234567", "DH1008", "Trùng số với chị Lan"),
    ("Đỗ Thị Hà", "028 3823 4567", "DH1009", "Số bàn"),
    ("Ngô Văn Long", "0977 111 222 / 0988 333 444", "DH1010", "Hai số"),
    ("Dương Thị Yến", "0865432109", "DH1011", ""),
    ("Lý Minh Khoa", "(091) 876-5432", "DH1012", ""),
    ("Phan Thị Thảo", "0356789012", "DH1013", ""),
    ("Trịnh Văn Phúc", "chưa có", "DH1014", "Chưa xin số"),
    ("Mai Thị Ngọc", "0707654321", "DH1015", ""),
    ("Cao Văn Sơn", "0888123456", "DH1016", ""),
    ("Tạ Thị Hồng", "0993456789", "DH1017", "Gmobile"),
    ("Lâm Quốc Bảo", "0945678123", "DH1018", ""),
    ("Hồ Thị Kim", "0398765432", "DH1019", ""),
    ("Châu Văn Đạt", "0812345678", "DH1020", ""),
    ("Kiều Thị Vân", "0912340099", "DH1021", "Đã từ chối nhận tin"),
    ("Quách Minh Nhật", "0976 543 210", "DH1022", ""),
]


def main() -> None:
    path = Path(__file__).resolve().parents[1] / "resources" / "samples" / "khach-hang-mau.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Khách hàng"
    ws.append(["DANH SÁCH KHÁCH HÀNG - SHOP HOA DEMO (tháng 11/2026)"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["STT", "Họ và tên", "Số điện thoại", "Mã đơn", "Ghi chú"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for i, (name, phone, order, note) in enumerate(ROWS, start=1):
        ws.append([i, name, phone, order, note])
    for column, width in zip("ABCDE", (6, 22, 28, 10, 24), strict=True):
        ws.column_dimensions[column].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    print(path)


if __name__ == "__main__":
    main()
