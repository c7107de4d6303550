"""A CA per test module, with cheap Argon2 passed explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters

CHEAP_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
CA_PASSPHRASE = "test-only root passphrase"
KEY_PASSPHRASE = "test-only consolidation passphrase"


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> CertificateAuthority:
    return CertificateAuthority.create(
        tmp_path_factory.mktemp("ca") / "ca",
        "IPMS Test Root",
        CA_PASSPHRASE,
        KEY_PASSPHRASE,
        kdf=CHEAP_KDF,
    )


@pytest.fixture
def fresh_ca(tmp_path: Path) -> CertificateAuthority:
    return CertificateAuthority.create(
        tmp_path / "ca", "IPMS Test Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
