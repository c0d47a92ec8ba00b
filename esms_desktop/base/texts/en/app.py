"""The app's words around eSMS: errors (``app.user_text``), why a campaign paused, what the
sending engine waits for. Each error is a title, what happened and what to do."""

TEXTS = {
    "app.what_to_do": "What to do: {action}",
    "app.network.title": "Cannot reach eSMS",
    "app.network.text": "The app got no answer from eSMS: the internet connection may be unstable.",
    "app.network.action": "Check the internet connection and try again. Messages already sent are "
    "not sent twice.",
    "app.bad_answer.title": "Unexpected answer from eSMS",
    "app.bad_answer.text": "eSMS (or the network in between) sent an answer the app cannot read.",
    "app.bad_answer.action": "Try again in a few minutes. If it persists, send the details to "
    "support.",
    "app.config.title": "Setting not usable",
    "app.config.text": "One of the app's settings is not valid.",
    "app.config.action": "Correct what is named above (free disk space, permission to write to "
    "the folder, or the ESMS_DESKTOP_HOME environment variable if it is set), then start the app "
    "again.",
    "app.credentials.title": "No API keys",
    "app.credentials.text": "The app does not have the ApiKey and SecretKey of an eSMS account.",
    "app.credentials.action": "Open Account and enter the ApiKey and SecretKey from the eSMS "
    "dashboard.",
    "app.keyring.title": "Password store unavailable",
    "app.keyring.text": "The system's password store is locked or missing, so the app cannot save "
    "the API keys. For safety they are not saved anywhere else.",
    "app.input_file.title": "Cannot read the file",
    "app.input_file.text": "The customer file cannot be opened.",
    "app.input_file.action": "Open the file in Excel, save it as .xlsx (without a password) and "
    "try again.",
    "app.busy.title": "Campaign already being sent",
    "app.busy.text": "This campaign is being sent by another window or command on this computer.",
    "app.busy.action": "Wait for it to finish, or close it and press Resume. Nothing is sent "
    "twice.",
    "app.other_account.title": "Campaign of another account",
    "app.other_account.text": "This campaign was started with another eSMS account. Continuing "
    "with this account could make customers get the message twice.",
    "app.other_account.action": "Open Account, choose the account the campaign was started with, "
    "then press Resume.",
    "app.other_account.named": "Open Account, choose the account “{account}” (the "
    "campaign was started with it), then press Resume.",
    "app.report_write.title": "The report was not saved",
    "app.report_write.text": "The report file could not be written: it may be open in Excel, or "
    "the disk is full. Sending is not affected.",
    "app.report_write.action": "Close the file in Excel (or choose another name) and save again.",
    "app.report_path.title": "Cannot write the report there",
    "app.report_path.text": "The report's path cannot be used: the folder does not exist or cannot "
    "be written, or the name does not end in .xlsx or .csv.",
    "app.report_path.action": "Choose an existing folder you can write to, and a name ending in "
    ".xlsx or .csv.",
    "app.journal.title": "Cannot write the sending journal",
    "app.journal.text": "The app cannot write its sending journal (disk full, read-only, or the "
    "folder is locked). Sending stopped; everything sent so far is recorded and nothing will be "
    "sent twice.",
    "app.journal.action": "Free some disk space (or allow writing to the app folder), then press "
    "Resume.",
    "app.journal_damaged.title": "The sending journal is damaged",
    "app.journal_damaged.text": "The file that holds the sending journal (the history of "
    "campaigns) is missing, damaged or was written by another version. The app keeps it as it "
    "is and writes nothing.",
    "app.journal_damaged.action": "Restore the newest backup: press Restore. The damaged file is "
    "kept beside it.",
    "app.journal_damaged.no_backup": "There is no sound backup. Keep the file {path} and send it "
    "to support; do not send the same campaigns again before that.",
    "app.journal_newer.title": "The sending journal is from a newer version of the app",
    "app.journal_newer.text": "The sending journal (the history of campaigns, which keeps "
    "customers from getting the same message twice) was written by a newer version of eSMS "
    "Desktop than this one. This version does not change it and sends nothing: it could send "
    "messages again that the newer version already sent.",
    "app.journal_newer.action": "Install the newer version of eSMS Desktop again (the one you "
    "used last on this computer, or the newest one), then open it. The journal, the settings "
    "and the keys are kept as they are; do not delete or replace the journal.",
    "app.unknown_campaign.title": "No such campaign",
    "app.unknown_campaign.text": "The sending journal has no campaign {campaign}.",
    "app.unknown_campaign.action": "See the campaigns and their numbers with 'esms-desktop "
    "history'.",
    "app.internal.title": "Something went wrong in the app",
    "app.internal.text": "The app hit an unexpected error. What was already sent is safely "
    "recorded.",
    "app.internal.action": "Restart the app. If it happens again, send the details to support.",
    # Next steps on the command line, where they differ from the window's (``<id>@command``).
    "app.config.action@command": "Correct what is named above (free disk space, permission to "
    "write to the folder, or the ESMS_DESKTOP_HOME environment variable if it is set), then run "
    "the command again.",
    "app.credentials.action@command": "Put the ApiKey and SecretKey from the eSMS dashboard in the "
    "ESMS_API_KEY and ESMS_SECRET_KEY environment variables, or use --profile NAME with an account "
    "saved in the window.",
    "app.busy.action@command": "Wait for it to finish, or close it and {command}. Nothing is "
    "sent twice.",
    "app.other_account.action@command": "Go on with the account the campaign was started with: "
    "{command}.",
    "app.other_account.named@command": "Go on with the account the campaign was started with: "
    "{command}.",
    "app.journal.action@command": "Free some disk space (or allow writing to the app folder), then "
    "{command}.",
    # {command} of the next steps above: what the command line runs next.
    "app.resume.any": "run 'esms-desktop resume': it finishes every interrupted campaign "
    "('esms-desktop history' lists them, with their numbers)",
    "app.run_again": "run the command again",
    "app.other_account.keys": "put that account's keys in ESMS_API_KEY and ESMS_SECRET_KEY (or "
    "add --profile and the name it is saved under in the window), then run "
    "'esms-desktop {command}'",
    "app.journal_damaged.action@command": "Restore the newest backup: run 'esms-desktop journal "
    "restore'. The damaged file is kept beside it.",
    "app.report_path.action@command": "Give --out an existing folder you can write to, and a "
    "name ending in .xlsx or .csv.",
    "app.report_write.action@command": "Close the file if it is open in Excel, or give --out "
    "another name or folder, then run the command again.",
    "app.settings.damaged": (
        "The settings file {path} cannot be read (it is damaged): the default settings are "
        "used this time. Check the account in use and your settings."
    ),
    "app.settings.damaged@command": (
        "The settings file {path} cannot be read (it is damaged): the default settings are "
        "used this time. Check the account in use (--profile NAME) and your settings."
    ),
    "app.settings.damaged_kept": (
        "The settings file {path} cannot be read (it is damaged): the default settings are "
        "used this time. Check the account in use and your settings; the old file is kept "
        "as {copy}."
    ),
    "app.settings.damaged_kept@command": (
        "The settings file {path} cannot be read (it is damaged): the default settings are "
        "used this time. Check the account in use (--profile NAME) and your settings; the old "
        "file is kept as {copy}."
    ),
    "app.config.settings_unwritable": "The settings file {path} cannot be written (the disk is "
    "full, read-only, or writing there is not allowed).",
    "app.config.home_is_file": "The app's data folder {path} is a file, not a folder.",
    "app.config.home_unwritable": "The app's data folder {path} cannot be created or written "
    "(the disk is full, read-only, or writing there is not allowed).",
    # Why a setting or the keys cannot be used (the error's reason).
    "app.api_url.title": "The eSMS address cannot be used",
    "app.api_url.action": "The address comes from the ESMS_API_URL environment variable or the "
    "app's settings.json file: correct it, or remove it to use eSMS's default address, then start "
    "the app again.",
    "app.api_url.action@command": "Correct the address in --api-url (or the ESMS_API_URL "
    "environment variable), or leave it out to use eSMS's default address, then run the command "
    "again.",
    "app.api_url.not_address": "'{url}' is not a web address.",
    "app.api_url.not_https": "The eSMS address must start with https://, not '{url}'.",
    "app.api_url.plain_http": "The address '{url}' uses unencrypted http://: the API keys would "
    "travel unprotected. Use https://.",
    "app.api_url.query": "The eSMS address must not contain ? or #: '{url}'.",
    "app.api_url.user_info": "The eSMS address must not contain a user name or '@': the API keys "
    "would go to {host}, not to eSMS.",
    "app.keyring.missing": "This computer has no password store (keyring) the app can use, so the "
    "API keys cannot be saved or read. For safety they are not saved anywhere else.",
    "app.keyring.refused": "The system's password store refused to save or delete the API keys "
    "(it may be locked).",
    "app.keyring.unreadable": "The API keys could not be read from the system's password store "
    "(it may be locked).",
    "app.credentials.damaged": "The saved API keys of the account '{profile}' are damaged.",
    "app.credentials.empty": "Both the ApiKey and the SecretKey are needed.",
    "app.credentials.no_profile": "No API keys are saved for the account '{profile}'.",
    # Why a campaign paused itself; {resume} is how this front resumes (app.resume.*).
    "app.resume.window": "press Resume",
    "app.resume.command": "run 'esms-desktop {command}'",
    "app.pause.network.action": "Check the internet connection, then {resume}. Nothing is sent "
    "twice.",
    "app.pause.bad_answer.text": "eSMS's answers could not be read ({detail}). A Wi-Fi sign-in "
    "page, a firewall or eSMS maintenance can cause this.",
    "app.pause.bad_answer.action": "Check that web pages open, then {resume}: nothing is sent "
    "twice.",
    "app.stale_check.title": "The check is out of date",
    "app.stale_check.action": "Nothing was sent. The app checks again by itself: read the new "
    "count and price, then send.",
    "app.stale_check.action@command": "Nothing was sent. Run the same command again: it reads "
    "and checks the list afresh.",
    "app.stale_check.ad_hours": "Advertising may only be sent from 07:00 to 22:00 "
    "(Decree 91/2020/ND-CP), and it is {now:%H:%M} now.",
    "app.stale_check.ad_limit": "Since the check, {count} of these numbers got other "
    "advertising: one more would be a 4th within 24 hours (Decree 91/2020/ND-CP).",
    "app.stale_check.zalo_unread": "eSMS did not answer the check, so the Zalo template "
    "was not read and its fields could not be filled in: eSMS would refuse every message.",
    "app.stale_check.file_changed": "The customer file {file} was saved again, replaced or "
    "removed since the check: what was checked is the file as it was read before, not as it "
    "is now.",
    "app.stale_check.opted_out": "Since the check, {count} of these numbers went on the "
    "do-not-send list (from the command line or another window): they are not to be sent to, "
    "and fewer messages would go than the check said.",
    "app.stale_check.sent_elsewhere": "Since the check, {count} of these customers got this "
    "same message from outside this app (another computer, another copy of the app or "
    "eSMS's website), by eSMS's records: sent now, they would get it twice.",
    "app.stale_check.sent_meanwhile": "Since the check, {count} of these customers got this "
    "same message, or have it still to go, in campaign {campaign}: sent now, they would get "
    "it twice.",
    "app.pause.clock.title": "This computer's clock is off",
    "app.pause.clock.text": "{off} The advertising hours and the limit of 3 advertising messages a "
    "day to a number are counted by this clock, so nothing was sent.",
    "app.pause.clock.action": 'Turn on "Set time automatically" in the computer\'s date and '
    "time settings, then {resume}.",
    "app.pause.qc_hours.title": "Advertising hours are over",
    "app.pause.qc_hours.text": "Decree 91/2020/ND-CP allows advertising SMS only from 07:00 to "
    "22:00. What was not sent yet stayed here; nothing was sent outside these hours.",
    "app.pause.qc_hours.action": "From {when}, {resume}.",
    "app.pause.unknown.title": "Some messages unconfirmed",
    "app.pause.unknown.text": "Some messages may or may not have reached eSMS, and eSMS's records "
    "could not be read to tell.",
    "app.pause.unknown.window": "Select the campaign and press 'Settle unconfirmed...'. "
    "Nothing is sent twice.",
    "app.pause.unknown.command": "Run 'esms-desktop {command}' later to look again; only if that "
    "keeps failing, check them in eSMS's web portal and run 'esms-desktop {command} "
    "--resend-unknown' to send them again.",
    "app.records.title": "Waiting for eSMS's records",
    "app.records.title_until": "Waiting for eSMS's records until {when}",
    "app.records.text": "Some messages may or may not have reached eSMS: their answer was lost. "
    "eSMS takes time to list a message it received, so sending them again now could make "
    "customers get them twice.",
    "app.records.action": "Later, press Resume: the app then reads eSMS's records and sends "
    "only what never arrived. Nothing is sent twice.",
    "app.records.action@command": "Later, run 'esms-desktop {command}': the app then reads "
    "eSMS's records and sends only what never arrived. Nothing is sent twice.",
    "app.records.action_after": "After {when}, press Resume: the app then reads eSMS's records "
    "and sends only what never arrived. Nothing is sent twice.",
    "app.records.action_after@command": "After {when}, run 'esms-desktop {command}': the app "
    "then reads eSMS's records and sends only what never arrived. Nothing is sent twice.",
    # What the sending engine waits for, and that waiting is safe.
    "app.waiting.records": "Waiting until {when} (about {minutes} min) for eSMS's records of "
    "{count:n|message|messages} whose answer was lost. Nothing is sent again before then, so "
    "no one gets a message twice. You may press Pause and resume later.",
    "app.waiting.records@command": "Waiting until {when} (about {minutes} min) for eSMS's "
    "records of {count:n|message|messages} whose answer was lost. Nothing is sent again "
    "before then, so no one gets a message twice. You may press Ctrl+C and resume later.",
    "app.waiting.first": "Some requests got no answer from eSMS. Trying them again in "
    "{seconds:.0f} s. Nothing is sent twice.",
    "app.waiting.again": "{cause} Trying again in {seconds:.0f} s (try {round} of {most}). "
    "Nothing is sent twice.",
    "app.waiting.bad_answer": "eSMS's answer could not be read ({detail}): a Wi-Fi sign-in page "
    "or a firewall may be in the way.",
    "app.waiting.network": "No answer from eSMS: is the internet connection down?",
    "app.keyring.action": "Allow eSMS Desktop when the system asks for access to its password "
    "store (or unlock it), then try again; or enter the keys each time: they are then used "
    "until the app closes.",
    "app.keyring.action@command": "Allow access to the password store when the system asks "
    "(or unlock it) and run the command again, or put the keys in ESMS_API_KEY and "
    "ESMS_SECRET_KEY instead of --profile.",
    "app.keyring_missing.title": "No password store on this computer",
    "app.keyring_missing.action": "Enter the keys each time on the Account page: they are "
    "used until the app closes and saved nowhere. To save them, set up the system's password "
    "store (on Linux GNOME Keyring or KWallet; Windows and macOS have one) and start the app "
    "again.",
    "app.keyring_missing.action@command": "Put the keys in the ESMS_API_KEY and "
    "ESMS_SECRET_KEY environment variables (a saved --profile needs a password store), or set "
    "up the system's password store (on Linux GNOME Keyring or KWallet) and save the account "
    "in the window.",
    "app.keyring_locked.title": "Password store locked",
    "app.keyring.locked": "The system's password store is locked, so the API keys cannot be "
    "read or saved. For safety they are not kept anywhere else.",
    "app.keyring_locked.action": "Unlock the password store (log in to the computer again) "
    "and retry, or enter the keys each time.",
    "app.keyring_locked.action@command": "Unlock the password store (log in to the computer "
    "again) and run the command again, or put the keys in ESMS_API_KEY and ESMS_SECRET_KEY "
    "instead of --profile.",
}
