"""``profile.keys``: the ways to unlock the profile (passphrase, escrow slot) and the key
material other subsystems keep inside it (the credentials' private keys, trust settings).

The key-slot file is rewritten atomically; the database is never re-encrypted, because the
data key never changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import delete, insert, select

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.store import keyslots
from ipms_desktop.store.keyslots import KdfParams, SlotFile, WrongSecretError
from ipms_desktop.store.paths import slot_file_path
from ipms_desktop.store.schema import SECRETS
from ipms_desktop.store.transactions import Transactions

logger = logging.getLogger(__name__)


class ProfileKeys:
    """Passphrase changes, the escrow slot, and secrets kept in the encrypted database."""

    def __init__(
        self, folder: Path, data_key: bytes, unlocked_by: str, transactions: Transactions
    ) -> None:
        self._folder = folder
        self._data_key = data_key
        self._unlocked_by = unlocked_by
        self._transactions = transactions

    def change_passphrase(self, old: str, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; only the slot file is rewritten."""
        with self._transactions.mutex:
            self._transactions.require_open()
            slot_file = keyslots.read_slot_file(slot_file_path(self._folder))
            try:
                keyslots.unlock_with_passphrase(slot_file, old)
            except WrongSecretError:
                raise WrongSecretError(msgs.WRONG_CURRENT_PASSPHRASE) from None
            self._rewrap(slot_file, new, kdf_params)

    def set_passphrase(self, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """After unlocking with the recovery code or escrow key: choose a new passphrase."""
        with self._transactions.mutex:
            self._transactions.require_open()
            if self._unlocked_by == "passphrase":
                raise IpmsError(msgs.PROFILE_UNLOCKED_PASSPHRASE_USE_CHANGE)
            self._rewrap(keyslots.read_slot_file(slot_file_path(self._folder)), new, kdf_params)

    def set_escrow_key(self, escrow_public_key: bytes) -> bool:
        """Seal the data key to CoMSEC's (new) escrow key, as trust settings that carry one
        ask; returns whether the key-slot file changed."""
        with self._transactions.mutex:
            self._transactions.require_open()
            path = slot_file_path(self._folder)
            slot_file = keyslots.read_slot_file(path)
            updated = keyslots.with_escrow_slot(slot_file, self._data_key, escrow_public_key)
            if updated is slot_file:
                return False
            keyslots.write_slot_file(path, updated)
            logger.info("escrow slot updated for profile %s", self._folder)
            return True

    def get_secret(self, name: str) -> bytes | None:
        with self._transactions.reading() as connection:
            value = connection.execute(
                select(SECRETS.c.value).where(SECRETS.c.name == name)
            ).scalar_one_or_none()
        return None if value is None else bytes(value)

    def set_secret(self, name: str, value: bytes) -> None:
        with self._transactions.writing() as edit:
            edit.connection.execute(delete(SECRETS).where(SECRETS.c.name == name))
            edit.connection.execute(insert(SECRETS).values(name=name, value=bytes(value)))

    def _rewrap(self, slot_file: SlotFile, new: str, kdf_params: KdfParams | None) -> None:
        updated = keyslots.with_new_passphrase(slot_file, self._data_key, new, kdf_params)
        keyslots.write_slot_file(slot_file_path(self._folder), updated)
        logger.info("passphrase changed for profile %s", self._folder)
