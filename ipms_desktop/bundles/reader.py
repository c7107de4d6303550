"""Reading a bundle: verify without any private key, then open with a recipient's key.

Checks run cheapest first and each names its reason: layout and limits, manifest schema,
signature, certificate chain, validity and revocation, role for the kind, framework hash,
then every member's ciphertext digest. Opening also decrypts and checks plaintext digests;
evidence lands under temporary names and is renamed only when everything has verified, so a
rejected bundle writes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import FileIO
from pathlib import Path
from typing import cast

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.bundles.format import (
    CHUNK_BYTES,
    FORMAT_VERSION,
    HEADER,
    KEY_WRAP_INFO,
    MAGIC,
    SIGNATURE_BYTES,
    TAG_BYTES,
    TRAILER,
    TRAILER_MAGIC,
    BundleRejected,
    Manifest,
    MemberEntry,
    chunk_aad,
    chunk_count,
    chunk_nonce,
    parse_manifest,
    refuse_unstorable_text,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import bundles as msgs
from ipms_desktop.settings import BUNDLES, TRUST
from ipms_desktop.trust.certificates import CredentialRejected, SignerIdentity, check_signer
from ipms_desktop.trust.recipients import RecipientPrivateKey, suite_by_id
from ipms_desktop.trust.trust_settings import TrustSettings
from ipms_desktop.user_files import check_regular_file, refuse_repeated_keys

_READ_BYTES = CHUNK_BYTES + TAG_BYTES


@dataclass(frozen=True)
class VerifiedManifest:
    """A bundle whose signature, signer and member digests all verified."""

    path: Path
    manifest: Manifest
    signer: SignerIdentity
    manifest_offset: int
    manifest_length: int

    @property
    def kind(self) -> str:
        return self.manifest.kind.name

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    @property
    def recipient_key_ids(self) -> tuple[str, ...]:
        return tuple(self.manifest.wrapped_keys)


@dataclass(frozen=True)
class OpenedBundle:
    """A verified and decrypted bundle: the document, and evidence files by SHA-256."""

    verified: VerifiedManifest
    document: dict
    evidence: dict[str, Path]


def verify_bundle(
    path: Path, trust: TrustSettings, *, now: datetime | None = None
) -> VerifiedManifest:
    """Check everything that needs no private key; raise :class:`BundleRejected` if any fails."""
    with _open(path) as handle:
        verified = _verify_signed_part(Path(path), handle, trust, now)
        for member in verified.manifest.members:
            _stream_member(handle, member, None)
    return verified


def open_bundle(
    path: Path,
    trust: TrustSettings,
    recipient_key: RecipientPrivateKey,
    *,
    evidence_dir: Path | None = None,
    now: datetime | None = None,
) -> OpenedBundle:
    """Verify, then decrypt with ``recipient_key``; evidence goes to ``evidence_dir`` if given.

    Evidence files are named by their SHA-256 in ``evidence_dir``; without a folder each is
    still decrypted, one chunk at a time, and checked against its digest, then discarded:
    evidence a recipient cannot decrypt is refused even when nobody keeps it.
    """
    with _open(path) as handle:
        verified = _verify_signed_part(Path(path), handle, trust, now)
        manifest = verified.manifest
        cipher = AESGCM(_unwrap_content_key(manifest, recipient_key))
        bundle_id = bytes.fromhex(manifest.bundle_id)
        document_member, *evidence_members = manifest.members
        document_bytes = bytearray()
        _stream_member(
            handle, document_member, _Decryptor(cipher, bundle_id, 0, document_bytes.extend)
        )
        document = _parse_document(bytes(document_bytes), manifest)
        if evidence_dir is None:
            for index, member in enumerate(evidence_members, start=1):
                _stream_member(handle, member, _Decryptor(cipher, bundle_id, index, _discard))
            return OpenedBundle(verified, document, {})
        return OpenedBundle(
            verified,
            document,
            _extract_evidence(handle, cipher, bundle_id, evidence_members, Path(evidence_dir)),
        )


def extract_signature(path: Path, folder: Path) -> dict[str, Path]:
    """Write ``signed.bin``, ``sig.bin``, ``signer.pem`` and ``signer-pub.pem`` to ``folder``.

    These are exactly the inputs ``openssl pkeyutl -verify`` and ``openssl verify`` need to
    re-check a bundle's signature and certificate independently of this program.
    """
    with _open(path) as handle:
        manifest_offset, manifest_length = _layout(handle, Path(path))
        handle.seek(manifest_offset)
        block = _read_exact(handle, manifest_length)
        signature = _read_exact(handle, SIGNATURE_BYTES)
    manifest = parse_manifest(block, HEADER.size)
    certificate = manifest.signer_certificate
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    outputs = {
        "signed.bin": block,
        "sig.bin": signature,
        "signer.pem": certificate.public_bytes(serialization.Encoding.PEM),
        "signer-pub.pem": certificate.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    }
    for name, data in outputs.items():
        write_bytes_atomically(folder / name, data)
    return {name: folder / name for name in outputs}


@contextlib.contextmanager
def _open(path: Path) -> Iterator[FileIO]:
    """The bundle file, read unbuffered; a pipe or device is refused before it is read
    (reading a FIFO would wait for a writer that never comes)."""
    if not os.path.lexists(path):
        raise BundleRejected("unreadable", msgs.FILE_DOES_NOT_EXIST)
    try:
        check_regular_file(Path(path), "bundle", sys.maxsize)
    except IpmsError as error:
        raise BundleRejected("not-a-file", error.message or str(error), **error.values) from None
    try:
        # Non-blocking, so that a FIFO swapped in after the check cannot hang the open.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise BundleRejected("unreadable", msgs.CANNOT_READ_FILE, strerror=error.strerror) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise BundleRejected("not-a-file", msgs.FILE_NOT_ORDINARY_FILE)
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    handle = FileIO(descriptor, "rb", closefd=True)
    try:
        yield handle
    except OSError as error:
        raise BundleRejected("unreadable", msgs.READING_FAILED, strerror=error.strerror) from None
    finally:
        handle.close()


def _read_into(handle: FileIO, target: memoryview) -> None:
    """Fill ``target`` from the file, reusing one buffer for every chunk of a member."""
    filled = 0
    while filled < len(target):
        count = handle.readinto(target[filled:])
        if not count:
            raise BundleRejected("truncated", msgs.FILE_ENDS_EARLY)
        filled += count


def _read_exact(handle: FileIO, length: int) -> bytes:
    """Exactly ``length`` bytes from an unbuffered file (one copy, no read-ahead buffer)."""
    data = handle.read(length)
    if data is not None and len(data) == length:
        return data
    parts = [data or b""]
    received = len(parts[0])
    while received < length:
        more = handle.read(length - received)
        if not more:
            raise BundleRejected("truncated", msgs.FILE_ENDS_EARLY)
        parts.append(more)
        received += len(more)
    return b"".join(parts)


def _layout(handle: FileIO, path: Path) -> tuple[int, int]:
    """Header and trailer checks; the manifest block's offset and length."""
    size = os.fstat(handle.fileno()).st_size
    head = handle.read(HEADER.size)
    if len(head) < len(MAGIC) or not hmac.compare_digest(head[: len(MAGIC)], MAGIC):
        raise BundleRejected("not-a-bundle", msgs.DOES_NOT_START_BUNDLE_MARKER, path_name=path.name)
    if len(head) < HEADER.size:
        raise BundleRejected("truncated", msgs.FILE_ENDS_INSIDE_HEADER)
    _, version, reserved = HEADER.unpack(head)
    if version != FORMAT_VERSION:
        raise BundleRejected(
            "unsupported-version",
            msgs.BUNDLE_FORMAT_NOT_SUPPORTED_VERSION,
            version=version,
            format_version=FORMAT_VERSION,
        )
    if reserved != bytes(len(reserved)):
        raise BundleRejected("bad-layout", msgs.RESERVED_HEADER_BYTES_ARE_NOT)
    if size < HEADER.size + SIGNATURE_BYTES + TRAILER.size:
        raise BundleRejected("truncated", msgs.FILE_SHORTER_THAN_EMPTY_BUNDLE)
    handle.seek(size - TRAILER.size)
    manifest_offset, manifest_length, end_marker = TRAILER.unpack(_read_exact(handle, TRAILER.size))
    if not hmac.compare_digest(end_marker, TRAILER_MAGIC):
        raise BundleRejected("truncated", msgs.END_MARKER_MISSING_FILE_CUT)
    if manifest_length > BUNDLES.max_manifest_bytes:
        raise BundleRejected(
            "manifest-too-large",
            msgs.MANIFEST_BYTES_EXCEEDS_LIMIT,
            manifest_length=manifest_length,
            max_manifest_bytes=BUNDLES.max_manifest_bytes,
        )
    if manifest_offset < HEADER.size or (
        manifest_offset + manifest_length + SIGNATURE_BYTES + TRAILER.size != size
    ):
        raise BundleRejected("bad-layout", msgs.TRAILER_DOES_NOT_MATCH_FILE)
    return manifest_offset, manifest_length


