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
from ipms_desktop.messages import trust as msgs
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
        raise IpmsError(msgs.NO_TRUST_SETTINGS_PROFILE_INSTALL)
    return trust


def check_trust_update(installed: TrustSettings | None, update: TrustSettings) -> bool:
    """Whether ``update`` should replace ``installed``; refuses another root or a rollback.

    Returns False when the very same file is already installed.
    """
    if installed is None:
        return True
    if installed.root_fingerprint != update.root_fingerprint:
        raise IpmsError(
            msgs.THESE_TRUST_SETTINGS_ARE_SIGNED,
            root_fingerprint=update.root_fingerprint,
            root_fingerprint2=installed.root_fingerprint,
        )
    if update.serial < installed.serial or (
        update.serial == installed.serial and update.raw != installed.raw
    ):
        raise IpmsError(
            msgs.TRUST_SETTINGS_SERIAL_OLDER_THAN, serial=update.serial, serial2=installed.serial
        )
    refuse_older_crl(installed, update)
    return update.serial > installed.serial


def refuse_older_crl(installed: TrustSettings, update: TrustSettings) -> None:
    """Refuse trust settings whose CRL is older than the installed one's, or that drop a
    revocation: a higher serial must never bring a revoked certificate back to life."""
    if update.crl_number < installed.crl_number:
        raise IpmsError(
            msgs.TRUST_CRL_OLDER,
            serial=update.serial,
            crl=update.crl_number,
            installed=installed.crl_number,
        )
    restored = installed.revoked_serials - update.revoked_serials
    if restored:
        raise IpmsError(msgs.TRUST_REVOCATIONS_DROPPED, serial=update.serial, count=len(restored))


def load_certificate_file(data: bytes, source: str) -> x509.Certificate:
    if len(data) > MAX_CERTIFICATE_FILE_BYTES:
        raise IpmsError(msgs.TOO_LARGE_CERTIFICATE, source=source)
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        raise IpmsError(msgs.NOT_PEM_CERTIFICATE_4, source=source) from None


def install_certificate(store: SecretStore, data: bytes, source: str) -> x509.Certificate:
    """Keep the issued certificate, after checking it certifies this profile's key.

    With trust settings installed it must also chain to their root and be valid and
    unrevoked now, so a profile never signs with a certificate ``ipms verify`` would refuse.
    """
    certificate = load_certificate_file(data, source)
    signing_secret = store.get_secret(SIGNING_KEY_SECRET)
    if signing_secret is None:
        raise IpmsError(msgs.PROFILE_NO_KEY_PAIR_YET)
    own_key = ed25519.Ed25519PrivateKey.from_private_bytes(signing_secret).public_key()
    if certificate.public_key() != own_key:
        raise IpmsError(msgs.CERTIFIES_ANOTHER_KEY_NOT_PROFILE, source=source)
    trust = installed_trust(store)
    if trust is not None:
        try:
            check_signer(
                certificate, trust.root, trust.crl, at=datetime.now(UTC), allowed_roles=ROLE_OIDS
            )
        except CredentialRejected as error:
            raise IpmsError(msgs.CERTIFICATE_REFUSED, source=source, error=error) from None
    store.set_secret(CERTIFICATE_SECRET, certificate.public_bytes(serialization.Encoding.PEM))
    return certificate


def install_role_certificate(store: SecretStore, certificate_pem: bytes, role: str) -> None:
    """Keep a further certificate of this profile's signing key for ``role``."""
    certificate = x509.load_pem_x509_certificate(certificate_pem)
    signing_key, _ = ensure_key_pairs(store)
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if certificate.public_key().public_bytes(*spki) != signing_key.public_key().public_bytes(*spki):
        raise IpmsError(msgs.ROLE_CERTIFICATE_FOR_ANOTHER_KEY, role=role)
    store.set_secret(ROLE_CERTIFICATE_SECRET_PREFIX + role, certificate_pem)


def signing_credentials(
    store: SecretStore, roles: frozenset[str] | None = None
) -> tuple[ed25519.Ed25519PrivateKey, x509.Certificate]:
    """The profile's signing key and its installed certificate; when that certificate's
    role is not among ``roles``, a further certificate kept for one of them, if any."""
    signing_secret = store.get_secret(SIGNING_KEY_SECRET)
    stored_certificate = store.get_secret(CERTIFICATE_SECRET)
    if signing_secret is None or stored_certificate is None:
        raise IpmsError(msgs.PROFILE_NO_CERTIFICATE_RUN_IPMS)
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
        raise IpmsError(msgs.CERTIFICATE_REFUSED, source=source, error=error) from None
    if trust.crl.get_revoked_certificate_by_serial_number(certificate.serial_number):
        raise IpmsError(msgs.BEEN_REVOKED, source=source, certificate=subject_text(certificate))
    now = datetime.now(UTC)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise IpmsError(msgs.NOT_VALID_NOW, source=source, certificate=subject_text(certificate))
    key = recipient_key_of(certificate.extensions, source)
    if key is None:
        raise IpmsError(
            msgs.CARRIES_NO_RECIPIENT_KEY_SO,
            source=source,
            certificate=subject_text(certificate),
            certificate2=certificate_fingerprint(certificate),
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
            raise IpmsError(msgs.CANNOT_READ_4, path=path, strerror=error.strerror) from None
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
        raise IpmsError(msgs.TRUST_SETTINGS_ESCROW_KEY_USES, suite_id=recipient.suite_id)
    return recipient.key_bytes


def install_trust(keys: TrustHolder, settings: TrustSettings) -> None:
    """Keep verified trust settings inside the encrypted profile and, when they carry
    CoMSEC's escrow key (first time or rotated), seal the profile's key to it."""
    escrow = escrow_key_bytes(settings)
    keys.set_secret(TRUST_SETTINGS_SECRET, settings.raw)
    if escrow is not None:
        keys.set_escrow_key(escrow)
