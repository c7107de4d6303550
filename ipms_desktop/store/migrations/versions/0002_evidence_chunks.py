"""Evidence contents in 1 MiB chunks (so large files never sit whole in memory) + audit index.

Existing whole-file contents from 0001 are split into chunks in the same transaction.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHUNK_BYTES = 1024 * 1024


def upgrade() -> None:
    op.create_table(
        "evidence_contents",
        sa.Column("sha256", sa.String(), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "evidence_chunks",
        sa.Column(
            "sha256",
            sa.String(),
            sa.ForeignKey("evidence_contents.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    connection = op.get_bind()
    blobs = connection.execute(sa.text("SELECT sha256 FROM evidence_blobs ORDER BY sha256"))
    for (sha256,) in blobs.fetchall():
        size, content = connection.execute(
            sa.text("SELECT size, content FROM evidence_blobs WHERE sha256 = :sha256"),
            {"sha256": sha256},
        ).one()
        chunks = [content[i : i + CHUNK_BYTES] for i in range(0, len(content), CHUNK_BYTES)]
        connection.execute(
            sa.text("INSERT INTO evidence_contents VALUES (:sha256, :size, :count)"),
            {"sha256": sha256, "size": size, "count": len(chunks)},
        )
        for seq, chunk in enumerate(chunks):
            connection.execute(
                sa.text("INSERT INTO evidence_chunks VALUES (:sha256, :seq, :data)"),
                {"sha256": sha256, "seq": seq, "data": chunk},
            )
    op.drop_table("evidence_blobs")
    op.create_index("ix_audit_events_assessment", "audit_events", ["assessment_id"])
