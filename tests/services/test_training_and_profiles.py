"""Profile use cases with the policy, and the training CA following the profile passphrase
through a change, a recovery code and the escrow key."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from ipms_desktop.errors import IpmsError
from ipms_desktop.services.passphrase_policy import PassphraseRefused
from ipms_desktop.services.profiles import (
    backup_profile,
    change_passphrase,
    create_profile,
    recover_with_code,
    recover_with_escrow_key,
    restore_profile,
)
from ipms_desktop.services.training import (
    TRAINING_CA_SECRET,
    TrainingKeys,
    follow_profile_passphrase,
    set_up_training,
    training_ca_folder,
)
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.profile import Profile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import encrypt_key_file
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from tests.services.conftest import CHEAP_KEY_FILE_KDF, CHEAP_STORE_KDF, PROFILE_PASSPHRASE

NEW_PASSPHRASE = "amber valley teapot harbour 7"
THIRD_PASSPHRASE = "silver kettle mountain lantern 9"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


def _training_profile(folder: Path, **create: object) -> tuple[Profile, str]:
    profile, code = create_profile(
        folder, "Trainee", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF, **create
    )
    set_up_training(profile, PROFILE_PASSPHRASE, "en", key_file_kdf=CHEAP_KEY_FILE_KDF)
    return profile, code


def _signs_with(folder: Path, passphrase: str) -> None:
    """The training CA still does its job: it certifies a new request with ``passphrase``."""
    from cryptography.hazmat.primitives.asymmetric import ed25519

    authority = CertificateAuthority(training_ca_folder(folder))
    request = build_certificate_request(ed25519.Ed25519PrivateKey.generate(), "Second Trainee")
    certificate = authority.issue(request, "assessor", passphrase)
    assert certificate.public_bytes(Encoding.PEM).startswith(b"-----BEGIN CERTIFICATE")
    authority.consolidation_private_key(passphrase)


def _refuses(folder: Path, passphrase: str) -> None:
    authority = CertificateAuthority(training_ca_folder(folder))
    with pytest.raises(IpmsError, match="wrong passphrase"):
        authority.root_key(passphrase)
    with pytest.raises(IpmsError, match="wrong passphrase"):
        authority.consolidation_private_key(passphrase)


def test_weak_passphrase_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    with pytest.raises(PassphraseRefused):
        create_profile(folder, "Trainee", "abc", kdf_params=CHEAP_STORE_KDF)
    assert not folder.exists()


def test_training_ca_follows_a_passphrase_change(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    profile, _ = _training_profile(folder)
    with profile:
        assert training_ca_folder(folder) == tmp_path / "profile-training-ca"
        with pytest.raises(PassphraseRefused):
            change_passphrase(profile, PROFILE_PASSPHRASE, "short", kdf_params=CHEAP_STORE_KDF)
        changed = change_passphrase(
            profile, PROFILE_PASSPHRASE, NEW_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
        )
        assert changed.training is TrainingKeys.REENCRYPTED
        assert changed.training_problem is None
        stored = profile.keys.get_secret(TRAINING_CA_SECRET)
        assert stored is not None
        assert NEW_PASSPHRASE.encode() not in stored
        assert PROFILE_PASSPHRASE.encode() not in stored
    unlock_profile(folder, NEW_PASSPHRASE).close()
    _signs_with(folder, NEW_PASSPHRASE)
    _refuses(folder, PROFILE_PASSPHRASE)


def test_training_ca_follows_a_recovery_code(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    profile, code = _training_profile(folder)
    profile.close()
    before = _hashes(folder)
    with pytest.raises(PassphraseRefused):
        recover_with_code(folder, code, "short", kdf_params=CHEAP_STORE_KDF)
    assert _hashes(folder) == before, "a refused passphrase opens nothing"
    recovered, changed = recover_with_code(folder, code, NEW_PASSPHRASE, kdf_params=CHEAP_STORE_KDF)
    recovered.close()
    assert changed.training is TrainingKeys.REENCRYPTED
    _signs_with(folder, NEW_PASSPHRASE)
    _refuses(folder, PROFILE_PASSPHRASE)


def test_training_ca_follows_an_escrow_recovery(tmp_path: Path) -> None:
    escrow = RecipientPrivateKey.generate()
    folder = tmp_path / "profile"
    profile, _ = _training_profile(folder, escrow_public_key=escrow.public_key().key_bytes)
    profile.close()
    recovered, changed = recover_with_escrow_key(
        folder, escrow.secret_bytes, NEW_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    recovered.close()
    assert changed.training is TrainingKeys.REENCRYPTED
    _signs_with(folder, NEW_PASSPHRASE)


def test_an_interrupted_reencryption_is_finished_by_the_next_change(tmp_path: Path) -> None:
    """root.key already under the new passphrase, consolidation.key not: both end current."""
    folder = tmp_path / "profile"
    profile, _ = _training_profile(folder)
    with profile:
        authority = CertificateAuthority(training_ca_folder(folder))
        root = authority.root_key(PROFILE_PASSPHRASE)
        authority.root_key_path.write_bytes(
            encrypt_key_file(
                "ed25519", root.private_bytes_raw(), NEW_PASSPHRASE, CHEAP_KEY_FILE_KDF
            )
        )
        assert follow_profile_passphrase(profile, NEW_PASSPHRASE) is TrainingKeys.REENCRYPTED
        assert follow_profile_passphrase(profile, NEW_PASSPHRASE) is TrainingKeys.REENCRYPTED
    _signs_with(folder, NEW_PASSPHRASE)


def test_a_training_ca_from_before_follows_a_change_but_not_a_recovery(tmp_path: Path) -> None:
    """Profiles set up before the keys were kept: a change knows the old passphrase."""
    folder = tmp_path / "profile"
    profile, code = _training_profile(folder)
    with profile:
        profile.keys.set_secret(TRAINING_CA_SECRET, b"")
        changed = change_passphrase(
            profile, PROFILE_PASSPHRASE, NEW_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
        )
        assert changed.training is TrainingKeys.REENCRYPTED
        profile.keys.set_secret(TRAINING_CA_SECRET, b"")
    recovered, changed = recover_with_code(
        folder, code, THIRD_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    recovered.close()
    assert changed.training is None
    assert changed.training_problem is not None
    assert changed.training_problem.message_id == "training-keys-not-followed"
    unlock_profile(folder, THIRD_PASSPHRASE).close()  # the recovery itself stands
    _signs_with(folder, NEW_PASSPHRASE)


def test_a_profile_without_training_has_nothing_to_follow(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    profile, _ = create_profile(folder, "Assessor", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF)
    with profile:
        changed = change_passphrase(
            profile, PROFILE_PASSPHRASE, NEW_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
        )
    assert changed.training is TrainingKeys.NO_TRAINING_CA
    assert not training_ca_folder(folder).exists()


def test_backup_into_a_folder_never_overwrites_and_restores(tmp_path: Path) -> None:
    from datetime import datetime

    folder = tmp_path / "profile"
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    profile, _ = create_profile(
        folder, "Layla Hassan", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    at = datetime(2026, 3, 1, 14, 25, 0)
    with profile:
        assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
        database, slots = backup_profile(profile, stick, now=at)
        assert database == stick / "Layla-Hassan-backup-20260301-142500.db"
        assert slots == stick / "Layla-Hassan-backup-20260301-142500.db.keyslots.json"
        before = _hashes(stick)
        with pytest.raises(IpmsError) as caught:
            backup_profile(profile, stick, now=at)
        assert caught.value.message_id == "backup-exists"
        assert _hashes(stick) == before

    elsewhere = tmp_path / "new-laptop"
    restore_profile(elsewhere, database, PROFILE_PASSPHRASE)
    with unlock_profile(elsewhere, PROFILE_PASSPHRASE) as restored:
        assert [s.id for s in restored.assessments.summaries()] == [assessment_id]
