"""What the window is working on: the account, the customer list, the check, the journal.

The pages read and change it; it signals changes so the other pages follow.
It holds no widget and computes nothing itself: the core does that.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.keyring_store import KeyringStore
from esms_desktop.app.settings import Settings

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.checks import AccountInfo, CheckReport
    from esms_desktop.journal import Journal
    from esms_desktop.recipients.recipient_list import RecipientList
    from esms_desktop.simulator.service import EsmsSimulator

#: Seconds before the demo's stand-in for eSMS lists a message it took (see ``simulator``).
DEMO_RECORDS_LAG = 3.0


class Session(QObject):
    account_changed = Signal()
    recipients_changed = Signal()
    report_changed = Signal()
    campaign_started = Signal(int)
    history_changed = Signal()
    #: Something the user should know but need not decide: (text, level), level being
    #: "info", "warning" or "error". The window shows it in its message bar.
    notice = Signal(str, str)
    #: A notice about one thing (text, level, what it is about, e.g. "zalo-templates"):
    #: the bar goes when :attr:`resolved` says that thing is fine again.
    notice_about = Signal(str, str, str)
    #: What a notice was about is fine again (a new load succeeded): its bar goes.
    resolved = Signal(str)
    #: The segment (``--where`` conditions) chosen on the Customers page changed.
    segment_changed = Signal()
    #: The check shown no longer holds (Send found the do-not-send list changed since, say):
    #: dropped, and made again by itself; the text says why.
    recheck_wanted = Signal(str)
    #: The customer file shown was saved again since it was read: read it again.
    reread_wanted = Signal()

    def __init__(self, settings: Settings, *, demo: bool, lang: str) -> None:
        super().__init__()
        self.settings = settings
        self.demo = demo
        self.lang = lang
        self.keyring = KeyringStore()
        self._simulator: EsmsSimulator | None = None
        self.profile = "" if demo else settings.active_profile
        self._credentials: Credentials | None = None
        self._client: EsmsClient | None = None
        self._client_lock = threading.Lock()  # workers may ask for it first
        #: Leases out per client (by id): a send running on it.
        self._leases: dict[int, int] = {}
        #: Clients of earlier keys still leased by a send: closed when the last lease ends.
        self._retired: list[EsmsClient] = []
        self.account: AccountInfo | None = None
        self.recipients: RecipientList | None = None
        self.report: CheckReport | None = None
        #: The check the last campaign was made from: it no longer "can be sent".
        self.sent_report: CheckReport | None = None
        #: The conditions a row must meet to be sent to (``segments``); () = every row.
        self.segment: tuple[str, ...] = ()
        #: Counts the lists asked for (a file opened, another sheet or phone column): a
        #: check started before the latest one was asked is of a list no longer shown.
        self.list_generation = 0
        #: The :attr:`list_generation` of the list shown: behind it while another is read.
        self.recipients_generation = 0
        #: Counts the keys used (:meth:`use_credentials`): a check made with other keys
        #: is of another account (its balance, brandnames, prices) and is never sent.
        self.keys_generation = 0
        self._journal: Journal | None = None
        self._journal_lock = threading.Lock()
        if demo:
            from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

            self.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))

    @property
    def journal(self) -> Journal:
        """The sending journal, opened when first needed (its checks are not for the start).

        Worker threads may be the first to ask (History reads its campaigns off the
        window; the message library, the balance warning): one opens it, under a lock,
        the others wait for that one, so two threads never create its tables at once.
        """
        with self._journal_lock:
            if self._journal is None:
                from esms_desktop.journal import Journal

                self._journal = Journal(demo=self.demo)
            return self._journal

    @property
    def simulator(self) -> EsmsSimulator | None:
        """The demo's stand-in for eSMS (None outside demo mode), made when first needed."""
        if self.demo and self._simulator is None:
            from esms_desktop.simulator.service import EsmsSimulator

            # The demo's eSMS files a message a few seconds after taking it (105 before),
            # so that trying the app shows delivery results without a long wait.
            self._simulator = EsmsSimulator(status_delay=2.0, records_lag=DEMO_RECORDS_LAG)
        return self._simulator

    @property
    def client(self) -> EsmsClient | None:
        """The connection to eSMS for the current keys (None without keys).

        Made on first use, not at start: the HTTP library takes a good part of a
        second to import, and the first page does not need it.
        """
        with self._client_lock:
            return self._make_client()

    @client.setter
    def client(self, client: EsmsClient | None) -> None:
        self._client = client

    def _make_client(self) -> EsmsClient | None:
        if self._client is None and self._credentials is not None:
            from esms_desktop.api.client import EsmsClient
            from esms_desktop.api.policy import TokenBucket

            simulator = self.simulator
            if simulator is not None:
                from esms_desktop.simulator.transport import SimulatorTransport

                # The demo talks to an in-process simulator: no service to be gentle with.
                self._client = EsmsClient(
                    self._credentials, transport=SimulatorTransport(simulator)
                )
            else:
                pace = TokenBucket(
                    self.settings.requests_per_second, burst=self.settings.max_in_flight
                )
                self._client = EsmsClient(self._credentials, self.settings.api_url, pace=pace)
        return self._client

    def lease_client(self) -> EsmsClient | None:
        """The current client, kept open until :meth:`release_client` even if the keys change.

        For a send: it goes on with the keys it started with (its campaign belongs to
        that account); new keys are for the next send.
        """
        with self._client_lock:
            client = self._make_client()
            if client is not None:
                self._leases[id(client)] = self._leases.get(id(client), 0) + 1
            return client

    def release_client(self, client: EsmsClient) -> None:
        """The end of a :meth:`lease_client`; a retired client with no lease left is closed."""
        with self._client_lock:
            left = self._leases.get(id(client), 0) - 1
            if left > 0:
                self._leases[id(client)] = left
                return
            self._leases.pop(id(client), None)
            retired = client in self._retired
            if retired:
                self._retired.remove(client)
        if retired:
            client.close()

    def uses(self, credentials: Credentials) -> bool:
        """Whether these are the keys in use."""
        return credentials == self._credentials

    @property
    def has_client(self) -> bool:
        """Whether there are keys to talk to eSMS with (without making the connection)."""
        return self._client is not None or self._credentials is not None

    def use_credentials(self, credentials: Credentials) -> None:
        """Talk to eSMS (or the demo simulator) with these keys from now on.

        The old client is not closed here: a send holding it (:meth:`lease_client`) closes
        it when it ends, and a look-up still running with it (the Zalo templates, say) must
        not find it closed ("Cannot send a request, as the client has been closed" was
        shown as an error in the app); the others are closed with the window.
        """
        with self._client_lock:
            old, self._client, self._credentials = self._client, None, credentials
            if old is not None:
                self._retired.append(old)
            self.keys_generation += 1
        self.account = None
        self.account_changed.emit()

    def set_account(self, info: AccountInfo | None) -> None:
        self.account = info
        self.account_changed.emit()

    def set_recipients(self, recipients: RecipientList | None) -> None:
        self.recipients = recipients
        self.recipients_generation = self.list_generation
        self.report = None
        self.recipients_changed.emit()
        self.report_changed.emit()

    def set_segment(self, conditions: tuple[str, ...]) -> None:
        if conditions != self.segment:
            self.segment = conditions
            self.segment_changed.emit()

    def list_requested(self) -> None:
        """Another list is being read: the check of the shown one no longer counts."""
        self.list_generation += 1
        self.set_report(None)

    def list_kept(self) -> None:
        """The list asked for could not be read: the one shown is the list again."""
        self.recipients_generation = self.list_generation

    @property
    def list_loading(self) -> bool:
        """Another list was asked for and is being read: the one shown is on its way out."""
        return self.recipients_generation != self.list_generation

    def set_report(self, report: CheckReport | None) -> None:
        self.report = report
        self.report_changed.emit()

    def close(self) -> None:
        """At the window's end, once sending stopped: every client is closed."""
        for client in [*self._retired, *([self._client] if self._client else [])]:
            client.close()
        self._retired.clear()
        if self._journal is not None:
            self._journal.close()
