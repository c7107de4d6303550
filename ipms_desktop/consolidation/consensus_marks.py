"""What the team lead marks on the consensus besides scores and texts.

An item is marked agreed once the team has settled it, so that the export can warn about
the items still open. Key strengths and key areas for improvement (at most one of each
per item) feed the feedback report's executive summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ipms_desktop.consolidation.merge import utc_now
from ipms_desktop.consolidation.schema import consensus_agreed_items, consensus_key_points

KEY_STRENGTH = "strength"
KEY_AFI = "afi"
KEY_POINT_KINDS = (KEY_STRENGTH, KEY_AFI)


@dataclass(frozen=True)
class KeyPoint:
    item_id: str
    kind: str  # KEY_STRENGTH or KEY_AFI
    text: str


@dataclass(frozen=True)
class Marks:
    agreed: frozenset[str]
    key_points: tuple[KeyPoint, ...]


def read_marks(connection: Connection, institution: str, cycle: int) -> Marks:
    agreed = connection.execute(
        select(consensus_agreed_items.c.item_id).where(
            consensus_agreed_items.c.institution == institution,
            consensus_agreed_items.c.cycle == cycle,
        )
    ).scalars()
    points = connection.execute(
        select(consensus_key_points).where(
            consensus_key_points.c.institution == institution,
            consensus_key_points.c.cycle == cycle,
        )
    )
    return Marks(
        frozenset(agreed),
        tuple(KeyPoint(row.item_id, row.point_kind, row.text) for row in points),
    )


def write_agreed(
    connection: Connection, institution: str, cycle: int, item_id: str, agreed: bool
) -> None:
    connection.execute(
        delete(consensus_agreed_items).where(*_agreed_key(institution, cycle, item_id))
    )
    if agreed:
        connection.execute(
            insert(consensus_agreed_items).values(
                institution=institution, cycle=cycle, item_id=item_id, agreed_at=utc_now()
            )
        )


def _agreed_key(institution: str, cycle: int, item_id: str) -> tuple[Any, ...]:
    return (
        consensus_agreed_items.c.institution == institution,
        consensus_agreed_items.c.cycle == cycle,
        consensus_agreed_items.c.item_id == item_id,
    )


def write_key_point(
    connection: Connection,
    institution: str,
    cycle: int,
    item_id: str,
    kind: str,
    text: str | None,
) -> None:
    """Set the item's key point of ``kind`` to ``text``; None removes it."""
    connection.execute(
        delete(consensus_key_points).where(
            consensus_key_points.c.institution == institution,
            consensus_key_points.c.cycle == cycle,
            consensus_key_points.c.item_id == item_id,
            consensus_key_points.c.point_kind == kind,
        )
    )
    if text is not None:
        connection.execute(
            insert(consensus_key_points).values(
                institution=institution,
                cycle=cycle,
                item_id=item_id,
                point_kind=kind,
                text=text,
                set_at=utc_now(),
            )
        )
