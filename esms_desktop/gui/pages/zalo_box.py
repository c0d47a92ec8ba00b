"""The Zalo part of the Message page: OA, ZNS template, where each value comes from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from esms_desktop.api.models import ZnsTemplate
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.session import Session
from esms_desktop.gui.workers import Newest
from esms_desktop.importing.columns import is_name_header, normalize_header
from esms_desktop.message.spec import ParamSource

#: What the bar says when the OA's templates cannot be read (it goes once they are).
TEMPLATES = "zalo-templates"


class ZaloBox(QGroupBox):
    #: Something that decides what is sent changed (OA, template, a value's source).
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Zalo"))
        self.session = session
        self.templates: list[ZnsTemplate] = []
        self._listing = Newest()
        self.param_combos: dict[str, QComboBox] = {}
        self.columns: list[str] = []
        #: What the user chose, kept while the form is filled again (the account read
        #: again after each send, "Test connection"): the OA, the template, and each value
        #: (template id, the columns then, {parameter: column or typed text}).
        self._chosen_oa = ""
        self._chosen_template = ""
        self._chosen_values: tuple[str, list[str], dict[str, str]] = ("", [], {})
        self._built_for = ""
        self._built_columns: list[str] = []
        form = QFormLayout(self)
        self.oa_combo = QComboBox(self)
        self.oa_combo.setObjectName("oaCombo")
        self.zns_combo = QComboBox(self)
        self.zns_combo.setObjectName("znsTemplateCombo")
        self.params_widget = QWidget(self)
        self.params_form = QFormLayout(self.params_widget)
        self.over_quota = QCheckBox(
            self.tr("Send even when today's Zalo quota is used up (only if eSMS allowed it)"),
            self,
        )
        self.over_quota.setToolTip(
            self.tr(
                "Zalo lets each shop page send a number of messages a day. eSMS can allow some "
                "shops to send more (its 'mode 3'); such messages cannot be scheduled."
            )
        )
        form.addRow(self.tr("Shop's &Zalo page (OA)"), self.oa_combo)
        form.addRow(self.tr("ZNS tem&plate"), self.zns_combo)
        form.addRow(self.tr("Fill each value from"), self.params_widget)
        form.addRow("", self.over_quota)
        self.oa_combo.activated.connect(lambda _i: self.load_templates())
        self.zns_combo.currentIndexChanged.connect(lambda _i: self._fill_params())
        self.oa_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.zns_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.over_quota.toggled.connect(lambda _b: self.changed.emit())

    # ------------------------------------------------------------------ what was chosen

    @property
    def oaid(self) -> str:
        return str(self.oa_combo.currentData() or "")

    @property
    def template_id(self) -> str:
        return str(self.zns_combo.currentData() or "")

    def params(self) -> dict[str, ParamSource]:
        """Each parameter from a column, or the typed text (the same for everyone)."""
        return {
            name: ParamSource(column=combo.currentText())
            if combo.currentText() in self.columns
            else ParamSource(value=combo.currentText())
            for name, combo in self.param_combos.items()
        }

    # ------------------------------------------------------------------ filling

    def set_account(self) -> None:
        """The account's OAs changed (after Test connection, and after each send): the OA
        chosen stays chosen while the account has it."""
        self._chosen_oa = self.oaid or self._chosen_oa
        self.oa_combo.clear()
        info = self.session.account
        if info is not None:
            for oa in info.oas:
                self.oa_combo.addItem(f"{oa.name} ({oa.oaid})", oa.oaid)
        at = self.oa_combo.findData(self._chosen_oa)
        if at > 0:
            self.oa_combo.setCurrentIndex(at)
        if self.oa_combo.count():
            self.load_templates()

    def set_columns(self, columns: list[str]) -> None:
        self.columns = columns
        self._fill_params()

    def load_templates(self) -> None:
        """Ask for the OA's templates. Only the answer to the newest question is used: an
        older one arriving later (the OA's first listing, slow, after a saved message asked
        again) would rebuild the form over the saved message's values."""
        oaid, client = self.oaid, self.session.client
        self._chosen_template = self.template_id or self._chosen_template
        self.zns_combo.clear()
        if not oaid or client is None:
            self._listing.drop()
            return
        self._listing.run(lambda: client.get_zns_templates(oaid), self._listed, self._not_loaded)

    def _listed(self, templates: list[ZnsTemplate]) -> None:
        """The OA's templates were read: a bar about an earlier failure to read them goes."""
        self.session.resolved.emit(TEMPLATES)
        self._loaded(templates)

    def _not_loaded(self, exc: BaseException) -> None:
        """The OA's templates could not be listed: none to choose, and said (not swallowed)."""
        import logging

        from esms_desktop.app.user_text import for_error

        logging.getLogger(__name__).warning("ZNS templates could not be read: %r", exc)
        self._loaded([])
        message = for_error(exc)
        self.session.notice_about.emit(
            fill(
                self.tr("The Zalo templates could not be read: %1"),
                f"{message.title}. {message.action}",
            ),
            "warning",
            TEMPLATES,
        )

    def _loaded(self, templates: list[ZnsTemplate]) -> None:
        """The OA's templates listed: the one chosen before stays chosen, its values kept
        (filled once, for it: a first template filled on the way would replace them)."""
        self.templates = templates
        combo = self.zns_combo
        combo.blockSignals(True)
        combo.clear()
        for t in templates:
            combo.addItem(f"{t.name} ({t.temp_id})", t.temp_id)
        if not templates:
            combo.addItem(self.tr("(no template: is the OA active?)"), "")
        combo.setCurrentIndex(max(0, combo.findData(self._chosen_template)))
        combo.blockSignals(False)
        self._fill_params()
        self.changed.emit()

    def template(self) -> ZnsTemplate | None:
        """The template chosen, once the OA's templates are read."""
        return next((t for t in self.templates if t.temp_id == self.template_id), None)

    def _fill_params(self) -> None:
        if self.param_combos:
            values = {name: combo.currentText() for name, combo in self.param_combos.items()}
            self._chosen_values = (self._built_for, self._built_columns, values)
        self._built_for, self._built_columns = self.template_id, list(self.columns)
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_combos = {}
        template = self.template()
        if template is None:
            return
        kinds = {
            "type_number": self.tr("digits only"),
            "type_date": self.tr("a date, day/month/year"),
            "type_cta_url": self.tr("a link"),
        }
        hint = QLabel(self.tr("Pick a column, or type a text that is the same for everyone"))
        hint.setObjectName("paramsHint")
        hint.setWordWrap(True)
        self.params_form.addRow(hint)
        for p in template.params:
            combo = QComboBox(self.params_widget)
            combo.setEditable(True)
            combo.setObjectName(f"param_{p.name}")
            combo.setAccessibleName(fill(self.tr("Column for %1"), p.name))
            combo.addItems(self.columns)
            combo.setCurrentText(self._value_for(template.temp_id, p.name))
            combo.setToolTip(self.tr("Pick a column, or type a text that is the same for everyone"))
            limit = fill(self.tr("up to %1 characters"), str(p.max_length))
            kind = kinds.get(p.type.strip().lower())
            described = f"{kind}, {limit}" if kind else limit
            self.params_form.addRow(f"{p.name} ({described})", combo)
            self.param_combos[p.name] = combo
            combo.currentTextChanged.connect(lambda _t: self.changed.emit())

    def _kept_value(self, temp_id: str, name: str) -> str | None:
        """The column or text the user had for ``name`` of this template (None: none, or
        a column this file does not have: typed in, it would be sent as the text)."""
        kept_for, kept_columns, values = self._chosen_values
        value = values.get(name) if kept_for == temp_id else None
        if not value or (value in kept_columns and value not in self.columns):
            return None  # nothing chosen (guessed again), or a column of another file
        return value

    def _value_for(self, temp_id: str, name: str) -> str:
        kept = self._kept_value(temp_id, name)
        if kept is not None:
            return kept
        return next((c for c in self.columns if similar(c, name)), "")


def similar(column: str, param: str) -> bool:
    """A first guess of the column for a ZNS parameter (the user can change it)."""
    a, b = normalize_header(column), normalize_header(param)
    if a == b:
        return True
    if "name" in b and is_name_header(column):
        return True
    return ("code" in b or "order" in b) and ("ma" in a or "don" in a)
