"""The profile's use cases that the window and ``ipms`` share: create a profile, change or
recover its passphrase, back it up and restore it.

Every passphrase a person chooses passes the one policy (``passphrase_policy``) before
anything is created, opened or changed, so a refusal leaves no folder and no file. After a
passphrase change or a recovery, a training CA beside the profile follows the new
passphrase (``training.follow_profile_passphrase``). The store is imported only when a use
case runs, so importing this module stays cheap for the first screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import services as msgs
from ipms_desktop.services.passphrase_policy import require_acceptable
from ipms_desktop.services.training import TrainingKeys, follow_profile_passphrase

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile
    from ipms_desktop.store.keyslots import KdfParams

NEW_PROFILE_PASSPHRASE = "the new profile passphrase"
NEW_PASSPHRASE = "the new passphrase"
BACKUP_SUFFIX = ".db"
SLOTS_SUFFIX = ".keyslots.json"
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^\w\-]+")


@dataclass(frozen=True)
class PassphraseChanged:
    """A passphrase change that stands; ``training_problem`` says when the training CA's
    key files could not follow it (they keep the passphrase they had)."""

    training: TrainingKeys | None
    training_problem: IpmsError | None = None


def check_new_passphrase(passphrase: str, subject: str = NEW_PASSPHRASE) -> None:
    """Refuse (``PassphraseRefused``) a passphrase the policy does not accept."""
    require_acceptable(passphrase, subject)


def create_profile(
    folder: Path,
    name: str,
    passphrase: str,
    *,
    escrow_public_key: bytes | None = None,
    kdf_params: KdfParams | None = None,
) -> tuple[OpenProfile, str]:
    """A new profile and its recovery code (shown once); a refused passphrase creates
    nothing, not even the folder."""
    require_acceptable(passphrase, NEW_PROFILE_PASSPHRASE)
    from ipms_desktop.store import opening

    return opening.create_profile(
        folder, name, passphrase, escrow_public_key=escrow_public_key, kdf_params=kdf_params
    )


def change_passphrase(
    profile: OpenProfile, old: str, new: str, *, kdf_params: KdfParams | None = None
) -> PassphraseChanged:
    """Replace a known passphrase (checked) by ``new`` (policy first)."""
    require_acceptable(new, NEW_PASSPHRASE)
    profile.keys.change_passphrase(old, new, kdf_params=kdf_params)
    return _training_follows(profile, new, old)


def set_recovered_passphrase(
    profile: OpenProfile, new: str, *, kdf_params: KdfParams | None = None
) -> PassphraseChanged:
    """After unlocking with the recovery code or the escrow key: the new passphrase."""
    require_acceptable(new, NEW_PASSPHRASE)
    profile.keys.set_passphrase(new, kdf_params=kdf_params)
    return _training_follows(profile, new, None)


def recover_with_code(
    folder: Path, code: str, new: str, *, kdf_params: KdfParams | None = None
) -> tuple[OpenProfile, PassphraseChanged]:
    """Unlock with the recovery code and set ``new``; returns the open profile."""
    require_acceptable(new, NEW_PASSPHRASE)
    from ipms_desktop.store import opening

    return _recovered(opening.unlock_with_recovery_code(folder, code), new, kdf_params)


def recover_with_escrow_key(
    folder: Path, private_key: bytes, new: str, *, kdf_params: KdfParams | None = None
) -> tuple[OpenProfile, PassphraseChanged]:
    """CoMSEC's path: unlock with the escrow private key and set ``new``."""
    require_acceptable(new, NEW_PASSPHRASE)
    from ipms_desktop.store import opening

    return _recovered(opening.unlock_with_escrow_key(folder, private_key), new, kdf_params)


def _recovered(
    profile: OpenProfile, new: str, kdf_params: KdfParams | None
) -> tuple[OpenProfile, PassphraseChanged]:
    try:
        changed = set_recovered_passphrase(profile, new, kdf_params=kdf_params)
    except BaseException:
        profile.close()
        raise
    return profile, changed


def _training_follows(profile: OpenProfile, new: str, previous: str | None) -> PassphraseChanged:
    try:
        return PassphraseChanged(follow_profile_passphrase(profile, new, previous=previous))
    except IpmsError as error:
        return PassphraseChanged(None, error)


def backup_file_name(profile_name: str, now: datetime) -> str:
    """``Layla-Hassan-backup-20260301-142500.db``: whose profile, and when."""
    stem = _UNSAFE_FILE_CHARACTERS.sub("-", profile_name.strip()).strip("-") or "profile"
    return f"{stem}-backup-{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def backup_profile(
    profile: OpenProfile,
    destination: Path,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, Path]:
    """An encrypted copy plus its key-slot file; returns both paths.

    ``destination`` is a file, or an existing folder (a USB stick), in which case the copy
    gets a dated name inside it. An existing backup is never overwritten.
    """
    destination = Path(destination)
    if destination.is_dir():
        destination = destination / backup_file_name(profile.name, now or datetime.now())
    slots = destination.with_name(destination.name + SLOTS_SUFFIX)
    for path in (destination, slots):
        if path.exists():
            raise IpmsError(msgs.BACKUP_EXISTS, target=path)
    return profile.backup(destination, progress)


def restore_profile(folder: Path, backup_file: Path, passphrase: str) -> Path:
    """Put a backup (with its key-slot file beside it, or the folder's own) in place of the
    profile's database; returns where the replaced files were set aside."""
    from ipms_desktop.store import opening

    return opening.restore_profile(folder, backup_file, passphrase)
