"""Opens the real window on a screen of a given size and reports what fits (run by
test_gui_window_fit.py in a child process whose offscreen screen has that size).

Usage: python -m tests.gui.window_fit_probe LANGUAGE FOLDER
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QRect
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.style import STYLE_SHEET
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.trust.keyfile import Argon2Parameters

PASSPHRASE = "quiet river orchard lantern 42"


def settle(app: QApplication, condition, timeout_s: float = 60, what=lambda: "") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        app.processEvents(QEventLoop.AllEvents, 50)
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window did not get there: {what()}")


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def main(language: str, folder: Path) -> dict[str, object]:
    app = QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    languages = LanguageSwitcher(app)
    languages.apply(language)
    context = AppContext(
        profile_dir=folder / "profile",
        preferences=Preferences(folder / "preferences.ini"),
        languages=languages,
        operations=Operations(app),
        kdf_params=KdfParams(memory_kib=8, iterations=1, lanes=1),
        key_file_kdf=Argon2Parameters(memory_kib=8, iterations=1, lanes=1),
    )
    window = MainWindow()
    window.show()
    window.start(context)
    window.current_screen().language_chosen.emit(language)
    first_run = window.current_screen()
    first_run.name_edit.setText("Layla Hassan")
    first_run.passphrase_edit.setText(PASSPHRASE)
    first_run.confirm_edit.setText(PASSPHRASE)
    first_run.profile_continue.click()
    first_run.training_button.click()
    settle(app, lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE)
    first_run.written_check.setChecked(True)
    first_run.recovery_continue.click()
    settle(app, lambda: isinstance(window.current_screen(), EditorScreen))
    window.training_note_box.accept()
    for _ in range(20):
        app.processEvents()
    editor = window.editor
    page = editor.page
    viewport = page.scores_body.parentWidget()
    available = app.primaryScreen().availableGeometry()
    status = editor.status
    report = {
        "available": [available.width(), available.height()],
        "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
        "window_inside": available.contains(window.frameGeometry()),
        "status_bar_inside": available.contains(global_rect(status)),
        "overall_visible": global_rect(viewport).contains(global_rect(page.overall_spin)),
        "justification_visible": global_rect(viewport).contains(
            global_rect(page.justification_edit)
        ),
    }
    # Where the person leaves the window and the editor's splitter is where it reopens.
    window.resize(1000, 600)
    window.move(40, 30)
    editor.splitter.moveSplitter(380, 1)
    left_pane = editor.splitter.sizes()[0]
    assessment_id = editor.assessment_id
    window.close()
    again = MainWindow()
    again.show()
    again.start(context)
    unlock = again.current_screen()
    unlock.passphrase_edit.setText(PASSPHRASE)
    unlock.unlock()
    settle(app, lambda: again.profile is not None)
    again.open_assessment(assessment_id)
    for _ in range(20):
        app.processEvents()
    report["reopened"] = [again.width(), again.height(), again.x(), again.y()]
    report["left_pane"] = [left_pane, again.editor.splitter.sizes()[0]]
    again.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
