"""Run every local check of a campaign and say what would go wrong, row by row.

A problem of some rows takes those rows out of the send; a problem of the
whole campaign blocks it; the rest are warnings. Each problem names the eSMS
code it prevents, so the user fixes it before any money is spent.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from esms_desktop.api.parallel import in_parallel
from esms_desktop.base.bulk import (
    collector_paused,
    in_slices,
    map_in_slices,
    slices,
    update_in_slices,
)
from esms_desktop.base.errors import BadAnswerError, ResultCodeError, TransportError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import now as app_now
from esms_desktop.catalogue import lookup
from esms_desktop.checks.account import AccountInfo, load_account_for, unit_price
from esms_desktop.checks.audience_rules import audience_checks
from esms_desktop.checks.balance_rules import oa_quality_checks
from esms_desktop.checks.clock_rules import clock_check
from esms_desktop.checks.problems import PHONE_REASONS, Severity
from esms_desktop.checks.reminder_rules import reminder_checks
from esms_desktop.checks.repeat_rules import sent_already, sent_elsewhere
from esms_desktop.checks.result import (
    CheckReport,
    RecentAds,
    RecentTexts,
    RecordedTexts,
    ScheduledBefore,
)
from esms_desktop.checks.sizes import rendered_messages
from esms_desktop.checks.sms_rules import (
    advertising_checks,
    brand_type_check,
    brandname_given,
    customer_care_checks,
    next_ad_time,
)
from esms_desktop.checks.text_rules import garbled_text_checks, unknown_columns_said
from esms_desktop.checks.zalo_rules import daily_quota, zalo_checks
from esms_desktop.message.content import (
    ESMS_VARIABLE,
    ContentTemplate,
    parse_content,
    stray_brace,
    typed_text,
)
from esms_desktop.message.send_times import MAX_SCHEDULE_DAYS
from esms_desktop.message.spec import VIETNAM, CampaignSpec
from esms_desktop.recipients.recipient_list import Recipient, RecipientList, RowState
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.phones import PhoneProblem
from esms_desktop.telecom.sms_text import parts_of_texts as sms_parts
from esms_desktop.telecom.sms_text import unicode_by_look_alikes

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient


def run_checks(
    recipients: RecipientList,
    spec: CampaignSpec,
    *,
    account: AccountInfo | None = None,
    client: EsmsClient | None = None,
    now: dt.datetime | None = None,
    recent_ads: RecentAds | None = None,
    max_days: int | None = None,
    scheduled_before: ScheduledBefore | None = None,
    recent_texts: RecentTexts | None = None,
    recorded_texts: RecordedTexts | None = None,
) -> CheckReport:
    """All checks for ``spec`` over ``recipients``. ``account`` None = offline.

    ``max_days``: how far ahead a send may be scheduled (the setting);
    ``scheduled_before``: the journal's reminders, so a list run again does not
    schedule a customer twice; ``recent_texts``: the journal's texts of the last 24
    hours, so no customer gets the same text twice (None: the user asked to send again);
    ``recorded_texts``: the same from eSMS's records (sends from outside this app folder).
    """
    with collector_paused():
        return _run_checks(
            recipients,
            spec,
            account,
            client,
            now,
            recent_ads,
            MAX_SCHEDULE_DAYS if max_days is None else max_days,
            scheduled_before,
            recent_texts,
            recorded_texts,
        )


def _esms_ahead(client: EsmsClient | None) -> float:
    """How far eSMS's clock may be ahead of this computer's, as its answers showed (0 when
    behind or not known): send times and advertising hours are judged by the later of the
    two, as the engine judges them, so that a check never says "ready" for a time that is
    already gone for eSMS."""
    offset = client.esms_clock.offset if client is not None else None
    return max(0.0, offset.high) if offset is not None else 0.0


def _run_checks(
    recipients: RecipientList,
    spec: CampaignSpec,
    account: AccountInfo | None,
    client: EsmsClient | None,
    now: dt.datetime | None,
    recent_ads: RecentAds | None,
    max_days: int,
    scheduled_before: ScheduledBefore | None,
    recent_texts: RecentTexts | None = None,
    recorded_texts: RecordedTexts | None = None,
) -> CheckReport:
    report = CheckReport(recipients, spec, balance=account.balance if account else None)
    report.checked_at = app_now()
    if now is None:
        now = dt.datetime.fromtimestamp(app_now() + _esms_ahead(client), VIETNAM)
    now = now.astimezone(VIETNAM)
    if recipients.mapping.phone_found:
        _row_states(report)
    else:
        # Every row "has letters in its phone cell": one problem says why, not one per row.
        columns = ", ".join(recipients.columns)
        report.add(
            "no_phone_column", Severity.BLOCKING, words("checks.no_phone_column", columns=columns)
        )
    audience_checks(report)  # the segment and consent first: texts and price are of the rest
    brandname_given(report)
    content = parse_content(spec.content, recipients) if spec.content.strip() else None
    if spec.channel.sends_text:
        _content_checks(report, content)
    if spec.channel.is_advertising:
        advertising_checks(report, content, now, recent_ads)
    if spec.channel.needs_care_template and content is not None:
        customer_care_checks(report, content, account)
    if spec.uses_zalo:
        zalo_checks(report, account)
    if spec.channel.is_advertising and account is not None:
        brand_type_check(report, account, spec.brandname, "1")
    _schedule_checks(report, now, max_days, scheduled_before, recent_ads)
    daily_quota(report, account, now)
    clock_check(report, client)
    garbled_text_checks(report)
    if recent_texts is not None and report.messages:
        sent_already(report, recent_texts)
    if recorded_texts is not None and report.messages:
        sent_elsewhere(report, recorded_texts)
    if not report.sendable and not report.blocked:
        report.add("no_recipients", Severity.BLOCKING, words("checks.no_recipients"))
    report.requests = planned_sizes(report)
    _price_checks(report, account, client)
    if account is None and client is None:
        report.skipped.append(words("checks.skipped_no_account"))
    return report


def check_with_account(
    recipients: RecipientList,
    spec: CampaignSpec,
    client: EsmsClient | None,
    *,
    now: dt.datetime | None = None,
    recent_ads: RecentAds | None = None,
    max_days: int | None = None,
    scheduled_before: ScheduledBefore | None = None,
    recent_texts: RecentTexts | None = None,
    recorded_texts: RecordedTexts | None = None,
) -> CheckReport:
    """Ask eSMS what the checks need, then run them; eSMS being unreachable is no error.

    Wrong keys or a locked account (account-level codes) block the campaign with
    their own explanation; no network means the account checks are skipped, said so.
    """
    account: AccountInfo | None = None
    refusal: ResultCodeError | None = None
    unreachable = False
    if client is not None:
        try:
            account = load_account_for(client, spec)
        except ResultCodeError as exc:
            refusal = exc
        except (TransportError, BadAnswerError):
            unreachable = True
    report = run_checks(
        recipients,
        spec,
        account=account,
        client=client if account else None,
        now=now,
        recent_ads=recent_ads,
        max_days=max_days,
        scheduled_before=scheduled_before,
        recent_texts=recent_texts,
        recorded_texts=recorded_texts if account else None,  # eSMS answered: its records
    )
    if account is not None and client is not None:
        oa_quality_checks(report, client)
        refusal = account.price_refusal  # a price estimate refused for the whole account
    if refusal is not None:
        report.skipped.clear()
        info = lookup(refusal.code, refusal.error_message)
        reason = words(
            "checks.account_refused", title=info.part("title"), action=info.part("action")
        )
        report.add(refusal.code, Severity.BLOCKING, reason)
    elif unreachable:
        report.skipped[:] = [words("checks.skipped_unreachable")]
    return report


def _row_states(report: CheckReport) -> None:
    rows = report.recipients
    reasons: dict[PhoneProblem, list[int]] = defaultdict(list)
    for r in rows.by_state(RowState.REJECTED):
        reasons[r.problem or PhoneProblem.EMPTY].append(r.row)
    for problem, numbers in reasons.items():
        reason = words("checks.phone_unusable", reason=PHONE_REASONS[problem])
        report.add("108", Severity.ROWS, reason, numbers)
    hidden = rows.table.hidden  # a hidden row is said to be (checks.audience_rules)
    duplicates = [r.row for r in rows.by_state(RowState.DUPLICATE) if r.row not in hidden]
    if duplicates:
        report.add("duplicate", Severity.ROWS, words("checks.duplicate"), duplicates)
    blocked = [r.row for r in rows.by_state(RowState.BLOCKED)]
    if blocked:
        report.add("99", Severity.ROWS, words("checks.do_not_send"), blocked)
    # Counted already (RecipientList.summarise): most lists have none to look for.
    converted = [r.row for r in rows.ready if r.converted_from] if rows.converted else []
    if converted:
        report.add("converted", Severity.WARNING, words("checks.converted"), converted)


def _content_checks(report: CheckReport, content: ContentTemplate | None) -> None:
    """The text itself, then each row's message: rendered, counted in parts, kept."""
    if content is None:
        report.add("no_content", Severity.BLOCKING, words("checks.no_content"))
        return
    if ESMS_VARIABLE.search(content.text):
        report.add("esms_variable", Severity.BLOCKING, words("checks.esms_variable"))
    if content.unknown:
        report.add(
            "unknown_column", Severity.BLOCKING, unknown_columns_said(content.unknown, report)
        )
        return
    near = stray_brace(content.text)
    if near is not None:
        report.add("stray_brace", Severity.BLOCKING, words("checks.stray_brace", near=near))
    if not report.spec.strip_diacritics and unicode_by_look_alikes(typed_text(content.text)):
        report.add("look_alike", Severity.WARNING, words("checks.look_alike"))
    rows, counts, empty = _render_messages(report, content)
    too_long, parts_over = _long_rows(rows, counts)
    if empty:
        report.add("empty_value", Severity.WARNING, words("checks.empty_value"), empty)
    if too_long:
        reason = words("checks.too_long", most=MAX_PARTS)
        report.add("too_long", Severity.ROWS, reason, too_long)
    if parts_over:
        report.add("long", Severity.WARNING, words("checks.long"), parts_over)


