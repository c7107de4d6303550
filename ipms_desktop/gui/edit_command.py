"""Undo and redo for edits that the store has already saved.

The store saves each edit at once, so a command is pushed only after its first save
succeeded; undo and redo call the same setter with the old or the new value, and each of
those is saved (and audited) like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ipms_desktop.errors import IpmsError


class SavedEditCommand(QUndoCommand):
    """One saved edit of one item, replayable in both directions."""

    def __init__(
        self,
        text: str,
        save: Callable[[Any], None],
        old: Any,
        new: Any,
        after: Callable[[], None],
        on_error: Callable[[IpmsError], None],
    ) -> None:
        super().__init__(text)
        self._save = save
        self._old = old
        self._new = new
        self._after = after
        self._on_error = on_error
        self._already_saved = True

    def redo(self) -> None:
        if self._already_saved:
            self._already_saved = False
            return
        self._replay(self._new)

    def undo(self) -> None:
        self._replay(self._old)

    def _replay(self, value: Any) -> None:
        try:
            self._save(value)
        except IpmsError as error:
            self._on_error(error)
        self._after()
