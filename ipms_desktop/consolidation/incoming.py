"""An opened bundle as the merge sees it, and the checks it must pass before any write.

The bundle reader (``ipms_desktop.bundles``) has already verified the signature, the
certificate chain and the member digests. Here the decrypted document is checked
against its own manifest and against the framework shipped with this installation,
because a database row must never hold a score the reports cannot compute.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipms_desktop.consolidation.schema import KIND_ASSESSMENT, KIND_CONSENSUS
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, load_framework, load_framework_version
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.scoring import AssessmentScore, score_sheet
from ipms_desktop.shown_text import quoted

DOCUMENT_TYPES = {KIND_ASSESSMENT: "ipms-assessment", KIND_CONSENSUS: "ipms-consensus"}
DOCUMENT_FORMAT = 1
# Who signed, by document kind: the key of the document's signer block.
SIGNER_KEYS = {KIND_ASSESSMENT: "assessor", KIND_CONSENSUS: "team_lead"}
NOTE_KEYS = {"strengths": "strength", "afis": "afi", "site_visit_issues": "site_visit_issue"}
# Single texts an item may carry besides its lists.
TEXT_KEYS = ("justification", "not_assessed")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class IncomingBundle:
    """A verified, decrypted bundle: its manifest facts and its document."""

    source: Path
    bundle_id: str
    kind: str
    assessment_id: str
    revision: int
    institution: str
    cycle: int
    framework_id: str
    framework_hash: str
    signer_fingerprint: str
    # The signing key: ``public_key_id`` of the certificate (survives renewal).
    signer_key: str
    signer_name: str
    created_at: str
    audit_head: str
    document: Mapping[str, Any]
    # The evidence members the bundle carries, decrypted and checked by the reader:
    # SHA-256 (hex) to size in bytes. The document may list only these.
    evidence_sizes: Mapping[str, int] = field(default_factory=dict)


# Opens one bundle file: verifies, decrypts, and raises IpmsError naming why it is refused.
BundleOpener = Callable[[Path], IncomingBundle]


def canonical_document_bytes(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def content_digest(document: Mapping[str, Any]) -> str:
    """Names a document's content independently of key order and white space."""
    return "sha256:" + hashlib.sha256(canonical_document_bytes(document)).hexdigest()


def installed_framework(framework_id: str, framework_hash: str) -> Framework:
    """The shipped framework a bundle was scored against, or a refusal saying why not."""
    try:
        framework = load_framework(framework_id)
    except IpmsError as error:
        raise IpmsError(
            msgs.FRAMEWORK_NOT_AVAILABLE_HERE, framework_id=repr(framework_id), error=error
        ) from None
    framework = load_framework_version(framework_id, framework_hash) or framework
    if framework.content_hash != framework_hash:
        raise IpmsError(
            msgs.SCORED_AGAINST_FRAMEWORK_VERSION_BUT,
            framework_id=framework_id,
            framework_hash=framework_hash,
            content_hash=framework.content_hash,
        )
    return framework


