"""The profile database's tables as ORM models (the newest schema revision).

Migrations under ``migrations/versions`` build these tables step by step and never
import this module, so an old revision stays reproducible when the models move on.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ProfileMeta(Base):
    """Facts about the profile itself (id, name, creation time)."""

    __tablename__ = "profile_meta"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Settings other subsystems keep inside the encrypted database (JSON values)."""

    __tablename__ = "settings"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Secret(Base):
    """Key material other subsystems keep inside the encrypted database."""

    __tablename__ = "secrets"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class Assessment(Base):
    __tablename__ = "assessments"
    __table_args__ = (CheckConstraint("status IN ('draft', 'exported')", name="status_known"),)
    id: Mapped[str] = mapped_column(String, primary_key=True)
    institution: Mapped[str] = mapped_column(Text)
    cycle: Mapped[int]
    framework_id: Mapped[str] = mapped_column(String)
    framework_hash: Mapped[str] = mapped_column(String)
    panel: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    revision: Mapped[int]
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


class ItemScore(Base):
    """One item's scores; ``attributes`` is a JSON object of attribute id -> score."""

    __tablename__ = "items"
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String, primary_key=True)
    attributes: Mapped[str] = mapped_column(Text)
    overall: Mapped[int | None]
    justification: Mapped[str | None] = mapped_column(Text)
    not_assessed: Mapped[str | None] = mapped_column(Text)


class ItemText(Base):
    """One entry of an item's strengths, AFIs or site-visit issues, in order."""

    __tablename__ = "item_texts"
    __table_args__ = (
        CheckConstraint("kind IN ('strengths', 'afis', 'site_visit_issues')", name="kind_known"),
    )
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Evidence(Base):
    """An evidence file attached to an item; its bytes live in ``evidence_chunks``."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id", "sha256", name="evidence_once"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String)
    media_type: Mapped[str] = mapped_column(String)
    added_at: Mapped[str] = mapped_column(String)


class EvidenceContent(Base):
    """One stored file content, shared by every evidence row with the same SHA-256.

    ``complete`` is set, in the edit that attaches it, once every chunk is written and the
    file's hash checked. An incomplete content (still being written, left by an interrupted
    store, or no longer attached) is never read, and is erased chunk by chunk.
    """

    __tablename__ = "evidence_contents"
    sha256: Mapped[str] = mapped_column(String, primary_key=True)
    size: Mapped[int]
    chunk_count: Mapped[int]
    complete: Mapped[bool] = mapped_column(server_default=text("1"))


class EvidenceChunk(Base):
    __tablename__ = "evidence_chunks"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("evidence_contents.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEvent(Base):
    """One link of the audit chain (see docs/profile-format.md for the hash)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_assessment", "assessment_id"),)
    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String)
    actor: Mapped[str] = mapped_column(Text)
    assessment_id: Mapped[str | None] = mapped_column(String)
    item_id: Mapped[str | None] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)


def _table(model: type[Base]) -> Table:
    """The model's table, typed as the ``Table`` it is (statements are built on tables)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


PROFILE_META = _table(ProfileMeta)
SETTINGS = _table(Setting)
SECRETS = _table(Secret)
ASSESSMENTS = _table(Assessment)
ITEMS = _table(ItemScore)
ITEM_TEXTS = _table(ItemText)
EVIDENCE = _table(Evidence)
EVIDENCE_CONTENTS = _table(EvidenceContent)
EVIDENCE_CHUNKS = _table(EvidenceChunk)
AUDIT_EVENTS = _table(AuditEvent)
