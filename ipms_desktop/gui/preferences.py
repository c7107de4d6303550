"""The few per-user choices kept outside the encrypted profile.

Only what is needed before the profile is unlocked lives here: the language, the profile
folder last used, and where windows and splitters were left. Nothing of an assessment is
ever written to this file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


class Preferences:
    """A small INI file of user choices; tests pass a file of their own."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._settings.value("language")
        return str(value) if value else None

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("language", code)
        self._settings.sync()

    def language_of(self, profile_dir: Path) -> str | None:
        """The language last chosen with the profile in ``profile_dir`` (each profile keeps
        its own: a colleague choosing Arabic does not change an English profile)."""
        value = self._settings.value(f"profiles/{_profile_key(profile_dir)}/language")
        return str(value) if value else None

    def set_language_of(self, profile_dir: Path, code: str) -> None:
        """Remember ``code`` for this profile, and as the choice for a new profile."""
        self._settings.setValue(f"profiles/{_profile_key(profile_dir)}/language", code)
        self.language = code

    def window_geometry(self, name: str) -> bytes | None:
        value = self._settings.value(f"geometry/{name}")
        return bytes(value.data()) if hasattr(value, "data") else None

    def set_window_geometry(self, name: str, geometry: bytes) -> None:
        from PySide6.QtCore import QByteArray

        self._settings.setValue(f"geometry/{name}", QByteArray(geometry))
        self._settings.sync()

    def splitter_state(self, name: str) -> bytes | None:
        value = self._settings.value(f"splitters/{name}")
        return bytes(value.data()) if hasattr(value, "data") else None

    def set_splitter_state(self, name: str, state: bytes) -> None:
        from PySide6.QtCore import QByteArray

        self._settings.setValue(f"splitters/{name}", QByteArray(state))


def _profile_key(profile_dir: Path) -> str:
    """A settings key for a profile folder (a digest: paths hold characters INI keys do not).

    SHA-256 by Qt's own hash: Python's hashlib would load OpenSSL before the first screen."""
    from PySide6.QtCore import QCryptographicHash

    path = str(Path(profile_dir).resolve()).encode("utf-8")
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")[:16]
