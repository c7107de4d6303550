"""The audit chain: every change to scores, texts and evidence, each event bound to the last.

An edit and its event commit in the same transaction, so the chain never misses a saved
change. Each event carries an HMAC-SHA256 under a key derived from the profile's data key
(``audit_key``) over its fields and the previous event's MAC, so the chain cannot be
recomputed by someone who does not hold the key. Where the chain stood is anchored outside
the database twice: in the key-slot file each time the profile closes, and in every
exported bundle (head and length, signed by the assessor). ``ipms profile verify`` checks
the MACs, the anchor, and replays the events against the stored rows
(``store.audit_replay``). The canonical encoding is pinned in docs/profile-format.md.

Profiles made before the chain was keyed carry SHA-256 event hashes (format 1). They are
resealed once, at unlock, after a backup; the reseal is itself an event that records what
the old chain was and any break it had, so a reseal never hides earlier tampering.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, func, insert, select, update

from ipms_desktop.store.schema import AUDIT_EVENTS, PROFILE_META

GENESIS_HASH = "0" * 64
CHAIN_FORMAT = 2
CHAIN_FORMAT_META = "audit_chain_format"
KEY_INFO = b"ipms-desktop/audit-key/v1"
EVENT_PREFIX = b"ipms-desktop/audit-event/v2\x00"
ANCHOR_PREFIX = b"ipms-desktop/audit-anchor/v1\x00"
LEGACY_EVENT_PREFIX = b"ipms-desktop/audit-event/v1\x00"
RESEAL_FIELD = "audit-chain"

_HEAD = select(AUDIT_EVENTS.c.seq, AUDIT_EVENTS.c.hash).order_by(AUDIT_EVENTS.c.seq.desc()).limit(1)
_INSERT = insert(AUDIT_EVENTS)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def utc_now() -> str:
    """UTC time as ISO 8601 with microseconds and a ``Z`` (the form stored everywhere)."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def audit_key(data_key: bytes) -> bytes:
    """The chain's MAC key: HKDF-SHA256 of the data key (no salt), 32 bytes."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KEY_INFO).derive(data_key)


def _encoded_event(
    seq: int,
    at: str,
    actor: str,
    assessment_id: str | None,
    item_id: str | None,
    field: str,
    old: Any,
    new: Any,
    prev: str,
) -> bytes:
    return canonical_json(
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
    ).encode("utf-8")


def event_mac(key: bytes, **fields: Any) -> str:
    """HMAC-SHA256 under ``key`` over the prefix and the event's canonical JSON."""
    return hmac.new(key, EVENT_PREFIX + _encoded_event(**fields), hashlib.sha256).hexdigest()


def legacy_event_hash(**fields: Any) -> str:
    """A format-1 event's unkeyed SHA-256 (read only, to check a chain before its reseal)."""
    return hashlib.sha256(LEGACY_EVENT_PREFIX + _encoded_event(**fields)).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    events: int
    head: str
    problems: tuple[str, ...]


def head(connection: Connection) -> tuple[int, str]:
    """The last event's sequence number and MAC (0 and the genesis value when empty)."""
    row = connection.execute(_HEAD).first()
    return (0, GENESIS_HASH) if row is None else (row.seq, row.hash)


