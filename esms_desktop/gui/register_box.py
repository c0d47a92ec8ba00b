"""On the Message page: "Register this text as a template" when a customer-care or
fixed-number text matches no template of the brandname.

The same core as ``esms-desktop templates register``
(:mod:`esms_desktop.app.template_register`): variables sized from the open list,
links and phone numbers refused before anything is sent, the request and its
state kept in the journal's file. Each time the brandname's templates are read,
the registrations still moderating are looked up again, and their state shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from esms_desktop.api.models import CskhTemplate
from esms_desktop.app.template_register import (
    MODERATING,
    RegistrationError,
    TemplateRegistration,
    TemplateRegistrations,
    already_registered,
    esms_form,
    refresh,
    register,
    state_text,
)
from esms_desktop.app.user_text import for_error
from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.gui import dialogs
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.session import Session
from esms_desktop.gui.workers import run_task
from esms_desktop.message.spec import Channel

__all__ = ["RegisterTemplateBox"]


class RegisterTemplateBox(QWidget):
    #: A registration was sent or its state looked up (for tests).
    updated = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("registerTemplateBox")
        self._offer: tuple[Channel | None, str, str] = (None, "", "")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Re&gister this text as a template..."), self)
        self.button.setObjectName("registerTemplateButton")
        self.button.setToolTip(
            self.tr(
                "Customer-care and fixed-number messages are delivered only when their text "
                "matches a template eSMS approved. This sends your text to eSMS for approval."
            )
        )
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names from files and eSMS
        self.status.setObjectName("registerTemplateStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        self.button.clicked.connect(self.register)
        self.button.setVisible(False)

    def _store(self) -> TemplateRegistrations:
        return TemplateRegistrations(self.session.journal.path)

    def offer(
        self,
        channel: Channel,
        brandname: str,
        content: str,
        templates: Sequence[CskhTemplate],
        message: str = "",
    ) -> None:
        """Show the button when ``content`` is none of the brandname's ``templates`` and
        its ``message`` (the preview's: what "matches the template" judges) fits none:
        a text said to match is never offered to be registered again."""
        self._offer = (channel, brandname, content.strip())
        known = already_registered(content, message, [t.content for t in templates])
        wanted = channel.can_register_template and bool(content.strip()) and not known
        # Without a brandname of its own (fixed number), a text is registered under one of
        # the account's (see _fixed_brandname).
        self.button.setVisible(wanted and (not channel.uses_brandname or bool(brandname)))

    def register(self) -> None:
        channel, brandname, content = self._offer
        if channel is None:
            return
        try:
            text, _ = esms_form(content, self.session.recipients)
        except RegistrationError as exc:
            self.status.setText(str(exc))
            return
        if not channel.uses_brandname and not brandname:
            brandname = self._fixed_brandname()
        question = (
            fill(
                self.tr("Send this text to eSMS for approval as a template of %1?"),
                brandname or "-",
            )
            + "\n\n"
            + text
            + "\n\n"
            + self.tr(
                "Each {Column:length} may hold up to that many characters (the longest value "
                "in your list plus a margin). eSMS answers within hours to days."
            )
        )
        if not dialogs.confirm(self, self.tr("Register a template"), question):
            return
        client = self.session.client
        if client is None:
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Sending to eSMS..."))
        run_task(
            lambda: register(
                client, self._store(), channel=channel, brandname=brandname, esms_text=text
            ),
            self._registered,
            self._failed,
            lambda: self.button.setEnabled(True),
        )

    def _fixed_brandname(self) -> str:
        info = self.session.account
        care = [b.name for b in info.brandnames if b.type == "2"] if info else []
        return care[0] if care else ""

    def _registered(self, reg: TemplateRegistration) -> None:
        self.status.setText(
            fill(
                self.tr("Template request %1: %2"),
                reg.service_preview_id or str(reg.id),
                str(state_text(reg)),
            )
        )
        self.updated.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RegistrationError):
            self.status.setText(str(exc))
        elif isinstance(exc, EsmsDesktopError):
            message = for_error(exc)
            self.status.setText(f"{message.title}. {message.action}")
        else:
            self.status.setText(str(exc))
        self.updated.emit()

    def look_again(self) -> None:
        """Ask eSMS which registrations were approved (off the GUI thread)."""
        client = self.session.client
        if client is None:
            return

        def work() -> list[TemplateRegistration]:
            store = self._store()
            if any(r.state == MODERATING for r in store.all()):
                refresh(client, store)
            return store.all()

        run_task(work, self._looked, lambda _e: None)

    def _looked(self, regs: list[TemplateRegistration]) -> None:
        if not regs:
            return
        last = regs[-1]
        self.status.setText(
            fill(
                self.tr("Template request %1: %2"),
                last.service_preview_id or str(last.id),
                str(state_text(last)),
            )
        )
        self.updated.emit()
