"""Walks through every screen and dialog on one screen size, in each language, audits each
as it is shown, and saves the picture it audited (run by test_screen_audit.py in a child
process whose offscreen screen has that size, as tests/gui/window_fit_probe.py does).

Usage: python -m tests.gui_audit.walk FOLDER LANGUAGE... ; prints one JSON line:
{"screens": {"<language>/<screen>": [problem, ...]}, "seconds": ...}

Windows are fitted to the screen as the application fits them (never resized here), on
a throw-away training profile and a throw-away certificate authority in FOLDER, with
cheap key-derivation parameters passed explicitly.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.gui.style import STYLE_SHEET
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.trust.keyfile import Argon2Parameters
from tests.gui_audit.checks import audit_window, screen_problems

PASSPHRASE = "amber valley teapot harbour 7"
CHEAP_STORE_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
CHEAP_KEY_KDF = Argon2Parameters(memory_kib=8, iterations=1, lanes=1)
NAMES = {"en": "Layla Hassan", "ar": "ليلى حسن", "ckb": "لەیلا حەسەن"}
INSTITUTIONS = {"en": "Ministry of Electricity", "ar": "وزارة الكهرباء", "ckb": "وەزارەتی کارەبا"}
JUSTIFICATIONS = {
    "en": "Site visit confirmed the review cycle",
    "ar": "أكدت الزيارة الميدانية دورة المراجعة",
    "ckb": "سەردانی مەیدانی خولی پێداچوونەوەی پشتڕاست کردەوە",
}


class Walk:
    """One language's walk: audits a window, saves its picture, keeps the findings."""

    def __init__(
        self,
        app: QApplication,
        languages: LanguageSwitcher,
        language: str,
        folder: Path,
        shots: Path,
    ) -> None:
        self.app = app
        self.language = language
        self.folder = folder
        self.shots = shots
        self.findings: dict[str, list[dict[str, str]]] = {}
        # One switcher for the whole run: it removes the catalogue of the language before.
        self.languages = languages
        self.languages.apply(language)
        self.context = AppContext(
            profile_dir=folder / "profile",
            preferences=Preferences(folder / "preferences.ini"),
            languages=self.languages,
            operations=Operations(app),
            kdf_params=CHEAP_STORE_KDF,
            key_file_kdf=CHEAP_KEY_KDF,
        )
        # A modal dialog or message box opened by the code under audit is audited while
        # shown and then closed, instead of waiting for a person.
        self.box_name = ""

    def settle(self, condition: Callable[[], bool] = lambda: True, what: str = "") -> None:
        for _ in range(3):
            self.app.processEvents()
        deadline = time.monotonic() + 60
        while not condition():
            self.app.processEvents(QEventLoop.AllEvents, 20)
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.language}: the screen did not get there: {what}")
        for _ in range(3):
            self.app.processEvents()

    def audit(self, name: str, window: QWidget) -> None:
        """Audit ``window`` as shown now and save the picture that was audited."""
        self.settle()
        key = f"{self.language}/{name}"
        if key in self.findings:
            raise ValueError(f"screen {key} audited twice")
        problems = audit_window(window, self.language)
        if not isinstance(window, QMenu):
            problems += screen_problems(window)
        self.findings[key] = [
            {"kind": p.kind, "widget": p.widget, "detail": p.detail} for p in problems
        ]
        window.grab().save(str(self.shots / f"{name}-{self.language}.png"))

    @contextmanager
    def modal(self, name: str) -> Iterator[None]:
        """While inside, a dialog the code ``exec()``s is audited as ``name`` and closed."""
        self.box_name = name
        yield
        if self.box_name:
            raise AssertionError(f"{self.language}: no dialog was opened for {name}")

    def exec_replacement(self, dialog: QDialog) -> int:
        name, self.box_name = self.box_name, ""
        if not name:
            raise AssertionError(f"an unexpected modal dialog: {dialog.windowTitle()}")
        dialog.show()
        self.audit(name, dialog)
        dialog.close()
        return QDialog.Rejected

    def menus(self, prefix: str, window: Any) -> None:
        for action in window.menuBar().actions():
            menu = action.menu()
            if menu is None or not action.isVisible():
                continue
            menu.popup(window.mapToGlobal(QPoint(40, 40)))
            number = window.menuBar().actions().index(action) + 1
            self.audit(f"{prefix}-menu-{number}", menu)
            menu.hide()


