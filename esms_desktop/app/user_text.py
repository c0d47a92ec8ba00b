"""The one place that turns core errors into words for the user.

eSMS result codes are explained by the catalogue; this module covers the
errors that happen before or around eSMS (network, unreadable answers,
settings, keyring, files) and points result-code errors to the catalogue.
It also says why a campaign paused itself and what the sending engine waits
for, once for both fronts (the texts are the ``app.*`` ids of ``base.texts``).
A :class:`UserMessage` is made in the current language, by the front that shows it.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esms_desktop.base.errors import (
    EsmsDesktopError,
    InputFileError,
    JournalDamagedError,
    ResultCodeError,
    UnknownCampaignError,
)
from esms_desktop.base.redact import redact
from esms_desktop.base.texts import COMMAND_SUFFIX, Words, words
from esms_desktop.base.vntime import VIETNAM, from_esms
from esms_desktop.base.vntime import now as clock
from esms_desktop.catalogue import lookup

if TYPE_CHECKING:
    from esms_desktop.sending.sender import Trouble

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UserMessage:
    """An error (or a pause) in the user's words, in the language spoken when it was made:
    the fronts make it when they show it."""

    title: str
    text: str
    action: str
    #: Technical detail for a "details" part; already free of secrets.
    detail: str = ""

    def as_text(self) -> str:
        out = f"{self.title}\n{self.text}"
        if self.action:
            out += "\n" + str(words("app.what_to_do", action=self.action))
        return out + (f"\n({self.detail})" if self.detail else "")

    def in_one_line(self) -> str:
        """What happened, why, then what to do, as one line (a message bar, a status line)."""
        parts = [p for p in (self.title, self.text, self.action) if p]
        return " ".join(p if p.endswith(".") else p + "." for p in parts)


def _said(title: Words, text: Words, action: Words, detail: str = "") -> UserMessage:
    return UserMessage(str(title), str(text), str(action), detail)


#: Each kind of error (``EsmsDesktopError.kind``): what happened and what to do.
_ERRORS: dict[str, tuple[Words, Words, Words]] = {
    "network": (
        words("app.network.title"),
        words("app.network.text"),
        words("app.network.action"),
    ),
    "bad_answer": (
        words("app.bad_answer.title"),
        words("app.bad_answer.text"),
        words("app.bad_answer.action"),
    ),
    "config": (words("app.config.title"), words("app.config.text"), words("app.config.action")),
    "api_url": (
        words("app.api_url.title"),
        words("app.config.text"),
        words("app.api_url.action"),
    ),
    "credentials": (
        words("app.credentials.title"),
        words("app.credentials.text"),
        words("app.credentials.action"),
    ),
    "keyring": (
        words("app.keyring.title"),
        words("app.keyring.text"),
        words("app.keyring.action"),
    ),
    "keyring_missing": (
        words("app.keyring_missing.title"),
        words("app.keyring.missing"),
        words("app.keyring_missing.action"),
    ),
    "keyring_locked": (
        words("app.keyring_locked.title"),
        words("app.keyring.locked"),
        words("app.keyring_locked.action"),
    ),
    "input_file": (
        words("app.input_file.title"),
        words("app.input_file.text"),
        words("app.input_file.action"),
    ),
    "busy": (words("app.busy.title"), words("app.busy.text"), words("app.busy.action")),
    "stale_check": (
        words("app.stale_check.title"),
        words("app.stale_check.title"),
        words("app.stale_check.action"),
    ),
    "other_account": (
        words("app.other_account.title"),
        words("app.other_account.text"),
        words("app.other_account.action"),
    ),
    "report_write": (
        words("app.report_write.title"),
        words("app.report_write.text"),
        words("app.report_write.action"),
    ),
    "report_path": (
        words("app.report_path.title"),
        words("app.report_path.text"),
        words("app.report_path.action"),
    ),
    "journal": (
        words("app.journal.title"),
        words("app.journal.text"),
        words("app.journal.action"),
    ),
    "journal_newer": (
        words("app.journal_newer.title"),
        words("app.journal_newer.text"),
        words("app.journal_newer.action"),
    ),
    "journal_damaged": (
        words("app.journal_damaged.title"),
        words("app.journal_damaged.text"),
        words("app.journal_damaged.action"),
    ),
    "internal": (
        words("app.internal.title"),
        words("app.internal.text"),
        words("app.internal.action"),
    ),
}


#: The codes a campaign pauses itself with that are the app's, not eSMS's.
OWN_PAUSES = frozenset({"network", "bad_answer", "unknown", "records", "qc_hours", "clock"})


def _clock_text(ts: float, now: float) -> str:
    """``HH:MM`` in Vietnam time, with the day (``dd/mm``) when it is not today's."""
    at = dt.datetime.fromtimestamp(ts, VIETNAM)
    same_day = at.date() == dt.datetime.fromtimestamp(now, VIETNAM).date()
    return at.strftime("%H:%M") if same_day else at.strftime("%H:%M %d/%m")


