"""eSMS's records of what was sent (``GetSmsSentData_V2``), read page by page.

Two readers use them: settling a request whose answer was lost (``sending.settle``:
was it accepted?) and the check's look for a text a number got from outside this
app folder (``checks.repeat_rules``: another computer, another copy of the app,
eSMS's website). Both need "not found" to mean "not there", never "not read".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from esms_desktop.api.models import SentDataItem
from esms_desktop.api.parallel import in_parallel
from esms_desktop.base.errors import ApiError, ResultCodeError

if TYPE_CHECKING:
    from esms_desktop.api.lookups import LookupApi

#: eSMS's code for "nothing found" in a look-up (also a just-sent message not yet on record).
NOT_FOUND = "105"
#: The look-up window around our attempts (eSMS files a message by its creation time).
#: Wide on purpose: a computer whose time zone is set wrong (local time typed in under
#: UTC) is hours off, and a window that misses the record would send the message again.
LOOKUP_MARGIN = 14 * 3600
#: Pages of 500 of eSMS's records a check reads per message type: a shop sending more
#: than 10,000 messages a day is told the comparison could not be made.
CHECK_PAGES = 20
#: Messages on a page of records (the most ``GetSmsSentData_V2`` gives).
PAGE_SIZE = 500


def record_pages(
    client: LookupApi, sms_type: str, date_from: str, date_to: str, *, max_pages: int
) -> Iterator[tuple[SentDataItem, ...]]:
    """The items of each page of eSMS's records of ``sms_type`` in the range (eSMS's own
    ``yyyy-MM-dd HH:mm:ss``), until ``CountTotal``; ApiError when they cannot all be read
    (more than ``max_pages`` pages of 500, or fewer items than counted)."""
    page, seen, total = 1, 0, 0
    while True:
        if page > max_pages:
            # "Not found" must mean "not there", never "not read": a message
            # missing from unread pages would be sent twice.
            raise ApiError(
                "eSMS's records of that time are too many to read",
                detail=f"GetSmsSentData_V2: {total} messages",
            )
        try:
            data = client.get_sent_data(sms_type, date_from, date_to, page=page)
        except ResultCodeError as exc:
            if exc.code != NOT_FOUND or page != 1:
                raise
            # 105 for the range: eSMS has no message of this type then. A later
            # page answering 105 would contradict the count: that stays an error.
            break
        total = data.total
        yield data.items
        seen += len(data.items)
        if seen >= data.total:
            break
        if not data.items:
            raise ApiError(
                "eSMS's records ended before their count",
                detail=f"GetSmsSentData_V2: page {page} empty, {seen} of {data.total}",
            )
        page += 1


def local_phone(phone: str) -> str:
    """A number as eSMS's records write it (``84912345678``) in the national form the
    journal and the checks use (``0912345678``)."""
    phone = phone.strip().lstrip("+")
    return "0" + phone[2:] if phone.startswith("84") and len(phone) >= 11 else phone


def counts_as_got(item: SentDataItem) -> bool:
    """A record of a message the number got, or may still get: not failed (``SendResult``
    0) nor refused (``SendStatus`` 4). A failed message is sent again on purpose."""
    return item.send_result.strip() != "0" and item.send_status.strip() != "4"


def texts_on_record(
    client: LookupApi,
    sms_types: tuple[str, ...],
    phones: set[str],
    date_from: str,
    date_to: str,
    *,
    max_pages: int,
) -> dict[tuple[str, str], float | None]:
    """The (number, text) of ``phones`` that eSMS's records of ``sms_types`` hold in the
    range, with the latest time each was sent (None when eSMS's time is unreadable).

    Texts are compared without the white space around them; ApiError (and the
    network's errors) when the records cannot all be read.
    """
    found: dict[tuple[str, str], float | None] = {}
    for sms_type in sms_types:
        for items in _pages_at_once(client, sms_type, date_from, date_to, max_pages):
            for item in items:
                phone = local_phone(item.phone)
                if phone in phones and counts_as_got(item):
                    key = (phone, item.content.strip())
                    earlier = found.get(key)
                    when = item.sent_time
                    if key not in found or (when is not None and (earlier or 0.0) < when):
                        found[key] = when
    return found


def _pages_at_once(
    client: LookupApi, sms_type: str, date_from: str, date_to: str, max_pages: int
) -> list[tuple[SentDataItem, ...]]:
    """Every page of eSMS's records of ``sms_type`` in the range, as :func:`record_pages`
    reads them, the pages after the first asked together (a check waits for them: 20
    pages one after the other took 20 round trips)."""
    try:
        first = client.get_sent_data(sms_type, date_from, date_to, page=1)
    except ResultCodeError as exc:
        if exc.code != NOT_FOUND:
            raise
        return []  # 105 for the range: nothing on record
    total = first.total
    pages = max(1, -(-total // PAGE_SIZE))
    if pages > max_pages:
        raise ApiError(
            "eSMS's records of that time are too many to read",
            detail=f"GetSmsSentData_V2: {total} messages",
        )

    def page(number: int) -> tuple[SentDataItem, ...]:
        items = client.get_sent_data(sms_type, date_from, date_to, page=number).items
        if not items:
            raise ApiError(
                "eSMS's records ended before their count",
                detail=f"GetSmsSentData_V2: page {number} empty, {total} counted",
            )
        return items

    rest = in_parallel(page, range(2, pages + 1))
    if total and not first.items:
        raise ApiError(
            "eSMS's records ended before their count",
            detail=f"GetSmsSentData_V2: page 1 empty, {total} counted",
        )
    return [first.items, *rest]
