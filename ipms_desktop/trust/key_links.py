"""Key links: CoMSEC's signed word that a new signing key continues an earlier one's work.

Merge identifies a signer by the key that signs (``public_key_id``). Renewing a certificate
with the same key needs nothing; when a person's key had to be replaced (a lost laptop, a
new profile), ``ipms admin link-key`` signs a statement naming the previous key and its
certificate and the next key and its certificate, and merge then treats bundles signed
with the next key as the same signer's, so revisions continue the earlier lineage.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.certificates import certificate_fingerprint, public_key_id
from ipms_desktop.trust.statements import read_statement

DOCUMENT_TYPE = "ipms-key-link"
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_FIELDS = ("previous_key", "previous_certificate", "next_key", "next_certificate")


@dataclass(frozen=True)
class KeyLink:
    previous_key: str
    previous_certificate: str
    next_key: str
    next_certificate: str
    name: str
    issued: str

    def payload(self) -> dict[str, Any]:
        return {
            "previous_key": self.previous_key,
            "previous_certificate": self.previous_certificate,
            "next_key": self.next_key,
            "next_certificate": self.next_certificate,
            "name": self.name,
            "issued": self.issued,
        }


def key_link_between(
    previous: x509.Certificate, following: x509.Certificate, name: str, issued: str
) -> KeyLink:
    return KeyLink(
        public_key_id(previous),
        certificate_fingerprint(previous),
        public_key_id(following),
        certificate_fingerprint(following),
        name,
        issued,
    )


def load_key_link(data: bytes, root: x509.Certificate, where: str) -> KeyLink:
    """A verified key link (signed by ``root``)."""
    return key_link_from_payload(read_statement(data, DOCUMENT_TYPE, root, where), where)


def key_link_from_payload(payload: Mapping[str, Any], where: str) -> KeyLink:
    values = [payload.get(field) for field in _FIELDS]
    if not all(isinstance(v, str) and _DIGEST.fullmatch(v) for v in values):
        raise IpmsError(msgs.MUST_EACH_SHA_HEX, where=where, fields=", ".join(_FIELDS))
    name, issued = payload.get("name"), payload.get("issued")
    if not isinstance(name, str) or not isinstance(issued, str) or len(issued) > 40:
        raise IpmsError(msgs.NAME_ISSUED_MUST_TEXTS, where=where)
    previous_key, previous_certificate, next_key, next_certificate = (str(v) for v in values)
    if previous_certificate == next_certificate:
        raise IpmsError(msgs.CERTIFICATE_CANNOT_CONTINUE_ITSELF, where=where)
    return KeyLink(previous_key, previous_certificate, next_key, next_certificate, name, issued)
