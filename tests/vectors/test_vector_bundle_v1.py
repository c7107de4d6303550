"""The committed version-1 bundle keeps verifying and decrypting, byte for byte."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from ipms_desktop.bundles.reader import open_bundle, verify_bundle
from ipms_desktop.trust.ca import load_recipient_key_file
from ipms_desktop.trust.trust_settings import load_trust_settings

VECTOR = Path(__file__).parent / "bundle-v1"
TEST_ONLY_PASSPHRASE = "ipms-test-vector-consolidation (TEST ONLY)"


def _expected() -> dict:
    return json.loads((VECTOR / "expected.json").read_text(encoding="utf-8"))


def test_vector_verifies_without_a_private_key():
    expected = _expected()
    at = datetime.strptime(expected["verify_at"], "%Y-%m-%dT%H:%M:%S%z")
    trust = load_trust_settings(VECTOR / "trust.json")
    verified = verify_bundle(VECTOR / "assessment.ipmsb", trust, now=at)
    assert verified.kind == "assessment"
    assert verified.signer.role == "assessor"
    signer_pem = verified.signer.certificate.public_bytes(serialization.Encoding.PEM)
    assert signer_pem == (VECTOR / "signer.pem").read_bytes()
    assert verified.manifest.assessment_id == expected["document"]["assessment_id"]


def test_vector_decrypts_to_the_expected_document_and_evidence(tmp_path):
    expected = _expected()
    at = datetime.strptime(expected["verify_at"], "%Y-%m-%dT%H:%M:%S%z")
    trust = load_trust_settings(VECTOR / "trust.json")
    key = load_recipient_key_file(VECTOR / "consolidation.key", TEST_ONLY_PASSPHRASE)
    opened = open_bundle(VECTOR / "assessment.ipmsb", trust, key, evidence_dir=tmp_path, now=at)
    assert opened.document == expected["document"]
    assert sorted(opened.evidence) == sorted(expected["evidence_sha256"])
    for digest, path in opened.evidence.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
