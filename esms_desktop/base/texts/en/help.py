"""The command line's help (``--help``): the program, its commands and their options."""

TEXTS = {
    # esms-desktop
    "help.program": "Send SMS and Zalo messages through eSMS.vn from a customer list. "
    "Without a command, opens the window.",
    "help.demo": "try it on the built-in eSMS simulator (no account, nothing is really sent)",
    "help.api_url": "eSMS's address (default: the settings', or ESMS_API_URL)",
    "help.profile": "the saved account to use (its keys are kept by the computer's keyring)",
    "help.lang": "language of what is printed: vi (Vietnamese) or en (English)",
    "help.self_test": "check that this installation works (a demo send, no window), then exit",
    "help.self_test_out": "also write the self-test's result to this file",
    # The commands, as the list of commands says them.
    "help.command.explain": "explain an eSMS result code",
    "help.command.balance": "show the account balance",
    "help.command.diagnose": "check that eSMS answers as this app expects (free questions "
    "and test sends only: nothing is charged)",
    "help.command.journal": "check the sending journal, or restore its newest backup",
    "help.command.check": "check a customer list before sending",
    "help.command.send": "check a customer list, then send to it",
    "help.command.resume": "finish campaigns that were interrupted",
    "help.command.history": "list past campaigns",
    "help.command.cancel": "stop a campaign for good: what was not sent yet is never sent",
    "help.command.report": "write a campaign's report (.xlsx or .csv)",
    "help.command.status": "refresh and show whether a campaign's messages were delivered",
    "help.command.retry": "send again the failures of a campaign that may still reach the "
    "customer (never one eSMS would refuse again)",
    "help.command.optout": "show or change the do-not-send list",
    "help.command.library": "saved messages: list, save, show, delete, export, import",
    "help.command.templates": "register a text as an eSMS template; list the registrations",
    # explain, balance, journal
    "help.explain.code": "the code eSMS gave, e.g. 100 or 99",
    "help.balance.warn_below": "from now on, warn when the balance is under this (0 = never); "
    "saved in the settings",
    "help.diagnose.support": "also print the technical lines for support (calls, fields and "
    "codes; no key)",
    "help.journal.action": "check: see that the journal is sound; restore: put back its "
    "newest backup",
    # check and send
    "help.campaign.file": "the customer list: .xlsx .xlsm .xls .ods .csv .txt",
    "help.campaign.channel": "how to send: cskh (customer care SMS), qc (advertising SMS), "
    "fixed (fixed-number SMS), zalo, zalo-sms (Zalo, else SMS); needed unless --message "
    "gives it",
    "help.campaign.message": "use a saved message from the library (esms-desktop library)",
    "help.campaign.where": "send only to the rows that meet this (may be given several times: "
    "all must hold); compare with = != ~ (contains) < <= > >=; dates dd/mm/yyyy or -90d "
    "(90 days ago)",
    "help.campaign.assume_consent": "advertising to a list without a consent column: every "
    "customer agreed to receive it (Law 91/2025); no warning about it",
    "help.campaign.sheet": "the sheet to read (default: the first with data)",
    "help.campaign.phone_column": "the column of phone numbers: its heading, letter or number",
    "help.campaign.content": "the message text; {{Column}} is replaced by that row's cell",
    "help.campaign.brandname": "the sender name customers see (SMS brandname)",
    "help.campaign.oaid": "the id of the shop's Zalo Official Account (OA)",
    "help.campaign.template_id": "the id of the Zalo ZNS template",
    "help.campaign.param": "fill a blank of the ZNS template from a column",
    "help.campaign.param_value": "fill a blank of the ZNS template with the same text for everyone",
    "help.campaign.over_quota": "Zalo: send over the OA's quota (eSMS's sending mode 3)",
    "help.campaign.schedule": 'send later: "YYYY-MM-DD HH:MM" (Vietnam time)',
    "help.campaign.schedule_column": "each row's own send time, from this date column "
    "(reminders, birthdays)",
    "help.campaign.days_before": "with --schedule-column: send N days before the date "
    "(0 = on the day)",
    "help.campaign.yearly": "with --schedule-column: send on the date's day every year (birthdays)",
    "help.campaign.at": "with --schedule-column: the time of day",
    "help.campaign.sandbox": "have eSMS check the messages only; nothing is sent",
    "help.campaign.plain": "remove the accents from every message (SMS without accents "
    "cost less: 160 characters a message)",
    "help.campaign.convert_text": "names saved in an old Vietnamese encoding: auto converts "
    "what is found, vni/tcvn3/mojibake choose the encoding, none (default) only holds the "
    "garbled rows back",
    "help.check.json": "print one JSON object (for another program to read)",
    "help.send.campaign": "a name for the campaign",
    "help.send.report": "when done, write a report to this file (.xlsx or .csv)",
    "help.send.yes": "do not ask before sending",
    "help.send.again": "send even though the same messages went to the same people within "
    "24 hours (--yes alone does not confirm a repeat)",
    # resume, report, status
    "help.campaign_id": "the campaign's number (see esms-desktop history)",
    "help.cancel.yes": "stop it without asking first",
    "help.retry.yes": "send them without asking first",
    "help.resume.campaign_id": "the campaign's number (see esms-desktop history); without "
    "it, every interrupted campaign",
    "help.resume.resend_unknown": "send again the messages eSMS's records cannot say were "
    "sent or not (some customers may get them twice)",
    "help.report.out": "the report file to write (.xlsx or .csv)",
    "help.status.wait": "keep asking (less and less often) until every message has its "
    "final status",
    # optout
    "help.optout.action": "list: show the list; add: add numbers; remove: take numbers off",
    "help.optout.numbers": "phone numbers, written any usual way",
    "help.optout.from_campaign": "with add: the numbers eSMS reported as blocked (code 99) "
    "in that campaign",
    # library
    "help.library.save": "save a message under a name",
    "help.library.show": "show one saved message",
    "help.library.delete": "delete one saved message",
    "help.library.export": "write every saved message to a JSON file",
    "help.library.import": "add the messages of an exported JSON file",
    "help.library.name": "the saved message's name",
    "help.library.channel": "how it is sent (as check --channel)",
    "help.library.new": "refuse to replace a saved message of that name",
    "help.library.export_file": "the JSON file to write",
    "help.library.import_file": "the JSON file to read",
    # templates
    "help.templates.wait": "keep asking eSMS (every few seconds, up to SECONDS) until no "
    "template is waiting for approval",
    "help.templates.register": "send a text to eSMS for approval as a template",
    "help.templates.channel": "the kind of SMS the template is for: cskh (customer care) or "
    "fixed (fixed number)",
    "help.templates.brandname": "the brandname the template is registered for",
    "help.templates.content": "the text; each {{Column}} becomes a blank of the template",
    "help.templates.file": "a customer list: each blank is as long as its column's longest value",
    "help.templates.sheet": "the sheet of --file to read (default: the first with data)",
    "help.templates.length": "the length of one blank (instead of measuring the list)",
}
