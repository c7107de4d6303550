"""Profiles and a CA for the service tests, with cheap key derivation passed explicitly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile
from ipms_desktop.store.profile import Profile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.profile_credentials import (
    certificate_request,
    install_certificate,
    install_trust,
)
from ipms_desktop.trust.trust_settings import load_trust_settings

CHEAP_STORE_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
CHEAP_KEY_FILE_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
PROFILE_PASSPHRASE = "quiet river orchard lantern 42"
CA_PASSPHRASE = "granite meadow compass 2026"
KEY_PASSPHRASE = "willow harbour beacon 2026"


@dataclass
class Enrolled:
    profile: Profile
    folder: Path
    authority: CertificateAuthority
    assessment_id: str


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[Enrolled]:
    """An open profile with trust settings, an assessor certificate and one assessment."""
    authority = CertificateAuthority.create(
        tmp_path / "ca", "Services Test Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF
    )
    folder = tmp_path / "profile"
    profile, _ = create_profile(
        folder, "Layla Hassan", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    try:
        install_trust(profile.keys, load_trust_settings(authority.trust_settings(CA_PASSPHRASE)))
        certificate = authority.issue(
            certificate_request(profile.keys, profile.name), "assessor", CA_PASSPHRASE
        )
        install_certificate(
            profile.keys, certificate.public_bytes(Encoding.PEM), "test certificate"
        )
        assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
        yield Enrolled(profile, folder, authority, assessment_id)
    finally:
        profile.close()
