"""``profile.assessments``: the assessments in a profile as wholes: start, list, read,
score, fill from a sheet, export's record, delete.

Reads return frozen records (``store.records``); each change is one saved edit with its
audit event.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, Panel, load_framework
from ipms_desktop.messages import store as msgs
from ipms_desktop.scoring import (
    AssessmentScore,
    parse_sheet,
    resolve_panel,
    score_entries,
    score_item,
    score_sheet,
)
from ipms_desktop.settings import STORE
from ipms_desktop.store import audit, evidence_chunks
from ipms_desktop.store.assessment_rows import (
    Frameworks,
    assessment_row,
    item_details,
    item_state,
    replace_texts,
    save_item,
    texts_of,
)
from ipms_desktop.store.evidence import EvidenceFiles
from ipms_desktop.store.evidence_chunks import ScannedFile
from ipms_desktop.store.records import (
    TEXT_KINDS,
    AssessmentDetail,
    AssessmentSummary,
    ItemDetail,
)
from ipms_desktop.store.schema import ASSESSMENTS, EVIDENCE, ITEMS
from ipms_desktop.store.transactions import Edit, Transactions

DOCUMENT_NAME = "ipms-assessment"
DOCUMENT_FORMAT = 1
_SCORE_FIELDS = ("attributes", "overall", "justification", "not_assessed")


class Assessments:
    """Whole assessments; their items' entries are edited through ``profile.scores``."""

    def __init__(
        self, transactions: Transactions, frameworks: Frameworks, evidence: EvidenceFiles
    ) -> None:
        self._transactions = transactions
        self._frameworks = frameworks
        self._evidence = evidence

    def summaries(self) -> list[AssessmentSummary]:
        """Every assessment, newest cycle first."""
        with self._transactions.reading() as connection:
            rows = connection.execute(
                select(ASSESSMENTS).order_by(ASSESSMENTS.c.cycle.desc(), ASSESSMENTS.c.created_at)
            ).all()
            return [self._summary(connection, row) for row in rows]

    def create(
        self, institution: str, framework_id: str, cycle: int, panel: str | None = None
    ) -> str:
        """A new draft assessment; returns its id (a UUID4 hex string)."""
        if not institution.strip():
            raise IpmsError(msgs.INSTITUTION_S_NAME_EMPTY)
        if not isinstance(cycle, int) or not 2000 <= cycle <= 2100:
            raise IpmsError(msgs.CYCLE_NOT_YEAR_BETWEEN, cycle=repr(cycle))
        framework = load_framework(framework_id)
        chosen_panel = resolve_panel(framework, panel)
        assessment_id = uuid.uuid4().hex
        now = audit.utc_now()
        values = {
            "id": assessment_id,
            "institution": institution.strip(),
            "cycle": cycle,
            "framework_id": framework.id,
            "framework_hash": framework.content_hash,
            "panel": chosen_panel.id,
            "status": "draft",
            "revision": 0,
            "created_at": now,
            "updated_at": now,
        }
        with self._transactions.writing() as edit:
            edit.connection.execute(insert(ASSESSMENTS).values(**values))
            edit.audit(assessment_id, None, "assessment", None, values)
        return assessment_id

    def delete(self, assessment_id: str) -> None:
        """Delete an assessment with everything entered for it; its evidence contents are
        erased once no other attachment uses them."""
        with self._transactions.writing() as edit:
            connection = edit.connection
            row = assessment_row(connection, assessment_id)
            shas = set(
                connection.execute(
                    select(EVIDENCE.c.sha256).where(EVIDENCE.c.assessment_id == assessment_id)
                ).scalars()
            )
            connection.execute(delete(ASSESSMENTS).where(ASSESSMENTS.c.id == assessment_id))
            for sha256 in sorted(shas):
                evidence_chunks.retire_if_unused(connection, sha256)
            edit.audit(assessment_id, None, "assessment", dict(row._mapping), None)
        self._evidence.erase_unattached()

    def get(self, assessment_id: str) -> AssessmentDetail:
        with self._transactions.reading() as connection:
            row = assessment_row(connection, assessment_id)
            items = item_details(connection, assessment_id)
            return AssessmentDetail(self._summary(connection, row, items), items)

    def mark_exported(self, assessment_id: str, *, revision: int | None = None) -> int:
        """Record an export: the revision goes up by one and is returned.

        ``revision`` is the one the written bundle carries: when the assessment has moved on
        meanwhile (another export), nothing is recorded and an ``IpmsError`` says so.
        """
        with self._transactions.writing() as edit:
            row = assessment_row(edit.connection, assessment_id)
            if revision is not None and revision != row.revision + 1:
                raise IpmsError(
                    msgs.EXPORTED_MEANWHILE, assessment_id=assessment_id, revision=row.revision
                )
            revision = row.revision + 1
            edit.connection.execute(
                update(ASSESSMENTS)
                .where(ASSESSMENTS.c.id == assessment_id)
                .values(status="exported", revision=revision, updated_at=audit.utc_now())
            )
            edit.audit(
                assessment_id,
                None,
                "status",
                {"status": row.status, "revision": row.revision},
                {"status": "exported", "revision": revision},
            )
        return revision

    def document(self, assessment_id: str) -> dict[str, Any]:
        """The shared assessment document, without the ``assessor`` block export adds."""
        with self._transactions.reading() as connection:
            row = assessment_row(connection, assessment_id)
            items = item_details(connection, assessment_id)
            events, head = audit.head(connection)
        return {
            "document": DOCUMENT_NAME,
            "format": DOCUMENT_FORMAT,
            "assessment_id": row.id,
            "revision": row.revision,
            "institution": row.institution,
            "cycle": row.cycle,
            "framework": {"id": row.framework_id, "hash": row.framework_hash},
            "panel": row.panel,
            "audit_head": head,
            "audit_events": events,
            "items": {
                item_id: detail.document_entry()
                for item_id, detail in items.items()
                if detail.document_entry()
            },
        }

    def score(self, assessment_id: str, *, strict: bool = True) -> AssessmentScore:
        """Computed scores. ``strict`` also demands justifications (as ``ipms calc`` does);
        the editor's live totals pass ``strict=False``."""
        with self._transactions.reading() as connection:
            row = assessment_row(connection, assessment_id)
            framework = self._frameworks.of(row, check_hash=True)
            items = item_details(connection, assessment_id)
        sheet = {
            "panel": row.panel,
            "items": {item_id: detail.scoring_entry() for item_id, detail in items.items()},
        }
        if strict:
            return score_sheet(framework, sheet)
        panel, entries = parse_sheet(framework, sheet)
        return score_entries(framework, panel, entries, enforce_justification=False)

    def fill_from_sheet(
        self, assessment_id: str, sheet: Mapping[str, Any], *, base_dir: Path | None = None
    ) -> None:
        """Apply a scoring sheet (plus texts and evidence paths) as one saved edit.

        Per item, each key present replaces that field; evidence paths (relative ones
        against ``base_dir``) are attached unless the same content already is. The sheet is
        checked before any evidence is stored, and again in the edit itself; a refused
        sheet leaves nothing behind.
        """
        if not isinstance(sheet, Mapping) or not isinstance(sheet.get("items"), Mapping):
            raise IpmsError(msgs.SHEET_MUST_JSON_OBJECT_ITEMS_2)
        scans = _scan_sheet_evidence(sheet["items"], base_dir)
        if scans:
            with self._transactions.reading() as connection:
                self._checked(connection, assessment_id, sheet)
        files = [scanned for item_scans in scans.values() for scanned in item_scans]
        with self._evidence.storing(files), self._transactions.writing() as edit:
            row, panel, merged = self._checked(edit.connection, assessment_id, sheet)
            if panel.id != row.panel:
                edit.connection.execute(
                    update(ASSESSMENTS)
                    .where(ASSESSMENTS.c.id == assessment_id)
                    .values(panel=panel.id)
                )
                edit.audit(assessment_id, None, "panel", row.panel, panel.id)
            for item_id, raw in sheet["items"].items():
                _fill_item(edit, assessment_id, item_id, raw, merged[item_id])
                for scanned in scans.get(item_id, []):
                    self._evidence.attach(edit, assessment_id, item_id, scanned)

    # ----- internals -----------------------------------------------------------------------

    def _checked(
        self, connection: Connection, assessment_id: str, sheet: Mapping[str, Any]
    ) -> tuple[Row[Any], Panel, dict[str, dict[str, Any]]]:
        """The sheet checked against the assessment as saved: its row, the panel it will be
        scored under and every item's scores after the fill."""
        row = assessment_row(connection, assessment_id)
        framework = self._frameworks.of(row)
        merged = _merged_scores(connection, assessment_id, sheet["items"])
        panel, entries = parse_sheet(
            framework, {"panel": sheet.get("panel") or row.panel, "items": merged}
        )
        for item_id in sheet["items"]:
            score_item(framework, panel, framework.items[item_id], entries[item_id])
        for item_id, raw in sheet["items"].items():
            _check_texts(item_id, raw)
        return row, panel, merged

    def _summary(
        self, connection: Connection, row: Row[Any], items: dict[str, ItemDetail] | None = None
    ) -> AssessmentSummary:
        framework = self._frameworks.of(row)
        if items is None:
            items = item_details(connection, row.id)
        return _summarise(framework, row, items)


