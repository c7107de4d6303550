"""IPMS Desktop: offline institutional performance assessment.

The packages below this one form the core and import no Qt; the GUI lives in
``ipms_desktop.gui`` and the command line in ``ipms_desktop.cli``.
"""

__version__ = "0.1.0"
