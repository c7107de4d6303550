"""The consensus lifecycle: open, started (individual revisions frozen), exported.

Individual scores are fixed once consensus starts. Starting records which individual
revisions (bundle, assessment id, revision) the consensus rests on; from then on the
consensus is computed from exactly those, and a newer revision merged later is only
listed as newer until the team lead reopens (``consensus_reopen``). Every start and
reopen is kept as an event (who, when, why, which revisions) for the consensus document.
"""

from __future__ import annotations

import getpass
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from ipms_desktop.consolidation.merge import utc_now
from ipms_desktop.consolidation.schema import (
    KIND_ASSESSMENT,
    bundles,
    consensus_based_on,
    consensus_drafts,
    consensus_events,
)

STATE_OPEN = "open"
STATE_STARTED = "started"
STATE_EXPORTED = "exported"
EVENT_START = "start"
EVENT_REOPEN = "reopen"

_ROW_COLUMNS = (
    bundles.c.bundle_id,
    bundles.c.assessment_id,
    bundles.c.revision,
    bundles.c.signer_fingerprint,
    bundles.c.signer_identity,
    bundles.c.signer_name,
    bundles.c.framework_id,
    bundles.c.framework_hash,
    bundles.c.panel,
    bundles.c.document,
)


@dataclass(frozen=True)
class LifecycleEvent:
    """One start or reopen of a consensus."""

    event: str
    at: str
    by: str
    justification: str
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "at": self.at,
            "by": self.by,
            "justification": self.justification,
            **self.detail,
        }


@dataclass(frozen=True)
class Lifecycle:
    state: str
    started_at: str | None
    based_on: frozenset[str]  # bundle ids the consensus rests on (empty while open)
    events: tuple[LifecycleEvent, ...]


def local_account_name() -> str:
    """Who did it, when the front end names nobody: the operating-system account."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def current_assessment_rows(connection: Connection, institution: str, cycle: int) -> list[Any]:
    """The current individual revisions of an institution and cycle, in label order."""
    return list(
        connection.execute(
            select(*_ROW_COLUMNS)
            .where(
                bundles.c.kind == KIND_ASSESSMENT,
                bundles.c.is_current,
                bundles.c.institution == institution,
                bundles.c.cycle == cycle,
            )
            .order_by(bundles.c.signer_fingerprint, bundles.c.assessment_id)
        )
    )


def assessment_rows(connection: Connection, bundle_ids: Sequence[str]) -> list[Any]:
    """The individual revisions with these bundle ids, in label order."""
    if not bundle_ids:
        return []
    return list(
        connection.execute(
            select(*_ROW_COLUMNS)
            .where(bundles.c.bundle_id.in_(list(bundle_ids)))
            .order_by(bundles.c.signer_fingerprint, bundles.c.assessment_id)
        )
    )


def _draft_key(institution: str, cycle: int) -> tuple[Any, Any]:
    return (consensus_drafts.c.institution == institution, consensus_drafts.c.cycle == cycle)


def read_lifecycle(connection: Connection, institution: str, cycle: int) -> Lifecycle:
    draft = connection.execute(
        select(
            consensus_drafts.c.started_at,
            consensus_drafts.c.exported_at,
            consensus_drafts.c.updated_at,
        ).where(*_draft_key(institution, cycle))
    ).first()
    if draft is None or draft.started_at is None:
        return Lifecycle(STATE_OPEN, None, frozenset(), ())
    based_on = connection.execute(
        select(consensus_based_on.c.bundle_id).where(
            consensus_based_on.c.institution == institution, consensus_based_on.c.cycle == cycle
        )
    ).scalars()
    events = connection.execute(
        select(consensus_events)
        .where(consensus_events.c.institution == institution, consensus_events.c.cycle == cycle)
        .order_by(consensus_events.c.position)
    )
    exported = draft.exported_at is not None and draft.exported_at >= draft.updated_at
    return Lifecycle(
        STATE_EXPORTED if exported else STATE_STARTED,
        draft.started_at,
        frozenset(based_on),
        tuple(
            LifecycleEvent(row.event, row.at, row.by, row.justification, json.loads(row.detail))
            for row in events
        ),
    )


def touch_draft(connection: Connection, institution: str, cycle: int) -> str:
    """The draft's consensus id (created when missing), marked as changed now."""
    key = _draft_key(institution, cycle)
    existing = connection.execute(select(consensus_drafts.c.consensus_id).where(*key)).first()
    if existing is not None:
        connection.execute(update(consensus_drafts).where(*key).values(updated_at=utc_now()))
        return str(existing.consensus_id)
    consensus_id = uuid.uuid4().hex
    connection.execute(
        insert(consensus_drafts).values(
            institution=institution,
            cycle=cycle,
            consensus_id=consensus_id,
            last_exported_revision=0,
            updated_at=utc_now(),
        )
    )
    return consensus_id


