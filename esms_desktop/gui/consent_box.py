"""The window's setting for advertising to a list without a consent column (Law 91/2025).

Shown on the Message page for advertising only. Ticked, the check does not warn
that the list has no consent column (the command line's ``--assume-consent``);
a list that has the column is still read row by row.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from esms_desktop.gui.session import Session

__all__ = ["ConsentCheck"]


class ConsentCheck(QCheckBox):
    #: The setting changed: a check made before no longer describes the campaign.
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("assumeConsentCheck")
        self.setText(self.tr("Every customer in my lists agreed to receive advertising"))
        self.setToolTip(
            self.tr(
                "Law 91/2025 on personal data allows advertising only to people who agreed. "
                "Tick this only if you hold that consent for every customer; a list with a "
                "consent column (Đồng ý nhận quảng cáo) is still read row by row."
            )
        )
        self.setChecked(session.settings.assume_consent)
        self.toggled.connect(self._toggled)

    def _toggled(self, checked: bool) -> None:
        self.session.settings.assume_consent = checked
        self.session.settings.save()
        self.changed.emit()
