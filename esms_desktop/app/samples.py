"""Sample customer files: the appointment list ("lịch hẹn") whose dates follow today.

A sample of appointments must lie in the future to be sent, so demo mode writes
a fresh copy dated from today; ``resources/samples/lich-hen-mau.xlsx`` is the
same list written on the day it was made (for a look at its columns).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

_NAMES = ("Chị Lan", "Anh Đức", "Chị Hùng", "Cô Mai", "Anh Tuấn", "Chị Hạnh", "Bác Sơn", "Em Vy")
_SERVICES = ("Cắt tóc", "Nhuộm tóc", "Gội đầu dưỡng sinh", "Làm móng", "Uốn tóc")
_PREFIXES = ("096", "097", "098", "090", "093", "091", "094", "032", "086", "088")


def write_appointments(path: Path, today: dt.date, rows: int = 40) -> Path:
    """An appointment list over the next three weeks (and two days already past)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Lịch hẹn"
    ws.append(["Họ tên", "Số điện thoại", "Dịch vụ", "Ngày hẹn", "Ngày sinh"])
    for i in range(rows):
        day = today + dt.timedelta(days=i % 23 - 2)
        at = dt.datetime.combine(day, dt.time(8 + i % 10, 30 if i % 2 else 0))
        born = dt.date(1980 + i % 25, 1 + (today.month + i % 3 - 1) % 12, 1 + i % 28)
        phone = f"{_PREFIXES[i % len(_PREFIXES)]}{(1234567 + i * 7919) % 10**7:07d}"
        ws.append(
            [f"{_NAMES[i % len(_NAMES)]} {i + 1}", phone, _SERVICES[i % len(_SERVICES)], at, born]
        )
        ws.cell(row=i + 2, column=4).number_format = "dd/mm/yyyy hh:mm"
        ws.cell(row=i + 2, column=5).number_format = "dd/mm/yyyy"
    for column, width in zip("ABCDE", (18, 14, 20, 18, 12), strict=True):
        ws.column_dimensions[column].width = width
    wb.save(path)
    return path
