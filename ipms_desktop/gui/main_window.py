"""The one main window: which screen is shown, the menus, locking.

Locking closes the profile (its key leaves memory) and destroys every screen that showed
content; unlocking builds them again and returns the assessor to the same item.

This module is on the path to the first paint, so it touches Qt's ``Qt`` namespace (whose
enums take some 30 ms to create in PySide6), and the Qt classes the first screen does not
show (actions, message boxes: about 1 ms each to create), only in methods that run after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ipms_desktop.gui.i18n import fill
from ipms_desktop.gui.window_geometry import fit_to_screen, remember_geometry, restore_geometry
from ipms_desktop.settings import APP_NAME, GUI

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.idle_lock import IdleWatcher
    from ipms_desktop.gui.screens.editor import EditorScreen
    from ipms_desktop.gui.screens.home import HomeScreen
    from ipms_desktop.services.open_profile import OpenProfile


class MainWindow(QMainWindow):
    """Hosts one screen at a time: language, first run, unlock, home or editor."""

    def __init__(self) -> None:
        super().__init__()
        self.context: AppContext | None = None
        self.profile: OpenProfile | None = None
        self.home: HomeScreen | None = None
        self.editor: EditorScreen | None = None
        self._resume: tuple[str, str | None] | None = None
        self._training_note = ""
        self.training_note_box: QMessageBox | None = None
        self._lock_pending = False
        self._dropping_drafts = False
        self.drafts_box: QMessageBox | None = None
        self.backup_dialog: QWidget | None = None
        self.passphrase_dialog: QWidget | None = None
        self.guide_dialog: QWidget | None = None
        self.idle: IdleWatcher | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)
        fit_to_screen(self, QSize(GUI.window_width, GUI.window_height))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # Until start() runs, right after this first paint, the window is empty: drawing any
        # text first would load the font database, which start() does anyway a moment later.

    def start(self, context: AppContext) -> None:
        """Build the first screen; the menus and the idle lock follow its first paint."""
        from ipms_desktop.gui.first_paint import FirstPaintProbe

        self.context = context
        restore_geometry(
            self, context.preferences, "main", QSize(GUI.window_width, GUI.window_height)
        )
        if self.profile_exists():
            self.show_unlock()
        else:
            self.show_language()
        FirstPaintProbe(self, self.finish_start)

    def finish_start(self) -> None:
        """Menus, shortcuts and the idle lock: after the first screen has painted, since they
        read Qt's namespace and filter every event (some 30 ms the assessor would wait for),
        and at the latest when a profile opens. Runs once."""
        if self.idle is not None:
            return
        from ipms_desktop.gui.idle_lock import IdleWatcher

        self.idle = IdleWatcher(self.context.idle_lock_ms, self)
        self.idle.idle.connect(self._lock_when_idle)
        self._build_actions()

    # -- screens ----------------------------------------------------------------------

    def profile_exists(self) -> bool:
        from ipms_desktop.store.paths import slot_file_path

        return slot_file_path(self.context.profile_dir).exists()

    def _replace_screen(self, screen: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_language(self) -> None:
        from ipms_desktop.gui.screens.language import LanguageScreen

        self._set_unlocked_ui(False)
        screen = LanguageScreen(self.context.language)
        screen.language_chosen.connect(self._language_chosen_for_first_run)
        self._replace_screen(screen)

    def _language_chosen_for_first_run(self, code: str) -> None:
        from ipms_desktop.gui.screens.first_run import FirstRunScreen

        self.set_language(code)
        screen = FirstRunScreen(self.context)
        screen.training_ready.connect(self._remember_training)
        screen.finished.connect(self._enter_profile)
        self._replace_screen(screen)

    def _remember_training(self, setup: Any) -> None:
        """After a training first run, open the sample case and say where the CA lives."""
        from ipms_desktop.gui.i18n import isolate_ltr

        self._resume = (setup.assessment_id, None)
        self._training_note = fill(
            self.tr(
                "Your training profile is ready, with a sample case whose status document summary "
                "is attached to the first item as evidence. The practice certificate authority "
                "and consolidation key are in %1, protected by your passphrase; use them with the "
                "ipms command line to verify, merge and report your exports."
            ),
            isolate_ltr(str(setup.ca_folder)),
        )

    def set_language(self, code: str) -> None:
        self.context.preferences.set_language_of(self.context.profile_dir, code)
        self.context.languages.apply(code)
        if self.idle is None:
            self.finish_start()
        else:
            self._build_actions()

    def show_unlock(self) -> None:
        from ipms_desktop.gui.screens.unlock import UnlockScreen

        self._set_unlocked_ui(False)
        screen = UnlockScreen(self.context)
        screen.unlocked.connect(self._enter_profile)
        screen.language_changed.connect(self._unlock_language_changed)
        self._replace_screen(screen)

    def _unlock_language_changed(self, code: str) -> None:
        self.set_language(code)
        self.show_unlock()

    def _enter_profile(self, profile: OpenProfile) -> None:
        self.profile = profile
        self._set_unlocked_ui(True)
        self.idle.start()
        resume, self._resume = self._resume, None
        if resume is not None:
            self.open_assessment(resume[0], resume[1])
        else:
            self.show_home()
        if self._training_note:
            from PySide6.QtWidgets import QMessageBox

            note, self._training_note = self._training_note, ""
            self.training_note_box = QMessageBox(
                QMessageBox.Information, self.tr("Training profile"), note, parent=self
            )
            self.training_note_box.addButton(self.tr("Close"), QMessageBox.AcceptRole)
            self.training_note_box.open()

    def show_home(self) -> None:
        from ipms_desktop.gui.screens.home import HomeScreen

        if self.profile is None:
            return
        self.editor = None
        self.home = HomeScreen(self.context, self.profile)
        self.home.open_requested.connect(self.open_assessment)
        self.home.export_requested.connect(self.export_assessment)
        self._replace_screen(self.home)
        self._update_actions()

    def open_assessment(self, assessment_id: str, item_id: str | None = None) -> None:
        from ipms_desktop.gui.screens.editor import EditorScreen

        if self.profile is None:
            return
        self.home = None
        self.editor = EditorScreen(self.context, self.profile, assessment_id, item_id)
        self.editor.home_requested.connect(self.show_home)
        self.editor.export_requested.connect(self.export_assessment)
        self._replace_screen(self.editor)
        self._update_actions()

    def export_assessment(self, assessment_id: str) -> None:
        from ipms_desktop.gui.dialogs.export import run_export_flow

        if self.profile is None:
            return
        run_export_flow(self, self.context, self.profile, assessment_id, self._jump_to_item)

    def _jump_to_item(self, assessment_id: str, item_id: str) -> None:
        if self.editor is not None and self.editor.assessment_id == assessment_id:
            self.editor.select_item(item_id)
        else:
            self.open_assessment(assessment_id, item_id)

    # -- locking ----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.profile is None

    def lock(self) -> None:
        """Hide all content, close the profile, and ask for the passphrase again."""
        if self.profile is None:
            return
        if self.context.operations.busy:
            # A worker is still using the profile: hide everything now, close it when done.
            self.stack.hide()
            self.menuBar().hide()
            if not self._lock_pending:
                self._lock_pending = True
                self.context.operations.busy_changed.connect(self._lock_when_tasks_done)
            return
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        if self.editor is not None:
            self.editor.flush()
            self._resume = (self.editor.assessment_id, self.editor.current_item_id)
        self.idle.stop()
        self.home = None
        self.editor = None
        profile, self.profile = self.profile, None
        self.show_unlock()
        profile.close()

    def _lock_when_tasks_done(self, busy: bool) -> None:
        if busy:
            return
        self.context.operations.busy_changed.disconnect(self._lock_when_tasks_done)
        self._lock_pending = False
        self.lock()
        self.stack.show()

    def _lock_when_idle(self) -> None:
        if self.context.operations.busy:
            self.idle.start()
            return
        self.lock()

    # -- actions ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Menus in the current language (rebuilt when the language changes)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        from ipms_desktop.gui.consolidation.menus import TeamMenus

        # The previous language's actions go, shortcuts first: left on the window they
        # would make every shortcut ambiguous (and dead) after a language change.
        previous = self.findChildren(QAction, "", Qt.FindDirectChildrenOnly)
        for action in previous:
            self.removeAction(action)
            action.setShortcut(QKeySequence())
            action.deleteLater()
        self.menuBar().clear()
        profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.new_action = QAction(self.tr("&New assessment…"), self)
        self.new_action.setShortcut(QKeySequence.New)
        self.new_action.triggered.connect(self._new_assessment)
        self.home_action = QAction(self.tr("&Assessments"), self)
        self.home_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.home_action.triggered.connect(self.show_home)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export_current)
        self.credentials_action = QAction(self.tr("&Credentials…"), self)
        self.credentials_action.triggered.connect(self._credentials)
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.passphrase_action = QAction(self.tr("C&hange passphrase…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.home_action, self.export_action):
            profile_menu.addAction(action)
        profile_menu.addSeparator()
        profile_menu.addAction(self.credentials_action)
        profile_menu.addAction(self.backup_action)
        profile_menu.addAction(self.passphrase_action)
        profile_menu.addSeparator()
        profile_menu.addAction(self.lock_action)
        profile_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.team_menus = TeamMenus(self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("Assessor's &guide"), self)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About IPMS Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        for action in (self.lock_action, self.quit_action):
            self.addAction(action)
        self._set_unlocked_ui(self.profile is not None)

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        if unlocked:
            self.finish_start()
        elif self.idle is None:
            return  # the menus are not built yet; they start locked
        self.menuBar().setVisible(unlocked)
        self.lock_action.setEnabled(unlocked)
        self._update_actions()

    def _update_actions(self) -> None:
        unlocked = self.profile is not None
        self.new_action.setEnabled(unlocked)
        self.home_action.setEnabled(unlocked and self.editor is not None)
        self.export_action.setEnabled(unlocked and self.editor is not None)
        self.credentials_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked)
        self.passphrase_action.setEnabled(unlocked)
        self.team_menus.update(self.profile, self.context)
        self.edit_menu.clear()
        if self.editor is not None:
            for action in self.editor.edit_actions():
                self.edit_menu.addAction(action)

    def _new_assessment(self) -> None:
        if self.home is None:
            self.show_home()
        self.home.create_assessment()

    def _export_current(self) -> None:
        if self.editor is not None:
            self.export_assessment(self.editor.assessment_id)

    def back_up(self) -> None:
        """The backup dialog (kept in ``backup_dialog`` while it is open)."""
        from ipms_desktop.gui.dialogs.backup import BackupDialog

        if self.profile is None:
            return
        if self.editor is not None:
            self.editor.flush()
        self.backup_dialog = BackupDialog(self.context, self.profile, self)
        self.backup_dialog.finished.connect(lambda _result: setattr(self, "backup_dialog", None))
        self.backup_dialog.open()

    def change_passphrase(self) -> None:
        """The passphrase dialog (kept in ``passphrase_dialog`` while it is open)."""
        from ipms_desktop.gui.dialogs.passphrase_change import PassphraseChangeDialog

        if self.profile is None:
            return
        self.passphrase_dialog = PassphraseChangeDialog(self.context, self.profile, self)
        self.passphrase_dialog.finished.connect(
            lambda _result: setattr(self, "passphrase_dialog", None)
        )
        self.passphrase_dialog.open()

    def show_guide(self) -> None:
        """Help > the assessor's guide in the current language (kept in ``guide_dialog``)."""
        from ipms_desktop.gui.dialogs.guide import GuideDialog

        if self.guide_dialog is None:
            # Not modal: the assessor may read it beside the item being scored.
            self.guide_dialog = GuideDialog(self.context.language, self)
            self.guide_dialog.finished.connect(lambda _result: setattr(self, "guide_dialog", None))
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def _credentials(self) -> None:
        from ipms_desktop.gui.dialogs.credentials import CredentialsDialog

        if self.profile is None:
            return
        CredentialsDialog(self.context, self.profile, self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setText(
            self.tr(
                "IPMS Desktop: the offline assessment client of the Government-Wide "
                "Institutional Performance Management System."
            )
        )
        box.addButton(self.tr("Close"), QMessageBox.AcceptRole)
        box.exec()

    # -- start-up and shut-down -------------------------------------------------------

    def warm_up_services(self) -> None:
        """Import the heavy services in the background once the first screen is up.

        A failure here is not reported: the same import runs again, with its error shown,
        when the assessor first needs the service.
        """

        def work(_progress: object) -> None:
            import ipms_desktop.scoring
            import ipms_desktop.store.opening  # noqa: F401

        self.context.operations.submit(work, lambda _result: None, lambda _error: None)

    def _ask_before_dropping_drafts(self) -> None:
        """Closing would drop agreed overalls still waiting for a justification: ask."""
        from PySide6.QtWidgets import QMessageBox

        drafts = sorted(self.context.drafts)
        items = ", ".join(item_id for _assessment, item_id in drafts)
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Unsaved agreed overalls"),
            fill(
                self.tr(
                    "%n item(s) have an agreed overall that is not saved until its justification "
                    "is written: %1. Go back and write the justification, or close and drop them.",
                    "",
                    len(drafts),
                ),
                items,
            ),
            QMessageBox.NoButton,
            self,
        )
        back = box.addButton(self.tr("Go back to the item"), QMessageBox.RejectRole)
        drop = box.addButton(self.tr("Close and drop them"), QMessageBox.DestructiveRole)
        box.setDefaultButton(back)
        self.drafts_box = box

        def answered() -> None:
            self.drafts_box = None
            if box.clickedButton() is drop:
                self._dropping_drafts = True
                self.context.drafts.clear()
                self.close()
            else:
                assessment_id, item_id = drafts[0]
                if self.editor is not None and self.editor.assessment_id == assessment_id:
                    self.editor.select_item(item_id)
                else:
                    self.open_assessment(assessment_id, item_id)

        box.finished.connect(answered)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None and self.context.operations.busy:
            QApplication.beep()
            event.ignore()
            return
        if self.editor is not None:
            self.editor.flush()
        if self.context is not None and self.context.drafts and not self._dropping_drafts:
            event.ignore()
            self._ask_before_dropping_drafts()
            return
        if self.profile is not None:
            self.profile.close()
            self.profile = None
        if self.context is not None:
            remember_geometry(self, self.context.preferences, "main")
        event.accept()
