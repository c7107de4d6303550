"""The first consolidation schema: merged bundles, their rows, and consensus drafts.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundles",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("assessment_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("signer_fingerprint", sa.String(80), nullable=False),
        sa.Column("signer_name", sa.Text, nullable=False),
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column("framework_id", sa.String(40), nullable=False),
        sa.Column("framework_hash", sa.String(80), nullable=False),
        sa.Column("panel", sa.String(40), nullable=False),
        sa.Column("audit_head", sa.String(160), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("merged_at", sa.String(40), nullable=False),
        sa.Column("content_digest", sa.String(80), nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name="pk_bundles"),
        sa.UniqueConstraint(
            "kind",
            "assessment_id",
            "signer_fingerprint",
            "revision",
            name="uq_bundles_kind_assessment_id_signer_fingerprint_revision",
        ),
    )
    op.create_index("ix_bundles_institution_cycle", "bundles", ["institution", "cycle"])
    op.create_index(
        "uq_bundles_one_current",
        "bundles",
        ["kind", "assessment_id", "signer_fingerprint"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_table(
        "item_scores",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("attribute_id", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.bundle_id"],
            name="fk_item_scores_bundle_id_bundles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bundle_id", "item_id", "attribute_id", name="pk_item_scores"),
    )
    op.create_table(
        "item_notes",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("note_kind", sa.String(24), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.bundle_id"],
            name="fk_item_notes_bundle_id_bundles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "bundle_id", "item_id", "note_kind", "position", name="pk_item_notes"
        ),
    )
    op.create_table(
        "item_evidence",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.bundle_id"],
            name="fk_item_evidence_bundle_id_bundles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bundle_id", "item_id", "sha256", name="pk_item_evidence"),
    )
    op.create_table(
        "consensus_drafts",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("consensus_id", sa.String(64), nullable=False),
        sa.Column("last_exported_revision", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("institution", "cycle", name="pk_consensus_drafts"),
        sa.UniqueConstraint("consensus_id", name="uq_consensus_drafts_consensus_id"),
    )
    op.create_table(
        "consensus_overrides",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("attribute_id", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("justification", sa.Text, nullable=False),
        sa.Column("set_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint(
            "institution", "cycle", "item_id", "attribute_id", name="pk_consensus_overrides"
        ),
    )
    op.create_table(
        "consensus_note_lists",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("note_kind", sa.String(24), nullable=False),
        sa.Column("texts", sa.Text, nullable=False),
        sa.Column("set_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint(
            "institution", "cycle", "item_id", "note_kind", name="pk_consensus_note_lists"
        ),
    )
