"""The audit chain: every change to scores, texts and evidence, each event hashing the last.

An edit and its event commit in the same transaction, so the chain never misses a saved
change. The head hash travels in exported bundles; anyone holding the events can
recompute it. The canonical encoding is pinned in docs/profile-format.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from ipms_desktop.store.schema import AUDIT_EVENTS

GENESIS_HASH = "0" * 64
HASH_PREFIX = b"ipms-desktop/audit-event/v1\x00"

_HEAD = select(AUDIT_EVENTS.c.seq, AUDIT_EVENTS.c.hash).order_by(AUDIT_EVENTS.c.seq.desc()).limit(1)
_INSERT = insert(AUDIT_EVENTS)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def utc_now() -> str:
    """UTC time as ISO 8601 with microseconds and a ``Z`` (the form stored everywhere)."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def event_hash(
    *,
    seq: int,
    at: str,
    actor: str,
    assessment_id: str | None,
    item_id: str | None,
    field: str,
    old: Any,
    new: Any,
    prev: str,
) -> str:
    """SHA-256 over the prefix and the canonical JSON of every field and the previous hash."""
    encoded = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "assessment_id": assessment_id,
            "item_id": item_id,
            "field": field,
            "old": old,
            "new": new,
            "prev": prev,
        }
    )
    return hashlib.sha256(HASH_PREFIX + encoded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    events: int
    head: str
    problems: tuple[str, ...]


def head(connection: Connection) -> tuple[int, str]:
    """The last event's sequence number and hash (0 and the genesis hash when empty)."""
    row = connection.execute(_HEAD).first()
    return (0, GENESIS_HASH) if row is None else (row.seq, row.hash)


def append(
    connection: Connection,
    previous: tuple[int, str],
    *,
    actor: str,
    assessment_id: str | None,
    item_id: str | None,
    field: str,
    old: Any,
    new: Any,
) -> tuple[int, str]:
    """Add one event after ``previous`` (the head as read in this same transaction);
    returns the new head."""
    last_seq, prev = previous
    seq = last_seq + 1
    at = utc_now()
    digest = event_hash(
        seq=seq,
        at=at,
        actor=actor,
        assessment_id=assessment_id,
        item_id=item_id,
        field=field,
        old=old,
        new=new,
        prev=prev,
    )
    connection.execute(
        _INSERT,
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "assessment_id": assessment_id,
            "item_id": item_id,
            "field": field,
            "old_value": canonical_json(old),
            "new_value": canonical_json(new),
            "prev_hash": prev,
            "hash": digest,
        },
    )
    return seq, digest


def verify_chain(connection: Connection) -> ChainReport:
    """Recompute every hash in order; report each break by sequence number."""
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = connection.execute(select(func.count()).select_from(AUDIT_EVENTS)).scalar_one()
    rows = connection.execute(select(AUDIT_EVENTS).order_by(AUDIT_EVENTS.c.seq))
    for row in rows:
        if row.seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing (next is {row.seq})")
        if not hmac.compare_digest(row.prev_hash, expected_prev):
            problems.append(f"audit event {row.seq} does not link to the event before it")
        try:
            old, new = json.loads(row.old_value), json.loads(row.new_value)
        except json.JSONDecodeError:
            problems.append(f"audit event {row.seq} holds malformed values")
            old = new = None
        recomputed = event_hash(
            seq=row.seq,
            at=row.at,
            actor=row.actor,
            assessment_id=row.assessment_id,
            item_id=row.item_id,
            field=row.field,
            old=old,
            new=new,
            prev=row.prev_hash,
        )
        if not hmac.compare_digest(recomputed, row.hash):
            problems.append(f"audit event {row.seq} was altered (its hash does not match)")
        expected_prev = row.hash
        expected_seq = row.seq + 1
    return ChainReport(count, expected_prev, tuple(problems))
