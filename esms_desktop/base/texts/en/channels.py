"""Names of the kinds of message (``message.spec.Channel``), in the three places they stand."""

TEXTS = {
    # Its name, alone (the history's column).
    "channels.cskh": "Customer care SMS",
    "channels.qc": "Advertising SMS",
    "channels.fixed": "Fixed-number SMS",
    "channels.zalo": "Zalo",
    "channels.zalo-sms": "Zalo, SMS if no Zalo",
    # In the list the user picks a kind of message from.
    "channels.short.cskh": "Customer care",
    "channels.short.qc": "Advertising",
    "channels.short.fixed": "Fixed number",
    "channels.short.zalo": "Zalo",
    "channels.short.zalo-sms": "Zalo or SMS",
    "channels.choice.cskh": "Customer care SMS",
    "channels.choice.qc": "Advertising SMS",
    "channels.choice.fixed": "Fixed-number SMS (cheapest)",
    "channels.choice.zalo": "Zalo message (ZNS)",
    "channels.choice.zalo-sms": "Zalo, or SMS when Zalo cannot deliver",
    # After a number, in a sentence ("1,234 advertising SMS").
    "channels.counted.cskh": "customer care SMS",
    "channels.counted.qc": "advertising SMS",
    "channels.counted.fixed": "fixed-number SMS",
    "channels.counted.zalo": "Zalo messages",
    "channels.counted.zalo-sms": "Zalo messages (SMS if no Zalo)",
}
