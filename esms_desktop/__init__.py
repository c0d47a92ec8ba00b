"""eSMS Desktop: send SMS and Zalo messages through eSMS.vn from a customer list.

Everything directly under this package is Qt-free (the "core"); Qt lives in
``esms_desktop.gui`` only. An import-linter contract and a test enforce that.
"""

import sys

# httpx imports its own command line (click, rich and pygments: about 0.2 s, and 400 modules
# in the frozen app) whenever they are installed, which a developer's tools make them; the
# app never runs it. A module set to None makes that import fail, and httpx then does
# without (it catches the ImportError). Upstream: encode/httpx#3547.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

__version__ = "0.1.0"
APP_NAME = "eSMS Desktop"
