"""One assessment's rows as the profile's parts read and write them: the assessment, its
items' scores and texts, its evidence list, and the framework it was started with.

Plain functions on a connection, run inside the caller's read or edit; nothing here opens
a transaction or records an audit event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, select

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, Panel, load_framework, load_framework_version
from ipms_desktop.messages import store as msgs
from ipms_desktop.scoring import resolve_panel
from ipms_desktop.store import audit
from ipms_desktop.store.records import EvidenceInfo, ItemDetail
from ipms_desktop.store.schema import ASSESSMENTS, EVIDENCE, ITEM_TEXTS, ITEMS

# Statements built once: edits run them with parameters only (building SQLAlchemy
# statements per call costs more than the encrypted commit itself).
_SELECT_ASSESSMENT = select(ASSESSMENTS).where(ASSESSMENTS.c.id == bindparam("a"))
_ITEM_KEY = (ITEMS.c.assessment_id == bindparam("a"), ITEMS.c.item_id == bindparam("i"))
_SELECT_ITEM = select(ITEMS).where(*_ITEM_KEY)
_DELETE_ITEM = delete(ITEMS).where(*_ITEM_KEY)
_INSERT_ITEM = insert(ITEMS)
_TEXT_KEY = (
    ITEM_TEXTS.c.assessment_id == bindparam("a"),
    ITEM_TEXTS.c.item_id == bindparam("i"),
    ITEM_TEXTS.c.kind == bindparam("k"),
)
_SELECT_TEXTS = select(ITEM_TEXTS.c.text).where(*_TEXT_KEY).order_by(ITEM_TEXTS.c.position)
_DELETE_TEXTS = delete(ITEM_TEXTS).where(*_TEXT_KEY)
_INSERT_TEXT = insert(ITEM_TEXTS)

# An item's saved scoring fields (one ``items`` row): attributes, overall, justification,
# not_assessed.
SavedItem = dict[str, Any]


def assessment_row(connection: Connection, assessment_id: str) -> Row[Any]:
    row = connection.execute(_SELECT_ASSESSMENT, {"a": assessment_id}).first()
    if row is None:
        raise IpmsError(msgs.NO_ASSESSMENT_PROFILE_SEE_IPMS, assessment_id=assessment_id)
    return row


def item_state(connection: Connection, assessment_id: str, item_id: str) -> SavedItem:
    """The item's scores as saved (empty ones when nothing was entered yet)."""
    row = connection.execute(_SELECT_ITEM, {"a": assessment_id, "i": item_id}).first()
    if row is None:
        return {"attributes": {}, "overall": None, "justification": None, "not_assessed": None}
    return {
        "attributes": json.loads(row.attributes),
        "overall": row.overall,
        "justification": row.justification,
        "not_assessed": row.not_assessed,
    }


def save_item(
    connection: Connection, assessment_id: str, item_id: str, state: Mapping[str, Any]
) -> None:
    connection.execute(_DELETE_ITEM, {"a": assessment_id, "i": item_id})
    connection.execute(
        _INSERT_ITEM,
        {
            "assessment_id": assessment_id,
            "item_id": item_id,
            "attributes": audit.canonical_json(state["attributes"]),
            "overall": state["overall"],
            "justification": state["justification"],
            "not_assessed": state["not_assessed"],
        },
    )


def texts_of(connection: Connection, assessment_id: str, item_id: str, kind: str) -> list[str]:
    key = {"a": assessment_id, "i": item_id, "k": kind}
    return list(connection.execute(_SELECT_TEXTS, key).scalars())


def replace_texts(
    connection: Connection, assessment_id: str, item_id: str, kind: str, texts: list[str]
) -> None:
    connection.execute(_DELETE_TEXTS, {"a": assessment_id, "i": item_id, "k": kind})
    if texts:
        connection.execute(
            _INSERT_TEXT,
            [
                {
                    "assessment_id": assessment_id,
                    "item_id": item_id,
                    "kind": kind,
                    "position": position,
                    "text": text,
                }
                for position, text in enumerate(texts)
            ],
        )


