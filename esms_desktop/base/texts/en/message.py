"""The message: each customer's own send time, and the values of a ZNS template."""

TEXTS = {
    # How a row's date becomes its send time (message.send_times).
    "message.remind_yearly": "on the day of '{column}', every year, at {at}",
    "message.remind_day_before": "1 day before '{column}', at {at}",
    "message.remind_days_before": "{days} days before '{column}', at {at}",
    # A value for a ZNS template's parameter (message.zns_values).
    "message.zns_value_empty": (
        "{source}: the cell is empty, but the ZNS template needs a value for {name}. "
        "Fill it in or leave the row out."
    ),
    "message.zns_value_too_long": (
        "{source}: the value for {name} is longer than {limit} characters, which eSMS "
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
    "message.zns_value_not_url": "{source}: {name} must be a link starting with https:// (or http://).",
}
