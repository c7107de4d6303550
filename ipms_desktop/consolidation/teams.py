"""Team assignments at merge: who may send a consensus, what it may rest on, and which
consensus counts for an institution.

CoMSEC's signed assignments for a cycle (``ipms admin assign``) are installed into the
consolidation database (``ipms merge --statement FILE``). Then:

- a consensus bundle is accepted only from the team lead assigned to its institution; with
  no assignments installed for its cycle it is refused, naming what is missing;
- every bundle a consensus lists in ``based_on`` must be a merged individual assessment of
  that institution and cycle (same assessment id and revision), by an assigned assessor
  when the assignment names assessors;
- an individual assessment of an institution whose assignment names assessors is accepted
  only from them;
- the consensus that counts for an institution is the current one of the lead assigned now;
  when more than one counts (or, with no assignment, more than one exists) that is a
  conflict, reported as such, never settled by a timestamp.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from ipms_desktop.consolidation.schema import (
    KIND_ASSESSMENT,
    KIND_CONSENSUS,
    STATEMENT_ASSIGNMENTS,
    bundles,
    signed_statements,
)
from ipms_desktop.consolidation.signers import key_links, lineage_identity
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.trust.assignments import (
    Assignment,
    TeamAssignments,
    assignments_from_payload,
    institution_key,
)

MAX_BASED_ON = 1000


def install_assignments(connection: Connection, assignments: TeamAssignments) -> str:
    """Keep ``assignments`` unless a newer publication for its cycle is installed."""
    scope = str(assignments.cycle)
    key = and_(
        signed_statements.c.kind == STATEMENT_ASSIGNMENTS, signed_statements.c.scope == scope
    )
    content = json.dumps(assignments.payload(), ensure_ascii=False, sort_keys=True)
    stored = connection.execute(
        select(signed_statements.c.serial, signed_statements.c.content).where(key)
    ).first()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    summary = (
        f"team assignments for cycle {assignments.cycle}, serial {assignments.serial} "
        f"({len(assignments.assignments)} institution(s))"
    )
    if stored is None:
        connection.execute(
            insert(signed_statements).values(
                kind=STATEMENT_ASSIGNMENTS,
                scope=scope,
                serial=assignments.serial,
                content=content,
                installed_at=now,
            )
        )
        return f"installed {summary}"
    if stored.serial > assignments.serial or (
        stored.serial == assignments.serial and json.loads(stored.content) != json.loads(content)
    ):
        raise IpmsError(
            msgs.ASSIGNMENTS_OLDER_TEAM_ASSIGNMENTS_CYCLE,
            cycle=assignments.cycle,
            serial=assignments.serial,
            serial2=stored.serial,
        )
    if stored.serial == assignments.serial:
        return f"already installed: {summary}"
    connection.execute(
        update(signed_statements)
        .where(key)
        .values(serial=assignments.serial, content=content, installed_at=now)
    )
    return f"installed {summary} (replaces serial {stored.serial})"


def cycle_assignments(connection: Connection, cycle: int) -> TeamAssignments | None:
    row = connection.execute(
        select(signed_statements.c.content).where(
            signed_statements.c.kind == STATEMENT_ASSIGNMENTS,
            signed_statements.c.scope == str(cycle),
        )
    ).first()
    if row is None:
        return None
    return assignments_from_payload(json.loads(row.content), f"assignments for cycle {cycle}")


def _assessor_identities(connection: Connection, assignment: Assignment) -> set[str]:
    links = key_links(connection)
    return {lineage_identity(connection, p.key_id, links) for p in assignment.assessors}


def check_team(
    connection: Connection,
    *,
    kind: str,
    institution: str,
    cycle: int,
    identity: str,
    document: Mapping[str, Any],
) -> None:
    """Refuse a bundle its signer is not assigned to send (see the module's rules)."""
    assignments = cycle_assignments(connection, cycle)
    assignment = assignments.for_institution(institution) if assignments else None
    if kind == KIND_ASSESSMENT:
        if (
            assignment is not None
            and assignment.assessors
            and identity not in _assessor_identities(connection, assignment)
        ):
            raise IpmsError(
                msgs.ASSESSOR_NOT_ASSIGNED_SIGNER_NOT,
                institution=repr(institution),
                cycle=cycle,
                value=assignments.serial if assignments else 0,
            )
        return
    if kind != KIND_CONSENSUS:
        return
    if assignments is None:
        raise IpmsError(
            msgs.ASSIGNMENT_MISSING_NO_TEAM_ASSIGNMENTS, cycle=cycle, institution=repr(institution)
        )
    if assignment is None:
        raise IpmsError(
            msgs.LEAD_NOT_ASSIGNED_COMSEC_S,
            cycle=cycle,
            serial=assignments.serial,
            institution=repr(institution),
        )
    if identity != lineage_identity(connection, assignment.team_lead.key_id):
        raise IpmsError(
            msgs.LEAD_NOT_ASSIGNED_ASSIGNED_TEAM,
            institution=repr(institution),
            team_lead_name=assignment.team_lead.name,
            cycle=cycle,
            serial=assignments.serial,
        )
    _check_based_on(connection, institution, cycle, assignment, document.get("based_on"))


def _check_based_on(
    connection: Connection,
    institution: str,
    cycle: int,
    assignment: Assignment,
    based_on: object,
) -> None:
    if not isinstance(based_on, list) or not 0 < len(based_on) <= MAX_BASED_ON:
        raise IpmsError(msgs.BASED_INVALID_CONSENSUS_MUST_LIST, max_based_on=MAX_BASED_ON)
    wanted: dict[str, tuple[object, object]] = {}
    for entry in based_on:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("bundle_id"), str):
            raise IpmsError(msgs.BASED_INVALID_EACH_BASED_ENTRY)
        if entry["bundle_id"] in wanted:
            raise IpmsError(
                msgs.BASED_INVALID_BUNDLE_LISTED_TWICE, bundle_id=entry["bundle_id"][:40]
            )
        wanted[entry["bundle_id"]] = (entry.get("assessment_id"), entry.get("revision"))
    rows = {
        row.bundle_id: row
        for row in connection.execute(
            select(
                bundles.c.bundle_id,
                bundles.c.kind,
                bundles.c.institution,
                bundles.c.cycle,
                bundles.c.assessment_id,
                bundles.c.revision,
                bundles.c.signer_identity,
            ).where(bundles.c.bundle_id.in_(list(wanted)))
        )
    }
    assessors = _assessor_identities(connection, assignment) if assignment.assessors else None
    for bundle_id, (assessment_id, revision) in wanted.items():
        row = rows.get(bundle_id)
        shown = bundle_id[:40]
        if row is None:
            raise IpmsError(msgs.BASED_INVALID_CONSENSUS_RESTS_BUNDLE, shown=shown)
        if (
            row.kind != KIND_ASSESSMENT
            or institution_key(row.institution) != institution_key(institution)
            or row.cycle != cycle
        ):
            raise IpmsError(
                msgs.BASED_INVALID_BUNDLE_NOT_INDIVIDUAL,
                shown=shown,
                institution=repr(institution),
                cycle=cycle,
            )
        if (row.assessment_id, row.revision) != (assessment_id, revision):
            raise IpmsError(
                msgs.BASED_INVALID_CONSENSUS_NAMES_BUNDLE,
                shown=shown,
                assessment_id=str(assessment_id)[:40],
                revision=revision,
                assessment_id2=row.assessment_id,
                revision2=row.revision,
            )
        if assessors is not None and row.signer_identity not in assessors:
            raise IpmsError(
                msgs.BASED_INVALID_BUNDLE_NOT_ASSESSOR, shown=shown, institution=repr(institution)
            )


