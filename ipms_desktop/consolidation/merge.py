"""Merging bundles into a consolidation database: every bundle gets an outcome, none is lost.

Each bundle is opened (verified and decrypted) and checked before anything is written,
then imported in its own transaction: all of its rows or none. The outcomes:

- ``merged``: now the current revision of its assessment (it may supersede an older one);
- ``duplicate``: already there (same bundle id, or the same content for the same
  assessment, signer and revision); nothing changed;
- ``superseded``: stored in history but not current, because a newer revision of the same
  assessment by the same signer is current (it arrived earlier, or later in the same run);
- ``rejected``: refused, with the reason; the file is copied to the quarantine folder
  with a ``.reason.txt`` note beside it (``consolidation.quarantine``).

An assessment's lineage is (kind, assessment id, signer identity): the signer is the key
that signed, followed back through CoMSEC's key links (``consolidation.signers``), and a
consensus must come from the lead CoMSEC assigned (``consolidation.teams``).

Whatever a file holds, it gets exactly one of these, and the run goes on to the next file.
Reasons quote the file's text escaped and cut (``shown_text``). The institution's name is
normalised before it keys anything; a merged name that only looks like another one already
in the database is listed in ``look_alikes`` for a person to decide, never merged with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.incoming import (
    NOTE_KEYS,
    BundleOpener,
    IncomingBundle,
    canonical_document_bytes,
    check_incoming,
    content_digest,
)
from ipms_desktop.consolidation.institution_names import look_alikes, normalised
from ipms_desktop.consolidation.quarantine import quarantine_bundle
from ipms_desktop.consolidation.schema import (
    KIND_CONSENSUS,
    OVERALL_ATTRIBUTE,
    bundles,
    item_evidence,
    item_notes,
    item_scores,
)
from ipms_desktop.consolidation.signers import resolve_signer
from ipms_desktop.consolidation.teams import check_team, conflict_note, consensus_standing
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.shown_text import shown_path, shown_reason


class Outcome(StrEnum):
    MERGED = "merged"
    DUPLICATE = "duplicate"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"


class NotForThisKey(IpmsError):
    """A bundle encrypted for other keys than the one in use: the key is wrong, not the file.

    Raised before anything is quarantined, and it stops the run: every later file would
    fail the same way. ``results`` holds the outcomes of the files merged before it.
    """

    def __init__(self, file: str, key_id: str, bundle_key_ids: tuple[str, ...]) -> None:
        super().__init__(
            msgs.MERGE_NOT_FOR_THIS_KEY,
            file=file,
            bundle_key_ids=", ".join(bundle_key_ids) or "-",
            key_id=key_id,
        )
        self.file = file
        self.key_id = key_id
        self.bundle_key_ids = bundle_key_ids
        self.results: list[MergeResult] = []


@dataclass(frozen=True)
class MergeResult:
    """What happened to one bundle file."""

    file: str
    outcome: Outcome
    reason: str
    bundle_id: str | None = None
    kind: str | None = None
    institution: str | None = None
    cycle: int | None = None
    revision: int | None = None
    # Institutions already in the database whose names look like this one's.
    look_alikes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "outcome": self.outcome.value,
            "reason": self.reason,
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "institution": self.institution,
            "cycle": self.cycle,
            "revision": self.revision,
            "look_alikes": list(self.look_alikes),
        }


@dataclass(frozen=True)
class _Imported:
    outcome: Outcome
    reason: str
    superseded_bundle_id: str | None = None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def merge_bundles(
    database: ConsolidationDatabase,
    paths: Iterable[Path],
    opener: BundleOpener,
    quarantine_dir: Path,
) -> list[MergeResult]:
    """Merge ``paths`` one by one; returns one result per path, in the order given.

    A file not encrypted for the key in use stops the run with ``NotForThisKey`` (its
    ``results`` are the outcomes so far): the key is wrong, so nothing is quarantined.
    """
    results: list[MergeResult] = []
    merged_positions: dict[str, int] = {}
    for path in paths:
        try:
            result, superseded = _merge_one(database, Path(path), opener, quarantine_dir)
        except NotForThisKey as error:
            error.results = results
            raise
        if superseded is not None and superseded in merged_positions:
            earlier = merged_positions.pop(superseded)
            results[earlier] = replace(
                results[earlier],
                outcome=Outcome.SUPERSEDED,
                reason=(
                    f"kept in history: revision {result.revision} (bundle {result.bundle_id}, "
                    "merged later in this run) is current"
                ),
            )
        if result.outcome is Outcome.MERGED and result.bundle_id is not None:
            merged_positions[result.bundle_id] = len(results)
        results.append(result)
    return results


def _merge_one(
    database: ConsolidationDatabase, path: Path, opener: BundleOpener, quarantine_dir: Path
) -> tuple[MergeResult, str | None]:
    try:
        incoming = opener(path)
        check_incoming(incoming)
        incoming = replace(incoming, institution=normalised(incoming.institution))
    except NotForThisKey:
        raise
    except IpmsError as error:
        return _reject(path, str(error), quarantine_dir), None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        # A document shape no check above foresaw: still one refusal, never a stopped run.
        return _reject(path, _unforeseen(error), quarantine_dir), None
    try:
        imported = database.run_transaction(lambda connection: import_bundle(connection, incoming))
    except IpmsError as error:
        return _reject(path, str(error), quarantine_dir, incoming), None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        return _reject(path, _unforeseen(error), quarantine_dir, incoming), None
    similar: tuple[str, ...] = ()
    if imported.outcome is Outcome.MERGED:
        similar = tuple(look_alikes(incoming.institution, _institutions(database)))
    result = MergeResult(
        file=shown_path(path),
        outcome=imported.outcome,
        reason=shown_reason(imported.reason),
        bundle_id=incoming.bundle_id,
        kind=incoming.kind,
        institution=incoming.institution,
        cycle=incoming.cycle,
        revision=incoming.revision,
        look_alikes=similar,
    )
    return result, imported.superseded_bundle_id


def _unforeseen(error: Exception) -> str:
    return f"malformed-document: the bundle's content cannot be read ({type(error).__name__})"


def _institutions(database: ConsolidationDatabase) -> list[str]:
    return list(
        database.read(
            lambda connection: (
                connection.execute(select(bundles.c.institution).distinct()).scalars().all()
            )
        )
    )


def _reject(
    path: Path, reason: str, quarantine_dir: Path, incoming: IncomingBundle | None = None
) -> MergeResult:
    try:
        copy = quarantine_bundle(path, reason, quarantine_dir)
        where = f" (copied to {shown_path(copy)})" if copy is not None else ""
    except IpmsError as error:
        where = f" (NOT quarantined: {error}; the original file is untouched)"
    return MergeResult(
        file=shown_path(path),
        outcome=Outcome.REJECTED,
        reason=shown_reason(reason) + shown_reason(where),
        bundle_id=incoming.bundle_id if incoming else None,
        kind=incoming.kind if incoming else None,
        institution=incoming.institution if incoming else None,
        cycle=incoming.cycle if incoming else None,
        revision=incoming.revision if incoming else None,
    )


def import_bundle(
    connection: Connection, incoming: IncomingBundle, *, check_assignment: bool = True
) -> _Imported:
    """Import one checked bundle inside the caller's transaction.

    ``check_assignment=False`` only for a team lead's record of their own export.
    """
    digest = content_digest(incoming.document)
    same_id = connection.execute(
        select(bundles.c.content_digest, bundles.c.merged_at).where(
            bundles.c.bundle_id == incoming.bundle_id
        )
    ).first()
    if same_id is not None:
        if same_id.content_digest != digest:
            raise IpmsError(msgs.BUNDLE_ID_ALREADY_MERGED_DIFFERENT, bundle_id=incoming.bundle_id)
        return _Imported(
            Outcome.DUPLICATE, f"bundle {incoming.bundle_id} already merged at {same_id.merged_at}"
        )
    identity = resolve_signer(connection, incoming.signer_fingerprint, incoming.signer_key)
    if check_assignment:
        check_team(
            connection,
            kind=incoming.kind,
            institution=incoming.institution,
            cycle=incoming.cycle,
            identity=identity,
            document=incoming.document,
        )
    # An assessment belongs to its signer: the same id under another signer's key is
    # another lineage, so nobody can claim (or block) someone else's assessment.
    lineage = and_(
        bundles.c.kind == incoming.kind,
        bundles.c.assessment_id == incoming.assessment_id,
        bundles.c.signer_identity == identity,
    )
    same_revision = connection.execute(
        select(bundles.c.bundle_id, bundles.c.content_digest).where(
            lineage, bundles.c.revision == incoming.revision
        )
    ).first()
    if same_revision is not None:
        if same_revision.content_digest != digest:
            raise IpmsError(
                msgs.REVISION_ALREADY_MERGED_FROM_BUNDLE,
                revision=incoming.revision,
                kind=incoming.kind,
                assessment_id=incoming.assessment_id,
                bundle_id=same_revision.bundle_id,
            )
        return _Imported(
            Outcome.DUPLICATE,
            f"same content as bundle {same_revision.bundle_id} (revision {incoming.revision}), "
            "already merged",
        )
    current = connection.execute(
        select(bundles.c.bundle_id, bundles.c.revision).where(lineage, bundles.c.is_current)
    ).first()
    newer_is_current = current is not None and current.revision > incoming.revision
    if current is not None and not newer_is_current:
        connection.execute(
            update(bundles).where(bundles.c.bundle_id == current.bundle_id).values(is_current=False)
        )
    _insert_rows(connection, incoming, digest, identity, is_current=not newer_is_current)
    conflict = (
        conflict_note(
            consensus_standing(connection, incoming.institution, incoming.cycle),
            incoming.bundle_id,
        )
        if incoming.kind == KIND_CONSENSUS
        else ""
    )
    if newer_is_current:
        assert current is not None
        return _Imported(
            Outcome.SUPERSEDED,
            f"kept in history: the newer revision {current.revision} "
            f"(bundle {current.bundle_id}) is current",
        )
    if current is not None:
        return _Imported(
            Outcome.MERGED,
            f"supersedes revision {current.revision} (bundle {current.bundle_id}){conflict}",
            superseded_bundle_id=current.bundle_id,
        )
    return _Imported(Outcome.MERGED, f"new {incoming.kind}, revision {incoming.revision}{conflict}")


def _insert_rows(
    connection: Connection,
    incoming: IncomingBundle,
    digest: str,
    identity: str,
    *,
    is_current: bool,
) -> None:
    document = incoming.document
    connection.execute(
        insert(bundles).values(
            bundle_id=incoming.bundle_id,
            kind=incoming.kind,
            assessment_id=incoming.assessment_id,
            revision=incoming.revision,
            signer_fingerprint=incoming.signer_fingerprint,
            signer_key=incoming.signer_key,
            signer_identity=identity,
            signer_name=incoming.signer_name,
            institution=incoming.institution,
            cycle=incoming.cycle,
            framework_id=incoming.framework_id,
            framework_hash=incoming.framework_hash,
            panel=document["panel"],
            audit_head=incoming.audit_head,
            created_at=incoming.created_at,
            merged_at=utc_now(),
            content_digest=digest,
            source_file=shown_path(incoming.source),
            is_current=is_current,
            document=canonical_document_bytes(document).decode("utf-8"),
        )
    )
    scores, notes, evidence = document_rows(incoming.bundle_id, document)
    if scores:
        connection.execute(insert(item_scores), scores)
    if notes:
        connection.execute(insert(item_notes), notes)
    if evidence:
        connection.execute(insert(item_evidence), evidence)


def document_rows(
    bundle_id: str, document: Mapping[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The score, note and evidence rows a document spreads into."""
    scores: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    for item_id, entry in document["items"].items():
        for attribute_id, value in (entry.get("attributes") or {}).items():
            if value is not None:
                scores.append(_score_row(bundle_id, item_id, attribute_id, value))
        if entry.get("overall") is not None:
            scores.append(_score_row(bundle_id, item_id, OVERALL_ATTRIBUTE, entry["overall"]))
        for key, note_kind in NOTE_KEYS.items():
            for position, text in enumerate(entry.get(key) or []):
                notes.append(_note_row(bundle_id, item_id, note_kind, position, text))
        for note_kind in ("justification", "not_assessed"):
            if entry.get(note_kind):
                notes.append(_note_row(bundle_id, item_id, note_kind, 0, entry[note_kind]))
        for member in entry.get("evidence") or []:
            evidence[(item_id, member["sha256"])] = {
                "bundle_id": bundle_id,
                "item_id": item_id,
                "sha256": member["sha256"],
                "name": member["name"],
                "size": member["size"],
                "media_type": member["media_type"],
            }
    return scores, notes, list(evidence.values())


def _score_row(bundle_id: str, item_id: str, attribute_id: str, value: Any) -> dict[str, Any]:
    exact = Fraction(str(value))
    if exact.denominator != 1:
        raise IpmsError(
            msgs.ITEM_SCORE_NOT_WHOLE_NUMBER,
            item_id=item_id,
            attribute_id=attribute_id,
            value=value,
        )
    return {
        "bundle_id": bundle_id,
        "item_id": item_id,
        "attribute_id": attribute_id,
        "value": int(exact),
    }


def _note_row(
    bundle_id: str, item_id: str, note_kind: str, position: int, text: str
) -> dict[str, Any]:
    return {
        "bundle_id": bundle_id,
        "item_id": item_id,
        "note_kind": note_kind,
        "position": position,
        "text": text,
    }


def dumps_results(results: list[MergeResult]) -> str:
    return json.dumps([result.to_json() for result in results], ensure_ascii=False, indent=2)
