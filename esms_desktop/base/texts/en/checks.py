"""What the checks of a campaign find, and what to do about it (``checks``)."""

TEXTS = {
    # A problem as shown, with the rows it concerns (checks.problems).
    "checks.at_row": "{reason} (row {rows:rows})",
    "checks.at_rows": "{reason} (rows {rows:rows})",
    # The rows of the file (checks.run).
    "checks.phone_unusable": "Phone number not usable: {reason}",
    "checks.duplicate": "Number repeats an earlier row: it is sent once only",
    "checks.do_not_send": "Number is on your do-not-send list",
    "checks.converted": "Old 11-digit numbers were converted to the new 10-digit numbers",
    "checks.no_phone_column": (
        "No column of this file holds phone numbers (its columns: {columns}). Open the "
        'customer list, or choose the column that holds the numbers in "Phone column".'
    ),
    "checks.no_phone_column@command": (
        "No column of this file holds phone numbers (its columns: {columns}). Open the "
        "customer list, or name the column that holds the numbers with --phone-column NAME."
    ),
    "checks.no_recipients": (
        "No number is left to send to: every customer was left out, for the reasons "
        "listed. Deal with them, then check again."
    ),
    # The content of an SMS (checks.run).
    "checks.no_content": "The message has no content: write its text.",
    "checks.no_content@command": "The message has no content: write its text with --content.",
    "checks.esms_variable": (
        "The message still has a template blank such as {{P1,20}}: replace it with a "
        "column such as {{Name}}, or with text."
    ),
    "checks.unknown_column": (
        "The message uses columns that are not in the file: {names}. The file's columns: "
        "{columns}. Write the column's name as the file has it, or choose it in \"Column to "
        'insert" and press "Insert column".'
    ),
    "checks.unknown_column@command": (
        "The message uses columns that are not in the file: {names}. The file's columns: "
        "{columns}. Write the column's name in --content as the file has it."
    ),
    "checks.unknown_column.close": (
        "The message uses columns that are not in the file: {names}. Did you mean {close}? "
        "The file's columns: {columns}."
    ),
    "checks.look_alike": (
        "The text has a character that looks plain but makes every message Unicode, 70 "
        "characters a part instead of 160, so it costs more: a tab, a no-break space, a curly"
        " quote or a long dash (pasted from Word or Excel, say). Press Remove diacritics, or "
        "type those characters again."
    ),
    "checks.look_alike@command": (
        "The text has a character that looks plain but makes every message Unicode, 70 "
        "characters a part instead of 160, so it costs more: a tab, a no-break space, a curly"
        " quote or a long dash (pasted from Word or Excel, say). Add --plain, or type those "
        "characters again."
    ),
    "checks.stray_brace": (
        'The message has a {{ or }} that encloses no column name, near "{near}": write a '
        "column as {{Name}}, or remove the brace (it would reach the customer as it is)."
    ),
    "checks.sent_already": (
        "This number got this same message in the last 24 hours (campaign {campaign}): left "
        "out so that it does not get it twice"
    ),
    "checks.sent_already@command": (
        "This number got this same message in the last 24 hours (campaign {campaign}): left "
        "out so that it does not get it twice (add --again to send it once more)"
    ),
    "checks.sent_elsewhere": (
        "eSMS's records show this number got this same message in the last 24 hours (the "
        "latest at {when:%H:%M %d/%m}, Vietnam time), not from this app: from another "
        "computer, another copy of the app or eSMS's website. Left out so that it does not "
        "get it twice"
    ),
    "checks.sent_elsewhere@command": (
        "eSMS's records show this number got this same message in the last 24 hours (the "
        "latest at {when:%H:%M %d/%m}, Vietnam time), not from this app folder: from another "
        "computer, another copy of the app or eSMS's website. Left out so that it does not "
        "get it twice (add --again to send it once more)"
    ),
    "checks.sent_elsewhere.untimed": (
        "eSMS's records show this number got this same message in the last 24 hours, not "
        "from this app: from another computer, another copy of the app or eSMS's website. "
        "Left out so that it does not get it twice"
    ),
    "checks.sent_elsewhere.untimed@command": (
        "eSMS's records show this number got this same message in the last 24 hours, not "
        "from this app folder: from another computer, another copy of the app or eSMS's "
        "website. Left out so that it does not get it twice (add --again to send it once more)"
    ),
    "checks.records_unread": (
        "eSMS's records of the last 24 hours could not all be read, so this list was not "
        "compared with what was sent from another computer or eSMS's website: a customer who "
        "got this same message there would get it again. Check again in a moment."
    ),
    "checks.sent_waiting": (
        "This number has this same message still to go in campaign {campaign}, which has not "
        "finished: left out. Finish that campaign instead (History page: select it, then Resume "
        "sending)"
    ),
    "checks.sent_waiting@command": (
        "This number has this same message still to go in campaign {campaign}, which has not "
        "finished: left out. Finish that campaign instead: esms-desktop resume {campaign}"
    ),
    "checks.template_value_too_long": (
        "A value of this row (a long name, say) is longer than the registered template's "
        "blank allows (a blank written {{P1,30}} takes at most 30 characters): shorten it "
        "in the file"
    ),
    "checks.empty_value": "A cell used in the message is empty, so the text will have a gap",
    "checks.too_long": (
        "The message is longer than {most:|SMS part|SMS parts}: carriers do not deliver "
        "messages that long. Shorten the text (or the cell used in it)"
    ),
    "checks.long": "Message is longer than 5 SMS parts: it costs several times more",
    "checks.garbled_text": (
        'A name or a cell used in the message is garbled (text like "Nguyeãn", "NguyÔn", '
        '"Nguyá»…n": the file is in an old encoding, VNI/TCVN3, or was read wrongly), so these '
        'rows are held back. Press "Convert" on the Customers page, or fix those cells in the '
        "file"
    ),
    "checks.garbled_text@command": (
        'A name or a cell used in the message is garbled (text like "Nguyeãn", "NguyÔn", '
        '"Nguyá»…n": the file is in an old encoding, VNI/TCVN3, or was read wrongly), so these '
        "rows are held back. Run the command again with --convert-text auto, or fix those cells "
        "in the file"
    ),
    "checks.garbled_header": (
        "The file seems to be in an old encoding ({name}), so its column names may be garbled too "
        'and not match the message\'s placeholders. Press "Convert" on the Customers page and '
        "check again"
    ),
    "checks.garbled_header@command": (
        "The file seems to be in an old encoding ({name}), so its column names may be garbled too "
        "and not match the message's placeholders. Run the command again with --convert-text auto"
    ),
    # The schedule of the whole campaign (checks.run).
    "checks.schedule_soon": (
        "The scheduled time {when:%H:%M %d/%m/%Y} is less than {minutes:|minute|minutes} "
        "away: pick a later time, or send now."
    ),
    "checks.schedule_past": (
        "The scheduled time {when:%H:%M %d/%m/%Y} is in the past: pick a later time, or send now."
    ),
    "checks.schedule_far": (
        "The scheduled time {when:%H:%M %d/%m/%Y} is too far ahead: schedule within the "
        "next {max_days:|day|days}. Check the date you typed."
    ),
    # The account (checks.run).
    "checks.account_refused": "{title}: {action}",
    "checks.skipped_no_account": (
        "Account checks (templates, brandname, OA, balance) were skipped: no account."
    ),
    "checks.skipped_unreachable": (
        "eSMS could not be reached, so templates, brandname, OA and balance were not "
        "checked; the price is an estimate."
    ),
    "checks.balance_short": (
        "The balance of {balance:n} VND does not cover about {cost:n} VND. Top up the "
        "eSMS account or send to fewer customers, then check again."
    ),
    # Segment and consent (checks.audience_rules).
    "checks.and": "{first} and {then}",
    "checks.not_in_segment": "Not in this segment ({conditions})",
    "checks.hidden_unseen": (
        "This is an old Excel file (.xls): this app cannot see which of its rows are hidden "
        "or left out by a filter, nor its number formats, so every row is sent, and numbers "
        "read as stored (an order code 00123 reads 123). If the file hides or filters rows, "
        "or has numbers with leading zeros, save it as .xlsx in Excel (File > Save As > Excel"
        " Workbook) and open that file"
    ),
    "checks.hidden_unseen@command": (
        "This is an old Excel file (.xls): this app cannot see which of its rows are hidden "
        "or left out by a filter, nor its number formats, so every row is sent, and numbers "
        "read as stored (an order code 00123 reads 123). If the file hides or filters rows, "
        "or has numbers with leading zeros, save it as .xlsx in Excel (File > Save As > Excel"
        " Workbook) and run the command again on that file"
    ),
    "checks.hidden_row": (
        "Hidden in Excel (by hand, or left out by a filter), so these rows are held back. If "
        "they should get the message too, show them in Excel (clear the filter, or unhide "
        "the rows), save, and open the file again"
    ),
    "checks.hidden_row@command": (
        "Hidden in Excel (by hand, or left out by a filter), so these rows are held back. If "
        "they should get the message too, show them in Excel (clear the filter, or unhide "
        "the rows), save, and run the command again"
    ),
    "checks.no_consent_column": (
        "Vietnam's Personal Data Protection Law (Law 91/2025/QH15, in force since "
        "1 January 2026) allows advertising only to people who agreed to receive it, and "
        "the shop must be able to show it. This file has no consent column: add a column "
        "'Đồng ý nhận quảng cáo' (or 'Marketing consent') and write 'Có'/'Yes' (or the "
        "date the customer agreed) for each customer. If every customer has agreed, "
        "tick 'Every customer in my lists agreed to receive advertising' on the Message page."
    ),
    "checks.no_consent_column@command": (
        "Vietnam's Personal Data Protection Law (Law 91/2025/QH15, in force since "
        "1 January 2026) allows advertising only to people who agreed to receive it, and "
        "the shop must be able to show it. This file has no consent column: add a column "
        "'Đồng ý nhận quảng cáo' (or 'Marketing consent') and write 'Có'/'Yes' (or the "
        "date the customer agreed) for each customer. If every customer has agreed, "
        "add --assume-consent to the command."
    ),
    "checks.no_consent": (
        'No consent recorded (Law 91/2025): write "Yes" or the date the customer '
        "agreed in the column {column!r} if they did"
    ),
    # Balance and OA quality (checks.balance_rules).
    "checks.low_balance": (
        "The balance is {balance:n} VND, under the warning level of "
        "{threshold:n} VND you set. Top up on eSMS's site before a large "
        "campaign.{lasts}"
    ),
    "checks.low_balance_after": (
        "After this campaign: the balance is {balance:n} VND, under the warning level of "
        "{threshold:n} VND you set. Top up on eSMS's site before a large "
        "campaign.{lasts}"
    ),
    "checks.balance_lasts": (
        " It pays for about {count:n|campaign|campaigns} like the last one ({cost:n} VND)."
    ),
    "checks.quality_high": "good",
    "checks.quality_medium": "medium",
    "checks.quality_low": "poor",
    "checks.quality_undefined": "not known yet (no recent ZNS)",
    "checks.oa_quality_low": (
        "Zalo rates this OA's ZNS quality as POOR (last 48 hours: "
        "{current}; last 7 days: {seven_days}). Zalo lowers "
        "the quota of a poor OA and may block its messages: send only to customers who know "
        "the shop, keep to the template, and see the customers' ratings on the Account page."
    ),
    "checks.oa_quality_low@command": (
        "Zalo rates this OA's ZNS quality as POOR (last 48 hours: "
        "{current}; last 7 days: {seven_days}). Zalo lowers "
        "the quota of a poor OA and may block its messages: send only to customers who know "
        "the shop, keep to the template, and see the customers' ratings in the window "
        "(Account page) or on the eSMS dashboard."
    ),
    # Each row's own send time (checks.reminder_rules).
    "checks.choose_date_column": (
        "Choose the date column of the file that gives each customer's send time."
    ),
    "checks.no_date_column": "There is no column '{column}' in the file to take send dates from.",
    "checks.date_cell": "Column '{column}': {reason}",
    "checks.row_time_past": (
        "This row's send time has passed (or is less than 5 minutes away): it can no longer be sent"
    ),
    "checks.row_time_far": (
        "The send time is more than {max_days:|day|days} ahead: run this list again later, "
        "nearer the date"
    ),
    "checks.row_outside_ad_hours": (
        "Under Decree 91/2020/ND-CP advertising may only be sent 07:00-22:00: choose "
        "another send time"
    ),
    "checks.scheduled_twice": (
        "This customer is already scheduled for that time in campaign {campaign}: not sent twice"
    ),
    "checks.scheduled_other_time": (
        "This customer already has another scheduled message not yet sent (an earlier "
        "campaign): eSMS will send that one too. If the appointment moved, cancel the old "
        "one in eSMS's web portal"
    ),
    "checks.ad_batch_too_small": (
        "At {when:%H:%M %d/%m/%Y} there are only {count:n|customer|customers}: eSMS sends "
        "advertising in batches of {least} or more numbers at one time. Send to them "
        "by customer care instead, or move them to another time"
    ),
    # Advertising and customer-care SMS (checks.sms_rules).
    "checks.ad_personalised": (
        "An advertising message has one text for everyone: remove the {{Column}} placeholders."
    ),
    "checks.ad_daily_limit": (
        "These numbers already get {limit:|advertising message|advertising messages} within "
        "24 hours of this send time (the maximum under Decree 91/2020/ND-CP): they are left "
        "out this time. Send to them at a time 24 hours or more away from their other advertising"
    ),
    "checks.ad_too_few": (
        "Advertising needs at least {least:|different number|different numbers}; the list has "
        "{count:n}. Add customers to the list, or send a customer-care message instead."
    ),
    "checks.clock_off.ahead": (
        "This computer's clock is {minutes:n|minute|minutes} ahead of eSMS's."
    ),
    "checks.clock_off.behind": "This computer's clock is {minutes:n|minute|minutes} behind eSMS's.",
    "checks.clock_off.advertising": (
        "{off} The advertising hours and the limit of 3 advertising messages a day to a number "
        '(Decree 91/2020/ND-CP) are counted by this clock. Turn on "Set time automatically" '
        "in the computer's date and time settings, then check again."
    ),
    "checks.clock_off.other": (
        "{off} The send times and the rule against the same message twice within 24 hours are "
        'counted by this clock: turn on "Set time automatically" in the computer\'s date and '
        "time settings."
    ),
    "checks.ad_hours": (
        "Under Decree 91/2020/ND-CP advertising may only be sent 07:00-22:00. "
        "Schedule it for {allowed:%H:%M %d/%m/%Y}."
    ),
    "checks.ad_label": "Advertising should start with the label [QC].",
    "checks.ad_opt_out": "Advertising should end with how to opt out (e.g. 'Reply STOP to ...').",
    "checks.no_brandname": (
        "No brandname chosen. Your brandnames appear once the account is connected "
        "(Account page); choose one in the Brandname box."
    ),
    "checks.no_brandname@command": (
        "No brandname given: add --brandname NAME to the command, with a brandname of the "
        "account (the eSMS dashboard lists them)."
    ),
    "checks.no_advertising_brandname": (
        "The account has no advertising brandname called {name}. Its advertising brandnames: "
        "{names}. Choose one of them in the Brandname box."
    ),
    "checks.no_advertising_brandname@command": (
        "The account has no advertising brandname called {name}. Its advertising brandnames: "
        "{names}. Give one of them with --brandname."
    ),
    "checks.no_advertising_brandname.none": (
        "The account has no advertising brandname yet (no {name}). Advertising needs one: "
        "register an advertising brandname with eSMS before sending."
    ),
    "checks.no_customer_care_brandname": (
        "The account has no customer-care brandname called {name}. Its customer-care "
        "brandnames: {names}. Choose one of them in the Brandname box."
    ),
    "checks.no_customer_care_brandname@command": (
        "The account has no customer-care brandname called {name}. Its customer-care "
        "brandnames: {names}. Give one of them with --brandname."
    ),
    "checks.no_customer_care_brandname.none": (
        "The account has no customer-care brandname yet (no {name}). Customer-care messages "
        "need one: register a customer-care brandname with eSMS before sending."
    ),
    "checks.no_template_for_carrier": "Brandname {brand} has no template on these numbers' carrier",
    "checks.template_mismatch": (
        "The text does not match a template registered for this number's carrier"
    ),
    # Zalo (checks.zalo_rules).
    "checks.zalo_sms_scheduled": (
        "Zalo with SMS fallback cannot be scheduled (eSMS offers no schedule for it). "
        "Remove the schedule to send now, or choose Zalo only to schedule."
    ),
    "checks.no_oa_or_template": "No Zalo OA or ZNS template chosen.",
    "checks.over_quota_scheduled": (
        "Over-quota sending (mode 3) cannot be scheduled: remove the schedule or send normally."
    ),
    "checks.and_more": " and {count:n} more",
    "checks.no_such_oa": (
        "The account has no Zalo OA {oaid}. Use one of the account's OAs: {oas}{more}."
    ),
    "checks.no_oa_at_all": (
        "The account has no Zalo OA {oaid}, nor any other yet. Link your Zalo OA to the "
        "eSMS account (eSMS dashboard, or ask eSMS) before sending Zalo messages."
    ),
    "checks.oa_not_active": (
        "Zalo OA {oaid} is not active or not linked to the eSMS account. Reconnect it on "
        "the eSMS dashboard (or ask eSMS), or use another OA of the account."
    ),
    "checks.template_reason": " (eSMS says: {reason})",
    "checks.template_pending": (
        "ZNS template {template} is still being reviewed by Zalo{why}: eSMS refuses to send with "
        "it until it is approved, so nothing can be sent. Wait for the approval (the eSMS "
        "dashboard shows it), then check again."
    ),
    "checks.template_rejected": (
        "ZNS template {template} was rejected by Zalo{why}: eSMS refuses to send with it. Correct "
        "the template and register it again, or choose another template."
    ),
    "checks.template_disabled": (
        "ZNS template {template} has been disabled{why}: eSMS refuses to send with it. Ask eSMS "
        "to enable it again, or choose another template."
    ),
    "checks.template_deleted": (
        "ZNS template {template} has been deleted{why}: eSMS refuses to send with it. Choose "
        "another template."
    ),
    "checks.template_state_unknown": (
        "eSMS says ZNS template {template} is in the state '{status}', not ENABLE (ready to "
        "send): eSMS may refuse it. Look at the template on the eSMS dashboard before sending."
    ),
    "checks.template_not_of_oa": (
        "ZNS template {template} does not belong to OA {oaid}. Use one of its templates: "
        "{templates}{more}."
    ),
    "checks.no_template_of_oa": (
        "ZNS template {template} does not belong to OA {oaid}, which has no template yet: "
        "register one with Zalo through eSMS first."
    ),
    "checks.params_unmapped": "Template parameters not mapped to a column or value: {names}",
    "checks.over_quota_wrong_tag": (
        "ZNS template {template} is not a tag-3 (promotion) template but "
        "{tag}: eSMS allows over-quota sending (mode 3) for tag-3 templates only. "
        "Untick over-quota sending to send normally."
    ),
    "checks.over_quota_tag_unknown": (
        "eSMS could not confirm that ZNS template {template} is a tag-3 "
        "(promotion) template, the only kind that may be sent over quota (mode 3). "
        "Check again later, or untick over-quota sending to send normally."
    ),
    "checks.over_daily_quota": (
        "The OA may send only {remaining:n} more Zalo messages today, but there are "
        "{count:n} to send today: the rest are left out, Zalo would refuse them. Send them "
        "tomorrow (check the same list again then)."
    ),
    "checks.over_daily_quota_sms": (
        "The OA may send only {remaining:n} more Zalo messages today, but there are "
        "{count:n}: the rest would go by SMS, charged as an SMS. To pay for Zalo only, "
        "send the rest tomorrow."
    ),
    "checks.zns_from_column": "Column {column}",
    "checks.zns_fixed_value": "The fixed value for {name}",
    # Short forms of a row's problem, where it has little room (the Customers table at
    # 1024 px); the whole text is said beside them.
    "checks.too_long.short": "Message too long",
    "checks.sent_waiting.short": "Waits in campaign {campaign}",
    "checks.over_daily_quota.short": "Over today's Zalo quota",
    "checks.sent_already.short": "Got it already (campaign {campaign})",
    "checks.sent_elsewhere.short": "Got it from elsewhere ({when:%H:%M %d/%m})",
    "checks.sent_elsewhere.untimed.short": "Got it from elsewhere",
    "checks.ad_daily_limit.short": "{limit:|ad|ads} in 24 hours already",
    "checks.no_template_for_carrier.short": "No template for the carrier",
    "checks.template_mismatch.short": "Does not match the template",
    "checks.template_value_too_long.short": "Value too long for the template",
    "checks.garbled_text.short": "Garbled text",
    "checks.not_in_segment.short": "Not in this segment",
    "checks.hidden_row.short": "Hidden in Excel",
    "checks.no_consent.short": "No consent recorded",
    "checks.date_cell.short": "Date not usable",
    "checks.row_time_past.short": "Send time passed",
    "checks.row_time_far.short": "Send time too far ahead",
    "checks.row_outside_ad_hours.short": "Outside 07:00-22:00",
    "checks.scheduled_twice.short": "Already scheduled (campaign {campaign})",
    "checks.scheduled_other_time.short": "Another message scheduled",
    "checks.ad_batch_too_small.short": "Too few at that time",
}
