"""Each profile opens in its own language, whatever another profile chose since."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ipms_desktop.gui import app as gui_app
from ipms_desktop.gui.preferences import Preferences


def test_a_profile_keeps_its_language_after_another_profile_changes(
    tmp_path: Path, qapp: QApplication, monkeypatch
) -> None:
    preferences = tmp_path / "preferences.ini"
    monkeypatch.setattr(gui_app, "preferences_path", lambda: preferences)
    english, arabic, fresh = (tmp_path / name for name in ("layla", "omar", "new"))
    chosen = Preferences(preferences)
    chosen.set_language_of(english, "en")
    chosen.set_language_of(arabic, "ar")  # the latest choice on this laptop
    contexts = []
    try:
        for folder in (english, arabic, fresh):
            contexts.append(gui_app.build_context(qapp, folder, None))
        assert [context.language for context in contexts] == ["en", "ar", "ar"], (
            "each profile its own language; a new profile starts with the latest choice"
        )
    finally:
        for context in contexts:
            context.languages.apply("en")


def test_profile_keys_stay_those_of_earlier_versions(tmp_path) -> None:
    """The per-profile key is SHA-256 of the resolved folder, first 16 hex digits, as
    before: a profile keeps its language across the change of hash implementation."""
    import hashlib

    from ipms_desktop.gui.preferences import _profile_key

    folder = tmp_path / "profile with spaces" / "ملف"
    expected = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    assert _profile_key(folder) == expected
