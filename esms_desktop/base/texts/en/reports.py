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
    "reports.header.sent_at": "Sent at",
    "reports.header.send_at": "Scheduled for",
    "reports.state.accepted": "Accepted by eSMS",
    "reports.state.failed": "Not sent",
    "reports.state.excluded": "Not sent (problem in the list)",
    "reports.state.pending": "Not sent yet",
    "reports.state.sending": "Being sent",
    "reports.state.unknown": "Unknown: needs a decision",
    "reports.delivery.delivered": "Delivered",
    "reports.delivery.failed": "Not delivered",
    "reports.delivery.waiting": "Waiting for the result",
}
