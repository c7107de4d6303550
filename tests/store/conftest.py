"""Shared fixtures for the profile store tests: cheap KDF parameters, passed explicitly."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile
from ipms_desktop.store.profile import Profile

CHEAP_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"


def folder_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder`` (relative path -> hex), to prove nothing changed.

    SQLite's ``-shm`` file is left out: it is a shared-memory index that readers update
    (and that holds no data); while a profile is closed it does not exist.
    """
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def created(profile_dir: Path) -> Iterator[tuple[Profile, str]]:
    """A fresh profile (and its recovery code), closed after the test."""
    profile, code = create_profile(
        profile_dir, "Test profile", PASSPHRASE, kdf_params=CHEAP_KDF, actor="tester"
    )
    try:
        yield profile, code
    finally:
        profile.close()


@pytest.fixture
def profile(created: tuple[Profile, str]) -> Profile:
    return created[0]


@pytest.fixture
def assessment_id(profile: Profile) -> str:
    return profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)


def item_attributes(framework_id: str, item_id: str, value: int) -> dict[str, int]:
    """Every attribute of ``item_id`` set to ``value`` under the framework's default panel."""
    from ipms_desktop.frameworks import load_framework

    framework = load_framework(framework_id)
    attribute_set = framework.attribute_set_for(framework.default_panel, framework.items[item_id])
    return dict.fromkeys(attribute_set.attributes, value)


def full_sheet(framework_id: str, value: int = 50) -> dict:
    """A sheet scoring every item of the framework with all attributes at ``value``."""
    from ipms_desktop.frameworks import load_framework

    framework = load_framework(framework_id)
    return {
        "items": {
            item_id: {"attributes": item_attributes(framework_id, item_id, value)}
            for item_id in framework.items
        }
    }
