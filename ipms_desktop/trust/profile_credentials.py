"""A profile's own credentials: its key pairs, its certificate and its trust settings.

Works on anything with ``get_secret``/``set_secret`` (the encrypted profile's ``profile.keys``,
or a plain dict-backed object in tests), so the trust code needs no database. Private keys never
leave that store: only the certificate request and public keys do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    certificate_fingerprint,
    check_issued_by_root,
    check_signer,
    subject_text,
)
from ipms_desktop.trust.extensions import ROLE_OIDS, recipient_key_of, role_of
from ipms_desktop.trust.recipients import RecipientPrivateKey, RecipientPublicKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings

SIGNING_KEY_SECRET = "credentials.signing_key"
RECIPIENT_KEY_SECRET = "credentials.recipient_key"
CERTIFICATE_SECRET = "credentials.certificate"
# A further certificate for the same keys in another role, by role name: a training profile
# holds a team-lead one beside its assessor certificate, so one person can sign both kinds.
ROLE_CERTIFICATE_SECRET_PREFIX = "credentials.certificate."
TRUST_SETTINGS_SECRET = "trust.settings"
MAX_CERTIFICATE_FILE_BYTES = 64 * 1024


class SecretStore(Protocol):
    def get_secret(self, name: str) -> bytes | None: ...

    def set_secret(self, name: str, value: bytes) -> None: ...


def ensure_key_pairs(store: SecretStore) -> tuple[ed25519.Ed25519PrivateKey, RecipientPrivateKey]:
    """The profile's signing and recipient keys, generated on first use and kept in ``store``."""
    signing_secret = store.get_secret(SIGNING_KEY_SECRET)
    if signing_secret is None:
        signing_key = ed25519.Ed25519PrivateKey.generate()
        store.set_secret(SIGNING_KEY_SECRET, signing_key.private_bytes_raw())
    else:
        signing_key = ed25519.Ed25519PrivateKey.from_private_bytes(signing_secret)
    recipient_key = recipient_private_key(store)
    if recipient_key is None:
        recipient_key = RecipientPrivateKey.generate()
        store.set_secret(
            RECIPIENT_KEY_SECRET,
            recipient_key.suite_id.encode("ascii") + b"\0" + recipient_key.secret_bytes,
        )
    return signing_key, recipient_key


def recipient_private_key(store: SecretStore) -> RecipientPrivateKey | None:
    """The key this profile opens bundles addressed to it with, if it has one."""
    stored = store.get_secret(RECIPIENT_KEY_SECRET)
    if stored is None:
        return None
    suite_part, _, secret = stored.partition(b"\0")
    return RecipientPrivateKey(suite_part.decode("ascii"), secret)


def certificate_request(store: SecretStore, holder_name: str) -> bytes:
    """A PKCS#10 request for the profile's keys (created if needed) naming ``holder_name``."""
    signing_key, recipient_key = ensure_key_pairs(store)
    return build_certificate_request(signing_key, holder_name, recipient_key.public_key())


def installed_trust(store: SecretStore) -> TrustSettings | None:
    stored = store.get_secret(TRUST_SETTINGS_SECRET)
    return None if stored is None else load_trust_settings(stored)


def require_trust(store: SecretStore) -> TrustSettings:
    trust = installed_trust(store)
    if trust is None:
        raise IpmsError(
            "no trust settings in this profile; install CoMSEC's file with "
            "`ipms profile install-trust`"
        )
    return trust


def check_trust_update(installed: TrustSettings | None, update: TrustSettings) -> bool:
    """Whether ``update`` should replace ``installed``; refuses another root or a rollback.

    Returns False when the very same file is already installed.
    """
    if installed is None:
        return True
    if installed.root_fingerprint != update.root_fingerprint:
        raise IpmsError(
            f"these trust settings are signed by another root ({update.root_fingerprint}); "
            f"this profile trusts {installed.root_fingerprint}. Ask CoMSEC for the right file"
        )
    if update.serial < installed.serial or (
        update.serial == installed.serial and update.raw != installed.raw
    ):
        raise IpmsError(
            f"trust settings serial {update.serial} is older than the installed serial "
            f"{installed.serial}; refusing to go back (rollback)"
        )
    refuse_older_crl(installed, update)
    return update.serial > installed.serial


def refuse_older_crl(installed: TrustSettings, update: TrustSettings) -> None:
    """Refuse trust settings whose CRL is older than the installed one's, or that drop a
    revocation: a higher serial must never bring a revoked certificate back to life."""
    if update.crl_number < installed.crl_number:
        raise IpmsError(
            f"trust settings serial {update.serial} carry CRL number {update.crl_number}, older "
            f"than the installed CRL number {installed.crl_number}; installing them would undo "
            "revocations. Ask CoMSEC for trust settings made after the latest revocation",
            message_id="trust-crl-older",
            serial=str(update.serial),
            crl=str(update.crl_number),
            installed=str(installed.crl_number),
        )
    restored = installed.revoked_serials - update.revoked_serials
    if restored:
        raise IpmsError(
            f"trust settings serial {update.serial} no longer list {len(restored)} revoked "
            "certificate(s) the installed ones revoke; installing them would undo revocations. "
            "Ask CoMSEC for trust settings made after the latest revocation",
            message_id="trust-crl-older",
            serial=str(update.serial),
            crl=str(update.crl_number),
            installed=str(installed.crl_number),
        )


def load_certificate_file(data: bytes, source: str) -> x509.Certificate:
    if len(data) > MAX_CERTIFICATE_FILE_BYTES:
        raise IpmsError(f"{source}: too large for a certificate")
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        raise IpmsError(f"{source}: not a PEM certificate") from None


