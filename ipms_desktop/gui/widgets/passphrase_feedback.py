"""The words under a passphrase field: the policy's verdict in the person's language.

The rule itself (``services.passphrase_policy``) has no Qt; this module only turns its
strength steps and reason codes into translated sentences, for the strength meter, for
the message shown when a form is refused, and for a refusal raised by a service.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ipms_desktop.gui.i18n import fill
from ipms_desktop.services.passphrase_policy import (
    PassphraseReason,
    PassphraseVerdict,
    Strength,
)
from ipms_desktop.settings import PASSPHRASES


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
