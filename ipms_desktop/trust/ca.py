"""CoMSEC's certificate authority: a folder holding the root, its keys, the CRL and counters.

Layout of ``DIR`` (docs/trust-format.md): ``root.pem``, ``root.key`` (encrypted),
``consolidation.key`` (encrypted), ``consolidation.pub``, optionally ``escrow.key`` and
``escrow.pub``, ``crl.pem``, ``trust.serial`` and ``issued/<serial>.pem``. Every file is
replaced atomically, so an interrupted command leaves the CA as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.x509.oid import NameOID

from ipms_desktop.atomic import make_private_folder, write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import list_framework_versions
from ipms_desktop.messages import trust as msgs
from ipms_desktop.settings import TRUST
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    certificate_fingerprint,
    check_issued_by_root,
)
from ipms_desktop.trust.extensions import RECIPIENT_KEY_OID, ROLE_OIDS, recipient_key_of
from ipms_desktop.trust.keyfile import (
    PRODUCTION_ARGON2,
    Argon2Parameters,
    decrypt_key_file,
    encrypt_key_file,
    key_file_type,
)
from ipms_desktop.trust.recipients import RecipientPrivateKey, RecipientPublicKey
from ipms_desktop.trust.requests import load_certificate_request
from ipms_desktop.trust.trust_settings import (
    AllowedFramework,
    crl_number_of,
    sign_trust_settings,
)

ROOT_KEY_TYPE = "ed25519"
RECIPIENT_KEY_TYPE_PREFIX = "hpke:"


def recipient_key_type(key: RecipientPrivateKey) -> str:
    """The key-file type tag of a recipient private key (``hpke:<suite id>``)."""
    return RECIPIENT_KEY_TYPE_PREFIX + key.suite_id


def load_recipient_key_file(path: Path, passphrase: str) -> RecipientPrivateKey:
    """The recipient private key in key file ``path`` (any suite in the table)."""
    data = _read(path)
    key_type = key_file_type(data, str(path))
    if not key_type.startswith(RECIPIENT_KEY_TYPE_PREFIX):
        raise IpmsError(msgs.HOLDS_KEY_NOT_RECIPIENT_KEY, path=path, key_type=key_type)
    secret = decrypt_key_file(data, passphrase, key_type, str(path))
    return RecipientPrivateKey(key_type.removeprefix(RECIPIENT_KEY_TYPE_PREFIX), secret)


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise IpmsError(msgs.CANNOT_READ_4, path=path, strerror=error.strerror) from None


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).replace(microsecond=0)


class CertificateAuthority:
    """Operations on one CA folder; the root key is decrypted only for the call that signs."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def root_path(self) -> Path:
        return self.folder / "root.pem"

    @property
    def root_key_path(self) -> Path:
        return self.folder / "root.key"

    @property
    def consolidation_key_path(self) -> Path:
        return self.folder / "consolidation.key"

    @property
    def consolidation_public_path(self) -> Path:
        return self.folder / "consolidation.pub"

    @property
    def escrow_key_path(self) -> Path:
        return self.folder / "escrow.key"

    @property
    def escrow_public_path(self) -> Path:
        return self.folder / "escrow.pub"

    @property
    def crl_path(self) -> Path:
        return self.folder / "crl.pem"

    @property
    def trust_serial_path(self) -> Path:
        return self.folder / "trust.serial"

    @property
    def issued_folder(self) -> Path:
        return self.folder / "issued"

    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        ca_passphrase: str,
        key_passphrase: str,
        *,
        kdf: Argon2Parameters = PRODUCTION_ARGON2,
        now: datetime | None = None,
    ) -> CertificateAuthority:
        """A new CA in ``folder``: root certificate and key, consolidation key pair, empty CRL."""
        authority = cls(folder)
        if not name.strip():
            raise IpmsError(msgs.CA_NEEDS_NAME_PASS_NAME)
        if authority.root_path.exists() or authority.root_key_path.exists():
            raise IpmsError(msgs.ALREADY_HOLDS_CA_CHOOSE_EMPTY, folder=authority.folder)
        make_private_folder(authority.folder)
        make_private_folder(authority.issued_folder)
        issued = _now(now)
        root_key = ed25519.Ed25519PrivateKey.generate()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name.strip())])
        key_identifier = x509.SubjectKeyIdentifier.from_public_key(root_key.public_key())
        root = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(root_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(issued)
            .not_valid_after(issued + timedelta(days=TRUST.root_validity_days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(cert_sign=True), critical=True)
            .add_extension(key_identifier, critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(key_identifier),
                critical=False,
            )
            .sign(root_key, None)
        )
        consolidation = RecipientPrivateKey.generate()
        write_bytes_atomically(
            authority.root_key_path,
            encrypt_key_file(ROOT_KEY_TYPE, root_key.private_bytes_raw(), ca_passphrase, kdf),
        )
        write_bytes_atomically(
            authority.consolidation_key_path,
            encrypt_key_file(
                recipient_key_type(consolidation),
                consolidation.secret_bytes,
                key_passphrase,
                kdf,
            ),
        )
        write_bytes_atomically(
            authority.consolidation_public_path, consolidation.public_key().to_pem()
        )
        write_bytes_atomically(authority.crl_path, _crl_pem(root, root_key, [], 1, issued))
        write_bytes_atomically(authority.root_path, root.public_bytes(serialization.Encoding.PEM))
        return authority

    def root_certificate(self) -> x509.Certificate:
        try:
            return x509.load_pem_x509_certificate(_read(self.root_path))
        except ValueError:
            raise IpmsError(msgs.NOT_PEM_CERTIFICATE_3, root_path=self.root_path) from None

    def root_key(self, passphrase: str) -> ed25519.Ed25519PrivateKey:
        secret = decrypt_key_file(
            _read(self.root_key_path), passphrase, ROOT_KEY_TYPE, str(self.root_key_path)
        )
        key = ed25519.Ed25519PrivateKey.from_private_bytes(secret)
        if key.public_key() != self.root_certificate().public_key():
            raise IpmsError(
                msgs.DOES_NOT_BELONG, root_key_path=self.root_key_path, root_path=self.root_path
            )
        return key

    def crl(self) -> x509.CertificateRevocationList:
        try:
            return x509.load_pem_x509_crl(_read(self.crl_path))
        except ValueError:
            raise IpmsError(msgs.NOT_PEM_CRL, crl_path=self.crl_path) from None

    def consolidation_public_key(self) -> RecipientPublicKey:
        path = self.consolidation_public_path
        return RecipientPublicKey.from_pem(_read(path), str(path))

    def consolidation_private_key(self, passphrase: str) -> RecipientPrivateKey:
        return load_recipient_key_file(self.consolidation_key_path, passphrase)

    def create_escrow_key(
        self, passphrase: str, *, kdf: Argon2Parameters = PRODUCTION_ARGON2
    ) -> RecipientPublicKey:
        """The escrow key pair: every bundle and every profile's escrow slot is opened by it.

        Kept apart from the consolidation key so it can live offline, in a safe.
        """
        if self.escrow_key_path.exists() or self.escrow_public_path.exists():
            raise IpmsError(msgs.ALREADY_HOLDS_ESCROW_KEY_NEVER, folder=self.folder)
        escrow = RecipientPrivateKey.generate()
        write_bytes_atomically(
            self.escrow_key_path,
            encrypt_key_file(recipient_key_type(escrow), escrow.secret_bytes, passphrase, kdf),
        )
        write_bytes_atomically(self.escrow_public_path, escrow.public_key().to_pem())
        return escrow.public_key()

    def escrow_public_key(self) -> RecipientPublicKey | None:
        path = self.escrow_public_path
        return RecipientPublicKey.from_pem(_read(path), str(path)) if path.exists() else None

    def escrow_private_key(self, passphrase: str) -> RecipientPrivateKey:
        return load_recipient_key_file(self.escrow_key_path, passphrase)

    def issue(
        self,
        request_pem: bytes,
        role: str,
        ca_passphrase: str,
        *,
        days: int = TRUST.default_certificate_days,
        source: str = "request",
        now: datetime | None = None,
    ) -> x509.Certificate:
        """An end-entity certificate for a verified request, granting ``role`` for ``days``."""
        if role not in ROLE_OIDS:
            raise IpmsError(
                msgs.UNKNOWN_ROLE_KNOWN, role=role, role_oids=", ".join(sorted(ROLE_OIDS))
            )
        if not 1 <= days <= TRUST.max_certificate_days:
            raise IpmsError(msgs.DAYS_MUST_BETWEEN, max_certificate_days=TRUST.max_certificate_days)
        request = load_certificate_request(request_pem, source)
        recipient_key = recipient_key_of(request.extensions, source)
        root = self.root_certificate()
        root_key = self.root_key(ca_passphrase)
        issued = _now(now)
        root_identifier = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        builder = (
            x509.CertificateBuilder()
            .subject_name(request.subject)
            .issuer_name(root.subject)
            .public_key(request.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(issued)
            .not_valid_after(issued + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(cert_sign=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ROLE_OIDS[role]]), critical=False)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(request.public_key()), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
                    root_identifier.value
                ),
                critical=False,
            )
        )
        if recipient_key is not None:
            builder = builder.add_extension(
                request.extensions.get_extension_for_oid(RECIPIENT_KEY_OID).value,
                critical=False,
            )
        certificate = builder.sign(root_key, None)
        make_private_folder(self.issued_folder)
        write_bytes_atomically(
            self.issued_folder / f"{certificate.serial_number:x}.pem",
            certificate.public_bytes(serialization.Encoding.PEM),
        )
        return certificate

    def check_passphrase(self, ca_passphrase: str) -> None:
        """Open the root key once, so a wrong passphrase is said before any question."""
        self.root_key(ca_passphrase)

    def revoke(
        self,
        certificate: x509.Certificate,
        ca_passphrase: str,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> int:
        """Add ``certificate`` to the CRL with ``reason`` (a RFC 5280 code); the new CRL number."""
        if reason not in REVOCATION_REASONS:
            raise IpmsError(
                msgs.UNKNOWN_REVOCATION_REASON_KNOWN,
                cause=reason,
                revocation_reasons=", ".join(REVOCATION_REASONS),
            )
        root = self.root_certificate()
        try:
            check_issued_by_root(certificate, root)
        except CredentialRejected:
            raise IpmsError(msgs.CERTIFICATE_NOT_ISSUED_CA_NOTHING) from None
        if certificate == root:
            raise IpmsError(msgs.ROOT_CERTIFICATE_CANNOT_REVOKE_ITSELF)
        root_key = self.root_key(ca_passphrase)
        current = self.crl()
        serials = [entry.serial_number for entry in current]
        if certificate.serial_number in serials:
            raise IpmsError(
                msgs.CERTIFICATE_ALREADY_REVOKED, certificate=certificate_fingerprint(certificate)
            )
        issued = _now(now)
        entries = [
            _RevokedEntry(entry.serial_number, entry.revocation_date_utc, _reason_of(entry))
            for entry in current
        ]
        entries.append(_RevokedEntry(certificate.serial_number, issued, REVOCATION_REASONS[reason]))
        number = crl_number_of(current) + 1
        write_bytes_atomically(self.crl_path, _crl_pem(root, root_key, entries, number, issued))
        return number

    def trust_settings(
        self,
        ca_passphrase: str,
        *,
        escrow: RecipientPublicKey | None = None,
        frameworks: Sequence[AllowedFramework] | None = None,
        now: datetime | None = None,
    ) -> bytes:
        """A new signed trust settings file, with the next serial number.

        ``escrow`` defaults to the CA's escrow key if it has one; ``frameworks`` to every
        framework this installation ships.
        """
        root = self.root_certificate()
        root_key = self.root_key(ca_passphrase)
        serial = self._last_trust_serial() + 1
        data = sign_trust_settings(
            serial=serial,
            issued=_now(now),
            root=root,
            root_key=root_key,
            crl=self.crl(),
            consolidation_recipients=[self.consolidation_public_key()],
            escrow_recipient=escrow or self.escrow_public_key(),
            frameworks=list(frameworks if frameworks is not None else shipped_frameworks()),
        )
        write_bytes_atomically(self.trust_serial_path, f"{serial}\n".encode("ascii"))
        return data

    def _last_trust_serial(self) -> int:
        if not self.trust_serial_path.exists():
            return 0
        text = _read(self.trust_serial_path).decode("ascii", "replace").strip()
        if not text.isdigit():
            raise IpmsError(
                msgs.DAMAGED_MUST_HOLD_ONE_NUMBER, trust_serial_path=self.trust_serial_path
            )
        return int(text)


def shipped_frameworks() -> list[AllowedFramework]:
    """Every framework version shipped with this installation, by content hash: the current
    files and the earlier versions kept so that work scored against them still exports and
    merges (``frameworks.list_framework_versions``)."""
    return [
        AllowedFramework(f.id, str(f.version), f.content_hash) for f in list_framework_versions()
    ]


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


# The reasons an administrator may give (RFC 5280 CRLReason codes; "unspecified" is left
# out because the RFC asks for the extension to be omitted rather than say it).
REVOCATION_REASONS: dict[str, x509.ReasonFlags] = {
    "key-compromise": x509.ReasonFlags.key_compromise,
    "affiliation-changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation-of-operation": x509.ReasonFlags.cessation_of_operation,
    "privilege-withdrawn": x509.ReasonFlags.privilege_withdrawn,
}


@dataclass(frozen=True)
class _RevokedEntry:
    serial: int
    revoked_at: datetime
    reason: x509.ReasonFlags | None


def _reason_of(entry: x509.RevokedCertificate) -> x509.ReasonFlags | None:
    """The reason kept in an existing CRL entry (older lists carry none)."""
    try:
        return entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
    except x509.ExtensionNotFound:
        return None


def _crl_pem(
    root: x509.Certificate,
    root_key: ed25519.Ed25519PrivateKey,
    entries: list[_RevokedEntry],
    number: int,
    issued: datetime,
) -> bytes:
    root_identifier = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(issued)
        .next_update(issued + timedelta(days=TRUST.crl_validity_days))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_identifier),
            critical=False,
        )
    )
    for entry in entries:
        revoked = (
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revoked_at)
        )
        if entry.reason is not None:
            revoked = revoked.add_extension(x509.CRLReason(entry.reason), critical=False)
        builder = builder.add_revoked_certificate(revoked.build())
    return builder.sign(root_key, None).public_bytes(serialization.Encoding.PEM)
