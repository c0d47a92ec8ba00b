"""Texts shared by every area."""

TEXTS = {
    "texts.rows_more": " (và {count:n} dòng khác)",
}
