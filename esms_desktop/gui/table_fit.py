"""Fitting a main table's columns into its width, so that nothing needed is cut off.

At 1024x700 a table has about 780 px for ten or more columns. Cutting every column
the same way made phone numbers unreadable ("0961234…") and campaigns impossible to
tell apart. So: each column has the least width at which it still says what it must
(a phone number whole, a date whole, a title's longest word), and the most it would
like (its texts whole); the room left above the least is shared out, first to the
columns named as coming first (a campaign's name), then to the others by what they
lack. Titles wrap onto a second line instead of being cut, and the header grows to
hold them. No main table scrolls sideways unless even the least widths do not fit.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: A phone number as a customer list writes it, at its widest usual form.
PHONE_SAMPLE = "0961 234 567"
#: Room around a cell's or a title's text (the style's padding, the grid line).
PAD = 16


def wrap_titles(table: QTableView) -> None:
    """The table's titles wrap at spaces onto a second line rather than being cut.

    They are not set in bold for the selected row (a table's default): a bold title
    is wider, wrapped onto one more line, and the header grew and shrank with the
    selection."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap)
    )
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.setHighlightSections(False)


#: The lines a wrapped cell may take: a main table's rows are two lines high.
LINES = 2


def row_height(table: QTableView) -> int:
    """A row high enough for :data:`LINES` lines of its text (the style's own height
    when that is more)."""
    wanted = LINES * table.fontMetrics().lineSpacing() + 4
    return max(table.verticalHeader().defaultSectionSize(), wanted)


def wrapped_least(
    table: QTableView, column: int, rows: int = 200, role: int = Qt.ItemDataRole.DisplayRole
) -> int:
    """The narrowest width at which each text of ``column`` (of the first ``rows``
    rows; their ``role``) wraps at spaces onto at most :data:`LINES` lines, none of its
    words cut."""
    model = table.model()
    metrics = table.fontMetrics()
    count = min(rows, model.rowCount())
    texts = {str(model.index(r, column).data(role) or "") for r in range(count)}
    texts.discard("")
    if not texts:
        return 0
    flags = int(Qt.TextFlag.TextWordWrap)
    tall = LINES * metrics.lineSpacing()

    def fits(width: int) -> bool:
        return all(
            metrics.boundingRect(QRect(0, 0, width, 100 * tall), flags, t).height() <= tall
            and all(metrics.horizontalAdvance(w) <= width for w in t.split())
            for t in texts
        )

    low = max(max(metrics.horizontalAdvance(w) for w in t.split()) for t in texts)
    high = max(metrics.horizontalAdvance(t) for t in texts) + 1
    while low < high:  # the least width that fits
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low + PAD


def phone_width(widget: QWidget) -> int:
    """The width a phone number needs to be read whole in ``widget``'s font."""
    return widget.fontMetrics().horizontalAdvance(PHONE_SAMPLE) + PAD


def _title(header: QHeaderView, column: int) -> str:
    model = header.model()
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""


def title_least(header: QHeaderView, column: int) -> int:
    """The narrowest a column's title allows once wrapped: its longest word."""
    metrics = header.fontMetrics()
    words = _title(header, column).split()
    return max((metrics.horizontalAdvance(w) for w in words), default=0) + PAD


def title_full(header: QHeaderView, column: int) -> int:
    """The width a column's title needs on one line."""
    return header.fontMetrics().horizontalAdvance(_title(header, column)) + PAD


def fit_title_height(table: QTableView) -> None:
    """The header as tall as its tallest title, wrapped in its column's width."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    tallest = metrics.height()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        room = QRect(0, 0, max(1, header.sectionSize(c) - PAD), 10 * metrics.height())
        tallest = max(tallest, metrics.boundingRect(room, flags, _title(header, c)).height())
    wanted = tallest + 10  # the style's padding (4 px above and below) and the line
    if header.minimumHeight() != wanted:
        header.setMinimumHeight(wanted)


def share(
    room: int, full: dict[int, int], least: dict[int, int], first: Iterable[int] = ()
) -> dict[int, int]:
    """Widths for the columns of ``full`` within ``room``.

    Each column gets at least ``least`` (never more than ``full`` unless its least is
    more); what is left goes first to the columns of ``first`` up to their full width,
    then to the others in proportion to what they lack. When everything fits, every
    column is at its full width."""
    least = {c: max(least[c], 1) for c in full}
    most = {c: max(full[c], least[c]) for c in full}
    if sum(most.values()) <= room:
        return most
    widths = dict(least)
    spare = room - sum(widths.values())
    for c in first:
        give = max(0, min(spare, most[c] - widths[c]))
        widths[c] += give
        spare -= give
    lacking = {c: most[c] - widths[c] for c in full}
    total = sum(lacking.values())
    if spare > 0 and total > 0:
        for c, lack in lacking.items():
            widths[c] += spare * lack // total
    return widths


def apply(table: QTableView, widths: dict[int, int]) -> None:
    """Set the columns' widths, then the header's height for the wrapped titles."""
    header = table.horizontalHeader()
    for c, width in widths.items():
        if header.sectionSize(c) != width:
            header.resizeSection(c, width)
    fit_title_height(table)


def fit_shortening(
    table: QTableView, shortened: list[int], first: int, wrapped: Iterable[int] = ()
) -> None:
    """Fit ``table`` (see the module): every column whole (its title wrapped) but those
    of ``shortened``, which may be shortened down to 90 px, ``first`` of them getting
    the room first (a campaign's name: campaigns must be told apart); those of
    ``wrapped`` are whole on two lines (the table wraps its texts), and shortened
    only when even so the columns would not fit."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    if room <= 0:
        return
    columns = range(header.count())
    content = {c: table.sizeHintForColumn(c) for c in columns}
    full = {c: max(content[c], title_full(header, c)) for c in columns}
    least = {c: max(content[c], title_least(header, c)) for c in columns}
    least.update({c: min(full[c], 90) for c in shortened})
    two_lines = {
        c: min(full[c], max(wrapped_least(table, c), title_least(header, c))) for c in wrapped
    }
    if sum(least.values()) - sum(least[c] for c in two_lines) + sum(two_lines.values()) <= room:
        least.update(two_lines)
    apply(table, share(room, full, least, first=[first]))
