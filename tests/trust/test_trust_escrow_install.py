"""Trust settings that carry CoMSEC's escrow key seal an existing profile's key to it: on
first installation, and again (replacing the old slot) when the escrow key is rotated."""

from __future__ import annotations

import hashlib

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile, unlock_profile, unlock_with_escrow_key
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.profile_credentials import install_trust
from ipms_desktop.trust.trust_settings import load_trust_settings

KEY_FILE_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
PROFILE_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def _slot_file_digest(folder) -> str:
    return hashlib.sha256((folder / "keyslots.json").read_bytes()).hexdigest()


def test_escrow_slot_added_then_rotated(tmp_path) -> None:
    ca = CertificateAuthority.create(tmp_path / "ca", "CoMSEC", "ca pp", "key pp", kdf=KEY_FILE_KDF)
    folder = tmp_path / "profile"
    profile, _ = create_profile(folder, "Assessor", "a long passphrase", kdf_params=PROFILE_KDF)
    with profile:
        install_trust(profile.keys, load_trust_settings(ca.trust_settings("ca pp")))
    with pytest.raises(IpmsError, match="no escrow key slot"):
        unlock_with_escrow_key(folder, b"\0" * 96)

    first_escrow = ca.create_escrow_key("escrow pp", kdf=KEY_FILE_KDF)
    with_escrow = load_trust_settings(ca.trust_settings("ca pp", escrow=first_escrow))
    with unlock_profile(folder, "a long passphrase") as profile:
        install_trust(profile.keys, with_escrow)
        unchanged = _slot_file_digest(folder)
        install_trust(profile.keys, with_escrow)
        assert _slot_file_digest(folder) == unchanged
    first_key = ca.escrow_private_key("escrow pp")
    with unlock_with_escrow_key(folder, first_key.secret_bytes) as opened:
        assert opened.name == "Assessor"

    rotated = CertificateAuthority.create(
        tmp_path / "ca2", "CoMSEC", "ca pp", "key pp", kdf=KEY_FILE_KDF
    ).create_escrow_key("escrow pp", kdf=KEY_FILE_KDF)
    with unlock_profile(folder, "a long passphrase") as profile:
        install_trust(profile.keys, load_trust_settings(ca.trust_settings("ca pp", escrow=rotated)))
    with pytest.raises(IpmsError, match="does not open this profile's escrow slot"):
        unlock_with_escrow_key(folder, first_key.secret_bytes)
    second_key = CertificateAuthority(tmp_path / "ca2").escrow_private_key("escrow pp")
    with unlock_with_escrow_key(folder, second_key.secret_bytes) as opened:
        assert opened.name == "Assessor"
    with unlock_profile(folder, "a long passphrase") as opened:
        assert opened.name == "Assessor"
