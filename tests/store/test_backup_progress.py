"""A backup reports its progress and can be stopped: nothing half-written is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ipms_desktop.services.profiles import backup_profile
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.profile import Profile
from tests.store.conftest import PASSPHRASE


class Stop(Exception):
    """What the GUI's Cancel raises from the progress callback."""


def grow(profile: Profile, tmp_path: Path) -> None:
    """Enough pages for the copy to report several times (an evidence file of 3 MB)."""
    assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
    evidence = tmp_path / "scan.bin"
    evidence.write_bytes(os.urandom(3 * 1024 * 1024))
    profile.evidence.add(assessment_id, "1a", evidence)


def test_progress_grows_to_the_database_size(profile: Profile, tmp_path: Path) -> None:
    grow(profile, tmp_path)
    reports: list[tuple[int, int]] = []
    copy, slots = backup_profile(
        profile, tmp_path / "stick", progress=lambda d, t: reports.append((d, t))
    )
    assert copy.exists() and slots.exists()
    assert len(reports) >= 2, "at least the start and the end"
    assert reports[0][0] == 0 and reports[0][1] > 3 * 1024 * 1024, "the database's size"
    assert reports[-1][0] == reports[-1][1] == copy.stat().st_size, "the end is 100 %"
    done = [d for d, _t in reports]
    assert done == sorted(done)


def test_a_stopped_backup_leaves_nothing_and_the_profile_still_works(
    profile: Profile, tmp_path: Path, profile_dir: Path
) -> None:
    grow(profile, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    calls = []

    def stop(done: int, total: int) -> None:
        calls.append(done)
        raise Stop

    with pytest.raises(Stop):
        backup_profile(profile, stick, progress=stop)
    assert list(stick.iterdir()) == [], "no partial copy, no key-slot file"
    assessment_id = profile.assessments.create("Ministry of Health", "efqm-2013", 2026)
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.close()
    with unlock_profile(profile_dir, PASSPHRASE) as again:
        assert again.verify().ok
