"""The consolidation database schema, one definition for SQLCipher files and PostgreSQL.

Every merged bundle is kept (current or superseded) so that nothing a team sent is
ever lost; scores and texts are also spread into plain rows so that CoMSEC's analysts
can query them with SQL. Unique constraints, not application checks alone, are what
stop two concurrent merges from doubling a bundle or making two revisions current.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

METADATA = MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    }
)

# Bundle kinds this database accepts.
KIND_ASSESSMENT = "assessment"
KIND_CONSENSUS = "consensus"

bundles = Table(
    "bundles",
    METADATA,
    Column("bundle_id", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    # For a consensus bundle this is the consensus id; revision counts its exports.
    Column("assessment_id", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    # The signing certificate's SHA-256 fingerprint, kept for the record.
    Column("signer_fingerprint", String(80), nullable=False),
    # The signing key (``sha256:`` of its SubjectPublicKeyInfo); ``certificate:<fingerprint>``
    # for rows merged before keys were recorded, until a bundle of that certificate arrives.
    Column("signer_key", String(96), nullable=False),
    # The signer's lineage: the earliest key that ``signer_key`` continues (key links), so
    # a renewed or replaced key goes on revising the same assessments.
    Column("signer_identity", String(96), nullable=False),
    Column("signer_name", Text, nullable=False),
    Column("institution", Text, nullable=False),
    Column("cycle", Integer, nullable=False),
    Column("framework_id", String(40), nullable=False),
    Column("framework_hash", String(80), nullable=False),
    Column("panel", String(40), nullable=False),
    Column("audit_head", String(160), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("merged_at", String(40), nullable=False),
    Column("content_digest", String(80), nullable=False),
    Column("source_file", Text, nullable=False),
    Column("is_current", Boolean, nullable=False),
    Column("document", Text, nullable=False),
    UniqueConstraint("kind", "assessment_id", "signer_identity", "revision"),
    Index("ix_bundles_institution_cycle", "institution", "cycle"),
    # Merge looks rows up by key (rows recorded by certificate, key links).
    Index("ix_bundles_signer_key", "signer_key"),
)

# At most one current revision per assessment and signer, even under concurrent merges.
Index(
    "uq_bundles_one_current",
    bundles.c.kind,
    bundles.c.assessment_id,
    bundles.c.signer_identity,
    unique=True,
    sqlite_where=bundles.c.is_current,
    postgresql_where=bundles.c.is_current,
)

item_scores = Table(
    "item_scores",
    METADATA,
    Column(
        "bundle_id",
        String(64),
        ForeignKey("bundles.bundle_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("item_id", String(16), primary_key=True),
    # An attribute id, or OVERALL_ATTRIBUTE for the assessor's entered overall score.
    Column("attribute_id", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)

OVERALL_ATTRIBUTE = "*overall"

item_notes = Table(
    "item_notes",
    METADATA,
    Column(
        "bundle_id",
        String(64),
        ForeignKey("bundles.bundle_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("item_id", String(16), primary_key=True),
    # strength, afi, site_visit_issue, justification or not_assessed
    Column("note_kind", String(24), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
)

item_evidence = Table(
    "item_evidence",
    METADATA,
    Column(
        "bundle_id",
        String(64),
        ForeignKey("bundles.bundle_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("item_id", String(16), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("media_type", Text, nullable=False),
)

consensus_drafts = Table(
    "consensus_drafts",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("consensus_id", String(64), nullable=False, unique=True),
    Column("last_exported_revision", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
    # The lifecycle: None until the consensus is started (individual revisions frozen);
    # ``exported_at`` equals ``updated_at`` while nothing changed since the last export.
    Column("started_at", String(40), nullable=True),
    Column("exported_at", String(40), nullable=True),
)

# The individual revisions a started consensus rests on (frozen at start, rebased on reopen).
consensus_based_on = Table(
    "consensus_based_on",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("bundle_id", String(64), primary_key=True),
    Column("assessment_id", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
)

# Start and reopen, in order: who, when, why, and what they rested on (JSON ``detail``).
consensus_events = Table(
    "consensus_events",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("event", String(16), nullable=False),
    Column("at", String(40), nullable=False),
    Column("by", Text, nullable=False),
    Column("justification", Text, nullable=False),
    Column("detail", Text, nullable=False),
)

# Items the team has marked agreed.
consensus_agreed_items = Table(
    "consensus_agreed_items",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("item_id", String(16), primary_key=True),
    Column("agreed_at", String(40), nullable=False),
)

# Key strengths and key areas for improvement for the report's executive summary: at
# most one of each kind per item.
consensus_key_points = Table(
    "consensus_key_points",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("item_id", String(16), primary_key=True),
    Column("point_kind", String(24), primary_key=True),
    Column("text", Text, nullable=False),
    Column("set_at", String(40), nullable=False),
)

consensus_overrides = Table(
    "consensus_overrides",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("item_id", String(16), primary_key=True),
    # An attribute id, or OVERALL_ATTRIBUTE for the item's agreed overall.
    Column("attribute_id", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
    Column("justification", Text, nullable=False),
    Column("set_at", String(40), nullable=False),
)

# An edited strengths or AFI list replaces the gathered one; the row's presence means
# "edited", so an emptied list stays empty.
consensus_note_lists = Table(
    "consensus_note_lists",
    METADATA,
    Column("institution", Text, primary_key=True),
    Column("cycle", Integer, primary_key=True, autoincrement=False),
    Column("item_id", String(16), primary_key=True),
    Column("note_kind", String(24), primary_key=True),
    Column("texts", Text, nullable=False),
    Column("set_at", String(40), nullable=False),
)

# Signed statements merge has installed, newest per kind and scope: the trust settings
# (scope: root fingerprint), a cycle's team assignments (scope: the cycle) and key links
# (scope: the next key). ``content`` is the verified payload (the trust file itself for
# trust settings), so later merges use them without the file.
STATEMENT_TRUST = "trust-settings"
STATEMENT_ASSIGNMENTS = "team-assignments"
STATEMENT_KEY_LINK = "key-link"

signed_statements = Table(
    "signed_statements",
    METADATA,
    Column("kind", String(32), primary_key=True),
    Column("scope", String(96), primary_key=True),
    Column("serial", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("installed_at", String(40), nullable=False),
)

ALL_TABLES = (
    bundles,
    item_scores,
    item_notes,
    item_evidence,
    consensus_drafts,
    consensus_overrides,
    consensus_note_lists,
    consensus_based_on,
    consensus_events,
    consensus_agreed_items,
    consensus_key_points,
    signed_statements,
)
