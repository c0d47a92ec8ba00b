"""The main window. For now: the demo banner and the account's balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from esms_desktop import APP_NAME, __version__


class MainWindow(QMainWindow):
    def __init__(self, *, demo: bool) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__}" + (" - DEMO" if demo else ""))
        self.resize(960, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        if demo:
            banner = QLabel(self.tr("DEMO - no real messages are sent"), central)
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#fff3cd;color:#664d03;font-weight:bold;padding:8px;")
            layout.addWidget(banner)
        intro = QLabel(
            self.tr(
                "Open a customer list, write a message, see the price, and send it through eSMS."
            ),
            central,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addStretch(1)
        self.setCentralWidget(central)
