"""Files holding secrets or assessment content are their owner's alone, and what a killed
write leaves behind is cleared at the next unlock."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from ipms_desktop.atomic import remove_stale_parts, write_bytes_atomically
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.paths import backup_dir
from ipms_desktop.store.profile import Profile
from tests.store.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_profile_is_private(created, profile_dir: Path, tmp_path: Path) -> None:
    profile, _ = created
    assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.backup(tmp_path / "copy.db")
    profile.close()
    with unlock_profile(profile_dir, PASSPHRASE):
        pass  # an unlock also writes an automatic backup
    assert mode(profile_dir) == 0o700
    assert mode(backup_dir(profile_dir)) == 0o700
    files = [path for path in profile_dir.rglob("*") if path.is_file()]
    assert any(path.parent == backup_dir(profile_dir) for path in files)
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
    assert mode(tmp_path / "copy.db") == 0o600
    assert mode(tmp_path / "copy.db.keyslots.json") == 0o600


def test_an_older_profile_is_made_private_at_unlock(created, profile_dir: Path) -> None:
    profile, _ = created
    profile.close()
    os.chmod(profile_dir, 0o755)
    for path in profile_dir.iterdir():
        if path.is_file():
            os.chmod(path, 0o644)
    with unlock_profile(profile_dir, PASSPHRASE):
        pass
    assert mode(profile_dir) == 0o700
    assert all(mode(path) == 0o600 for path in profile_dir.iterdir() if path.is_file())


def test_atomic_writes_are_private(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    write_bytes_atomically(target, b"content")
    assert mode(target) == 0o600


def _left_over(folder: Path, name: str, age_seconds: float) -> Path:
    part = folder / f".{name}.0123456789ab.part"
    part.write_bytes(b"half a bundle")
    past = time.time() - age_seconds
    os.utime(part, (past, past))
    return part


def test_stale_parts_go_and_fresh_ones_stay(tmp_path: Path) -> None:
    old = _left_over(tmp_path, "a.ipmsb", 7200)
    fresh = _left_over(tmp_path, "b.ipmsb", 10)
    unrelated = tmp_path / ".notes.part"
    unrelated.write_bytes(b"someone else's")
    assert remove_stale_parts(tmp_path) == [old]
    assert fresh.exists() and unrelated.exists()


def test_unlock_clears_parts_in_the_profile_and_its_export_folders(
    created, profile_dir: Path, tmp_path: Path
) -> None:
    profile: Profile = created[0]
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    profile.settings.remember_output_folder(stick)
    profile.close()
    in_profile = _left_over(profile_dir, "profile.db", 7200)
    in_backups = _left_over(backup_dir(profile_dir), "auto.db", 7200)
    on_stick = _left_over(stick, "Ministry-of-Trade-2026-r1.ipmsb", 7200)
    with unlock_profile(profile_dir, PASSPHRASE):
        pass
    assert not in_profile.exists() and not in_backups.exists() and not on_stick.exists()
