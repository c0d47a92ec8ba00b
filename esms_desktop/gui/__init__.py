"""The Qt window. Everything here observes the core; it computes nothing itself.

May import: Qt and ``app`` and everything below it; the only package that imports Qt.
"""

import sys


def _keep_none_true_false() -> None:
    """On Python 3.11, make ``None``, ``True`` and ``False`` never freed, as Python 3.12
    and later make them (immortal objects).

    PySide6 6.12 counts a reference too few to ``None`` on each call of a Qt method that
    returns nothing (``setText``, ``setObjectName``...) and to ``True`` on each
    ``Signal.emit``. Their counts start in the thousands; a long send makes several such
    calls per message, and once a count reaches zero the interpreter aborts ("Fatal
    Python error: none_dealloc"): the window vanished mid-send. Each is given 2**40
    references more, which no day of calls uses up (tests/test_gui_long_run.py)."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is a PyObject's first field (CPython 3.11, a release build).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += 1 << 40


_keep_none_true_false()
