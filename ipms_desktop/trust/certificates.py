"""Checking a signer's certificate against the root and CRL from the trust settings.

Every refusal carries a short, stable reason code (``signer-revoked``, ...) so ``ipms verify``
and the GUI can say exactly why a bundle is refused, and tests can tell the cases apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.messages.registry import Message
from ipms_desktop.trust.extensions import role_of


class CredentialRejected(IpmsError):
    """A certificate that may not sign: ``reason`` is a stable code, the message explains."""

    def __init__(self, reason: str, message: Message | str, **values: object) -> None:
        super().__init__(message, **values)
        self.args = (f"{reason}: {self.args[0]}",)
        self.reason = reason


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    """``sha256:<hex>`` of the DER certificate, as ``openssl x509 -fingerprint -sha256``."""
    return "sha256:" + certificate.fingerprint(hashes.SHA256()).hex()


def public_key_id(certificate: x509.Certificate) -> str:
    """``sha256:<hex>`` of the certificate's DER SubjectPublicKeyInfo: who signed, by key.

    Unlike the certificate fingerprint it survives renewal with the same key, and only the
    key's holder can sign under it, so merge identifies signers by it.
    """
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return "sha256:" + hashlib.sha256(spki).hexdigest()


def subject_text(certificate: x509.Certificate) -> str:
    return certificate.subject.rfc4514_string()


@dataclass(frozen=True)
class SignerIdentity:
    """Who signed, as the root certified them."""

    certificate: x509.Certificate
    subject: str
    role: str
    fingerprint: str
    key_id: str


def check_issued_by_root(certificate: x509.Certificate, root: x509.Certificate) -> None:
    """Raise ``untrusted-signer`` unless ``root`` signed ``certificate``."""
    try:
        certificate.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        raise CredentialRejected(
            "untrusted-signer", msgs.SIGNER_CERTIFICATE_NOT_ISSUED_TRUSTED, root=subject_text(root)
        ) from None


def check_signer(
    certificate: x509.Certificate,
    root: x509.Certificate,
    crl: x509.CertificateRevocationList,
    *,
    at: datetime,
    allowed_roles: Collection[str],
) -> SignerIdentity:
    """The signer's identity if ``certificate`` may sign at time ``at`` in one of the roles."""
    check_issued_by_root(certificate, root)
    try:
        return _check_issued_certificate(certificate, crl, at, allowed_roles)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise CredentialRejected(
            "untrusted-signer", msgs.SIGNER_CERTIFICATE_CANNOT_READ, error=error
        ) from None


def _check_issued_certificate(
    certificate: x509.Certificate,
    crl: x509.CertificateRevocationList,
    at: datetime,
    allowed_roles: Collection[str],
) -> SignerIdentity:
    subject = subject_text(certificate)
    if not isinstance(certificate.public_key(), ed25519.Ed25519PublicKey):
        raise CredentialRejected("not-a-signing-certificate", msgs.NO_ED_KEY, subject=subject)
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise CredentialRejected(
            "not-a-signing-certificate", msgs.LACKS_BASICCONSTRAINTS_KEYUSAGE, subject=subject
        ) from None
    if constraints.ca or not usage.digital_signature:
        raise CredentialRejected(
            "not-a-signing-certificate", msgs.NOT_END_ENTITY_SIGNING_CERTIFICATE, subject=subject
        )
    if at < certificate.not_valid_before_utc:
        raise CredentialRejected(
            "signer-not-yet-valid",
            msgs.CERTIFICATE_VALID_FROM,
            subject=subject,
            not_valid_before_utc=_when(certificate.not_valid_before_utc),
        )
    if at > certificate.not_valid_after_utc:
        raise CredentialRejected(
            "signer-expired",
            msgs.CERTIFICATE_EXPIRED,
            subject=subject,
            not_valid_after_utc=_when(certificate.not_valid_after_utc),
        )
    if crl.get_revoked_certificate_by_serial_number(certificate.serial_number) is not None:
        raise CredentialRejected("signer-revoked", msgs.CERTIFICATE_BEEN_REVOKED, subject=subject)
    role = role_of(certificate)
    if role is None or role not in allowed_roles:
        allowed = " or ".join(sorted(allowed_roles))
        raise CredentialRejected(
            "role-not-allowed",
            msgs.HOLDS_ROLE_BUT_NEEDS,
            subject=subject,
            value=role or "none",
            allowed=allowed,
        )
    return SignerIdentity(
        certificate, subject, role, certificate_fingerprint(certificate), public_key_id(certificate)
    )


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"
