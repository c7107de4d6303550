"""The ``.ipmsb`` v1 byte layout, manifest schema, bundle kinds and member encryption rules.

Writer and reader share everything here, so the two cannot drift apart; every constant is
also written down in docs/bundle-format.md, which is the specification.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import struct
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import bundles as msgs
from ipms_desktop.messages.registry import Message
from ipms_desktop.settings import BUNDLES
from ipms_desktop.shown_text import quoted
from ipms_desktop.trust.extensions import ROLE_ASSESSOR, ROLE_TEAM_LEAD
from ipms_desktop.trust.recipients import SUITES
from ipms_desktop.user_files import refuse_repeated_keys, unstorable_text

MAGIC = b"\x89IPMSB\r\n"
FORMAT_VERSION = 1
HEADER = struct.Struct(">8sH6s")
TRAILER_MAGIC = b"IPMSBEND"
TRAILER = struct.Struct(">QQ8s")
SIGNATURE_BYTES = 64
MANIFEST_CONTEXT = b"IPMS bundle manifest v1\n"
CHUNK_BYTES = 1024 * 1024
TAG_BYTES = 16
CONTENT_KEY_BYTES = 32
KEY_WRAP_INFO = b"IPMS bundle content key v1"
CHUNK_AAD_PREFIX = b"IPMSB1"
DOCUMENT_MEMBER = "document.json"
EVIDENCE_PREFIX = "evidence/"
MAX_CERTIFICATE_BYTES = 16 * 1024
MAX_TEXT_CHARS = 1000
# Limits of the subject fields, equal to what both consolidation back ends store (the
# columns and indexes of ``consolidation.schema``), so that a file and a PostgreSQL
# database accept and refuse the same bundles.
MAX_ASSESSMENT_ID_CHARS = 64
MAX_INSTITUTION_CHARS = 200
MAX_AUDIT_HEAD_CHARS = 160
MAX_SUBJECT_COUNT = 2**31 - 1
_EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{64})")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"sha256:[0-9a-f]{64}")
_BUNDLE_ID = re.compile(r"[0-9a-f]{32}")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class BundleRejected(IpmsError):
    """A bundle that must not be trusted or opened: ``reason`` is a stable code."""

    def __init__(self, reason: str, message: Message | str, **values: object) -> None:
        super().__init__(message, **values)
        self.args = (f"{reason}: {self.args[0]}",)
        self.reason = reason


@dataclass(frozen=True)
class BundleKind:
    """What a kind of bundle carries and which certified role may sign it."""

    name: str
    document_type: str
    signer_roles: frozenset[str]


KINDS: dict[str, BundleKind] = {
    kind.name: kind
    for kind in (
        BundleKind("assessment", "ipms-assessment", frozenset({ROLE_ASSESSOR})),
        BundleKind("consensus", "ipms-consensus", frozenset({ROLE_TEAM_LEAD})),
    )
}


def kind_by_name(name: str) -> BundleKind:
    kind = KINDS.get(name)
    if kind is None:
        raise BundleRejected("unknown-kind", msgs.BUNDLE_KIND_NOT_KNOWN, name=quoted(name))
    return kind


def chunk_count(size: int) -> int:
    """Number of encrypted chunks of a member: an empty member still has one final chunk."""
    return max(1, -(-size // CHUNK_BYTES))


def ciphertext_size(size: int) -> int:
    return size + TAG_BYTES * chunk_count(size)


def chunk_nonce(member_index: int, chunk_index: int) -> bytes:
    """96-bit nonce: member index (32 bits) then chunk index (64 bits), unique per key."""
    return struct.pack(">IQ", member_index, chunk_index)


def chunk_aad(bundle_id: bytes, member_index: int, chunk_index: int, final: bool) -> bytes:
    """Binds a chunk to its bundle, position and whether it ends the member (no truncation)."""
    return CHUNK_AAD_PREFIX + bundle_id + struct.pack(">IQB", member_index, chunk_index, final)


def evidence_member_name(sha256_hex: str) -> str:
    return EVIDENCE_PREFIX + sha256_hex


def format_time(moment: datetime) -> str:
    return moment.strftime(_TIME_FORMAT)


@dataclass(frozen=True)
class MemberEntry:
    """One member as the manifest lists it, plus where its ciphertext sits in the file."""

    name: str
    size: int
    sha256: str
    ciphertext_sha256: str
    offset: int

    @property
    def ciphertext_size(self) -> int:
        return ciphertext_size(self.size)


@dataclass(frozen=True)
class Manifest:
    """A schema-checked manifest (not yet known to be authentic)."""

    kind: BundleKind
    bundle_id: str
    created: datetime
    assessment_id: str
    revision: int
    institution: str
    cycle: int
    framework_id: str
    framework_hash: str
    audit_head: str
    signer_certificate: x509.Certificate
    suite_id: str
    wrapped_keys: dict[str, bytes]
    members: tuple[MemberEntry, ...]


SUBJECT_FIELDS = ("assessment_id", "revision", "institution", "cycle", "framework", "audit_head")
_MANIFEST_FIELDS = {
    "format",
    "kind",
    "bundle_id",
    "created",
    "signer_certificate",
    "suite",
    "recipients",
    "members",
    *SUBJECT_FIELDS,
}


def subject_fields(document: dict, where: str) -> dict:
    """The fields a manifest copies from its document, type-checked (IpmsError if wrong)."""
    missing = [name for name in SUBJECT_FIELDS if name not in document]
    if missing:
        raise IpmsError(msgs.DOCUMENT_LACKS, where=where, missing=", ".join(missing))
    fields = {name: document[name] for name in SUBJECT_FIELDS}
    problem = _subject_problem(fields)
    if problem:
        raise IpmsError(msgs.SUBJECT_PROBLEM, where=where, problem=problem)
    return fields


def refuse_unstorable_text(data: object, part: str) -> None:
    """Refuse a bundle whose manifest or document (``part``) holds, anywhere, text no
    database can store: a NUL character or a lone surrogate (``user_files.unstorable_text``).
    The reason names the place and quotes the text escaped."""
    found = unstorable_text(data)
    if found is None:
        return
    where, shown = found.where, found.shown
    if part == "manifest" and found.nul:
        raise BundleRejected("invalid-text", msgs.MANIFEST_TEXT_HOLDS_NUL, where=where, shown=shown)
    if part == "manifest":
        raise BundleRejected(
            "invalid-text", msgs.MANIFEST_TEXT_NOT_UNICODE, where=where, shown=shown
        )
    if found.nul:
        raise BundleRejected("invalid-text", msgs.DOCUMENT_TEXT_HOLDS_NUL, where=where, shown=shown)
    raise BundleRejected("invalid-text", msgs.DOCUMENT_TEXT_NOT_UNICODE, where=where, shown=shown)


def _subject_problem(fields: dict) -> IpmsError | None:
    """What is wrong with a manifest's or document's subject fields, as a message of its own
    (shown in the person's language inside the refusal), or None."""
    if not _is_text(fields["assessment_id"], MAX_ASSESSMENT_ID_CHARS) or not _is_text(
        fields["institution"], MAX_INSTITUTION_CHARS
    ):
        return IpmsError(
            msgs.SUBJECT_NAMES_NOT_TEXT,
            assessment_id_chars=MAX_ASSESSMENT_ID_CHARS,
            institution_chars=MAX_INSTITUTION_CHARS,
        )
    if not _is_subject_count(fields["revision"]) or not _is_subject_count(fields["cycle"]):
        return IpmsError(msgs.SUBJECT_COUNTS_NOT_WHOLE, max_count=MAX_SUBJECT_COUNT)
    framework = fields["framework"]
    if (
        not isinstance(framework, dict)
        or set(framework) != {"id", "hash"}
        or not _is_text(framework["id"])
        or not _is_text(framework["hash"])
    ):
        return IpmsError(msgs.SUBJECT_FRAMEWORK_NOT_TEXT)
    if not isinstance(fields["audit_head"], str) or len(fields["audit_head"]) > (
        MAX_AUDIT_HEAD_CHARS
    ):
        return IpmsError(msgs.SUBJECT_AUDIT_HEAD_TOO_LONG, audit_head_chars=MAX_AUDIT_HEAD_CHARS)
    return None


def _is_text(value: object, limit: int = MAX_TEXT_CHARS) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= limit
        and not any(unicodedata.category(character) == "Cc" for character in value)
    )