def evidence_info(row: Row[Any]) -> EvidenceInfo:
    return EvidenceInfo(row.sha256, row.name, row.size, row.media_type)


def item_details(connection: Connection, assessment_id: str) -> dict[str, ItemDetail]:
    """Every item something was entered for, in the framework's natural order."""
    scores = {
        row.item_id: row
        for row in connection.execute(select(ITEMS).where(ITEMS.c.assessment_id == assessment_id))
    }
    texts: dict[tuple[str, str], list[str]] = {}
    for row in connection.execute(
        select(ITEM_TEXTS)
        .where(ITEM_TEXTS.c.assessment_id == assessment_id)
        .order_by(ITEM_TEXTS.c.item_id, ITEM_TEXTS.c.kind, ITEM_TEXTS.c.position)
    ):
        texts.setdefault((row.item_id, row.kind), []).append(row.text)
    attached: dict[str, list[EvidenceInfo]] = {}
    for row in connection.execute(
        select(EVIDENCE).where(EVIDENCE.c.assessment_id == assessment_id).order_by(EVIDENCE.c.id)
    ):
        attached.setdefault(row.item_id, []).append(evidence_info(row))
    item_ids = sorted(set(scores) | {item for item, _ in texts} | set(attached), key=natural_order)
    details = {}
    for item_id in item_ids:
        score = scores.get(item_id)
        details[item_id] = ItemDetail(
            item_id=item_id,
            attributes=json.loads(score.attributes) if score else {},
            overall=score.overall if score else None,
            justification=(score.justification or "") if score else "",
            not_assessed=score.not_assessed if score else None,
            strengths=tuple(texts.get((item_id, "strengths"), ())),
            afis=tuple(texts.get((item_id, "afis"), ())),
            site_visit_issues=tuple(texts.get((item_id, "site_visit_issues"), ())),
            evidence=tuple(attached.get(item_id, ())),
        )
    return details


def natural_order(item_id: str) -> tuple[tuple[int, int | str], ...]:
    """'2a' before '10a', '1.2' before '1.10'."""
    parts: list[tuple[int, int | str]] = []
    number = ""
    for char in item_id:
        if char.isdigit():
            number += char
            continue
        if number:
            parts.append((0, int(number)))
            number = ""
        parts.append((1, char))
    if number:
        parts.append((0, int(number)))
    return tuple(parts)


class Frameworks:
    """The frameworks this profile's assessments were started with, each loaded once."""

    def __init__(self) -> None:
        self._loaded: dict[str, Framework] = {}

    def of(self, row: Row[Any], *, check_hash: bool = False) -> Framework:
        """The assessment's framework; ``check_hash`` refuses an installed file that differs
        from the one the assessment was started with (scores would not be comparable)."""
        key = f"{row.framework_id} {row.framework_hash}"
        framework = self._loaded.get(key)
        if framework is None:
            framework = load_framework_version(row.framework_id, row.framework_hash)
            if framework is None:
                framework = load_framework(row.framework_id)
            self._loaded[key] = framework
        if check_hash and framework.content_hash != row.framework_hash:
            raise IpmsError(
                msgs.ASSESSMENT_STARTED_FRAMEWORK_BUT_INSTALLED,
                row_id=row.id,
                framework_id=row.framework_id,
                framework_hash=row.framework_hash,
                content_hash=framework.content_hash,
            )
        return framework

    def item_context(
        self, connection: Connection, assessment_id: str, item_id: str
    ) -> tuple[Framework, Panel, Row[Any]]:
        """The framework and panel an item is scored under; refuses an unknown item."""
        row = assessment_row(connection, assessment_id)
        framework = self.of(row)
        if item_id not in framework.items:
            raise IpmsError(
                msgs.ITEM_NOT_FRAMEWORK_ITEMS_ARE_3,
                item_id=item_id,
                framework_id=framework.id,
                items=", ".join(framework.items),
            )
        return framework, resolve_panel(framework, row.panel), row
