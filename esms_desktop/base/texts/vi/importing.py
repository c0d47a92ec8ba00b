"""Reading a customer file: why a file or a cell cannot be read, and what to do."""

TEXTS = {
    # Why a file as a whole cannot be used (importing.reader, importing.workbook).
    "importing.empty_file": (
        "File trống (0 byte): có thể file chưa được lưu. Mở đúng file, hoặc lưu lại danh sách "
        "trong Excel."
    ),
    "importing.not_a_table": (
        "File này không phải bảng tính hay bảng chữ. Mở bằng Excel rồi lưu lại dạng .xlsx."
    ),
    "importing.workbook_named_as_text": (
        "File này là bảng tính Excel nhưng tên lại có đuôi {suffix}. Đổi đuôi tên file thành "
        "{real} rồi mở lại (hoặc mở bằng Excel và lưu lại dạng .xlsx)."
    ),
    "importing.unsupported_type": (
        "Không mở được loại file {kind}: hãy dùng file Excel (.xlsx, .xls), OpenDocument (.ods) "
        "hoặc CSV."
    ),
    "importing.no_data": "File không có dữ liệu ở trang nào. Hãy chọn file có danh sách khách.",
    "importing.password": (
        "File có đặt mật khẩu. Mở bằng Excel, bỏ mật khẩu (File, Info, Protect Workbook), lưu "
        "lại rồi mở lại ở đây."
    ),
    "importing.no_such_sheet": "File không có trang tên '{sheet}'. Các trang trong file: {sheets}.",
    "importing.sheet_empty": "Trang '{sheet}' trống. Hãy chọn trang có danh sách khách.",
    "importing.damaged": (
        "File bị hỏng hoặc không phải bảng tính. Mở bằng Excel, lưu lại dạng .xlsx rồi mở file "
        "mới đó."
    ),
    "importing.header_only": (
        "Không có khách nào dưới dòng tiêu đề (dòng {row} của trang '{sheet}'). Thêm khách vào "
        "dưới dòng tiêu đề, hoặc chọn trang có danh sách khách."
    ),
    # Reaching the file on disk (importing.file_access).
    "importing.path_too_long": (
        "Đường dẫn tới file quá dài để máy mở được. Chép file ra một thư mục ngắn hơn "
        "(ví dụ Màn hình nền) hoặc đặt lại tên file ngắn hơn, rồi mở lại."
    ),
    "importing.file_locked": (
        "File đang bị một chương trình khác (thường là Excel) giữ. Đóng file trong chương "
        "trình đó rồi mở lại."
    ),
    "importing.not_allowed": (
        "Ứng dụng không có quyền đọc file này. Nếu file đang mở trong Excel thì đóng lại; "
        "nếu không, chép file ra Màn hình nền rồi mở bản chép."
    ),
    "importing.file_missing": (
        "Không tìm thấy file (có thể đã bị đổi tên, xóa, hoặc ổ USB/ổ mạng đã bị rút). "
        "Chọn lại file."
    ),
    "importing.file_missing@command": (
        "Không tìm thấy file (có thể đã bị đổi tên, xóa, hoặc ổ USB/ổ mạng đã bị rút). "
        "Kiểm tra lại đường dẫn trong lệnh."
    ),
    "importing.bad_name": (
        'Tên file hoặc thư mục có ký tự máy không chấp nhận (như : ? * " < > |). Đặt lại '
        "tên cho đơn giản rồi mở lại."
    ),
    "importing.is_folder": "Đây là thư mục, không phải file.",
    "importing.device_failed": (
        "Máy không đọc được file từ ổ đĩa hoặc thiết bị chứa nó (ổ USB bị rút, ổ mạng mất "
        "kết nối, đĩa hỏng?). Chép file vào máy rồi mở bản chép."
    ),
    "importing.invalid_name": "Tên file có ký tự không hợp lệ. Đặt lại tên file rồi mở lại.",
    "importing.folder_chosen": (
        "Đây là một thư mục, không phải file. Mở thư mục đó và chọn file danh sách khách.{inside}"
    ),
    "importing.folder_chosen@command": (
        "Đây là một thư mục, không phải file. Trong lệnh, hãy ghi file danh sách khách nằm "
        "trong thư mục đó (file Excel hoặc CSV): đường dẫn thư mục rồi tên file.{inside}"
    ),
    "importing.folder_lists": " Trong thư mục có: {files}.",
    "importing.folder_lists_more": " Trong thư mục có: {files} (tổng cộng {count} file).",
    "importing.folder_no_list": " Trong thư mục không có file Excel hay CSV nào.",
    "importing.not_regular": (
        "Đây không phải một file thông thường (mà là thiết bị hoặc đường ống). Chọn file "
        "danh sách khách hàng (.xlsx, .xls, .ods, .csv)."
    ),
    "importing.changed_while_read": (
        "File đã thay đổi trong lúc đang đọc (vừa được lưu lại hoặc chép đè). Đợi chương "
        "trình kia lưu xong rồi mở lại file."
    ),
    # What a file may cost (importing.limits, importing.isolated).
    "importing.file_too_large": (
        "File quá lớn ({mb} MB; tối đa {most} MB). Chép riêng các cột và dòng cần gửi "
        "sang một file mới rồi mở file đó."
    ),
    "importing.unpacked_too_large": (
        "Khi mở ra, file chứa {mb} MB dữ liệu (tối đa {most} MB). Chép riêng các cột "
        "và dòng cần gửi sang một file mới rồi mở file đó."
    ),
    "importing.zip_bomb": (
        'File được làm ra để làm đầy bộ nhớ máy ("zip bomb") nên không được mở. '
        "Đừng mở file này; hãy xin lại danh sách khách từ nguồn tin cậy."
    ),
    "importing.shared_text_too_large": (
        "Các ô của file lặp lại những đoạn chữ dài, tổng cộng {mb} MB khi mở ra (tối đa "
        "{most} MB). Chép riêng các cột cần gửi sang một file mới rồi mở file đó."
    ),
    "importing.range_too_large": (
        "Một trang tính kéo tới dòng {rows:n} và cột {columns:n}, "
        "quá mức ứng dụng đọc được (tối đa {max_rows:n} dòng, {max_columns:n} cột, "
        "{max_cells:n} ô). Thường do một ô lạc nằm xa bên dưới hoặc bên phải danh "
        "sách: xóa các dòng, cột trống sau danh sách, hoặc chép danh sách sang file mới."
    ),
    "importing.read_too_slow": "đọc quá lâu",
    "importing.reader_stopped": "trình đọc bảng tính bị dừng",
    "importing.read_in_child_failed": (
        "Không đọc được file ({why}). File có thể bị hỏng hoặc bên trong lớn hơn nhiều "
        "so với vẻ ngoài. Mở bằng Excel rồi lưu bản sao dạng .xlsx hoặc CSV."
    ),
    # CSV and text files (importing.text_files).
    "importing.csv_field_too_long": "Một ô ở dòng {line} quá dài (hơn {most:n} ký tự)",
    "importing.csv_quote_never_closed": (
        'Dấu ngoặc kép (") mở ở dòng {line} không bao giờ được đóng'
    ),
    "importing.csv_quote_misplaced": (
        'Dòng {line} có dấu ngoặc kép (") ở chỗ file CSV không cho phép'
    ),
    "importing.csv_bad_line": (
        "{problem}, nên có thể mất hoặc lẫn khách hàng. Mở file bằng Excel hoặc trình soạn thảo, "
        "sửa dòng đó rồi lưu lại."
    ),
    "importing.csv_quote_spans_rows": (
        'Dấu ngoặc kép (") ở dòng {line} không được đóng đúng chỗ, nên các dòng sau '
        "nó bị đọc thành một ô và mất các khách đó. Xóa dấu ngoặc thừa (hoặc đóng lại) "
        "rồi lưu file."
    ),
    # Dates in cells (importing.dates).
    "importing.date_empty": "ô ngày trống",
    "importing.date_unreadable": (
        "không đọc được ngày: gõ theo dạng ngày/tháng/năm, ví dụ 28/11/2026"
    ),
    "importing.date_impossible": "ngày không có thật (ví dụ 31/02): kiểm tra lại ngày đã gõ",
    "importing.date_number": (
        "ô chứa một con số, không phải ngày: định dạng cột là Ngày (Date) rồi gõ lại"
    ),
    "importing.date_no_year": "ngày thiếu năm: lịch hẹn cần đủ ngày/tháng/năm",
    "importing.date_ambiguous": (
        "ngày có vẻ được gõ tháng trước (11/28/2026): gõ theo dạng ngày/tháng/năm (28/11/2026)"
    ),
    # Text in an old encoding (importing.legacy_text).
    "importing.legacy_converted": "Đã chuyển {cells:n} ô từ bảng mã {name} sang Unicode.",
    "importing.legacy_found": (
        "File có vẻ lưu bằng bảng mã cũ {name}: tên sẽ bị lỗi font khi gửi, nên các dòng "
        "có tin dùng những ô đó bị giữ lại. Chạy lại với {flag} auto để chuyển đổi "
        "({flag} vni, tcvn3 hoặc mojibake để chọn bảng mã). Ví dụ:"
    ),
    "importing.legacy_example": '  "{before}" -> "{after}"',
    "importing.encoding_mojibake": "UTF-8 bị đọc nhầm thành Windows-1252",
}
