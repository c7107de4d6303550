"""Upgrading a consolidation file made by schema revision 0001 (the committed fixture): a
backup first, signers known by certificate until a bundle of that certificate arrives, and
revisions that then continue the same lineage."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ipms_desktop.consolidation import database as database_module
from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.merge import Outcome, merge_bundles
from ipms_desktop.consolidation.schema import bundles
from ipms_desktop.store.keyslots import KdfParams
from tests.consolidation_samples import (
    assessment_document,
    incoming,
    json_opener,
    key_of,
    open_local,
    write_fake_bundle,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation-v1" / "consolidation"
FIXTURE_PASSPHRASE = "fixture consolidation passphrase v1"
ONE_FINGERPRINT = "sha256:" + "a1" * 32
ONE_ASSESSMENT = "c0c0c0c0000000000000000000000001"
TWO_FINGERPRINT = "sha256:" + "b2" * 32
HEAD = "0003"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "old")
    return tmp_path / "old" / "consolidation.db"


def _open(path: Path):
    return open_consolidation_database(
        str(path), lambda _creating: FIXTURE_PASSPHRASE, kdf_params=KdfParams(64, 1, 1)
    )


def _version(database) -> str:
    return database.read(
        lambda c: c.execute(text("SELECT version_num FROM consolidation_schema_version")).scalar()
    )


def test_fixture_upgrades_after_a_backup_that_opens_at_0001(old_file: Path) -> None:
    with _open(old_file) as database:
        assert _version(database) == HEAD
        rows = database.read(
            lambda c: c.execute(
                select(bundles.c.signer_name, bundles.c.signer_key, bundles.c.signer_identity)
            ).all()
        )
    assert sorted(rows) == [
        (
            "Fixture Assessor One",
            f"certificate:{ONE_FINGERPRINT}",
            f"certificate:{ONE_FINGERPRINT}",
        ),
        (
            "Fixture Assessor Two",
            f"certificate:{TWO_FINGERPRINT}",
            f"certificate:{TWO_FINGERPRINT}",
        ),
    ]
    backups = sorted(old_file.parent.glob("consolidation.db.pre-upgrade-0001-*.db"))
    assert len(backups) == 1
    assert backups[0].with_name(backups[0].name + ".keyslots.json").exists()
    assert b"Ministry of Fixtures" not in backups[0].read_bytes(), "the backup is encrypted"
    engine = database_module._local_file_engine(
        backups[0], lambda _creating: FIXTURE_PASSPHRASE, None, None, None
    )
    try:
        with engine.connect() as connection:
            version = text("SELECT version_num FROM consolidation_schema_version")
            assert connection.execute(version).scalar() == "0001"
            assert connection.execute(text("SELECT count(*) FROM bundles")).scalar() == 2
    finally:
        engine.dispose()
    # Opening the upgraded file again takes no second backup.
    with _open(old_file):
        pass
    assert len(list(old_file.parent.glob("*.pre-upgrade-*.db"))) == 1


def _schema_differences(database) -> list:
    """What Alembic finds between the database and ``schema.py`` (its own version table
    aside): empty when the migrations build exactly the declared schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ipms_desktop.consolidation.schema import METADATA

    with database.engine.connect() as connection:
        found = compare_metadata(MigrationContext.configure(connection), METADATA)
    return [d for d in found if not (d[0] == "remove_table" and d[1].name.endswith("version"))]


def test_the_upgraded_fixture_has_exactly_the_declared_schema(old_file: Path) -> None:
    with _open(old_file) as database:
        assert _schema_differences(database) == []


def test_rows_from_before_the_upgrade_join_their_signers_key_lineage(old_file: Path) -> None:
    with _open(old_file) as database:
        revision_two = assessment_document(
            institution="Ministry of Fixtures",
            assessment_id=ONE_ASSESSMENT,
            assessor="Fixture Assessor One",
            revision=2,
            base=55,
        )
        revision_two["assessor"]["certificate_fingerprint"] = ONE_FINGERPRINT
        folder = old_file.parent
        result = merge_bundles(
            database,
            [write_fake_bundle(folder, incoming(revision_two))],
            json_opener,
            folder / "q",
        )[0]
        assert result.outcome is Outcome.MERGED, result.reason
        assert "supersedes revision 1" in result.reason
        rows = database.read(
            lambda c: c.execute(
                select(
                    bundles.c.signer_fingerprint,
                    bundles.c.signer_key,
                    bundles.c.revision,
                    bundles.c.is_current,
                )
            ).all()
        )
    by_signer = sorted((r.signer_fingerprint, r.signer_key, r.revision, r.is_current) for r in rows)
    one_key = key_of("Fixture Assessor One")
    assert by_signer == [
        (ONE_FINGERPRINT, one_key, 1, False),
        (ONE_FINGERPRINT, one_key, 2, True),
        (TWO_FINGERPRINT, f"certificate:{TWO_FINGERPRINT}", 1, True),
    ]


def test_a_new_file_has_no_backup(tmp_path: Path) -> None:
    with open_local(tmp_path / "new.db"):
        pass
    assert not list(tmp_path.glob("*.pre-upgrade-*"))


@pytest.mark.postgres
def test_a_postgresql_database_at_0001_upgrades_with_its_rows(postgres_url, tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    document = assessment_document(
        institution="Ministry of Fixtures", assessment_id=ONE_ASSESSMENT, assessor="One", base=50
    )
    document["assessor"]["certificate_fingerprint"] = ONE_FINGERPRINT
    value = incoming(document, bundle_id="1" * 32)
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        command.upgrade(database_module._alembic_config(connection), "0001")
        row = {
            "bundle_id": value.bundle_id,
            "kind": "assessment",
            "assessment_id": ONE_ASSESSMENT,
            "revision": 1,
            "signer_fingerprint": ONE_FINGERPRINT,
            "signer_name": "One",
            "institution": value.institution,
            "cycle": 2026,
            "framework_id": value.framework_id,
            "framework_hash": value.framework_hash,
            "panel": document["panel"],
            "audit_head": value.audit_head,
            "created_at": value.created_at,
            "merged_at": value.created_at,
            "content_digest": "sha256:" + "0" * 64,
            "source_file": "one.ipmsb",
            "is_current": True,
            "document": "{}",
        }
        columns = ", ".join(row)
        values = ", ".join(f":{key}" for key in row)
        connection.execute(text(f"INSERT INTO bundles ({columns}) VALUES ({values})"), row)
    engine.dispose()
    with open_consolidation_database(postgres_url) as database:
        assert _version(database) == HEAD
        assert _schema_differences(database) == []
        stored = database.read(
            lambda c: c.execute(select(bundles.c.signer_key, bundles.c.signer_identity)).one()
        )
        assert tuple(stored) == (f"certificate:{ONE_FINGERPRINT}",) * 2
        second = dict(copy.deepcopy(document), revision=2)
        result = merge_bundles(
            database, [write_fake_bundle(tmp_path, incoming(second))], json_opener, tmp_path / "q"
        )[0]
        assert result.outcome is Outcome.MERGED and "supersedes revision 1" in result.reason
