"""The message library (``app.library``): why an entry cannot be saved, found or imported."""

TEXTS = {
    "library.name_length": "A saved message needs a name of 1 to {most:|character|characters}.",
    "library.no_channel": "There is no channel {channel!r}; use one of: {channels}.",
    "library.zalo_template": "A Zalo message needs a ZNS template: choose one before saving.",
    "library.zalo_template@command": "A Zalo message needs its ZNS template id (--template-id).",
    "library.no_text": "The message has no text: write it before saving.",
    "library.no_text@command": "The message has no text (--content).",
    "library.exists": "There is already a saved message named {name!r}.",
    "library.empty": "There is no saved message named {name!r}: the library is empty. Save one "
    "with 'esms-desktop library save NAME --channel ... --content ...'.",
    "library.not_found": "There is no saved message named {name!r}. See them all: 'esms-desktop "
    "library'.",
    "library.not_found_close": "There is no saved message named {name!r}. Did you mean: {close}? "
    "See them all: 'esms-desktop library'.",
    "library.not_an_export": "This file is not a message library exported by eSMS Desktop; "
    "nothing was imported.",
    "library.damaged_entry": "Message {index} in the file is damaged; nothing was imported.",
    "library.bad_entry": "Message {index} ({name!r}): {reason} Nothing was imported.",
    "library.not_ours": "The file {path} already exists and is not a message library exported "
    "by eSMS Desktop: it was left as it is. Export to a new name, for example messages.json.",
    "library.cannot_write": "Cannot write the file {path}: {reason}.",
    "library.cannot_read": "Cannot read the file {path}. {reason} Nothing was imported.",
    "library.write_not_allowed": (
        "writing there is not allowed (a read-only file or a locked folder)"
    ),
    "library.write_no_folder": "there is no such folder",
    "library.write_failed": "the disk is full or cannot be written",
}
