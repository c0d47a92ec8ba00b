import sys

from esms_desktop.cli.main import main

sys.exit(main())
