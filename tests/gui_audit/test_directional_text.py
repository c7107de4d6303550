"""File kinds and inserted values keep their own direction in Arabic and Kurdish text,
and the audit finds them when they do not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView, QVBoxLayout, QWidget

from ipms_desktop.gui.i18n import file_kinds, fill
from tests.gui_audit.checks import bidi_problems


def test_a_file_kind_in_a_sentence_is_isolated() -> None:
    text = file_kinds("أفلت ملفات الحزم (\u200e.ipmsb) أو مجلدًا يضمّها هنا")
    assert "\u2066(.ipmsb)\u2069" in text


def test_qt_still_reads_the_patterns_of_an_isolated_filter(qtbot, tmp_path: Path) -> None:
    """The isolate is left open at the end of each filter, where Qt looks for the
    parenthesised patterns."""
    for name in ("a.ipmst", "b.txt", "c.ipmst"):
        (tmp_path / name).write_text("x")
    filters = file_kinds("إعدادات الثقة (*.ipmst);;كل الملفات (*)")
    assert filters.startswith("إعدادات الثقة \u2066(*.ipmst);;")
    dialog = QFileDialog(None, "", str(tmp_path), filters)
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.show()
    view = dialog.findChild(QTreeView)

    def shown() -> list[str]:
        root = view.rootIndex()
        return sorted(
            view.model().index(row, 0, root).data() for row in range(view.model().rowCount(root))
        )

    try:
        qtbot.waitUntil(lambda: shown() == ["a.ipmst", "c.ipmst"], timeout=5_000)
    finally:
        # Gone before the next test restyles the application (a file dialog left for
        # later deletion, its folder watcher still running, does not survive that).
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_the_audit_finds_bare_paths_and_file_kinds(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(window)
    QVBoxLayout(window).addWidget(label)
    label.setText("أفلت ملفات الحزم (.ipmsb) هنا")
    assert [problem.kind for problem in bidi_problems(label, window, "ar")] == ["direction"]
    label.setText(file_kinds("أفلت ملفات الحزم (.ipmsb) هنا"))
    assert bidi_problems(label, window, "ar") == []
    label.setText("تُنسخ الحزم إلى /media/usb/quarantine مع ملاحظة")
    assert [problem.kind for problem in bidi_problems(label, window, "ar")] == ["direction"]
    label.setText(fill("تُنسخ الحزم إلى %1 مع ملاحظة", "/media/usb/quarantine"))
    assert bidi_problems(label, window, "ar") == []


def test_a_list_entry_takes_the_direction_of_its_own_first_letter(qtbot, languages) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from ipms_desktop.gui.widgets.text_list import TextListEditor

    languages.apply("ar")
    editor = TextListEditor("")
    qtbot.addWidget(editor)
    editor.set_texts(["Reviews indicators across directorates.", "مراجعة شهرية للمؤشرات."])
    delegate = editor.list.itemDelegate()
    directions = []
    for row in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(editor.list)
        delegate.initStyleOption(option, editor.list.model().index(row, 0))
        side = QStyle.visualAlignment(option.direction, option.displayAlignment)
        directions.append((option.direction, bool(side & Qt.AlignRight)))
    # Both on the Arabic reading side; the English one ordered left to right.
    assert directions == [(Qt.LeftToRight, True), (Qt.RightToLeft, True)]


def test_a_right_to_left_sentence_opening_with_a_value_keeps_its_direction(qtbot) -> None:
    """A selectable label (drawn by a text document) takes its direction from the first
    letter it meets: fill() marks a right-to-left sentence that opens with a value."""
    from PySide6.QtCore import Qt

    from tests.gui_audit.checks import sentence_direction_problems

    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(window)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    text = fill("%1، صالحة حتى %2", "CN=ليلى حسن", "2028-12-03")
    assert text.startswith("\u200f")
    label.setText(text)
    assert sentence_direction_problems(label, window, "ar") == []
    label.setText(text[1:])
    assert [p.kind for p in sentence_direction_problems(label, window, "ar")] == ["direction"]
    assert not fill("%1, valid until %2", "CN=Layla", "2028").startswith("\u200f")