def revisions_json(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [
        {"assessment_id": row.assessment_id, "revision": row.revision, "bundle_id": row.bundle_id}
        for row in rows
    ]


def rest_on(connection: Connection, institution: str, cycle: int, rows: Sequence[Any]) -> None:
    """Make ``rows`` the individual revisions the consensus rests on."""
    connection.execute(
        consensus_based_on.delete().where(
            consensus_based_on.c.institution == institution, consensus_based_on.c.cycle == cycle
        )
    )
    for row in rows:
        connection.execute(
            insert(consensus_based_on).values(
                institution=institution,
                cycle=cycle,
                bundle_id=row.bundle_id,
                assessment_id=row.assessment_id,
                revision=row.revision,
            )
        )


def record_event(
    connection: Connection,
    institution: str,
    cycle: int,
    event: str,
    by: str,
    justification: str,
    detail: dict[str, Any],
) -> LifecycleEvent:
    position = connection.execute(
        select(func.coalesce(func.max(consensus_events.c.position), 0)).where(
            consensus_events.c.institution == institution, consensus_events.c.cycle == cycle
        )
    ).scalar_one()
    at = utc_now()
    connection.execute(
        insert(consensus_events).values(
            institution=institution,
            cycle=cycle,
            position=int(position) + 1,
            event=event,
            at=at,
            by=by,
            justification=justification,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        )
    )
    return LifecycleEvent(event, at, by, justification, detail)


def ensure_started(
    connection: Connection, institution: str, cycle: int, by: str | None = None
) -> LifecycleEvent | None:
    """Start the consensus unless it is started: freeze the current individual revisions.

    Returns the start event when it started now, None when it was started already.
    Runs inside the caller's transaction, so an edit and the start it implies are one.
    """
    touch_draft(connection, institution, cycle)
    key = _draft_key(institution, cycle)
    started = connection.execute(select(consensus_drafts.c.started_at).where(*key)).scalar_one()
    if started is not None:
        return None
    rows = current_assessment_rows(connection, institution, cycle)
    rest_on(connection, institution, cycle, rows)
    event = record_event(
        connection,
        institution,
        cycle,
        EVENT_START,
        by or local_account_name(),
        "",
        {"revisions": revisions_json(rows)},
    )
    connection.execute(update(consensus_drafts).where(*key).values(started_at=event.at))
    return event


def mark_exported(connection: Connection, institution: str, cycle: int) -> tuple[str, int]:
    """Reserve the next export revision; the draft counts as exported until its next change."""
    consensus_id = touch_draft(connection, institution, cycle)
    key = _draft_key(institution, cycle)
    draft = connection.execute(
        select(consensus_drafts.c.last_exported_revision, consensus_drafts.c.updated_at).where(*key)
    ).one()
    revision = int(draft.last_exported_revision) + 1
    connection.execute(
        update(consensus_drafts)
        .where(*key)
        .values(last_exported_revision=revision, exported_at=draft.updated_at)
    )
    return consensus_id, revision
