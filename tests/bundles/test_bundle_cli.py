"""The command-line path end to end: profile keys and certificate, trust, export, verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography import x509

from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.cli import main
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile, unlock_profile, unlock_with_escrow_key
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.profile_credentials import SIGNING_KEY_SECRET
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE, CHEAP_KDF, KEY_PASSPHRASE, ROOT_NAME
from tests.store.conftest import full_sheet

PROFILE_PASSPHRASE = "test-only profile passphrase"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A CA, its trust file, and a profile holding one assessment with one evidence file."""
    monkeypatch.setenv("IPMS_PASSPHRASE", PROFILE_PASSPHRASE)
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", CA_PASSPHRASE)
    ca = CertificateAuthority.create(
        tmp_path / "ca", ROOT_NAME, CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    trust = tmp_path / "trust-1.json"
    trust.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    profile_dir = tmp_path / "profile"
    profile, _ = create_profile(
        profile_dir,
        "Test Assessor",
        PROFILE_PASSPHRASE,
        kdf_params=KdfParams(memory_kib=64, iterations=1, lanes=1),
    )
    with profile:
        assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
        profile.assessments.fill_from_sheet(
            assessment_id, full_sheet("efqm-2013", 50), base_dir=tmp_path
        )
        evidence = tmp_path / "minutes.txt"
        evidence.write_bytes(b"test-only evidence: board minutes\n" * 100)
        profile.evidence.add(assessment_id, "1a", evidence)
    (tmp_path / "assessment.id").write_text(assessment_id)
    return {"root": tmp_path, "ca": tmp_path / "ca", "trust": trust, "profile": profile_dir}


def ipms(*arguments: object) -> int:
    return main([str(argument) for argument in arguments])


def enrol(workspace: dict[str, Path], role: str = "assessor") -> Path:
    root, profile = workspace["root"], workspace["profile"]
    assert ipms("profile", "install-trust", "--profile", profile, workspace["trust"]) == 0
    assert ipms("profile", "request", "--profile", profile, "--out", root / "req.pem") == 0
    certificate = root / "cert.pem"
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            workspace["ca"],
            root / "req.pem",
            "--role",
            role,
            "--out",
            certificate,
        )
        == 0
    )
    assert ipms("profile", "install-cert", "--profile", profile, certificate) == 0
    return certificate


def test_export_then_verify_then_open(workspace, capsys):
    root, profile = workspace["root"], workspace["profile"]
    certificate = enrol(workspace)
    assessment_id = (root / "assessment.id").read_text()
    bundle = root / "out.ipmsb"

    assert ipms("assessment", "export", "--profile", profile, assessment_id, "--out", bundle) == 0
    assert ipms("verify", "--trust", workspace["trust"], bundle) == 0
    assert capsys.readouterr().out.endswith(f"{bundle}: OK\n")

    ca = CertificateAuthority(workspace["ca"])
    evidence_dir = root / "evidence"
    evidence_dir.mkdir()
    opened = open_bundle(
        bundle,
        load_trust_settings(workspace["trust"]),
        ca.consolidation_private_key(KEY_PASSPHRASE),
        evidence_dir=evidence_dir,
    )
    issued = x509.load_pem_x509_certificate(certificate.read_bytes())
    assert opened.document["assessor"] == {
        "name": "Test Assessor",
        "certificate_fingerprint": certificate_fingerprint(issued),
    }
    assert opened.document["revision"] == 1
    assert opened.verified.manifest.audit_head == opened.document["audit_head"]
    (evidence_entry,) = opened.document["items"]["1a"]["evidence"]
    assert opened.evidence[evidence_entry["sha256"]].read_bytes().startswith(b"test-only")

    assert ipms("assessment", "export", "--profile", profile, assessment_id, "--out", bundle) == 0
    reopened = open_bundle(
        bundle,
        load_trust_settings(workspace["trust"]),
        ca.consolidation_private_key(KEY_PASSPHRASE),
    )
    assert reopened.document["revision"] == 2


