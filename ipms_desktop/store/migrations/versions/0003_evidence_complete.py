"""Evidence contents say whether they are complete, so a large file's chunks can be written
in short transactions of their own before the edit that attaches it.

Contents stored so far were written whole in one transaction: they are complete.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "evidence_contents",
        sa.Column("complete", sa.Boolean(), nullable=False, server_default=sa.text("1")),
    )
