"""The message library: messages saved under a name, to send again next month.

An entry keeps what a campaign's message is made of: channel, text (with its
``{Column}`` placeholders), brandname, and for Zalo the OA, the template and
which column fills each parameter. It lives in the journal database
(:mod:`esms_desktop.journal.extra_tables`), is exported and imported as JSON,
and every campaign made from an entry records the entry's name
(``CampaignSpec.library_entry``).
"""

from __future__ import annotations

import difflib
import json
import re
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.base.texts import Words, words
from esms_desktop.journal.extra_tables import connect
from esms_desktop.message.spec import Channel, ParamSource

__all__ = [
    "EXPORT_FORMAT",
    "LibraryEntry",
    "LibraryError",
    "MessageLibrary",
    "entries_from_json",
    "entries_to_json",
    "is_export",
    "write_export",
]

#: A ``{Column}`` placeholder, as :mod:`esms_desktop.message.content` reads them.
PLACEHOLDER = re.compile(r"\{([^{}\n]{1,80})\}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Written in every export, checked on import.
_FORMAT_NAME = "esms-desktop-message-library/"
EXPORT_FORMAT = _FORMAT_NAME + "1"
#: An export is read whole to be recognised; a bigger file is not one (64 MB).
_EXPORT_HEAD = 64 << 20
MAX_NAME = 100


class LibraryError(EsmsDesktopError):
    """A library entry that cannot be saved, found or imported; ``words`` say why (``str``
    of the error: in the current language)."""

    kind = "library"

    def __init__(self, why: Words) -> None:
        super().__init__(why.key)
        self.words = why

    def __str__(self) -> str:
        return str(self.words)


@dataclass(frozen=True)
class LibraryEntry:
    name: str
    channel: str
    content: str = ""
    brandname: str = ""
    oaid: str = ""
    template_id: str = ""
    params: dict[str, ParamSource] = field(default_factory=dict)
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def placeholders(self) -> list[str]:
        """The ``{Column}`` names the text uses, in order, each once."""
        seen: list[str] = []
        for found in PLACEHOLDER.finditer(self.content):
            name = found.group(1).strip()
            if name and name not in seen:
                seen.append(name)
        return seen

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "channel": self.channel,
            "content": self.content,
            "placeholders": self.placeholders,
            "brandname": self.brandname,
            "oaid": self.oaid,
            "template_id": self.template_id,
            "params": {n: _source_json(s) for n, s in self.params.items()},
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


def _source_json(source: ParamSource) -> dict[str, str]:
    return {"column": source.column} if source.column else {"value": source.value}


def _source(data: object) -> ParamSource:
    if isinstance(data, Mapping):
        return ParamSource(column=str(data.get("column") or ""), value=str(data.get("value") or ""))
    return ParamSource(value=str(data))


def validate(entry: LibraryEntry) -> LibraryEntry:
    """The entry, tidied; :class:`LibraryError` when it cannot be saved."""
    name = " ".join(_CONTROL.sub("", entry.name).split())  # escape sequences, tabs...
    if not name or len(name) > MAX_NAME:
        raise LibraryError(words("library.name_length", most=MAX_NAME))
    channel = Channel.parse(entry.channel)
    if channel is None:
        raise LibraryError(
            words("library.no_channel", channel=entry.channel, channels=", ".join(Channel))
        )
    if not channel.sends_text and not entry.template_id.strip():
        raise LibraryError(words("library.zalo_template"))
    if channel.sends_text and not entry.content.strip():
        raise LibraryError(words("library.no_text"))
    return LibraryEntry(
        name,
        entry.channel,
        entry.content,
        entry.brandname.strip(),
        entry.oaid.strip(),
        entry.template_id.strip(),
        dict(entry.params),
        entry.created_at,
        entry.updated_at,
    )


class MessageLibrary:
    """The saved messages of one journal file."""

    def __init__(self, path: Path, clock: Any = time.time) -> None:
        self.path = path
        self._clock = clock

    def save(self, entry: LibraryEntry, *, replace: bool = True) -> LibraryEntry:
        """Save ``entry`` under its name (replacing one of that name unless ``replace`` is
        False: then :class:`LibraryError`)."""
        entry = validate(entry)
        now = self._clock()
        with connect(self.path) as db:
            old = db.execute(
                "SELECT created_at FROM message_library WHERE name=?", (entry.name,)
            ).fetchone()
            if old is not None and not replace:
                raise LibraryError(words("library.exists", name=entry.name))
            created = float(old[0]) if old is not None else (entry.created_at or now)
            db.execute(
                "INSERT OR REPLACE INTO message_library (name, channel, content, brandname,"
                " oaid, template_id, params_json, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    entry.name,
                    entry.channel,
                    entry.content,
                    entry.brandname,
                    entry.oaid,
                    entry.template_id,
                    json.dumps(
                        {n: _source_json(s) for n, s in entry.params.items()}, ensure_ascii=False
                    ),
                    created,
                    now,
                ),
            )
        return self.get(entry.name)

    def entries(self) -> list[LibraryEntry]:
        with connect(self.path) as db:
            rows = db.execute(
                "SELECT * FROM message_library ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [_entry(r) for r in rows]

    def get(self, name: str) -> LibraryEntry:
        """The entry named ``name`` (spacing and case aside); a plain error naming the
        closest ones otherwise."""
        wanted = " ".join(name.split())
        entries = self.entries()
        for e in entries:
            if e.name == wanted:
                return e
        for e in entries:
            if e.name.casefold() == wanted.casefold():
                return e
        names = [e.name for e in entries]
        close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
        if not names:
            raise LibraryError(words("library.empty", name=wanted))
        if close:
            nearest = ", ".join(close)
            raise LibraryError(words("library.not_found_close", name=wanted, close=nearest))
        raise LibraryError(words("library.not_found", name=wanted))

    def delete(self, name: str) -> None:
        entry = self.get(name)
        with connect(self.path) as db:
            db.execute("DELETE FROM message_library WHERE name=?", (entry.name,))

    def import_entries(self, entries: Iterable[LibraryEntry]) -> int:
        """Save every entry (those of the same name are replaced); how many."""
        count = 0
        for entry in entries:
            self.save(entry)
            count += 1
        return count


def _entry(r: Any) -> LibraryEntry:
    try:
        raw = json.loads(r["params_json"] or "{}")
    except ValueError:
        raw = {}
    params = {str(n): _source(s) for n, s in raw.items()} if isinstance(raw, dict) else {}
    return LibraryEntry(
        r["name"],
        r["channel"],
        r["content"],
        r["brandname"],
        r["oaid"],
        r["template_id"],
        params,
        float(r["created_at"]),
        float(r["updated_at"]),
    )


def entries_to_json(entries: Iterable[LibraryEntry]) -> str:
    return json.dumps(
        {"format": EXPORT_FORMAT, "messages": [e.as_json() for e in entries]},
        ensure_ascii=False,
        indent=1,
    )


def is_export(path: Path) -> bool:
    """Whether the file at ``path`` is a library this app exported (of any version): the
    only file an export may write over. Anything else may be the shop's own data."""
    try:
        with path.open("rb") as f:
            head = f.read(_EXPORT_HEAD)
        data = json.loads(head.decode("utf-8-sig"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and str(data.get("format", "")).startswith(_FORMAT_NAME)


def write_export(entries: Iterable[LibraryEntry], path: Path) -> None:
    """Write ``entries`` to ``path`` as an export: never over a file that is not one
    (:class:`LibraryError`, the file left as it is), and through a file of its own, so
    that a full disk never leaves half an export in place of the previous one.
    Other errors are the ``OSError`` of the write."""
    if path.is_file() and not is_export(path):
        raise LibraryError(words("library.not_ours", path=path))
    text = entries_to_json(entries)
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def entries_from_json(text: str) -> list[LibraryEntry]:
    """The entries of an export; :class:`LibraryError` (nothing imported) if it is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise LibraryError(words("library.not_an_export"))
    out = []
    for i, item in enumerate(data.get("messages") or [], start=1):
        if not isinstance(item, dict):
            raise LibraryError(words("library.damaged_entry", index=i))
        params = item.get("params") or {}
        entry = LibraryEntry(
            name=str(item.get("name") or ""),
            channel=str(item.get("channel") or ""),
            content=str(item.get("content") or ""),
            brandname=str(item.get("brandname") or ""),
            oaid=str(item.get("oaid") or ""),
            template_id=str(item.get("template_id") or ""),
            params={str(n): _source(s) for n, s in params.items()}
            if isinstance(params, dict)
            else {},
            created_at=float(item.get("created_at") or 0),
        )
        try:
            out.append(validate(entry))
        except LibraryError as exc:
            raise LibraryError(
                words("library.bad_entry", index=i, name=entry.name, reason=exc.words)
            ) from None
    return out
