"""Names of the kinds of message (``message.spec.Channel``), in the three places they stand."""

TEXTS = {
    # Its name, alone (the history's column).
    "channels.cskh": "SMS chăm sóc khách hàng",
    "channels.qc": "SMS quảng cáo",
    "channels.fixed": "SMS đầu số cố định",
    "channels.zalo": "Zalo",
    "channels.zalo-sms": "Zalo, SMS nếu không có Zalo",
    # In the list the user picks a kind of message from.
    "channels.short.cskh": "CSKH",
    "channels.short.qc": "Quảng cáo",
    "channels.short.fixed": "Số cố định",
    "channels.short.zalo": "Zalo",
    "channels.short.zalo-sms": "Zalo hoặc SMS",
    "channels.choice.cskh": "SMS chăm sóc khách hàng",
    "channels.choice.qc": "SMS quảng cáo",
    "channels.choice.fixed": "SMS đầu số cố định (rẻ nhất)",
    "channels.choice.zalo": "Tin Zalo (ZNS)",
    "channels.choice.zalo-sms": "Zalo, hoặc SMS khi không gửi được Zalo",
    # After a number, in a sentence ("1.234 SMS quảng cáo").
    "channels.counted.cskh": "SMS chăm sóc khách hàng",
    "channels.counted.qc": "SMS quảng cáo",
    "channels.counted.fixed": "SMS đầu số cố định",
    "channels.counted.zalo": "tin Zalo",
    "channels.counted.zalo-sms": "tin Zalo (SMS nếu không có Zalo)",
}
