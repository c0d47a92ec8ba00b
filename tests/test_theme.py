"""The window's look: colours only in the theme, readable contrast, no light box in dark mode."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.gui.theme.palette import DARK, LIGHT, TEXT_PAIRS, below, contrast, luminance

GUI = Path(__file__).resolve().parents[1] / "esms_desktop" / "gui"

#: Anything that sets a colour: hex literals, rgb(), named Qt colours, style sheets.
COLOUR = re.compile(
    r"""["'][^"'\n]*#[0-9a-fA-F]{3,8}\b|rgba?\(|Qt\.GlobalColor|QColor\(\s*["'0-9]"""
    r"""|setStyleSheet\(|\bcolor\s*:|background\s*:"""
)


def test_no_colour_outside_the_theme() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if "theme" in path.relative_to(GUI).parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR.search(line):
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_colour_finder_finds_colours() -> None:
    for line in ('x = QColor("#222")', 'w.setStyleSheet("font-size: 9pt")', "'color:#555'"):
        assert COLOUR.search(line), line


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast_meets_wcag_aa(palette) -> None:  # type: ignore[no-untyped-def]
    low = below(palette, TEXT_PAIRS, 4.5)
    # The results chart's bars carry their label beside them: 3:1 for graphics.
    low.update(
        {c: round(contrast(c, palette.surface), 2) for c in palette.chart
         if contrast(c, palette.surface) < 3.0}
    )  # fmt: skip
    assert not low


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_a_disabled_button_reads_fainter_than_an_enabled_one(palette) -> None:  # type: ignore[no-untyped-def]
    """History's row of buttons, all disabled until a campaign is chosen, looked like
    buttons to press: every disabled button's words are far fainter than an enabled
    one's (a third of the contrast at most), and still legible (2.5:1 at least)."""
    from esms_desktop.gui.theme.style import style_sheet

    sheet = style_sheet(palette)
    rules = re.findall(r"QPushButton[^{]*:disabled\s*\{([^}]*)\}", sheet)
    colours = [re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", rule) for rule in rules]
    assert len(rules) >= 3 and all(colours), rules
    enabled = contrast(palette.text, palette.window)
    for found in colours:
        assert found is not None
        assert 2.5 <= contrast(found[1], palette.window) <= enabled / 3, found[1]


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert luminance("#ffffff") == pytest.approx(1.0)


def light_share(image) -> float:  # type: ignore[no-untyped-def]
    """The share of a grid of pixels (every 6th) that is light (relative luminance over
    0.5): light text on a dark window stays a few percent."""
    rows = list(_lines(image, 6, 6))
    return sum(v > 0.5 for row in rows for v in row) / sum(len(row) for row in rows)


def _luminance(c) -> float:  # type: ignore[no-untyped-def]
    """Relative luminance as WCAG computes it (a mid green bar is not "light")."""
    return luminance(c.name())


def light_boxes(image, run: int = 40) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Where a light box starts: ``run`` light pixels side by side on a line (every 4th
    line looked at). A letter's stroke is never that long; a light panel always is."""
    found = []
    for y, row in zip(range(0, image.height(), 4), _lines(image, 4, 1), strict=True):
        length = 0
        for x, value in enumerate(row):
            length = length + 1 if value > 0.6 else 0
            if length == run:
                found.append((x - run + 1, y))
    return found


def _lines(image, down: int, across: int) -> Iterator[list[float]]:  # type: ignore[no-untyped-def]
    """The luminance of every ``across``-th pixel of every ``down``-th line. Worked out
    once per colour from the line's bytes: asked of Qt pixel by pixel, the five pages of
    the dark window took 11 s in the suite."""
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # 4 bytes a pixel
    known: dict[bytes, float] = {}
    for y in range(0, argb.height(), down):
        line = bytes(argb.constScanLine(y))
        row = []
        for x in range(0, argb.width(), across):
            colour = line[4 * x : 4 * x + 4]
            if (value := known.get(colour)) is None:
                value = known[colour] = _luminance(argb.pixelColor(x, y))
            row.append(value)
        yield row


def test_the_box_finder_finds_a_light_box_and_not_light_text(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor(DARK.window))
    painter = QPainter(image)
    painter.setPen(QColor(DARK.text))
    painter.drawText(QRect(0, 0, 300, 40), 0, "Đã gửi: 15   Lỗi: 1   Còn: 0")
    painter.end()
    assert not light_boxes(image)
    painter = QPainter(image)
    painter.fillRect(QRect(100, 50, 120, 30), QColor(LIGHT.surface))
    painter.end()
    assert light_boxes(image)


def test_dark_scheme_has_no_light_box(qtbot: QtBot, app_home: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from esms_desktop.app.resources import sample_file
    from esms_desktop.gui import theme
    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = create_window(demo=True, lang="vi", scheme="dark")
    qtbot.addWidget(window)
    try:
        window.resize(1024, 700)
        window.show()
        qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
        with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
            window.recipients_page.open_path(sample_file())
        boxes, shares = {}, {}
        for step in range(5):
            window.go(step)
            qtbot.wait(50)
            image = window.grab().toImage()
            boxes[step] = light_boxes(image)[:3]
            shares[step] = round(light_share(image), 3)
        assert not any(boxes.values()), boxes
        assert all(share < 0.05 for share in shares.values()), shares
        wait_for_tasks()
        window.close()
    finally:
        theme.install(app, "light")  # the other tests see the light scheme