def _is_subject_count(value: object) -> bool:
    return _is_count(value) and isinstance(value, int) and value <= MAX_SUBJECT_COUNT


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def encode_manifest(manifest: dict) -> bytes:
    """The manifest block: the context line then compact, key-sorted UTF-8 JSON."""
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return MANIFEST_CONTEXT + body.encode("utf-8")


def parse_manifest(block: bytes, members_start: int) -> Manifest:
    """Check a manifest block against the v1 schema and limits; reasons name what failed."""
    if not block.startswith(MANIFEST_CONTEXT):
        raise BundleRejected("malformed-manifest", msgs.MANIFEST_DOES_NOT_START_CONTEXT)
    data = _strict_json(block[len(MANIFEST_CONTEXT) :])
    if not isinstance(data, dict):
        raise BundleRejected("malformed-manifest", msgs.MANIFEST_NOT_JSON_OBJECT)
    refuse_unstorable_text(data, "manifest")
    if data.get("format") != FORMAT_VERSION:
        raise BundleRejected(
            "unsupported-version",
            msgs.MANIFEST_FORMAT_NOT_SUPPORTED_VERSION,
            value=quoted(data.get("format")),
            format_version=FORMAT_VERSION,
        )
    if set(data) != _MANIFEST_FIELDS:
        extra = sorted(set(data) ^ _MANIFEST_FIELDS)
        listed = ", ".join(quoted(name, 40) for name in extra[:5])
        more = f" and {len(extra) - 5} more" if len(extra) > 5 else ""
        raise BundleRejected(
            "malformed-manifest", msgs.UNEXPECTED_MISSING_FIELDS, listed=listed, more=more
        )
    kind = kind_by_name(data["kind"]) if isinstance(data["kind"], str) else None
    if kind is None:
        raise BundleRejected("malformed-manifest", msgs.KIND_MUST_TEXT)
    suite_id = data["suite"]
    if not isinstance(suite_id, str) or suite_id not in SUITES:
        raise BundleRejected(
            "unknown-suite", msgs.HPKE_SUITE_NOT_SUPPORTED, suite_id=quoted(suite_id)
        )
    problem = _subject_problem(data)
    if problem:
        raise BundleRejected("malformed-manifest", msgs.MANIFEST_PROBLEM, problem=problem)
    if not isinstance(data["bundle_id"], str) or not _BUNDLE_ID.fullmatch(data["bundle_id"]):
        raise BundleRejected("malformed-manifest", msgs.BUNDLE_ID_MUST_LOWERCASE_HEX)
    return Manifest(
        kind=kind,
        bundle_id=data["bundle_id"],
        created=_parse_time(data["created"]),
        assessment_id=data["assessment_id"],
        revision=data["revision"],
        institution=data["institution"],
        cycle=data["cycle"],
        framework_id=data["framework"]["id"],
        framework_hash=data["framework"]["hash"],
        audit_head=data["audit_head"],
        signer_certificate=_parse_certificate(data["signer_certificate"]),
        suite_id=suite_id,
        wrapped_keys=_parse_recipients(data["recipients"], suite_id),
        members=_parse_members(data["members"], members_start),
    )


