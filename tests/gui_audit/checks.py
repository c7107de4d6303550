"""What the screen audit checks on one shown window: text that does not fit, siblings
that overlap, widgets outside the window, English left in Arabic or Kurdish, and a layout
direction that is not the language's.

Each check looks at what a person sees: visible widgets only, measured with the widget's
own font and style. A finding names the widget by its path of object or class names.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from math import ceil

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextLayout, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from ipms_desktop.gui.i18n import RIGHT_TO_LEFT_LANGUAGES
from ipms_desktop.resources import resource_path

# Rounding between a font's advance and the pixels Qt lays out.
TOLERANCE = 2


@dataclass(frozen=True)
class Problem:
    """One defect on one screen: what kind, which widget, and the numbers behind it."""

    kind: str
    widget: str
    detail: str


def text_size(font: QFont, text: str) -> tuple[int, int]:
    """Width and height ``text`` takes in ``font``, fallback fonts included: a line of
    Arabic script in an English window is set in the Arabic font, and is taller than
    the window font's own metrics say."""
    width = height = 0
    for line_text in text.splitlines() or [""]:
        layout = QTextLayout(line_text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)
        layout.endLayout()
        width = max(width, ceil(line.naturalTextWidth()))
        height += ceil(line.height())
    return width, height


def widest_wrapped_line(font: QFont, text: str, width: int) -> int:
    """The widest line of ``text`` wrapped at word boundaries to ``width`` (wider than
    ``width`` when a word, a long path say, has nowhere to break)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    widest = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
    return ceil(widest)


def widget_path(widget: QWidget, window: QWidget) -> str:
    """``window/card/hintLabel``: object names where set, else class names."""
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    parts.append(window.objectName() or type(window).__name__)
    return "/".join(reversed(parts))


def shown_text(text: str) -> str:
    """What a label or button draws for ``text``: mnemonic ampersands removed."""
    return re.sub(r"&(.)", r"\1", text)


def is_rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.RichText or (
        label.textFormat() == Qt.AutoText and GuiQt.mightBeRichText(label.text())
    )


def visible_widgets(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` a person can see (hidden ancestors hide it too), not
    counting other top-level windows parented to it."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        found.append(widget)
    return found


def inside_scrolled_content(widget: QWidget) -> bool:
    """Whether ``widget`` lives in a scroll area's viewport (there it may extend past the
    window: the person scrolls to it)."""
    current = widget.parentWidget()
    while current is not None and not current.isWindow():
        owner = current.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and current is owner.viewport():
            return True
        current = owner
    return False


# -- text that does not fit -----------------------------------------------------------


def label_problems(label: QLabel, window: QWidget) -> list[Problem]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    area = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    path = widget_path(label, window)
    if label.wordWrap() or is_rich(label):
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return [
                Problem(
                    "clipped",
                    path,
                    f"wrapped text needs {needed}px of height, has {label.height()}px: "
                    f"{_excerpt(text)}",
                )
            ]
        if label.wordWrap() and not is_rich(label):
            widest = widest_wrapped_line(label.font(), shown_text(text), area.width() - margin)
            if widest > area.width() - margin + TOLERANCE:
                return [
                    Problem(
                        "clipped",
                        path,
                        f"a line that cannot be broken needs {widest}px, the label has "
                        f"{area.width()}px: {_excerpt(text)}",
                    )
                ]
        return []
    width, height = text_size(label.font(), shown_text(text))
    if width > area.width() - margin + TOLERANCE or height > area.height() + TOLERANCE:
        return [
            Problem(
                "clipped",
                path,
                f"text needs {width}x{height}px, has {area.width()}x{area.height()}px: "
                f"{_excerpt(text)}",
            )
        ]
    return []


def button_problems(button: QAbstractButton, window: QWidget) -> list[Problem]:
    text = shown_text(button.text())
    if not text.strip() or isinstance(button.parentWidget(), QTabBar):
        return []
    needed, height = text_size(button.font(), text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        available = button.style().subElementRect(QStyle.SE_PushButtonContents, option, button)
    elif isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        element = (
            QStyle.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SE_RadioButtonContents
        )
        available = button.style().subElementRect(element, option, button)
    else:
        available = button.contentsRect()
    if needed > available.width() + TOLERANCE or height > button.height():
        return [
            Problem(
                "clipped",
                widget_path(button, window),
                f"text needs {needed}px, has {available.width()}px: {_excerpt(text)}",
            )
        ]
    return []


def tab_problems(tabs: QTabBar, window: QWidget) -> list[Problem]:
    problems = []
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        needed = tabs.tabSizeHint(index).width()
        has = tabs.tabRect(index).width()
        if has + TOLERANCE < needed:
            problems.append(
                Problem(
                    "elided",
                    f"{widget_path(tabs, window)}[{index}]",
                    f"tab needs {needed}px, has {has}px: {_excerpt(tabs.tabText(index))}",
                )
            )
    return problems


def group_box_problems(box: QGroupBox, window: QWidget) -> list[Problem]:
    title = shown_text(box.title())
    if not title:
        return []
    needed = QFontMetrics(box.font()).horizontalAdvance(title)
    if needed > box.width() - 8:
        return [
            Problem(
                "clipped",
                widget_path(box, window),
                f"title needs {needed}px, box is {box.width()}px: {_excerpt(title)}",
            )
        ]
    return []


def view_problems(view: QAbstractItemView, window: QWidget) -> list[Problem]:
    """A list or table that makes the person scroll sideways, or whose rows are too short
    for their text (the rows then overlap each other's text)."""
    problems = []
    path = widget_path(view, window)
    if (
        view.horizontalScrollBarPolicy() != Qt.ScrollBarAlwaysOff
        and view.horizontalScrollBar().maximum() > 0
    ):
        header = view.horizontalHeader() if isinstance(view, QTableView) else None
        beyond = (
            f"{header.length() - view.viewport().width()}px"
            if header is not None
            else f"{view.horizontalScrollBar().maximum()} step(s)"
        )
        problems.append(
            Problem(
                "scrolls sideways",
                path,
                f"{beyond} beyond the {view.viewport().width()}px shown",
            )
        )
    model = view.model()
    if isinstance(view, QTableView) and model is not None:
        problems += cell_problems(view, path)
    if isinstance(view, QListView) and model is not None:
        previous = QRect()
        for row in range(min(model.rowCount(QModelIndex()), 50)):
            index = model.index(row, view.modelColumn())
            rect = view.visualRect(index)
            text = str(index.data() or "")
            if rect.isEmpty():
                continue
            common = rect.intersected(previous)
            width, height = text_size(view.font(), text)
            if common.height() > 1 or rect.height() + TOLERANCE < height:
                problems.append(
                    Problem(
                        "rows overlap",
                        f"{path}[{row}]",
                        f"row {_rect(rect)} over the one before ({common.height()}px) or "
                        f"lower than its text ({height}px): {_excerpt(text)}",
                    )
                )
                break
            previous = rect
            if text and not view.wordWrap() and width > rect.width():
                problems.append(
                    Problem(
                        "elided",
                        f"{path}[{row}]",
                        f"row text needs {width}px, the row has {rect.width()}px: {_excerpt(text)}",
                    )
                )
    return problems


def cell_problems(view: QTableView, path: str) -> list[Problem]:
    """Table cells whose one word or number is wider than the cell (the view elides it).
    A cell's text is inset by the style sheet's padding and the style's text margin. A
    long identifier (a fingerprint) shortened in the middle, whole in its tooltip, is
    shown so by design."""
    model = view.model()
    inset = 2 * (4 + view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(min(model.columnCount(QModelIndex()), 16)):
            index = model.index(row, column)
            text = str(index.data() or "")
            rect = view.visualRect(index)
            if not text or any(c.isspace() for c in text) or rect.isEmpty():
                continue
            if index.data(Qt.ToolTipRole) == text and view.textElideMode() == Qt.ElideMiddle:
                # An identifier shortened in the middle, shown whole in its tooltip.
                continue
            font = index.data(Qt.FontRole) or view.font()
            width = text_size(font, text)[0]
            if width + inset > rect.width() + TOLERANCE:
                return [
                    Problem(
                        "elided",
                        f"{path}[{row},{column}]",
                        f"cell text needs {width + inset}px, the column has {rect.width()}px: "
                        f"{text}",
                    )
                ]
    return []


def menu_problems(menu: QMenu, window: QWidget) -> list[Problem]:
    """Menu entries whose text the style cut short.

    The style decides how much room an entry's text gets and elides what does not fit
    (the Fusion style, for one, sizes a menu for a narrower check column than it draws
    beside tall Arabic-script lines). So the entries are drawn twice, at the menu's width
    and 300 pixels wider, and an entry whose ink grows with the room was cut short.
    """
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    narrow = {action: _ink(menu, action) for action in actions}
    width, least, most = menu.width(), menu.minimumWidth(), menu.maximumWidth()
    menu.setFixedWidth(width + 300)
    QApplication.sendPostedEvents(menu)
    wide = {action: _ink(menu, action) for action in actions}
    menu.setMinimumWidth(least)
    menu.setMaximumWidth(most)
    menu.resize(width, menu.height())
    QApplication.sendPostedEvents(menu)
    problems = []
    for action in actions:
        if wide[action] > narrow[action] * 1.03 + 4:
            problems.append(
                Problem(
                    "elided",
                    f"{widget_path(menu, window)}:{shown_text(action.text())}",
                    f"drawn with {narrow[action]} dark pixels in {width}px, "
                    f"{wide[action]} with 300px more",
                )
            )
    return problems


def _ink(menu: QMenu, action: object) -> int:
    """How many dark pixels the entry of ``action`` is drawn with."""
    image = menu.grab(menu.actionGeometry(action)).toImage()
    image = image.convertToFormat(QImage.Format_Grayscale8)
    dark = 0
    for row in range(image.height()):
        line = bytes(image.constScanLine(row))[: image.width()]
        dark += sum(1 for value in line if value < 128)
    return dark


# -- overlap and placement ------------------------------------------------------------


def laid_out_children(parent: QWidget) -> list[QWidget]:
    """The visible widgets ``parent``'s own layout places (its internals, such as a
    scroll area's bars or a tab widget's stack, are not in it)."""
    layout = parent.layout()
    if layout is None:
        return []
    found: list[QWidget] = []
    pending = [layout]
    while pending:
        current = pending.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item.widget() is not None:
                if item.widget().isVisible() and not item.widget().isWindow():
                    found.append(item.widget())
            elif item.layout() is not None:
                pending.append(item.layout())
    return found


def overlap_problems(parent: QWidget, window: QWidget) -> list[Problem]:
    problems = []
    children = laid_out_children(parent)
    for number, first in enumerate(children):
        for second in children[number + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > 1 and common.height() > 1:
                problems.append(
                    Problem(
                        "overlap",
                        f"{widget_path(first, window)} & "
                        f"{second.objectName() or type(second).__name__}",
                        f"{common.width()}x{common.height()}px in common",
                    )
                )
    for widget in children:
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            problems.append(
                Problem(
                    "outside its parent",
                    widget_path(widget, window),
                    f"{_rect(widget.geometry())} in a parent of {parent.width()}x{parent.height()}",
                )
            )
    return problems


def outside_window_problems(widget: QWidget, window: QWidget) -> list[Problem]:
    if inside_scrolled_content(widget):
        return []
    placed = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if window.rect().adjusted(-1, -1, 1, 1).contains(placed):
        return []
    return [
        Problem(
            "outside the window",
            widget_path(widget, window),
            f"{_rect(placed)} in a window of {window.width()}x{window.height()}",
        )
    ]


# -- language -------------------------------------------------------------------------


@cache
def catalogue(language: str) -> dict[str, str]:
    """English source -> translation of the GUI catalogue of ``language`` (mnemonics
    removed), for the messages whose translation differs from the English."""
    path = resource_path("translations", f"ipms_{language}.ts")
    sources: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = shown_text(message.findtext("source") or "").strip()
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.findall("numerusform")]
        translated = shown_text(forms[0] if forms else translation.text or "").strip()
        if re.search("[A-Za-z]{2}", source) and translated != source:
            sources[source] = translated
    return sources


LATIN_SENTENCE = re.compile(r"[A-Za-z][a-z]+(?:[ ,;:]+[a-z]{2,}){3,}")
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")


def texts_of(widget: QWidget) -> list[str]:
    """The texts ``widget`` itself shows (a list's rows, a table's headers included)."""
    if isinstance(widget, QLabel) and not is_rich(widget):
        return [widget.text()]
    if isinstance(widget, QLabel):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(widget.text())
        return [document.toPlainText()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QMenu):
        return [action.text() for action in widget.actions()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        texts = []
        # A list's model keeps its column count private: a list has one column.
        columns = 1 if isinstance(widget, QListView) else model.columnCount()
        for section in range(columns):
            texts.append(str(model.headerData(section, Qt.Horizontal) or ""))
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(min(columns, 12)):
                texts.append(str(model.index(row, column).data() or ""))
        return texts
    return []


def english_problems(widget: QWidget, window: QWidget, language: str) -> list[Problem]:
    """English shown to an Arabic or Kurdish reader: a catalogue source left untranslated,
    or a Latin sentence (paths, names and identifiers are single words or isolated)."""
    if language == "en":
        return []
    sources = catalogue(language)
    problems = []
    for text in texts_of(widget):
        plain = shown_text(text).strip()
        if not plain:
            continue
        if plain in sources:
            problems.append(
                Problem("English", widget_path(widget, window), f"untranslated: {_excerpt(plain)}")
            )
            continue
        outside_isolates = ISOLATED.sub(" ", plain)
        if match := LATIN_SENTENCE.search(outside_isolates):
            problems.append(
                Problem(
                    "English",
                    widget_path(widget, window),
                    f"Latin sentence {match.group(0)!r} in {_excerpt(plain)}",
                )
            )
    return problems


# A path or a file kind such as (.ipmsb) left to the bidirectional algorithm. (A Kurdish
# suffix written onto an isolated value, as "%2ی", is how the language attaches it, and
# the isolate keeps both in order.)
BARE_PATH = re.compile(r"(?<![\w/])/?[\w.-]+(?:/[\w.-]+){2,}")
BARE_FILE_KIND = re.compile("\\([\u200e\u200f]?\\*?\\.[A-Za-z]")


def bidi_problems(widget: QWidget, window: QWidget, language: str) -> list[Problem]:
    """Paths and file kinds that the bidirectional algorithm would scramble in a
    right-to-left sentence, being outside a directional isolate."""
    if language not in RIGHT_TO_LEFT_LANGUAGES:
        return []
    problems = []
    for text in texts_of(widget):
        if match := BARE_PATH.search(ISOLATED.sub(" ", text)):
            problems.append(
                Problem(
                    "direction",
                    widget_path(widget, window),
                    f"a path outside a directional isolate: {match.group(0)}",
                )
            )
        elif BARE_FILE_KIND.search(ISOLATED.sub(" ", text)):
            problems.append(
                Problem(
                    "direction",
                    widget_path(widget, window),
                    f"a file kind outside a directional isolate: {_excerpt(text)}",
                )
            )
    return problems


def sentence_direction_problems(widget: QWidget, window: QWidget, language: str) -> list[Problem]:
    """A selectable label is drawn by a text document, which takes a paragraph's direction
    from the first strong letter it meets, inside an inserted value too: an Arabic
    sentence opening with a path or a "CN=" name is then laid out left to right."""
    if language not in RIGHT_TO_LEFT_LANGUAGES or not isinstance(widget, QLabel):
        return []
    if not (widget.textInteractionFlags() & Qt.TextSelectableByMouse) and not is_rich(widget):
        return []
    problems = []
    for paragraph in "".join(texts_of(widget)).split("\n"):
        if not RIGHT_TO_LEFT_LETTER.search(paragraph):
            continue
        first = next((c for c in paragraph if unicodedata.bidirectional(c) in ("L", "R", "AL")), "")
        if first and unicodedata.bidirectional(first) == "L":
            problems.append(
                Problem(
                    "direction",
                    widget_path(widget, window),
                    f"a right-to-left sentence laid out left to right: {_excerpt(paragraph)}",
                )
            )
    return problems


def direction_problem(widget: QWidget, window: QWidget, language: str) -> list[Problem]:
    """A widget laid out against the language. A path field, or a fingerprint or other
    machine text holding no right-to-left letter, set left to right on purpose, is so by
    design."""
    expected = Qt.RightToLeft if language in RIGHT_TO_LEFT_LANGUAGES else Qt.LeftToRight
    if widget.layoutDirection() == expected:
        return []
    explicit = widget
    while explicit is not None and not explicit.testAttribute(Qt.WA_SetLayoutDirection):
        explicit = explicit.parentWidget()
    if (
        explicit is not None
        and explicit is not window
        and expected == Qt.RightToLeft
        and (
            isinstance(explicit, QLineEdit)
            or not any(RIGHT_TO_LEFT_LETTER.search(text) for text in texts_of(explicit))
        )
    ):
        return []
    return [
        Problem(
            "direction",
            widget_path(widget, window),
            f"laid out {widget.layoutDirection().name} in {language}",
        )
    ]


RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def alignment_problem(widget: QWidget, window: QWidget, language: str) -> list[Problem]:
    """A text field pinned to the left (or right) whatever the language: an Arabic entry
    should start at the right edge."""
    if language not in RIGHT_TO_LEFT_LANGUAGES:
        return []
    if isinstance(widget, QPlainTextEdit):
        # A plain text box aligns every line to the left unless told otherwise.
        alignment = widget.document().defaultTextOption().alignment()
        if not alignment & Qt.AlignRight:
            return [
                Problem(
                    "alignment", widget_path(widget, window), "text box lines start on the left"
                )
            ]
        return []
    if not isinstance(widget, QLineEdit | QAbstractSpinBox | QLabel):
        return []
    alignment = widget.alignment()
    pinned = Qt.AlignLeft | Qt.AlignAbsolute
    if alignment & pinned == pinned:
        return [
            Problem("alignment", widget_path(widget, window), "left-aligned in a right-to-left UI")
        ]
    return []


def audit_window(window: QWidget, language: str) -> list[Problem]:
    """Every check on ``window`` as it is shown now."""
    problems: list[Problem] = []
    widgets = [window, *visible_widgets(window)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            problems += label_problems(widget, window)
        elif isinstance(widget, QAbstractButton):
            problems += button_problems(widget, window)
        elif isinstance(widget, QTabBar):
            problems += tab_problems(widget, window)
        elif isinstance(widget, QGroupBox):
            problems += group_box_problems(widget, window)
        elif isinstance(widget, QAbstractItemView):
            problems += view_problems(widget, window)
        if isinstance(widget, QMenu):
            problems += menu_problems(widget, window)
        problems += overlap_problems(widget, window)
        if widget is not window:
            problems += outside_window_problems(widget, window)
        problems += english_problems(widget, window, language)
        problems += direction_problem(widget, window, language)
        problems += bidi_problems(widget, window, language)
        problems += sentence_direction_problems(widget, window, language)
        problems += alignment_problem(widget, window, language)
    if isinstance(window, QTabWidget):
        problems += tab_problems(window.tabBar(), window)
    problems += window_title_problems(window, language)
    return problems


def window_title_problems(window: QWidget, language: str) -> list[Problem]:
    if language == "en":
        return []
    title = window.windowTitle()
    if title in catalogue(language):
        return [Problem("English", "window title", f"untranslated: {title}")]
    return []


def screen_problems(window: QWidget) -> list[Problem]:
    """The window itself within the screen's free area (its frame included)."""
    screen = window.screen()
    if screen is None:
        return []
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return []
    return [
        Problem(
            "outside the screen",
            window.objectName() or type(window).__name__,
            f"window {_rect(frame)} on a screen area of {_rect(available)}",
        )
    ]


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _excerpt(text: str, length: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
