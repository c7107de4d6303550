"""Exporting one assessment from a profile as a bundle (used by the CLI and the GUI).

The profile is any object with the store's methods (see ``ExportSource``), so this module
does not import the database layer. Order matters: the export is recorded first (revision
+1, an audit event), then the document is read, so the bundle carries the new revision and
an audit head that includes its own export. A failed write leaves no file; the revision it
consumed is simply skipped by the next export.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from cryptography.x509.oid import NameOID

from ipms_desktop.bundles.format import KINDS
from ipms_desktop.bundles.writer import BundleSigner, EvidenceFile, WrittenBundle, write_bundle
from ipms_desktop.errors import IpmsError
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    certificate_fingerprint,
    check_signer,
)
from ipms_desktop.trust.profile_credentials import require_trust, signing_credentials
from ipms_desktop.trust.recipients import RecipientPublicKey

ASSESSMENT_KIND = "assessment"


class ExportSource(Protocol):
    def get_secret(self, name: str) -> bytes | None: ...

    def set_secret(self, name: str, value: bytes) -> None: ...

    def assessment_document(self, assessment_id: str) -> dict[str, Any]: ...

    def mark_exported(self, assessment_id: str) -> int: ...

    def iter_evidence_chunks(self, sha256: str) -> Iterator[bytes]: ...


def export_assessment(
    profile: ExportSource,
    assessment_id: str,
    out_path: Path,
    extra_recipients: Sequence[RecipientPublicKey] = (),
) -> WrittenBundle:
    """Sign and encrypt an assessment to CoMSEC (and ``extra_recipients``) at ``out_path``."""
    trust = require_trust(profile)
    signing_key, certificate = signing_credentials(profile)
    try:
        check_signer(
            certificate,
            trust.root,
            trust.crl,
            at=datetime.now(UTC),
            allowed_roles=KINDS[ASSESSMENT_KIND].signer_roles,
        )
    except CredentialRejected as error:
        raise IpmsError(
            f"this profile's certificate cannot sign assessments ({error}); ask CoMSEC for "
            "a new one"
        ) from None
    framework = profile.assessment_document(assessment_id)["framework"]
    if framework["hash"] not in trust.allowed_framework_hashes:
        raise IpmsError(
            f"framework {framework['id']} ({framework['hash']}) is not approved by the "
            "installed trust settings; install current trust settings from CoMSEC"
        )
    profile.mark_exported(assessment_id)
    document = profile.assessment_document(assessment_id)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    document["assessor"] = {
        "name": str(names[0].value) if names else certificate.subject.rfc4514_string(),
        "certificate_fingerprint": certificate_fingerprint(certificate),
    }
    return write_bundle(
        out_path,
        kind=ASSESSMENT_KIND,
        document=document,
        evidence=_evidence_files(profile, document),
        signer=BundleSigner(signing_key, certificate),
        recipients=[*trust.default_recipients(), *extra_recipients],
    )


def _evidence_files(profile: ExportSource, document: dict[str, Any]) -> list[EvidenceFile]:
    """Each distinct evidence content once, streamed from the store when written."""
    sizes: dict[str, int] = {}
    for item in document.get("items", {}).values():
        for entry in item.get("evidence", []):
            sizes.setdefault(entry["sha256"], int(entry["size"]))
    return [
        EvidenceFile(sha256, size, lambda sha256=sha256: profile.iter_evidence_chunks(sha256))
        for sha256, size in sizes.items()
    ]
