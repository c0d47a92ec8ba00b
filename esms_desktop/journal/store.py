"""The sending journal: SQLite in WAL mode with ``synchronous=FULL``.

Every message and its RequestId are written before the request leaves, and
every answer is written as soon as it arrives, so the process can be killed
at any instant and ``resume`` knows exactly what to (re)send. One connection
is shared by the engine's threads behind a lock; SQLite itself serialises
writers anyway, and the journal is never the bottleneck next to the network.

:class:`Journal` is that one object; what it holds is written in the modules its
parts come from:

* :mod:`~esms_desktop.journal.database`: opening (one process at a time), checking,
  migrating, backing up; the connection, its lock and its transactions;
* :mod:`~esms_desktop.journal.campaigns`: campaigns, their state, deleting one;
* :mod:`~esms_desktop.journal.summaries`: what campaigns came to, for History;
* :mod:`~esms_desktop.journal.new_campaign`: writing a new campaign, the repeat guard;
* :mod:`~esms_desktop.journal.requests`: requests through their states;
* :mod:`~esms_desktop.journal.messages`: messages, their delivery, look-ups for the checks;
* :mod:`~esms_desktop.journal.opt_out`: the do-not-send list.
"""

from __future__ import annotations

from esms_desktop.journal.database import default_path
from esms_desktop.journal.messages import MessageRecords
from esms_desktop.journal.new_campaign import (
    CampaignWriting,
    NewCampaign,
    NewMessage,
    NewRequest,
    to_json,
)
from esms_desktop.journal.opt_out import OptOutEvents
from esms_desktop.journal.requests import RequestRecords

__all__ = ["Journal", "NewCampaign", "NewMessage", "NewRequest", "default_path", "to_json"]


class Journal(CampaignWriting, RequestRecords, MessageRecords, OptOutEvents):
    """The journal of one file: ``Journal(path)``, or the app's (``demo``: the demo's)."""

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
