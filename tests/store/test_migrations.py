"""Schema upgrades: the committed revision-0001 profile upgrades (after a backup); a newer
schema is refused and left byte-identical."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from ipms_desktop.errors import IpmsError
from ipms_desktop.store import backups, keyslots, migrations
from ipms_desktop.store.database import check_file, connect_raw, open_engine
from ipms_desktop.store.opening import unlock_profile, unlock_with_recovery_code
from ipms_desktop.store.paths import database_path, slot_file_path
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE, folder_hashes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "profile-v1" / "profile"
FIXTURE_PASSPHRASE = "fixture passphrase v1"
FIXTURE_CODE = "7QK2-9XWD-4M1T-RBZE-0FHC-JP6N-VS3Y"
FIXTURE_ASSESSMENT = "a55e55e0000000000000000000000001"
FIXTURE_EVIDENCE = b"Fixture evidence: minutes of the strategy review meeting.\n" * 40


@pytest.fixture
def old_profile(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    return folder


def revision_of(path: Path, data_key: bytes) -> str:
    connection = connect_raw(path, data_key, profile_pragmas=False)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_chain_is_numbered_and_linear() -> None:
    assert migrations.known_revisions()[:3] == ["0001", "0002", "0003"]
    assert migrations.head_revision() == migrations.known_revisions()[-1]


def test_fixture_is_at_revision_0001(old_profile: Path) -> None:
    slot_file = keyslots.read_slot_file(slot_file_path(old_profile))
    key = keyslots.unlock_with_passphrase(slot_file, FIXTURE_PASSPHRASE)
    assert revision_of(database_path(old_profile), key) == "0001"


def test_fixture_upgrades_with_a_backup_first(old_profile: Path) -> None:
    with unlock_profile(old_profile, FIXTURE_PASSPHRASE) as profile:
        assert profile.name == "Fixture profile v1"
        detail = profile.assessments.get(FIXTURE_ASSESSMENT)
        item = detail.items["1a"]
        assert item.attributes == {"sound": 55, "integrated": 50}
        assert item.strengths == ("Clear mission", "رؤية واضحة")
        assert detail.items["9b"].not_assessed == "figures withheld"
        [evidence] = item.evidence
        assert evidence.sha256 == hashlib.sha256(FIXTURE_EVIDENCE).hexdigest()
        assert b"".join(profile.evidence.iter_chunks(evidence.sha256)) == FIXTURE_EVIDENCE
        assert profile.settings.get("ui.language") == "ar"
        assert profile.keys.get_secret("fixture.secret") == b"\x00\x01\x02\x03"
        report = profile.verify()
        # The six fixture events, resealed under the chain's key, and the reseal's own event
        # recording the unkeyed chain it replaced (with no break found in it).
        assert report.ok and report.audit_events == 7, report.audit_problems
        with profile._transactions.reading() as connection:
            reseal = connection.execute(
                text("SELECT field, old_value FROM audit_events WHERE seq = 7")
            ).one()
        assert reseal.field == "audit-chain"
        recorded = json.loads(reseal.old_value)
        assert (recorded["format"], recorded["events"], recorded["problems"]) == (1, 6, [])
        profile.scores.set_attribute(FIXTURE_ASSESSMENT, "1a", "implemented", 60)
        assert profile.verify().audit_events == 8
        data_key = profile.keys._data_key
    assert revision_of(database_path(old_profile), data_key) == migrations.head_revision()
    pre_upgrade = [p for p in backups.list_backups(old_profile) if "pre-upgrade-0001" in p.name]
    assert len(pre_upgrade) == 1
    assert check_file(pre_upgrade[0], data_key) == []
    assert revision_of(pre_upgrade[0], data_key) == "0001"
    before_keying = [p for p in backups.list_backups(old_profile) if "audit-chain-1" in p.name]
    assert len(before_keying) == 1 and check_file(before_keying[0], data_key) == []


def test_fixture_recovery_code_still_works(old_profile: Path) -> None:
    with unlock_with_recovery_code(old_profile, FIXTURE_CODE) as profile:
        assert profile.assessments.summaries()[0].institution == "Ministry of Fixtures"


def test_newer_schema_is_refused_and_left_untouched(
    created: tuple[Profile, str], profile_dir: Path
) -> None:
    profile, _ = created
    with profile._transactions.writing() as edit:
        edit.connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    profile.close()
    before = folder_hashes(profile_dir)
    with pytest.raises(IpmsError, match="newer than this application") as raised:
        unlock_profile(profile_dir, PASSPHRASE)
    assert "update IPMS Desktop" in str(raised.value)
    assert folder_hashes(profile_dir) == before


def test_failed_upgrade_changes_nothing_but_leaves_the_backup(
    old_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_upgrade(engine: object, target: str = "head") -> None:
        with engine.begin() as connection:  # type: ignore[attr-defined]
            connection.execute(text("CREATE TABLE half_done (x)"))
            connection.execute(text("INSERT INTO no_such_table VALUES (1)"))

    monkeypatch.setattr(migrations, "upgrade", broken_upgrade)
    with pytest.raises(IpmsError, match="upgrading the profile") as raised:
        unlock_profile(old_profile, FIXTURE_PASSPHRASE)
    assert "pre-upgrade-0001" in str(raised.value)
    monkeypatch.undo()
    slot_file = keyslots.read_slot_file(slot_file_path(old_profile))
    key = keyslots.unlock_with_passphrase(slot_file, FIXTURE_PASSPHRASE)
    assert revision_of(database_path(old_profile), key) == "0001"
    with unlock_profile(old_profile, FIXTURE_PASSPHRASE) as profile:
        assert profile.verify().ok


def test_pinned_head_matches_the_chain() -> None:
    assert migrations.head_revision() == migrations.script_directory().get_current_head()


BROKEN_0002 = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("x", sa.Integer()))
    op.execute("DELETE FROM evidence_blobs")
    op.execute("INSERT INTO no_such_table VALUES (1)")
"""


