"""Why a phone cell cannot be used, as a shop owner would say it, and what to do."""

TEXTS = {
    "phones.empty": "the phone cell is empty",
    "phones.multiple": "two numbers in one cell: put each number on its own row",
    "phones.has_letters": "the phone cell contains letters or odd characters",
    "phones.foreign": "a foreign number: eSMS only sends to Vietnamese numbers",
    "phones.landline": "a landline: it cannot receive text messages",
    "phones.service_number": "a 1800/1900 service number: it cannot receive text messages",
    "phones.unknown_prefix": "the prefix belongs to no mobile carrier",
    "phones.unknown_old_prefix": "an old 11-digit number with a prefix no longer in use",
    "phones.too_short": "too short: digits are missing",
    "phones.too_long": "too long: there are extra digits",
    "phones.lost_digits": (
        "Excel lost the last digits (the number shows like 9.12346E+08): format the phone "
        "column as Text and type the number again"
    ),
    "phones.formula_no_value": (
        "the phone cell is a formula with no saved value: open the file in Excel and save "
        "it, then open it here again"
    ),
    # Short forms, where a row's problem has little room (the Customers table at 1024 px);
    # the whole text is said beside them.
    "phones.empty.short": "No number",
    "phones.multiple.short": "Two numbers in one cell",
    "phones.has_letters.short": "Letters in the number",
    "phones.foreign.short": "Foreign number",
    "phones.landline.short": "A landline",
    "phones.service_number.short": "A service number",
    "phones.unknown_prefix.short": "Unknown prefix",
    "phones.unknown_old_prefix.short": "Old prefix, not in use",
    "phones.too_short.short": "Too short",
    "phones.too_long.short": "Too long",
    "phones.lost_digits.short": "Excel lost digits",
    "phones.formula_no_value.short": "Formula, no value",
}
