"""The screen audit: every screen and dialog, in English, Arabic and Kurdish, on a
1366x768 and a 1280x720 laptop, checked for text that does not fit, overlapping or
misplaced widgets, English left in a translated screen, and a direction that is not the
language's. The pictures audited are written to a folder printed with the results (or to
``$IPMS_AUDIT_SHOTS``) for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui_audit.conftest import LANGUAGES, SIZES

SCREENS = (
    "language",
    "first-run-profile-refused",
    "first-run-profile",
    "first-run-trust",
    "first-run-trust-refused",
    "first-run-recovery-code",
    "training-note",
    "editor-tab-1",
    "editor-tab-2",
    "editor-tab-3",
    "editor-tab-4",
    "editor-tab-5",
    "assessor-menu-1",
    "assessor-menu-2",
    "assessor-menu-3",
    "assessor-menu-4",
    "assessor-menu-5",
    "assessor-menu-6",
    "pre-export-check",
    "home",
    "new-assessment",
    "new-assessment-refused",
    "export",
    "export-finished",
    "credentials",
    "backup",
    "backup-written",
    "passphrase-change",
    "passphrase-change-refused",
    "guide",
    "about-box",
    "error-box",
    "drafts-box",
    "delete-box",
    "unlock",
    "unlock-refused",
    "recovery",
    "recovery-refused",
    "restore",
    "restore-refused",
    "merge-empty",
    "consolidation-recovery-code",
    "merge",
    "quarantine",
    "consensus",
    "consensus-set",
    "reports",
    "reports-written",
    "administration-tab-1",
    "administration-tab-2",
    "administration-tab-3",
    "administration-tab-4",
    "revoke",
    "framework-problems",
    "administration-initialise",
)

# Findings that are not defects, each with the reason: (kind, end of the widget's path).
ALLOWED: dict[tuple[str, str], str] = {}


def allowed(problem: dict[str, str]) -> bool:
    return any(
        problem["kind"] == kind and problem["widget"].endswith(widget) for kind, widget in ALLOWED
    )


SIZE_NAMES = [f"{width}x{height}" for width, height in SIZES]


@pytest.mark.parametrize("size", SIZE_NAMES)
def test_every_screen_and_dialog_was_audited_in_each_language(
    audit_results: dict[str, Any], size: str
) -> None:
    audited = set(audit_results[size]["screens"])
    expected = {f"{language}/{screen}" for language in LANGUAGES for screen in SCREENS}
    assert expected <= audited, sorted(expected - audited)
    pictures = Path(audit_results[size]["pictures"])
    assert len(list(pictures.glob("*.png"))) == len(audited)


@pytest.mark.parametrize("size", SIZE_NAMES)
def test_no_screen_has_a_layout_or_language_defect(
    audit_results: dict[str, Any], size: str
) -> None:
    found = [
        f"{screen}: {problem['kind']}: {problem['widget']}: {problem['detail']}"
        for screen, problems in audit_results[size]["screens"].items()
        for problem in problems
        if not allowed(problem)
    ]
    pictures = audit_results[size]["pictures"]
    assert not found, f"{len(found)} problems (pictures in {pictures}):\n" + "\n".join(found)
