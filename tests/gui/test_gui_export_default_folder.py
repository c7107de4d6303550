"""Export on a fresh machine: the default folder exists (made if needed), the export
goes through without touching the path, and the home list then marks later edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ipms_desktop.gui.dialogs.export import ExportDialog
from tests.gui.test_gui_first_run_to_export import fill_everything_but


def test_default_folder_is_made_and_home_marks_changes_after_export(
    trained_window, qtbot, tmp_path, monkeypatch
) -> None:
    home = tmp_path / "fresh-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    window = trained_window
    editor = window.editor
    fill_everything_but(window.profile, editor.assessment_id, editor.framework, skip=set())

    dialog = ExportDialog(window.context, window.profile, editor.assessment_id, window)
    qtbot.addWidget(dialog)
    planned = Path(dialog.destination_edit.text())
    assert planned.parent == home / "Documents" and planned.parent.is_dir()
    assert "revision 1" in dialog.title_label.text() and "-r1" in planned.name
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    assert dialog.result_path == planned and planned.exists()
    dialog.close()

    again = ExportDialog(window.context, window.profile, editor.assessment_id, window)
    qtbot.addWidget(again)
    assert Path(again.destination_edit.text()).parent == planned.parent, "the folder used last"
    assert "revision 2" in again.title_label.text()
    again.close()

    window.show_home()
    status = window.home.table.item(0, window.home.table.columnCount() - 1)
    assert status.text() == "Exported, revision 1"
    window.open_assessment(editor.assessment_id, "1a")
    spin = next(iter(window.editor.page.controls.values())).spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key_Up)
    window.show_home()
    status = window.home.table.item(0, window.home.table.columnCount() - 1)
    assert status.text() == "Changed since revision 1 was exported; export again"
    assert status.font().bold()
