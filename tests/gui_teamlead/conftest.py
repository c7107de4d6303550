"""Team-lead, CoMSEC and administrator screen tests: a real CA, real signed bundles.

Everything is made in a temporary folder with cheap key-derivation parameters passed
explicitly (the production defaults stay strong): a CA and its trust settings, three
assessors' bundles for one institution, a damaged file, and an enrolled team-lead
profile. The fixtures reuse the consolidation and bundle tests' helpers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtWidgets import QApplication

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import LanguageSwitcher
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.store.opening import create_profile
from ipms_desktop.store.profile import Profile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.profile_credentials import (
    TRUST_SETTINGS_SECRET,
    certificate_request,
    install_certificate,
)
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE, FRAMEWORK, KEY_PASSPHRASE
from tests.bundles.bundle_pki import CHEAP_KDF as CHEAP_KEY_FILE_KDF
from tests.consolidation_samples import CHEAP_KDF as CHEAP_STORE_KDF
from tests.consolidation_samples import PASSPHRASE as DATABASE_PASSPHRASE
from tests.consolidation_samples import assessment_document
from tests.postgres_support import postgres_server, postgres_url  # noqa: F401 (fixtures)

INSTITUTION = "Ministry of Trade"
CYCLE = 2026
PROFILE_PASSPHRASE = "quiet river orchard lantern 42"
ASSESSORS = ("Huda Kareem", "Omar Saleh", "Zainab Ali")


@dataclass
class World:
    root: Path
    ca: CertificateAuthority
    trust_file: Path
    narrow_trust_file: Path
    bundles: list[Path]
    damaged: Path
    profile: Profile


@pytest.fixture
def context(tmp_path: Path, qapp: QApplication, languages: LanguageSwitcher) -> AppContext:
    return AppContext(
        profile_dir=tmp_path / "profile",
        preferences=Preferences(tmp_path / "preferences.ini"),
        languages=languages,
        operations=Operations(qapp),
        kdf_params=CHEAP_STORE_KDF,
        key_file_kdf=CHEAP_KEY_FILE_KDF,
    )


def make_bundles(ca: CertificateAuthority, folder: Path, trust_file: Path) -> list[Path]:
    """One signed, encrypted assessment bundle per assessor, with spread-out scores."""
    trust = load_trust_settings(trust_file)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, name in enumerate(ASSESSORS):
        key = ed25519.Ed25519PrivateKey.generate()
        certificate = ca.issue(build_certificate_request(key, name), "assessor", CA_PASSPHRASE)
        document = assessment_document(
            institution=INSTITUTION, cycle=CYCLE, assessor=name, seed=number
        )
        document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(certificate)
        path = folder / f"{number + 1}-{name.split()[0].lower()}.ipmsb"
        write_bundle(
            path,
            kind="assessment",
            document=document,
            evidence=[],
            signer=BundleSigner(key, certificate),
            recipients=list(trust.default_recipients()),
        )
        paths.append(path)
    return paths


def readdress(world: World, bundle: Path, recipients: list) -> Path:
    """A copy of ``bundle``'s assessment, signed again by a new assessor, for ``recipients``."""
    from ipms_desktop.bundles.reader import open_bundle

    trust = load_trust_settings(world.trust_file)
    opened = open_bundle(bundle, trust, world.ca.consolidation_private_key(KEY_PASSPHRASE))
    document = dict(opened.document)
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = world.ca.issue(
        build_certificate_request(key, "Readdressed Assessor"), "assessor", CA_PASSPHRASE
    )
    document["assessment_id"] = "ab" * 16
    document["assessor"] = {
        "name": "Readdressed Assessor",
        "certificate_fingerprint": certificate_fingerprint(certificate),
    }
    path = bundle.with_name("for-the-team-lead.ipmsb")
    write_bundle(
        path,
        kind="assessment",
        document=document,
        evidence=[],
        signer=BundleSigner(key, certificate),
        recipients=recipients,
    )
    return path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    ca = CertificateAuthority.create(
        tmp_path / "ca",
        "IPMS Test Root (test only)",
        CA_PASSPHRASE,
        KEY_PASSPHRASE,
        kdf=CHEAP_KEY_FILE_KDF,
    )
    narrow = tmp_path / "narrow-trust.ipmst"
    narrow.write_bytes(ca.trust_settings(CA_PASSPHRASE, frameworks=[FRAMEWORK]))
    trust_file = tmp_path / "trust.ipmst"
    trust_file.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    bundles = make_bundles(ca, tmp_path / "incoming", trust_file)
    damaged = tmp_path / "incoming" / "9-damaged.ipmsb"
    damaged.write_bytes(bundles[0].read_bytes()[:-40])
    profile, _ = create_profile(
        tmp_path / "lead-profile", "Team Lead", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    profile.keys.set_secret(TRUST_SETTINGS_SECRET, load_trust_settings(trust_file).raw)
    certificate = ca.issue(
        certificate_request(profile.keys, "Team Lead"), "team-lead", CA_PASSPHRASE
    )
    install_certificate(profile.keys, certificate.public_bytes(Encoding.PEM), "test certificate")
    yield World(tmp_path, ca, trust_file, narrow, bundles, damaged, profile)
    profile.close()


def fill_sources(window, world: World, trust_file: Path | None = None) -> None:
    """Type the database, passphrases, trust and key of ``world`` into the merge tab."""
    window.database_edit.setText(str(world.root / "team.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    window.trust_edit.setText(str(trust_file or world.trust_file))
    window.key_edit.setText(str(world.ca.consolidation_key_path))
    window.key_passphrase_edit.setText(KEY_PASSPHRASE)


def open_window(qtbot, context: AppContext, world: World, trust_file: Path | None = None):
    """A consolidation window with the database of ``world`` open and bundles merged."""
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow

    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    fill_sources(window, world, trust_file)
    window.open_database()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    return window


def merge_all(qtbot, window, paths: list[Path], files: int | None = None) -> None:
    """Add ``paths`` and wait until ``files`` (default: one per path) outcomes arrive."""
    expected = len(window.table.results()) + (len(paths) if files is None else files)
    window.add_paths(paths)
    qtbot.waitUntil(
        lambda: len(window.table.results()) == expected and not window.busy, timeout=30_000
    )


def close_window(window, context: AppContext) -> None:
    context.operations.wait_for_all(20_000)
    QApplication.processEvents()
    window.close()
