"""The Team lead, CoMSEC and Administration menus of the main window.

The assessor's main window calls ``add_menus`` while it builds its menu bar and
``update_menus`` whenever its state changes; the windows they open are its children, so
locking the profile closes them with everything else. Administration is offered only
where a certificate authority is present on this computer (CoMSEC's, or the practice
one a training profile made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from ipms_desktop.gui.administration.window import AdministrationWindow
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow
    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.main_window import MainWindow
    from ipms_desktop.services.open_profile import OpenProfile


class TeamMenus(QObject):
    """Owns the three menus and the single consolidation and administration windows."""

    def __init__(self, main_window: MainWindow) -> None:
        # The main window rebuilds its menus when the language changes (always while
        # locked, so no window of ours is open): the menus made before give way.
        for earlier in main_window.findChildren(TeamMenus):
            earlier.discard()
        super().__init__(main_window)
        self.main_window = main_window
        # Locking hides the main window's screens first (and closes windows once the
        # background work has stopped); these windows must not show content meanwhile.
        main_window.centralWidget().installEventFilter(self)
        self.consolidation_window: ConsolidationWindow | None = None
        self.administration_window: AdministrationWindow | None = None
        bar = main_window.menuBar()
        self.team_lead_menu = QMenu(
            QCoreApplication.translate("TeamMenus", "&Team lead"), main_window
        )
        self.merge_action = QAction(
            QCoreApplication.translate("TeamMenus", "&Merge the team's bundles…"), main_window
        )
        self.consensus_action = QAction(
            QCoreApplication.translate("TeamMenus", "&Consensus workspace…"), main_window
        )
        self.comsec_menu = QMenu(QCoreApplication.translate("TeamMenus", "Co&MSEC"), main_window)
        self.consolidation_action = QAction(
            QCoreApplication.translate("TeamMenus", "&Consolidation and quarantine…"),
            main_window,
        )
        self.reports_action = QAction(
            QCoreApplication.translate("TeamMenus", "&Reports…"), main_window
        )
        self.administration_menu = QMenu(
            QCoreApplication.translate("TeamMenus", "A&dministration"), main_window
        )
        self.authority_action = QAction(
            QCoreApplication.translate("TeamMenus", "&Certificate authority…"), main_window
        )
        # The windows (and the database libraries behind them) load only when opened,
        # never while the main window builds its menus on the way to the first screen.
        self.merge_action.triggered.connect(lambda: self.open_consolidation("MERGE_TAB"))
        self.consensus_action.triggered.connect(lambda: self.open_consolidation("CONSENSUS_TAB"))
        self.consolidation_action.triggered.connect(lambda: self.open_consolidation("MERGE_TAB"))
        self.reports_action.triggered.connect(lambda: self.open_consolidation("REPORTS_TAB"))
        self.authority_action.triggered.connect(self.open_administration)
        self.team_lead_menu.addAction(self.merge_action)
        self.team_lead_menu.addAction(self.consensus_action)
        self.comsec_menu.addAction(self.consolidation_action)
        self.comsec_menu.addAction(self.reports_action)
        self.administration_menu.addAction(self.authority_action)
        for menu in (self.team_lead_menu, self.comsec_menu, self.administration_menu):
            bar.addMenu(menu)

    def discard(self) -> None:
        self.main_window.centralWidget().removeEventFilter(self)
        for menu in (self.team_lead_menu, self.comsec_menu, self.administration_menu):
            menu.deleteLater()
        self.setParent(None)
        self.deleteLater()

    def windows(self) -> list[QWidget]:
        return [w for w in (self.consolidation_window, self.administration_window) if w]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Hide:
            for window in self.windows():
                window.hide()
        return False

    def update(self, profile: OpenProfile | None, context: AppContext) -> None:
        """Offer the menus to an unlocked profile; Administration only beside a CA.

        Without a profile (locked) the windows are closed, which closes their database.
        """
        unlocked = profile is not None
        if not unlocked:
            for window in self.windows():
                window.close()
            self.consolidation_window = self.administration_window = None
        for menu in (self.team_lead_menu, self.comsec_menu):
            menu.menuAction().setVisible(unlocked)
        self.administration_menu.menuAction().setVisible(
            unlocked and self.authority_folder(profile, context) is not None
        )

    @staticmethod
    def authority_folder(profile: OpenProfile | None, context: AppContext) -> Path | None:
        from ipms_desktop.services.authority_folder import known_authority

        return known_authority(context.training_dir, profile) if profile is not None else None

    def open_consolidation(self, tab_name: str) -> None:
        """Show the one consolidation window, on the named tab when that tab is open."""
        from ipms_desktop.gui.consolidation.window import ConsolidationWindow

        tab = getattr(ConsolidationWindow, tab_name)
        main_window = self.main_window
        window = self.consolidation_window
        if window is None or not window.isVisible():
            window = ConsolidationWindow(main_window.context, main_window.profile, main_window)
            self.consolidation_window = window
        if window.tabs.isTabEnabled(tab):
            window.tabs.setCurrentIndex(tab)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_administration(self) -> None:
        from ipms_desktop.gui.administration.window import AdministrationWindow

        main_window = self.main_window
        window = self.administration_window
        if window is None or not window.isVisible():
            folder = self.authority_folder(main_window.profile, main_window.context)
            window = AdministrationWindow(
                main_window.context, folder, main_window.profile, main_window
            )
            self.administration_window = window
        window.show()
        window.raise_()
        window.activateWindow()
