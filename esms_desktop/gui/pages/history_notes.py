"""The line under History's tables for the selected campaign: what cannot be done here,
and why failures are not sent again (the Send page says it too).

Apart from :mod:`esms_desktop.gui.pages.history` so that the page stays small.
Messages eSMS holds for a later time (reminders, a send set for later) cannot be taken
back by the app: eSMS documents no way to cancel them but its website.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from esms_desktop.base.texts import speaking
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.widgets import format_count
from esms_desktop.journal import CampaignSummary
from esms_desktop.sending.again import AgainChoice
from esms_desktop.sending.status import DeliveryCounts


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

    def why_not_again(self, choice: AgainChoice, lang: str, hopeless: str = "") -> str:
        """Why the failures not sent again are not, each reason with its next step (the
        core's words, in ``lang``), after ``hopeless`` when none is sent again."""
        if not choice.held_back:
            return ""
        with speaking(lang):
            return "\n".join(filter(None, [hopeless, choice.why_not()]))

    def name_again(self, button: QPushButton, count: int) -> None:
        """ "Send to 3 failures again": the button says how many it sends (none: its name)."""
        if count == 1:
            said = self.tr("Send to the failure &again")
        elif count:
            said = fill(self.tr("Send to %1 failures &again"), format_count(count))
        else:
            said = self.tr("Send to failures &again")
        if button.text() != said:
            button.setText(said)

    def delivery_counts(self, counts: DeliveryCounts) -> str:
        """What a look at delivery found (History and the Send page say it alike): with
        the Zalo then SMS messages whose SMS part eSMS's records do not hold yet."""
        said = fill(
            self.tr("Delivered: %1. Not delivered: %2. Still waiting: %3."),
            format_count(counts.delivered),
            format_count(counts.failed),
            format_count(counts.waiting),
        )
        if counts.sms_unseen:
            said += " " + fill(
                self.tr(
                    "Of those waiting, %1: Zalo could not reach them and eSMS has no record "
                    "yet of the SMS it sends instead. The app keeps looking and never sends "
                    "them again by itself; each row says what you can do."
                ),
                format_count(counts.sms_unseen),
            )
        return said

    def again_question(self, count: int, cost: str) -> str:
        """ "Send again" asks first: how many, for about how much (``cost`` written)."""
        if count == 1:
            return fill(
                self.tr("Send again 1 message that can go through now, for about %1?"), cost
            )
        return fill(
            self.tr("Send again %1 messages that can go through now, for about %2?"),
            format_count(count),
            cost,
        )
