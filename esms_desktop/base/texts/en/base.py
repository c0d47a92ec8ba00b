"""Texts shared by every area."""

TEXTS = {
    "texts.rows_more": " (+{count:n} more)",
}
