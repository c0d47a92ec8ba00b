"""The command line's own words: what ``send``, ``check``, ``history``, ``optout``,
``library``, ``templates``, ``balance`` and ``journal`` print."""

TEXTS = {
    # A number with one decimal (a rate): 25.2 in English, 25,2 in Vietnamese.
    "cli.decimal": "{whole}.{tenth}",
    "cli.state.ready": "ready",
    "cli.state.sending": "sending",
    "cli.state.paused": "paused",
    "cli.state.cancelled": "cancelled",
    "cli.state.done": "done",
    # send, resume, history, report, status
    "cli.progress": "sent {sent:n}/{total:n}, failed {failed:n}, left {left:n}, {rate}/s",
    "cli.progress.eta": ", about {eta:.0f} s to go",
    "cli.failure": "  row {row} {phone}: {title}{said}",
    "cli.outcome": "Campaign {campaign}: {accepted} accepted, {failed} failed, {remaining} not "
    "sent, {unknown} unknown - {state}",
    "cli.outcome.withdrawn": "{count:n|customer was|customers were} put on the do-not-send "
    "list after the campaign was made: their messages were taken out, not sent and not "
    "charged.",
    "cli.repeat": "Campaign {campaign} ({name}) sent the same messages to the same people at "
    "{when} (Vietnam time): {accepted} accepted, {open} still to send. Nothing was sent now. "
    "If you really want every customer to get it a second time, run the command again with "
    "--again.",
    "cli.repeat.unfinished": "Campaign {campaign} ({name}) has the same messages to the same "
    "people and has not finished: {accepted} accepted, {open} still to send. Nothing was sent "
    "now. Finish that campaign (no one gets it twice): esms-desktop resume {campaign}",
    "cli.pausing": "(pausing: requests on their way finish first)",
    "cli.resume_after_account": "Campaign {campaign} is paused: nothing more was sent and "
    "nothing was charged for it. Once this is put right, send the rest with esms-desktop "
    "resume {campaign} (messages already sent are not sent again).",
    "cli.resume_hint": "To send the rest: esms-desktop resume {campaign}",
    "cli.send.own_times": ", each at its own time ({span}, eSMS holds them)",
    "cli.send.at": ", at {when:%H:%M %d/%m/%Y} (Vietnam time)",
    "cli.sandbox": "sandbox",
    "cli.sandbox_outcome": "Sandbox: eSMS checked these messages; none was delivered or charged.",
    "cli.send.yes": "y yes",
    "cli.send.ask": "Send {count:n|message|messages} ({channel}){when} for about {cost:n} VND? "
    "[y/N]",
    "cli.send.nothing_sent": "Nothing was sent.",
    "cli.send.campaign": "Campaign {campaign}",
    "cli.send.blocked": "eSMS reports {count:n|number|numbers} as blocked (99). Never send to "
    "them again: esms-desktop optout add --from-campaign {campaign}",
    "cli.send.report": "Report: {path}",
    "cli.resume.cancelled": "Campaign {campaign} was cancelled: nothing more is sent from it. "
    "To send its messages, start a new send (esms-desktop send ...).",
    "cli.status.progress": "Asked eSMS about {done:n} of {total:n}...",
    "cli.resume.nothing": "Nothing to resume.",
    "cli.resume.cancelled_settled": "From eSMS's records: {accepted:n} had reached eSMS (sent), "
    "{never:n} never arrived (not sent, and not sent now), {unknown:n} cannot be told yet.",
    "cli.resume.cancelled_later": "eSMS's records can be believed from {when}: run "
    "'esms-desktop resume {campaign}' again then. Nothing is sent again.",
    "cli.cancel.ask": "Stop campaign {campaign} ({name}) for good? What was not sent yet will "
    "never be sent: {count:n|message|messages}. [y/N]",
    "cli.cancel.kept": "Nothing changed: campaign {campaign} can still be finished with "
    "'esms-desktop resume {campaign}'.",
    "cli.cancel.done": "Campaign {campaign} is cancelled: {accepted:n} sent before, {left:n} "
    "not sent and never will be.",
    "cli.cancel.doubt": "Some messages may have reached eSMS without an answer ({count:n}): "
    "run 'esms-desktop resume {campaign}' to learn from eSMS's records which did. None is "
    "sent again.",
    "cli.cancel.finished": "Campaign {campaign} has finished: there is nothing left to stop.",
    "cli.cancel.already": "Campaign {campaign} was already cancelled.",
    "cli.cancel.scheduled": "Messages eSMS already took for a later time still go: only "
    "eSMS's web portal cancels them (its list of scheduled messages).",
    "cli.history.none": "No campaigns yet.",
    "cli.history.times": "Times are Vietnam time (UTC+7).",
    "cli.history.line": "{campaign:>4}  {when}  {channel:<8} {state:<9} {accepted} accepted, "
    "{failed} failed, {open} left, {unknown} unknown, {excluded} excluded, {delivered} delivered, "
    "about {cost:n} VND  {name}",
    "cli.status": "delivered {delivered}, not delivered {failed}, waiting {waiting}",
    "cli.status.by_sms": "Of those delivered, by SMS (Zalo could not reach them): {count:n}",
    "cli.status.sms_unseen": "Of those waiting, Zalo could not reach {count:n}, and eSMS has "
    "no record yet of the SMS it sends instead; the app never sends them again by itself. "
    "{action}",
    "cli.status.sms_unseen_row": "  row {row} {phone}",
    "cli.status.more": "  ... and {count:n} more (esms-desktop report {campaign} --out FILE "
    "lists them all)",
    # retry: the failures sent again
    "cli.retry.offer": "{count:n|failure|failures} can be sent again: esms-desktop retry "
    "{campaign}",
    "cli.retry.none": "No failure of campaign {campaign} is worth sending again as it is.",
    "cli.retry.no_failures": "Campaign {campaign} has no failures: nothing to send again.",
    "cli.retry.ask": "Send again {count:n|message|messages} that can go through now, for "
    "about {cost:n} VND? [y/N]",
    "cli.retry.sent_meanwhile": "They were just sent again, by campaign {by}: nothing is sent "
    "twice.",
    # check
    "cli.check.rows": "{file} [{sheet}]: {total:n|row|rows} - {ready:n} ready, {rejected:n} "
    "rejected, {duplicate:n} duplicate, {blocked:n} blocked",
    "cli.check.send_times": "Send times: {rule}",
    "cli.check.day": "  {day:%d/%m/%Y}: {count:n|message|messages}",
    "cli.check.to_send": "To send: {messages:n|message|messages}, about {cost:n} VND{approximate}",
    # Blocked: what fixing may change (rows, the text) makes it an estimate, said once.
    "cli.check.to_send_once_fixed": "Estimate once the problems marked [X] are fixed: "
    "{messages:n|message|messages}, about {cost:n} VND",
    "cli.check.nothing_to_send": "No message will be sent.",
    "cli.check.approximate": " (approximate)",
    "cli.check.fallback_price": "Zalo, SMS if no Zalo: that is the most it can cost. A "
    "customer Zalo cannot reach also gets the SMS, charged as an SMS; one Zalo reaches "
    "costs only the Zalo message.",
    "cli.check.blocked": "Cannot send: fix the problems marked [X].",
    "cli.check.ready": "Ready to send.",
    "cli.check.segment": "Segment: {inside:n|row|rows} in it, {outside:n} not in this segment",
    "cli.check.consent": "Consent (Law 91/2025): {rule}; {held:n|row|rows} held back",
    "cli.check.register": "To register this text as a template with eSMS: {command}",
    # balance, journal
    "cli.balance": "Balance: {amount:n} VND",
    "cli.balance.empty": "Nothing can be sent with this balance: eSMS refuses every message "
    "(code 103). Top up your eSMS account first.",
    "cli.balance.warn_saved": "Saved: from now on you are warned when the balance is under "
    "{amount:n} VND.",
    "cli.balance.warn_off": "Saved: no more warnings about a low balance.",
    "cli.journal.restored": "Restored the newest backup. The damaged journal is kept as {kept}.",
    "cli.journal.sound": "The sending journal is sound ({count:n|campaign|campaigns}).",
    # optout
    "cli.optout.count": "{count:n|number|numbers}",
    "cli.optout.added": "Added {count:n|number|numbers} to the do-not-send list.",
    "cli.optout.removed": "Removed {count:n|number|numbers} from the do-not-send list.",
    # library
    "cli.library.none": "No saved messages yet: esms-desktop library save NAME --channel ... "
    "--content ...",
    "cli.library.template": "  OA {oaid}, template {template}",
    "cli.library.column": "column {column}",
    "cli.library.columns_used": "  columns used: {columns}",
    "cli.library.saved": "Saved: {name}",
    "cli.library.deleted": "Deleted: {name}",
    "cli.library.exported": "Exported {count:n|message|messages} to {path}",
    "cli.library.imported": "Imported {count:n|message|messages}",
    # templates
    "cli.templates.sent": "Text sent: {text}",
    "cli.templates.no_list": "(no list given: each variable may hold up to its length; default "
    "{length:|character|characters})",
    "cli.templates.registration": "Registration {registration} (eSMS id {ident}): {state}",
    "cli.templates.moderating": "eSMS moderates templates within hours to days; see the state "
    "with 'esms-desktop templates'.",
    "cli.templates.none": "No template registrations yet: esms-desktop templates register "
    '--channel cskh --brandname B --content "..."',
    # Options that cannot be used (exit code 2).
    "cli.usage.not_mobile": "'{value}' is not a mobile number. If the number has spaces, put "
    'all of it in quotes, for example "+84 912 345 678".',
    "cli.usage.from_campaign_add": "--from-campaign goes with optout add only.",
    "cli.usage.pairs": "{flag} needs NAME=VALUE, not '{item}'.",
    "cli.usage.channel": "--channel is needed (or --message NAME of a saved message).",
    "cli.usage.schedule_both": "Use --schedule (one time for everyone) or --schedule-column, "
    "not both.",
    "cli.usage.length": "--length needs NAME=N (1 to 1000), not '{item}'.",
    "cli.usage.warn_below": "--warn-below needs an amount of 0 or more (VND).",
    "cli.usage.rule_needs_column": "--days-before and --yearly go with --schedule-column "
    "COLUMN (the column of each customer's date).",
    "cli.usage.column_needs_rule": "--schedule-column needs --days-before N (0: on the day) or "
    "--yearly.",
    "cli.usage.explain_code": "Give the code to explain, for example: esms-desktop explain 104",
    # What is wrong with the options, and where the command's help is.
    "cli.usage.title": "{command}: the command is not written right",
    "cli.usage.action": "see how to write it with {command}",
    # argparse's refusals (cli.usage), in the user's words.
    "cli.argparse.argument": "{argument}: {message}",
    "cli.argparse.no_such_command": "{value} is not a command here. The commands: {choices}.",
    "cli.argparse.not_whole_number": "{value} is not a whole number.",
    "cli.argparse.not_number": "{value} is not a number.",
    "cli.argparse.invalid_value": "{value} cannot be used here.",
    "cli.argparse.choice": "{value} is not one of the choices: {choices}.",
    "cli.argparse.required": "Missing from the command: {names}.",
    "cli.argparse.one_of": "Give one of these: {names}.",
    "cli.argparse.program_option": "Write {names} before the command, e.g. {example} ...",
    "cli.argparse.unrecognized": "This command does not take: {names}.",
    "cli.argparse.unrecognized.close": "This command does not take: {names}. Did you mean {close}?",
    "cli.argparse.one_value": "needs a value after it.",
    "cli.argparse.at_most_one": "takes at most one value.",
    "cli.argparse.at_least_one": "needs at least one value.",
    "cli.argparse.values": "needs {count:n|value|values}.",
    "cli.argparse.not_with": "cannot be used together with {other}.",
    "cli.argparse.no_value": "takes no value ({value} was given).",
    "cli.argparse.ambiguous": "{option} could be {matches}: write the option in full.",
    "cli.argparse.other": "The command is not written right ({detail}).",
    # The help's own words (the options' help is in English).
    "cli.help.usage": "usage:",
    "cli.help.positional": "arguments",
    "cli.help.options": "options",
    "cli.help.help": "show this help message and exit",
    "cli.help.version": "show program's version number and exit",
}
