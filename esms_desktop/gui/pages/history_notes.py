"""The line under History's tables for the selected campaign: what cannot be done here.

Apart from :mod:`esms_desktop.gui.pages.history` so that the page stays small.
Messages eSMS holds for a later time (reminders, a send set for later) cannot be taken
back by the app: eSMS documents no way to cancel them but its website.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from esms_desktop.gui.i18n import fill
from esms_desktop.journal import CampaignSummary


class CampaignNotes(QObject):
    """The sentences said under History's tables for one campaign."""

    def say(self, summary: CampaignSummary | None, hopeless: str = "") -> str:
        """``hopeless``: the page's own words when no failure is worth sending again."""
        notes = [hopeless] if hopeless else []
        if summary is not None and summary.scheduled and summary.next_send_at:
            first = dt.datetime.strptime(summary.next_send_at, "%Y-%m-%d %H:%M:%S")
            notes.append(
                fill(
                    self.tr(
                        "eSMS holds %1 of these messages to send later (the next at %2, "
                        "Vietnam time). The app cannot take them back: to cancel them, use "
                        "eSMS's website (its list of scheduled messages)."
                    ),
                    str(summary.scheduled),
                    first.strftime("%H:%M %d/%m/%Y"),
                )
            )
        return "\n".join(notes)
