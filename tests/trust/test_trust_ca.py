"""The certificate authority: root, issuing, revocation, and the signer checks bundles use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from ipms_desktop.errors import IpmsError
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import CredentialRejected, check_signer
from ipms_desktop.trust.extensions import ROLE_OIDS, recipient_key_of, role_of
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request, load_certificate_request
from tests.trust.conftest import CA_PASSPHRASE, CHEAP_KDF, KEY_PASSPHRASE


def _issue(ca, role="assessor", *, recipient=None, **options) -> x509.Certificate:
    key = ed25519.Ed25519PrivateKey.generate()
    request = build_certificate_request(key, "Test Holder", recipient)
    return ca.issue(request, role, CA_PASSPHRASE, **options)


def _ext(certificate, kind):
    return certificate.extensions.get_extension_for_class(kind)


def test_root_is_an_ed25519_ca_with_key_identifiers(ca):
    root = ca.root_certificate()
    assert isinstance(root.public_key(), ed25519.Ed25519PublicKey)
    constraints = _ext(root, x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca
    usage = _ext(root, x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    ski = _ext(root, x509.SubjectKeyIdentifier).value
    assert _ext(root, x509.AuthorityKeyIdentifier).value.key_identifier == ski.digest
    root.verify_directly_issued_by(root)


def test_init_writes_every_file_and_keeps_keys_encrypted(ca):
    for path in (
        ca.root_path,
        ca.root_key_path,
        ca.consolidation_key_path,
        ca.crl_path,
        ca.consolidation_public_path,
    ):
        assert path.is_file()
    assert b"ENCRYPTED" in ca.root_key_path.read_bytes()
    assert ca.root_key(CA_PASSPHRASE).public_key() == ca.root_certificate().public_key()
    private = ca.consolidation_private_key(KEY_PASSPHRASE)
    assert private.public_key() == ca.consolidation_public_key()


def test_init_refuses_to_overwrite_a_ca(ca):
    with pytest.raises(IpmsError, match="already holds a CA"):
        CertificateAuthority.create(ca.folder, "Other", "a", "b", kdf=CHEAP_KDF)


def test_wrong_ca_passphrase_is_refused(ca):
    with pytest.raises(IpmsError, match="wrong passphrase"):
        _issue_with_passphrase(ca, "not it")


def _issue_with_passphrase(ca, passphrase):
    key = ed25519.Ed25519PrivateKey.generate()
    return ca.issue(build_certificate_request(key, "X"), "assessor", passphrase)


@pytest.mark.parametrize("role", sorted(ROLE_OIDS))
def test_issued_certificate_carries_role_and_signing_usage(ca, role):
    certificate = _issue(ca, role, days=10)
    assert role_of(certificate) == role
    usage = _ext(certificate, x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and not usage.value.key_cert_sign
    assert not _ext(certificate, x509.BasicConstraints).value.ca
    root_ski = _ext(ca.root_certificate(), x509.SubjectKeyIdentifier).value.digest
    assert _ext(certificate, x509.AuthorityKeyIdentifier).value.key_identifier == root_ski
    lifetime = certificate.not_valid_after_utc - certificate.not_valid_before_utc
    assert lifetime == timedelta(days=10)
    assert (ca.issued_folder / f"{certificate.serial_number:x}.pem").is_file()


def test_recipient_key_in_the_request_is_certified(ca):
    recipient = RecipientPrivateKey.generate().public_key()
    certificate = _issue(ca, "team-lead", recipient=recipient)
    assert recipient_key_of(certificate.extensions, "cert") == recipient


def test_tampered_request_is_refused(ca):
    key = ed25519.Ed25519PrivateKey.generate()
    request = load_certificate_request(build_certificate_request(key, "Honest Name"), "req")
    der = bytearray(request.public_bytes(serialization.Encoding.DER))
    der[der.find(b"Honest")] ^= 0x20
    tampered = x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM)
    with pytest.raises(IpmsError, match="signature does not verify"):
        ca.issue(tampered, "assessor", CA_PASSPHRASE)


def test_non_ed25519_request_is_refused(ca):
    key = ec.generate_private_key(ec.SECP256R1())
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EC Holder")]))
        .sign(key, hashes.SHA256())
    )
    with pytest.raises(IpmsError, match="Ed25519"):
        ca.issue(request.public_bytes(serialization.Encoding.PEM), "assessor", CA_PASSPHRASE)


@pytest.mark.parametrize(("role", "days"), [("admin", 10), ("assessor", 0), ("assessor", 99999)])
def test_bad_role_or_days_are_refused(ca, role, days):
    with pytest.raises(IpmsError):
        _issue(ca, role, days=days)


def test_revocation_grows_the_crl_and_its_number(fresh_ca):
    first, second = _issue(fresh_ca), _issue(fresh_ca)
    assert fresh_ca.revoke(first, CA_PASSPHRASE, "superseded") == 2
    assert fresh_ca.revoke(second, CA_PASSPHRASE, "superseded") == 3
    crl = fresh_ca.crl()
    assert {entry.serial_number for entry in crl} == {first.serial_number, second.serial_number}
    assert crl.is_signature_valid(fresh_ca.root_certificate().public_key())
    with pytest.raises(IpmsError, match="already revoked"):
        fresh_ca.revoke(first, CA_PASSPHRASE, "superseded")


def test_revoking_a_foreign_certificate_is_refused(ca, fresh_ca):
    with pytest.raises(IpmsError, match="not issued by this CA"):
        fresh_ca.revoke(_issue(ca), CA_PASSPHRASE, "superseded")


def test_check_signer_names_each_reason(fresh_ca, ca):
    # Issued at ``now`` itself: a certificate issued a moment after ``now`` would read as
    # "not yet valid" at ``now`` and hide the reason each case is about.
    now = datetime.now(UTC)
    good = _issue(fresh_ca, now=now)
    revoked = _issue(fresh_ca, now=now)
    fresh_ca.revoke(revoked, CA_PASSPHRASE, "superseded")
    expired = _issue(fresh_ca, days=1, now=now - timedelta(days=5))
    root, crl = fresh_ca.root_certificate(), fresh_ca.crl()
    assessor_only = {"assessor"}
    assert check_signer(good, root, crl, at=now, allowed_roles=assessor_only).role == "assessor"
    cases = {
        "signer-revoked": (revoked, now, assessor_only),
        "signer-expired": (expired, now, assessor_only),
        "signer-not-yet-valid": (good, now - timedelta(days=1), assessor_only),
        "role-not-allowed": (good, now, {"team-lead"}),
        "untrusted-signer": (_issue(ca, now=now), now, assessor_only),
        "not-a-signing-certificate": (root, now, assessor_only),
    }
    for reason, (certificate, at, roles) in cases.items():
        with pytest.raises(CredentialRejected) as caught:
            check_signer(certificate, root, crl, at=at, allowed_roles=roles)
        assert caught.value.reason == reason
