"""How the committed test vector in this folder was made (test-only keys, no real data).

The committed files must never be regenerated in place: the point of the vector is that
bytes written by version 1 keep verifying and decrypting in every later version. Run this
only to add a vector for a new format version, into a new folder:
``python tests/vectors/generate_vector.py OUT_DIR``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.bundles.writer import BundleSigner, EvidenceFile, write_bundle
from ipms_desktop.trust.ca import CertificateAuthority, shipped_frameworks
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings

ROOT_PASSPHRASE = "ipms-test-vector-root (TEST ONLY)"
KEY_PASSPHRASE = "ipms-test-vector-consolidation (TEST ONLY)"
VECTOR_KDF = Argon2Parameters(memory_kib=1024, iterations=1, lanes=1)
CREATED = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
EVIDENCE = [b"TEST ONLY evidence file one\n" * 40, b"TEST ONLY evidence file two\n"]


def generate(folder: Path, ca_folder: Path) -> None:
    """Write the vector to ``folder``; the throw-away CA (root key included) to ``ca_folder``."""
    ca = CertificateAuthority.create(
        ca_folder,
        "IPMS TEST VECTOR ROOT (test only)",
        ROOT_PASSPHRASE,
        KEY_PASSPHRASE,
        kdf=VECTOR_KDF,
        now=CREATED - timedelta(days=1),
    )
    signer_key = ed25519.Ed25519PrivateKey.generate()
    request = build_certificate_request(signer_key, "Test Vector Assessor (test only)")
    certificate = ca.issue(
        request, "assessor", ROOT_PASSPHRASE, days=1826, now=CREATED - timedelta(hours=1)
    )
    frameworks = [f for f in shipped_frameworks() if f.framework_id == "efqm-2013"]
    trust_bytes = ca.trust_settings(ROOT_PASSPHRASE, frameworks=frameworks, now=CREATED)
    trust = load_trust_settings(trust_bytes)
    document = {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": "7e5700000000400080000000000000a1",
        "revision": 1,
        "institution": "وزارة الاختبار — Test Ministry (test only)",
        "cycle": 2026,
        "framework": {"id": frameworks[0].framework_id, "hash": frameworks[0].content_hash},
        "panel": "radar",
        "assessor": {
            "name": "Test Vector Assessor (test only)",
            "certificate_fingerprint": certificate_fingerprint(certificate),
        },
        "audit_head": "00" * 32,
        "items": {
            "1a": {
                "attributes": {"sound": 50, "integrated": 45},
                "strengths": ["TEST ONLY strength"],
                "evidence": [
                    {
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "name": f"evidence-{index}.txt",
                        "size": len(data),
                        "media_type": "text/plain",
                    }
                    for index, data in enumerate(EVIDENCE, start=1)
                ],
            }
        },
    }
    write_bundle(
        folder / "assessment.ipmsb",
        kind="assessment",
        document=document,
        evidence=[
            EvidenceFile(hashlib.sha256(d).hexdigest(), len(d), lambda d=d: [d]) for d in EVIDENCE
        ],
        signer=BundleSigner(signer_key, certificate),
        recipients=list(trust.default_recipients()),
        now=CREATED,
    )
    (folder / "trust.json").write_bytes(trust_bytes)
    (folder / "root.pem").write_bytes(trust.root.public_bytes(serialization.Encoding.PEM))
    (folder / "signer.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "consolidation.key").write_bytes(ca.consolidation_key_path.read_bytes())
    expected = {
        "verify_at": (CREATED + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "document": document,
        "evidence_sha256": [hashlib.sha256(d).hexdigest() for d in EVIDENCE],
    }
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        generate(Path(sys.argv[1]), Path(scratch) / "ca")