def install_certificate(store: SecretStore, data: bytes, source: str) -> x509.Certificate:
    """Keep the issued certificate, after checking it certifies this profile's key.

    With trust settings installed it must also chain to their root and be valid and
    unrevoked now, so a profile never signs with a certificate ``ipms verify`` would refuse.
    """
    certificate = load_certificate_file(data, source)
    signing_secret = store.get_secret(SIGNING_KEY_SECRET)
    if signing_secret is None:
        raise IpmsError("this profile has no key pair yet; run `ipms profile request` first")
    own_key = ed25519.Ed25519PrivateKey.from_private_bytes(signing_secret).public_key()
    if certificate.public_key() != own_key:
        raise IpmsError(
            f"{source}: certifies another key, not this profile's; install the certificate "
            "issued for this profile's request"
        )
    trust = installed_trust(store)
    if trust is not None:
        try:
            check_signer(
                certificate, trust.root, trust.crl, at=datetime.now(UTC), allowed_roles=ROLE_OIDS
            )
        except CredentialRejected as error:
            raise IpmsError(f"{source}: {error}") from None
    store.set_secret(CERTIFICATE_SECRET, certificate.public_bytes(serialization.Encoding.PEM))
    return certificate


def install_role_certificate(store: SecretStore, certificate_pem: bytes, role: str) -> None:
    """Keep a further certificate of this profile's signing key for ``role``."""
    certificate = x509.load_pem_x509_certificate(certificate_pem)
    signing_key, _ = ensure_key_pairs(store)
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if certificate.public_key().public_bytes(*spki) != signing_key.public_key().public_bytes(*spki):
        raise IpmsError(f"the {role} certificate is for another key than this profile's")
    store.set_secret(ROLE_CERTIFICATE_SECRET_PREFIX + role, certificate_pem)


def signing_credentials(
    store: SecretStore, roles: frozenset[str] | None = None
) -> tuple[ed25519.Ed25519PrivateKey, x509.Certificate]:
    """The profile's signing key and its installed certificate; when that certificate's
    role is not among ``roles``, a further certificate kept for one of them, if any."""
    signing_secret = store.get_secret(SIGNING_KEY_SECRET)
    stored_certificate = store.get_secret(CERTIFICATE_SECRET)
    if signing_secret is None or stored_certificate is None:
        raise IpmsError(
            "this profile has no certificate; run `ipms profile request`, have CoMSEC issue "
            "it, then `ipms profile install-cert`"
        )
    certificate = x509.load_pem_x509_certificate(stored_certificate)
    if roles is not None and role_of(certificate) not in roles:
        for role in sorted(roles):
            further = store.get_secret(ROLE_CERTIFICATE_SECRET_PREFIX + role)
            if further is not None:
                certificate = x509.load_pem_x509_certificate(further)
                break
    return ed25519.Ed25519PrivateKey.from_private_bytes(signing_secret), certificate


def recipient_from_certificate(
    data: bytes, source: str, trust: TrustSettings
) -> RecipientPublicKey:
    """The certified recipient key of an extra ``--to`` recipient, checked against the root."""
    certificate = load_certificate_file(data, source)
    try:
        check_issued_by_root(certificate, trust.root)
    except CredentialRejected as error:
        raise IpmsError(f"{source}: {error}") from None
    if trust.crl.get_revoked_certificate_by_serial_number(certificate.serial_number):
        raise IpmsError(f"{source}: {subject_text(certificate)} has been revoked")
    now = datetime.now(UTC)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise IpmsError(f"{source}: {subject_text(certificate)} is not valid now")
    key = recipient_key_of(certificate.extensions, source)
    if key is None:
        raise IpmsError(
            f"{source}: {subject_text(certificate)} ({certificate_fingerprint(certificate)}) "
            "carries no recipient key, so bundles cannot be encrypted to it"
        )
    return key


def recipients_from_certificate_files(
    store: SecretStore, paths: Sequence[Path]
) -> list[RecipientPublicKey]:
    """The certified recipient keys of the ``--to`` certificate files, each checked against
    the root of the trust settings installed in ``store``."""
    trust = require_trust(store)
    recipients = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise IpmsError(f"{path}: cannot read ({error.strerror})") from None
        recipients.append(recipient_from_certificate(data, str(path), trust))
    return recipients


class TrustHolder(SecretStore, Protocol):
    """A profile's keys: they keep trust settings and can seal the data key to CoMSEC's
    escrow key (``profile.keys``)."""

    def set_escrow_key(self, escrow_public_key: bytes) -> bool: ...


def escrow_key_bytes(settings: TrustSettings) -> bytes | None:
    """The escrow public key the trust settings ask profiles to seal their key to, if any."""
    from ipms_desktop.store.keyslots import ESCROW_PUBLIC_KEY_BYTES

    recipient = settings.escrow_recipient
    if recipient is None:
        return None
    if len(recipient.key_bytes) != ESCROW_PUBLIC_KEY_BYTES:
        raise IpmsError(
            f"the trust settings' escrow key uses suite {recipient.suite_id}; the profile's "
            "escrow slot needs an ML-KEM-768 + X25519 key"
        )
    return recipient.key_bytes


def install_trust(keys: TrustHolder, settings: TrustSettings) -> None:
    """Keep verified trust settings inside the encrypted profile and, when they carry
    CoMSEC's escrow key (first time or rotated), seal the profile's key to it."""
    escrow = escrow_key_bytes(settings)
    keys.set_secret(TRUST_SETTINGS_SECRET, settings.raw)
    if escrow is not None:
        keys.set_escrow_key(escrow)
