"""Who signs an export and to whom it is encrypted, for every kind of bundle.

An assessor's export and a team lead's consensus export make the same checks before any
byte is written: the profile holds trust settings and a certificate, the certificate may
sign this kind of bundle today, and the framework is one the trust settings approve.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.x509.oid import NameOID

from ipms_desktop.bundles.format import KINDS
from ipms_desktop.bundles.writer import BundleSigner
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import bundles as msgs
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    certificate_fingerprint,
    check_signer,
)
from ipms_desktop.trust.profile_credentials import SecretStore, require_trust, signing_credentials
from ipms_desktop.trust.recipients import RecipientPublicKey


@dataclass(frozen=True)
class ExportSigner:
    """The checked signer of one export, its name and fingerprint, and its recipients."""

    signer: BundleSigner
    name: str
    fingerprint: str
    recipients: list[RecipientPublicKey]


def prepare_export(
    keys: SecretStore,
    kind: str,
    framework_id: str,
    framework_hash: str,
    extra_recipients: Sequence[RecipientPublicKey] = (),
) -> ExportSigner:
    """Check that the profile holding ``keys`` may sign a ``kind`` bundle for this
    framework, now."""
    trust = require_trust(keys)
    signing_key, certificate = signing_credentials(keys, KINDS[kind].signer_roles)
    try:
        check_signer(
            certificate,
            trust.root,
            trust.crl,
            at=datetime.now(UTC),
            allowed_roles=KINDS[kind].signer_roles,
        )
    except CredentialRejected as error:
        raise IpmsError(
            msgs.CERTIFICATE_CANNOT_SIGN_CONSENSUS
            if kind == "consensus"
            else msgs.CERTIFICATE_CANNOT_SIGN_ASSESSMENTS,
            error=error,
        ) from None
    if framework_hash not in trust.allowed_framework_hashes:
        raise IpmsError(
            msgs.FRAMEWORK_NOT_APPROVED_INSTALLED_TRUST,
            framework_id=framework_id,
            framework_hash=framework_hash,
        )
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return ExportSigner(
        signer=BundleSigner(signing_key, certificate),
        name=str(names[0].value) if names else certificate.subject.rfc4514_string(),
        fingerprint=certificate_fingerprint(certificate),
        recipients=[*trust.default_recipients(), *extra_recipients],
    )
