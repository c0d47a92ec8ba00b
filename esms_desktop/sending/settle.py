"""Settling doubtful requests from eSMS's own records, and when a retry is still safe.

A request whose answer was lost may or may not have reached eSMS. Retrying it
with the same RequestId is safe only while eSMS still blocks that id (124).
eSMS's documentation gives two lifetimes for that block: "trong ngày" (within
the Vietnam calendar day, on the customer-care page) and "24h" (elsewhere).
The stricter reading wins: a retry is allowed only while *both* say the id is
blocked, with a margin for clocks that differ. Past that, the request is looked
up in ``GetSmsSentData_V2`` by the campaign name we sent (``campaignid``, echoed
as ``Campaign``) and the phone number:

* found: it was accepted; its ``ReferenceId`` is the SMSID, used for delivery;
* not found, once eSMS had time to record it (:data:`RECORDS_GRACE` after the
  last attempt): it never arrived, and it goes again with a new RequestId;
* not found sooner: nothing is concluded and nothing is sent; the request waits
  until the grace has passed (the sender says until when, or pauses);
* the records cannot be read: it stays "unknown" and the next run looks again
  (or the user decides to resend).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esms_desktop.api.esms_clock import SAME, ClockOffset
from esms_desktop.api.models import SentDataItem
from esms_desktop.api.policy import RETRY_MARGIN, retry_allowed
from esms_desktop.api.records import LOOKUP_MARGIN, NOT_FOUND, local_phone, record_pages
from esms_desktop.base.errors import ApiError
from esms_desktop.base.vntime import from_esms, to_esms
from esms_desktop.journal import CampaignRow, Journal, MessageRow, RequestRow, RequestState
from esms_desktop.message.spec import stored_schedule
from esms_desktop.sending.plan import fresh_request_id

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

#: How long eSMS's records of a send may take to appear, before "not found" is believed
#: (the default of ``Settings.records_grace_minutes``). eSMS documents no delay: its code
#: table's 105 only says that a message just sent cannot be looked up yet. A message
#: resent because its record was late is paid for and received twice, so the wait is
#: long: 30 minutes, the stricter reading of "not at once".
RECORDS_GRACE = 30 * 60
#: The records grace a user may set, in minutes (``Settings.records_grace_minutes``).
GRACE_MINUTES = (5, 24 * 60)
#: At most this many pages of 500 are read for one look-up (a million messages).
MAX_PAGES = 2000
#: A message's own send time must be at least this far ahead when it is handed over.
SEND_LEAD = 60.0


def grace_seconds(minutes: int) -> float:
    """The records grace in seconds for a setting in minutes, kept within :data:`GRACE_MINUTES`.

    Less than 5 minutes would believe "not found" about a message eSMS is still filing.
    """
    low, high = GRACE_MINUTES
    return float(min(max(low, minutes), high) * 60)


def campaign_label(campaign: CampaignRow) -> str:
    """The ``campaignid`` sent with every message: the name and a short id.

    Readable in eSMS's web portal, and unique: the short id is the start of the
    campaign's random uid. eSMS takes up to 254 characters.
    """
    name = " ".join(campaign.name.split())[:60]
    short = f"#{campaign.uid[:8]}"
    return f"{name} {short}" if name else f"eSMS Desktop {short}"


def _label_matches(found: str, campaign: CampaignRow) -> bool:
    found = found.strip()
    # Campaigns sent before the label existed carried the bare uid.
    return found == campaign.uid or found.endswith(f"#{campaign.uid[:8]}")


def find_sent(
    client: EsmsClient,
    campaign: CampaignRow,
    messages: Sequence[MessageRow],
    start: float,
    end: float,
    ambiguous: set[int] | None = None,
) -> dict[int, SentDataItem]:
    """The sent-data entry of each message eSMS has a record of, by message pk.

    Reads every page (``CountTotal``). A message matches on its phone and our
    campaign label; where eSMS left ``Campaign`` empty (a channel that ignores
    ``campaignid``), on its phone and its exact content instead. Messages with
    a record of the same phone and text under another campaign name go into
    ``ambiguous``: eSMS may have renamed ours, or it is another campaign's.
    """
    wanted: dict[str, list[MessageRow]] = {}
    for m in messages:
        wanted.setdefault(m.phone, []).append(m)
    found: dict[int, SentDataItem] = {}
    if not wanted:
        return found
    date_from, date_to = to_esms(start), to_esms(end)
    for sms_type in campaign.channel.record_types:
        for items in record_pages(client, sms_type, date_from, date_to, max_pages=MAX_PAGES):
            _match(items, wanted, campaign, found, ambiguous)
    return found


def _match(
    items: Iterable[SentDataItem],
    wanted: dict[str, list[MessageRow]],
    campaign: CampaignRow,
    found: dict[int, SentDataItem],
    ambiguous: set[int] | None,
) -> None:
    """Puts the ``wanted`` messages these records are of into ``found``, and those with a
    record of their text under another campaign name into ``ambiguous``."""
    for item in items:
        for m in wanted.get(local_phone(item.phone), ()):
            if m.pk in found:
                continue
            same_text = item.content.strip() == m.content.strip()
            if _label_matches(item.campaign, campaign) or (not item.campaign.strip() and same_text):
                found[m.pk] = item
            elif same_text and ambiguous is not None:
                ambiguous.add(m.pk)


@dataclass
class Settlement:
    #: Requests found in eSMS's records: counted as sent.
    accepted: int = 0
    #: The messages those requests carry (an advertising request carries many).
    accepted_messages: int = 0
    #: Not found once eSMS had time to record them: queued again with new RequestIds.
    resend: int = 0
    #: eSMS's records could not be read: still unknown.
    unknown: int = 0
    #: Sent too recently for eSMS's records to be trusted yet: left for later.
    waiting: int = 0
    #: With ``waiting``: when the last of them can be settled (a Unix time).
    waiting_until: float = 0.0
    #: Why the records could not be read (for the user), if so.
    error: ApiError | None = None


def barred(
    journal: Journal, campaign_id: int, now: float, esms_clock: ClockOffset | None = SAME
) -> list[RequestRow]:
    """Doubtful requests that may no longer be retried with their RequestId.

    ``esms_clock``: eSMS's clock against ``now``'s, whose day decides (None: not
    measured); each request's first attempt is placed by the measure kept with it
    (see ``retry_allowed``).
    """
    doubtful = journal.doubtful(campaign_id)
    gone = time_gone(journal, campaign_id, doubtful, now + (esms_clock or SAME).high)
    return [
        r
        for r in doubtful
        if r.state is RequestState.UNKNOWN or not may_retry(r, now, esms_clock) or r.pk in gone
    ]


def time_gone(
    journal: Journal, campaign_id: int, requests: Sequence[RequestRow], esms_now: float
) -> set[int]:
    """Of ``requests``, those whose send time (their own, else the campaign's) is gone at
    ``esms_now`` (eSMS's clock, the latest it may be).

    A doubtful one is then settled from eSMS's records, never retried: its retry would
    hand eSMS a ``SendDate`` in its past, and had the first attempt not arrived, eSMS
    would take it then (a money-safety audit: reminders for 10:15 in doubt, resumed at
    10:25, were charged and went late).
    """
    if not requests:
        return set()
    schedule = json.loads(journal.campaign(campaign_id).spec_json).get("schedule")
    messages = journal.batch_messages([r.pk for r in requests])
    return {r.pk for r in requests if send_time_passed(messages[r.pk], schedule, esms_now)}


def send_time_passed(msgs: list[MessageRow], schedule: object, now: float) -> bool:
    """Whether these messages' send time (their own, else the campaign's ``schedule``) is
    gone, or too close to hand them over: a send confirmed late, or resumed the next day,
    would hand eSMS a time in the past (what it does then is not documented)."""
    if msgs and msgs[0].send_at:
        return from_esms(msgs[0].send_at) < now + SEND_LEAD
    when = stored_schedule(schedule)
    return when is not None and when.timestamp() < now + SEND_LEAD


def may_retry(request: RequestRow, now: float, esms_clock: ClockOffset | None) -> bool:
    """May doubtful ``request`` go again with its RequestId at ``now`` (eSMS surely still
    blocks it, by ``retry_allowed``)?

    Only with the measure of eSMS's clock its first attempt left under: the attempt's
    time is on this computer's clock of that moment, which may have been changed since
    (set back an hour, a day). Without one (an attempt before any dated answer of eSMS,
    a journal of an older version, what a restored backup still had to send: it may have
    left at any time between the backup and the restore, on a clock changed since), the
    attempt cannot be placed on eSMS's clock, and a retry placed as if the clock had not
    been changed was delivered and paid twice (a money-safety audit: 80 of 150 after a
    restore with the clock set back an hour, across eSMS's midnight). It is settled from
    eSMS's records instead, which only delays it.
    """
    if request.first_attempt_at is None or request.first_offset is None:
        return False
    return retry_allowed(request.first_attempt_at, now, esms_clock, request.first_offset)


def records_due(
    request: RequestRow, grace: float, esms_clock: ClockOffset | None, now: float
) -> float:
    """When eSMS's records of ``request``'s last attempt can be believed: ``grace`` after it
    by eSMS's clock, as a time of this computer's clock at ``now``.

    The attempt is taken as late as it may have reached eSMS (by the measure kept with
    it), now as early as eSMS may be (``esms_clock``): a computer's clock set forward
    since the attempt must not make the grace pass sooner, or a message whose record is
    late would be sent again. Without a kept measure both are placed by ``esms_clock``
    (the clock taken as unchanged). With one but no measure now, the attempt cannot be
    placed on this clock: a whole grace from ``now``.
    """
    last = request.last_attempt_at or 0
    then = request.last_offset
    if then is None:
        then = esms_clock = esms_clock or SAME
    elif esms_clock is None:
        return now + grace
    return last + then.high + grace - esms_clock.low


def esms_clock_now(client: EsmsClient) -> ClockOffset | None:
    """eSMS's clock against this computer's; asked (a balance look-up, dated by eSMS) when
    no answer has shown it since this computer's clock was last changed. None when eSMS
    does not answer: requests attempted under a measure are then not retried, and their
    records are believed only a whole grace later."""
    if client.esms_clock.offset is None:
        with contextlib.suppress(ApiError):
            client.get_balance()
    return client.esms_clock.offset


def lookup_times(request: RequestRow, esms_clock: ClockOffset | None) -> list[float]:
    """The request's attempt times, as this computer read them and as eSMS's clock may
    have had them (by the measure kept with each, else ``esms_clock``): eSMS files a
    message by its own clock, and the look-up covers both."""
    times: list[float] = []
    for at, kept in (
        (request.first_attempt_at, request.first_offset),
        (request.last_attempt_at, request.last_offset),
    ):
        if at:
            offset = kept or esms_clock or SAME
            times += [at, at + offset.low, at + offset.high]
    return times


def settle(
    journal: Journal,
    client: EsmsClient,
    campaign_id: int,
    requests: Iterable[RequestRow] | None = None,
    *,
    grace: float = RECORDS_GRACE,
) -> Settlement:
    """Settle ``requests`` (default: every barred doubtful request) from eSMS's records.

    Requests attempted less than ``grace`` seconds ago are left alone
    (``waiting``, ``waiting_until``): "not in the records" proves nothing yet,
    and nothing is looked up or sent for them.
    """
    now = journal.now()
    measured = esms_clock_now(client)
    todo = list(barred(journal, campaign_id, now, measured) if requests is None else requests)
    result = Settlement()
    due = {r.pk: records_due(r, grace, measured, now) for r in todo}
    ready = [r for r in todo if due[r.pk] <= now]
    later = [due[r.pk] for r in todo if due[r.pk] > now]
    result.waiting = len(later)
    result.waiting_until = max(later, default=0.0)
    if not ready:
        return result
    campaign = journal.campaign(campaign_id)
    by_request = journal.batch_messages([r.pk for r in ready])
    times = [t for r in ready for t in lookup_times(r, measured)]
    start = min(times, default=now) - LOOKUP_MARGIN
    end = max(times, default=now) + LOOKUP_MARGIN
    doubtful: set[int] = set()
    try:
        found = find_sent(
            client, campaign, [m for ms in by_request.values() for m in ms], start, end, doubtful
        )
    except ApiError as exc:
        journal.mark_unknown([r.pk for r in ready])
        result.unknown, result.error = len(ready), exc
        return result
    for r in ready:
        # An advertising batch counts as accepted when any of its numbers is on
        # record: eSMS skips blocked numbers inside a batch it accepted.
        hit = next((found[m.pk] for m in by_request[r.pk] if m.pk in found), None)
        if hit is not None:
            journal.record(r.pk, RequestState.ACCEPTED, code="100", sms_id=hit.reference_id)
            result.accepted += 1
            result.accepted_messages += len(by_request[r.pk])
        elif any(m.pk in doubtful for m in by_request[r.pk]):
            # The same text to the same phone under another name: neither resend
            # (it may be ours) nor count as sent (it may be another campaign's).
            journal.mark_unknown([r.pk])
            result.unknown += 1
        else:
            # Never arrived. (Sandbox sends are never on record either: sending
            # them again costs nothing.)
            second = fresh_request_id() if r.request_id2 else None
            if journal.retire_request_id(r.pk, fresh_request_id(), second, old_id=r.request_id):
                result.resend += 1
    return result


__all__ = [
    "NOT_FOUND",
    "RECORDS_GRACE",
    "RETRY_MARGIN",
    "Settlement",
    "barred",
    "campaign_label",
    "esms_clock_now",
    "find_sent",
    "grace_seconds",
    "lookup_times",
    "may_retry",
    "records_due",
    "retry_allowed",
    "send_time_passed",
    "settle",
    "time_gone",
]