@dataclass(frozen=True)
class ConsensusCandidate:
    bundle_id: str
    consensus_id: str
    revision: int
    signer_name: str
    signer_identity: str
    created_at: str


@dataclass(frozen=True)
class ConsensusStanding:
    """The current consensus bundles of one institution and cycle, and which count."""

    counted: tuple[ConsensusCandidate, ...]
    set_aside: tuple[ConsensusCandidate, ...]

    @property
    def conflict(self) -> bool:
        return len(self.counted) > 1

    @property
    def agreed(self) -> ConsensusCandidate | None:
        return self.counted[0] if len(self.counted) == 1 else None


def consensus_standing(connection: Connection, institution: str, cycle: int) -> ConsensusStanding:
    rows = connection.execute(
        select(
            bundles.c.bundle_id,
            bundles.c.assessment_id,
            bundles.c.revision,
            bundles.c.signer_name,
            bundles.c.signer_identity,
            bundles.c.created_at,
        )
        .where(
            bundles.c.kind == KIND_CONSENSUS,
            bundles.c.is_current,
            bundles.c.institution == institution,
            bundles.c.cycle == cycle,
        )
        .order_by(bundles.c.signer_identity, bundles.c.assessment_id)
    ).all()
    candidates = [
        ConsensusCandidate(
            row.bundle_id,
            row.assessment_id,
            row.revision,
            row.signer_name,
            row.signer_identity,
            row.created_at,
        )
        for row in rows
    ]
    assignments = cycle_assignments(connection, cycle)
    assignment = assignments.for_institution(institution) if assignments else None
    if assignment is None:
        return ConsensusStanding(tuple(candidates), ())
    lead = lineage_identity(connection, assignment.team_lead.key_id)
    return ConsensusStanding(
        tuple(c for c in candidates if c.signer_identity == lead),
        tuple(c for c in candidates if c.signer_identity != lead),
    )


def conflict_note(standing: ConsensusStanding, bundle_id: str) -> str:
    """The merge outcome's note when ``bundle_id`` leaves its institution in conflict."""
    others = [c for c in standing.counted if c.bundle_id != bundle_id]
    if not standing.conflict or not others:
        return ""
    listed = "; ".join(f"{c.signer_name}, bundle {c.bundle_id}" for c in others)
    return (
        f"; consensus-conflict: another current consensus exists for this institution "
        f"({listed}); reports show no agreed consensus until CoMSEC settles it"
    )


def describe_conflict(candidates: Sequence[ConsensusCandidate]) -> list[dict[str, Any]]:
    return [
        {
            "bundle_id": c.bundle_id,
            "consensus_id": c.consensus_id,
            "revision": c.revision,
            "team_lead": c.signer_name,
            "created": c.created_at,
        }
        for c in candidates
    ]
