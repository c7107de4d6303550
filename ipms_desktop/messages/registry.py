"""The registry of user-facing core messages: each declared once, with its fields.

The core has no Qt, so it cannot translate; it raises ``IpmsError`` with a ``Message``
and the values of its fields. The English template is the message of record (the command
line prints it, the logs keep it); the GUI looks the same template up in its catalogues
(context ``CoreMessages``) and fills in the values. ``pyside6-lupdate`` finds the
templates by the marker calls below, so the catalogues list every one.

A raise site imports its area's module as ``msgs`` and names the message and every field:
``raise IpmsError(msgs.BACKUP_MISSING, backup_file=path)``; ``tests/test_messages.py``
reads the source and fails on an error built otherwise, or with other fields.

Templates use Qt's placeholders: ``%1``, ``%2``... for the declared fields in order, and
``%n`` for the one field that is a count, so that Arabic and Kurdish can use their plural
forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

CONTEXT = "CoreMessages"

_PLACEHOLDER = re.compile(r"%([1-9n])")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for the catalogues; returns it unchanged."""
    return source


def translate(context: str, source: str, disambiguation: None = None, n: int = 0) -> str:
    """Marks a template that inserts a count (``%n``): lupdate reads a call of this name with
    a count as a plural (numerus) entry. Returns ``source`` unchanged."""
    return source


class Message(NamedTuple):
    """One user-facing message: a stable id, its English template, its fields, and the
    field that is a count (``%n``), if any. A named tuple: the registry is on the path to
    the first screen, where a dataclass costs ten times as much to define."""

    id: str
    template: str
    fields: tuple[str, ...] = ()
    plural_field: str | None = None

    @property
    def names(self) -> frozenset[str]:
        """Every field a raise must fill: the placeholders' and the count's."""
        return frozenset(self.fields) | ({self.plural_field} if self.plural_field else frozenset())

    def check(self, values: Mapping[str, object]) -> None:
        """Refuse values that are not exactly the declared fields (a programming error)."""
        if set(values) != self.names:
            raise TypeError(
                f"message {self.id} takes {sorted(self.names)}, was given {sorted(values)}"
            )

    def render(self, values: Mapping[str, str]) -> str:
        """The English sentence of record with ``values`` filled in, in one pass."""

        def value_for(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "n":
                return values[self.plural_field] if self.plural_field else match.group(0)
            index = int(key) - 1
            return values[self.fields[index]] if index < len(self.fields) else match.group(0)

        return _PLACEHOLDER.sub(value_for, self.template)


REGISTRY: dict[str, Message] = {}


def declare(message_id: str, template: str, *fields: str, count: str | None = None) -> Message:
    """Register a message; its template must use exactly ``%1``..``%k`` for ``fields``
    and ``%n`` if and only if it has a ``count``."""
    used = set(_PLACEHOLDER.findall(template))
    wanted = {str(index) for index in range(1, len(fields) + 1)} | ({"n"} if count else set())
    if used != wanted:
        raise ValueError(f"message {message_id}: placeholders {sorted(used)} != {sorted(wanted)}")
    if message_id in REGISTRY:
        raise ValueError(f"message {message_id} is declared twice")
    message = Message(message_id, template, tuple(fields), count)
    REGISTRY[message_id] = message
    return message
