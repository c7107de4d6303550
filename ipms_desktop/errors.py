"""The one exception type that user-facing front ends turn into a clear message.

Core code raises ``IpmsError`` (or a subclass) for anything caused by bad input or a
refused operation. The command line prints ``str(error)`` as one line on stderr and
exits 1; the GUI shows it in a dialog. Anything else escaping is a programming error.

The core has no Qt, so it cannot translate. Failures an assessor meets in the desktop
application carry a ``message_id`` and the ``values`` to fill in, and the GUI shows its
own translated sentence for that id (``ipms_desktop.gui.message``); the English text stays
the message of record for the command line and the logs.
"""

from __future__ import annotations


class IpmsError(Exception):
    """A failure the user can act on: the message names what is wrong and where."""

    def __init__(self, message: str, *, message_id: str | None = None, **values: str) -> None:
        super().__init__(message)
        self.message_id = message_id
        self.values = values
