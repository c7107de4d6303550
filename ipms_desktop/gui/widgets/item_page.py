"""The page of one item (sub-criterion or part): RADAR grid, overall, texts, evidence.

The page only shows what the store holds and reports the assessor's intended changes as
signals; the editor saves each one at once and makes it undoable. Typed text is reported
after a short pause or when the field is left, so no keystroke is ever unsaved for long.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.frameworks import AttributeSet, Framework, Item, Panel
from ipms_desktop.gui.i18n import fill
from ipms_desktop.gui.widgets.attribute_control import AttributeControl
from ipms_desktop.gui.widgets.evidence_panel import EvidencePanel
from ipms_desktop.gui.widgets.score_spin_box import ScoreSpinBox
from ipms_desktop.gui.widgets.text_list import TextListEditor
from ipms_desktop.scoring import display, justification_required
from ipms_desktop.settings import GUI

TEXT_KINDS = ("strengths", "afis", "site_visit_issues")


def score_text(value: Fraction | None) -> str:
    return "–" if value is None else display(value, 1)


class ItemPage(QWidget):
    """Everything the assessor enters for one item."""

    attribute_changed = Signal(str, object, object)  # attribute id, old, new
    overall_changed = Signal(object, object)  # (overall, justification) old, new
    # An agreed overall kept on the item until its justification is written, or None.
    draft_changed = Signal(object)
    not_assessed_changed = Signal(object, object)  # reason old, new
    texts_changed = Signal(str, list, list)  # kind, old, new
    illegal_entry = Signal(str)  # a message for the status bar

    def __init__(
        self, framework: Framework, panel: Panel, item: Item, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.framework = framework
        self.item = item
        self.language = language
        self.attribute_set: AttributeSet = framework.attribute_set_for(panel, item)
        self._detail: Any = None
        self.draft: tuple[int | None, str] | None = None
        self._suggested: Fraction | None = None

        title = QLabel(f"{item.id}  {item.title.get(language)}", self)
        title.setProperty("role", "subtitle")
        title.setWordWrap(True)

        self.not_assessed_check = QCheckBox(self.tr("&Not assessed"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason this item cannot be assessed"))
        self.reason_edit.setAccessibleName(self.tr("Reason not assessed"))
        not_assessed_row = QHBoxLayout()
        not_assessed_row.addWidget(self.not_assessed_check)
        not_assessed_row.addWidget(self.reason_edit, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_scores_tab(), self.tr("&Scores"))
        self.text_editors: dict[str, TextListEditor] = {}
        hints = {
            "strengths": self.tr("Write 3 to 5 strengths as full sentences, before scoring."),
            "afis": self.tr("Write 3 to 5 areas for improvement as full sentences."),
            "site_visit_issues": self.tr("At most 3 issues to check during the site visit."),
        }
        for kind in TEXT_KINDS:
            editor = TextListEditor(hints[kind], self)
            editor.texts_changed.connect(
                lambda old, new, kind=kind: self.texts_changed.emit(kind, old, new)
            )
            self.text_editors[kind] = editor
            self.tabs.addTab(editor, "")
        self.evidence = EvidencePanel(self)
        self.tabs.addTab(self.evidence, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(not_assessed_row)
        # The scorebook method's advice on this item: a reminder, never a refusal.
        self.advice_label = QLabel(self)
        self.advice_label.setProperty("role", "warning")
        self.advice_label.setWordWrap(True)
        self.advice_label.hide()
        layout.addWidget(self.advice_label)
        layout.addWidget(self.tabs, 1)

        self._reason_timer = self._save_timer(self._commit_reason)
        self._justification_timer = self._save_timer(self._commit_overall)
        self.not_assessed_check.toggled.connect(self._not_assessed_toggled)
        self.reason_edit.textEdited.connect(lambda _text: self._reason_timer.start())
        self.reason_edit.editingFinished.connect(self._commit_reason)
        self.overall_spin.score_changed.connect(lambda _score: self._commit_overall())
        self.overall_spin.illegal_entry.connect(
            lambda text: self._show_overall_problem(self._report_illegal(text))
        )
        self.overall_spin.score_changed.connect(lambda _score: self.overall_problem.hide())
        self.justification_edit.textChanged.connect(self._justification_typed)

    # -- construction -----------------------------------------------------------------

    def _save_timer(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(GUI.text_save_delay_ms)
        timer.timeout.connect(slot)
        return timer

    def _build_scores_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)
        body = QWidget(scroll)
        attributes_box = QWidget(body)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.controls: dict[str, AttributeControl] = {}
        self.element_labels: dict[str, QLabel] = {}
        row = 0
        for element in self.attribute_set.elements:
            heading = QLabel(element.title.get(self.language), attributes_box)
            heading.setProperty("role", "subtitle")
            mean_label = QLabel(attributes_box)
            mean_label.setAlignment(Qt.AlignVCenter | Qt.AlignTrailing)
            self.element_labels[element.id] = mean_label
            grid.addWidget(heading, row, 0, 1, 2)
            grid.addWidget(mean_label, row, 2)
            row += 1
            for attribute in element.attributes:
                control = AttributeControl(
                    attribute, self.attribute_set, self.language, attributes_box
                )
                control.score_changed.connect(self._attribute_edited)
                control.illegal_entry.connect(
                    lambda _attribute, text, control=control: control.show_problem(
                        self._report_illegal(text)
                    )
                )
                self.controls[attribute.id] = control
                grid.addWidget(control.name_label, row, 0)
                grid.addWidget(control.spin, row, 1)
                grid.addWidget(control.band_label, row, 2)
                grid.addWidget(control.problem_label, row + 1, 0, 1, 3)
                row += 2
        grid.setRowStretch(row, 1)
        attributes_box.setLayout(grid)

        # The agreed overall and its justification sit beside the attributes, so that at
        # 1366x768 they are on screen without scrolling, in Arabic and Kurdish too.
        overall_box = QWidget(body)
        side = QGridLayout(overall_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.setHorizontalSpacing(10)
        side.setVerticalSpacing(6)
        side.setColumnStretch(2, 1)
        self.suggested_label = QLabel(overall_box)
        self.suggested_label.setProperty("role", "subtitle")
        self.suggested_label.setWordWrap(True)
        self.draft_label = QLabel(overall_box)
        self.draft_label.setProperty("role", "warning")
        self.draft_label.setWordWrap(True)
        self.draft_label.hide()
        overall_label = QLabel(self.tr("A&greed overall"), overall_box)
        self.overall_spin = ScoreSpinBox(
            self.attribute_set.min, self.attribute_set.max, self.attribute_set.step, overall_box
        )
        self.overall_spin.setObjectName("overallScore")
        self.overall_spin.setToolTip(
            self.tr(
                "Leave empty to use the suggested overall. Enter a value to record your judgement."
            )
        )
        overall_label.setBuddy(self.overall_spin)
        self.overall_band = QLabel(overall_box)
        self.overall_band.setProperty("role", "hint")
        self.overall_band.setWordWrap(True)
        self.overall_problem = QLabel(overall_box)
        self.overall_problem.setProperty("role", "error")
        self.overall_problem.setWordWrap(True)
        self.overall_problem.hide()
        justification_label = QLabel(self.tr("&Justification"), overall_box)
        self.justification_edit = QPlainTextEdit(overall_box)
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        # Lines sit on the reading side of the language (right in Arabic and Kurdish: a plain
        # text box does not follow the direction by itself), and each paragraph orders its
        # words by its own first letter, so an English sentence reads right in Arabic.
        option = self.justification_edit.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirectionAuto)
        reading_side = Qt.AlignRight if self.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        option.setAlignment(reading_side | Qt.AlignAbsolute)
        self.justification_edit.document().setDefaultTextOption(option)
        justification_label.setBuddy(self.justification_edit)
        self.justification_note = QLabel(overall_box)
        self.justification_note.setWordWrap(True)
        side.addWidget(self.suggested_label, 0, 0, 1, 3)
        side.addWidget(self.draft_label, 1, 0, 1, 3)
        side.addWidget(overall_label, 2, 0)
        side.addWidget(self.overall_spin, 2, 1)
        side.addWidget(self.overall_band, 2, 2)
        side.addWidget(self.overall_problem, 3, 0, 1, 3)
        side.addWidget(justification_label, 4, 0, 1, 3)
        side.addWidget(self.justification_edit, 5, 0, 1, 3)
        side.addWidget(self.justification_note, 6, 0, 1, 3)
        side.setRowStretch(7, 1)

        separator = QFrame(body)
        separator.setFrameShape(QFrame.VLine)
        columns = QHBoxLayout(body)
        columns.setSpacing(14)
        columns.addWidget(attributes_box, 3)
        columns.addWidget(separator)
        columns.addWidget(overall_box, 2)
        scroll.setWidget(body)
        self.scores_body = body
        return scroll

    # -- showing the store's state ----------------------------------------------------

    def show_detail(self, detail: Any, item_score: Any) -> None:
        """Show what the store holds for this item and its computed scores."""
        self._detail = detail
        self._suggested = item_score.suggested
        for attribute_id, control in self.controls.items():
            control.show_score(detail.attributes.get(attribute_id))
        for element_id, label in self.element_labels.items():
            mean = item_score.elements.get(element_id)
            label.setText(fill(self.tr("Element: %1"), score_text(mean)))
        self.suggested_label.setText(
            fill(self.tr("Suggested overall: %1"), score_text(item_score.suggested))
        )
        if self.draft is not None:
            # Another field was saved meanwhile: the draft stays as the person left it.
            self.restore_draft(self.draft)
        else:
            self.overall_spin.set_score(detail.overall)
            self._describe_overall_band(detail.overall)
            if self.justification_edit.toPlainText() != detail.justification:
                self.justification_edit.blockSignals(True)
                self.justification_edit.setPlainText(detail.justification)
                self.justification_edit.blockSignals(False)
            self._update_justification_note(detail.overall, detail.justification)

        marked = detail.not_assessed is not None
        has_scores = bool(detail.attributes) or detail.overall is not None
        self.not_assessed_check.blockSignals(True)
        self.not_assessed_check.setChecked(marked)
        self.not_assessed_check.blockSignals(False)
        self.not_assessed_check.setEnabled(marked or not has_scores)
        self.not_assessed_check.setToolTip(
            self.tr("Clear this item's scores first to mark it not assessed.") if has_scores else ""
        )
        if not self.reason_edit.hasFocus() or not marked:
            self.reason_edit.setText(detail.not_assessed or "")
        self.reason_edit.setEnabled(marked)
        self.scores_body.setEnabled(not marked)

        for kind, editor in self.text_editors.items():
            editor.set_texts(list(getattr(detail, kind)))
        self.evidence.set_evidence(detail.evidence)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        titles = {
            "strengths": self.tr("S&trengths (%1)"),
            "afis": self.tr("&Improvements (%1)"),
            "site_visit_issues": self.tr("Site &visit (%1)"),
        }
        for index, kind in enumerate(TEXT_KINDS, start=1):
            count = len(self.text_editors[kind].texts())
            self.tabs.setTabText(index, fill(titles[kind], str(count)))
        count = len(self._detail.evidence) if self._detail is not None else 0
        self.tabs.setTabText(len(TEXT_KINDS) + 1, fill(self.tr("&Evidence (%1)"), str(count)))

    def _describe_overall_band(self, overall: int | None) -> None:
        value = overall if overall is not None else self._suggested
        band = self.attribute_set.band_for(value) if value is not None else None
        self.overall_band.setText(band.title.get(self.language) if band else "")

    def _update_justification_note(self, overall: int | None, justification: str) -> bool:
        """Show whether a justification is needed; return False when one is missing."""
        required = justification_required(
            self.framework, self._suggested, None if overall is None else Fraction(overall)
        )
        missing = required and not justification.strip()
        if missing and self._suggested is None:
            note = self.tr(
                "A justification is required: not every attribute is scored, so there is no "
                "suggested overall to agree with. It is saved once you write one."
            )
            role = "error"
        elif missing:
            note = fill(
                self.tr(
                    "A justification is required: the agreed overall departs %1 points or more "
                    "from the suggested overall. It is saved once you write one."
                ),
                str(self.framework.justification_threshold),
            )
            role = "error"
        elif required:
            note = self.tr("Justification given for departing from the suggested overall.")
            role = "success"
        else:
            note = self.tr(
                "A justification is needed when the agreed overall departs %1 points or more."
            )
            note = fill(note, str(self.framework.justification_threshold))
            role = "hint"
        self.justification_note.setText(note)
        self.justification_note.setProperty("role", role)
        self.justification_edit.setProperty("invalid", missing)
        for widget in (self.justification_note, self.justification_edit):
            widget.style().polish(widget)
        return not missing

    # -- the assessor's edits ---------------------------------------------------------

    def _attribute_edited(self, attribute_id: str, score: int | None) -> None:
        old = self._detail.attributes.get(attribute_id)
        if old != score:
            self.attribute_changed.emit(attribute_id, old, score)

    def _justification_typed(self) -> None:
        self._update_justification_note(
            self.overall_spin.score(), self.justification_edit.toPlainText()
        )
        self._justification_timer.start()

    def _commit_overall(self) -> None:
        self._justification_timer.stop()
        overall = self.overall_spin.score()
        justification = self.justification_edit.toPlainText().strip()
        self._describe_overall_band(overall)
        old = (self._detail.overall, self._detail.justification)
        new = (overall, justification)
        if not self._update_justification_note(overall, justification):
            # Cannot be saved yet: kept as a visible draft, never silently dropped.
            self._set_draft(new if new != old else None)
            return
        self._set_draft(None)
        if old != new:
            self.overall_changed.emit(old, new)

    def _set_draft(self, draft: tuple[int | None, str] | None) -> None:
        changed = draft != self.draft
        self.draft = draft
        if draft is None:
            self.draft_label.hide()
        else:
            self.draft_label.setText(
                self.tr("Draft, not saved: write the justification to save this overall.")
            )
            self.draft_label.show()
        if changed:
            self.draft_changed.emit(draft)

    def restore_draft(self, draft: tuple[int | None, str]) -> None:
        """Show a draft kept from an earlier visit (or across a lock) as it was left."""
        overall, justification = draft
        self.overall_spin.set_score(overall)
        self._describe_overall_band(overall)
        if self.justification_edit.toPlainText() != justification:
            self.justification_edit.blockSignals(True)
            self.justification_edit.setPlainText(justification)
            self.justification_edit.blockSignals(False)
        self._update_justification_note(overall, justification)
        self.draft = draft
        self._set_draft(draft)

    def _not_assessed_toggled(self, checked: bool) -> None:
        self.reason_edit.setEnabled(checked)
        if checked:
            self.reason_edit.setFocus()
            self._commit_reason()
        elif self._detail.not_assessed is not None:
            self.not_assessed_changed.emit(self._detail.not_assessed, None)

    def _commit_reason(self) -> None:
        self._reason_timer.stop()
        if not self.not_assessed_check.isChecked():
            return
        reason = self.reason_edit.text().strip()
        if reason and reason != self._detail.not_assessed:
            self.not_assessed_changed.emit(self._detail.not_assessed, reason)

    def _report_illegal(self, text: str) -> str:
        """Why ``text`` was refused; also said in the status bar. Returns the sentence."""
        message = self.tr("%1 is not a legal score: use %2 to %3 in steps of %4.")
        for index, value in enumerate(
            (text, self.attribute_set.min, self.attribute_set.max, self.attribute_set.step), 1
        ):
            message = message.replace(f"%{index}", str(value))
        self.illegal_entry.emit(message)
        return message

    def _show_overall_problem(self, message: str) -> None:
        self.overall_problem.setText(message)
        self.overall_problem.show()

    def show_advice(self, advice: list[str]) -> None:
        """Show the scorebook's advice on this item (hidden when there is none)."""
        self.advice_label.setText("  ·  ".join(advice))
        self.advice_label.setVisible(bool(advice))

    def flush(self) -> None:
        """Report every edit still in progress (before closing, locking or leaving):
        a score typed without Enter, an entry being written, text waiting for its pause."""
        for control in self.controls.values():
            control.spin.commit_typed()
        self.overall_spin.commit_typed()
        for editor in self.text_editors.values():
            editor.flush()
        if self._reason_timer.isActive():
            self._commit_reason()
        if self._justification_timer.isActive():
            self._commit_overall()

    def focused_attribute(self) -> AttributeControl | None:
        for control in self.controls.values():
            if control.spin.hasFocus() or control.name_label.hasFocus():
                return control
        return None
