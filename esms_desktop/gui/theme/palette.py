"""The window's colours, light and dark, by what they mean; and their contrast (WCAG 2.x).

Every colour of the window is here and only here (a test looks for colour literals
anywhere else under ``esms_desktop/gui``). Pages ask for a colour by its role,
never by its value, so a dark system theme never gives a light box.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    """One scheme's colours, as ``#rrggbb``."""

    dark: bool
    window: str  #: the page background
    surface: str  #: tables, edits, tiles: one step off the page
    sidebar: str
    border: str
    text: str
    muted: str  #: hints and labels of tiles (still AA on window and surface)
    #: The words of a button that cannot be used now: clearly fainter than an enabled
    #: one's (a row of buttons that all looked alike, most of them doing nothing), still
    #: legible (WCAG asks no contrast of a disabled control; a test keeps 2.5:1).
    disabled: str
    primary: str  #: the one button that is the next step
    on_primary: str
    primary_hover: str
    danger: str
    on_danger: str
    selection: str
    on_selection: str
    #: The keyboard focus ring: 3:1 at least against every background and border it is
    #: drawn on or replaces (WCAG 1.4.11, 2.4.13); on a primary button the ring is
    #: ``focus_on_primary``.
    focus: str
    focus_on_primary: str
    ok: str  #: text and bar colour for things that went well
    ok_bg: str
    warn: str
    warn_bg: str
    bad: str
    bad_bg: str
    info: str
    info_bg: str
    demo_bg: str
    demo_text: str
    #: Bars of the results chart after the first (accepted, green).
    chart: tuple[str, ...] = ()


LIGHT = Palette(
    dark=False,
    window="#f5f7fa",
    surface="#ffffff",
    sidebar="#e9eef4",
    border="#ccd5df",
    text="#1c2733",
    muted="#4f5d6b",
    disabled="#8d99a6",
    primary="#1f5fbf",
    on_primary="#ffffff",
    primary_hover="#184f9f",
    danger="#b42318",
    on_danger="#ffffff",
    selection="#cfe0f7",
    on_selection="#102a4c",
    focus="#0b57d0",
    focus_on_primary="#ffffff",
    ok="#1e6b34",
    ok_bg="#e6f4ea",
    warn="#8a4b00",
    warn_bg="#fff3e0",
    bad="#a8201a",
    bad_bg="#fdecea",
    info="#1f4f8f",
    info_bg="#e8f0fb",
    demo_bg="#fff3cd",
    demo_text="#5c4503",
    chart=("#2e7d32", "#c62828", "#b35c00", "#6a1b9a", "#1565c0", "#546e7a"),
)

DARK = Palette(
    dark=True,
    window="#181c21",
    surface="#21272e",
    sidebar="#1f252c",
    border="#3a444f",
    text="#e4e9ee",
    muted="#a9b4bf",
    disabled="#66717c",
    primary="#2f6fd1",
    on_primary="#ffffff",
    primary_hover="#2a63bd",
    danger="#c8372d",
    on_danger="#ffffff",
    selection="#27456e",
    on_selection="#eef4fc",
    focus="#8ab4f8",
    focus_on_primary="#101317",
    ok="#7fd49a",
    ok_bg="#1d3526",
    warn="#f2b769",
    warn_bg="#3a2c16",
    bad="#f4a19b",
    bad_bg="#3f2022",
    info="#9cc3f5",
    info_bg="#1d2d44",
    demo_bg="#3d3315",
    demo_text="#f5dc8c",
    chart=("#5fbf73", "#e57373", "#f0a04b", "#b788d8", "#64a8f0", "#90a4ae"),
)

#: The pairs of text on background the window uses, by name, for the contrast test.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "sidebar"),
    ("muted", "window"),
    ("muted", "surface"),
    ("on_primary", "primary"),
    ("on_primary", "primary_hover"),
    ("on_danger", "danger"),
    ("on_selection", "selection"),
    ("ok", "ok_bg"),
    ("warn", "warn_bg"),
    ("bad", "bad_bg"),
    ("info", "info_bg"),
    ("text", "ok_bg"),
    ("text", "warn_bg"),
    ("text", "bad_bg"),
    ("text", "info_bg"),
    ("demo_text", "demo_bg"),
    ("ok", "surface"),
    ("bad", "surface"),
)


#: The focus ring against what it is drawn on, or replaces, for the 3:1 test.
FOCUS_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"),
    ("focus", "surface"),
    ("focus", "sidebar"),
    ("focus", "border"),
    ("focus", "selection"),
    ("focus_on_primary", "primary"),
    ("focus_on_primary", "primary_hover"),
)


def colour_names() -> list[str]:
    return [f.name for f in fields(Palette) if f.name not in ("dark", "chart")]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2.x)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """The contrast ratio, 1 to 21; WCAG AA asks 4.5 for text."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def below(palette: Palette, pairs: Iterable[tuple[str, str]], least: float) -> dict[str, float]:
    """The ``pairs`` of the palette's colour names whose contrast is under ``least``, as
    "a on b": ratio (what a test of the theme reports)."""
    ratios = {(a, b): contrast(getattr(palette, a), getattr(palette, b)) for a, b in pairs}
    return {f"{a} on {b}": round(r, 2) for (a, b), r in ratios.items() if r < least}
