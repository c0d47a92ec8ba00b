"""Registering a customer-care or fixed-number text as an eSMS template, from the app.

A customer-care (or fixed-number) message is delivered only when its text
matches a template eSMS approved for the brandname (codes 146/177 otherwise).
This module turns the user's text into eSMS's form (each ``{Column}`` becomes
``{Column:length}``, the length from the longest value in the list plus a
margin), refuses locally what eSMS's moderators refuse (links and phone
numbers in the text), sends the request (``SubServicePreviewJson``) and keeps
it in the journal's file with its state: moderating, approved or refused.

eSMS tells the outcome only to a callback URL, which a desktop app cannot
offer, so :func:`refresh` re-reads the brandname's templates (``GetTemplate``)
and calls a registration approved when a template with the same fixed text
appears.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from esms_desktop.base.errors import EsmsDesktopError, ResultCodeError
from esms_desktop.base.texts import Words, say, words
from esms_desktop.catalogue import lookup
from esms_desktop.catalogue.model import Scope
from esms_desktop.journal.extra_tables import connect
from esms_desktop.message.spec import Channel
from esms_desktop.message.templates import matches
from esms_desktop.telecom.sms_text import measure, remove_diacritics

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.api.registration import TemplateRequest
    from esms_desktop.recipients.recipient_list import RecipientList

__all__ = [
    "APPROVED",
    "MODERATING",
    "REFUSED",
    "RegistrationError",
    "TemplateRegistration",
    "TemplateRegistrations",
    "already_registered",
    "esms_form",
    "local_refusals",
    "refresh",
    "register",
    "same_template",
]

MODERATING, APPROVED, REFUSED = "moderating", "approved", "refused"
#: A variable's length when no list is given to measure it.
DEFAULT_LENGTH = 30
#: eSMS's moderators take hours to days: after this long, the list says to ask eSMS.
ASK_AFTER = 3 * 24 * 3600

_COLUMN = re.compile(r"\{([^{}\n]{1,80})\}")
_SIZED = re.compile(r"^\s*([^{}:,]+?)\s*[:,]\s*(\d{1,4})\s*$")
_ANY_VARIABLE = re.compile(r"\{[^{}\n]*\}")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:vn|com|net|me|ly|link)\b")
_PHONE = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d)|(?<!\d)1[89]00(?:[\s.-]?\d){4,6}")


class RegistrationError(EsmsDesktopError):
    """A text that cannot be registered as it is: ``words``, the sentences that say why
    (``str`` of the error: them in the current language)."""

    kind = "registration"

    def __init__(self, *why: Words) -> None:
        super().__init__(" ".join(w.key for w in why))
        self.words = why

    def __str__(self) -> str:
        return " ".join(say(w) for w in self.words)


def margin(longest: int) -> int:
    """Room above the longest value seen: names and codes in next month's list are longer."""
    return max(5, -(-longest // 5))


def esms_form(
    content: str,
    recipients: RecipientList | None = None,
    lengths: dict[str, int] | None = None,
) -> tuple[str, list[tuple[str, int]]]:
    """``content`` with each ``{Column}`` written ``{Column:length}``, and the variables.

    The length is ``lengths[Column]`` when given, else the longest value of that
    column in ``recipients`` plus :func:`margin`, else :data:`DEFAULT_LENGTH`. A
    variable already written with a length (``{Tên:20}``, ``{P1,20}``) keeps it.
    """
    lengths = dict(lengths or {})
    variables: list[tuple[str, int]] = []
    # A plain text is registered as plain (IsUnicode 0): its variable names lose their
    # diacritics too, so that nothing in the request is Unicode ({Ho va ten:20}).
    plain = not measure(_COLUMN.sub("", content)).unicode

    def one(found: re.Match[str]) -> str:
        inside = found.group(1)
        sized = _SIZED.match(inside)
        if sized:
            name, size = sized.group(1), int(sized.group(2))
        else:
            name = " ".join(inside.replace(":", " ").split())
            size = lengths.get(name) or _longest(recipients, name)
        variables.append((name, size))
        shown = remove_diacritics(name) if plain else name
        return "{" + shown + ":" + str(size) + "}"

    return _COLUMN.sub(one, content.strip()), variables


def _longest(recipients: RecipientList | None, column: str) -> int:
    if recipients is None:
        return DEFAULT_LENGTH
    index = recipients.mapping.index_of(column)
    if index is None:
        shown = ", ".join(c for c in recipients.columns if c)
        raise RegistrationError(words("templates.unknown_column", column=column, columns=shown))
    longest = max((len(r.value(index)) for r in recipients.rows), default=0)
    return longest + margin(longest)


def local_refusals(esms_text: str) -> list[Words]:
    """What eSMS's moderators would refuse in the text, in plain words."""
    fixed = _ANY_VARIABLE.sub(" ", esms_text)
    out: list[Words] = []
    if not fixed.strip() and not _ANY_VARIABLE.search(esms_text):
        out.append(words("templates.empty"))
    link = _LINK.search(fixed)
    if link:
        out.append(words("templates.link", link=link.group()))
    phone = _PHONE.search(fixed)
    if phone:
        out.append(words("templates.phone", phone=phone.group().strip()))
    return out


def _pieces(text: str) -> list[str]:
    """The fixed text between variables, compared loosely (spacing, case, NFC)."""
    text = unicodedata.normalize("NFC", text)
    return [" ".join(p.casefold().split()) for p in _ANY_VARIABLE.split(text)]


def same_template(ours: str, listed: str) -> bool:
    """True when eSMS's listed template is our registered text (variables aside: eSMS
    lists them as ``{P1,30}``)."""
    return _pieces(ours) == _pieces(listed)


def already_registered(content: str, message: str, listed: Sequence[str]) -> bool:
    """Whether the text ``content`` needs no registering: it is one of the ``listed``
    templates (variables aside), or its ``message`` (as a customer gets it, the one
    the window's "matches the template" judges) fits one of them."""
    return any(same_template(content, t) or (message and matches(t, message)) for t in listed)


@dataclass(frozen=True)
class TemplateRegistration:
    id: int
    channel: str
    brandname: str
    content: str
    service_preview_id: str
    state: str
    #: eSMS's answer to the registration (100: taken for moderation).
    code: str
    template_id: str
    created_at: float
    checked_at: float | None

    @property
    def reason(self) -> str:
        """What eSMS's code says (why it refused), in the current language; "" for 100."""
        if self.code in ("", "100"):
            return ""
        text = lookup(self.code).text
        return f"{text.title}: {text.explanation} {text.action}".strip()


class TemplateRegistrations:
    """The registrations kept in one journal file."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def add(
        self,
        channel: str,
        brandname: str,
        content: str,
        *,
        preview_id: str,
        state: str,
        code: str,
    ) -> TemplateRegistration:
        # The reason is eSMS's code, said in the language of whoever reads it later: the
        # table's ``reason`` column (the words, as earlier versions kept them) stays empty.
        with connect(self.path) as db:
            cur = db.execute(
                "INSERT INTO template_registrations (channel, brandname, content,"
                " service_preview_id, state, code, created_at)"
                " VALUES (?,?,?,?,?,?,?)",
                (channel, brandname, content, preview_id, state, code, self._clock()),
            )
            new_id = int(cur.lastrowid or 0)
        return self.get(new_id)

    def get(self, registration_id: int) -> TemplateRegistration:
        with connect(self.path) as db:
            row = db.execute(
                "SELECT * FROM template_registrations WHERE id=?", (registration_id,)
            ).fetchone()
        if row is None:
            raise KeyError(f"no template registration {registration_id}")
        return _registration(row)

    def all(self) -> list[TemplateRegistration]:
        with connect(self.path) as db:
            rows = db.execute("SELECT * FROM template_registrations ORDER BY id").fetchall()
        return [_registration(r) for r in rows]

    def set_state(
        self, registration_id: int, state: str, *, template_id: str = "", checked: bool = True
    ) -> None:
        with connect(self.path) as db:
            db.execute(
                "UPDATE template_registrations SET state=?, template_id=?, checked_at=? WHERE id=?",
                (state, template_id, self._clock() if checked else None, registration_id),
            )

    def checked(self, registration_ids: Sequence[int]) -> None:
        now = self._clock()
        with connect(self.path) as db:
            db.executemany(
                "UPDATE template_registrations SET checked_at=? WHERE id=?",
                [(now, i) for i in registration_ids],
            )


def _registration(r: Any) -> TemplateRegistration:
    return TemplateRegistration(
        id=int(r["id"]),
        channel=r["channel"],
        brandname=r["brandname"],
        content=r["content"],
        service_preview_id=r["service_preview_id"],
        state=r["state"],
        code=r["code"],
        template_id=r["template_id"],
        created_at=float(r["created_at"]),
        checked_at=None if r["checked_at"] is None else float(r["checked_at"]),
    )


def register(
    client: EsmsClient,
    store: TemplateRegistrations,
    *,
    channel: str,
    brandname: str,
    esms_text: str,
) -> TemplateRegistration:
    """Send the registration and keep it. :class:`RegistrationError` before anything is
    sent when the text would be refused; :class:`ResultCodeError` for an answer about the
    whole account (wrong keys, locked account): nothing is kept then."""
    kind = _registrable(channel, brandname, esms_text)
    answer = client.register_sms_template(
        brandname.strip(),
        esms_text,
        sms_type=kind.sms_type,
        unicode=measure(esms_text).unicode,  # the whole request text, variable names too
    )
    if answer.code != "100":
        _raise_for_account(answer)
    if answer.code == "199":  # the same request is being processed: it stays moderating
        earlier = _moderating(store, channel, brandname, esms_text)
        if earlier is not None:
            return earlier
    state = MODERATING if answer.code in ("100", "199") else REFUSED
    return store.add(
        channel, brandname, esms_text, preview_id=answer.service_preview_id,
        state=state, code=answer.code,
    )  # fmt: skip


def _registrable(channel: str, brandname: str, esms_text: str) -> Channel:
    """The channel, when a template can be registered for it with this brandname and
    text; :class:`RegistrationError` (nothing sent) otherwise."""
    kind = Channel.parse(channel)
    if kind is None or not kind.can_register_template:
        raise RegistrationError(words("templates.channels"))
    if not brandname.strip():
        raise RegistrationError(words("templates.brandname"))
    refusals = local_refusals(esms_text)
    if refusals:
        raise RegistrationError(*refusals, words("templates.nothing_sent"))
    return kind


def _raise_for_account(answer: TemplateRequest) -> None:
    """:class:`ResultCodeError` when eSMS's answer is about the whole account, not the text."""
    info = lookup(answer.code, answer.error_message)
    if info.scope is Scope.ACCOUNT:
        raise ResultCodeError(answer.code, answer.error_message, endpoint="SubServicePreviewJson")


def _moderating(
    store: TemplateRegistrations, channel: str, brandname: str, esms_text: str
) -> TemplateRegistration | None:
    """The newest registration of the same text still being moderated, if any."""
    earlier = [
        r
        for r in store.all()
        if (r.channel, r.brandname, r.content) == (channel, brandname, esms_text)
        and r.state == MODERATING
    ]
    return earlier[-1] if earlier else None


@dataclass
class RefreshResult:
    approved: list[TemplateRegistration]
    #: Look-ups that could not tell (fixed-number lists, say).
    notes: list[Words]


def refresh(client: EsmsClient, store: TemplateRegistrations) -> RefreshResult:
    """Look at each brandname's templates once and mark the registrations that appear."""
    waiting = [r for r in store.all() if r.state == MODERATING]
    result = RefreshResult([], [])
    groups: dict[tuple[str, str], list[TemplateRegistration]] = {}
    for r in waiting:
        groups.setdefault((r.brandname, r.channel), []).append(r)
    for (brandname, channel), regs in groups.items():
        try:
            listed = client.get_brandname_templates(brandname, Channel(channel).sms_type)
        except ResultCodeError as exc:
            if Channel(channel) is Channel.FIXED_NUMBER:
                result.notes.append(
                    words("templates.fixed_not_listed", brandname=brandname, code=exc.code)
                )
                continue
            raise
        for r in regs:
            match = next((t for t in listed if same_template(r.content, t.content)), None)
            if match is not None:
                store.set_state(r.id, APPROVED, template_id=match.temp_id)
                result.approved.append(store.get(r.id))
        store.checked([r.id for r in regs if r.id not in {a.id for a in result.approved}])
    return result


def state_text(registration: TemplateRegistration, now: float | None = None) -> Words:
    """The state as a shop owner reads it, with what to do."""
    if registration.state == APPROVED:
        return words("templates.approved")
    if registration.state == REFUSED:
        reason = registration.reason
        return (
            words("templates.refused_because", reason=reason)
            if reason
            else words("templates.refused")
        )
    waited = (now if now is not None else time.time()) - registration.created_at
    if waited > ASK_AFTER:
        return words("templates.moderating_long")
    return words("templates.moderating")
