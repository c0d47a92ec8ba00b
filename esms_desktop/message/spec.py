"""What the user wants to send: channel, content or Zalo template, and options.

:class:`Channel` is the kind of message, and each channel's rules are written once,
in :data:`RULES`: the rest of the app asks the channel (``spec.channel.is_advertising``,
``channel.max_batch``...) rather than naming channels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from esms_desktop.api.batching import QC_MAX, QC_MIN, ZALO_BULK_MAX, balanced_sizes
from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.texts import Words, words
from esms_desktop.base.vntime import ESMS_FORMAT, VIETNAM
from esms_desktop.message.send_times import ReminderRule
from esms_desktop.telecom.sms_text import nfc

__all__ = [
    "RULES",
    "VIETNAM",
    "CampaignSpec",
    "Channel",
    "ChannelRules",
    "ParamSource",
    "esms_send_date",
    "parse_schedule",
]


class Channel(StrEnum):
    """A kind of message the app sends.

    The values are stored in journals, settings and the message library, and typed
    on the command line: they never change. A member equals its value as a string.
    """

    CUSTOMER_CARE = "cskh"
    ADVERTISING = "qc"
    FIXED_NUMBER = "fixed"
    ZALO = "zalo"
    #: Zalo first; when Zalo cannot deliver, eSMS sends a customer-care SMS instead.
    ZALO_THEN_SMS = "zalo-sms"

    @classmethod
    def parse(cls, value: str) -> Channel | None:
        """The channel whose value is ``value``, None when there is none."""
        try:
            return cls(value)
        except ValueError:
            return None

    @classmethod
    def values(cls) -> list[str]:
        """Every channel's value as a plain string (``argparse``'s choices: its messages
        quote each choice with ``repr``)."""
        return [c.value for c in cls]

    @property
    def rules(self) -> ChannelRules:
        return RULES[self]

    @property
    def display_name(self) -> Words:
        return RULES[self].display_name

    @property
    def choice_name(self) -> Words:
        return RULES[self].choice_name

    @property
    def short_name(self) -> Words:
        return RULES[self].short_name

    @property
    def counted_name(self) -> Words:
        return RULES[self].counted_name

    @property
    def sms_type(self) -> str:
        return RULES[self].sms_type

    @property
    def record_types(self) -> tuple[str, ...]:
        return RULES[self].record_types

    @property
    def sends_text(self) -> bool:
        """It has an SMS text (every channel but Zalo alone, whose text is its template)."""
        return RULES[self].sends_text

    @property
    def uses_zalo(self) -> bool:
        """It goes through a Zalo OA with a ZNS template."""
        return RULES[self].uses_zalo

    @property
    def is_sms(self) -> bool:
        """An SMS and nothing else."""
        return RULES[self].sends_text and not RULES[self].uses_zalo

    @property
    def zalo_only(self) -> bool:
        """A Zalo message and nothing else."""
        return RULES[self].uses_zalo and not RULES[self].sends_text

    @property
    def sms_fallback(self) -> bool:
        """Zalo first, an SMS when Zalo cannot deliver: two RequestIds per message."""
        return RULES[self].uses_zalo and RULES[self].sends_text

    @property
    def uses_brandname(self) -> bool:
        return RULES[self].uses_brandname

    @property
    def is_advertising(self) -> bool:
        return RULES[self].is_advertising

    @property
    def needs_care_template(self) -> bool:
        return RULES[self].needs_care_template

    @property
    def can_register_template(self) -> bool:
        return RULES[self].can_register_template

    @property
    def can_schedule(self) -> bool:
        return RULES[self].can_schedule

    @property
    def priced_per_carrier(self) -> bool:
        return RULES[self].priced_per_carrier

    @property
    def max_batch(self) -> int:
        return RULES[self].max_batch

    @property
    def min_batch(self) -> int:
        return RULES[self].min_batch

    @property
    def one_number_per_request(self) -> bool:
        return RULES[self].one_number_per_request

    def batch_sizes(self, recipients: int) -> list[int]:
        """How many recipients each eSMS call of ``recipients`` takes. Empty when nothing
        can be sent: advertising to fewer than 30 numbers is refused (107), so no call is
        planned. Batches are as even as the limits allow (5,010 go as 2,505 + 2,505)."""
        rules = RULES[self]
        if recipients < rules.min_batch:
            return []
        return balanced_sizes(recipients, rules.max_batch)


@dataclass(frozen=True, slots=True)
class ChannelRules:
    """Everything that differs from one channel to another, in one place."""

    #: Its name alone (the history's column), in the list to pick from, after a count.
    display_name: Words
    choice_name: Words
    counted_name: Words
    #: A word or two, in a new campaign's name ("khach-hang - CSKH").
    short_name: Words
    #: eSMS's ``SmsType`` of its messages (Zalo then SMS: of its SMS part); the type a
    #: template is registered and listed under, and a price asked with.
    sms_type: str
    #: The ``SmsType`` values its messages may be filed under in eSMS's sent data.
    record_types: tuple[str, ...]
    #: It has an SMS text / it goes through Zalo (both: Zalo first, SMS if not).
    sends_text: bool
    uses_zalo: bool
    #: Sent under one of the account's brandnames.
    uses_brandname: bool
    #: Advertising: consent, 07:00-22:00, one text for everyone, 30 to 5,000 numbers.
    is_advertising: bool
    #: Its text must match a customer-care template registered for the brandname.
    needs_care_template: bool
    #: Its text can be registered as an eSMS template from the app.
    can_register_template: bool
    #: eSMS takes a send time for it.
    can_schedule: bool
    #: eSMS's price differs by carrier (asked once per carrier).
    priced_per_carrier: bool
    #: Numbers per eSMS call, at most and at least.
    max_batch: int
    min_batch: int
    #: Each RequestId carries one number (advertising: one RequestId for a whole batch).
    one_number_per_request: bool


RULES: dict[Channel, ChannelRules] = {
    Channel.CUSTOMER_CARE: ChannelRules(
        display_name=words("channels.cskh"),
        choice_name=words("channels.choice.cskh"),
        counted_name=words("channels.counted.cskh"),
        short_name=words("channels.short.cskh"),
        sms_type=SmsType.CUSTOMER_CARE,
        record_types=(SmsType.CUSTOMER_CARE,),
        sends_text=True,
        uses_zalo=False,
        uses_brandname=True,
        is_advertising=False,
        needs_care_template=True,
        can_register_template=True,
        can_schedule=True,
        priced_per_carrier=True,
        max_batch=1,
        min_batch=1,
        one_number_per_request=True,
    ),
    Channel.ADVERTISING: ChannelRules(
        display_name=words("channels.qc"),
        choice_name=words("channels.choice.qc"),
        counted_name=words("channels.counted.qc"),
        short_name=words("channels.short.qc"),
        sms_type=SmsType.ADVERTISING,
        record_types=(SmsType.ADVERTISING,),
        sends_text=True,
        uses_zalo=False,
        uses_brandname=True,
        is_advertising=True,
        needs_care_template=False,
        can_register_template=False,
        can_schedule=True,
        priced_per_carrier=False,
        max_batch=QC_MAX,
        min_batch=QC_MIN,
        one_number_per_request=False,
    ),
    Channel.FIXED_NUMBER: ChannelRules(
        display_name=words("channels.fixed"),
        choice_name=words("channels.choice.fixed"),
        counted_name=words("channels.counted.fixed"),
        short_name=words("channels.short.fixed"),
        sms_type=SmsType.FIXED_NUMBER,
        record_types=(SmsType.FIXED_NUMBER,),
        sends_text=True,
        uses_zalo=False,
        uses_brandname=False,
        is_advertising=False,
        needs_care_template=False,
        can_register_template=True,
        can_schedule=True,
        priced_per_carrier=True,
        max_batch=1,
        min_batch=1,
        one_number_per_request=True,
    ),
    Channel.ZALO: ChannelRules(
        display_name=words("channels.zalo"),
        choice_name=words("channels.choice.zalo"),
        counted_name=words("channels.counted.zalo"),
        short_name=words("channels.short.zalo"),
        sms_type=SmsType.ZNS,
        record_types=(SmsType.ZNS, SmsType.ZNS_ALT),
        sends_text=False,
        uses_zalo=True,
        uses_brandname=False,
        is_advertising=False,
        needs_care_template=False,
        can_register_template=False,
        can_schedule=True,
        priced_per_carrier=False,
        max_batch=ZALO_BULK_MAX,
        min_batch=1,
        one_number_per_request=True,
    ),
    Channel.ZALO_THEN_SMS: ChannelRules(
        display_name=words("channels.zalo-sms"),
        choice_name=words("channels.choice.zalo-sms"),
        counted_name=words("channels.counted.zalo-sms"),
        short_name=words("channels.short.zalo-sms"),
        sms_type=SmsType.CUSTOMER_CARE,
        # Zalo first; when Zalo cannot deliver, eSMS sends the SMS part.
        record_types=(SmsType.ZNS, SmsType.ZNS_ALT, SmsType.CUSTOMER_CARE),
        sends_text=True,
        uses_zalo=True,
        uses_brandname=True,
        is_advertising=False,
        needs_care_template=True,
        can_register_template=False,
        # eSMS offers no send time for Zalo with an SMS fallback.
        can_schedule=False,
        priced_per_carrier=True,
        max_batch=1,
        min_batch=1,
        one_number_per_request=True,
    ),
}


@dataclass(frozen=True)
class ParamSource:
    """Where a Zalo template parameter takes its value: a column, or a fixed text."""

    column: str = ""
    value: str = ""


@dataclass
class CampaignSpec:
    #: A :class:`Channel`, or its value (made a :class:`Channel` on creation).
    channel: Channel
    content: str = ""
    brandname: str = ""
    oaid: str = ""
    template_id: str = ""
    params: dict[str, ParamSource] = field(default_factory=dict)
    #: Vietnam local time; None = now.
    schedule: dt.datetime | None = None
    #: Each row's own send time from a date column (reminders, birthdays); excludes
    #: ``schedule``.
    reminder: ReminderRule | None = None
    over_quota: bool = False
    sandbox: bool = False
    name: str = ""
    #: Send every rendered text without diacritics (customer data included):
    #: a plain SMS holds 160 characters instead of 70, so it costs less.
    strip_diacritics: bool = False
    #: A segment: conditions ``COLUMN OP VALUE`` every row sent must meet (see
    #: :mod:`esms_desktop.recipients.segments`).
    where: tuple[str, ...] = ()
    #: Advertising to a list without a consent column: the sender confirmed that every
    #: customer agreed (Law 91/2025), so no warning.
    assume_consent: bool = False
    #: The message library entry the text came from, if any (recorded with the campaign).
    library_entry: str = ""

    def __post_init__(self) -> None:
        # One form of each letter: text typed decomposed (NFD, as macOS and some web forms
        # give it) is counted, matched and sent composed, as eSMS would count it otherwise.
        self.content = nfc(self.content)
        self.params = {
            name: ParamSource(source.column, nfc(source.value))
            for name, source in self.params.items()
        }
        channel = Channel.parse(self.channel)
        if channel is None:
            raise ValueError(f"unknown channel {self.channel!r}; use one of {', '.join(Channel)}")
        self.channel = channel
        if self.schedule is not None and self.reminder is not None:
            raise ValueError("one send time for everyone, or each row's own: not both")

    def key(self) -> tuple[object, ...]:
        """What this spec sends (fields its channel ignores left out): a check's inputs."""
        zalo = self.uses_zalo
        return (
            self.channel,
            self.content if self.channel.sends_text else "",
            self.brandname if self.channel.uses_brandname else "",
            (self.oaid, self.template_id, sorted(self.params.items()), self.over_quota)
            if zalo
            else (),
            self.schedule,
            self.reminder,
            self.sandbox,
            self.strip_diacritics,
            tuple(self.where),
            self.assume_consent,
        )

    def sends_the_same_as(self, other: CampaignSpec) -> bool:
        """True when both would send the same thing (fields a channel ignores are ignored)."""
        return self.key() == other.key()

    @property
    def scheduled(self) -> bool:
        """Sent later: at one time for everyone, or at each row's own."""
        return self.schedule is not None or self.reminder is not None

    @property
    def is_sms(self) -> bool:
        return self.channel.is_sms

    @property
    def uses_zalo(self) -> bool:
        return self.channel.uses_zalo


def parse_schedule(text: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` (or with seconds) as Vietnam local time."""
    text = text.strip()
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M"):
        try:
            return dt.datetime.strptime(text, pattern).replace(tzinfo=VIETNAM)
        except ValueError:
            continue
    raise ValueError(words("message.not_a_date_time", text=text))


def stored_schedule(value: object) -> dt.datetime | None:
    """A campaign's one send time as its journal spec stores it (ISO text), or None."""
    return dt.datetime.fromisoformat(str(value)) if value else None


def esms_send_date(when: dt.datetime | None) -> str:
    """eSMS's ``SendDate``: ``yyyy-mm-dd hh:MM:ss`` in Vietnam time, empty for now."""
    if when is None:
        return ""
    return when.astimezone(VIETNAM).strftime(ESMS_FORMAT)
