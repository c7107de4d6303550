"""Test-only PKI, documents, evidence and a re-signing helper shared by the bundle tests."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.bundles.format import (
    HEADER,
    MANIFEST_CONTEXT,
    SIGNATURE_BYTES,
    TRAILER,
    TRAILER_MAGIC,
    encode_manifest,
)
from ipms_desktop.bundles.writer import BundleSigner, EvidenceFile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import AllowedFramework, TrustSettings, load_trust_settings

CHEAP_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
CA_PASSPHRASE = "test-only root passphrase"
KEY_PASSPHRASE = "test-only consolidation passphrase"
FRAMEWORK = AllowedFramework("efqm-2013", "1", "sha256:" + "5a" * 32)
ROOT_NAME = "IPMS Test Root (test only)"


@dataclass
class Pki:
    """Everything a bundle test needs: a CA, signers in each state, keys and trust."""

    ca: CertificateAuthority
    trust: TrustSettings
    consolidation_key: RecipientPrivateKey
    assessor: BundleSigner
    team_lead: BundleSigner
    team_lead_key: RecipientPrivateKey
    expired: BundleSigner
    revoked: BundleSigner
    foreign: BundleSigner


def _signer(
    ca: CertificateAuthority,
    name: str,
    role: str,
    *,
    now: datetime | None = None,
    days: int = 365,
    recipient: RecipientPrivateKey | None = None,
) -> BundleSigner:
    key = ed25519.Ed25519PrivateKey.generate()
    request = build_certificate_request(key, name, recipient.public_key() if recipient else None)
    certificate = ca.issue(request, role, CA_PASSPHRASE, days=days, now=now)
    return BundleSigner(key, certificate)


def build_pki(folder: Path) -> Pki:
    """A CA (cheap Argon2, passed explicitly) and signers in every state the reader checks."""
    ca = CertificateAuthority.create(
        folder / "ca", ROOT_NAME, CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    foreign_ca = CertificateAuthority.create(
        folder / "foreign", ROOT_NAME, CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    team_lead_key = RecipientPrivateKey.generate()
    long_ago = datetime.now(UTC) - timedelta(days=800)
    revoked = _signer(ca, "Revoked Assessor", "assessor")
    ca.revoke(revoked.certificate, CA_PASSPHRASE, "privilege-withdrawn")
    trust = load_trust_settings(ca.trust_settings(CA_PASSPHRASE, frameworks=[FRAMEWORK]))
    return Pki(
        ca=ca,
        trust=trust,
        consolidation_key=ca.consolidation_private_key(KEY_PASSPHRASE),
        assessor=_signer(ca, "Test Assessor", "assessor"),
        team_lead=_signer(ca, "Test Team Lead", "team-lead", recipient=team_lead_key),
        team_lead_key=team_lead_key,
        expired=_signer(ca, "Expired Assessor", "assessor", now=long_ago, days=30),
        revoked=revoked,
        foreign=_signer(foreign_ca, "Foreign Assessor", "assessor"),
    )


def assessment_document(**changes: object) -> dict:
    document = {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": "0f" * 16,
        "revision": 3,
        "institution": "وزارة التجارة — Ministry of Trade",
        "cycle": 2026,
        "framework": {"id": FRAMEWORK.framework_id, "hash": FRAMEWORK.content_hash},
        "panel": "radar",
        "assessor": {"name": "Test Assessor", "certificate_fingerprint": "sha256:" + "00" * 32},
        "audit_head": "ab" * 32,
        "items": {"1a": {"attributes": {"sound": 55}, "strengths": ["clear mission"]}},
    }
    document.update(changes)
    return document


def evidence_of(data: bytes, piece: int = 65536) -> EvidenceFile:
    """Evidence streamed in ``piece``-sized reads, as the store would deliver it."""
    return EvidenceFile(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        open_chunks=lambda: (data[i : i + piece] for i in range(0, len(data), piece)),
    )


@dataclass
class BundleParts:
    """A bundle cut into its pieces, so hostile tests can change one and reassemble."""

    header: bytes
    members: bytes
    manifest: dict
    signature: bytes


def split_bundle(data: bytes) -> BundleParts:
    offset, length, _ = TRAILER.unpack(data[-TRAILER.size :])
    block = data[offset : offset + length]
    return BundleParts(
        header=data[: HEADER.size],
        members=data[HEADER.size : offset],
        manifest=json.loads(block[len(MANIFEST_CONTEXT) :]),
        signature=data[offset + length : offset + length + SIGNATURE_BYTES],
    )


def assemble(parts: BundleParts, signer: BundleSigner | None) -> bytes:
    """Reassemble; with ``signer`` the (changed) manifest gets a fresh valid signature."""
    block = encode_manifest(parts.manifest)
    signature = signer.private_key.sign(block) if signer else parts.signature
    offset = len(parts.header) + len(parts.members)
    return (
        parts.header
        + parts.members
        + block
        + signature
        + TRAILER.pack(offset, len(block), TRAILER_MAGIC)
    )


def resign(path: Path, signer: BundleSigner, change: Callable[[BundleParts], None]) -> Path:
    """Apply ``change`` to the bundle at ``path`` and sign it again as ``signer`` (in place)."""
    parts = split_bundle(path.read_bytes())
    change(parts)
    path.write_bytes(assemble(parts, signer))
    return path
