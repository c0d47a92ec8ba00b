"""The ``esms-desktop`` command line: it parses options, calls ``app`` and prints.

Holds the entry point (``main``), ``check``, ``send`` and its siblings, the
do-not-send list, the library and template registration commands. It computes
nothing of its own: the campaign is prepared by :mod:`esms_desktop.app.preparation`.

May import: everything but ``gui`` (except to start the window).
"""
