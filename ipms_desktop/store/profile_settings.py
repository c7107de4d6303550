"""``profile.settings``: preferences other subsystems keep inside the encrypted profile
(JSON values by name), such as the folder of the certificate authority last used."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from ipms_desktop.store import audit
from ipms_desktop.store.schema import SETTINGS
from ipms_desktop.store.transactions import Transactions

# Folders this profile has written files to (bundles, copies of evidence): where a write
# killed half-way may have left a hidden ``.part`` file, removed at the next unlock.
OUTPUT_FOLDERS = "output_folders"
_OUTPUT_FOLDERS_KEPT = 10


class ProfileSettings:
    """Named JSON values, each saved in its own transaction."""

    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def get(self, name: str, default: Any = None) -> Any:
        with self._transactions.reading() as connection:
            value = connection.execute(
                select(SETTINGS.c.value).where(SETTINGS.c.name == name)
            ).scalar_one_or_none()
        return default if value is None else json.loads(value)

    def set(self, name: str, value: Any) -> None:
        encoded = audit.canonical_json(value)
        with self._transactions.writing() as edit:
            edit.connection.execute(delete(SETTINGS).where(SETTINGS.c.name == name))
            edit.connection.execute(insert(SETTINGS).values(name=name, value=encoded))

    def output_folders(self) -> list[Path]:
        """The folders this profile wrote to, newest first."""
        return [Path(folder) for folder in self.get(OUTPUT_FOLDERS, [])]

    def remember_output_folder(self, folder: Path) -> None:
        """Note ``folder`` as one this profile writes to (newest first, a few kept)."""
        entry = str(Path(folder).resolve())
        known = [path for path in self.get(OUTPUT_FOLDERS, []) if path != entry]
        self.set(OUTPUT_FOLDERS, [entry, *known][:_OUTPUT_FOLDERS_KEPT])
