"""Fixtures shared by the assessor and the team-lead screen tests (import them into a
folder's conftest): the built translation catalogues and a language switcher."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.style import STYLE_SHEET
from ipms_desktop.resources import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

import build_translations


@pytest.fixture(scope="session", autouse=True)
def built_catalogues() -> None:
    """The .qm files the application loads (build output, not committed)."""
    stale = any(
        not resource_path("translations", f"ipms_{code}.qm").exists()
        or resource_path("translations", f"ipms_{code}.qm").stat().st_mtime
        < resource_path("translations", f"ipms_{code}.ts").stat().st_mtime
        for code in build_translations.LANGUAGES
    )
    if stale:
        build_translations.release_catalogues()


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    qapp.setStyleSheet(STYLE_SHEET)
    switcher = LanguageSwitcher(qapp)
    switcher.apply("en")
    yield switcher
    switcher.apply("en")
    qapp.setLayoutDirection(Qt.LeftToRight)
