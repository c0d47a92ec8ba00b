"""What History says once a campaign's doubtful messages were looked up in eSMS's records.

Apart from :mod:`esms_desktop.gui.pages.history` (which asks, offers and resends) so
that the page stays small; the words depend on whether the campaign was cancelled:
a cancelled campaign sends nothing more, so what never left stays unsent.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from esms_desktop.app.user_text import records_pause
from esms_desktop.gui import dialogs
from esms_desktop.gui.i18n import fill
from esms_desktop.sending.status import UnknownResolution


class SettledWords(QObject):
    """The sentence said under History's tables after settling."""

    def say(self, result: UnknownResolution) -> str:
        parts = [
            fill(self.tr("%1 found in eSMS's sent list and counted as sent."), result.accepted)
        ]
        if result.resend and result.cancelled:
            parts.append(
                fill(
                    self.tr(
                        "%1 are not in eSMS's records, so they never left; the campaign was "
                        "cancelled, so they are not sent."
                    ),
                    result.resend,
                )
            )
        elif result.resend:
            parts.append(
                fill(
                    self.tr("%1 are not in eSMS's records, so they never left: they are sent now."),
                    result.resend,
                )
            )
        if result.waiting:
            reason = records_pause(result.waiting_until)
            action = (
                self.tr(
                    "Then press Settle unconfirmed... again: the campaign was cancelled, so "
                    "what never arrived is not sent."
                )
                if result.cancelled
                else reason.action  # resumed, what never arrived is sent
            )
            parts.append(f"{reason.title}. {action}")
        if result.still_unknown and result.cancelled:
            parts.append(
                fill(
                    self.tr(
                        "eSMS's records could not tell whether %1 messages were sent; the "
                        "campaign was cancelled, so they are not sent again."
                    ),
                    result.still_unknown,
                )
            )
        return " ".join(parts)

    def resend_asked(self, parent: QWidget, result: UnknownResolution) -> bool:
        """Whether the user has the messages eSMS's records could not tell about sent again."""
        return dialogs.confirm(
            parent,
            self.tr("Unconfirmed messages"),
            fill(
                self.tr(
                    "eSMS's records could not be read to tell whether %1 messages were sent. "
                    "Send them again? Some customers may then get the message twice."
                ),
                str(result.still_unknown),
            ),
        )
