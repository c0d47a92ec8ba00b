"""Account: the eSMS keys (masked, stored only in the OS keyring) and a connection test."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.diagnose import CLOCK_TOLERANCE, Diagnosis, account_refusals, report_text
from esms_desktop.app.diagnose import diagnose as run_diagnosis
from esms_desktop.app.keyring_store import from_environment
from esms_desktop.app.user_text import for_error
from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.base.texts import speaking
from esms_desktop.checks import AccountInfo
from esms_desktop.gui import dialogs, theme
from esms_desktop.gui.account_health import AccountHealth
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.pages.account_summary import AccountSummary, fetch_summary
from esms_desktop.gui.session import Session
from esms_desktop.gui.tiles import TileRow
from esms_desktop.gui.widgets import format_count, format_vnd, heading, hint
from esms_desktop.gui.workers import run_task

log = logging.getLogger(__name__)


class AccountPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Account look-ups asked for: only the latest one's answer is shown.
        self._fetches = 0
        #: What "Connected" said of the account (kept above a later "Check with eSMS"), and
        #: what is said under it of the keys in use (not saved).
        self._account_text = self._note = ""
        self.setObjectName("accountPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your eSMS account"), self))
        self._build_help(layout)
        self._build_keys(layout)
        self._build_buttons(layout)
        self._build_results(layout)
        self._set_roles()
        self._connect()
        self._removable()
        if session.demo:
            # The account loads itself: brandnames, templates, OAs and balance, no click.
            QTimer.singleShot(0, self.test_connection)
        else:
            self._startup_keys()

    def _build_help(self, layout: QVBoxLayout) -> None:
        """What the page is for (the demo's, or where the keys come from), and the way to
        find the API key, shown on demand."""
        if self.session.demo:
            said = self.tr(
                "Demo mode: the app talks to a built-in stand-in for eSMS. Nothing is sent "
                "and no money is spent. Press Test connection to see the demo account."
            ) + " " + self.tr(
                "For your own eSMS account, close the demo and open eSMS Desktop without "
                '"demo" in its name: the demo\'s campaigns and do-not-send list stay apart.'
            )  # fmt: skip
        else:
            said = self.tr(
                "Copy the ApiKey and SecretKey from the eSMS dashboard (API settings). "
                "They are kept only in this computer's password store, never in a file."
            )
        layout.addWidget(hint(said, self))
        self.help_button = QPushButton(self.tr("Where do I find my API key?"), self)
        self.help_button.setObjectName("apiKeyHelpButton")
        theme.set_role(self.help_button, "quiet")
        theme.set_icon(self.help_button, "help", "info")
        self.help_text = hint(
            self.tr(
                "Sign in at esms.vn, click your avatar (top right), then Quản lý API (API "
                "management). Copy the ApiKey and the SecretKey shown there into the boxes "
                "below and press Save keys."
            ),
            self,
        )
        self.help_text.setObjectName("apiKeyHelp")
        self.help_text.setVisible(False)
        self.help_button.clicked.connect(
            lambda: self.help_text.setVisible(not self.help_text.isVisible())
        )
        help_row = QHBoxLayout()
        help_row.addWidget(self.help_button)
        help_row.addStretch(1)
        layout.addLayout(help_row)
        layout.addWidget(self.help_text)

    def _build_keys(self, layout: QVBoxLayout) -> None:
        """The account's name and its two keys (masked)."""
        session = self.session
        form = QFormLayout()
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setEditable(True)
        # The demo's account is not the shop's (whose name was shown above the demo's balance).
        self.profile_combo.addItems([] if session.demo else session.settings.profiles)
        if session.profile:
            self.profile_combo.setCurrentText(session.profile)
        line = self.profile_combo.lineEdit()  # an editable box never showed its own placeholder
        assert line is not None
        shown = self.tr("Demo account") if session.demo else self.tr("e.g. My shop")
        line.setPlaceholderText(shown)
        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("apiKeyEdit")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key = QLineEdit(self)
        self.secret_key.setObjectName("secretKeyEdit")
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Account name"), self.profile_combo)
        form.addRow(self.tr("ApiKey"), self.api_key)
        form.addRow(self.tr("SecretKey"), self.secret_key)
        layout.addLayout(form)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save keys"), self)
        self.save_button.setObjectName("saveKeysButton")
        self.delete_button = QPushButton(self.tr("Remove account"), self)
        self.delete_button.setObjectName("removeAccountButton")
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.diagnose_button = QPushButton(self.tr("Check with eSMS"), self)
        self.diagnose_button.setObjectName("diagnoseButton")
        self.diagnose_button.setToolTip(
            self.tr(
                "Checks that eSMS answers the way this app expects, with free look-ups and "
                "test sends that are neither delivered nor charged. The result can be sent to "
                "support; it contains no key."
            )
        )
        for b in (self.save_button, self.delete_button, self.test_button, self.diagnose_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _build_results(self, layout: QVBoxLayout) -> None:
        """What "Test connection" learnt: a line, the tiles, the details, the health."""
        self.status = QLabel(self)
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tiles = TileRow(self)
        self.tiles.add("balance", self.tr("Balance"))
        self.tiles.add("brandnames", self.tr("Brandnames"))
        self.tiles.add("oas", self.tr("Zalo Official Accounts"))
        self.tiles.add("templates", self.tr("Registered templates"))
        self.tiles.setVisible(False)
        layout.addWidget(self.tiles)
        self.details = hint("", self)
        self.details.setObjectName("accountDetails")
        layout.addWidget(self.details)
        self.health = AccountHealth(self.session, self)
        layout.addWidget(self.health)
        layout.addStretch(1)

    def _set_roles(self) -> None:
        """The page's one primary button: Test connection in the demo (whose keys cannot
        be edited), Save keys otherwise."""
        session = self.session
        primary = self.test_button if session.demo else self.save_button
        theme.set_role(primary, "primary")
        theme.set_role(self.delete_button, "danger")
        for w in (
            self.profile_combo,
            self.api_key,
            self.secret_key,
            self.save_button,
            self.delete_button,
        ):
            w.setEnabled(not session.demo)

    def _connect(self) -> None:
        self.session.account_changed.connect(self._account_changed)
        self.save_button.clicked.connect(self.save_keys)
        self.delete_button.clicked.connect(self.delete_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.diagnose_button.clicked.connect(self.diagnose)
        self.profile_combo.activated.connect(lambda _i: self.load_profile())
        self.profile_combo.currentTextChanged.connect(lambda _t: self._removable())

    def _account_changed(self) -> None:
        """Other keys in use: what was said of the account before is of other keys (wrong
        keys tested were said above the earlier account's balance and brandnames)."""
        if self.session.account is None:
            self.tiles.setVisible(False)
            self._account_text = self._note = ""

    def _removable(self) -> None:
        """ "Remove account" only for an account saved on this computer."""
        saved = self._profile() in self.session.settings.profiles
        self.delete_button.setEnabled(saved and not self.session.demo)

    def _startup_keys(self) -> None:
        """Keys from the environment, or the last used account from the keyring.

        The keyring is read on a worker thread: a locked keyring may wait for the user.
        """
        env = from_environment()
        if env is not None:
            self.session.use_credentials(env)
            self.status.setText(self.tr("Using the keys from ESMS_API_KEY and ESMS_SECRET_KEY."))
            self.test_connection()
            return
        name = self.session.profile
        if not name:
            return
        keyring = self.session.keyring

        def loaded(credentials: Credentials | None) -> None:
            if credentials is None:
                said = self.tr("No keys are saved for this account.")
                self.status.setText(said)
                self._no_keys_at_start(said)
                return
            self.session.use_credentials(credentials)
            self.test_connection()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self._no_keys_at_start(self.status.text())

        run_task(lambda: keyring.load(name), loaded, failed)

    def _no_keys_at_start(self, said: str) -> None:
        """The last account's keys could not be read at start: said in the bar, whatever
        page is shown (the window opens on Customers when an account is saved, and its
        list was checked as if there were no account, not a word why)."""
        self.session.notice_about.emit(
            said + " " + self.tr("Type the ApiKey and SecretKey on the Account page."),
            "warning",
            "keys",
        )

    def _profile(self) -> str:
        return self.profile_combo.currentText().strip()

    def save_keys(self) -> None:
        name = self._profile()
        if not name:
            self.status.setText(self.tr("Give the account a name first."))
            return
        try:
            credentials = Credentials(self.api_key.text().strip(), self.secret_key.text().strip())
        except EsmsDesktopError as exc:
            dialogs.show_error(self, for_error(exc))
            return
        # On a worker: a locked keyring may wait for the user (or a D-Bus timeout).
        keyring = self.session.keyring
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving the keys in the system password store..."))
        run_task(
            lambda: keyring.save(name, credentials),
            lambda _none: self._saved(name, credentials),
            lambda exc: self._not_saved(exc, credentials),
            lambda: self.save_button.setEnabled(not self.session.demo),
        )

    def _not_saved(self, exc: BaseException, credentials: Credentials) -> None:
        """The password store refused (locked, or none on this system): said, and the keys
        typed are used until the app closes, as the message offers, instead of a dead end;
        said under the account too ("Connected" wrote over it)."""
        self._keyring_failed(exc)
        self.session.use_credentials(credentials)
        self._note = self.tr("The keys are used until the app closes; they were not saved.")
        self.test_connection()
        self.status.setText(self._note)

    def _keyring_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        if isinstance(exc, EsmsDesktopError):
            dialogs.show_error(self, for_error(exc))
        else:
            raise exc  # a bug: the app's error dialog

    def _saved(self, name: str, credentials: Credentials) -> None:
        settings = self.session.settings
        if name not in settings.profiles:
            settings.profiles.append(name)
            self.profile_combo.addItem(name)
        settings.active_profile = name
        settings.save()
        self._removable()
        self.session.profile = name
        self.api_key.clear()
        self.secret_key.clear()
        self.session.use_credentials(credentials)
        self.status.setText(self.tr("Keys saved in the system password store."))
        self.test_connection()

    def load_profile(self) -> None:
        """The chosen account's keys, read from the keyring on a worker; used only if
        that account is still the one chosen when they arrive."""
        name, keyring = self._profile(), self.session.keyring
        self.status.setText(self.tr("Reading the keys from the system password store..."))
        run_task(
            lambda: keyring.load(name),
            lambda credentials: self._profile_loaded(name, credentials),
            self._keyring_failed,
        )

    def _profile_loaded(self, name: str, credentials: Credentials | None) -> None:
        if name != self._profile():
            return  # another account was chosen meanwhile
        if credentials is None:
            self.status.setText(self.tr("No keys are saved for this account."))
            return
        self.session.profile = name
        self.session.settings.active_profile = name
        self.session.settings.save()
        self.session.use_credentials(credentials)
        self.test_connection()

    def delete_profile(self) -> None:
        name = self._profile()
        if not name:
            return
        question = fill(self.tr("Remove the saved keys of %1 from this computer?"), name)
        unfinished = [str(c.id) for c in self.session.journal.unfinished() if c.profile == name]
        if unfinished:  # they can only go on with this account's keys
            question += "\n\n" + fill(self.tr(
                "Not finished, and started with this account: campaign %1. Without its keys it "
                "cannot be sent on; save the same keys again (any name) to finish it."
            ), ", ".join(unfinished))  # fmt: skip
        if not dialogs.confirm(self, self.tr("Remove account"), question):
            return
        keyring = self.session.keyring
        run_task(
            lambda: keyring.delete(name), lambda _none: self._deleted(name), self._keyring_failed
        )

    def _deleted(self, name: str) -> None:
        settings = self.session.settings
        if name in settings.profiles:
            settings.profiles.remove(name)
        if settings.active_profile == name:
            settings.active_profile = ""
        settings.save()
        index = self.profile_combo.findText(name)
        if index >= 0:
            self.profile_combo.removeItem(index)
        self._removable()
        self.status.setText(self.tr("Account removed."))

    def _typed(self) -> Credentials | None:
        """The keys in the boxes, None when both are empty; raises for malformed ones."""
        api_key, secret_key = self.api_key.text().strip(), self.secret_key.text().strip()
        if self.session.demo or not (api_key or secret_key):
            return None
        return Credentials(api_key, secret_key)

    def _keys_at_hand(self) -> bool:
        """Take the keys in the boxes when there are some (used until the app closes, saved
        or not: what is tested is what is typed); False, said on the page, when there are
        none at all."""
        try:
            typed = self._typed()
        except EsmsDesktopError as exc:
            dialogs.show_error(self, for_error(exc))
            return False
        if typed is not None and not self.session.uses(typed):
            self.session.use_credentials(typed)
        if not self.session.has_client:
            self.status.setText(
                self.tr("Type the ApiKey and SecretKey above first (eSMS dashboard, API settings).")
            )
            self.api_key.setFocus()
            return False
        return True

    def test_connection(self) -> None:
        if not self._keys_at_hand():
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Asking eSMS..."))
        session = self.session

        def fetch() -> AccountSummary:
            # The connection is made here, off the window's thread, the first time.
            client = session.client
            assert client is not None
            return fetch_summary(client)

        # Keyed by the keys asked with: an answer for keys replaced since (another
        # account chosen while this one loaded) is dropped, not shown as the account.
        self._fetches += 1
        key = (self._fetches, session.profile)
        run_task(
            fetch,
            lambda info: self._connected(info, key),
            lambda exc: self._fetch_failed(exc, key),
            lambda: self.test_button.setEnabled(True),
        )

    def _fetch_failed(self, exc: BaseException, key: tuple[int, str]) -> None:
        if key == (self._fetches, self.session.profile):
            self._failed(exc)

    def _connected(self, info: AccountInfo, key: tuple[int, str] | None = None) -> None:
        if key is not None and key != (self._fetches, self.session.profile):
            return
        self.session.set_account(info)
        self.session.resolved.emit("keys")  # a bar saying they could not be read goes
        templates = getattr(info, "templates", None)
        self.tiles.setVisible(True)
        self.tiles.set("balance", format_vnd(info.balance), "ok" if info.balance else "warn")
        self.tiles.set("brandnames", format_count(len(info.brandnames)), "info")
        self.tiles.set("oas", format_count(len(info.oas)), "info")
        self.tiles.set("templates", "?" if templates is None else format_count(templates), "info")
        advertising, care = self.tr("advertising"), self.tr("customer care")
        brands = ", ".join(
            f"{b.name} ({advertising if b.is_advertising else care})" for b in info.brandnames
        ) or self.tr("none")
        oas = ", ".join(f"{o.name} ({o.oaid})" for o in info.oas) or self.tr("none")
        self._account_text = fill(
            self.tr("Connected. Balance: %1\nBrandnames: %2\nZalo OAs: %3"),
            format_vnd(info.balance),
            brands,
            oas,
        ) + (f"\n{self._note}" if self._note else "")
        self.status.setText(self._account_text)
        self._say_clock(getattr(info, "clock_off", None))

    def _say_clock(self, off: float | None) -> None:
        """A computer clock far off eSMS's is said once the account answers: times the app
        judges by it (advertising hours, send times) would be off too."""
        if off is None or abs(off) <= CLOCK_TOLERANCE:
            if off is not None:  # measured and right now: a bar saying it was off goes
                self.session.resolved.emit("clock")
            return
        minutes = format_count(max(1, round(abs(off) / 60)))
        text = (
            self.tr("This computer's clock is %1 minutes behind eSMS's.")
            if off > 0
            else self.tr("This computer's clock is %1 minutes ahead of eSMS's.")
        )
        self.session.notice_about.emit(
            fill(text, minutes)
            + " "
            + self.tr(
                'Turn on "Set time automatically" in the computer\'s date and time settings: '
                "advertising hours and send times are judged by this clock."
            ),
            "warning",
            "clock",
        )

    def diagnose(self) -> None:
        """``esms-desktop diagnose`` on a worker; the report in a dialog the user can copy."""
        if not self._keys_at_hand():
            return
        client = self.session.client
        assert client is not None
        self.diagnose_button.setEnabled(False)
        self._say_below_account(self.tr("Checking with eSMS (free look-ups and test sends)..."))

        done = lambda: self.diagnose_button.setEnabled(True)  # noqa: E731
        run_task(lambda: run_diagnosis(client), self._diagnosed, self._failed, done)

    def _diagnosed(self, result: Diagnosis) -> None:
        with speaking(self.session.lang):
            refused = account_refusals(result)
        if refused:  # answered as documented: the account is what eSMS refused
            summary = refused  # the core's words, in the window's language
        elif result.ok:
            summary = self.tr("eSMS answers the way this app expects.")
        else:
            summary = self.tr(
                "Some answers of eSMS differ from what this app expects. Open the details, "
                "copy them and send them to support (they contain no key)."
            )
        self._say_below_account(summary)
        dialogs.show_report(self, self.tr("Check with eSMS"), summary, report_text(result))

    def _say_below_account(self, text: str) -> None:
        """``text`` under what "Connected" said of the account in use (kept, not lost)."""
        known = self.session.account is not None and self._account_text
        self.status.setText(f"{self._account_text}\n{text}" if known else text)

    def _failed(self, exc: BaseException) -> None:
        log.info("account: %r", exc)
        message = for_error(exc)
        note = f"\n{self._note}" if self._note else ""
        self.status.setText(f"{message.title}. {message.action}{note}")
