"""The app layer: what both fronts share.

The window (``esms_desktop.gui``) and the command line (``esms_desktop.cli.main*``)
both prepare a campaign through :mod:`esms_desktop.app.preparation` and change
the do-not-send list through :mod:`esms_desktop.app.opt_out`, so what one checks
the other checks the same way. Nothing here imports Qt.

Holds settings, the keyring store, logs, resources and samples, the user texts of
errors and pauses, ``diagnose``, the message library and template registration.

May import: everything below it (``reports``, ``sending``, ``journal``, ``checks``...).
"""
