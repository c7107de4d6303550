"""Arabic and Kurdish: right-to-left layouts that mirror, translated texts, bundled font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.i18n import LanguageSwitcher, install_bundled_fonts


def left_edge(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_arabic_editor_is_mirrored_and_translated(arabic_window):
    window = arabic_window
    editor = window.editor
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert editor.layoutDirection() == Qt.RightToLeft
    # The criteria tree, first in reading order, sits at the right; the score profile at the left.
    assert left_edge(editor.tree, window) > left_edge(editor.page_host, window)
    assert left_edge(editor.page_host, window) > left_edge(editor.chart, window)
    # Attribute names are right of their score boxes, band words left of them.
    control = editor.page.controls["sound"]
    assert left_edge(control.name_label, window) > left_edge(control.spin, window)
    # Texts come from the Arabic catalogue and the framework's Arabic titles.
    menu_titles = [action.text() for action in window.menuBar().actions()]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in menu_titles)
    assert any("\u0600" <= ch <= "\u06ff" for ch in editor.tree_items["1a"].text(0))
    assert editor.undo_button.text() != "Undo"


def test_bundled_arabic_font_comes_first_in_arabic(languages: LanguageSwitcher):
    bundled = install_bundled_fonts()
    assert bundled == "Noto Sans Arabic UI"
    languages.apply("ar")
    assert QApplication.font().families()[0] == bundled
    assert QFontInfo(QApplication.font()).family() == bundled
    languages.apply("en")
    assert bundled in QApplication.font().families()[1:]


def test_kurdish_is_right_to_left_and_english_left_to_right(languages: LanguageSwitcher):
    languages.apply("ckb")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert languages.code == "ckb"
    languages.apply("en")
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_unknown_language_falls_back_to_english(languages: LanguageSwitcher):
    languages.apply("fr")
    assert languages.code == "en"
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_language_chosen_on_the_unlock_screen_is_kept(trained_window, qtbot):
    from ipms_desktop.gui.screens.unlock import UnlockScreen

    window = trained_window
    window.lock()
    unlock = window.current_screen()
    unlock.language_combo.setCurrentIndex(unlock.language_combo.findData("ar"))
    rebuilt = window.current_screen()
    assert isinstance(rebuilt, UnlockScreen) and rebuilt is not unlock
    assert window.context.preferences.language == "ar"
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert rebuilt.unlock_button.text() == "&فتح القفل"
