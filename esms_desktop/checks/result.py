"""The result of checking a campaign: problems, rows taken out, texts, requests, price."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress, filterfalse

from esms_desktop.base.texts import Words
from esms_desktop.checks.problems import Problem, Severity
from esms_desktop.message.spec import CampaignSpec, Channel
from esms_desktop.recipients.recipient_list import Recipient, RecipientList, RowState

#: Given the ready numbers and a time range (Unix times), when each got or is to get an
#: advertising message within it (their eSMS send times, or when they were sent).
RecentAds = Callable[[list[str], float, float], dict[str, list[float]]]
#: Given the ready numbers, the (phone, text) they got (or may still get) in the last 24
#: hours: the campaign of each, and whether it is still to go there (not yet accepted).
RecentTexts = Callable[[list[str]], dict[tuple[str, str], tuple[int, bool]]]
#: Given the sendable numbers, the (phone, text) eSMS's records show they got in the last
#: 24 hours, with the latest time (None: eSMS's time unreadable); ApiError when the
#: records cannot all be read.
RecordedTexts = Callable[[list[str]], dict[tuple[str, str], float | None]]
#: Given a channel, the (phone, eSMS send time) already handed to eSMS or on their way,
#: with their campaign.
ScheduledBefore = Callable[[Channel], dict[tuple[str, str], int]]


@dataclass
class CheckReport:
    recipients: RecipientList
    spec: CampaignSpec
    problems: list[Problem] = field(default_factory=list)
    #: Ready rows that a check took out of the send, with the problem code.
    excluded: dict[int, str] = field(default_factory=dict)
    #: The text each sendable row gets (SMS channels), or the Zalo parameter values.
    messages: dict[int, str] = field(default_factory=dict)
    zalo_params: dict[int, list[str]] = field(default_factory=dict)
    #: SMS parts of each row's text (the price multiplier).
    parts: dict[int, int] = field(default_factory=dict)
    #: The estimated price of each sendable row (carrier and parts differ by row).
    prices: dict[int, Decimal] = field(default_factory=dict)
    #: Each sendable row's own send time (reminders from a date column), Vietnam time.
    send_at: dict[int, dt.datetime] = field(default_factory=dict)
    requests: list[int] = field(default_factory=list)
    cost: Decimal | None = None
    cost_from_esms: bool = False
    balance: Decimal | None = None
    #: Checks that could not be made (no account, eSMS unreachable), and why.
    skipped: list[Words] = field(default_factory=list)
    #: When the check was made (the app's clock): an old check's look at eSMS's records is
    #: made again as its campaign is written (``sending.still_lawful``).
    checked_at: float = 0.0
    #: Advertising: how consent was judged (``consent.rule_text``); "" for other channels.
    consent_rule: str = ""
    #: With a segment: how many rows (of any state) meet its conditions; None without one.
    in_segment: int | None = None
    _sendable: list[Recipient] = field(default_factory=list, repr=False, compare=False)
    _sendable_for: int = field(default=-1, repr=False, compare=False)

    @property
    def sendable(self) -> list[Recipient]:
        """The ready rows no check took out (a fresh list; worked out again only after
        ``excluded`` grew, which is all a check ever does to it)."""
        if self._sendable_for != len(self.excluded):
            excluded = self.excluded
            ready = self.recipients.ready
            self._sendable = (
                list(ready) if not excluded else [r for r in ready if r.row not in excluded]
            )
            self._sendable_for = len(excluded)
        return list(self._sendable)

    def send_time(self, row: int, now: dt.datetime) -> dt.datetime:
        """When ``row``'s message goes: its own time (reminders), else the campaign's one
        time, else ``now``."""
        return self.send_at.get(row) or self.spec.schedule or now

    def by_day(self) -> dict[dt.date, int]:
        """How many messages go out on each day (reminders), in day order."""
        days: dict[dt.date, int] = {}
        for when in sorted(self.send_at.values()):  # only sendable rows keep one (``add``)
            days[when.date()] = days.get(when.date(), 0) + 1
        return days

    @property
    def blocked(self) -> bool:
        return any(p.severity is Severity.BLOCKING for p in self.problems)

    def add(
        self, code: str, severity: Severity, reason: Words, rows: list[int] | None = None
    ) -> None:
        rows = sorted(rows or [])
        self.problems.append(Problem(code, severity, reason, tuple(rows)))
        if severity is Severity.ROWS:
            for row in rows:
                self.excluded.setdefault(row, code)
                self.send_at.pop(row, None)  # a row taken out has no send time


#: What the Customers page can show: every row, or one kind.
CATEGORIES = ("ready", "problem", "duplicate", "blocked")


def positions_in(recipients: RecipientList, report: CheckReport | None, category: str) -> list[int]:
    """Where in ``recipients.rows`` the rows of ``category`` are (ascending), after
    ``report``'s checks.

    ``problem``: a number that cannot be used, or a row a check took out (before a
    check, a row with garbled text: ``RecipientList.garbled_ready``);
    ``ready``: the other usable numbers. Worked out for the whole list at once
    in C loops (a window filtering a million rows one by one freezes).
    """
    if category == "duplicate":
        return recipients.positions(RowState.DUPLICATE)
    if category == "blocked":
        return recipients.positions(RowState.BLOCKED)
    taken_out: set[int] = set()
    held = report.excluded if report is not None else recipients.garbled_ready
    if held:
        numbers, states = recipients.row_numbers, recipients.states
        hit = compress(range(len(numbers)), map(held.__contains__, numbers))
        usable = (RowState.READY, RowState.REJECTED)  # a duplicate stays a duplicate
        taken_out = {at for at in hit if states[at] in usable}
    if category == "problem":
        return sorted(taken_out.union(recipients.positions(RowState.REJECTED)))
    if category == "ready":
        return list(filterfalse(taken_out.__contains__, recipients.positions(RowState.READY)))
    raise ValueError(f"no such category: {category!r}")