def esms_time_said(esms_text: str) -> str:
    """An eSMS time (``to_esms``) as the user reads it: ``HH:MM``, with the day when it is
    not today's; the text itself when it cannot be read."""
    try:
        return _clock_text(from_esms(esms_text), clock())
    except ValueError:
        return esms_text


def records_pause(
    until_text: str, now: float | None = None, *, command: str | None = None
) -> UserMessage:
    """A campaign paused until eSMS's records of its doubtful messages can be believed.

    ``until_text`` is the pause's message: ``to_esms`` of the time from which a
    resume settles them (empty or unreadable: said without a time). ``command``:
    the command line's words for that resume (``resume 7``), None in the window.
    """
    try:
        until = from_esms(until_text)
    except ValueError:
        until = None
    when = _clock_text(until, now if now is not None else clock()) if until else ""
    # The command line's own wording when it names its command; the window's otherwise.
    suffix = "" if command is None else COMMAND_SUFFIX
    if when:
        title = words("app.records.title_until", when=when)
        action = words("app.records.action_after" + suffix, when=when, command=command)
    else:
        title = words("app.records.title")
        action = words("app.records.action" + suffix, command=command)
    return _said(title, words("app.records.text"), action)


def pause_reason(code: str, message: str = "", *, command: str | None = None) -> UserMessage | None:
    """Why a campaign paused, from the code (and message) it paused with; None when the
    user paused it. The window and the command line both say it so: ``command`` is the
    command line's resume (``resume 7``), None in the window."""
    if code in ("", "user"):
        return None
    if code == "records":
        return records_pause(message, command=command)
    resume = (
        words("app.resume.window")
        if command is None
        else words("app.resume.command", command=command)
    )
    if code == "network":
        title, text, _ = _ERRORS["network"]
        return _said(title, text, words("app.pause.network.action", resume=resume))
    if code == "bad_answer":
        title, text, _ = _ERRORS["bad_answer"]
        if message:
            text = words("app.pause.bad_answer.text", detail=message)
        return _said(title, text, words("app.pause.bad_answer.action", resume=resume))
    if code == "qc_hours":
        try:
            when = _clock_text(from_esms(message), clock())
        except ValueError:
            when = "07:00"
        action = words("app.pause.qc_hours.action", when=when, resume=resume)
        return _said(words("app.pause.qc_hours.title"), words("app.pause.qc_hours.text"), action)
    if code == "clock":
        from esms_desktop.checks.clock_rules import clock_off_words

        try:
            off: Words | str = clock_off_words(float(message))
        except ValueError:
            off = ""
        text = words("app.pause.clock.text", off=off)
        action = words("app.pause.clock.action", resume=resume)
        return _said(words("app.pause.clock.title"), text, action)
    if code == "unknown":
        action = (
            words("app.pause.unknown.window")
            if command is None
            else words("app.pause.unknown.command", command=command)
        )
        return _said(words("app.pause.unknown.title"), words("app.pause.unknown.text"), action)
    # An eSMS refusal of the whole account (balance, keys...).
    entry = lookup(code).text
    return UserMessage(entry.title, entry.explanation, entry.action)


