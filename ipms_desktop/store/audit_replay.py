"""Replaying the audit chain against the stored rows: a change made to the database
directly, without its event, shows as a difference between the two.

Each event records a field's old and new value, so applying the events in order rebuilds
what every assessment, item, text list and evidence list must hold now. ``replay_problems``
names each place where the stored rows differ (an edited score, a deleted strength, an
assessment whose events were removed). Timestamps are not compared: they are not content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from ipms_desktop.store.audit import RESEAL_FIELD
from ipms_desktop.store.records import TEXT_KINDS
from ipms_desktop.store.schema import ASSESSMENTS, AUDIT_EVENTS, EVIDENCE, ITEM_TEXTS, ITEMS

# The assessment record's fields an event sets; created_at and updated_at are times, not content.
_RECORD_FIELDS = (
    "institution",
    "cycle",
    "framework_id",
    "framework_hash",
    "panel",
    "status",
    "revision",
)
_EMPTY_ITEM: dict[str, Any] = {
    "attributes": {},
    "overall": None,
    "justification": None,
    "not_assessed": None,
}
_MAX_PROBLEMS = 50


@dataclass
class _Assessment:
    record: dict[str, Any]
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    texts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    evidence: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def item(self, item_id: str) -> dict[str, Any]:
        return self.items.setdefault(item_id, {**_EMPTY_ITEM, "attributes": {}})


def replay_problems(connection: Connection) -> list[str]:
    """Every difference between what the events say and what the tables hold."""
    expected, problems = _replay(connection)
    problems += _compare(connection, expected)
    if len(problems) > _MAX_PROBLEMS:
        problems = [*problems[:_MAX_PROBLEMS], f"… and {len(problems) - _MAX_PROBLEMS} more"]
    return problems


def _replay(connection: Connection) -> tuple[dict[str, _Assessment], list[str]]:
    assessments: dict[str, _Assessment] = {}
    problems: list[str] = []
    for row in connection.execute(select(AUDIT_EVENTS).order_by(AUDIT_EVENTS.c.seq)):
        if row.field == RESEAL_FIELD or row.assessment_id is None:
            continue
        try:
            old, new = json.loads(row.old_value), json.loads(row.new_value)
        except json.JSONDecodeError:
            continue  # the chain check names it
        current = assessments.get(row.assessment_id)
        if row.field == "assessment":
            if new is None:
                assessments.pop(row.assessment_id, None)
            elif isinstance(new, dict):
                assessments[row.assessment_id] = _Assessment(
                    {name: new.get(name) for name in _RECORD_FIELDS}
                )
            continue
        if current is None:
            problems.append(
                f"audit event {row.seq} changes assessment {row.assessment_id}, which no event "
                "created"
            )
            continue
        _apply(current, row.item_id, row.field, old, new)
    return assessments, problems


def _apply(assessment: _Assessment, item_id: str | None, name: str, old: Any, new: Any) -> None:
    """One event's effect, as the edit that wrote it had it."""
    if name == "status" and isinstance(new, dict):
        assessment.record.update(status=new.get("status"), revision=new.get("revision"))
        return
    if name == "panel":
        assessment.record["panel"] = new
    elif item_id is not None:
        item = assessment.item(item_id)
        if name.startswith("attributes."):
            attribute = name.removeprefix("attributes.")
            if new is None:
                item["attributes"].pop(attribute, None)
            else:
                item["attributes"][attribute] = new
        elif name == "attributes" and isinstance(new, dict):
            item["attributes"] = dict(new)
        elif name == "overall" and isinstance(new, dict):
            item.update(overall=new.get("overall"), justification=new.get("justification"))
        elif name in ("overall", "justification", "not_assessed"):
            item[name] = new
        elif name in TEXT_KINDS:
            assessment.texts[(item_id, name)] = list(new or [])
        elif name == "evidence":
            attached = assessment.evidence.setdefault(item_id, {})
            if isinstance(new, dict):
                attached[str(new.get("sha256"))] = new
            elif isinstance(old, dict):
                attached.pop(str(old.get("sha256")), None)
    # Any change to the content makes an exported assessment a draft again.
    assessment.record["status"] = "draft"


def _compare(connection: Connection, expected: dict[str, _Assessment]) -> list[str]:
    problems: list[str] = []
    stored = {row.id: row for row in connection.execute(select(ASSESSMENTS))}
    for assessment_id in sorted(set(stored) - set(expected)):
        problems.append(f"assessment {assessment_id} is stored but no audit event created it")
    for assessment_id in sorted(set(expected) - set(stored)):
        problems.append(f"assessment {assessment_id} was created in the audit trail but is missing")
    for assessment_id in sorted(set(stored) & set(expected)):
        problems += _compare_one(
            connection, assessment_id, stored[assessment_id], expected[assessment_id]
        )
    return problems


def _compare_one(
    connection: Connection, assessment_id: str, row: Any, expected: _Assessment
) -> list[str]:
    problems: list[str] = []
    where = f"assessment {assessment_id}"
    for name in _RECORD_FIELDS:
        if getattr(row, name) != expected.record.get(name):
            problems.append(f"{where}: {name} differs from its audit trail")
    items = {
        item.item_id: {
            "attributes": json.loads(item.attributes),
            "overall": item.overall,
            "justification": item.justification,
            "not_assessed": item.not_assessed,
        }
        for item in connection.execute(select(ITEMS).where(ITEMS.c.assessment_id == assessment_id))
    }
    for item_id in sorted(set(items) | set(expected.items)):
        have = items.get(item_id, _EMPTY_ITEM)
        want = expected.items.get(item_id, _EMPTY_ITEM)
        for name in ("attributes", "overall", "justification", "not_assessed"):
            if have[name] != want[name]:
                problems.append(f"{where}, item {item_id}: {name} differs from its audit trail")
    texts: dict[tuple[str, str], list[str]] = {}
    for text in connection.execute(
        select(ITEM_TEXTS)
        .where(ITEM_TEXTS.c.assessment_id == assessment_id)
        .order_by(ITEM_TEXTS.c.item_id, ITEM_TEXTS.c.kind, ITEM_TEXTS.c.position)
    ):
        texts.setdefault((text.item_id, text.kind), []).append(text.text)
    for key in sorted(set(texts) | set(expected.texts)):
        if texts.get(key, []) != expected.texts.get(key, []):
            problems.append(f"{where}, item {key[0]}: {key[1]} differ from their audit trail")
    attached: dict[str, dict[str, dict[str, Any]]] = {}
    for evidence in connection.execute(
        select(EVIDENCE).where(EVIDENCE.c.assessment_id == assessment_id)
    ):
        attached.setdefault(evidence.item_id, {})[evidence.sha256] = {
            "sha256": evidence.sha256,
            "name": evidence.name,
            "size": evidence.size,
            "media_type": evidence.media_type,
        }
    for item_id in sorted(set(attached) | set(expected.evidence)):
        if attached.get(item_id, {}) != expected.evidence.get(item_id, {}):
            problems.append(f"{where}, item {item_id}: evidence differs from its audit trail")
    return problems
