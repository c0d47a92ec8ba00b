"""The main window: a sidebar with the steps, one page per step, the demo banner.

At start the window shows itself first, with its steps and a line saying it is
opening, and builds its pages right after that first paint: the pages bring
most of the core with them (checks, journal, reader), which takes longer to
import than Qt takes to show a window. Tests build the pages at once.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import APP_NAME, __version__
from esms_desktop.app.resources import translations_dir
from esms_desktop.base.errors import ConfigError
from esms_desktop.gui.accessible import name_controls
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.keyboard import focus_from_tab
from esms_desktop.gui.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from esms_desktop.gui.pages.account import AccountPage
    from esms_desktop.gui.pages.history import HistoryPage
    from esms_desktop.gui.pages.message import MessagePage
    from esms_desktop.gui.pages.recipients import RecipientsPage
    from esms_desktop.gui.pages.send import SendPage


class _Opening(QLabel):
    """What the page area shows while the pages are being built; says when first painted."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # On the event loop's next turn: the paint reaches the screen first. Only the
        # first one counts (MainWindow._on_first_paint); the label goes with the pages.
        QTimer.singleShot(0, self.painted.emit)


class MainWindow(QMainWindow):
    ACCOUNT, RECIPIENTS, MESSAGE, SEND, HISTORY = range(5)
    #: Emitted once, when the window has painted itself (or a second has passed), before
    #: its pages exist: time to build them.
    first_painted = Signal()
    #: The pages are built and the window is ready for use.
    ready = Signal()
    #: Longest wait for the first paint (a window started minimised paints late).
    PAINT_WAIT_MS = 1000

    account_page: AccountPage
    recipients_page: RecipientsPage
    message_page: MessagePage
    send_page: SendPage
    history_page: HistoryPage

    def __init__(self, session: Session, *, pages_after_show: bool = False) -> None:
        """``pages_after_show``: build the pages after the window's first paint (the
        app's start); otherwise now (tests, screenshots)."""
        super().__init__()
        self.session = session
        self.built = False
        self.setObjectName("mainWindow")
        title = f"{APP_NAME} {__version__}"
        self.setWindowTitle(title + (" - DEMO" if session.demo else ""))
        self._size_to_screen()
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        if session.demo:
            banner = QLabel(self.tr("DEMO - no real messages are sent, no money is spent"), self)
            banner.setObjectName("demoBanner")
            # Centred by the theme's style sheet: Qt's enum namespace costs 30 ms at start.
            banner.setProperty("role", "demo")
            outer.addWidget(banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 8, 0)
        self.steps = QListWidget(self)
        self.steps.setObjectName("stepsList")
        self.steps.setFixedWidth(200)
        self.steps.setAccessibleName(self.tr("Steps"))
        for label in (
            self.tr("1. Account"),
            self.tr("2. Customers"),
            self.tr("3. Message"),
            self.tr("4. Send"),
            self.tr("5. History"),
        ):
            self.steps.addItem(label)
        self.steps.setEnabled(False)
        #: True while a check that allows sending is current (the Send step says so).
        self.send_ready = False
        self._sent_as = 0  # the campaign the check shown was sent as: see _campaign_started
        session.campaign_started.connect(self._campaign_started)
        self.stack = QStackedWidget(self)
        self._opening = _Opening(self.tr("Opening..."), self)
        self._opening.setProperty("role", "muted")
        self.stack.addWidget(self._opening)
        body.addWidget(self.steps)
        right = QVBoxLayout()
        self._right = right
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar()  # made now: its line does not push the pages up when they come
        self._menus()
        self._painted = False
        if pages_after_show:
            self._opening.painted.connect(self._on_first_paint)
            wait = QTimer(self)  # a child: it goes with the window
            wait.setSingleShot(True)
            wait.timeout.connect(self._on_first_paint)
            wait.start(self.PAINT_WAIT_MS)
        else:
            self.build_pages()

    def _on_first_paint(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def build_pages(self) -> None:
        """Make the five pages and connect them; then :attr:`ready` is emitted."""
        if self.built:
            return
        from PySide6.QtWidgets import QFrame, QScrollArea

        from esms_desktop.gui import theme
        from esms_desktop.gui.message_bar import MessageBar
        from esms_desktop.gui.pages.account import AccountPage
        from esms_desktop.gui.pages.history import HistoryPage
        from esms_desktop.gui.pages.message import MessagePage
        from esms_desktop.gui.pages.recipients import RecipientsPage
        from esms_desktop.gui.pages.send import SendPage

        session = self.session
        self.message_bar = MessageBar(self)
        self._right.insertWidget(0, self.message_bar)
        self.message_bar.follow(session)
        for row, meaning in enumerate(("account", "customers", "message", "send", "history")):
            self.steps.item(row).setIcon(theme.icon(meaning))
        theme.on_change(self._step_icons, self)
        self.account_page = AccountPage(session, self)
        self.recipients_page = RecipientsPage(session, self)
        self.message_page = MessagePage(session, self)
        self.send_page = SendPage(session, self)
        self.history_page = HistoryPage(session, self)
        self.stack.removeWidget(self._opening)
        self._opening.deleteLater()
        for page in self.pages:
            # Every page scrolls rather than squashing its controls on a small screen.
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.message_page.checked.connect(self._after_check)
        session.report_changed.connect(self._after_check)
        self.recipients_page.loaded.connect(self._describe_present)
        self.history_page.send_campaign.connect(self._send_campaign)
        self.send_page.finished.connect(lambda _o: self._after_send())
        self.recipients_page.next_step.connect(lambda: self.go(self.MESSAGE))
        self.message_page.send_requested.connect(self._send_checked)
        self.send_page.new_campaign.connect(lambda: self.go(self.RECIPIENTS))
        self.send_page.go_to_message.connect(lambda: self.go(self.MESSAGE))
        self.send_page.send_failures_again.connect(self.history_page.send_again)
        self.history_page.retry_done.connect(self.send_page.again_over)
        self.history_page.go_to_customers.connect(self._first_list)
        name_controls(self)
        focus_from_tab(self)
        self.built = True
        self.steps.setEnabled(True)
        self.go(self.RECIPIENTS if session.demo or session.profile else self.ACCOUNT)
        self.statusBar().showMessage(
            self.tr("Demo account: try the sample file on the Customers page.")
            if session.demo
            else ""
        )
        self.ready.emit()

    def _size_to_screen(self) -> None:
        """The saved size and place, or 1100x720 shrunk to fit the screen (1024x700...)."""
        saved = self.session.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 720
        if available is not None and available.width() > 0:
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    def current_page(self) -> QWidget:
        return self.pages[self.stack.currentIndex()]

    @property
    def pages(self) -> list[QWidget]:
        return [
            self.account_page,
            self.recipients_page,
            self.message_page,
            self.send_page,
            self.history_page,
        ]

    def go(self, step: int) -> None:
        self.steps.setCurrentRow(step)

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.session.lang)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            group.addAction(action)
            menu.addAction(action)

    def _set_language(self, lang: str) -> None:
        from PySide6.QtCore import QTranslator

        from esms_desktop.gui import dialogs

        self.session.settings.language = lang
        self.session.settings.save()
        if lang != self.session.lang:
            # Said in the language just chosen, and in the window's until the next start:
            # whoever reads it (the one who chose, or a colleague) understands it.
            title, text = (
                self.tr("Language"),
                self.tr("The new language is used from the next start."),
            )
            source = "The new language is used from the next start."
            chosen = QTranslator(self)
            loaded = chosen.load(f"esms_desktop_{lang}.qm", str(translations_dir()))
            said = chosen.translate("MainWindow", source) if loaded else ""
            said = said or (source if lang == "en" else "")  # English is the source text
            if said and said != text:
                text = f"{said} ({text})"
            if loaded:
                title = chosen.translate("MainWindow", "Language") or title
            if self.built:  # nothing to decide: said in the message bar, not a box
                self.message_bar.show_message(text, "info")
            else:
                dialogs.inform(self, title, text)

    def _campaign_started(self, campaign_id: int) -> None:
        """Once sent, the check no longer says "can be sent" (in the status bar, the Send
        step's tick)."""
        self._sent_as = campaign_id
        self._after_check()

    def _after_check(self) -> None:
        """The Send step is marked only while a check that allows sending is current: its
        icon turns to a tick in the theme's "ok" colour, and screen readers hear it."""
        report = self.session.report
        sent = report is not None and report is self.session.sent_report
        self.send_ready = (
            report is not None and not report.blocked and bool(report.sendable) and not sent
        )
        self._step_icons()
        self._describe_present()

    def _step_icons(self) -> None:
        from esms_desktop.gui import theme

        item = self.steps.item(self.SEND)
        if self.send_ready:
            item.setIcon(theme.icon("ok", "ok"))
            item.setToolTip(self.tr("Checked: ready to send"))
        else:
            item.setIcon(theme.icon("send"))
            item.setToolTip("")
        for row, meaning in enumerate(("account", "customers", "message")):
            self.steps.item(row).setIcon(theme.icon(meaning))
        self.steps.item(self.HISTORY).setIcon(theme.icon("history"))

    def _after_send(self) -> None:
        """History shows the campaign as it ended; the Account page's balance is read again
        (it kept the balance from before the send until "Test connection" was pressed)."""
        self.history_page.reload()
        if self.session.account is not None and self.session.client is not None:
            self.account_page.test_connection()

    def _send_checked(self) -> None:
        """The Message page's "Send" after a good check: the Send page asks and sends."""
        self.go(self.SEND)
        self.send_page.confirm_and_send()

    def open_list(self, path: Path) -> None:
        """Open a customer list given to the app (its icon, "Open with", the command's
        argument) on the Customers page; before the pages exist, once they do."""
        if not self.built:
            self.ready.connect(lambda: self.open_list(path), Qt.ConnectionType.SingleShotConnection)
            return
        self.go(self.RECIPIENTS)
        self.recipients_page.open_path(path)

    def _first_list(self) -> None:
        """History's empty state: to the Customers page, with the sample list in demo mode."""
        self.go(self.RECIPIENTS)
        if self.session.demo:
            self.recipients_page.sample()

    def _describe_present(self) -> None:
        """The status bar says what is open now, not what to do first."""
        from esms_desktop.gui.widgets import format_count

        recipients, report = self.session.recipients, self.session.report
        if recipients is None:
            return
        if report is not None and report is self.session.sent_report:
            self.statusBar().showMessage(
                fill(
                    self.tr("%1: put into campaign %2 (see the Send and History pages)."),
                    recipients.table.path.name,
                    str(self._sent_as),
                )
            )
            return
        if report is not None:  # the check left some out: the status bar says the same
            said = (
                self.tr("%1: the check found problems that stop sending.")
                if report.blocked
                else self.tr("%1: %2 messages can be sent after the check.")
            )
            self.statusBar().showMessage(
                fill(said, recipients.table.path.name, format_count(len(report.sendable)))
            )
            return
        self.statusBar().showMessage(
            fill(
                self.tr("%1: %2 customers ready to send."),
                recipients.table.path.name,
                format_count(len(recipients.ready) - len(recipients.held_before_check)),
            )
        )

    def _send_campaign(self, campaign_id: int) -> None:
        self.go(self.SEND)
        self.send_page.start(campaign_id)

    def check_journal(self) -> bool:
        """At start: a damaged journal is kept, and its newest backup offered. True when usable."""
        from esms_desktop.app.user_text import for_error
        from esms_desktop.base.errors import JournalDamagedError, JournalNewerError
        from esms_desktop.gui import dialogs
        from esms_desktop.journal.safety import restore_latest

        try:
            self.session.journal  # noqa: B018 - opening it checks it
        except JournalNewerError as exc:  # a newer version's: kept, no backup offered
            dialogs.show_error(self, for_error(exc))
            return False
        except JournalDamagedError as exc:
            message = for_error(exc)
            if exc.backup is None:
                dialogs.show_error(self, message)
                return False
            path = Path(str(exc.path))
            if not dialogs.confirm(self, message.title, self._restore_question(path.exists())):
                return False
            restore_latest(path)
            self.session.journal  # noqa: B018 - the restored one
            # The pages read the journal as they were built, and said it was damaged.
            self.session.history_changed.emit()
            self.session.notice.emit(self.tr("The newest backup of the journal is back."), "info")
        return True

    def _restore_question(self, kept: bool) -> str:
        if not kept:  # deleted (its backups and run count say it existed)
            return self.tr(
                "The sending journal is missing. Restore the newest backup? Campaigns after "
                "that backup will not be in History; messages already sent are not sent again."
            )
        return self.tr(
            "The sending journal is damaged. It is kept as it is. Restore the newest "
            "backup? Campaigns after that backup will not be in History; messages "
            "already sent are not sent again."
        )

    def offer_resume(self) -> None:
        """After a crash or a closed window: offer to finish unfinished campaigns."""
        from esms_desktop.gui import dialogs

        if not self.check_journal():
            return
        unfinished = [c for c in self.session.journal.unfinished()]
        if not unfinished:
            return
        names = ", ".join(f"{c.id} ({c.name})" for c in unfinished[:3])
        if dialogs.confirm(
            self,
            self.tr("Unfinished sending"),
            fill(
                self.tr(
                    "Some campaigns were not finished: %1. Messages already "
                    "sent will not be sent again. Continue sending now?"
                ),
                names,
            ),
        ):
            self._send_campaign(unfinished[0].id)
        else:
            self.go(self.HISTORY)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks once during a send ("pause and close" / "keep sending"), then returns at once.

        The sending worker pauses itself: requests already on their way finish and are
        recorded on its own thread, after the window is gone (the app waits for it before
        it exits, see :func:`esms_desktop.gui.workers.drain`). Were the process killed
        meanwhile, the journal is as after any kill: those requests are settled from
        eSMS's records at the next start, never sent twice.
        """
        from esms_desktop.gui import dialogs
        from esms_desktop.gui.workers import after_background_work

        if not self.built:  # closed while opening: nothing was started yet
            self.session.close()
            event.accept()
            return
        send = self.send_page
        if send.worker is not None and not dialogs.confirm(
            self,
            self.tr("Sending"),
            self.tr(
                "Messages are being sent. Pause and close? You can "
                "resume later; nothing is sent twice."
            ),
            yes=self.tr("Pause and close"),
            no=self.tr("Keep sending"),
        ):
            event.ignore()
            return
        if send.worker is not None:
            self.statusBar().showMessage(
                self.tr("Pausing: the requests already on their way to eSMS are recorded first.")
            )
        send.shutdown()  # asks the worker to pause; does not wait for it
        self.history_page.stop()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        if geometry != self.session.settings.window_geometry:
            self.session.settings.window_geometry = geometry
            # The size is a comfort, not worth an error at exit. Only this key is written
            # (merged into the file as it is now): nothing another process saved is lost.
            with contextlib.suppress(OSError, ConfigError):
                self.session.settings.save()
        # The journal and the connection are closed once nothing uses them any more.
        after_background_work(self.session.close, send.worker)
        event.accept()
