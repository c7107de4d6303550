"""Alembic environment for the consolidation database.

Always run from ``ipms_desktop.consolidation.database``, which hands over a connection
already inside the transaction (and lock) that serialises concurrent upgrades.
"""

from alembic import context

from ipms_desktop.consolidation.schema import METADATA

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=METADATA,
    version_table=context.config.attributes["version_table"],
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