def test_export_to_a_team_lead_certificate(workspace, tmp_path, capsys):
    root, profile = workspace["root"], workspace["profile"]
    enrol(workspace)
    lead_dir = tmp_path / "lead"
    lead, _ = create_profile(
        lead_dir, "Team Lead", PROFILE_PASSPHRASE, kdf_params=KdfParams(64, 1, 1)
    )
    lead.close()
    assert ipms("profile", "request", "--profile", lead_dir, "--out", root / "lead.req") == 0
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            workspace["ca"],
            root / "lead.req",
            "--role",
            "team-lead",
            "--out",
            root / "lead.pem",
        )
        == 0
    )
    assert ipms("profile", "install-cert", "--profile", lead_dir, root / "lead.pem") == 0
    assessment_id = (root / "assessment.id").read_text()
    bundle = root / "lead.ipmsb"
    assert (
        ipms(
            "assessment",
            "export",
            "--profile",
            profile,
            assessment_id,
            "--out",
            bundle,
            "--to",
            root / "lead.pem",
        )
        == 0
    )
    from ipms_desktop.trust.profile_credentials import recipient_private_key

    with unlock_profile(lead_dir, PROFILE_PASSPHRASE) as opened_lead:
        lead_key = recipient_private_key(opened_lead.keys)
    document = open_bundle(bundle, load_trust_settings(workspace["trust"]), lead_key).document
    assert document["assessment_id"] == assessment_id


def test_verify_reports_each_bundle_and_exits_1_on_any_rejection(workspace, capsys):
    root, profile = workspace["root"], workspace["profile"]
    enrol(workspace)
    bundle = root / "good.ipmsb"
    assessment_id = (root / "assessment.id").read_text()
    assert ipms("assessment", "export", "--profile", profile, assessment_id, "--out", bundle) == 0
    damaged = root / "damaged.ipmsb"
    data = bytearray(bundle.read_bytes())
    data[40] ^= 1
    damaged.write_bytes(data)
    capsys.readouterr()

    assert ipms("verify", "--trust", workspace["trust"], bundle, damaged) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{bundle}: OK"
    assert lines[1].startswith(f"{damaged}: REJECTED: member-digest-mismatch: ")


def test_export_needs_a_certificate(workspace, capsys):
    profile = workspace["profile"]
    assert ipms("profile", "install-trust", "--profile", profile, workspace["trust"]) == 0
    assessment_id = (workspace["root"] / "assessment.id").read_text()
    out = workspace["root"] / "x.ipmsb"
    assert ipms("assessment", "export", "--profile", profile, assessment_id, "--out", out) == 1
    assert "no certificate" in capsys.readouterr().err
    assert not out.exists()


def test_team_lead_certificate_cannot_export_an_assessment(workspace, capsys):
    enrol(workspace, role="team-lead")
    assessment_id = (workspace["root"] / "assessment.id").read_text()
    out = workspace["root"] / "x.ipmsb"
    assert (
        ipms("assessment", "export", "--profile", workspace["profile"], assessment_id, "--out", out)
        == 1
    )
    assert "role-not-allowed" in capsys.readouterr().err
    assert not out.exists()


def test_install_cert_refuses_a_certificate_for_another_key(workspace, tmp_path, capsys):
    root, profile = workspace["root"], workspace["profile"]
    enrol(workspace)
    with unlock_profile(profile, PROFILE_PASSPHRASE) as opened:
        original_key = opened.keys.get_secret(SIGNING_KEY_SECRET)
    other_dir = tmp_path / "other"
    create_profile(other_dir, "Other", PROFILE_PASSPHRASE, kdf_params=KdfParams(64, 1, 1))[
        0
    ].close()
    assert ipms("profile", "request", "--profile", other_dir, "--out", root / "other.req") == 0
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            workspace["ca"],
            root / "other.req",
            "--role",
            "assessor",
            "--out",
            root / "other.pem",
        )
        == 0
    )
    capsys.readouterr()
    assert ipms("profile", "install-cert", "--profile", profile, root / "other.pem") == 1
    assert "another key" in capsys.readouterr().err
    with unlock_profile(profile, PROFILE_PASSPHRASE) as opened:
        assert opened.keys.get_secret(SIGNING_KEY_SECRET) == original_key


