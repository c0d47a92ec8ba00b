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


def qt_catalogue_texts() -> set[tuple[str, str]]:
    """(context, source) of every text Qt's own catalogues translate (the qtbase .qm files
    PySide6 ships), read from the files: each message is a run of tagged fields, the
    source (tag 6) right before its context (tag 7), each with a 4-byte big-endian size."""
    import struct

    import PySide6

    found: set[tuple[str, str]] = set()
    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    for language in ("de", "fr", "ja", "ru", "uk"):
        data = (folder / f"qtbase_{language}.qm").read_bytes()
        at = data.find(b"\x07")
        while at >= 0:
            size = struct.unpack(">I", data[at + 1 : at + 5])[0] if at + 5 <= len(data) else -1
            for start in range(at - 5, max(-1, at - 4096), -1):
                if (
                    data[start] == 6
                    and start + 5 + struct.unpack(">I", data[start + 1 : start + 5])[0] == at
                ):
                    context = data[at + 5 : at + 5 + size].decode("utf-8", "replace")
                    found.add((context, data[start + 5 : at].decode("utf-8", "replace")))
                    break
            at = data.find(b"\x07", at + 1)
    return found


def test_qt_own_texts_are_the_ones_qt_asks_for() -> None:
    """Each text of qt_vi.ts is one Qt asks its catalogue for, with the same context: the
    file dialog said "Look in:" and "Files of type:" in English under a Vietnamese window
    (Qt asks for "&Look in:" and "Files of &type:"), and "Computer" and "Folder" too."""
    known = qt_catalogue_texts()
    assert ("QFileDialog", "&Look in:") in known  # the reading of Qt's files works
    unknown = sorted(key for key in messages(FOLDER / "qt_vi.ts") if key not in known)
    assert not unknown, unknown


def test_the_file_dialog_speaks_vietnamese(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QFileInfo
    from PySide6.QtGui import QAbstractFileIconProvider
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

    from esms_desktop.gui import i18n

    try:
        i18n.install("vi")
        dialog = QFileDialog(None, "", str(tmp_path), "*.xlsx")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Tìm trong:", labels
        assert labels["fileTypeLabel"] == "&Loại file:", labels
        assert QFileSystemModel().myComputer() == "Máy tính"
        assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == "Thư mục"
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