def for_error(exc: BaseException) -> UserMessage:
    """Words for any exception, in the current language; unknown exceptions get the
    generic text."""
    if isinstance(exc, ResultCodeError):
        entry = lookup(exc.code, exc.error_message).text
        return UserMessage(entry.title, entry.explanation, entry.action, redact(exc.detail))
    if isinstance(exc, JournalDamagedError) and exc.backup is None:
        title, text, _ = _ERRORS["journal_damaged"]
        action = words("app.journal_damaged.no_backup", path=exc.path)
        return _said(title, text, action, redact(exc.message))
    if isinstance(exc, InputFileError) and exc.reason is not None:
        # The file's name is the detail; what the reader said (in English, a library's
        # class name) goes to the log.
        _log_technical(exc)
        heading = str(_ERRORS["input_file"][0])
        return UserMessage(heading, str(exc.reason), "", redact(exc.file))
    if isinstance(exc, UnknownCampaignError):
        return _said(
            words("app.unknown_campaign.title"),
            words("app.unknown_campaign.text", campaign=exc.campaign_id),
            words("app.unknown_campaign.action"),
        )
    if isinstance(exc, EsmsDesktopError) and exc.reason is not None:
        # Said in the user's words: the English message is for the log, not for them.
        _log_technical(exc)
        title, _, action = _ERRORS.get(exc.kind, _ERRORS["internal"])
        return _said(title, exc.reason, _with_command(exc, action))
    if isinstance(exc, EsmsDesktopError):
        title, text, action = _ERRORS.get(exc.kind, _ERRORS["internal"])
        detail = "; ".join(p for p in (exc.message, exc.detail) if p)
        return _said(title, text, _with_command(exc, action), redact(detail))
    title, text, action = _ERRORS["internal"]
    return _said(title, text, action, redact(f"{type(exc).__name__}: {exc}"))


#: The errors whose next step on the command line is a command to run (``{command}``).
_NEXT_COMMAND = frozenset({"busy", "journal", "other_account"})
_PLAIN_NAME = re.compile(r"[\w.@-]+")


def _with_command(exc: EsmsDesktopError, action: Words) -> Words:
    """``action`` with the command the command line runs next (the window's wording has
    none): the campaign's own resume when the error names the campaign."""
    if exc.kind not in _NEXT_COMMAND:
        return action
    account = str(getattr(exc, "profile", "") or "")
    if exc.kind == "other_account" and account:  # the window's words name it too
        return words("app.other_account.named", command=_next_command(exc), account=account)
    return words(action.key, command=_next_command(exc))


def _next_command(exc: EsmsDesktopError) -> Words:
    campaign = exc.campaign_id
    if campaign is None:  # not while a campaign was sent: the same command again
        return words("app.run_again") if exc.kind == "journal" else words("app.resume.any")
    resume = f"resume {campaign}"
    if exc.kind == "other_account":
        profile = str(getattr(exc, "profile", "") or "")
        if not profile:
            return words("app.other_account.keys", command=resume)
        name = profile if _PLAIN_NAME.fullmatch(profile) else f'"{profile}"'
        resume = f"--profile {name} {resume}"
    return words("app.resume.command", command=resume)


def _log_technical(exc: EsmsDesktopError) -> None:
    technical = "; ".join(p for p in (exc.message, exc.detail) if p)
    log.info("%s: %s", type(exc).__name__, redact(technical))


def records_waiting_text(trouble: Trouble, now: float | None = None) -> Words:
    """The sender waits until eSMS's records of doubtful messages can be believed."""
    return words(
        "app.waiting.records",
        when=_clock_text(trouble.until, now if now is not None else clock()),
        minutes=max(1, math.ceil(trouble.wait / 60)),
        count=trouble.count,
    )


def waiting_text(trouble: Trouble) -> Words:
    """What the sending engine is waiting for, and that waiting is safe (CLI and window)."""
    if trouble.kind == "records":
        return records_waiting_text(trouble)
    seconds = max(1.0, trouble.wait)  # a retry a moment away: "1 s", not "0 s"
    if trouble.rounds == 0:
        return words("app.waiting.first", seconds=seconds)
    cause = (
        words("app.waiting.bad_answer", detail=trouble.detail)
        if trouble.kind == "bad_answer"
        else words("app.waiting.network")
    )
    return words(
        "app.waiting.again", cause=cause, seconds=seconds, round=trouble.rounds, most=trouble.most
    )
