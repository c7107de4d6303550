"""What every screen of one running application shares.

Tests build their own context (temporary folders, cheap key-derivation parameters passed
explicitly), so nothing here reads the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.settings import GUI


class AppContext:
    """The profile folder, user choices, language and background runner of one window.

    A plain class (no dataclass): it is built before the first screen paints, and the
    dataclasses module alone costs that paint some 2 ms to import.
    """

    def __init__(
        self,
        profile_dir: Path,
        preferences: Preferences,
        languages: LanguageSwitcher,
        operations: Operations,
        *,
        kdf_params: Any | None = None,
        key_file_kdf: Any | None = None,
        idle_lock_ms: int = GUI.idle_lock_minutes * 60_000,
    ) -> None:
        self.profile_dir = profile_dir
        self.preferences = preferences
        self.languages = languages
        self.operations = operations
        # Argon2id parameters for a new profile (a ``store.keyslots.KdfParams``); ``None``
        # means the production defaults. Only tests pass cheaper ones.
        self.kdf_params = kdf_params
        # Argon2id parameters for the training CA's key files (a
        # ``trust.keyfile.Argon2Parameters``); ``None`` means the production defaults.
        self.key_file_kdf = key_file_kdf
        self.idle_lock_ms = idle_lock_ms
        # Agreed overalls waiting for their justification, by (assessment id, item id): kept
        # while the assessor moves between items and across a lock, asked about before
        # closing.
        self.drafts: dict[tuple[str, str], tuple[int | None, str]] = {}

    @property
    def training_dir(self) -> Path:
        """Where a training profile's practice CA is made: beside the profile folder."""
        # Imported here: the training service brings the CA's cryptography, which the first
        # screen does not need before it paints.
        from ipms_desktop.services.training import training_ca_folder

        return training_ca_folder(self.profile_dir)

    @property
    def language(self) -> str:
        return self.languages.code
