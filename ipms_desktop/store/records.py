"""What the store hands to the GUI and the command line: plain frozen values, no ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TEXT_KINDS = ("strengths", "afis", "site_visit_issues")


@dataclass(frozen=True)
class EvidenceInfo:
    sha256: str
    name: str
    size: int
    media_type: str

    def as_dict(self) -> dict[str, object]:
        return {
            "sha256": self.sha256,
            "name": self.name,
            "size": self.size,
            "media_type": self.media_type,
        }


@dataclass(frozen=True)
class ItemDetail:
    """Everything entered for one item (scores as integers on the framework's scale)."""

    item_id: str
    attributes: dict[str, int] = field(default_factory=dict)
    overall: int | None = None
    justification: str = ""
    not_assessed: str | None = None
    strengths: tuple[str, ...] = ()
    afis: tuple[str, ...] = ()
    site_visit_issues: tuple[str, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()

    def scoring_entry(self) -> dict[str, object]:
        """The item as a scoring-sheet entry (keys only where something was entered)."""
        entry: dict[str, object] = {}
        if self.attributes:
            entry["attributes"] = dict(self.attributes)
        if self.overall is not None:
            entry["overall"] = self.overall
        if self.justification:
            entry["justification"] = self.justification
        if self.not_assessed is not None:
            entry["not_assessed"] = self.not_assessed
        return entry

    def document_entry(self) -> dict[str, object]:
        """The item as it appears in the assessment document."""
        entry = self.scoring_entry()
        for kind in TEXT_KINDS:
            texts = getattr(self, kind)
            if texts:
                entry[kind] = list(texts)
        if self.evidence:
            entry["evidence"] = [info.as_dict() for info in self.evidence]
        return entry


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    institution: str
    cycle: int
    framework_id: str
    framework_hash: str
    panel: str
    status: str
    revision: int
    items_scored: int
    items_total: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AssessmentDetail:
    summary: AssessmentSummary
    items: dict[str, ItemDetail]


@dataclass(frozen=True)
class VerifyReport:
    """``ok`` only when the database, its encryption and the audit chain all check out."""

    integrity_check: tuple[str, ...]
    cipher_integrity_check: tuple[str, ...]
    audit_events: int
    audit_head: str
    audit_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return (
            self.integrity_check == ("ok",)
            and not self.cipher_integrity_check
            and not self.audit_problems
        )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created_at: str
