"""The consensus lifecycle: frozen individual revisions, start and reopen events, agreed
items and key points.

Drafts made before this upgrade stay open (not started): their next edit, export or
``ipms consensus start`` freezes the revisions current at that moment.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consensus_drafts") as batch:
        batch.add_column(sa.Column("started_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("exported_at", sa.String(40), nullable=True))
    op.create_table(
        "consensus_based_on",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("assessment_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("institution", "cycle", "bundle_id", name="pk_consensus_based_on"),
    )
    op.create_table(
        "consensus_events",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("position", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("justification", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("institution", "cycle", "position", name="pk_consensus_events"),
    )
    op.create_table(
        "consensus_agreed_items",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("agreed_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint(
            "institution", "cycle", "item_id", name="pk_consensus_agreed_items"
        ),
    )
    op.create_table(
        "consensus_key_points",
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("item_id", sa.String(16), nullable=False),
        sa.Column("point_kind", sa.String(24), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("set_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint(
            "institution", "cycle", "item_id", "point_kind", name="pk_consensus_key_points"
        ),
    )
