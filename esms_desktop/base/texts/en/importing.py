"""Reading a customer file: why a file or a cell cannot be read, and what to do."""

TEXTS = {
    # Why a file as a whole cannot be used (importing.reader, importing.workbook).
    "importing.empty_file": (
        "The file is empty (0 bytes): it may not have been saved. Open the right file, or "
        "save the list again in Excel."
    ),
    "importing.not_a_table": (
        "The file is not a spreadsheet or a text table. Open it in Excel and save it as .xlsx."
    ),
    "importing.workbook_named_as_text": (
        "The file is an Excel workbook, though its name ends in {suffix}. Rename it to end in "
        "{real} and open it again (or open it in Excel and save it as .xlsx)."
    ),
    "importing.unsupported_type": (
        "Files of type {kind} cannot be opened: use an Excel (.xlsx, .xls), OpenDocument (.ods) "
        "or CSV file."
    ),
    "importing.no_data": "The file holds no data in any sheet. Choose the file with the customers.",
    "importing.password": (
        "The file is protected with a password. Open it in Excel, remove the password "
        "(File, Info, Protect Workbook), save it, then open it here again."
    ),
    "importing.no_such_sheet": "The file has no sheet named '{sheet}'. Its sheets: {sheets}.",
    "importing.sheet_empty": "The sheet '{sheet}' is empty. Choose the sheet with the customers.",
    "importing.damaged": (
        "The file is damaged or is not a spreadsheet. Open it in Excel and save it again as "
        ".xlsx, then open the new file."
    ),
    "importing.header_only": (
        "There are no customers under the header (row {row} of sheet '{sheet}'). Add the "
        "customers below the header, or choose the sheet that has them."
    ),
    # Reaching the file on disk (importing.file_access).
    "importing.path_too_long": (
        "The path to the file is too long for the system to open it. Copy the file to a "
        "shorter folder (the Desktop, say) or give it a shorter name, then open it again."
    ),
    "importing.file_locked": (
        "Another program (usually Excel) holds the file open. Close it there, then open it again."
    ),
    "importing.not_allowed": (
        "The app is not allowed to read this file. If it is open in Excel, close it; "
        "otherwise copy it to the Desktop and open the copy."
    ),
    "importing.file_missing": (
        "The file cannot be found (it may have been renamed or deleted, or the USB stick "
        "or network drive is gone). Choose the file again."
    ),
    "importing.file_missing@command": (
        "The file cannot be found (it may have been renamed or deleted, or the USB stick "
        "or network drive is gone). Check the path in the command."
    ),
    "importing.bad_name": (
        "The file or folder name holds characters the system does not accept (such as "
        ': ? * " < > |). Give it a simpler name, then open it again.'
    ),
    "importing.is_folder": "This is a folder, not a file.",
    "importing.device_failed": (
        "The system could not read the file from its disk or device (a USB stick pulled "
        "out, a network drive gone, a damaged disk?). Copy the file onto the computer and "
        "open the copy."
    ),
    "importing.invalid_name": (
        "The file name holds an invalid character. Rename the file, then open it again."
    ),
    "importing.folder_chosen": (
        "This is a folder, not a file. Open the folder and choose the customer list in it.{inside}"
    ),
    "importing.folder_chosen@command": (
        "This is a folder, not a file. Give the customer list inside it (an Excel or CSV "
        "file) in the command: the folder's path, then the file's name.{inside}"
    ),
    "importing.folder_lists": " In it: {files}.",
    "importing.folder_lists_more": " In it: {files} ({count} in all).",
    "importing.folder_no_list": " It holds no Excel or CSV file.",
    "importing.not_regular": (
        "This is not an ordinary file (it is a device or a pipe). Choose the customer "
        "list file (.xlsx, .xls, .ods, .csv)."
    ),
    "importing.changed_while_read": (
        "The file changed while it was being read (saved again or copied over). Wait until "
        "the other program has finished saving, then open the file again."
    ),
    # What a file may cost (importing.limits, importing.isolated).
    "importing.file_too_large": (
        "The file is too large ({mb} MB; at most {most} MB). Copy only the columns and "
        "rows you need into a new file and open that one."
    ),
    "importing.unpacked_too_large": (
        "The file holds {mb} MB of data once opened (at most {most} MB). Copy only "
        "the columns and rows you need into a new file and open that one."
    ),
    "importing.zip_bomb": (
        'The file is built to fill the computer\'s memory (a "zip bomb") and was '
        "not opened. Do not open it; get the customer list again from a source you "
        "trust."
    ),
    "importing.shared_text_too_large": (
        "The file's cells repeat long texts, {mb} MB in all once opened (at most {most} "
        "MB). Copy only the columns you need into a new file and open that one."
    ),
    "importing.range_too_large": (
        "A sheet reaches row {rows:n} and column {columns:n}, more than this "
        "app reads (at most {max_rows:n|row|rows}, {max_columns:n|column|columns} and "
        "{max_cells:n|cell|cells}). Often a stray value far below or to the right of the "
        "list causes this: delete the empty rows and columns after the list, or copy the "
        "list into a new file."
    ),
    "importing.read_too_slow": "reading it took too long",
    "importing.reader_stopped": "reading it stopped the spreadsheet reader",
    "importing.read_in_child_failed": (
        "The file could not be read ({why}). It may be damaged, or much larger inside "
        "than it looks. Open it in Excel and save a copy as .xlsx, or as CSV."
    ),
    # CSV and text files (importing.text_files).
    "importing.csv_field_too_long": (
        "A cell on line {line} is too long (over {most:n|character|characters})"
    ),
    "importing.csv_quote_never_closed": 'A quote (") opened on line {line} is never closed',
    "importing.csv_quote_misplaced": (
        'Line {line} has a quote (") in a place a CSV file does not allow'
    ),
    "importing.csv_bad_line": (
        "{problem}, so customers could be lost or mixed up. Open the file in Excel or a text "
        "editor, fix that line, and save it again."
    ),
    "importing.csv_quote_spans_rows": (
        'A quote (") on line {line} is not closed where it should be, so the lines '
        "after it would be read as one cell and those customers lost. Remove the "
        "stray quote, or close it, and save the file again."
    ),
    # Dates in cells (importing.dates).
    "importing.date_empty": "the date cell is empty",
    "importing.date_unreadable": (
        "the date cannot be read: type it as day/month/year, for example 28/11/2026"
    ),
    "importing.date_impossible": "the date does not exist (31/02, say): check the date typed",
    "importing.date_number": (
        "the cell holds a number, not a date: format the column as Date and type it again"
    ),
    "importing.date_no_year": "the date has no year: an appointment needs day/month/year",
    "importing.date_ambiguous": (
        "the date looks written month first (11/28/2026): type day/month/year (28/11/2026)"
    ),
    # Text in an old encoding (importing.legacy_text).
    "importing.legacy_converted": "Converted {cells:n|cell|cells} from {name} to Unicode.",
    "importing.legacy_found": (
        "This file seems to be in {name}, an old Vietnamese encoding: names would be "
        "sent garbled, so the rows whose message uses them are held back. Run again "
        "with {flag} auto to "
        "convert them ({flag} vni, tcvn3 or mojibake to choose). For example:"
    ),
    "importing.legacy_example": '  "{before}" -> "{after}"',
    "importing.encoding_mojibake": "UTF-8 read as Windows-1252",
}
