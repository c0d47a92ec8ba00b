"""Entry point of the frozen app (PyInstaller runs this file, not the package)."""

import sys

from esms_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
