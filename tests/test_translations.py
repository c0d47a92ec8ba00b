"""Every visible text of the window is translated, and the compiled files are current."""

from __future__ import annotations

import ast
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
GUI = ROOT / "esms_desktop" / "gui"
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    update_translations.lupdate(fresh)
    in_code = set(messages(fresh))
    assert len(in_code) > 150
    for lang in ("vi", "en"):
        committed = set(messages(FOLDER / f"esms_desktop_{lang}.ts"))
        assert in_code - committed == set(), f"run scripts/update_translations.py ({lang})"
        assert committed - in_code == set(), f"obsolete texts in {lang}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_text_has_a_finished_translation(lang: str) -> None:
    for (context, source), message in messages(FOLDER / f"esms_desktop_{lang}.ts").items():
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), (context, source)
        assert translation.get("type") != "unfinished", (context, source)
        if lang == "vi" and source.count("%") != (translation.text or "").count("%"):
            pytest.fail(f"placeholders differ: {source!r}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_qm_files_are_compiled_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    ts = tmp_path / f"x_{lang}.ts"
    shutil.copy(FOLDER / f"esms_desktop_{lang}.ts", ts)
    update_translations.lrelease(ts)
    assert ts.with_suffix(".qm").read_bytes() == (FOLDER / f"esms_desktop_{lang}.qm").read_bytes()


# Calls that put text on screen, and texts that need no translation.
_VISIBLE = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "setText", "setWindowTitle",
            "setPlaceholderText", "setToolTip", "addItem", "showMessage", "heading", "hint",
            "setInformativeText", "addRow"}  # fmt: skip
_ALLOWED = {"Tiếng Việt", "English", "Excel (*.xlsx)", "Excel (*.xlsx);;CSV (*.csv)"}


def test_no_visible_literal_escapes_translation() -> None:
    found = []
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _VISIBLE:
                continue
            for arg in node.args[:2]:
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and any(c.isalpha() for c in arg.value)
                    and arg.value not in _ALLOWED
                ):
                    found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    assert not found, "texts shown without self.tr():\n" + "\n".join(found)


def test_the_window_speaks_vietnamese_and_english(qtbot, app_home: Path) -> None:  # type: ignore[no-untyped-def]
    from esms_desktop.gui.launch import create_window

    for lang, expected in (("vi", "1. Tài khoản"), ("en", "1. Account")):
        window = create_window(demo=True, lang=lang)
        qtbot.addWidget(window)
        assert window.steps.item(0).text() == expected
        window.close()


def test_qt_own_buttons_speak_vietnamese(qtbot, app_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from esms_desktop.gui import i18n

    ts = tmp_path / "qt_vi.ts"
    shutil.copy(FOLDER / "qt_vi.ts", ts)
    update_translations.lrelease(ts)
    assert ts.with_suffix(".qm").read_bytes() == (FOLDER / "qt_vi.qm").read_bytes()
    try:
        i18n.install("vi")
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDetailedText("chi tiết")
        texts = {b.text() for b in box.buttons()}
        assert {"&Có", "&Không", "Xem chi tiết..."} <= texts, texts
    finally:
        i18n.install("en")


def test_money_and_numbers_follow_the_window_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from esms_desktop.gui import i18n
    from esms_desktop.gui.widgets import format_number, format_vnd

    try:
        i18n.install("vi")
        assert (format_vnd(1943930), format_number(220.94)) == ("1.943.930 đ", "220,9")
        i18n.install("en")
        assert (format_vnd(1943930), format_number(220.94)) == ("1,943,930 đ", "220.9")
    finally:
        i18n.install("en")
