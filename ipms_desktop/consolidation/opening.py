"""Opening real ``.ipmsb`` files for the merge, through the bundle reader.

The reader verifies the signature, the chain to CoMSEC's root, revocation, the signer's
role for the kind, the framework hash against the trust settings and every member's
digest, then decrypts the document with the consolidation key. Evidence is decrypted
chunk by chunk and checked against its SHA-256 and size, then discarded: its contents
stay in the bundle file, and the database records each evidence file's name, size, type
and SHA-256, which the document may list only for evidence the bundle really carries.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from ipms_desktop.bundles.format import BundleRejected, format_time
from ipms_desktop.bundles.reader import open_bundle, verify_bundle
from ipms_desktop.consolidation.incoming import BundleOpener, IncomingBundle
from ipms_desktop.consolidation.merge import NotForThisKey
from ipms_desktop.shown_text import shown_path
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.trust_settings import TrustSettings


def common_name(certificate: x509.Certificate) -> str:
    """The certified person's name (the subject's common name, else the whole subject)."""
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        return str(names[0].value)
    return certificate.subject.rfc4514_string()


def bundle_opener(trust: TrustSettings, key: RecipientPrivateKey) -> BundleOpener:
    """An opener that verifies with ``trust`` and decrypts with the consolidation ``key``.

    A file not encrypted for ``key`` raises ``NotForThisKey`` naming the keys it is for.
    """

    def open_for_merge(path: Path) -> IncomingBundle:
        try:
            opened = open_bundle(path, trust, key)
        except BundleRejected as error:
            if error.reason != "not-a-recipient":
                raise
            # The signature checked out before decryption was tried, so the manifest
            # names the keys the file is really for.
            wanted = verify_bundle(path, trust).recipient_key_ids
            raise NotForThisKey(shown_path(path), key.public_key().key_id, wanted) from None
        manifest = opened.verified.manifest
        signer = opened.verified.signer
        return IncomingBundle(
            source=Path(path),
            bundle_id=manifest.bundle_id,
            kind=manifest.kind.name,
            assessment_id=manifest.assessment_id,
            revision=manifest.revision,
            institution=manifest.institution,
            cycle=manifest.cycle,
            framework_id=manifest.framework_id,
            framework_hash=manifest.framework_hash,
            signer_fingerprint=signer.fingerprint,
            signer_key=signer.key_id,
            signer_name=common_name(signer.certificate),
            created_at=format_time(manifest.created),
            audit_head=manifest.audit_head,
            document=opened.document,
            evidence_sizes={member.sha256: member.size for member in manifest.members[1:]},
        )

    return open_for_merge
