"""A campaign's report (.xlsx or .csv): its headers, and each message's state and delivery."""

TEXTS = {
    "reports.sheet": "Report",
    "reports.header.row": "Row",
    "reports.header.phone": "Phone",
    "reports.header.state": "State",
    "reports.header.delivery": "Delivery",
    "reports.header.code": "Code",
    "reports.header.explanation": "Explanation",
    "reports.header.action": "What to do",
    "reports.header.sms_id": "SMSID",
    "reports.header.sent_at": "Sent at (Vietnam time)",
    "reports.header.send_at": "Scheduled for (Vietnam time)",
    "reports.state.accepted": "Accepted by eSMS",
    "reports.state.failed": "Not sent",
    "reports.state.excluded": "Not sent (problem in the list)",
    "reports.state.pending": "Not sent yet",
    "reports.state.sending": "Being sent",
    "reports.state.unknown": "Unknown: needs a decision",
    "reports.delivery.delivered": "Delivered",
    "reports.delivery.by_sms": "Sent by SMS instead (Zalo could not reach them)",
    "reports.delivery.failed": "Not delivered",
    "reports.delivery.waiting": "Waiting for the result",
    "reports.delivery.sms_unseen": "Zalo could not reach them; no SMS on eSMS's records yet",
    # Why a report cannot be written where asked (reports.campaign_report).
    "reports.path.suffix": "The report's name '{name}' must end in .xlsx or .csv.",
    "reports.path.folder": "'{path}' is a folder, not a report file's name.",
    "reports.path.no_folder": "There is no folder {folder}.",
    "reports.path.not_a_report": "The file {path} already exists and is not a report of this "
    "app (it may be your customer list): choose another name.",
    "reports.path.read_only": "The file {path} exists and is read-only: it cannot be replaced.",
    "reports.path.folder_locked": "The folder {folder} cannot be written to.",
    "reports.write.disk_full": "The disk is full: the report {path} could not be written.",
    "reports.write.not_allowed": "{path} could not be written: the file is open in Excel, "
    "read-only, or writing there is not allowed.",
    "reports.write.cannot_create": "A report file cannot be created in the folder {folder}.",
    "reports.write.other": "The report file {path} could not be written.",
}