def test_install_cert_refuses_a_certificate_from_another_root(workspace, tmp_path, capsys):
    root, profile = workspace["root"], workspace["profile"]
    assert ipms("profile", "install-trust", "--profile", profile, workspace["trust"]) == 0
    assert ipms("profile", "request", "--profile", profile, "--out", root / "req.pem") == 0
    CertificateAuthority.create(
        tmp_path / "rogue", ROOT_NAME, CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            tmp_path / "rogue",
            root / "req.pem",
            "--role",
            "assessor",
            "--out",
            root / "rogue.pem",
        )
        == 0
    )
    capsys.readouterr()
    assert ipms("profile", "install-cert", "--profile", profile, root / "rogue.pem") == 1
    assert "untrusted-signer" in capsys.readouterr().err


def test_install_trust_refuses_rollback_and_another_root(workspace, tmp_path, capsys):
    profile = workspace["profile"]
    ca = CertificateAuthority(workspace["ca"])
    newer = tmp_path / "trust-2.json"
    newer.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    rogue = CertificateAuthority.create(
        tmp_path / "rogue", ROOT_NAME, CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    rogue_trust = tmp_path / "rogue.json"
    rogue_trust.write_bytes(rogue.trust_settings(CA_PASSPHRASE))
    forged = tmp_path / "forged.json"
    envelope = json.loads(newer.read_text())
    envelope["signature"] = json.loads(rogue_trust.read_text())["signature"]
    forged.write_text(json.dumps(envelope))

    assert ipms("profile", "install-trust", "--profile", profile, newer) == 0
    assert ipms("profile", "install-trust", "--profile", profile, newer) == 0
    capsys.readouterr()
    assert ipms("profile", "install-trust", "--profile", profile, workspace["trust"]) == 1
    assert "rollback" in capsys.readouterr().err
    assert ipms("profile", "install-trust", "--profile", profile, rogue_trust) == 1
    assert "another root" in capsys.readouterr().err
    assert ipms("profile", "install-trust", "--profile", profile, forged) == 1
    assert "signature does not verify" in capsys.readouterr().err


def test_escrow_key_opens_bundles_and_the_profile(workspace, tmp_path, monkeypatch, capsys):
    root = workspace["root"]
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", "test-only escrow passphrase")
    ca = CertificateAuthority(workspace["ca"])
    ca.create_escrow_key("test-only escrow passphrase", kdf=CHEAP_KDF)
    assert ipms("admin", "escrow", "--ca", workspace["ca"]) == 1
    assert "already holds an escrow key" in capsys.readouterr().err
    trust_file = root / "trust-escrow.json"
    assert ipms("admin", "trust", "--ca", workspace["ca"], "--out", trust_file) == 0
    trust = load_trust_settings(trust_file)
    assert trust.escrow_recipient == ca.escrow_public_key()

    escrowed = tmp_path / "escrowed"
    assert (
        ipms(
            "profile", "create", "--profile", escrowed, "--name", "Escrowed", "--trust", trust_file
        )
        == 0
    )
    escrow_key = ca.escrow_private_key("test-only escrow passphrase")
    with unlock_with_escrow_key(escrowed, escrow_key.secret_bytes) as opened:
        assert opened.name == "Escrowed"

    # CoMSEC's recovery path on the command line: a wrong key passphrase changes nothing,
    # the right one sets a new passphrase that then opens the profile.
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "passphrase set by CoMSEC recovery")
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", "not the escrow passphrase")
    recover = ("profile", "recover", "--profile", escrowed, "--escrow-key", ca.escrow_key_path)
    assert ipms(*recover) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", "test-only escrow passphrase")
    assert ipms(*recover) == 0
    assert "new passphrase set" in capsys.readouterr().out
    with unlock_profile(escrowed, "passphrase set by CoMSEC recovery") as reopened:
        assert reopened.name == "Escrowed"

    workspace = {**workspace, "trust": trust_file}
    enrol(workspace)
    bundle = root / "escrowed.ipmsb"
    assessment_id = (root / "assessment.id").read_text()
    assert (
        ipms(
            "assessment",
            "export",
            "--profile",
            workspace["profile"],
            assessment_id,
            "--out",
            bundle,
        )
        == 0
    )
    assert open_bundle(bundle, trust, escrow_key).document["assessment_id"] == assessment_id