def _verify_signed_part(
    path: Path, handle: FileIO, trust: TrustSettings, now: datetime | None
) -> VerifiedManifest:
    manifest_offset, manifest_length = _layout(handle, path)
    handle.seek(manifest_offset)
    block = _read_exact(handle, manifest_length)
    signature = _read_exact(handle, SIGNATURE_BYTES)
    manifest = parse_manifest(block, HEADER.size)
    last = manifest.members[-1]
    if last.offset + last.ciphertext_size != manifest_offset:
        raise BundleRejected("bad-layout", msgs.MEMBER_SIZES_MANIFEST_DO_NOT)
    public_key = cast(ed25519.Ed25519PublicKey, manifest.signer_certificate.public_key())
    try:
        public_key.verify(signature, block)
    except InvalidSignature:
        raise BundleRejected("signature-invalid", msgs.SIGNATURE_DOES_NOT_MATCH_BUNDLE) from None
    signer = _check_signer(manifest, trust, now)
    if manifest.framework_hash not in trust.allowed_framework_hashes:
        raise BundleRejected(
            "framework-not-allowed",
            msgs.FRAMEWORK_NOT_TRUST_SETTINGS_INSTALL,
            framework_id=manifest.framework_id,
            framework_hash=manifest.framework_hash,
        )
    return VerifiedManifest(path, manifest, signer, manifest_offset, manifest_length)


