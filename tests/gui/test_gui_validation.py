"""What the editor refuses or holds back: illegal steps, a missing justification; and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def score_item(profile, assessment_id: str, framework, item_id: str, value: int) -> None:
    item = framework.items[item_id]
    attribute_set = framework.attribute_set_for(framework.default_panel, item)
    profile.assessments.fill_from_sheet(
        assessment_id,
        {"items": {item_id: {"attributes": {a: value for a in attribute_set.attributes}}}},
    )


def test_illegal_step_is_refused_with_a_reason(trained_window, qtbot):
    editor = trained_window.editor
    spin = editor.page.controls["sound"].spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key_Up)  # the first legal score, 0
    qtbot.keyClick(spin, Qt.Key_Up)  # 5
    assert trained_window.profile.assessments.get(editor.assessment_id).items["1a"].attributes == {
        "sound": 5
    }
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "53")
    qtbot.keyClick(spin, Qt.Key_Return)
    assert "53 is not a legal score" in editor.status.currentMessage()
    assert "steps of 5" in editor.status.currentMessage()
    assert spin.score() == 5
    assert trained_window.profile.assessments.get(editor.assessment_id).items["1a"].attributes == {
        "sound": 5
    }
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "55")
    qtbot.keyClick(spin, Qt.Key_Return)
    assert trained_window.profile.assessments.get(editor.assessment_id).items["1a"].attributes == {
        "sound": 55
    }
    assert editor.page.controls["sound"].band_label.text()


def test_departing_overall_waits_for_a_justification(trained_window, qtbot):
    editor = trained_window.editor
    profile = trained_window.profile
    score_item(profile, editor.assessment_id, editor.framework, "1b", 50)
    editor.refresh()
    editor.select_item("1b")
    page = editor.page
    assert page.suggested_label.text().endswith("50.0")
    assert not page.not_assessed_check.isEnabled()

    page.overall_spin.setFocus()
    page.overall_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.overall_spin.lineEdit(), "65")
    qtbot.keyClick(page.overall_spin, Qt.Key_Return)
    assert "justification is required" in page.justification_note.text()
    assert profile.assessments.get(editor.assessment_id).items["1b"].overall is None

    qtbot.keyClicks(page.justification_edit, "Site visit showed wider deployment.")
    page.flush()
    stored = profile.assessments.get(editor.assessment_id).items["1b"]
    assert (stored.overall, stored.justification) == (65, "Site visit showed wider deployment.")
    assert "1b" not in [item for item, _ in _problems(editor)]

    # A small departure needs no justification.
    page = editor.page
    page.justification_edit.clear()
    page.overall_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.overall_spin.lineEdit(), "55")
    qtbot.keyClick(page.overall_spin, Qt.Key_Return)
    page.flush()
    stored = profile.assessments.get(editor.assessment_id).items["1b"]
    assert (stored.overall, stored.justification) == (55, "")


def _problems(editor):
    from ipms_desktop.services.completeness import assessment_problems

    return [
        (problem.item_id, problem.code)
        for problem in assessment_problems(editor.framework, editor.scores)
    ]


def test_undo_and_redo_from_the_keyboard(trained_window, qtbot):
    editor = trained_window.editor
    profile = trained_window.profile
    spin = editor.page.controls["integrated"].spin
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key_Up)
    assert profile.assessments.get(editor.assessment_id).items["1a"].attributes == {
        "integrated": 10
    }
    qtbot.keyClick(editor.tree, Qt.Key_Z, Qt.ControlModifier)
    assert profile.assessments.get(editor.assessment_id).items["1a"].attributes == {"integrated": 5}
    assert editor.page.controls["integrated"].spin.score() == 5
    qtbot.keyClick(editor.tree, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert profile.assessments.get(editor.assessment_id).items["1a"].attributes == {
        "integrated": 10
    }


def test_texts_are_saved_and_undoable(trained_window, qtbot):
    editor = trained_window.editor
    profile = trained_window.profile
    strengths = editor.page.text_editors["strengths"]
    editor.page.tabs.setCurrentWidget(strengths)
    strengths.add_button.click()
    editor_widget = QApplication.focusWidget()
    assert editor_widget is not strengths.list
    qtbot.keyClicks(editor_widget, "Leaders publish the strategy to all staff.")
    qtbot.keyClick(editor_widget, Qt.Key_Return)  # the list commits on its next event turn
    qtbot.waitUntil(
        lambda: bool(profile.assessments.get(editor.assessment_id).items["1a"].strengths)
    )
    assert profile.assessments.get(editor.assessment_id).items["1a"].strengths == (
        "Leaders publish the strategy to all staff.",
    )
    assert "(1)" in editor.page.tabs.tabText(1)
    editor.undo_stack.undo()
    assert profile.assessments.get(editor.assessment_id).items["1a"].strengths == ()


def test_guidance_on_hover_and_f1(trained_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    editor = trained_window.editor
    control = editor.page.controls["sound"]
    attribute_set = control.attribute_set
    for band in attribute_set.bands:
        assert control.attribute.guidance[band.id].en in control.spin.toolTip()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    control.spin.setFocus()
    qtbot.keyClick(control.spin, Qt.Key_F1)
    assert shown and control.attribute.title.en in shown[0]
    assert all(control.attribute.guidance[b.id].en in shown[0] for b in attribute_set.bands)


def test_items_are_reached_from_the_keyboard(trained_window, qtbot):
    editor = trained_window.editor
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key_PageDown, Qt.ControlModifier)
    assert editor.current_item_id == "1b"
    qtbot.keyClick(editor.tree, Qt.Key_Down)
    assert editor.current_item_id == "1c"
    qtbot.keyClick(editor.tree, Qt.Key_PageUp, Qt.ControlModifier)
    assert editor.current_item_id == "1b"
    # Tab leaves the tree for the item page, where the first control takes the focus.
    qtbot.waitUntil(editor.page.isVisible)
    qtbot.keyClick(editor.tree, Qt.Key_Tab)
    assert editor.page.isAncestorOf(QApplication.focusWidget())