def append(
    connection: Connection,
    previous: tuple[int, str],
    key: bytes,
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
    fields = {
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
    digest = event_mac(key, **fields)
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


def _walk(connection: Connection, mac: Any) -> ChainReport:
    """Recompute every event's MAC (or legacy hash) in order; each break named by number."""
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = connection.execute(select(func.count()).select_from(AUDIT_EVENTS)).scalar_one()
    for row in connection.execute(select(AUDIT_EVENTS).order_by(AUDIT_EVENTS.c.seq)):
        if row.seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing (next is {row.seq})")
        if not hmac.compare_digest(row.prev_hash, expected_prev):
            problems.append(f"audit event {row.seq} does not link to the event before it")
        try:
            old, new = json.loads(row.old_value), json.loads(row.new_value)
        except json.JSONDecodeError:
            problems.append(f"audit event {row.seq} holds malformed values")
            old = new = None
        recomputed = mac(
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
            problems.append(f"audit event {row.seq} was altered (its MAC does not match)")
        expected_prev = row.hash
        expected_seq = row.seq + 1
    return ChainReport(count, expected_prev, tuple(problems))


def verify_chain(connection: Connection, key: bytes) -> ChainReport:
    """Check every event's MAC and link; a profile not yet resealed is named as such."""
    if chain_format(connection) != CHAIN_FORMAT:
        legacy = _walk(connection, legacy_event_hash)
        return ChainReport(
            legacy.events,
            legacy.head,
            (
                "the audit chain is not keyed yet (it is resealed at the next unlock)",
                *legacy.problems,
            ),
        )
    keyed = _walk(connection, lambda **fields: event_mac(key, **fields))
    return ChainReport(
        keyed.events, keyed.head, (*keyed.problems, *_breaks_before_keying(connection))
    )


def _breaks_before_keying(connection: Connection) -> list[str]:
    """Breaks the unkeyed chain had when it was resealed: they stay reported for good."""
    found: list[str] = []
    for row in connection.execute(
        select(AUDIT_EVENTS.c.seq, AUDIT_EVENTS.c.old_value).where(
            AUDIT_EVENTS.c.field == RESEAL_FIELD
        )
    ):
        recorded = _loads_or_none(row.old_value)
        problems = recorded.get("problems") if isinstance(recorded, dict) else None
        for problem in problems if isinstance(problems, list) else []:
            found.append(f"before the chain was keyed (event {row.seq}): {problem}")
    return found


def chain_format(connection: Connection) -> int:
    value = connection.execute(
        select(PROFILE_META.c.value).where(PROFILE_META.c.name == CHAIN_FORMAT_META)
    ).scalar_one_or_none()
    return int(value) if value is not None and value.isdigit() else 1


def mark_keyed(connection: Connection) -> None:
    """Record that this (new, empty) profile's chain is keyed from its first event."""
    connection.execute(insert(PROFILE_META).values(name=CHAIN_FORMAT_META, value=str(CHAIN_FORMAT)))


def reseal_legacy_chain(connection: Connection, key: bytes, actor: str) -> ChainReport:
    """Turn a format-1 chain into a keyed one, in the caller's transaction.

    Every event's MAC is computed over its recorded fields, linking to the MAC before it;
    then one more event (field ``audit-chain``) records the old chain's length, head and
    the breaks found in it, so whatever was wrong before stays on record.
    """
    legacy = _walk(connection, legacy_event_hash)
    prev = GENESIS_HASH
    last_seq = 0
    rows = connection.execute(select(AUDIT_EVENTS).order_by(AUDIT_EVENTS.c.seq)).all()
    for row in rows:
        digest = event_mac(
            key,
            seq=row.seq,
            at=row.at,
            actor=row.actor,
            assessment_id=row.assessment_id,
            item_id=row.item_id,
            field=row.field,
            old=_loads_or_none(row.old_value),
            new=_loads_or_none(row.new_value),
            prev=prev,
        )
        connection.execute(
            update(AUDIT_EVENTS)
            .where(AUDIT_EVENTS.c.seq == row.seq)
            .values(prev_hash=prev, hash=digest)
        )
        prev, last_seq = digest, row.seq
    append(
        connection,
        (last_seq, prev),
        key,
        actor=actor,
        assessment_id=None,
        item_id=None,
        field=RESEAL_FIELD,
        old={
            "format": 1,
            "events": legacy.events,
            "head": legacy.head,
            "problems": list(legacy.problems),
        },
        new={"format": CHAIN_FORMAT},
    )
    connection.execute(insert(PROFILE_META).values(name=CHAIN_FORMAT_META, value=str(CHAIN_FORMAT)))
    return legacy


def _loads_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


# ----- the anchor kept in the key-slot file ---------------------------------------------------


def anchor(key: bytes, profile_id: str, events: int, head_mac: str) -> dict[str, Any]:
    """Where the chain stands, MACed with the chain's key and bound to the profile."""
    return {
        "events": events,
        "head": head_mac,
        "mac": _anchor_mac(key, profile_id, events, head_mac),
    }


def _anchor_mac(key: bytes, profile_id: str, events: int, head_mac: str) -> str:
    encoded = canonical_json({"profile_id": profile_id, "events": events, "head": head_mac})
    return hmac.new(key, ANCHOR_PREFIX + encoded.encode("utf-8"), hashlib.sha256).hexdigest()


def anchor_problems(
    connection: Connection, key: bytes, profile_id: str, recorded: dict[str, Any] | None
) -> list[str]:
    """Whether the chain still holds the event the anchor names (fewer events, or another
    event at that place, means events were removed or rewritten)."""
    if recorded is None:
        return []
    events, head_mac, mac = recorded.get("events"), recorded.get("head"), recorded.get("mac")
    if not (isinstance(events, int) and isinstance(head_mac, str) and isinstance(mac, str)):
        return ["the audit anchor in the key-slot file is malformed"]
    if not hmac.compare_digest(_anchor_mac(key, profile_id, events, head_mac), mac):
        return ["the audit anchor in the key-slot file was altered (its MAC does not match)"]
    if events == 0:
        return []
    row = connection.execute(
        select(AUDIT_EVENTS.c.hash).where(AUDIT_EVENTS.c.seq == events)
    ).first()
    if row is None:
        count = head(connection)[0]
        return [
            f"the audit chain ends at event {count}, but it held {events} events when the "
            "profile was last closed: events were removed"
        ]
    if not hmac.compare_digest(row.hash, head_mac):
        return [
            f"audit event {events} is not the one recorded when the profile was last closed: "
            "the chain was rewritten"
        ]
    return []