def _strict_json(body: bytes) -> object:
    def no_constants(name: str) -> object:
        raise BundleRejected("malformed-manifest", msgs.MANIFEST_HOLDS_NON_NUMBER, name=name)

    try:
        data = json.loads(
            body.decode("utf-8"),
            object_pairs_hook=refuse_repeated_keys("the manifest"),
            parse_constant=no_constants,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected("malformed-manifest", msgs.MANIFEST_NOT_VALID_UTF_JSON) from None
    except BundleRejected:
        raise
    except IpmsError as error:
        raise BundleRejected(
            "malformed-manifest", error.message or str(error), **error.values
        ) from None
    return data


def _parse_time(value: object) -> datetime:
    try:
        if not isinstance(value, str):
            raise ValueError
        return datetime.strptime(value.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        raise BundleRejected("malformed-manifest", msgs.CREATED_MUST_UTC_TIME) from None


def _base64(value: object, what: str, limit: int) -> bytes:
    if not isinstance(value, str) or len(value) > limit * 2:
        raise BundleRejected("malformed-manifest", msgs.MUST_BASE_TEXT, what=what)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BundleRejected("malformed-manifest", msgs.NOT_VALID_BASE, what=what) from None


def _parse_certificate(value: object) -> x509.Certificate:
    der = _base64(value, "signer_certificate", MAX_CERTIFICATE_BYTES)
    try:
        certificate = x509.load_der_x509_certificate(der)
        key = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise BundleRejected(
            "malformed-manifest", msgs.SIGNER_CERTIFICATE_NOT_READABLE_DER
        ) from None
    if not isinstance(key, ed25519.Ed25519PublicKey):
        raise BundleRejected("malformed-manifest", msgs.SIGNER_CERTIFICATE_NO_ED_KEY)
    return certificate


def _parse_recipients(value: object, suite_id: str) -> dict[str, bytes]:
    if not isinstance(value, list) or not 1 <= len(value) <= BUNDLES.max_recipients:
        raise BundleRejected(
            "malformed-manifest",
            msgs.RECIPIENTS_MUST_LIST_KEYS,
            max_recipients=BUNDLES.max_recipients,
        )
    suite = SUITES[suite_id]
    wrapped_length = suite.kem.enc_length() + CONTENT_KEY_BYTES + TAG_BYTES
    wrapped: dict[str, bytes] = {}
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != {"key_id", "wrapped_key"}:
            raise BundleRejected("malformed-manifest", msgs.RECIPIENT_MUST_KEY_ID_WRAPPED)
        key_id = entry["key_id"]
        if not isinstance(key_id, str) or not _KEY_ID.fullmatch(key_id) or key_id in wrapped:
            raise BundleRejected("malformed-manifest", msgs.RECIPIENT_KEY_IDS_MUST_DISTINCT)
        key = _base64(entry["wrapped_key"], "wrapped_key", wrapped_length)
        if len(key) != wrapped_length:
            raise BundleRejected("malformed-manifest", msgs.WRAPPED_KEY_WRONG_LENGTH)
        wrapped[key_id] = key
    return wrapped


def _parse_members(value: object, members_start: int) -> tuple[MemberEntry, ...]:
    if not isinstance(value, list) or not value:
        raise BundleRejected("malformed-manifest", msgs.MEMBERS_MUST_NON_EMPTY_LIST)
    if len(value) > BUNDLES.max_members:
        raise BundleRejected(
            "too-many-members",
            msgs.MEMBERS_MORE_THAN_LIMIT,
            count=len(value),
            max_members=BUNDLES.max_members,
        )
    members: list[MemberEntry] = []
    names: set[str] = set()
    offset = members_start
    for index, entry in enumerate(value):
        if not isinstance(entry, dict) or set(entry) != {
            "name",
            "size",
            "sha256",
            "ciphertext_sha256",
        }:
            raise BundleRejected("malformed-manifest", msgs.MEMBER_MUST_NAME_SIZE_SHA)
        name, size = entry["name"], entry["size"]
        _check_member_name(name, index, names)
        if not _is_count(size):
            raise BundleRejected("malformed-manifest", msgs.MEMBER_NO_VALID_SIZE, name=name)
        limit = BUNDLES.max_document_bytes if index == 0 else BUNDLES.max_member_bytes
        if size > limit:
            raise BundleRejected(
                "member-too-large",
                msgs.MEMBER_DECLARES_BYTES_OVER_LIMIT,
                name=name,
                size=size,
                limit=limit,
            )
        digests = (entry["sha256"], entry["ciphertext_sha256"])
        if not all(isinstance(d, str) and _HEX_DIGEST.fullmatch(d) for d in digests):
            raise BundleRejected("malformed-manifest", msgs.MEMBER_MALFORMED_DIGESTS, name=name)
        match = _EVIDENCE_NAME.fullmatch(name)
        if match and match.group(1) != entry["sha256"]:
            raise BundleRejected("malformed-manifest", msgs.MEMBER_NAMED_ANOTHER_DIGEST, name=name)
        members.append(MemberEntry(name, size, entry["sha256"], entry["ciphertext_sha256"], offset))
        names.add(name)
        offset += ciphertext_size(size)
    return tuple(members)


def _check_member_name(name: object, index: int, seen: set[str]) -> None:
    """Only ``document.json`` first, then ``evidence/<sha256>``: no path can escape a folder."""
    if not isinstance(name, str):
        raise BundleRejected("bad-member-name", msgs.MEMBER_NAME_NOT_TEXT)
    shown = json.dumps(name[:80])
    expected = name == DOCUMENT_MEMBER if index == 0 else bool(_EVIDENCE_NAME.fullmatch(name))
    if not expected:
        raise BundleRejected(
            "bad-member-name", msgs.MEMBER_NAMED_ONLY_DOCUMENT_JSON, index=index, shown=shown
        )
    if name in seen:
        raise BundleRejected("bad-member-name", msgs.MEMBER_APPEARS_TWICE, shown=shown)
