"""Exporting one assessment from a profile as a bundle (used by the CLI and the GUI).

The profile is any object with the store's methods (see ``ExportSource``), so this module
does not import the database layer. Order matters: the export is recorded first (revision
+1, an audit event), then the document is read, so the bundle carries the new revision and
an audit head that includes its own export. A failed write leaves no file; the revision it
consumed is simply skipped by the next export.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from ipms_desktop.bundles.export_signer import prepare_export
from ipms_desktop.bundles.writer import EvidenceFile, WrittenBundle, write_bundle
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
    framework = profile.assessment_document(assessment_id)["framework"]
    export = prepare_export(
        profile, ASSESSMENT_KIND, framework["id"], framework["hash"], extra_recipients
    )
    profile.mark_exported(assessment_id)
    document = profile.assessment_document(assessment_id)
    document["assessor"] = {"name": export.name, "certificate_fingerprint": export.fingerprint}
    return write_bundle(
        out_path,
        kind=ASSESSMENT_KIND,
        document=document,
        evidence=_evidence_files(profile, document),
        signer=export.signer,
        recipients=export.recipients,
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