def assessor_screens(walk: Walk) -> None:
    """Language, first run, editor, home, every assessor dialog, lock and unlock."""
    from ipms_desktop.gui.dialogs.credentials import CredentialsDialog
    from ipms_desktop.gui.dialogs.export import ExportDialog
    from ipms_desktop.gui.dialogs.pre_export_check import PreExportCheckDialog
    from ipms_desktop.gui.dialogs.recovery import RecoveryDialog
    from ipms_desktop.gui.main_window import MainWindow
    from ipms_desktop.gui.message import show_error
    from ipms_desktop.services.completeness import check_assessment

    language = walk.language
    window = MainWindow()
    window.show()
    window.start(walk.context)
    walk.audit("language", window)
    window.current_screen().language_chosen.emit(language)
    first_run = window.current_screen()
    first_run.profile_continue.click()
    walk.audit("first-run-profile-refused", window)
    first_run.name_edit.setText(NAMES[language])
    first_run.passphrase_edit.setText(PASSPHRASE)
    first_run.confirm_edit.setText(PASSPHRASE)
    walk.audit("first-run-profile", window)
    first_run.profile_continue.click()
    walk.audit("first-run-trust", window)
    not_trust = walk.folder / "not-trust-settings.ipmst"
    not_trust.write_bytes(b"this is not a trust settings file")
    first_run.install_trust_file(not_trust)
    walk.settle(lambda: first_run.trust_message.text() != "", "trust refusal")
    walk.audit("first-run-trust-refused", window)
    first_run.start_training()
    walk.settle(lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE, "recovery")
    walk.audit("first-run-recovery-code", window)
    first_run.written_check.setChecked(True)
    first_run.recovery_continue.click()
    walk.settle(lambda: window.editor is not None, "editor")
    walk.audit("training-note", window.training_note_box)
    window.training_note_box.accept()

    profile = window.profile
    editor = window.editor
    assessment_id = editor.assessment_id
    framework = editor.framework
    editor.select_item("1a")
    editor.page.justification_edit.setPlainText(JUSTIFICATIONS[language])
    for index in range(editor.page.tabs.count()):
        editor.page.tabs.setCurrentIndex(index)
        walk.audit(f"editor-tab-{index + 1}", window)
    editor.page.tabs.setCurrentIndex(0)
    walk.menus("assessor", window)

    problems = check_assessment(profile.assessments, assessment_id)
    check = PreExportCheckDialog(framework, language, problems, window)
    check.show()
    walk.audit("pre-export-check", check)
    check.close()

    window.show_home()
    walk.audit("home", window)
    window.home.create_assessment()
    walk.audit("new-assessment", window.home.new_dialog)
    window.home.new_dialog._accept_if_complete()
    walk.audit("new-assessment-refused", window.home.new_dialog)
    window.home.new_dialog.reject()

    export = ExportDialog(walk.context, profile, assessment_id, window)
    export.show()
    walk.audit("export", export)
    export.destination_edit.setText(str(walk.folder / "export.ipmsb"))
    export.start_export()
    walk.settle(lambda: export.result_path is not None or not walk.context.operations.busy)
    walk.audit("export-finished", export)
    export.close()

    credentials = CredentialsDialog(walk.context, profile, window)
    credentials.show()
    walk.audit("credentials", credentials)
    credentials.close()

    stick = walk.folder / "usb-stick"
    stick.mkdir()
    window.back_up()
    backup = window.backup_dialog
    walk.audit("backup", backup)
    backup.folder_edit.setText(str(stick))
    backup.start_backup()
    walk.settle(lambda: backup.written is not None, "backup")
    walk.audit("backup-written", backup)
    backup_file = backup.written[0]
    backup.close()

    window.change_passphrase()
    change = window.passphrase_dialog
    walk.audit("passphrase-change", change)
    change.current_edit.setText(PASSPHRASE)
    change.new_edit.setText("short")
    change.confirm_edit.setText("short")
    change.change()
    walk.audit("passphrase-change-refused", change)
    change.close()

    window.show_guide()
    walk.audit("guide", window.guide_dialog)
    window.guide_dialog.close()

    with walk.modal("about-box"):
        window._about()
    with walk.modal("error-box"):
        show_error(
            window,
            QCoreApplication.translate("HomeScreen", "The assessment was not created"),
            IpmsError(
                "no room",
                message_id="disk-full",
                target=str(walk.folder / "usb-stick" / "export.ipmsb"),
            ),
        )
    # Closing with an agreed overall still waiting for its justification.
    walk.context.drafts[(assessment_id, "1a")] = (70, "")
    window._ask_before_dropping_drafts()
    walk.audit("drafts-box", window.drafts_box)
    window.drafts_box.reject()
    walk.settle()
    walk.context.drafts.clear()
    window.show_home()
    window.home.table.setCurrentCell(0, 0)
    with walk.modal("delete-box"):
        window.home.delete_selected()

    window.lock()
    unlock = window.current_screen()
    walk.audit("unlock", window)
    unlock.passphrase_edit.setText("not the passphrase")
    unlock.unlock()
    walk.settle(lambda: unlock.message_label.text() != "", "wrong passphrase")
    walk.audit("unlock-refused", window)
    recovery = RecoveryDialog(walk.context, unlock)
    recovery.show()
    walk.audit("recovery", recovery)
    recovery.code_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    recovery.passphrase_edit.setText(PASSPHRASE)
    recovery.confirm_edit.setText(PASSPHRASE)
    recovery.recover()
    walk.settle(lambda: recovery.message_label.text() != "", "wrong recovery code")
    walk.audit("recovery-refused", recovery)
    recovery.close()
    unlock.restore()
    restore = unlock.restore_dialog
    restore.file_edit.setText(str(backup_file))
    walk.audit("restore", restore)
    restore.passphrase_edit.setText("not the passphrase of this backup")
    restore.restore()
    walk.settle(lambda: restore.passphrase_edit.isEnabled(), "restore refused")
    walk.audit("restore-refused", restore)
    restore.close()
    walk.context.operations.wait_for_all()
    window.close()
    window.deleteLater()


