"""The one exception type that user-facing front ends turn into a clear message.

Core code raises ``IpmsError`` (or a subclass) for anything caused by bad input or a
refused operation. The command line prints ``str(error)`` as one line on stderr and
exits 1; the GUI shows it in a dialog. Anything else escaping is a programming error.

The core has no Qt, so it cannot translate. A failure a person can meet is raised with
a registered ``Message`` (``ipms_desktop.messages``) and the values of its fields:
``IpmsError(msgs.BACKUP_MISSING, target=path)``. The English sentence is the message of
record for the command line and the logs; the GUI shows the same message from its
catalogues in the person's language (``ipms_desktop.gui.message``).
"""

from __future__ import annotations

from ipms_desktop.messages.registry import Message


class IpmsError(Exception):
    """A failure the user can act on: the message names what is wrong and where."""

    def __init__(self, message: Message | str, **values: object) -> None:
        self.values = {name: str(value) for name, value in values.items()}
        # A caught error named in this one: the GUI shows it in the person's language too.
        self.details = {
            name: value
            for name, value in values.items()
            if isinstance(value, IpmsError) and value.message is not None
        }
        if isinstance(message, Message):
            message.check(self.values)
            self.message: Message | None = message
            super().__init__(message.render(self.values))
        else:
            self.message = None
            super().__init__(message)

    @property
    def message_id(self) -> str | None:
        """The registered message's id, or None for an unregistered sentence."""
        return self.message.id if self.message else None


def revived_error(message_id: str | None, values: dict[str, str], text: str) -> IpmsError:
    """An ``IpmsError`` sent across a process boundary as its id, values and English text
    (the PDF writer runs in a child process), raised again with its registered message."""
    from ipms_desktop.messages import all_messages

    message = all_messages().get(message_id) if message_id else None
    return IpmsError(message, **values) if message else IpmsError(text)