def test_a_failing_migration_step_rolls_back_completely(
    old_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(migrations.__file__).parent
    chain = tmp_path / "chain"
    (chain / "versions").mkdir(parents=True)
    shutil.copy(package / "env.py", chain / "env.py")
    shutil.copy(package / "versions" / "0001_base_schema.py", chain / "versions")
    (chain / "versions" / "0002_broken.py").write_text(BROKEN_0002)
    monkeypatch.setattr(migrations, "VERSIONS_DIR", chain / "versions")
    with pytest.raises(IpmsError, match="upgrading the profile"):
        unlock_profile(old_profile, FIXTURE_PASSPHRASE)
    monkeypatch.undo()
    slot_file = keyslots.read_slot_file(slot_file_path(old_profile))
    key = keyslots.unlock_with_passphrase(slot_file, FIXTURE_PASSPHRASE)
    connection = connect_raw(database_path(old_profile), key, profile_pragmas=False)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        blobs = connection.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]
    finally:
        connection.close()
    assert "half_done" not in tables
    assert blobs == 1
    assert revision_of(database_path(old_profile), key) == "0001"


def test_a_broken_unkeyed_chain_stays_reported_after_it_is_keyed(old_profile: Path) -> None:
    """Tampering done before the upgrade is not laundered by the reseal."""
    slot_file = keyslots.read_slot_file(slot_file_path(old_profile))
    key = keyslots.unlock_with_passphrase(slot_file, FIXTURE_PASSPHRASE)
    engine = open_engine(database_path(old_profile), key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET new_value = '95' WHERE seq = 2"))
    engine.dispose()
    with unlock_profile(old_profile, FIXTURE_PASSPHRASE) as profile:
        problems = profile.verify().audit_problems
    assert "before the chain was keyed (event 7): audit event 2 was altered" in "\n".join(
        problems
    ), problems
