"""The RADAR scoring engine: pure, exact, and driven only by framework data.

Ministries are ranked by these numbers, so every rule is written down in
docs/scoring.md and every value is an exact ``Fraction``. What a not-assessed item counts
for is the framework's declared policy (0 for EFQM, left out for CAF); either way it never
raises a total, and a total that is not built on every item is provisional and has no level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks.model import (
    AttributeSet,
    Criterion,
    Framework,
    Item,
    Panel,
    RecognitionBand,
)
from ipms_desktop.messages import scoring as msgs
from ipms_desktop.scoring.numbers import display, parse_score, rounded_half_up

# Keys an item entry may hold besides scores: the store's texts and evidence.
_SCORE_KEYS = {"attributes", "overall", "justification", "not_assessed"}
_OTHER_KEYS = {"strengths", "afis", "site_visit_issues", "evidence"}


class ItemState(StrEnum):
    SCORED = "scored"
    NOT_ASSESSED = "not_assessed"
    INCOMPLETE = "incomplete"
    MISSING = "missing"


@dataclass(frozen=True)
class ItemEntry:
    """What the assessor entered for one item, already checked against the scale."""

    attributes: Mapping[str, Fraction]
    overall: Fraction | None = None
    justification: str = ""
    not_assessed: str | None = None


@dataclass(frozen=True)
class ItemScore:
    """One item's computed scores. ``overall`` is what counts towards its criterion."""

    item: Item
    state: ItemState
    attributes: Mapping[str, Fraction]
    elements: Mapping[str, Fraction]
    suggested: Fraction | None
    overall: Fraction | None
    entered_overall: Fraction | None
    justification: str
    not_assessed_reason: str | None

    @property
    def departure(self) -> Fraction | None:
        """How far the entered overall departs from the suggestion, when both exist."""
        if self.entered_overall is None or self.suggested is None:
            return None
        return abs(self.entered_overall - self.suggested)


@dataclass(frozen=True)
class CriterionScore:
    criterion: Criterion
    percent: Fraction | None
    points: Fraction | None
    assessed_share: Fraction


@dataclass(frozen=True)
class AssessmentScore:
    framework: Framework
    panel: Panel
    items: Mapping[str, ItemScore]
    criteria: Mapping[str, CriterionScore]
    total: Fraction | None
    band: RecognitionBand | None
    # True when the total is not built on every item (some not assessed, incomplete or
    # missing): shown as provisional, and never given a level.
    provisional: bool = False

    @property
    def shown_total(self) -> Fraction | None:
        """The total as people read it (docs/scoring.md); the level is decided on it."""
        return None if self.total is None else displayed_total(self.framework, self.total)

    def ids_in_state(self, state: ItemState) -> list[str]:
        return [item_id for item_id, score in self.items.items() if score.state is state]

    @property
    def complete(self) -> bool:
        return all(score.state is ItemState.SCORED for score in self.items.values())

    @property
    def scored_count(self) -> int:
        """Items that are finished: scored or explicitly not assessed."""
        return sum(
            score.state in (ItemState.SCORED, ItemState.NOT_ASSESSED)
            for score in self.items.values()
        )

    def to_json(self) -> dict[str, Any]:
        """The ``ipms calc --json`` shape; fractions are left for ``dumps_exact``."""
        return {
            "framework": self.framework.id,
            "framework_hash": self.framework.content_hash,
            "panel": self.panel.id,
            "items": {
                item_id: {
                    "state": score.state.value,
                    "suggested": score.suggested,
                    "overall": score.overall,
                }
                for item_id, score in self.items.items()
            },
            "criteria": {
                criterion_id: {"percent": score.percent, "points": score.points}
                for criterion_id, score in self.criteria.items()
            },
            "scale": self.framework.scale,
            "total": self.total,
            "provisional": self.provisional,
            "band": self.band.id if self.band else None,
            "not_assessed": self.ids_in_state(ItemState.NOT_ASSESSED),
            "incomplete": self.ids_in_state(ItemState.INCOMPLETE),
            "missing": self.ids_in_state(ItemState.MISSING),
            "complete": self.complete,
        }


def mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def check_score(attribute_set: AttributeSet, value: Any, where: str) -> Fraction:
    """``value`` as an exact score if it is a legal step of ``attribute_set``."""
    score = parse_score(value, where)
    if not attribute_set.is_legal(score):
        raise IpmsError(
            msgs.NOT_LEGAL_SCORE_USE_STEPS,
            where=where,
            value=value,
            min=attribute_set.min,
            max=attribute_set.max,
            step=attribute_set.step,
        )
    return score


