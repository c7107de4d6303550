"""The project's own X.509 identifiers: assessor roles and the certified recipient key.

All OIDs sit under 2.25.162316810980108638489051475138613203003, the arc derived from UUID
7a1d14a7-13e4-45a0-877c-1db7c491d03b (ITU-T X.667), which needs no registration and cannot
collide with anyone else's. Roles travel as extendedKeyUsage purposes, a standard place
``openssl x509 -text`` shows; the recipient key travels in a private, non-critical extension
so the root also vouches for the key a team lead receives bundles with.
"""

from __future__ import annotations

from cryptography import x509

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.recipients import RecipientPublicKey

ARC = "2.25.162316810980108638489051475138613203003"
ROLE_ASSESSOR = "assessor"
ROLE_TEAM_LEAD = "team-lead"
ROLE_OIDS: dict[str, x509.ObjectIdentifier] = {
    ROLE_ASSESSOR: x509.ObjectIdentifier(f"{ARC}.1.1"),
    ROLE_TEAM_LEAD: x509.ObjectIdentifier(f"{ARC}.1.2"),
}
RECIPIENT_KEY_OID = x509.ObjectIdentifier(f"{ARC}.2.1")


def role_of(certificate: x509.Certificate) -> str | None:
    """The single role a certificate grants, or None if it names no role or several."""
    try:
        usages = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return None
    roles = [role for role, oid in ROLE_OIDS.items() if oid in usages]
    return roles[0] if len(roles) == 1 else None


def recipient_key_extension(key: RecipientPublicKey) -> x509.UnrecognizedExtension:
    """The extension carrying ``key`` as a DER OCTET STRING of ``suite id || 0 || raw key``."""
    content = key.suite_id.encode("ascii") + b"\0" + key.key_bytes
    return x509.UnrecognizedExtension(RECIPIENT_KEY_OID, _der_octet_string(content))


def recipient_key_of(extensions: x509.Extensions, source: str) -> RecipientPublicKey | None:
    """The recipient key a certificate or request carries, if any."""
    try:
        extension = extensions.get_extension_for_oid(RECIPIENT_KEY_OID).value
    except x509.ExtensionNotFound:
        return None
    if not isinstance(extension, x509.UnrecognizedExtension):
        raise IpmsError(msgs.RECIPIENT_KEY_EXTENSION_CANNOT_READ, source=source)
    content = _parse_der_octet_string(extension.value, source)
    suite_part, separator, key_bytes = content.partition(b"\0")
    if not separator:
        raise IpmsError(msgs.RECIPIENT_KEY_EXTENSION_NO_SUITE, source=source)
    return RecipientPublicKey(suite_part.decode("ascii", "replace"), key_bytes)


def _der_octet_string(content: bytes) -> bytes:
    length = len(content)
    if length < 0x80:
        return bytes([0x04, length]) + content
    length_bytes = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x04, 0x80 | len(length_bytes)]) + length_bytes + content


def _parse_der_octet_string(value: bytes, source: str) -> bytes:
    problem = IpmsError(msgs.RECIPIENT_EXTENSION_NOT_OCTET_STRING, source=source)
    if len(value) < 2 or value[0] != 0x04:
        raise problem
    first = value[1]
    if first < 0x80:
        length, start = first, 2
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or len(value) < 2 + count:
            raise problem
        length, start = int.from_bytes(value[2 : 2 + count], "big"), 2 + count
    if start + length != len(value):
        raise problem
    return value[start:]
