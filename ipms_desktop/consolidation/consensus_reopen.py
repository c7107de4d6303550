"""Reopening a started consensus: rebase it on the current individual revisions.

An override was set against the individual scores the team saw. It still applies after
the rebase when the item is still assessed by someone and the individual scores of its
row (that attribute's, or the assessors' overall scores for an overall override), per
assessment, are the same in the current revisions as in the frozen ones. Otherwise its
basis changed: it is removed and listed with the reason. An item marked agreed whose
scores changed in any row is likewise no longer agreed. Edited texts and key points stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import Connection, delete

from ipms_desktop.consolidation.consensus import (
    ConsensusView,
    ItemConsensus,
    assemble_view,
    display_values,
    read_stored,
)
from ipms_desktop.consolidation.consensus_lifecycle import (
    EVENT_REOPEN,
    STATE_OPEN,
    LifecycleEvent,
    local_account_name,
    record_event,
    rest_on,
    revisions_json,
    touch_draft,
)
from ipms_desktop.consolidation.consensus_marks import write_agreed
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.schema import OVERALL_ATTRIBUTE, consensus_overrides
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs

NOW_NOT_ASSESSED = "the item is now not assessed by any assessor"


@dataclass(frozen=True)
class DroppedOverride:
    item_id: str
    attribute_id: str | None  # None: the item's overall
    value: int
    justification: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item_id,
            "attribute": "overall" if self.attribute_id is None else self.attribute_id,
            "value": self.value,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ReopenResult:
    event: LifecycleEvent
    kept: tuple[tuple[str, str | None], ...]  # (item, attribute or None for the overall)
    dropped: tuple[DroppedOverride, ...]
    unagreed: tuple[str, ...]


def _row_values(
    view: ConsensusView, item: ItemConsensus, attribute_id: str
) -> dict[tuple[str, str], Fraction | None]:
    """Each assessment's score in one row of the item, keyed by assessment lineage."""
    rows = [*item.attributes, item.overall]
    row = next((r for r in rows if r.attribute_id == attribute_id), None)
    if row is None:
        return {}
    return {
        individual.lineage: value
        for individual, value in zip(view.individuals, row.values, strict=True)
    }


def _items(view: ConsensusView) -> Mapping[str, ItemConsensus]:
    return {item.item.id: item for item in view.items}


def _basis_change(
    old: ConsensusView, new: ConsensusView, item_id: str, attribute_id: str
) -> str | None:
    """Why an override of (item, attribute) no longer applies, or None when it does."""
    if all(individual.score.items[item_id].not_assessed_reason for individual in new.individuals):
        return NOW_NOT_ASSESSED
    before = _row_values(old, _items(old)[item_id], attribute_id)
    after = _row_values(new, _items(new)[item_id], attribute_id)
    if before == after:
        return None
    return (
        "the individual scores it was set against changed: "
        f"{display_values(before.values())} before, {display_values(after.values())} now"
    )


def reopen_consensus(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    justification: str,
    *,
    by: str | None = None,
) -> ReopenResult:
    """Rebase the started consensus on the current individual revisions (see module doc)."""
    reason = justification.strip()
    if not reason:
        raise IpmsError(msgs.REOPEN_NEEDS_JUSTIFICATION)

    def reopen(connection: Connection) -> ReopenResult:
        stored = read_stored(connection, institution, cycle)
        if stored.lifecycle.state == STATE_OPEN:
            raise IpmsError(msgs.REOPEN_NOT_STARTED, institution=repr(institution), cycle=cycle)
        old = assemble_view(stored, stored.rows, institution, cycle)
        new = assemble_view(stored, stored.current, institution, cycle)
        kept: list[tuple[str, str | None]] = []
        dropped: list[DroppedOverride] = []
        for (item_id, attribute_id), (value, text) in sorted(stored.overrides.items()):
            target = None if attribute_id == OVERALL_ATTRIBUTE else attribute_id
            why = _basis_change(old, new, item_id, attribute_id)
            if why is None:
                kept.append((item_id, target))
                continue
            dropped.append(DroppedOverride(item_id, target, value, text, why))
            connection.execute(
                delete(consensus_overrides).where(
                    consensus_overrides.c.institution == institution,
                    consensus_overrides.c.cycle == cycle,
                    consensus_overrides.c.item_id == item_id,
                    consensus_overrides.c.attribute_id == attribute_id,
                )
            )
        unagreed = []
        for item_id in sorted(stored.marks.agreed & set(_items(new))):
            rows = [*_items(new)[item_id].attributes, _items(new)[item_id].overall]
            if any(_basis_change(old, new, item_id, row.attribute_id) for row in rows):
                unagreed.append(item_id)
                write_agreed(connection, institution, cycle, item_id, False)
        touch_draft(connection, institution, cycle)
        rest_on(connection, institution, cycle, stored.current)
        event = record_event(
            connection,
            institution,
            cycle,
            EVENT_REOPEN,
            by or local_account_name(),
            reason,
            {
                "revisions": revisions_json(stored.current),
                "dropped_overrides": [d.to_json() for d in dropped],
                "no_longer_agreed": unagreed,
            },
        )
        return ReopenResult(event, tuple(kept), tuple(dropped), tuple(unagreed))

    return database.run_transaction(reopen)
