"""The consolidation database's numbered Alembic revisions (run by ``database._upgrade``)."""
