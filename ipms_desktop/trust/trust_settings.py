"""The signed trust settings file that profiles and installers carry.

It holds everything a laptop needs to decide whom to believe and whom to encrypt for: the
root certificate, the current CRL, the consolidation recipients' public keys, the optional
escrow key and the framework versions (by content hash) assessments may use. The root key
signs it; a serial number that only grows lets a profile refuse an older copy (rollback).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.recipients import RecipientPublicKey
from ipms_desktop.user_files import refuse_repeated_keys

DOCUMENT_TYPE = "ipms-trust-settings"
FORMAT_VERSION = 1
SIGNATURE_CONTEXT = b"IPMS trust settings v1\n"
MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class AllowedFramework:
    framework_id: str
    version: str
    content_hash: str


@dataclass(frozen=True)
class TrustSettings:
    """A verified trust settings file; ``raw`` is the exact file, for storing a copy."""

    serial: int
    issued: datetime
    root: x509.Certificate
    crl: x509.CertificateRevocationList
    consolidation_recipients: tuple[RecipientPublicKey, ...]
    escrow_recipient: RecipientPublicKey | None
    frameworks: tuple[AllowedFramework, ...]
    raw: bytes

    @property
    def root_fingerprint(self) -> str:
        return certificate_fingerprint(self.root)

    @property
    def allowed_framework_hashes(self) -> frozenset[str]:
        return frozenset(framework.content_hash for framework in self.frameworks)

    @property
    def crl_number(self) -> int:
        """The CRL's ``cRLNumber`` (0 when it has none): a newer CRL has a larger number."""
        return crl_number_of(self.crl)

    @property
    def revoked_serials(self) -> frozenset[int]:
        return frozenset(entry.serial_number for entry in self.crl)

    def default_recipients(self) -> tuple[RecipientPublicKey, ...]:
        """Every bundle is readable by consolidation, and by escrow when one is configured."""
        escrow = (self.escrow_recipient,) if self.escrow_recipient else ()
        return self.consolidation_recipients + escrow


def crl_number_of(crl: x509.CertificateRevocationList) -> int:
    try:
        return crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    except x509.ExtensionNotFound:
        return 0


