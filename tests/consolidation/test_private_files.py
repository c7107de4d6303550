"""The CA folder, a consolidation file with its key slots, and the quarantine are their
owner's alone: created 0600 in 0700 folders, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ipms_desktop.consolidation.database import open_consolidation_database, slot_file_for
from ipms_desktop.consolidation.quarantine import quarantine_bundle
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
CHEAP_KEY_FILE = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
CHEAP_SLOTS = KdfParams(memory_kib=64, iterations=1, lanes=1)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """The usual desktop umask (022): a file left to it would be world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_ca_is_private(tmp_path: Path) -> None:
    ca = CertificateAuthority.create(
        tmp_path / "ca",
        "Root",
        "granite meadow compass 2026",
        "willow harbour beacon 2026",
        kdf=CHEAP_KEY_FILE,
    )
    folders = [ca.folder, ca.issued_folder]
    files = [path for path in ca.folder.rglob("*") if path.is_file()]
    assert files and {mode(f) for f in folders} == {0o700}
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}


def test_a_new_consolidation_file_and_its_quarantine_are_private(tmp_path: Path) -> None:
    target = tmp_path / "team.ipmsdb"
    database = open_consolidation_database(
        str(target),
        lambda _creating: "granite meadow compass harbour 2026",
        kdf_params=CHEAP_SLOTS,
    )
    database.close()
    assert mode(target) == 0o600 and mode(slot_file_for(target)) == 0o600
    refused = tmp_path / "incoming.ipmsb"
    refused.write_bytes(b"not a bundle")
    quarantine = tmp_path / "quarantine"
    copy = quarantine_bundle(refused, "malformed-manifest: not a bundle", quarantine)
    assert copy is not None
    assert mode(quarantine) == 0o700
    assert {path.name: mode(path) for path in quarantine.iterdir()} == {
        path.name: 0o600 for path in quarantine.iterdir()
    }
