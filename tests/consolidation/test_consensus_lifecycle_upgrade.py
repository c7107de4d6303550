"""Upgrading a consolidation file made by schema revision 0002 (the committed fixture) to
the consensus lifecycle: a backup first, the draft and its override kept, the draft open
until it is started, and PostgreSQL at 0002 upgraded with its rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from ipms_desktop.consolidation import database as database_module
from ipms_desktop.consolidation.consensus import load_consensus, start_consensus
from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.store.keyslots import KdfParams

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation-v2" / "consolidation"
FIXTURE_PASSPHRASE = "fixture consolidation passphrase v2"
INSTITUTION = "Ministry of Fixtures"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "old")
    return tmp_path / "old" / "consolidation.db"


def _open(path: Path):
    return open_consolidation_database(
        str(path), lambda _creating: FIXTURE_PASSPHRASE, kdf_params=KdfParams(64, 1, 1)
    )


def _version(connection) -> str:
    return connection.execute(text("SELECT version_num FROM consolidation_schema_version")).scalar()


def test_the_0002_fixture_upgrades_after_a_backup_and_keeps_the_draft(old_file: Path) -> None:
    with _open(old_file) as database:
        assert database.read(_version) == "0003"
        view = load_consensus(database, INSTITUTION, 2026)
        assert view.consensus_id == "c0c0c0c00000000000000000000000cc"
        assert view.last_exported_revision == 1
        assert view.state == "open" and view.lifecycle == () and view.agreed_items == set()
        sound = next(i for i in view.items if i.item.id == "1a").attributes[0]
        assert (sound.consensus, sound.justification) == (80, "fixture override")
        event = start_consensus(database, INSTITUTION, 2026, by="Lead")
        assert event is not None and len(event.detail["revisions"]) == 2
        assert load_consensus(database, INSTITUTION, 2026).state == "started"
    [backup] = sorted(old_file.parent.glob("consolidation.db.pre-upgrade-0002-*.db"))
    assert backup.with_name(backup.name + ".keyslots.json").exists()
    assert b"Ministry of Fixtures" not in backup.read_bytes(), "the backup is encrypted"
    engine = database_module._local_file_engine(
        backup, lambda _creating: FIXTURE_PASSPHRASE, None, None, None
    )
    try:
        with engine.connect() as connection:
            assert _version(connection) == "0002"
            assert connection.execute(text("SELECT count(*) FROM consensus_overrides")).scalar()
    finally:
        engine.dispose()


def test_the_upgraded_fixture_has_exactly_the_declared_schema(old_file: Path) -> None:
    from tests.consolidation.test_consolidation_upgrade import _schema_differences

    with _open(old_file) as database:
        assert _schema_differences(database) == []


@pytest.mark.postgres
def test_a_postgresql_database_at_0002_upgrades_with_its_draft(postgres_url):
    from alembic import command
    from sqlalchemy import create_engine

    from tests.consolidation.test_consolidation_upgrade import _schema_differences

    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        command.upgrade(database_module._alembic_config(connection), "0002")
        connection.execute(
            text(
                "INSERT INTO consensus_drafts (institution, cycle, consensus_id, "
                "last_exported_revision, updated_at) VALUES ('Ministry of Fixtures', 2026, "
                "'cc', 1, '2026-11-24T09:00:00+00:00')"
            )
        )
    engine.dispose()
    with open_consolidation_database(postgres_url) as database:
        assert database.read(_version) == "0003"
        assert _schema_differences(database) == []
        row = database.read(
            lambda c: c.execute(
                text("SELECT consensus_id, started_at, exported_at FROM consensus_drafts")
            ).one()
        )
        assert tuple(row) == ("cc", None, None)