def sign_trust_settings(
    *,
    serial: int,
    issued: datetime,
    root: x509.Certificate,
    root_key: ed25519.Ed25519PrivateKey,
    crl: x509.CertificateRevocationList,
    consolidation_recipients: list[RecipientPublicKey],
    escrow_recipient: RecipientPublicKey | None,
    frameworks: list[AllowedFramework],
) -> bytes:
    """The trust settings file, signed by ``root_key``."""
    payload = {
        "serial": serial,
        "issued": issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "root_certificate": root.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "crl": crl.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "consolidation_recipients": [key.to_json() for key in consolidation_recipients],
        "escrow_recipient": escrow_recipient.to_json() if escrow_recipient else None,
        "frameworks": [
            {"id": f.framework_id, "version": f.version, "hash": f.content_hash} for f in frameworks
        ],
    }
    payload_bytes = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signature = root_key.sign(SIGNATURE_CONTEXT + payload_bytes)
    envelope = {
        "document": DOCUMENT_TYPE,
        "format": FORMAT_VERSION,
        "payload": base64.b64encode(payload_bytes).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("ascii")


def load_trust_settings(source: Path | str | bytes) -> TrustSettings:
    """Read and verify a trust settings file: its signature must verify with its own root.

    The root inside is self-certifying only; whoever installs the file decides to trust that
    root (first install), and later installs must keep the same root (see profile install).
    """
    try:
        return _read_trust_settings(source)
    except IpmsError as error:
        where = "trust settings" if isinstance(source, bytes) else str(source)
        raise IpmsError(msgs.TRUST_FILE_REJECTED, file=where, detail=error) from None


def _read_trust_settings(source: Path | str | bytes) -> TrustSettings:
    if isinstance(source, bytes):
        data, where = source, "trust settings"
    else:
        where = str(source)
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_TRUST_FILE_BYTES + 1)
        except OSError as error:
            raise IpmsError(
                msgs.CANNOT_READ_TRUST_SETTINGS, where=where, strerror=error.strerror
            ) from None
    if len(data) > MAX_TRUST_FILE_BYTES:
        raise IpmsError(msgs.TOO_LARGE_TRUST_SETTINGS_FILE, where=where)
    envelope = _json_object(data, where, "file")
    if envelope.get("document") != DOCUMENT_TYPE:
        raise IpmsError(msgs.NOT_IPMS_TRUST_SETTINGS_FILE, where=where)
    if envelope.get("format") != FORMAT_VERSION:
        raise IpmsError(
            msgs.TRUST_SETTINGS_FORMAT_NOT_SUPPORTED,
            where=where,
            value=repr(envelope.get("format")),
            format_version=FORMAT_VERSION,
        )
    payload_bytes = _base64_field(envelope, "payload", where)
    signature = _base64_field(envelope, "signature", where)
    payload = _json_object(payload_bytes, where, "payload")
    try:
        root = x509.load_pem_x509_certificate(_text(payload, "root_certificate", where).encode())
        crl = x509.load_pem_x509_crl(_text(payload, "crl", where).encode())
    except ValueError as error:
        raise IpmsError(msgs.ROOT_CERTIFICATE_CRL_CANNOT_READ, where=where, error=error) from None
    root_key = root.public_key()
    if not isinstance(root_key, ed25519.Ed25519PublicKey):
        raise IpmsError(msgs.ROOT_CERTIFICATE_NO_ED_KEY, where=where)
    try:
        root_key.verify(signature, SIGNATURE_CONTEXT + payload_bytes)
        root.verify_directly_issued_by(root)
    except (InvalidSignature, ValueError, TypeError):
        raise IpmsError(msgs.SIGNATURE_DOES_NOT_VERIFY_ROOT, where=where) from None
    if not crl.is_signature_valid(root_key):
        raise IpmsError(msgs.CRL_INSIDE_NOT_SIGNED_ROOT, where=where)
    return TrustSettings(
        serial=_serial(payload, where),
        issued=_time(payload, where),
        root=root,
        crl=crl,
        consolidation_recipients=tuple(
            RecipientPublicKey.from_json(item, where)
            for item in _list(payload, "consolidation_recipients", where)
        ),
        escrow_recipient=(
            RecipientPublicKey.from_json(payload["escrow_recipient"], where)
            if payload.get("escrow_recipient") is not None
            else None
        ),
        frameworks=tuple(_framework(item, where) for item in _list(payload, "frameworks", where)),
        raw=data,
    )


def _json_object(data: bytes, where: str, part: str) -> dict:
    try:
        value = json.loads(
            data.decode("utf-8"), object_pairs_hook=refuse_repeated_keys(f"{where}: {part}")
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpmsError(msgs.TRUST_SETTINGS_NOT_VALID_JSON, where=where, part=part) from None
    if not isinstance(value, dict):
        raise IpmsError(msgs.TRUST_SETTINGS_NOT_JSON_OBJECT, where=where, part=part)
    return value


def _base64_field(envelope: dict, name: str, where: str) -> bytes:
    value = envelope.get(name)
    if not isinstance(value, str):
        raise IpmsError(msgs.MISSING, where=where, name=name)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise IpmsError(msgs.NOT_VALID_BASE_2, where=where, name=name) from None


def _text(payload: dict, name: str, where: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str):
        raise IpmsError(msgs.MISSING_NOT_TEXT, where=where, name=name)
    return value


def _list(payload: dict, name: str, where: str) -> list:
    value = payload.get(name)
    if not isinstance(value, list):
        raise IpmsError(msgs.MISSING_NOT_LIST, where=where, name=name)
    return value


def _serial(payload: dict, where: str) -> int:
    value = payload.get("serial")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise IpmsError(msgs.SERIAL_MUST_POSITIVE_INTEGER, where=where)
    return value


def _time(payload: dict, where: str) -> datetime:
    try:
        return datetime.strptime(_text(payload, "issued", where), "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        raise IpmsError(msgs.ISSUED_NOT_UTC_TIME, where=where) from None


def _framework(item: object, where: str) -> AllowedFramework:
    if not isinstance(item, dict) or not all(
        isinstance(item.get(key), str) for key in ("id", "version", "hash")
    ):
        raise IpmsError(msgs.EACH_FRAMEWORK_NEEDS_ID_VERSION, where=where)
    return AllowedFramework(item["id"], item["version"], item["hash"])
