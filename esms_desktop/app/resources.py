"""Where the bundled files are: the source tree, or the frozen app's folder."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder (icons, translations, sample files)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def sample_file() -> Path:
    """The sample customer list offered in demo mode and by "download a sample"."""
    return resource_dir() / "samples" / "khach-hang-mau.xlsx"


def appointments_sample() -> Path:
    """The appointment list ("lịch hẹn") as made; demo mode writes one dated from today."""
    return resource_dir() / "samples" / "lich-hen-mau.xlsx"


def translations_dir() -> Path:
    return resource_dir() / "translations"
