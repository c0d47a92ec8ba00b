"""What the user wants to send: channel, content or Zalo template, and options."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from esms_desktop.base.vntime import ESMS_FORMAT, VIETNAM
from esms_desktop.message.send_times import ReminderRule
from esms_desktop.telecom.sms_text import nfc

__all__ = ["CHANNELS", "VIETNAM", "CampaignSpec", "ParamSource", "esms_send_date", "parse_schedule"]

CHANNELS = ("cskh", "qc", "fixed", "zalo", "zalo-sms")


@dataclass(frozen=True)
class ParamSource:
    """Where a Zalo template parameter takes its value: a column, or a fixed text."""

    column: str = ""
    value: str = ""


@dataclass
class CampaignSpec:
    channel: str
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
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}; use one of {', '.join(CHANNELS)}")
        if self.schedule is not None and self.reminder is not None:
            raise ValueError("one send time for everyone, or each row's own: not both")

    def key(self) -> tuple[object, ...]:
        """What this spec sends (fields its channel ignores left out): a check's inputs."""
        zalo = self.uses_zalo
        return (
            self.channel,
            self.content if self.channel != "zalo" else "",
            self.brandname if self.channel in ("cskh", "qc", "zalo-sms") else "",
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
        return self.channel in ("cskh", "qc", "fixed")

    @property
    def uses_zalo(self) -> bool:
        return self.channel in ("zalo", "zalo-sms")


def parse_schedule(text: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` (or with seconds) as Vietnam local time."""
    text = text.strip()
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M"):
        try:
            return dt.datetime.strptime(text, pattern).replace(tzinfo=VIETNAM)
        except ValueError:
            continue
    raise ValueError(f"not a date and time: {text!r} (use YYYY-MM-DD HH:MM)")


def esms_send_date(when: dt.datetime | None) -> str:
    """eSMS's ``SendDate``: ``yyyy-mm-dd hh:MM:ss`` in Vietnam time, empty for now."""
    if when is None:
        return ""
    return when.astimezone(VIETNAM).strftime(ESMS_FORMAT)
