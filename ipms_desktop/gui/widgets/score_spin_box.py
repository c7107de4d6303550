"""A spin box that holds only legal scores of an attribute set, or nothing yet.

The arrow keys and wheel move by the framework's step; typed text is accepted only when it
is a legal step, and an illegal one ("53" where the step is 5) is refused with a signal so
the screen can say why, instead of being silently rounded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QValidator,
)
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

NOT_SCORED_TEXT = "–"


class ScoreSpinBox(QSpinBox):
    """Scores ``low..high`` in ``step``s; one below ``low`` stands for "not scored"."""

    score_changed = Signal(object)  # int | None, only on a change made by the user
    illegal_entry = Signal(str)

    def __init__(self, low: int, high: int, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.step = low, high, step
        self.setRange(low - 1, high)
        self.setSpecialValueText(NOT_SCORED_TEXT)
        self.setSingleStep(step)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectToPreviousValue)
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumWidth(80)
        if QGuiApplication.layoutDirection() == Qt.RightToLeft:
            # Scores are Western digits: drawn in the Latin family, the box keeps the height
            # it has in English instead of the Arabic-script font's taller line.
            font = QFont(self.font())
            font.setFamilies(list(reversed(font.families())))
            self.setFont(font)
        self._reported = self.value()
        self.valueChanged.connect(self._value_changed)

    def score(self) -> int | None:
        value = self.value()
        return None if value < self.low else value

    def set_score(self, score: int | None) -> None:
        """Show ``score`` without treating it as the user's edit."""
        self.blockSignals(True)
        self.setValue(self.low - 1 if score is None else score)
        self._reported = self.value()
        self.blockSignals(False)
        self._mark_invalid(False)

    def is_legal(self, value: int) -> bool:
        return self.low <= value <= self.high and (value - self.low) % self.step == 0

    def stepBy(self, steps: int) -> None:
        current = self.score()
        if current is None:
            target = self.low if steps > 0 else None
        else:
            target = current + steps * self.step
            target = None if target < self.low else min(target, self.high)
        self.setValue(self.low - 1 if target is None else target)

    def validate(self, text: str, position: int) -> object:
        stripped = text.strip()
        if stripped in ("", NOT_SCORED_TEXT):
            return QValidator.Acceptable
        if not stripped.isdigit():
            return QValidator.Invalid
        if len(stripped) > len(str(self.high)):
            return QValidator.Invalid
        return QValidator.Acceptable if self.is_legal(int(stripped)) else QValidator.Intermediate

    def valueFromText(self, text: str) -> int:
        stripped = text.strip()
        if stripped in ("", NOT_SCORED_TEXT):
            return self.low - 1
        return int(stripped)

    def textFromValue(self, value: int) -> str:
        return NOT_SCORED_TEXT if value < self.low else str(value)

    def _refuse_illegal_text(self) -> bool:
        stripped = self.lineEdit().text().strip()
        if stripped.isdigit() and not self.is_legal(int(stripped)):
            self._mark_invalid(True)
            self.illegal_entry.emit(stripped)
            self.lineEdit().setText(self.textFromValue(self.value()))
            self.selectAll()
            return True
        return False

    def commit_typed(self) -> None:
        """Take typed text that has not been confirmed yet (no Enter, focus still here).

        A legal score is taken as if the person had pressed Enter; an illegal one is refused
        with its explanation, as on Enter.
        """
        if self.lineEdit().text() == self.textFromValue(self.value()):
            return
        if not self._refuse_illegal_text():
            self.interpretText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self._refuse_illegal_text():
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._refuse_illegal_text()
        super().focusOutEvent(event)

    def _mark_invalid(self, invalid: bool) -> None:
        """Tint the field (through its palette: a style sheet would drop the arrows)."""
        palette = self.palette()
        base = QColor("#fbe4e2") if invalid else self.style().standardPalette().color(QPalette.Base)
        palette.setColor(QPalette.Base, base)
        self.setPalette(palette)
        self.setProperty("invalid", invalid)

    def _value_changed(self, value: int) -> None:
        if value == self._reported:
            return
        self._reported = value
        self._mark_invalid(False)
        self.score_changed.emit(None if value < self.low else value)
