"""The audit's checks find what they claim to find: each is shown a widget with the
defect and one without."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.i18n import isolate_ltr
from tests.gui_audit.checks import audit_window, menu_problems


def kinds(window: QWidget, language: str = "en") -> set[str]:
    return {problem.kind for problem in audit_window(window, language)}


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_label_too_narrow_for_its_text_is_clipped(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    label = QLabel("An introduction far longer than the room it is given")
    layout.addWidget(label)
    window.show()
    assert kinds(window) == set()
    label.setFixedWidth(60)
    assert "clipped" in kinds(window)


def test_a_wrapped_label_lower_than_its_lines_is_clipped(window: QWidget) -> None:
    label = QLabel("word " * 60, window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, 20)
    window.resize(300, 300)
    window.show()
    assert "clipped" in kinds(window)


def test_a_button_narrower_than_its_words_is_clipped(window: QWidget) -> None:
    layout = QHBoxLayout(window)
    button = QPushButton("Restore from a backup…")
    layout.addWidget(button)
    window.show()
    assert kinds(window) == set()
    button.setFixedWidth(50)
    assert "clipped" in kinds(window)


def test_siblings_placed_over_each_other_overlap(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    window.resize(300, 200)
    window.show()
    assert "overlap" not in kinds(window)
    second.setGeometry(first.geometry().translated(0, 5))
    assert "overlap" in kinds(window)


def test_a_widget_beyond_the_window_edge_is_outside(window: QWidget) -> None:
    edit = QLineEdit(window)
    window.resize(200, 100)
    window.show()
    edit.setGeometry(150, 10, 120, 30)
    assert "outside the window" in kinds(window)


def test_english_in_an_arabic_screen_is_found(window: QWidget, languages) -> None:
    languages.apply("ar")
    layout = QVBoxLayout(window)
    source = "Profile locked"
    label = QLabel(QCoreApplication.translate("UnlockScreen", source))
    layout.addWidget(label)
    window.show()
    assert "English" not in kinds(window, "ar")
    label.setText(source)
    assert "English" in kinds(window, "ar")
    label.setText("The bundle could not be read because its signature is wrong")
    assert "English" in kinds(window, "ar")


def test_a_direction_against_the_language_is_found(window: QWidget, languages) -> None:
    languages.apply("ar")
    layout = QVBoxLayout(window)
    label = QLabel(QCoreApplication.translate("UnlockScreen", "Profile locked"))
    layout.addWidget(label)
    window.show()
    assert "direction" not in kinds(window, "ar")
    label.setLayoutDirection(Qt.LeftToRight)
    assert "direction" in kinds(window, "ar")
    # A path kept left to right on purpose is not a defect.
    label.setText(isolate_ltr("/media/usb/export.ipmsb"))
    assert "direction" not in kinds(window, "ar")


def test_list_rows_laid_over_each_other_overlap(window: QWidget, languages) -> None:
    """Rows added before the list takes the style sheet's padding keep the spacing of the
    unpadded rows: taller rows then overlap."""
    layout = QVBoxLayout(window)
    polished, stale = QListWidget(), QListWidget()
    polished.ensurePolished()
    for rows in (polished, stale):
        rows.addItems(["العربية", "English"])
        layout.addWidget(rows)
    window.show()
    found = {problem.widget for problem in audit_window(window, "en")}
    assert found == {"QWidget/QListWidget[1]"}
    assert (
        stale.visualRect(stale.model().index(1, 0)).top()
        < stale.visualRect(stale.model().index(0, 0)).bottom()
    )


class CuttingMenu(QMenu):
    """Draws its entries cut to its width less 150 pixels, as a style that elides would."""

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.white)
        for action in self.actions():
            rect = self.actionGeometry(action)
            text = self.fontMetrics().elidedText(
                action.text().replace("&", ""), Qt.ElideMiddle, max(rect.width() - 150, 10)
            )
            painter.drawText(rect, Qt.AlignCenter, text)
        painter.end()


def test_a_menu_entry_cut_short_is_elided(qtbot) -> None:
    menu = CuttingMenu()
    qtbot.addWidget(menu)
    menu.addAction("&Consolidation and quarantine…")
    menu.popup(menu.screen().geometry().center())
    qtbot.waitUntil(menu.isVisible)
    assert [problem.kind for problem in menu_problems(menu, menu)] == ["elided"]
    menu.close()


def test_the_arabic_team_lead_menu_is_not_cut_short(qtbot, languages) -> None:
    """Fusion cut the middle out of this entry; the style sheet's rule for menu entries
    gives it its room."""
    languages.apply("ar")
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction(QCoreApplication.translate("TeamMenus", "&Consensus workspace…"))
    menu.popup(menu.screen().geometry().center())
    qtbot.waitUntil(menu.isVisible)
    assert menu_problems(menu, menu) == []
    menu.close()
