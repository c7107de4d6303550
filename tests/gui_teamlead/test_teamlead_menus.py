"""The Team lead, CoMSEC and Administration menus of the assessor's main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.administration.window import AdministrationWindow
from ipms_desktop.gui.consolidation.window import ConsolidationWindow
from ipms_desktop.gui.main_window import MainWindow
from tests.gui.conftest import drive_first_run_with_training


@pytest.fixture
def window(context, qtbot) -> Iterator[MainWindow]:
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


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_menus_open_the_windows_and_administration_needs_a_ca(window, qtbot):
    drive_first_run_with_training(window, qtbot, "en")
    menus = window.team_menus
    assert {"&Team lead", "Co&MSEC", "A&dministration"} <= set(menu_titles(window))
    menus.consensus_action.trigger()
    qtbot.waitUntil(lambda: menus.consolidation_window is not None)
    consolidation = menus.consolidation_window
    assert isinstance(consolidation, ConsolidationWindow) and consolidation.isVisible()
    assert consolidation.tabs.currentIndex() == consolidation.MERGE_TAB, "no database yet"
    menus.reports_action.trigger()
    assert menus.consolidation_window is consolidation, "one consolidation window"
    menus.authority_action.trigger()
    administration = menus.administration_window
    assert isinstance(administration, AdministrationWindow)
    assert administration.folder == window.context.training_dir
    assert administration.pages.currentIndex() == administration.AUTHORITY_PAGE

    window.lock()
    qtbot.waitUntil(lambda: window.profile is None, timeout=10_000)
    assert not consolidation.isVisible() and not administration.isVisible()
    assert not window.menuBar().isVisible()


def test_administration_is_hidden_without_a_ca(window, qtbot):
    drive_first_run_with_training(window, qtbot, "en")
    shutil.rmtree(window.context.training_dir)
    window.show_home()
    titles = menu_titles(window)
    assert "&Team lead" in titles and "A&dministration" not in titles
