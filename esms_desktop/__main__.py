import sys

from esms_desktop.cli import main

sys.exit(main())
