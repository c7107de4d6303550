"""``python -m ipms_desktop`` runs the ``ipms`` command line."""

import sys

from ipms_desktop.cli import main

sys.exit(main())
