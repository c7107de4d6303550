"""``ipms admin``: the administrator's commands, with passphrases from the environment."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.cli import main
from ipms_desktop.trust.armor import unarmor
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.keyfile import KEY_FILE_LABEL, PRODUCTION_ARGON2
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.trust.conftest import CA_PASSPHRASE


def ipms(*arguments: object) -> int:
    return main([str(argument) for argument in arguments])


@pytest.fixture(autouse=True)
def passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", CA_PASSPHRASE)
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", "test-only consolidation passphrase")


def test_init_uses_production_key_file_cost(tmp_path, capsys):
    folder = tmp_path / "ca"
    assert ipms("admin", "init", "--ca", folder, "--name", "CoMSEC Test Root") == 0
    out = capsys.readouterr().out
    root = x509.load_pem_x509_certificate((folder / "root.pem").read_bytes())
    assert f"fingerprint: {certificate_fingerprint(root)}" in out
    assert "subject: CN=CoMSEC Test Root" in out
    for name in ("root.key", "consolidation.key"):
        body = unarmor(KEY_FILE_LABEL, (folder / name).read_bytes(), name)
        recorded = int.from_bytes(body[9 + body[8] : 13 + body[8]], "big")
        assert recorded == PRODUCTION_ARGON2.memory_kib
        assert CA_PASSPHRASE.encode() not in (folder / name).read_bytes()


def test_issue_prints_subject_and_fingerprint(fresh_ca, tmp_path, capsys):
    request = tmp_path / "req.pem"
    request.write_bytes(build_certificate_request(ed25519.Ed25519PrivateKey.generate(), "Amal"))
    out_path = tmp_path / "cert.pem"
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            fresh_ca.folder,
            request,
            "--role",
            "assessor",
            "--days",
            "30",
            "--out",
            out_path,
        )
        == 0
    )
    certificate = x509.load_pem_x509_certificate(out_path.read_bytes())
    out = capsys.readouterr().out
    assert "subject: CN=Amal" in out
    assert "role: assessor" in out
    assert f"fingerprint: {certificate_fingerprint(certificate)}" in out


def test_revoke_then_trust_carries_the_new_crl(fresh_ca, tmp_path, capsys):
    request = tmp_path / "req.pem"
    request.write_bytes(build_certificate_request(ed25519.Ed25519PrivateKey.generate(), "Omar"))
    cert = tmp_path / "cert.pem"
    assert (
        ipms(
            "admin", "issue", "--ca", fresh_ca.folder, request, "--role", "assessor", "--out", cert
        )
        == 0
    )
    with pytest.raises(SystemExit) as refused:
        ipms("admin", "revoke", "--ca", fresh_ca.folder, cert)
    assert refused.value.code == 2
    assert "required: --reason" in capsys.readouterr().err
    assert ipms("admin", "revoke", "--ca", fresh_ca.folder, cert, "--reason", "key-compromise") == 0
    assert "CRL number 2" in capsys.readouterr().out
    escrow = tmp_path / "escrow.pub"
    escrow.write_bytes(RecipientPrivateKey.generate().public_key().to_pem())
    trust_file = tmp_path / "trust.json"
    assert (
        ipms("admin", "trust", "--ca", fresh_ca.folder, "--out", trust_file, "--escrow", escrow)
        == 0
    )
    trust = load_trust_settings(trust_file)
    serial = x509.load_pem_x509_certificate(cert.read_bytes()).serial_number
    assert trust.crl.get_revoked_certificate_by_serial_number(serial) is not None
    assert trust.escrow_recipient is not None
    if shutil.which("openssl"):
        root = tmp_path / "root.pem"
        root.write_bytes(fresh_ca.root_path.read_bytes())
        result = subprocess.run(
            [
                "openssl",
                "verify",
                "-CAfile",
                str(root),
                "-crl_check",
                "-CRLfile",
                str(fresh_ca.crl_path),
                str(cert),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert "certificate revoked" in result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command line")
def test_revocation_reasons_are_in_the_crl_as_openssl_reads_it(fresh_ca, tmp_path, capsys):
    """Every entry keeps its own reason when later revocations rewrite the list."""
    certificates = {}
    for name, reason in (("Huda", "key-compromise"), ("Omar", "affiliation-changed")):
        request = tmp_path / f"{name}.req"
        request.write_bytes(build_certificate_request(ed25519.Ed25519PrivateKey.generate(), name))
        cert = tmp_path / f"{name}.pem"
        assert (
            ipms(
                "admin",
                "issue",
                "--ca",
                fresh_ca.folder,
                request,
                "--role",
                "assessor",
                "--out",
                cert,
            )
            == 0
        )
        assert ipms("admin", "revoke", "--ca", fresh_ca.folder, cert, "--reason", reason) == 0
        certificates[name] = cert
    omar = certificates["Omar"]
    with pytest.raises(SystemExit):
        ipms("admin", "revoke", "--ca", fresh_ca.folder, omar, "--reason", "unspecified")
    assert "invalid choice" in capsys.readouterr().err
    text = subprocess.run(
        ["openssl", "crl", "-in", str(fresh_ca.crl_path), "-noout", "-text"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert text.count("X509v3 CRL Reason Code") == 2
    assert "Key Compromise" in text and "Affiliation Changed" in text


def test_commands_on_a_missing_ca_explain_what_to_do(tmp_path, capsys):
    assert ipms("admin", "trust", "--ca", tmp_path / "none", "--out", tmp_path / "t.json") == 1
    assert "run 'ipms admin init' first" in capsys.readouterr().err


def test_missing_passphrase_without_a_terminal_is_a_clear_error(
    fresh_ca, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("IPMS_CA_PASSPHRASE")
    assert ipms("admin", "trust", "--ca", fresh_ca.folder, "--out", tmp_path / "t.json") == 1
    assert "IPMS_CA_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "t.json").exists()


def test_wrong_passphrase_changes_nothing(fresh_ca, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", "wrong")
    before = fresh_ca.crl_path.read_bytes()
    assert ipms("admin", "trust", "--ca", fresh_ca.folder, "--out", tmp_path / "t.json") == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert fresh_ca.crl_path.read_bytes() == before
    assert not (tmp_path / "t.json").exists()
    assert not CertificateAuthority(fresh_ca.folder).trust_serial_path.exists()


def test_escrow_key_is_created_once_and_published(fresh_ca, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", "test-only escrow passphrase")
    assert ipms("admin", "escrow", "--ca", fresh_ca.folder) == 0
    assert "escrow key id: sha256:" in capsys.readouterr().out
    assert ipms("admin", "escrow", "--ca", fresh_ca.folder) == 1
    assert "never replaced" in capsys.readouterr().err
    trust_file = tmp_path / "trust.json"
    assert ipms("admin", "trust", "--ca", fresh_ca.folder, "--out", trust_file) == 0
    escrow = fresh_ca.escrow_private_key("test-only escrow passphrase")
    assert load_trust_settings(trust_file).escrow_recipient == escrow.public_key()
