"""The one exception type that user-facing front ends turn into a clear message.

Core code raises ``IpmsError`` (or a subclass) for anything caused by bad input or a
refused operation. The command line prints ``str(error)`` as one line on stderr and
exits 1; the GUI shows it in a dialog. Anything else escaping is a programming error.
"""


class IpmsError(Exception):
    """A failure the user can act on: the message names what is wrong and where."""
