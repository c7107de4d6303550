"""Start IPMS Desktop from a source checkout: ``python main.py [--profile DIR]``."""

import sys

from ipms_desktop.gui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