def resolve_panel(framework: Framework, panel_id: str | None) -> Panel:
    panel = framework.panel(panel_id)
    if panel is None:
        known = ", ".join(p.id for p in framework.panels)
        raise IpmsError(
            msgs.FRAMEWORK_NO_PANEL_USE_ONE,
            framework_id=framework.id,
            panel_id=panel_id,
            known=known,
        )
    return panel


def justification_required(
    framework: Framework, suggested: Fraction | None, overall: Fraction | None
) -> bool:
    """An entered overall needs a reason when it departs by the threshold or more, or when
    there is no suggestion to agree with."""
    if overall is None:
        return False
    if suggested is None:
        return True
    return abs(overall - suggested) >= framework.justification_threshold


def parse_item_entry(
    framework: Framework, panel: Panel, item: Item, raw: Mapping[str, Any]
) -> ItemEntry:
    """Check one sheet entry: known keys, known attributes, legal steps."""
    where = f"item {item.id}"
    if not isinstance(raw, Mapping):
        raise IpmsError(msgs.MUST_OBJECT_2, where=where)
    unknown = sorted(set(raw) - _SCORE_KEYS - _OTHER_KEYS)
    if unknown:
        raise IpmsError(
            msgs.UNKNOWN_KEY_S_ALLOWED,
            where=where,
            unknown=", ".join(unknown),
            score_keys=", ".join(sorted(_SCORE_KEYS | _OTHER_KEYS)),
        )
    attribute_set = framework.attribute_set_for(panel, item)
    raw_attributes = raw.get("attributes") or {}
    if not isinstance(raw_attributes, Mapping):
        raise IpmsError(msgs.ATTRIBUTES_MUST_OBJECT_ATTRIBUTE_SCORES, where=where)
    known_attributes = attribute_set.attributes
    attributes: dict[str, Fraction] = {}
    for attribute_id, value in raw_attributes.items():
        if attribute_id not in known_attributes:
            raise IpmsError(
                msgs.UNKNOWN_ATTRIBUTE_ATTRIBUTES_ITEM_2,
                where=where,
                attribute_id=attribute_id,
                known_attributes=", ".join(known_attributes),
            )
        if value is not None:
            attributes[attribute_id] = check_score(
                attribute_set, value, f"{where}, attribute {attribute_id}"
            )
    raw_overall = raw.get("overall")
    overall = (
        None
        if raw_overall is None
        else check_score(attribute_set, raw_overall, f"{where}, overall")
    )
    justification = raw.get("justification") or ""
    if not isinstance(justification, str):
        raise IpmsError(msgs.JUSTIFICATION_MUST_TEXT, where=where)
    not_assessed = raw.get("not_assessed")
    if not_assessed is not None:
        if not isinstance(not_assessed, str) or not not_assessed.strip():
            raise IpmsError(msgs.NOT_ASSESSED_MUST_GIVE_REASON, where=where)
        if attributes or overall is not None:
            raise IpmsError(msgs.MARKED_NOT_ASSESSED_BUT_ALSO, where=where)
    return ItemEntry(attributes, overall, justification.strip(), not_assessed)


def score_item(
    framework: Framework,
    panel: Panel,
    item: Item,
    entry: ItemEntry | None,
    *,
    enforce_justification: bool = True,
) -> ItemScore:
    """Element means, the suggested overall and the overall that counts, for one item."""
    if entry is None:
        entry = ItemEntry({})
    if entry.not_assessed is not None:
        return ItemScore(
            item, ItemState.NOT_ASSESSED, {}, {}, None, None, None, "", entry.not_assessed
        )
    attribute_set = framework.attribute_set_for(panel, item)
    elements = {
        element.id: mean([entry.attributes[a.id] for a in element.attributes])
        for element in attribute_set.elements
        if all(a.id in entry.attributes for a in element.attributes)
    }
    suggested = (
        mean(list(elements.values())) if len(elements) == len(attribute_set.elements) else None
    )
    if (
        enforce_justification
        and entry.overall is not None
        and justification_required(framework, suggested, entry.overall)
        and not entry.justification
    ):
        if suggested is None:
            reason = "is entered without complete attribute scores"
        else:
            reason = (
                f"departs from the suggested {display(suggested, 1)} by "
                f"{display(abs(entry.overall - suggested), 1)} points "
                f"(threshold {framework.justification_threshold})"
            )
        raise IpmsError(
            msgs.ITEM_AGREED_OVERALL_JUSTIFICATION_REQUIRED,
            item_id=item.id,
            overall=display(entry.overall, 1),
            cause=reason,
        )
    overall = entry.overall if entry.overall is not None else suggested
    if overall is not None:
        state = ItemState.SCORED
    elif entry.attributes:
        state = ItemState.INCOMPLETE
    else:
        state = ItemState.MISSING
    return ItemScore(
        item=item,
        state=state,
        attributes=dict(entry.attributes),
        elements=elements,
        suggested=suggested,
        overall=overall,
        entered_overall=entry.overall,
        justification=entry.justification,
        not_assessed_reason=None,
    )


