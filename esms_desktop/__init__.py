"""eSMS Desktop: send SMS and Zalo messages through eSMS.vn from a customer list.

Everything directly under this package is Qt-free (the "core"); Qt lives in
``esms_desktop.gui`` only. An import-linter contract and a test enforce that.
"""

__version__ = "0.1.0"
APP_NAME = "eSMS Desktop"