def _check_signer(manifest: Manifest, trust: TrustSettings, now: datetime | None) -> SignerIdentity:
    moment = now or datetime.now(UTC)
    if manifest.created > moment + timedelta(seconds=TRUST.clock_skew_seconds):
        raise BundleRejected("created-in-future", msgs.BUNDLE_CLAIMS_CREATION_TIME_LATER)
    certificate = manifest.signer_certificate
    try:
        signer = check_signer(
            certificate,
            trust.root,
            trust.crl,
            at=moment,
            allowed_roles=manifest.kind.signer_roles,
        )
    except CredentialRejected as error:
        raise BundleRejected(
            error.reason,
            error.message or str(error).removeprefix(f"{error.reason}: "),
            **error.values,
        ) from None
    if not certificate.not_valid_before_utc <= manifest.created <= certificate.not_valid_after_utc:
        raise BundleRejected(
            "signer-not-yet-valid"
            if manifest.created < certificate.not_valid_before_utc
            else "signer-expired",
            msgs.BUNDLE_S_CREATION_TIME_LIES,
        )
    return signer


class _Decryptor:
    """Decrypts a member's chunks in order and hands each plaintext chunk to ``sink``."""

    def __init__(
        self, cipher: AESGCM, bundle_id: bytes, index: int, sink: Callable[[bytes], object]
    ) -> None:
        self.cipher = cipher
        self.bundle_id = bundle_id
        self.index = index
        self.sink = sink
        self.digest = hashlib.sha256()

    def chunk(self, chunk_index: int, sealed: memoryview, final: bool) -> None:
        try:
            plain = self.cipher.decrypt(
                chunk_nonce(self.index, chunk_index),
                sealed,
                chunk_aad(self.bundle_id, self.index, chunk_index, final),
            )
        except InvalidTag:
            raise BundleRejected(
                "decryption-failed",
                msgs.MEMBER_CHUNK_DOES_NOT_DECRYPT,
                index=self.index,
                chunk_index=chunk_index,
            ) from None
        self.digest.update(plain)
        self.sink(plain)


