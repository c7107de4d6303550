"""Writing a bundle: stream-encrypt every member, then sign the manifest that lists them.

Encrypt-then-sign: the signature covers the manifest, which holds the SHA-256 of every
member's ciphertext (and plaintext), so anyone can check a bundle without a private key and
the signature proves who produced exactly these bytes. Evidence streams through in 1 MiB
chunks, so memory stays flat however large the evidence is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ipms_desktop.atomic import atomic_writer
from ipms_desktop.bundles.format import (
    CHUNK_BYTES,
    DOCUMENT_MEMBER,
    FORMAT_VERSION,
    HEADER,
    KEY_WRAP_INFO,
    MAGIC,
    TRAILER,
    TRAILER_MAGIC,
    chunk_aad,
    chunk_nonce,
    encode_manifest,
    evidence_member_name,
    format_time,
    kind_by_name,
    subject_fields,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import bundles as msgs
from ipms_desktop.settings import BUNDLES
from ipms_desktop.trust.extensions import role_of
from ipms_desktop.trust.recipients import RecipientPublicKey, suite_by_id

_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class EvidenceFile:
    """One evidence file: its digest and size as recorded, and how to stream its bytes."""

    sha256: str
    size: int
    open_chunks: Callable[[], Iterable[bytes]]


@dataclass(frozen=True, repr=False)
class BundleSigner:
    """The certified key that signs: its certificate must grant a role the kind allows."""

    private_key: ed25519.Ed25519PrivateKey
    certificate: x509.Certificate

    def __repr__(self) -> str:
        return f"BundleSigner(certificate={self.certificate.subject.rfc4514_string()!r})"


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    bundle_id: str
    size: int
    member_count: int
    recipient_key_ids: tuple[str, ...]


def write_bundle(
    path: Path,
    *,
    kind: str,
    document: Mapping[str, object],
    evidence: Sequence[EvidenceFile],
    signer: BundleSigner,
    recipients: Sequence[RecipientPublicKey],
    now: datetime | None = None,
) -> WrittenBundle:
    """Write a signed bundle to ``path`` atomically: on any failure nothing is left behind."""
    path = Path(path)
    bundle_kind = kind_by_name(kind)
    document = dict(document)
    if document.get("document") != bundle_kind.document_type:
        raise IpmsError(
            msgs.BUNDLE_CARRIES_DOCUMENT_NOT,
            kind=kind,
            document_type=bundle_kind.document_type,
            value=repr(document.get("document")),
        )
    subject = subject_fields(document, "bundle document")
    _check_signer(signer, bundle_kind.signer_roles, kind)
    suite_id, unique_recipients = _check_recipients(recipients)
    _check_evidence(evidence)
    try:
        document_bytes = json.dumps(
            document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise IpmsError(msgs.BUNDLE_DOCUMENT_CANNOT_WRITTEN_JSON, error=error) from None
    if len(document_bytes) > BUNDLES.max_document_bytes:
        raise IpmsError(msgs.ASSESSMENT_DOCUMENT_TOO_LARGE_BUNDLE)

    bundle_id = uuid.uuid4().bytes
    content_key = AESGCM.generate_key(256)
    suite = suite_by_id(suite_id).hpke_suite()
    wrap_info = KEY_WRAP_INFO + bundle_id
    recipient_entries = [
        {
            "key_id": key.key_id,
            "wrapped_key": _b64(suite.encrypt(content_key, key.hpke_key(), info=wrap_info)),
        }
        for key in unique_recipients
    ]
    members: list[tuple[str, int, Callable[[], Iterable[bytes]], str]] = [
        (DOCUMENT_MEMBER, len(document_bytes), lambda: (document_bytes,), ""),
        *(
            (evidence_member_name(item.sha256), item.size, item.open_chunks, item.sha256)
            for item in evidence
        ),
    ]
    cipher = AESGCM(content_key)
    with atomic_writer(path) as output:
        output.write(HEADER.pack(MAGIC, FORMAT_VERSION, bytes(6)))
        listed = [
            _write_member(output, cipher, bundle_id, index, name, size, source, expected)
            for index, (name, size, source, expected) in enumerate(members)
        ]
        manifest_offset = output.tell()
        manifest = {
            "format": FORMAT_VERSION,
            "kind": kind,
            "bundle_id": bundle_id.hex(),
            "created": format_time((now or datetime.now(UTC)).astimezone(UTC)),
            **subject,
            "signer_certificate": _b64(signer.certificate.public_bytes(serialization.Encoding.DER)),
            "suite": suite_id,
            "recipients": recipient_entries,
            "members": listed,
        }
        block = encode_manifest(manifest)
        if len(block) > BUNDLES.max_manifest_bytes:
            raise IpmsError(msgs.TOO_MANY_EVIDENCE_FILES_ONE)
        output.write(block)
        output.write(signer.private_key.sign(block))
        output.write(TRAILER.pack(manifest_offset, len(block), TRAILER_MAGIC))
        size = output.tell()
    return WrittenBundle(
        path,
        bundle_id.hex(),
        size,
        len(members),
        tuple(key.key_id for key in unique_recipients),
    )


def _write_member(
    output: BinaryIO,
    cipher: AESGCM,
    bundle_id: bytes,
    index: int,
    name: str,
    size: int,
    source: Callable[[], Iterable[bytes]],
    expected_sha256: str,
) -> dict[str, object]:
    """Encrypt one member chunk by chunk; refuse it if its bytes differ from what was listed."""
    plain_digest = hashlib.sha256()
    cipher_digest = hashlib.sha256()
    chunks = exact_chunks(source(), size, name)
    for chunk_index, (chunk, final) in enumerate(chunks):
        plain_digest.update(chunk)
        sealed = cipher.encrypt(
            chunk_nonce(index, chunk_index), chunk, chunk_aad(bundle_id, index, chunk_index, final)
        )
        cipher_digest.update(sealed)
        output.write(sealed)
    actual = plain_digest.hexdigest()
    if expected_sha256 and not hmac.compare_digest(actual, expected_sha256):
        raise IpmsError(msgs.EVIDENCE_NO_LONGER_MATCHES_RECORDED, name=name)
    return {
        "name": name,
        "size": size,
        "sha256": actual,
        "ciphertext_sha256": cipher_digest.hexdigest(),
    }


def exact_chunks(pieces: Iterable[bytes], size: int, name: str) -> Iterator[tuple[bytes, bool]]:
    """Regroup a byte stream into exact ``CHUNK_BYTES`` pieces, flagging the final one.

    The declared ``size`` decides which chunk is final; a stream that is longer or shorter
    than declared is refused, since its recorded digest cannot match either. Pieces that
    already have the right length (the store's chunks) pass through without a copy.
    """
    buffer = bytearray()
    held: bytes | None = None
    emitted = 0
    for piece in pieces:
        if held is not None:
            buffer += held
            held = None
        end = emitted + len(piece)
        fits = len(piece) == CHUNK_BYTES or (end == size and len(piece) < CHUNK_BYTES)
        if not buffer and end <= size and fits:
            if end == size:
                held = piece
            else:
                emitted = end
                yield piece, False
            continue
        buffer += piece
        if emitted + len(buffer) > size:
            raise IpmsError(msgs.LARGER_THAN_RECORDED_BYTES_RE, name=name, size=size)
        while len(buffer) >= CHUNK_BYTES and emitted + CHUNK_BYTES < size:
            with memoryview(buffer) as view:
                chunk = bytes(view[:CHUNK_BYTES])
            del buffer[:CHUNK_BYTES]
            emitted += CHUNK_BYTES
            yield chunk, False
    if held is not None:
        yield held, True
        return
    if emitted + len(buffer) != size:
        raise IpmsError(msgs.SMALLER_THAN_RECORDED_BYTES_RE, name=name, size=size)
    yield bytes(buffer), True


def _check_signer(signer: BundleSigner, roles: frozenset[str], kind: str) -> None:
    if signer.private_key.public_key() != signer.certificate.public_key():
        raise IpmsError(msgs.SIGNING_KEY_DOES_NOT_MATCH)
    role = role_of(signer.certificate)
    if role not in roles:
        raise IpmsError(
            msgs.BUNDLE_MUST_SIGNED_ROLE_CERTIFICATE,
            kind=kind,
            roles=" or ".join(sorted(roles)),
            value=role or "none",
        )


def _check_recipients(
    recipients: Sequence[RecipientPublicKey],
) -> tuple[str, list[RecipientPublicKey]]:
    """All recipients, without repeats; one bundle has one suite, so they must share it."""
    unique = list({key.key_id: key for key in recipients}.values())
    if not unique:
        raise IpmsError(msgs.BUNDLE_NEEDS_LEAST_ONE_RECIPIENT)
    if len(unique) > BUNDLES.max_recipients:
        raise IpmsError(msgs.MOST_RECIPIENTS_PER_BUNDLE, max_recipients=BUNDLES.max_recipients)
    suites = {key.suite_id for key in unique}
    if len(suites) != 1:
        raise IpmsError(msgs.RECIPIENTS_USE_DIFFERENT_HPKE_SUITES, suites=", ".join(sorted(suites)))
    return suites.pop(), unique


def _check_evidence(evidence: Sequence[EvidenceFile]) -> None:
    if len(evidence) + 1 > BUNDLES.max_members:
        raise IpmsError(msgs.MOST_EVIDENCE_FILES_PER_BUNDLE, max_members=BUNDLES.max_members - 1)
    seen: set[str] = set()
    for item in evidence:
        if not _HEX_DIGEST.fullmatch(item.sha256) or item.sha256 in seen:
            raise IpmsError(msgs.EVIDENCE_DIGEST_MALFORMED_LISTED_TWICE, sha256=repr(item.sha256))
        if not 0 <= item.size <= BUNDLES.max_member_bytes:
            raise IpmsError(msgs.EVIDENCE_TOO_LARGE_BUNDLE, sha256=item.sha256)
        seen.add(item.sha256)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
