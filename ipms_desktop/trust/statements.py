"""Statements CoMSEC's root signs besides the trust settings: team assignments and key links.

They share the trust settings' envelope (a JSON object with the document type, format,
base64 payload and base64 Ed25519 signature) but are verified with the root a consolidation
already trusts, never with a root they carry themselves. The signature covers a context
line naming the document type, so a statement of one kind cannot pass for another.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.shown_text import unencodable_text_error
from ipms_desktop.user_files import refuse_repeated_keys

FORMAT_VERSION = 1
SIGNATURE_CONTEXT = b"IPMS signed statement v1\n"
MAX_STATEMENT_BYTES = 4 * 1024 * 1024


def _signed_bytes(document_type: str, payload_bytes: bytes) -> bytes:
    return SIGNATURE_CONTEXT + document_type.encode("ascii") + b"\n" + payload_bytes


def sign_statement(
    document_type: str, payload: dict[str, Any], root_key: ed25519.Ed25519PrivateKey
) -> bytes:
    """The signed statement file for ``payload`` (compact, key-sorted UTF-8 JSON); a text
    that is not Unicode (a name typed on a terminal that is not UTF-8) is refused, and
    nothing is signed or written."""
    try:
        payload_bytes = json.dumps(
            payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")
    except UnicodeEncodeError as error:
        raise unencodable_text_error(error) from None
    envelope = {
        "document": document_type,
        "format": FORMAT_VERSION,
        "payload": base64.b64encode(payload_bytes).decode("ascii"),
        "signature": base64.b64encode(
            root_key.sign(_signed_bytes(document_type, payload_bytes))
        ).decode("ascii"),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("ascii")


def statement_type(data: bytes, where: str) -> str:
    """The document type an (unverified) statement file claims, to route it."""
    envelope = _json_object(data, where, "file")
    document_type = envelope.get("document")
    if not isinstance(document_type, str) or not document_type.isascii():
        raise IpmsError(msgs.NOT_SIGNED_IPMS_STATEMENT, where=where)
    return document_type


def read_statement(
    data: bytes, document_type: str, root: x509.Certificate, where: str
) -> dict[str, Any]:
    """The verified payload of a ``document_type`` statement signed by ``root``."""
    if len(data) > MAX_STATEMENT_BYTES:
        raise IpmsError(msgs.TOO_LARGE_SIGNED_STATEMENT, where=where)
    envelope = _json_object(data, where, "file")
    if envelope.get("document") != document_type:
        raise IpmsError(msgs.NOT_FILE, where=where, document_type=document_type)
    if envelope.get("format") != FORMAT_VERSION:
        raise IpmsError(
            msgs.FORMAT_NOT_SUPPORTED_VERSION_READS,
            where=where,
            value=repr(envelope.get("format")),
            format_version=FORMAT_VERSION,
        )
    payload_bytes = _base64_field(envelope, "payload", where)
    signature = _base64_field(envelope, "signature", where)
    root_key = root.public_key()
    if not isinstance(root_key, ed25519.Ed25519PublicKey):
        raise IpmsError(msgs.TRUSTED_ROOT_NO_ED_KEY, where=where)
    try:
        root_key.verify(signature, _signed_bytes(document_type, payload_bytes))
    except InvalidSignature:
        raise IpmsError(msgs.SIGNATURE_DOES_NOT_VERIFY_TRUSTED, where=where) from None
    return _json_object(payload_bytes, where, "payload")


def _json_object(data: bytes, where: str, part: str) -> dict[str, Any]:
    try:
        value = json.loads(
            data.decode("utf-8"), object_pairs_hook=refuse_repeated_keys(f"{where}: {part}")
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpmsError(msgs.STATEMENT_S_NOT_VALID_JSON, where=where, part=part) from None
    if not isinstance(value, dict):
        raise IpmsError(msgs.STATEMENT_S_NOT_JSON_OBJECT, where=where, part=part)
    return value


def _base64_field(envelope: dict[str, Any], name: str, where: str) -> bytes:
    value = envelope.get(name)
    if not isinstance(value, str):
        raise IpmsError(msgs.MISSING, where=where, name=name)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise IpmsError(msgs.NOT_VALID_BASE_2, where=where, name=name) from None
