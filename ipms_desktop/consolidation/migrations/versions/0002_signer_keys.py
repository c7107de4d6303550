"""Signers by key: lineages keyed by signer identity, and the signed statements merge keeps.

Rows merged before this upgrade recorded only the certificate fingerprint; their key and
identity become ``certificate:<fingerprint>`` until a bundle signed with that very
certificate (or a key link naming it) tells merge the key behind it.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("uq_bundles_one_current", table_name="bundles")
    with op.batch_alter_table("bundles") as batch:
        batch.add_column(sa.Column("signer_key", sa.String(96), nullable=True))
        batch.add_column(sa.Column("signer_identity", sa.String(96), nullable=True))
    legacy = sa.literal("certificate:") + sa.column("signer_fingerprint")
    bundles = sa.table(
        "bundles",
        sa.column("signer_fingerprint", sa.String),
        sa.column("signer_key", sa.String),
        sa.column("signer_identity", sa.String),
    )
    op.execute(bundles.update().values(signer_key=legacy, signer_identity=legacy))
    with op.batch_alter_table("bundles") as batch:
        batch.alter_column("signer_key", existing_type=sa.String(96), nullable=False)
        batch.alter_column("signer_identity", existing_type=sa.String(96), nullable=False)
        batch.drop_constraint(
            "uq_bundles_kind_assessment_id_signer_fingerprint_revision", type_="unique"
        )
        batch.create_unique_constraint(
            "uq_bundles_kind_assessment_id_signer_identity_revision",
            ["kind", "assessment_id", "signer_identity", "revision"],
        )
    op.create_index(
        "uq_bundles_one_current",
        "bundles",
        ["kind", "assessment_id", "signer_identity"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_index("ix_bundles_signer_key", "bundles", ["signer_key"])
    op.create_table(
        "signed_statements",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("scope", sa.String(96), nullable=False),
        sa.Column("serial", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("installed_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope", name="pk_signed_statements"),
    )