def _render_messages(
    report: CheckReport, content: ContentTemplate
) -> tuple[list[int], list[int], list[int]]:
    """Each sendable row's message and its parts into the report, as they will be sent.

    Returns the rows, their parts, and the rows with an empty value."""
    sendable = report.sendable
    texts, empty = rendered_messages(content, sendable, report.spec.strip_diacritics)
    rows = map_in_slices(_ROW, sendable)
    counts = in_slices(sms_parts, texts)
    update_in_slices(report.messages, rows, texts)
    update_in_slices(report.parts, rows, counts)
    return rows, counts, empty


def _long_rows(rows: list[int], counts: list[int]) -> tuple[list[int], list[int]]:
    """The rows too long to send, and those long enough to warn about (over 5 parts)."""
    too_long: list[int] = []
    parts_over: list[int] = []
    for row, count in zip(rows, counts, strict=True):
        if count > 5:
            (too_long if count > MAX_PARTS else parts_over).append(row)
    return too_long, parts_over


#: Longer messages are refused per row: carriers join at most about this many parts,
#: and a huge text would not even fit in eSMS's price look-up (a web address).
MAX_PARTS = 10


def send_groups(report: CheckReport) -> list[list[Recipient]]:
    """The sendable rows, grouped by send time (one group when all share it), in time order.

    Requests never mix send times: an advertising batch or a Zalo bulk request
    carries one ``SendDate``.
    """
    if report.spec.reminder is None:
        return [report.sendable] if report.sendable else []
    groups: dict[dt.datetime, list[Recipient]] = defaultdict(list)
    for r in report.sendable:
        if r.row in report.send_at:  # the others are blocked (no date column)
            groups[report.send_at[r.row]].append(r)
    return [groups[when] for when in sorted(groups)]


