"""What still stops an assessment from being exported, item by item, as problem codes.

An item is finished when it is scored (with a justification where its agreed overall
departs from the suggestion) or marked not assessed with a reason. Each unfinished item
gives an ``ItemProblem``: the item id, a code and the values its sentence needs. The GUI
shows its own translated sentence per code; the command line prints ``english()``. The
export use case refuses while any blocking problem remains, on both front ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, Panel, load_framework
from ipms_desktop.messages import services as msgs
from ipms_desktop.scoring import AssessmentScore, ItemScore, ItemState, justification_required
from ipms_desktop.settings import SCOREBOOK
from ipms_desktop.store.records import AssessmentDetail, ItemDetail

# How many unfinished items a one-line refusal names before it says "and N more".
NAMED_IN_REFUSAL = 5


class ProblemCode(StrEnum):
    """Why an item is not finished (the codes the GUI translates)."""

    NOT_SCORED = "not-scored"
    ATTRIBUTES_MISSING = "attributes-missing"
    JUSTIFICATION_MISSING = "justification-missing"
    # The scorebook method's advice (never blocking; thresholds in settings.SCOREBOOK).
    FEW_STRENGTHS = "few-strengths"
    MANY_STRENGTHS = "many-strengths"
    FEW_AFIS = "few-afis"
    MANY_AFIS = "many-afis"
    MANY_SITE_VISIT_ISSUES = "many-site-visit-issues"
    HIGH_OVERALL_NO_STRENGTH = "high-overall-no-strength"
    LOW_OVERALL_NO_AFI = "low-overall-no-afi"


# Codes that stop an export. Advice that should never block (a later check may add some)
# gets a code outside this set and is still listed by the pre-export check.
BLOCKING = frozenset(
    {
        ProblemCode.NOT_SCORED,
        ProblemCode.ATTRIBUTES_MISSING,
        ProblemCode.JUSTIFICATION_MISSING,
    }
)


@dataclass(frozen=True)
class ItemProblem:
    """One reason one item is unfinished, with the values its sentence needs."""

    item_id: str
    code: ProblemCode
    values: Mapping[str, str] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING

    def english(self) -> str:
        """The problem in English, e.g. ``3 of 7 attributes are not scored``."""
        match self.code:
            case ProblemCode.NOT_SCORED:
                return "not scored yet"
            case ProblemCode.ATTRIBUTES_MISSING:
                return (
                    f"{self.values['missing']} of {self.values['total']} attributes are not "
                    f"scored ({self.values['attributes']})"
                )
            case ProblemCode.JUSTIFICATION_MISSING:
                return (
                    f"the agreed overall {self.values['overall']} departs from the suggested "
                    f"{self.values['suggested']} and needs a justification"
                )
            case ProblemCode.FEW_STRENGTHS | ProblemCode.MANY_STRENGTHS:
                return (
                    f"{self.values['count']} strength(s); the scorebook asks for "
                    f"{self.values['low']} to {self.values['high']}"
                )
            case ProblemCode.FEW_AFIS | ProblemCode.MANY_AFIS:
                return (
                    f"{self.values['count']} area(s) for improvement; the scorebook asks for "
                    f"{self.values['low']} to {self.values['high']}"
                )
            case ProblemCode.MANY_SITE_VISIT_ISSUES:
                return (
                    f"{self.values['count']} site-visit issues; the scorebook asks for at most "
                    f"{self.values['high']}"
                )
            case ProblemCode.HIGH_OVERALL_NO_STRENGTH:
                return f"an overall of {self.values['overall']} with no strength written"
            case ProblemCode.LOW_OVERALL_NO_AFI:
                return f"an overall of {self.values['overall']} with no area for improvement"
        return self.code.value


class IncompleteAssessment(IpmsError):
    """An export refused because items are unfinished; nothing was written."""

    def __init__(self, assessment_id: str, problems: Sequence[ItemProblem]) -> None:
        named = problems[:NAMED_IN_REFUSAL]
        listed = "; ".join(f"{p.item_id} {p.english()}" for p in named)
        more = len(problems) - len(named)
        tail = f"; and {more} more" if more else ""
        super().__init__(
            msgs.ASSESSMENT_INCOMPLETE,
            assessment_id=assessment_id,
            listed=f"{listed}{tail}",
            count=len(problems),
        )
        self.problems = tuple(problems)


class ScoreSource(Protocol):
    """What the check reads: ``profile.assessments``."""

    def get(self, assessment_id: str) -> AssessmentDetail: ...

    def score(self, assessment_id: str, *, strict: bool = True) -> AssessmentScore: ...


def _display(value: Any) -> str:
    """A score as the assessor typed it: whole numbers without a fraction."""
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{float(value):.1f}"


def item_problems(framework: Framework, panel: Panel, score: ItemScore) -> list[ItemProblem]:
    """Why the item (scored on ``panel``) is not finished; empty when it is."""
    item_id = score.item.id
    if score.state is ItemState.NOT_ASSESSED:
        return []
    if score.state is ItemState.MISSING:
        return [ItemProblem(item_id, ProblemCode.NOT_SCORED)]
    if score.state is ItemState.INCOMPLETE:
        expected = list(framework.attribute_set_for(panel, score.item).attributes)
        missing = [key for key in expected if key not in score.attributes]
        return [
            ItemProblem(
                item_id,
                ProblemCode.ATTRIBUTES_MISSING,
                {
                    "missing": str(len(missing)),
                    "total": str(len(expected)),
                    "attributes": ", ".join(missing),
                },
            )
        ]
    if (
        justification_required(framework, score.suggested, score.entered_overall)
        and not score.justification
    ):
        return [
            ItemProblem(
                item_id,
                ProblemCode.JUSTIFICATION_MISSING,
                {
                    "overall": _display(score.entered_overall),
                    "suggested": _display(score.suggested),
                },
            )
        ]
    return []


def item_advice(score: ItemScore, entered: ItemDetail | None) -> list[ItemProblem]:
    """The scorebook method's advice on a scored item (warnings, never blocking)."""
    if score.state is not ItemState.SCORED:
        return []
    item_id = score.item.id
    entered = entered or ItemDetail(item_id)
    advice: list[ItemProblem] = []
    limits = {"low": str(SCOREBOOK.min_texts), "high": str(SCOREBOOK.max_texts)}
    for texts, few, many in (
        (entered.strengths, ProblemCode.FEW_STRENGTHS, ProblemCode.MANY_STRENGTHS),
        (entered.afis, ProblemCode.FEW_AFIS, ProblemCode.MANY_AFIS),
    ):
        if len(texts) < SCOREBOOK.min_texts:
            advice.append(ItemProblem(item_id, few, {"count": str(len(texts)), **limits}))
        elif len(texts) > SCOREBOOK.max_texts:
            advice.append(ItemProblem(item_id, many, {"count": str(len(texts)), **limits}))
    if len(entered.site_visit_issues) > SCOREBOOK.max_site_visit_issues:
        advice.append(
            ItemProblem(
                item_id,
                ProblemCode.MANY_SITE_VISIT_ISSUES,
                {
                    "count": str(len(entered.site_visit_issues)),
                    "high": str(SCOREBOOK.max_site_visit_issues),
                },
            )
        )
    overall = score.overall
    if (
        overall is not None
        and overall >= SCOREBOOK.strength_expected_from
        and not (entered.strengths)
    ):
        advice.append(
            ItemProblem(
                item_id, ProblemCode.HIGH_OVERALL_NO_STRENGTH, {"overall": _display(overall)}
            )
        )
    if (
        overall is not None
        and overall <= SCOREBOOK.improvement_expected_up_to
        and not (entered.afis)
    ):
        advice.append(
            ItemProblem(item_id, ProblemCode.LOW_OVERALL_NO_AFI, {"overall": _display(overall)})
        )
    return advice


def assessment_problems(
    framework: Framework, scores: AssessmentScore, detail: AssessmentDetail | None = None
) -> list[ItemProblem]:
    """Every item's problems, then the scorebook's advice, item by item in framework order."""
    found: list[ItemProblem] = []
    for item_id, score in scores.items.items():
        found.extend(item_problems(framework, scores.panel, score))
        if detail is not None:
            found.extend(item_advice(score, detail.items.get(item_id)))
    return found


def check_assessment(assessments: ScoreSource, assessment_id: str) -> list[ItemProblem]:
    """The problems and advice of an assessment in ``profile.assessments`` (the pre-export
    check); only problems whose code is in ``BLOCKING`` stop an export."""
    detail = assessments.get(assessment_id)
    framework = load_framework(detail.summary.framework_id)
    return assessment_problems(framework, assessments.score(assessment_id, strict=False), detail)


def require_complete(assessments: ScoreSource, assessment_id: str) -> None:
    """Raise ``IncompleteAssessment`` while a blocking problem remains."""
    blocking = [p for p in check_assessment(assessments, assessment_id) if p.blocking]
    if blocking:
        raise IncompleteAssessment(assessment_id, blocking)
