"""Creating, unlocking and re-keying a profile; wrong secrets change nothing on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.store import keyslots
from ipms_desktop.store.keyslots import WrongSecretError
from ipms_desktop.store.opening import (
    create_profile,
    unlock_profile,
    unlock_with_escrow_key,
    unlock_with_recovery_code,
)
from ipms_desktop.store.paths import database_path, lock_file_path, slot_file_path
from ipms_desktop.store.profile import Profile

from .conftest import CHEAP_KDF, PASSPHRASE, folder_hashes


def test_create_makes_the_documented_layout(profile: Profile, profile_dir: Path) -> None:
    assert database_path(profile_dir).exists()
    assert slot_file_path(profile_dir).exists()
    assert (profile_dir / "backups").is_dir()
    assert lock_file_path(profile_dir).exists()
    assert profile.name == "Test profile"
    assert len(profile.profile_id) == 32
    assert database_path(profile_dir).read_bytes()[:16] != b"SQLite format 3\x00"


def test_reopen_after_close(created: tuple[Profile, str], profile_dir: Path) -> None:
    profile, _ = created
    assessment = profile.assessments.create("Ministry of Electricity", "efqm-2013", 2026)
    profile.close()
    assert not lock_file_path(profile_dir).exists()
    with unlock_profile(profile_dir, PASSPHRASE) as reopened:
        assert [s.id for s in reopened.assessments.summaries()] == [assessment]


def test_wrong_passphrase_changes_nothing(created: tuple[Profile, str], profile_dir: Path) -> None:
    created[0].close()
    before = folder_hashes(profile_dir)
    with pytest.raises(WrongSecretError, match="wrong passphrase") as raised:
        unlock_profile(profile_dir, "not it")
    assert str(profile_dir) in str(raised.value)
    assert folder_hashes(profile_dir) == before


def test_wrong_recovery_code_changes_nothing(
    created: tuple[Profile, str], profile_dir: Path
) -> None:
    created[0].close()
    before = folder_hashes(profile_dir)
    with pytest.raises(WrongSecretError, match="wrong recovery code"):
        unlock_with_recovery_code(profile_dir, keyslots.generate_recovery_code())
    with pytest.raises(WrongSecretError, match="not a recovery code"):
        unlock_with_recovery_code(profile_dir, "1234")
    assert folder_hashes(profile_dir) == before


def test_recovery_code_then_new_passphrase(created: tuple[Profile, str], profile_dir: Path) -> None:
    profile, code = created
    profile.close()
    with unlock_with_recovery_code(profile_dir, code.lower()) as recovered:
        assert recovered.unlocked_by == "recovery-code"
        recovered.keys.set_passphrase("brand new", kdf_params=CHEAP_KDF)
    with pytest.raises(WrongSecretError):
        unlock_profile(profile_dir, PASSPHRASE)
    unlock_profile(profile_dir, "brand new").close()
    unlock_with_recovery_code(profile_dir, code).close()


def test_set_passphrase_needs_a_recovery_unlock(profile: Profile) -> None:
    with pytest.raises(IpmsError, match="change_passphrase"):
        profile.keys.set_passphrase("sneaky", kdf_params=CHEAP_KDF)


def test_change_passphrase_rewrites_only_the_slot_file(profile: Profile, profile_dir: Path) -> None:
    before = folder_hashes(profile_dir)
    profile.keys.change_passphrase(PASSPHRASE, "second passphrase", kdf_params=CHEAP_KDF)
    after = folder_hashes(profile_dir)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed == {"keyslots.json"}
    profile.close()
    unlock_profile(profile_dir, "second passphrase").close()


def test_change_passphrase_with_wrong_old_one(profile: Profile, profile_dir: Path) -> None:
    before = folder_hashes(profile_dir)
    with pytest.raises(WrongSecretError, match="not changed"):
        profile.keys.change_passphrase("wrong", "whatever", kdf_params=CHEAP_KDF)
    assert folder_hashes(profile_dir) == before


def test_escrow_path_unlocks_and_sets_a_passphrase(tmp_path: Path) -> None:
    private, public = keyslots.new_escrow_key_pair()
    folder = tmp_path / "escrowed"
    profile, _ = create_profile(
        folder, "Escrowed", PASSPHRASE, escrow_public_key=public, kdf_params=CHEAP_KDF
    )
    profile.close()
    with unlock_with_escrow_key(folder, private) as recovered:
        assert recovered.unlocked_by == "escrow"
        recovered.keys.set_passphrase("set by CoMSEC", kdf_params=CHEAP_KDF)
    unlock_profile(folder, "set by CoMSEC").close()


def test_create_refuses_an_existing_profile(profile: Profile, profile_dir: Path) -> None:
    before = folder_hashes(profile_dir)
    with pytest.raises(IpmsError, match="already holds a profile"):
        create_profile(profile_dir, "Again", PASSPHRASE, kdf_params=CHEAP_KDF)
    assert folder_hashes(profile_dir) == before


def test_create_refuses_an_empty_name_or_passphrase(tmp_path: Path) -> None:
    with pytest.raises(IpmsError, match="name"):
        create_profile(tmp_path / "a", "  ", PASSPHRASE, kdf_params=CHEAP_KDF)
    with pytest.raises(IpmsError, match="passphrase is empty"):
        create_profile(tmp_path / "b", "Named", "", kdf_params=CHEAP_KDF)
    assert not (tmp_path / "b" / "profile.db").exists()


def test_open_where_there_is_no_profile(tmp_path: Path) -> None:
    with pytest.raises(IpmsError, match="no profile key-slot file"):
        unlock_profile(tmp_path, PASSPHRASE)


def test_closed_profile_refuses_work(profile: Profile) -> None:
    profile.close()
    profile.close()
    with pytest.raises(IpmsError, match="closed"):
        profile.assessments.summaries()
