"""Where a profile lives on disk, and the names of the files inside it."""

from __future__ import annotations

from pathlib import Path

from ipms_desktop.settings import APP_NAME, ORGANISATION

DATABASE_FILE = "profile.db"
SLOT_FILE = "keyslots.json"
LOCK_FILE = "profile.lock"
BACKUP_DIR = "backups"


def default_profile_dir() -> Path:
    """The profile folder used when ``--profile`` is not given (per-user data directory)."""
    # Imported here: the desktop's first screen needs the profile's files, not this folder.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, ORGANISATION)) / "profile"


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILE


def slot_file_path(folder: Path) -> Path:
    return folder / SLOT_FILE


def lock_file_path(folder: Path) -> Path:
    return folder / LOCK_FILE


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR
