"""What every screen of one running application shares.

Tests build their own context (temporary folders, cheap key-derivation parameters passed
explicitly), so nothing here reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.settings import GUI


@dataclass
class AppContext:
    """The profile folder, user choices, language and background runner of one window."""

    profile_dir: Path
    preferences: Preferences
    languages: LanguageSwitcher
    operations: Operations
    # Argon2id parameters for a new profile (a ``store.keyslots.KdfParams``); ``None``
    # means the production defaults. Only tests pass cheaper ones.
    kdf_params: Any | None = None
    # Argon2id parameters for the training CA's key files (a
    # ``trust.keyfile.Argon2Parameters``); ``None`` means the production defaults.
    key_file_kdf: Any | None = None
    idle_lock_ms: int = GUI.idle_lock_minutes * 60_000
    # Agreed overalls waiting for their justification, by (assessment id, item id): kept
    # while the assessor moves between items and across a lock, asked about before closing.
    drafts: dict[tuple[str, str], tuple[int | None, str]] = field(default_factory=dict)

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
