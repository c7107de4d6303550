"""Right-to-left mirroring and keyboard use of the team-lead, CoMSEC and admin screens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ipms_desktop.gui.administration.window import AdministrationWindow
from ipms_desktop.gui.consolidation.window import ConsolidationWindow
from tests.gui_teamlead.conftest import close_window, merge_all, open_window


def x_of(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_consolidation_window_mirrors_in_arabic(qtbot, context, world):
    context.languages.apply("ar")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.RightToLeft
    assert window.windowTitle() == "التجميع المركزي"
    assert window.table.horizontalHeaderItem(window.table.MEANING).text() == "ماذا يعني ذلك"
    assert x_of(window.open_button) > x_of(window.status_line), "buttons start on the right"
    assert x_of(window.add_files_button) > x_of(window.drop_zone)
    assert window.table.horizontalHeader().isRightToLeft()
    window.close()


def test_admin_window_mirrors_in_kurdish(qtbot, context, world):
    context.languages.apply("ckb")
    window = AdministrationWindow(context, world.ca.folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.RightToLeft
    assert x_of(window.folder_edit) > x_of(window.passphrase_edit)
    assert x_of(window.request_edit) > x_of(window.request_browse)
    assert window.key_fingerprint_value.layoutDirection() == Qt.LeftToRight
    window.close()


def test_consensus_is_usable_from_the_keyboard(qtbot, context, world):
    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    merge_all(qtbot, window, world.bundles)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key_C, Qt.AltModifier)
    assert window.tabs.currentIndex() == window.CONSENSUS_TAB
    workspace = window.consensus
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=30_000)
    workspace.institution_combo.setFocus()
    order = [
        workspace.anonymised_check,
        workspace.export_button,
        workspace.start_button,
        workspace.heat_map,
    ]
    for expected in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(workspace.heat_map, Qt.Key_Down)
    second = workspace.heat_map.current_item_id()
    assert second == workspace.view.items[1].item.id
    workspace.scores_table.setFocus()
    workspace.scores_table.setCurrentCell(0, 0)
    workspace.justification_edit.setFocus()
    qtbot.keyClicks(workspace.justification_edit, "Agreed in the meeting")
    qtbot.keyClick(workspace.justification_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: workspace.current_item().attributes[0].overridden, timeout=20_000)
    assert workspace.current_item().item.id == second
    close_window(window, context)


def test_institutions_are_added_with_the_return_key(qtbot, context, world):
    window = AdministrationWindow(context, world.ca.folder)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(2)
    window.institution_edit.setFocus()
    qtbot.keyClicks(window.institution_edit, "Ministry of Health")
    qtbot.keyClick(window.institution_edit, Qt.Key_Return)
    assert window.institutions() == ["Ministry of Health"]
    window.close()
