"""Which institutions and cycles a consolidation database holds individual assessments for.

No Qt here; the workspace lists these so the team lead picks one instead of typing it.
"""

from __future__ import annotations

from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.schema import KIND_ASSESSMENT, bundles


def merged_institutions(database: ConsolidationDatabase) -> list[tuple[str, int]]:
    """(institution, cycle) pairs with current individual assessments, newest cycle first."""
    from sqlalchemy import select

    rows = database.read(
        lambda connection: connection.execute(
            select(bundles.c.institution, bundles.c.cycle)
            .where(bundles.c.kind == KIND_ASSESSMENT, bundles.c.is_current)
            .distinct()
        ).all()
    )
    return sorted(((row.institution, int(row.cycle)) for row in rows), key=lambda p: (-p[1], p[0]))