def _stream_member(handle: FileIO, member: MemberEntry, decryptor: _Decryptor | None) -> None:
    """Read one member's ciphertext, checking its digest (and plaintext digest if decrypting).

    A chunk that fails to decrypt stops decryption but not hashing, so altered bytes are
    reported as a digest mismatch and only a signer's own bad ciphertext as a decryption error.
    """
    handle.seek(member.offset)
    digest = hashlib.sha256()
    remaining = member.size
    total = chunk_count(member.size)
    failure: BundleRejected | None = None
    with memoryview(bytearray(_READ_BYTES)) as buffer:
        for chunk_index in range(total):
            plain_length = min(CHUNK_BYTES, remaining)
            sealed = buffer[: plain_length + TAG_BYTES]
            _read_into(handle, sealed)
            digest.update(sealed)
            remaining -= plain_length
            if decryptor is not None and failure is None:
                try:
                    decryptor.chunk(chunk_index, sealed, chunk_index == total - 1)
                except BundleRejected as error:
                    failure = error
            sealed.release()
    if not hmac.compare_digest(digest.hexdigest(), member.ciphertext_sha256):
        raise BundleRejected(
            "member-digest-mismatch", msgs.MEMBER_DIFFERS_FROM_WHAT_SIGNED, member_name=member.name
        )
    if failure is not None:
        raise failure
    if decryptor is not None and not hmac.compare_digest(
        decryptor.digest.hexdigest(), member.sha256
    ):
        raise BundleRejected(
            "member-digest-mismatch", msgs.MEMBER_DECRYPTS_OTHER_CONTENT, member_name=member.name
        )


def _discard(_plain: bytes) -> None:
    """A sink for evidence that is checked but not kept."""


def _unwrap_content_key(manifest: Manifest, recipient_key: RecipientPrivateKey) -> bytes:
    key_id = recipient_key.public_key().key_id
    wrapped = manifest.wrapped_keys.get(key_id)
    if wrapped is None or recipient_key.suite_id != manifest.suite_id:
        raise BundleRejected("not-a-recipient", msgs.BUNDLE_NOT_ENCRYPTED_KEY_USE, key_id=key_id)
    suite = suite_by_id(manifest.suite_id).hpke_suite()
    try:
        return suite.decrypt(
            wrapped,
            recipient_key.hpke_key(),
            info=KEY_WRAP_INFO + bytes.fromhex(manifest.bundle_id),
        )
    except (InvalidTag, ValueError):
        raise BundleRejected("decryption-failed", msgs.CONTENT_KEY_DOES_NOT_DECRYPT) from None


def _parse_document(data: bytes, manifest: Manifest) -> dict:
    try:
        document = json.loads(
            data.decode("utf-8"), object_pairs_hook=refuse_repeated_keys("the document")
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected("document-mismatch", msgs.DOCUMENT_NOT_VALID_JSON) from None
    except IpmsError as error:
        raise BundleRejected(
            "document-mismatch", error.message or str(error), **error.values
        ) from None
    if not isinstance(document, dict):
        raise BundleRejected("document-mismatch", msgs.DOCUMENT_NOT_JSON_OBJECT)
    refuse_unstorable_text(document, "document")
    expected = {
        "document": manifest.kind.document_type,
        "assessment_id": manifest.assessment_id,
        "revision": manifest.revision,
        "institution": manifest.institution,
        "cycle": manifest.cycle,
        "framework": {"id": manifest.framework_id, "hash": manifest.framework_hash},
        "audit_head": manifest.audit_head,
    }
    differing = sorted(name for name, value in expected.items() if document.get(name) != value)
    if differing:
        raise BundleRejected(
            "document-mismatch", msgs.DOCUMENT_DISAGREES_MANIFEST, differing=differing
        )
    return document


def _extract_evidence(
    handle: FileIO,
    cipher: AESGCM,
    bundle_id: bytes,
    members: list[MemberEntry],
    folder: Path,
) -> dict[str, Path]:
    """Decrypt evidence to temp files; rename them all only once every member verified."""
    if not folder.is_dir():
        raise IpmsError(msgs.EVIDENCE_FOLDER_DOES_NOT_EXIST, folder=folder)
    pending: list[tuple[Path, Path]] = []
    try:
        for index, member in enumerate(members, start=1):
            descriptor, temp_name = tempfile.mkstemp(
                prefix=f".{member.sha256}.", suffix=".part", dir=folder
            )
            pending.append((Path(temp_name), folder / member.sha256))
            with os.fdopen(descriptor, "wb") as output:
                _stream_member(handle, member, _Decryptor(cipher, bundle_id, index, output.write))
                output.flush()
                os.fsync(output.fileno())
        for temp_path, final_path in pending:
            os.replace(temp_path, final_path)
    except OSError as error:
        _remove(pending)
        raise IpmsError(
            msgs.WRITING_EVIDENCE_FAILED_NOTHING_KEPT, folder=folder, value=error.strerror or error
        ) from None
    except BaseException:
        _remove(pending)
        raise
    return {member.sha256: folder / member.sha256 for member in members}


def _remove(pending: list[tuple[Path, Path]]) -> None:
    for temp_path, _ in pending:
        with contextlib.suppress(OSError):
            temp_path.unlink()
