"""Words the app recognises in what people type, Vietnamese among them.

Data, not words the app says: they are read in cells and options, never shown,
so they are kept here rather than in the text catalogues (``base.texts``).
"""

from __future__ import annotations

#: Between two numbers in one phone cell ("0912345678 hoặc 0987654321").
OR_AND = ("hoặc", "hoac", "or", "và", "va")
#: After a count of days in a segment's value ("-90 ngày", "-90d").
DAYS = ("d", "ngày", "ngay", "days", "day")
#: After an amount ("500.000đ", "500000 VND").
DONG = ("vnd", "vnđ", "đ")
#: In the last line of an advertising message, saying how to stop receiving it.
OPT_OUT = ("tu choi", "từ chối", "huy", "hủy", "stop", "opt")
