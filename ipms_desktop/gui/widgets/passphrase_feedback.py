"""The words under a passphrase field: the policy's verdict in the person's language.

The rule itself (``services.passphrase_policy``) has no Qt; this module only turns its
strength steps and reason codes into translated sentences, for the strength meter, for
the message shown when a form is refused, and for a refusal raised by a service, and
shows the meter (``StrengthMeter``) under a new-passphrase field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ipms_desktop.gui.i18n import fill
from ipms_desktop.gui.style import ACCENT, ERROR, SUCCESS, WARNING
from ipms_desktop.services.passphrase_policy import (
    PassphraseReason,
    PassphraseVerdict,
    Strength,
    assess_passphrase,
)
from ipms_desktop.settings import PASSPHRASES

STRENGTH_COLOURS = {
    Strength.WEAK: ERROR,
    Strength.FAIR: WARNING,
    Strength.GOOD: SUCCESS,
    Strength.STRONG: ACCENT,
}


def strength_text(strength: Strength) -> str:
    texts = {
        Strength.WEAK: QCoreApplication.translate(
            "PassphraseStrength", "Weak: add more words or characters."
        ),
        Strength.FAIR: QCoreApplication.translate(
            "PassphraseStrength", "Fair, but not yet enough: add another word."
        ),
        Strength.GOOD: QCoreApplication.translate("PassphraseStrength", "Good."),
        Strength.STRONG: QCoreApplication.translate("PassphraseStrength", "Strong."),
    }
    return texts[strength]


def meter_text(verdict: PassphraseVerdict) -> str:
    """The line under the field while the person types (empty for an empty field)."""
    if verdict.reason is PassphraseReason.EMPTY:
        return ""
    if verdict.reason is PassphraseReason.TOO_SHORT:
        return fill(
            QCoreApplication.translate("PassphraseStrength", "Too short: at least %1 characters."),
            str(PASSPHRASES.min_chars),
        )
    return strength_text(verdict.strength)


def refusal_text(reason: str, values: Mapping[str, str] | None = None) -> str:
    """Why a passphrase was refused, and what to do, for a reason code of the policy."""
    minimum = (values or {}).get("min_chars", str(PASSPHRASES.min_chars))
    match reason:
        case PassphraseReason.EMPTY:
            return QCoreApplication.translate("PassphrasePolicy", "Type a passphrase.")
        case PassphraseReason.TOO_SHORT:
            return fill(
                QCoreApplication.translate(
                    "PassphrasePolicy",
                    "The passphrase is too short: it needs at least %1 characters. Several "
                    "unrelated words work well.",
                ),
                minimum,
            )
        case PassphraseReason.NOT_DISTINCT:
            return QCoreApplication.translate(
                "PassphrasePolicy",
                "Use different passphrases for the root key and the consolidation key.",
            )
    return QCoreApplication.translate(
        "PassphrasePolicy",
        "The passphrase is too weak: make it longer, for example add a word.",
    )


def verdict_problem(verdict: PassphraseVerdict) -> str | None:
    """The refusal sentence for a verdict, or ``None`` when the passphrase is accepted."""
    return None if verdict.accepted else refusal_text(verdict.reason.value)


class StrengthMeter(QWidget):
    """A bar and a line that follow a new passphrase as it is typed (the policy's verdict)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        self.label.setProperty("role", "hint")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_verdict(assess_passphrase(""))

    def follow(self, passphrase: str) -> None:
        """Judge ``passphrase`` (connect a field's ``textChanged`` here)."""
        self.show_verdict(assess_passphrase(passphrase))

    def show_verdict(self, verdict: PassphraseVerdict) -> None:
        self.bar.setValue(verdict.meter_percent)
        # The application's minimum height for progress bars (a line of text) would push
        # this thin bar over the verdict below it.
        self.bar.setStyleSheet(
            "QProgressBar { min-height: 6px; max-height: 8px; } "
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[verdict.strength]}; }}"
        )
        self.label.setText(meter_text(verdict))
