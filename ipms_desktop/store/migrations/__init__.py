"""The numbered schema chain (Alembic revisions ``0001``, ``0002``, ...), run from code.

No ``alembic.ini`` is needed at run time: the script directory is this package (its
``env.py`` and ``versions`` folder ship as data with the installer) and the migrations
run on the profile's own keyed connection, inside one transaction per upgrade.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

logger = logging.getLogger(__name__)

VERSIONS_DIR = Path(__file__).resolve().parent / "versions"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(VERSIONS_DIR.parent))
    return config


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("the migration chain has no head revision")
    return head


def known_revisions() -> list[str]:
    """Every revision this application knows, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The profile's schema revision (``None`` for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction (all steps apply, or none)."""
    config = _config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()
    logger.info("profile schema upgraded to %s", target)
