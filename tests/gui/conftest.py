"""GUI test set-up: a window on a temporary profile, with cheap key derivation passed
explicitly (never through the environment), and the translation catalogues built."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.trust.keyfile import Argon2Parameters

CHEAP_PROFILE_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
CHEAP_KEY_FILE_KDF = Argon2Parameters(memory_kib=8, iterations=1, lanes=1)
PASSPHRASE = "quiet river orchard lantern 42"


@pytest.fixture
def context(tmp_path: Path, qapp: QApplication, languages: LanguageSwitcher) -> AppContext:
    return AppContext(
        profile_dir=tmp_path / "profile",
        preferences=Preferences(tmp_path / "preferences.ini"),
        languages=languages,
        operations=Operations(qapp),
        kdf_params=CHEAP_PROFILE_KDF,
        key_file_kdf=CHEAP_KEY_FILE_KDF,
    )


@pytest.fixture
def window(context: AppContext, qtbot) -> Iterator[MainWindow]:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.resize(1280, 720)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.start(context)
    yield main_window
    context.operations.wait_for_all(10_000)
    if main_window.profile is not None:
        main_window.profile.close()
        main_window.profile = None


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def arabic_window(window: MainWindow, qtbot) -> MainWindow:
    """A window that went through the first run in Arabic with a training profile."""
    drive_first_run_with_training(window, qtbot, "ar")
    return window


@pytest.fixture
def trained_window(window: MainWindow, qtbot) -> MainWindow:
    """A window that went through the first run in English with a training profile."""
    window.recovery_code_for_tests = drive_first_run_with_training(window, qtbot, "en")
    return window


def drive_first_run_with_training(window: MainWindow, qtbot, language: str) -> str:
    """Drive the first run to the editor of the training sample case; return the code."""
    from ipms_desktop.gui.screens.editor import EditorScreen
    from ipms_desktop.gui.screens.first_run import FirstRunScreen
    from ipms_desktop.gui.screens.language import LanguageScreen

    screen = window.current_screen()
    assert isinstance(screen, LanguageScreen)
    screen.language_chosen.emit(language)
    first_run = window.current_screen()
    assert isinstance(first_run, FirstRunScreen)
    first_run.name_edit.setText("Layla Hassan")
    first_run.passphrase_edit.setText(PASSPHRASE)
    first_run.confirm_edit.setText(PASSPHRASE)
    first_run.profile_continue.click()
    assert first_run.pages.currentIndex() == first_run.TRUST_PAGE
    first_run.training_button.click()
    qtbot.waitUntil(
        lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE, timeout=30_000
    )
    recovery_code = first_run.code_label.text()
    assert recovery_code.count("-") >= 6
    assert not first_run.recovery_continue.isEnabled()
    first_run.written_check.setChecked(True)
    first_run.recovery_continue.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen), timeout=5_000)
    note = window.training_note_box
    assert note is not None and str(window.context.training_dir) in note.text()
    note.accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return recovery_code
