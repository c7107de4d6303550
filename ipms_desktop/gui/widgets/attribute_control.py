"""One RADAR attribute on the item page: its name, a legal-step score and the band words.

The full guidance for every band is in the tooltip of the name and the score, and the
editor shows it in a window on F1; the band of the current score is marked in bold.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ipms_desktop.frameworks import Attribute, AttributeSet
from ipms_desktop.gui.widgets.score_spin_box import ScoreSpinBox


def guidance_html(
    attribute: Attribute, attribute_set: AttributeSet, language: str, score: int | None
) -> str:
    """The attribute's guidance for every band, as rich text; the current band in bold."""
    current = attribute_set.band_for(score) if score is not None else None
    rows = []
    for band in attribute_set.bands:
        text = html.escape(attribute.guidance[band.id].get(language))
        title = html.escape(band.title.get(language))
        line = f"<b>{title}</b> ({band.min}–{band.max}): {text}"
        if current is not None and band.id == current.id:
            line = f"<p style='background:#d7ebed'>▶ {line}</p>"
        else:
            line = f"<p>{line}</p>"
        rows.append(line)
    heading = html.escape(attribute.title.get(language))
    return f"<h3>{heading}</h3>{''.join(rows)}"


class AttributeControl(QObject):
    """The three widgets of one attribute row, kept in step with each other."""

    score_changed = Signal(str, object)  # attribute id, int | None
    illegal_entry = Signal(str, str)  # attribute id, the refused text

    def __init__(
        self, attribute: Attribute, attribute_set: AttributeSet, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.attribute = attribute
        self.attribute_set = attribute_set
        self.language = language
        self.spin = ScoreSpinBox(attribute_set.min, attribute_set.max, attribute_set.step, parent)
        self.spin.setObjectName(f"score_{attribute.id}")
        self.spin.setAccessibleName(attribute.title.get(language))
        self.name_label = QLabel(attribute.title.get(language), parent)
        self.name_label.setBuddy(self.spin)
        self.band_label = QLabel(parent)
        self.band_label.setProperty("role", "hint")
        self.band_label.setTextInteractionFlags(Qt.NoTextInteraction)
        # Why a typed score was refused, right under its field (hidden until then).
        self.problem_label = QLabel(parent)
        self.problem_label.setProperty("role", "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.spin.score_changed.connect(self._user_changed)
        self.spin.illegal_entry.connect(lambda text: self.illegal_entry.emit(attribute.id, text))
        self.show_score(None)

    def show_score(self, score: int | None) -> None:
        self.spin.set_score(score)
        self._describe(score)

    def show_problem(self, message: str) -> None:
        """Say beside the field why the typed score was refused."""
        self.problem_label.setText(message)
        self.problem_label.show()

    def score(self) -> int | None:
        return self.spin.score()

    def guidance(self) -> str:
        return guidance_html(self.attribute, self.attribute_set, self.language, self.score())

    def _describe(self, score: int | None) -> None:
        band = self.attribute_set.band_for(score) if score is not None else None
        self.band_label.setText(band.title.get(self.language) if band else "")
        tooltip = self.guidance()
        self.spin.setToolTip(tooltip)
        self.name_label.setToolTip(tooltip)

    def _user_changed(self, score: int | None) -> None:
        self.problem_label.hide()
        self._describe(score)
        self.score_changed.emit(self.attribute.id, score)
