"""The message: each customer's own send time, and the values of a ZNS template."""

TEXTS = {
    # How a row's date becomes its send time (message.send_times).
    "message.remind_yearly": "đúng ngày trong cột '{column}' hằng năm, lúc {at}",
    "message.remind_day_before": "1 ngày trước ngày trong cột '{column}', lúc {at}",
    "message.remind_days_before": "{days} ngày trước ngày trong cột '{column}', lúc {at}",
    # A value for a ZNS template's parameter (message.zns_values).
    "message.zns_value_empty": (
        "{source}: ô trống, nhưng mẫu ZNS cần giá trị cho {name}. Điền ô đó hoặc bỏ dòng."
    ),
    "message.zns_value_too_short": (
        "{source}: giá trị cho {name} ngắn hơn {least} ký tự, eSMS sẽ báo sai mẫu. "
        "Điền đủ nội dung ô."
    ),
    "message.zns_value_too_long": (
        "{source}: giá trị cho {name} dài quá {limit} ký tự, eSMS sẽ báo sai mẫu. "
        "Rút ngắn nội dung ô."
    ),
    "message.zns_value_not_number": (
        "{source}: {name} chỉ nhận chữ số 0-9 (tối đa {most} số), không "
        "dấu chấm, phẩy hay chữ. Sửa ô thành chỉ có số."
    ),
    "message.zns_value_not_date": (
        "{source}: {name} phải là ngày dạng ngày/tháng/năm (vd 05/03/2026). Sửa ô "
        "thành một ngày hợp lệ."
    ),
    "message.zns_value_not_url": (
        "{source}: {name} phải là một đường link bắt đầu bằng https:// (hoặc http://). Ghi "
        "đủ địa chỉ vào ô, ví dụ https://shop.vn/trang."
    ),
    "message.not_a_date_time": "'{text}' không phải ngày giờ có thật: viết dạng NĂM-THÁNG-NGÀY "
    "GIỜ:PHÚT, ví dụ 2026-12-24 09:00.",
    "message.not_a_time": "'{text}' không phải giờ trong ngày: viết dạng GIỜ:PHÚT, ví dụ 09:00.",
    "message.days_or_yearly": "Chọn một trong hai: gửi trước ngày hẹn vài ngày, hoặc gửi hằng năm.",
    "message.days_before_range": "Số ngày gửi trước phải từ 0 đến 365.",
    # Dạng ngắn cho một cột hẹp (xem checks.*.short).
    "message.zns_value_empty.short": "Thiếu {name}",
    "message.zns_value_too_long.short": "{name} quá dài",
    "message.zns_value_not_number.short": "{name} không phải số",
    "message.zns_value_not_date.short": "{name} không phải ngày",
    "message.zns_value_too_short.short": "{name} quá ngắn",
    "message.zns_value_not_url.short": "{name} không phải link",
}
