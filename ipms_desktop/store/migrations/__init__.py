"""The numbered schema chain (Alembic revisions ``0001``, ``0002``, ...), run from code.

No ``alembic.ini`` is needed at run time: the script directory is this package (its
``env.py`` and ``versions`` folder ship as data with the installer) and the migrations
run on the profile's own keyed connection, inside one transaction per upgrade. Alembic
is imported only when an upgrade is due, so unlocking an up-to-date profile stays fast.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

logger = logging.getLogger(__name__)

VERSIONS_DIR = Path(__file__).resolve().parent / "versions"
# The newest revision in ``versions``; a test checks it against the chain itself.
HEAD_REVISION = "0003"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(VERSIONS_DIR.parent))
    return config


@cache
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> list[str]:
    """Every revision this application knows, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The profile's schema revision (``None`` for an empty database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction (all steps apply, or none)."""
    from alembic import command

    config = _config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()
    logger.info("profile schema upgraded to %s", target)
