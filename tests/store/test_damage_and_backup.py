"""Damaged databases are named with the latest backup offered; backups never leave
partial files, even on a full disk; a backup restores."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ipms_desktop import atomic
from ipms_desktop.errors import IpmsError
from ipms_desktop.store import backups
from ipms_desktop.store.opening import restore_profile, unlock_profile
from ipms_desktop.store.paths import database_path
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE


def damage(path: Path, offset: int, length: int = 64) -> None:
    with open(path, "r+b") as stream:
        stream.seek(offset)
        original = stream.read(length)
        stream.seek(offset)
        stream.write(bytes(b ^ 0xFF for b in original))


@pytest.fixture
def closed_profile_with_backup(created: tuple[Profile, str], profile_dir: Path) -> Path:
    """A closed profile with some data and (from its first unlock) an automatic backup."""
    profile, _ = created
    assessment = profile.assessments.create("Ministry of Health", "efqm-2013", 2026)
    for value in range(0, 100, 5):
        profile.scores.set_texts(assessment, "1a", "strengths", [f"strength {value}" * 50])
    profile.close()
    unlock_profile(profile_dir, PASSPHRASE).close()
    assert backups.latest_backup(profile_dir) is not None
    return profile_dir


def test_damaged_page_is_detected_and_backup_offered(closed_profile_with_backup: Path) -> None:
    folder = closed_profile_with_backup
    database = database_path(folder)
    damage(database, database.stat().st_size // 2)
    with pytest.raises(IpmsError) as raised:
        unlock_profile(folder, PASSPHRASE)
    message = str(raised.value)
    assert message.startswith(f"database damaged: {database}")
    latest = backups.latest_backup(folder)
    assert f"latest backup is {latest}" in message
    assert "ipms profile restore" in message
    assert "wrong passphrase" not in message


def test_damaged_first_page_is_not_taken_for_a_wrong_passphrase(
    closed_profile_with_backup: Path,
) -> None:
    damage(database_path(closed_profile_with_backup), 100)
    with pytest.raises(IpmsError, match="database damaged"):
        unlock_profile(closed_profile_with_backup, PASSPHRASE)


def test_missing_database_is_named(closed_profile_with_backup: Path) -> None:
    database_path(closed_profile_with_backup).unlink()
    with pytest.raises(IpmsError, match=r"database file is missing.*latest backup is"):
        unlock_profile(closed_profile_with_backup, PASSPHRASE)


def test_restore_latest_backup(closed_profile_with_backup: Path) -> None:
    folder = closed_profile_with_backup
    database = database_path(folder)
    damage(database, database.stat().st_size // 2)
    latest = backups.latest_backup(folder)
    assert latest is not None
    set_aside = restore_profile(folder, latest, PASSPHRASE)
    assert set_aside.exists()
    with unlock_profile(folder, PASSPHRASE) as profile:
        assert profile.verify().ok
        assert profile.assessments.summaries()[0].institution == "Ministry of Health"


def test_restore_refuses_a_damaged_backup_or_wrong_passphrase(
    closed_profile_with_backup: Path,
) -> None:
    latest = backups.latest_backup(closed_profile_with_backup)
    assert latest is not None
    with pytest.raises(IpmsError, match="wrong passphrase"):
        restore_profile(closed_profile_with_backup, latest, "nope")
    damage(latest, latest.stat().st_size // 2)
    with pytest.raises(IpmsError, match="cannot be restored"):
        restore_profile(closed_profile_with_backup, latest, PASSPHRASE)


def test_backup_to_a_file_opens_in_a_new_folder(
    profile: Profile, assessment_id: str, tmp_path: Path
) -> None:
    profile.scores.set_attribute(assessment_id, "2b", "sound", 75)
    out = tmp_path / "usb" / "ipms-backup.db"
    out.parent.mkdir()
    database, slots = profile.backup(out)
    assert (database, slots.name) == (out, "ipms-backup.db.keyslots.json")
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "ipms-backup.db",
        "ipms-backup.db.keyslots.json",
    ]
    elsewhere = tmp_path / "new-laptop"
    restore_profile(elsewhere, out, PASSPHRASE)
    with unlock_profile(elsewhere, PASSPHRASE) as restored:
        assert restored.assessments.get(assessment_id).items["2b"].attributes == {"sound": 75}


def test_full_disk_during_backup_leaves_no_partial_file(
    profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(path: Path) -> None:
        assert path.stat().st_size > 0
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "fsync_file", no_space)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    with pytest.raises(IpmsError, match="not enough disk space"):
        profile.backup(out_dir / "backup.db")
    assert list(out_dir.iterdir()) == []


def test_full_disk_while_copying_the_slot_file(
    profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(source: Path, target: Path) -> None:
        raise atomic.disk_error(OSError(errno.ENOSPC, "No space left on device"), target)

    monkeypatch.setattr(backups, "copy_file", no_space)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    with pytest.raises(IpmsError, match="not enough disk space"):
        profile.backup(out_dir / "backup.db")
    assert list(out_dir.iterdir()) == []


FILE_SIZE_LIMIT_SCRIPT = textwrap.dedent(
    """
    import resource, signal, sys
    from ipms_desktop.errors import IpmsError
    from ipms_desktop.store.opening import unlock_profile
    profile = unlock_profile(sys.argv[1], sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
    try:
        profile.backup(sys.argv[3])
    except IpmsError as error:
        print(error)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file size limit")
def test_real_write_failure_during_backup_leaves_no_partial_file(
    closed_profile_with_backup: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "small-stick"
    out_dir.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            FILE_SIZE_LIMIT_SCRIPT,
            str(closed_profile_with_backup),
            PASSPHRASE,
            str(out_dir / "backup.db"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert (
        "could not copy the profile database" in result.stdout or "disk space" in result.stdout
    ), result
    assert list(out_dir.iterdir()) == []


def test_automatic_backups_rotate(
    created: tuple[Profile, str], profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created[0].close()
    monkeypatch.setattr(backups, "auto_backup_due", lambda folder, now: True)
    for _ in range(7):
        unlock_profile(profile_dir, PASSPHRASE).close()
    autos = [p for p in backups.list_backups(profile_dir) if p.name.startswith("auto-")]
    assert len(autos) == backups.STORE.auto_backups_kept
