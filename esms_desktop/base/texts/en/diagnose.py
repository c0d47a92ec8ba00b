"""``esms-desktop diagnose`` (and the Account page's "Check with eSMS"): what each check
looked at, what came of it and what to do, the same in the window and on the command
line; the closing sentence. Support's technical lines are the app's own (calls, fields,
codes), under ``diagnose.support_heading``."""

TEXTS = {
    "diagnose.ok": "OK",
    "diagnose.different": "DIFFERENT",
    "diagnose.skipped": "SKIPPED",
    "diagnose.failed": "FAILED",
    "diagnose.check.balance": "Account balance",
    "diagnose.check.clock": "This computer's clock",
    "diagnose.check.brandnames": "Brandnames (sender names)",
    "diagnose.check.brandname_entries": "Brandname details",
    "diagnose.check.care_templates": "Customer-care templates",
    "diagnose.check.care_template_entries": "Customer-care template details",
    "diagnose.check.care_send": "Test message (customer care)",
    "diagnose.check.zalo_oas": "Zalo Official Accounts",
    "diagnose.check.zalo_templates": "Zalo templates",
    "diagnose.check.zalo_template_fields": "Zalo template fields",
    "diagnose.check.zalo_template_info": "Zalo template details",
    "diagnose.check.zalo_template_info_fields": "Zalo template field rules",
    "diagnose.check.zalo_quota": "Zalo messages allowed per day",
    "diagnose.check.sent_data": "eSMS's records of sent messages",
    "diagnose.check.sent_entries": "Details in eSMS's records",
    "diagnose.said.ok": "eSMS answered as this app expects.",
    "diagnose.said.lacks": "eSMS's answer lacks something this app reads.",
    "diagnose.said.refused": "eSMS refused: {reason}.",
    "diagnose.said.no_answer": "No usable answer: {reason}.",
    "diagnose.said.clock_unknown": "eSMS's answers did not say its time, so the clocks could "
    "not be compared.",
    "diagnose.said.clock_same": "The same as eSMS's clock.",
    "diagnose.said.clock_behind": "Behind eSMS's clock by {off}.",
    "diagnose.said.clock_ahead": "Ahead of eSMS's clock by {off}.",
    "diagnose.seconds": "{count:n|second|seconds}",
    "diagnose.minutes": "{count:n|minute|minutes}",
    "diagnose.said.no_care_brandname": "Not checked: the account has no customer-care brandname.",
    "diagnose.said.no_care_template": "Not tried: no customer-care template is registered.",
    "diagnose.said.no_oa": "Not checked: the account has no Zalo Official Account.",
    "diagnose.said.no_zalo_fields": "Not checked: no template with fields to fill.",
    "diagnose.said.no_sent": "Not checked: no message in the last 7 days.",
    "diagnose.said.repeat_refused": "A test message was accepted (not delivered, not "
    "charged), and the same message sent again was refused: a message sent again after a "
    "lost answer is never paid twice.",
    "diagnose.said.repeat_taken": "The same test message sent again was not refused. This "
    "app counts on that refusal so that a message sent again after a lost answer is not "
    "paid twice.",
    "diagnose.said.records_lack": "eSMS's records lack details this app needs to find out "
    "what became of messages whose answer was lost.",
    "diagnose.todo.clock": 'Turn on "Set time automatically" in the computer\'s date and '
    "time settings: advertising hours and send times are judged by this clock.",
    "diagnose.todo.support": "Send this check to support: press Copy for support below.",
    "diagnose.todo.support@command": "Send this check to support: run esms-desktop diagnose "
    "--support and send what it prints.",
    "diagnose.todo.repeat_taken": "Ask eSMS support whether a message sent again with the "
    "same RequestId is refused on your account, and send this check to the app's support.",
    "diagnose.account_refused": "eSMS refused this account (not a fault of the app): {said}",
    "diagnose.all_ok": "Every answer is what this app expects. Nothing to do.",
    "diagnose.some_failed": "eSMS refused or did not answer a check: do what is said under it, "
    "then check again.",
    "diagnose.some_differ": "Some answers differ from what this app expects. Press Copy for "
    "support and send it to support (it contains no key).",
    "diagnose.some_differ@command": "Some answers differ from what this app expects. Run "
    "esms-desktop diagnose --support and send what it prints to support (it contains no key).",
    "diagnose.when": "Checked at {time}, Vietnam time.",
    "diagnose.support_heading": "eSMS Desktop diagnose, for support (calls, fields and codes; "
    "no key):",
}