def _summarise(
    framework: Framework, row: Row[Any], items: dict[str, ItemDetail]
) -> AssessmentSummary:
    sheet = {
        "panel": row.panel,
        "items": {item_id: detail.scoring_entry() for item_id, detail in items.items()},
    }
    panel, entries = parse_sheet(framework, sheet)
    scored = score_entries(framework, panel, entries, enforce_justification=False)
    return AssessmentSummary(
        id=row.id,
        institution=row.institution,
        cycle=row.cycle,
        framework_id=row.framework_id,
        framework_hash=row.framework_hash,
        panel=row.panel,
        status=row.status,
        revision=row.revision,
        items_scored=scored.scored_count,
        items_total=len(framework.items),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _scan_sheet_evidence(
    items: Mapping[str, Any], base_dir: Path | None
) -> dict[str, list[ScannedFile]]:
    scans: dict[str, list[ScannedFile]] = {}
    for item_id, raw in items.items():
        paths = raw.get("evidence", []) if isinstance(raw, Mapping) else []
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise IpmsError(msgs.ITEM_EVIDENCE_MUST_LIST_FILE, item_id=item_id)
        for text in paths:
            path = Path(text)
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            scans.setdefault(item_id, []).append(
                evidence_chunks.scan_file(path, STORE.evidence_max_bytes)
            )
    return scans


def _merged_scores(
    connection: Connection, assessment_id: str, sheet_items: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """Every item's scores as they will be after the fill (existing ones included)."""
    existing = connection.execute(
        select(ITEMS.c.item_id).where(ITEMS.c.assessment_id == assessment_id)
    ).scalars()
    merged: dict[str, dict[str, Any]] = {}
    for item_id in [*existing, *sheet_items]:
        raw = sheet_items.get(item_id, {})
        if not isinstance(raw, Mapping):
            raise IpmsError(msgs.ITEM_MUST_OBJECT, item_id=item_id)
        current = item_state(connection, assessment_id, item_id)
        for key in _SCORE_FIELDS:
            if key in raw:
                current[key] = raw[key]
        current["attributes"] = current["attributes"] or {}
        merged[item_id] = current
    return merged


def _check_texts(item_id: str, raw: Mapping[str, Any]) -> None:
    for kind in TEXT_KINDS:
        if kind in raw:
            texts = raw[kind]
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise IpmsError(msgs.ITEM_MUST_LIST_TEXTS, item_id=item_id, kind=kind)


def _fill_item(
    edit: Edit,
    assessment_id: str,
    item_id: str,
    raw: Mapping[str, Any],
    merged: Mapping[str, Any],
) -> None:
    connection = edit.connection
    current = item_state(connection, assessment_id, item_id)
    new_state = {
        "attributes": {
            key: int(value) for key, value in merged["attributes"].items() if value is not None
        },
        "overall": None if merged["overall"] is None else int(merged["overall"]),
        "justification": merged["justification"] or None,
        "not_assessed": merged["not_assessed"],
    }
    if new_state != current:
        save_item(connection, assessment_id, item_id, new_state)
        for key in _SCORE_FIELDS:
            if new_state[key] != current[key]:
                edit.audit(assessment_id, item_id, key, current[key], new_state[key])
    for kind in TEXT_KINDS:
        if kind in raw:
            old = texts_of(connection, assessment_id, item_id, kind)
            if old != raw[kind]:
                replace_texts(connection, assessment_id, item_id, kind, list(raw[kind]))
                edit.audit(assessment_id, item_id, kind, old, list(raw[kind]))
