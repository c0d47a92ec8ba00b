"""What the window is working on: the account, the customer list, the check, the journal.

The pages read and change it; it signals changes so the other pages follow.
It holds no widget and computes nothing itself: the core does that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.policy import TokenBucket
from esms_desktop.checks import AccountInfo, CheckReport
from esms_desktop.credentials import Credentials, KeyringStore
from esms_desktop.journal import Journal
from esms_desktop.recipients import RecipientList
from esms_desktop.settings import Settings
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)


class Session(QObject):
    account_changed = Signal()
    recipients_changed = Signal()
    report_changed = Signal()
    campaign_started = Signal(int)
    history_changed = Signal()

    def __init__(self, settings: Settings, *, demo: bool, lang: str) -> None:
        super().__init__()
        self.settings = settings
        self.demo = demo
        self.lang = lang
        self.keyring = KeyringStore()
        self.simulator = EsmsSimulator(status_delay=2.0) if demo else None
        self.profile = "" if demo else settings.active_profile
        self.client: EsmsClient | None = None
        self.account: AccountInfo | None = None
        self.recipients: RecipientList | None = None
        self.report: CheckReport | None = None
        self._journal: Journal | None = None
        if demo:
            self.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(demo=self.demo)
        return self._journal

    def use_credentials(self, credentials: Credentials) -> None:
        """Talk to eSMS (or the demo simulator) with these keys from now on."""
        if self.client is not None:
            self.client.close()
        pace = TokenBucket(self.settings.requests_per_second, burst=self.settings.max_in_flight)
        if self.simulator is not None:
            # The demo talks to an in-process simulator: no service to be gentle with.
            self.client = EsmsClient(credentials, transport=SimulatorTransport(self.simulator))
        else:
            self.client = EsmsClient(credentials, self.settings.api_url, pace=pace)
        self.account = None
        self.account_changed.emit()

    def set_account(self, info: AccountInfo | None) -> None:
        self.account = info
        self.account_changed.emit()

    def set_recipients(self, recipients: RecipientList | None) -> None:
        self.recipients = recipients
        self.report = None
        self.recipients_changed.emit()
        self.report_changed.emit()

    def set_report(self, report: CheckReport | None) -> None:
        self.report = report
        self.report_changed.emit()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self._journal is not None:
            self._journal.close()