def displayed_total(framework: Framework, total: Fraction) -> Fraction:
    """``total`` as people read it: rounded half up to the framework's ``total_decimals``
    (docs/scoring.md). Every place that shows a total or decides its level uses this, so the
    figure and the level beside it never contradict each other."""
    return rounded_half_up(total, framework.total_decimals)


def total_figure(framework: Framework, total: Fraction) -> str:
    """The text of ``displayed_total`` (``551`` under whole points, ``551.2`` under one
    decimal), without its scale."""
    return display(total, framework.total_decimals)


def score_criterion(
    framework: Framework, criterion: Criterion, items: Mapping[str, ItemScore]
) -> CriterionScore:
    """Weighted mean of the items' overalls over the items that count: the scored ones, and
    the not-assessed ones as 0 when the framework's policy is ``zero``. Incomplete and
    missing items are left out (the total is then provisional)."""
    zero_not_assessed = framework.not_assessed_policy == "zero"
    scored: list[tuple[Fraction, Fraction]] = []
    for item in criterion.items:
        score = items[item.id]
        if score.state is ItemState.SCORED and score.overall is not None:
            scored.append((item.share, score.overall))
        elif score.state is ItemState.NOT_ASSESSED and zero_not_assessed:
            scored.append((item.share, Fraction(0)))
    assessed_share = sum((share for share, _ in scored), Fraction(0))
    if not scored:
        return CriterionScore(criterion, None, None, assessed_share)
    percent = sum((share * value for share, value in scored), Fraction(0)) / assessed_share
    return CriterionScore(criterion, percent, percent * criterion.points / 100, assessed_share)


def score_entries(
    framework: Framework,
    panel: Panel,
    entries: Mapping[str, ItemEntry],
    *,
    enforce_justification: bool = True,
) -> AssessmentScore:
    """Score already-checked entries (the store and the GUI call this directly)."""
    items = {
        item_id: score_item(
            framework,
            panel,
            item,
            entries.get(item_id),
            enforce_justification=enforce_justification,
        )
        for item_id, item in framework.items.items()
    }
    criteria = {c.id: score_criterion(framework, c, items) for c in framework.criteria}
    points = [score.points for score in criteria.values() if score.points is not None]
    total: Fraction | None
    if framework.reports_percent:
        # CAF: the overall is the mean of the criteria that have a score.
        total = sum(points, Fraction(0)) / len(points) if points else None
    elif len(points) == len(criteria):
        total = sum(points, Fraction(0))
    else:
        total = None
    provisional = total is not None and any(
        score.state is not ItemState.SCORED for score in items.values()
    )
    band = (
        framework.band_for_total(displayed_total(framework, total))
        if total is not None and not provisional
        else None
    )
    return AssessmentScore(framework, panel, items, criteria, total, band, provisional)


def parse_sheet(
    framework: Framework, sheet: Mapping[str, Any]
) -> tuple[Panel, dict[str, ItemEntry]]:
    """Check a whole sheet (``{"panel"?, "items": {...}}``) against ``framework``."""
    if not isinstance(sheet, Mapping):
        raise IpmsError(msgs.SHEET_MUST_JSON_OBJECT_ITEMS)
    raw_items = sheet.get("items")
    if not isinstance(raw_items, Mapping):
        raise IpmsError(msgs.SHEET_NO_ITEMS_OBJECT)
    panel = resolve_panel(framework, sheet.get("panel"))
    known = framework.items
    entries: dict[str, ItemEntry] = {}
    for item_id, raw in raw_items.items():
        if item_id not in known:
            raise IpmsError(
                msgs.ITEM_NOT_FRAMEWORK_ITEMS_ARE_2,
                item_id=item_id,
                framework_id=framework.id,
                known=", ".join(known),
            )
        entries[item_id] = parse_item_entry(framework, panel, known[item_id], raw)
    return panel, entries


def score_sheet(framework: Framework, sheet: Mapping[str, Any]) -> AssessmentScore:
    """Score a sheet or an assessment document; raises ``IpmsError`` naming the bad item."""
    panel, entries = parse_sheet(framework, sheet)
    return score_entries(framework, panel, entries)
