"""The message: each customer's own send time, and the values of a ZNS template."""

TEXTS = {
    # How a row's date becomes its send time (message.send_times).
    "message.remind_yearly": "on the day of '{column}', every year, at {at}",
    "message.remind_day_before": "1 day before '{column}', at {at}",
    "message.remind_days_before": "{days:|day|days} before '{column}', at {at}",
    # A value for a ZNS template's parameter (message.zns_values).
    "message.zns_value_empty": (
        "{source}: the cell is empty, but the ZNS template needs a value for {name}. "
        "Fill it in or leave the row out."
    ),
    "message.zns_value_too_short": (
        "{source}: the value for {name} is shorter than {least:|character|characters}, which "
        "eSMS refuses. Complete it."
    ),
    "message.zns_value_too_long": (
        "{source}: the value for {name} is longer than {limit:|character|characters}, which eSMS "
        "refuses. Shorten it."
    ),
    "message.zns_value_not_number": (
        "{source}: {name} takes digits 0-9 only (at most {most}), no dots, "
        "commas or letters. Change the cell to digits only."
    ),
    "message.zns_value_not_date": (
        "{source}: {name} must be a date as day/month/year (e.g. 05/03/2026). Change "
        "the cell to a valid date."
    ),
    "message.zns_value_not_url": (
        "{source}: {name} must be a link starting with https:// (or http://). Write the whole "
        "address in the cell, for example https://shop.vn/page."
    ),
    "message.not_a_date_time": "'{text}' is not a real date and time: write YEAR-MONTH-DAY "
    "HOUR:MINUTE, for example 2026-12-24 09:00.",
    "message.not_a_time": "'{text}' is not a time of day: write HOUR:MINUTE, for example 09:00.",
    "message.days_or_yearly": "Choose one: some days before the date, or every year.",
    "message.days_before_range": "The days before must be between 0 and 365.",
    # Short forms of a ZNS value's problem, for a narrow column (see checks.*.short).
    "message.zns_value_empty.short": "{name} is empty",
    "message.zns_value_too_long.short": "{name} too long",
    "message.zns_value_not_number.short": "{name} not a number",
    "message.zns_value_not_date.short": "{name} not a date",
    "message.zns_value_too_short.short": "{name} too short",
    "message.zns_value_not_url.short": "{name} not a link",
}
