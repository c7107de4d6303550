"""Entry script of the frozen ``ipms`` command line (the installed console script's twin)."""

import sys

from ipms_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