def check_incoming(incoming: IncomingBundle) -> AssessmentScore:
    """Refuse a document that disagrees with its manifest or cannot be scored."""
    document = incoming.document
    kind = incoming.kind
    if kind not in DOCUMENT_TYPES:
        raise IpmsError(
            msgs.BUNDLE_KIND_CANNOT_MERGED_EXPECTED,
            kind=quoted(kind),
            document_types=", ".join(DOCUMENT_TYPES),
        )
    if not isinstance(document, Mapping):
        raise IpmsError(msgs.BUNDLE_S_DOCUMENT_NOT_JSON)
    if document.get("document") != DOCUMENT_TYPES[kind]:
        raise IpmsError(
            msgs.BUNDLE_MUST_CARRY_DOCUMENT_FOUND,
            kind=kind,
            document_types=DOCUMENT_TYPES[kind],
            value=quoted(document.get("document")),
        )
    if document.get("format") != DOCUMENT_FORMAT:
        raise IpmsError(
            msgs.DOCUMENT_FORMAT_NOT_SUPPORTED_VERSION,
            value=quoted(document.get("format")),
            document_format=DOCUMENT_FORMAT,
        )
    framework = document.get("framework")
    signer = document.get(SIGNER_KEYS[kind])
    if not isinstance(framework, Mapping) or not isinstance(signer, Mapping):
        raise IpmsError(msgs.DOCUMENT_LACKS_FRAMEWORK_BLOCK, signer_keys=SIGNER_KEYS[kind])
    expected = {
        "assessment_id": incoming.assessment_id,
        "revision": incoming.revision,
        "institution": incoming.institution,
        "cycle": incoming.cycle,
        "framework.id": incoming.framework_id,
        "framework.hash": incoming.framework_hash,
        f"{SIGNER_KEYS[kind]}.certificate_fingerprint": incoming.signer_fingerprint,
    }
    found = {
        "assessment_id": document.get("assessment_id"),
        "revision": document.get("revision"),
        "institution": document.get("institution"),
        "cycle": document.get("cycle"),
        "framework.id": framework.get("id"),
        "framework.hash": framework.get("hash"),
        f"{SIGNER_KEYS[kind]}.certificate_fingerprint": signer.get("certificate_fingerprint"),
    }
    for key, value in expected.items():
        if found[key] != value:
            raise IpmsError(
                msgs.DOCUMENT_S_DIFFERS_FROM_SIGNED,
                key=key,
                found=quoted(found[key]),
                value=quoted(value),
            )
    if not isinstance(incoming.institution, str) or not incoming.institution.strip():
        raise IpmsError(msgs.BUNDLE_NAMES_NO_INSTITUTION)
    _check_texts(document, incoming.evidence_sizes)
    installed = installed_framework(incoming.framework_id, incoming.framework_hash)
    panel = document.get("panel")
    if not isinstance(panel, str) or installed.panel(panel) is None:
        known = ", ".join(p.id for p in installed.panels)
        raise IpmsError(
            msgs.DOCUMENT_S_PANEL_NOT_PANEL,
            panel=quoted(panel),
            framework_id=incoming.framework_id,
            known=known,
        )
    return score_sheet(installed, document)


def _check_texts(document: Mapping[str, Any], evidence_sizes: Mapping[str, int]) -> None:
    items = document.get("items")
    if not isinstance(items, Mapping):
        raise IpmsError(msgs.DOCUMENT_NO_ITEMS_OBJECT)
    for item_id, entry in items.items():
        where = f"item {quoted(item_id, 40)}"
        if not isinstance(entry, Mapping):
            raise IpmsError(msgs.MUST_OBJECT, where=where)
        for key in NOTE_KEYS:
            texts = entry.get(key, [])
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise IpmsError(msgs.MUST_LIST_TEXTS, where=where, key=key)
        for key in TEXT_KEYS:
            if entry.get(key) is not None and not isinstance(entry[key], str):
                raise IpmsError(msgs.MUST_TEXT, where=where, key=key)
        evidence = entry.get("evidence", [])
        if not isinstance(evidence, list):
            raise IpmsError(msgs.EVIDENCE_MUST_LIST, where=where)
        for listed in evidence:
            _check_evidence(where, listed, evidence_sizes)


def _check_evidence(where: str, entry: object, evidence_sizes: Mapping[str, int]) -> None:
    """A listed evidence file must be one the bundle carries (decrypted and checked by the
    reader), with the size it has there."""
    if not (
        isinstance(entry, Mapping)
        and isinstance(entry.get("name"), str)
        and isinstance(entry.get("media_type"), str)
    ):
        raise IpmsError(msgs.EVIDENCE_MUST_LIST_OBJECTS_SHA, where=where)
    digest, size = entry.get("sha256"), entry.get("size")
    if not isinstance(digest, str) or not _SHA256_HEX.fullmatch(digest):
        raise IpmsError(
            msgs.EVIDENCE_DIGEST_NOT_LOWERCASE_HEXADECIMAL,
            where=where,
            name=quoted(entry["name"], 60),
            digest=quoted(digest, 70),
        )
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise IpmsError(
            msgs.EVIDENCE_SIZE_NOT_WHOLE_NUMBER,
            where=where,
            name=quoted(entry["name"], 60),
            size=quoted(size),
        )
    carried = evidence_sizes.get(digest)
    if carried is None:
        raise IpmsError(
            msgs.EVIDENCE_SHA_LISTED_BUT_BUNDLE,
            where=where,
            name=quoted(entry["name"], 60),
            digest=digest,
        )
    if carried != size:
        raise IpmsError(
            msgs.EVIDENCE_LISTED_BYTES_BUT_BUNDLE,
            where=where,
            name=quoted(entry["name"], 60),
            size=quoted(size),
            carried=carried,
        )
