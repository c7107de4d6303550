"""Certificate requests (PKCS#10): what a profile sends the administrator to be certified.

The request carries the Ed25519 signing key and, when the holder should also receive bundles
(a team lead), the HPKE recipient key, so the issued certificate vouches for both.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.x509.oid import NameOID

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.extensions import recipient_key_extension
from ipms_desktop.trust.recipients import RecipientPublicKey

MAX_REQUEST_BYTES = 64 * 1024


def build_certificate_request(
    signing_key: ed25519.Ed25519PrivateKey,
    common_name: str,
    recipient_key: RecipientPublicKey | None = None,
) -> bytes:
    """A PEM PKCS#10 request for ``common_name``, signed by ``signing_key``."""
    name = common_name.strip()
    if not name:
        raise IpmsError(msgs.CERTIFICATE_REQUEST_NEEDS_HOLDER_S)
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    )
    if recipient_key is not None:
        builder = builder.add_extension(recipient_key_extension(recipient_key), critical=False)
    request = builder.sign(signing_key, None)
    return request.public_bytes(serialization.Encoding.PEM)


def load_certificate_request(data: bytes, source: str) -> x509.CertificateSigningRequest:
    """A request whose self-signature verifies and whose key is Ed25519."""
    if len(data) > MAX_REQUEST_BYTES:
        raise IpmsError(msgs.TOO_LARGE_CERTIFICATE_REQUEST, source=source)
    try:
        request = x509.load_pem_x509_csr(data)
    except ValueError:
        raise IpmsError(msgs.NOT_PEM_CERTIFICATE_REQUEST_PKCS, source=source) from None
    if not request.is_signature_valid:
        raise IpmsError(msgs.REQUEST_S_SIGNATURE_DOES_NOT, source=source)
    if not isinstance(request.public_key(), ed25519.Ed25519PublicKey):
        raise IpmsError(msgs.REQUEST_MUST_HOLD_ED_KEY, source=source)
    if not request.subject.get_attributes_for_oid(NameOID.COMMON_NAME):
        raise IpmsError(msgs.REQUEST_NAMES_NO_HOLDER_NO, source=source)
    return request
