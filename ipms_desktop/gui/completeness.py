"""What still stops an assessment from being exported, item by item.

An item is finished when it is scored (with a justification where its agreed overall
departs from the suggestion) or marked not assessed with a reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ipms_desktop.frameworks import Framework
from ipms_desktop.scoring import ItemState, justification_required


def item_problems(framework: Framework, score: Any) -> list[str]:
    """Why the item (an ``ItemScore``) is not finished; empty when it is."""
    if score.state is ItemState.NOT_ASSESSED:
        return []
    if score.state is ItemState.MISSING:
        return [QCoreApplication.translate("Completeness", "not scored yet")]
    if score.state is ItemState.INCOMPLETE:
        return [QCoreApplication.translate("Completeness", "some attributes are not scored")]
    if (
        justification_required(framework, score.suggested, score.entered_overall)
        and not score.justification
    ):
        return [
            QCoreApplication.translate("Completeness", "the agreed overall needs a justification")
        ]
    return []


def incomplete_items(framework: Framework, scores: Any) -> list[tuple[str, str]]:
    """``(item id, problem)`` for every unfinished item of an ``AssessmentScore``, in order."""
    found = []
    for item_id, score in scores.items.items():
        for problem in item_problems(framework, score):
            found.append((item_id, problem))
    return found