def planned_sizes(report: CheckReport) -> list[int]:
    """The size of each request, send time group by group (see :func:`send_groups`)."""
    return [n for group in send_groups(report) for n in report.spec.channel.batch_sizes(len(group))]


#: A campaign's one send time must be at least this far ahead when it is checked.
SCHEDULE_LEAD = dt.timedelta(minutes=5)


def _schedule_checks(
    report: CheckReport,
    now: dt.datetime,
    max_days: int = MAX_SCHEDULE_DAYS,
    scheduled_before: ScheduledBefore | None = None,
    recent_ads: RecentAds | None = None,
) -> None:
    if report.spec.reminder is not None:
        reminder_checks(report, now, max_days, scheduled_before, recent_ads)
        return
    when = report.spec.schedule
    if when is not None and when <= now:
        report.add("schedule_past", Severity.BLOCKING, words("checks.schedule_past", when=when))
    elif when is not None and when < now + SCHEDULE_LEAD:
        # eSMS must get the time before it comes (the engine refuses to hand over a time
        # less than a minute ahead): the confirmation and the sending take that long.
        reason = words("checks.schedule_soon", when=when, minutes=SCHEDULE_LEAD.seconds // 60)
        report.add("schedule_past", Severity.BLOCKING, reason)
    elif when is not None and when > now + dt.timedelta(days=max_days):
        reason = words("checks.schedule_far", when=when, max_days=max_days)
        report.add("schedule_far", Severity.BLOCKING, reason)


_CARRIER = attrgetter("carrier")
_ROW = attrgetter("row")


def _price_checks(
    report: CheckReport, account: AccountInfo | None, client: EsmsClient | None
) -> None:
    """The price of each row, asked of eSMS once per (carrier, parts), all asked at once."""
    spec = report.spec
    sendable = report.sendable
    rows = map_in_slices(_ROW, sendable)
    parts, carriers = _price_keys(report, sendable, rows)
    # Keyed by the carrier object's id: an Enum's hash is Python code, run once per row
    # otherwise (the members are singletons, so the id is as good a key).
    ids = map_in_slices(id, carriers)
    sizes = _key_counts(ids, parts)
    first = _first_rows(ids, parts, len(sizes))
    samples = {key: (sendable[at], carriers[at]) for key, at in first.items()}
    answers = _ask_prices(report, account, client, samples)
    total = sum((answers[key][0] * count for key, count in sizes.items()), Decimal(0))
    price_of = {key: price for key, (price, _) in answers.items()}
    prices = in_slices(
        lambda i, p: list(map(price_of.__getitem__, zip(i, p, strict=True))), ids, parts
    )
    update_in_slices(report.prices, rows, prices)
    from_esms = all(asked for _, asked in answers.values())
    report.cost = total
    report.cost_from_esms = from_esms and bool(sizes)
    if report.balance is not None and not spec.sandbox and total > report.balance:
        reason = words("checks.balance_short", balance=report.balance, cost=total)
        report.add("103", Severity.BLOCKING, reason)


def _price_keys(
    report: CheckReport, sendable: list[Recipient], rows: list[int]
) -> tuple[list[int], list[Carrier | None]]:
    """What a row's price depends on: its parts (1 but for SMS) and its carrier (None for
    channels priced alike on every carrier), row by row."""
    spec = report.spec
    if spec.channel.sends_text:  # SMS, and Zalo then SMS (its SMS part)
        parts = in_slices(lambda some: list(map(report.parts.get, some, repeat(1))), rows)
    else:
        parts = [1] * len(rows)
    if not spec.channel.priced_per_carrier:
        carriers: list[Carrier | None] = [None] * len(rows)
    else:
        carriers = map_in_slices(_CARRIER, sendable)
    return parts, carriers


def _key_counts(ids: list[int], parts: list[int]) -> Counter[tuple[int, int]]:
    """How many rows share each (carrier id, parts) key. The keys are made one at a time
    by zip and dropped at once: no million tuples kept."""
    sizes: Counter[tuple[int, int]] = Counter()
    for some_ids, some_parts in zip(slices(ids), slices(parts), strict=True):
        sizes.update(zip(some_ids, some_parts, strict=True))
    return sizes


def _first_rows(ids: list[int], parts: list[int], keys: int) -> dict[tuple[int, int], int]:
    """Where each (carrier id, parts) key first occurs, looking no further than needed to
    find all ``keys`` of them."""
    first: dict[tuple[int, int], int] = {}
    for at, key in enumerate(zip(ids, parts, strict=True)):
        if key not in first:
            first[key] = at
            if len(first) == keys:
                break
    return first


def _ask_prices(
    report: CheckReport,
    account: AccountInfo | None,
    client: EsmsClient | None,
    samples: dict[tuple[int, int], tuple[Recipient, Carrier | None]],
) -> dict[tuple[int, int], tuple[Decimal, bool]]:
    """The unit price of each (carrier id, parts) key, asked with its sample row and carrier,
    all at once; and whether eSMS gave it."""
    spec = report.spec

    def ask(key: tuple[int, int]) -> tuple[Decimal, bool]:
        sample, carrier = samples[key]
        return unit_price(
            client,
            account,
            channel=spec.channel,
            carrier=carrier,
            parts=key[1],
            sample=sample.phone or "",
            sample_content=report.messages.get(sample.row, spec.content),
            brandname=spec.brandname,
            oaid=spec.oaid,
            template_id=spec.template_id,
            params=report.zalo_params.get(sample.row),
        )

    keys = list(samples)
    return dict(zip(keys, in_parallel(ask, keys), strict=True))


__all__ = ["CheckReport", "RecentAds", "check_with_account", "next_ad_time", "run_checks"]
