"""Who a campaign is for: segments (conditions on the list's columns) and consent."""

TEXTS = {
    # Conditions of a segment (recipients.segments).
    "recipients.filter_unreadable": (
        "Cannot read the filter {text!r}: write COLUMN, an operator and a VALUE, for "
        'example "Nhóm=VIP" or "Ngày mua cuối<-90d". Operators: = != ~ < <= > >='
    ),
    "recipients.filter_not_comparable": (
        "The filter {text!r}: {op} compares numbers or dates only, and {value!r} is "
        "neither. For example: 500000, 31/12/2025, -90d (90 days ago)."
    ),
    "recipients.filter_contains_nothing": (
        "The filter {text!r}: ~ (contains) needs some text to look for."
    ),
    "recipients.no_such_column": "The file has no column {column!r}.{hint} Its columns: {columns}",
    "recipients.did_you_mean": " Did you mean: {names}?",
    # How consent to advertising was judged (recipients.consent), for the report.
    "recipients.consent_from_column": "consent read from the column {name!r}",
    "recipients.consent_assumed": (
        "no consent column; the sender confirmed every customer consented"
    ),
    "recipients.consent_no_column": "no consent column; sent after the warning",
    "recipients.no_phone_column": "The sheet '{sheet}' has no column '{column}'.{hint}",
    "recipients.garbled_names_hint": " The file seems to be in an old encoding ({name}), so its "
    "column names may be garbled: add --convert-text auto.",
}