def team_screens(walk: Walk) -> None:
    """Merge console, quarantine, consensus, reports; administration and its dialogs."""
    from ipms_desktop.gui.administration.window import AdministrationWindow
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow
    from tools.teamlead_screenshots import _edited_workbook, _world

    language = walk.language
    root = walk.folder / "team"
    root.mkdir()
    world = _world(root, language, CHEAP_KEY_KDF, CHEAP_STORE_KDF)
    window = ConsolidationWindow(walk.context, world["profile"])
    window.show()
    walk.audit("merge-empty", window)
    window.database_edit.setText(str(root / "team.ipmsdb"))
    for edit in (window.passphrase_edit, window.confirm_edit):
        edit.setText(PASSPHRASE)
    window.trust_edit.setText(str(world["trust"]))
    window.key_edit.setText(str(world["ca"].consolidation_key_path))
    window.key_passphrase_edit.setText(PASSPHRASE + " key")
    window.open_database()
    walk.settle(lambda: window.session is not None, "database")
    walk.audit("consolidation-recovery-code", window.recovery_box)
    window.recovery_box.accept()
    window.add_paths([root / "incoming"])
    walk.settle(lambda: not window.busy, "merge")
    window.add_paths([root / "incoming" / "2-assessment.ipmsb"])
    walk.settle(lambda: not window.busy, "merge again")
    walk.audit("merge", window)
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    window.quarantine.table.selectRow(0)
    walk.audit("quarantine", window)
    window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
    workspace = window.consensus
    walk.settle(lambda: workspace.view is not None and not window.busy, "consensus")
    workspace.scores_table.setCurrentCell(1, 0)
    workspace.value_spin.setValue(70)
    workspace.justification_edit.setText(JUSTIFICATIONS[language])
    walk.audit("consensus", window)
    workspace.set_consensus()
    walk.settle(lambda: not window.busy, "consensus set")
    walk.audit("consensus-set", window)
    window.tabs.setCurrentIndex(window.REPORTS_TAB)
    reports = window.reports
    reports.cycle_spin.setValue(2026)
    reports.load_cycle()
    walk.settle(lambda: not window.busy, "reports")
    walk.audit("reports", window)
    (root / "reports").mkdir()
    reports.workbook_edit.setText(str(root / "reports" / "ipms-2026.xlsx"))
    reports.pdf_edit.setText(str(root / "reports" / "feedback"))
    reports.write()
    walk.settle(lambda: not window.busy, "reports written")
    walk.audit("reports-written", window)
    walk.context.operations.wait_for_all()
    window.close()

    admin = AdministrationWindow(walk.context, world["ca"].folder, world["profile"])
    admin.show()
    admin.load_request(world["request"])
    walk.settle(lambda: not admin.busy, "request")
    for index in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(index)
        walk.audit(f"administration-tab-{index + 1}", admin)
    admin.tabs.setCurrentIndex(0)
    admin.passphrase_edit.setText(PASSPHRASE)
    admin.certificate_table.setCurrentCell(0, 0)
    admin._confirm_revoke()
    walk.settle(lambda: admin.revoke_dialog is not None, admin.status_line.text())
    admin.revoke_dialog.reason_combo.setCurrentIndex(1)
    walk.audit("revoke", admin.revoke_dialog)
    admin.revoke_dialog.reject()
    walk.settle(lambda: admin.revoke_dialog is None)
    admin.import_workbook(_edited_workbook(root))
    walk.settle(lambda: admin.report_dialog is not None and not admin.busy, "workbook check")
    walk.audit("framework-problems", admin.report_dialog)
    admin.report_dialog.close()
    admin.close()
    fresh = AdministrationWindow(walk.context, root / "new-ca")
    fresh.show()
    walk.audit("administration-initialise", fresh)
    fresh.close()
    walk.context.operations.wait_for_all()
    world["profile"].close()


def main(folder: Path, languages: list[str]) -> dict[str, Any]:
    started = time.monotonic()
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    shots = folder / "screens"
    shots.mkdir(parents=True, exist_ok=True)
    findings: dict[str, list[dict[str, str]]] = {}
    current: list[Walk] = []
    languages_switcher = LanguageSwitcher(app)

    def exec_replacement(dialog: QDialog) -> int:
        return current[-1].exec_replacement(dialog)

    QDialog.exec = exec_replacement  # type: ignore[method-assign]
    QMessageBox.exec = exec_replacement  # type: ignore[method-assign]
    for language in languages:
        (folder / language).mkdir(exist_ok=True)
        walk = Walk(app, languages_switcher, language, folder / language, shots)
        current.append(walk)
        assessor_screens(walk)
        team_screens(walk)
        findings.update(walk.findings)
    return {"screens": findings, "seconds": round(time.monotonic() - started, 1)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2:]), ensure_ascii=False))
