"""One way from a customer file to a checked, priced campaign, for the window and the command line.

file -> rows -> recipients -> filters (the do-not-send list) -> checks (advertising
limit and hours, repeat guard, schedule, templates) -> plan -> price. Both fronts
call :func:`load_recipients` and :func:`check_recipients` (the command line
through :func:`prepare`, which is the two in a row), so what the window checks
and what ``esms-desktop check`` / ``send`` check cannot differ: the fronts only
show the result.

Each background result is tied to its inputs by :func:`inputs_key`: the window
keeps a result only while the key of what it shows is still the same.

A filter step (segments, consent, ...) is a :data:`RowFilter` added to
:data:`FILTERS` (or passed to :func:`check_recipients`): it gets the list and
the sources, and returns the list the checks run on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from esms_desktop.app import opt_out
from esms_desktop.base.vntime import now as app_now
from esms_desktop.checks import CheckReport, check_with_account
from esms_desktop.checks.balance_rules import balance_checks
from esms_desktop.checks.clock_rules import repeat_since
from esms_desktop.checks.repeat_rules import compares_records, records_since
from esms_desktop.checks.result import RecentAds, RecentTexts, RecordedTexts, ScheduledBefore
from esms_desktop.importing.reader import file_identity
from esms_desktop.journal.spending import last_campaign_cost
from esms_desktop.message.spec import VIETNAM, CampaignSpec
from esms_desktop.recipients.recipient_list import (
    RecipientList,
    RowState,
    build_recipients,
    open_recipients,
)
from esms_desktop.sending.still_lawful import journal_ads

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.importing.reader import Table
    from esms_desktop.journal import Journal


@dataclass(frozen=True)
class Sources:
    """What a check reads besides the file and the form.

    ``journal``: the do-not-send list, the advertising sent in the last 24 hours
    and the reminders already scheduled (None: none of them, e.g. a bare test);
    ``client``: eSMS, for the account checks and the price (None: offline);
    ``settings``: the schedule limit, and an old do-not-send list still to move.
    """

    journal: Journal | None
    client: EsmsClient | None = None
    settings: Settings | None = None
    now: dt.datetime | None = None
    #: The user asked to send the same text again to whoever got it in the last 24 hours
    #: (``send --again``): those rows are not taken out.
    again: bool = False

    @property
    def max_days(self) -> int | None:
        return self.settings.max_schedule_days if self.settings is not None else None

    def clock(self) -> dt.datetime:
        return (self.now or dt.datetime.fromtimestamp(app_now(), VIETNAM)).astimezone(VIETNAM)


#: One filter step: the list in, the list the checks run on out (the same object when
#: nothing changes).
RowFilter = Callable[[RecipientList, Sources], RecipientList]


def excluded_numbers(sources: Sources) -> frozenset[str]:
    """The do-not-send list as it is now (empty without a journal)."""
    if sources.journal is None:
        return frozenset()
    return opt_out.excluded(sources.journal, sources.settings)


def load_recipients(
    path: str | Path,
    sources: Sources,
    *,
    sheet: str | None = None,
    phone_column: str | None = None,
    convert_text: str = "none",
    read: Callable[[], Table] | None = None,
) -> RecipientList:
    """Read the file and classify its rows, the do-not-send list applied.

    ``read``: the file's table when another thread reads it already (see
    :func:`~esms_desktop.recipients.recipient_list.open_recipients`).

    Raises :class:`~esms_desktop.base.errors.InputFileError` for a file that cannot be
    used and :class:`ValueError` for a phone column the file does not have.
    """
    return open_recipients(
        path,
        sheet=sheet,
        phone_column=phone_column,
        opt_out=excluded_numbers(sources),
        convert_text=convert_text,
        read=read,
    )


def apply_opt_out(recipients: RecipientList, sources: Sources) -> RecipientList:
    """The list with the do-not-send list as it is at check time, not at load time.

    A number added from the command line while the window had the file open is
    left out all the same; a number taken off the list goes back in. Rows are
    classified again only when the list changed for a number in the file.
    """
    if sources.journal is None:
        return recipients
    numbers = excluded_numbers(sources)
    stale = any(r.phone not in numbers for r in recipients.by_state(RowState.BLOCKED)) or (
        bool(numbers)  # an empty list takes nobody out: no row to look at
        and (
            not numbers.isdisjoint(r.phone for r in recipients.ready)
            or not numbers.isdisjoint(r.phone for r in recipients.by_state(RowState.DUPLICATE))
        )
    )
    if not stale:
        return recipients
    rebuilt = build_recipients(recipients.table, recipients.mapping, numbers)
    rebuilt.summarise()
    return rebuilt


#: The filter steps every check runs, in order.
FILTERS: tuple[RowFilter, ...] = (apply_opt_out,)


def check_recipients(
    recipients: RecipientList,
    spec: CampaignSpec,
    sources: Sources,
    filters: Sequence[RowFilter] = FILTERS,
) -> CheckReport:
    """Every check of ``spec`` over ``recipients``, priced: what the send will do.

    Blocking (network, files, the journal): run it off the window's thread.
    """
    for step in filters:
        recipients = step(recipients, sources)
    journal = sources.journal
    now = sources.clock()
    recent_ads: RecentAds | None = None
    recent_texts: RecentTexts | None = None
    scheduled_before: ScheduledBefore | None = None
    if journal is not None:
        recent_ads = journal_ads(journal, now.timestamp())
        if not spec.sandbox:

            def recent_texts(phones: list[str]) -> dict[tuple[str, str], tuple[int, bool]]:
                # Asked once the check's look-ups measured eSMS's clock: a computer's clock
                # set forward makes what it journaled look older.
                since = repeat_since(now.timestamp(), sources.client)
                found = journal.recent_texts(phones, since)
                # "Send again" is for whoever got it; what is still to go in an unfinished
                # campaign goes when it is resumed, never a second time.
                return {k: v for k, v in found.items() if v[1]} if sources.again else found

        if spec.reminder is not None and not spec.sandbox:
            scheduled_before = journal.scheduled_sends
    report = check_with_account(
        recipients,
        spec,
        sources.client,
        now=sources.now,
        recent_ads=recent_ads,
        max_days=sources.max_days,
        scheduled_before=scheduled_before,
        recent_texts=recent_texts,
        recorded_texts=_recorded_texts(spec, sources, now.timestamp()),
    )
    settings = sources.settings
    if settings is not None and settings.low_balance_vnd and report.balance is not None:
        last = last_campaign_cost(journal) if journal is not None else None
        balance_checks(report, settings.low_balance_vnd, last)
    return report


def _recorded_texts(spec: CampaignSpec, sources: Sources, now: float) -> RecordedTexts | None:
    """eSMS's records of the last 24 hours, for the texts this campaign sends (None when
    there is no account to ask, the user asked to send again, or nothing is charged)."""
    client = sources.client
    if client is None or not compares_records(spec, again=sources.again):
        return None

    return lambda phones: records_since(client, spec, phones, now)


def prepare(
    path: str | Path,
    spec: CampaignSpec,
    sources: Sources,
    *,
    sheet: str | None = None,
    phone_column: str | None = None,
    convert_text: str = "none",
    read: Callable[[], Table] | None = None,
) -> CheckReport:
    """File to checked campaign in one call (the command line's way)."""
    recipients = load_recipients(
        path,
        sources,
        sheet=sheet,
        phone_column=phone_column,
        convert_text=convert_text,
        read=read,
    )
    return check_recipients(recipients, spec, sources)


# ------------------------------------------------------------------ keys of inputs


@dataclass(frozen=True)
class LoadKey:
    """What a file load read: the file, the sheet and phone column asked for."""

    file: tuple[str, int, int]
    sheet: str | None
    phone_column: str | None


def load_key(path: str | Path, sheet: str | None, phone_column: str | None) -> LoadKey:
    return LoadKey(file_identity(path), sheet, phone_column)


@dataclass(frozen=True)
class InputsKey:
    """What a check was run on: the list (its file, sheet, mapping and that very reading)
    and what the form said (text, channel, sender, schedule, options)."""

    file: tuple[str, int, int]
    sheet: str
    mapping: tuple[int | None, int]
    reading: int
    spec: tuple[object, ...]


def inputs_key(recipients: RecipientList, spec: CampaignSpec) -> InputsKey:
    """The key of a check's inputs; equal keys mean the same check. Its file is the file
    as it was when the list was read, not as it is now: a file saved again since is not
    what was read (:meth:`~esms_desktop.importing.reader.Table.changed_on_disk`)."""
    table = recipients.table
    return InputsKey(
        table.identity or file_identity(table.path),
        recipients.table.sheet,
        (recipients.mapping.header_row, recipients.mapping.phone),
        id(recipients),
        spec.key(),
    )


__all__ = [
    "FILTERS",
    "InputsKey",
    "LoadKey",
    "RowFilter",
    "Sources",
    "apply_opt_out",
    "check_recipients",
    "excluded_numbers",
    "file_identity",
    "inputs_key",
    "load_key",
    "load_recipients",
    "prepare",
]
