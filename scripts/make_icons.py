"""Draw the app icon (a speech bubble with "SMS") into resources/icons/.

    uv run python scripts/make_icons.py

Writes esms-desktop.png (512 px) and esms-desktop.ico (16-256 px) with Qt
itself, so no drawing program or extra package is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPolygonF


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(4 * s, 6 * s, 56 * s, 40 * s), 10 * s, 10 * s)
    tail = QPainterPath()
    tail.addPolygon(
        QPolygonF([QPointF(16 * s, 44 * s), QPointF(14 * s, 58 * s), QPointF(30 * s, 44 * s)])
    )
    p.fillPath(bubble.united(tail), QColor("#1565c0"))
    p.setPen(QColor("white"))
    font = QFont("DejaVu Sans", max(1, round(15 * s)))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(4 * s, 6 * s, 56 * s, 40 * s), Qt.AlignmentFlag.AlignCenter, "SMS")
    p.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    folder = Path(__file__).resolve().parents[1] / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    draw(512).save(str(folder / "esms-desktop.png"))
    if not draw(256).save(str(folder / "esms-desktop.ico")):
        raise SystemExit("this Qt cannot write .ico files")
    del app
    print(folder)


if __name__ == "__main__":
    main()
