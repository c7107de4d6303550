"""Exporting one assessment as a bundle: the one order both front ends follow.

1. The completeness check: an unfinished assessment is refused before anything is written.
2. The bundle is written (atomically: a failure leaves no file) carrying the next revision.
3. Only then is the export recorded in the profile (revision + 1, an audit event); if that
   fails, the new bundle is removed again.

So a failed write (a missing folder, a full disk) uses no revision, and the revision in the
default file name, inside the bundle and in the profile always agree. The bundle's audit
head is the profile's chain head as of the exported content; the export's own event follows
it in the chain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipms_desktop.bundles.export_signer import prepare_export
from ipms_desktop.bundles.writer import EvidenceFile, WrittenBundle, write_bundle
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import services as msgs
from ipms_desktop.services.completeness import require_complete
from ipms_desktop.trust.recipients import RecipientPublicKey

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile

ASSESSMENT_KIND = "assessment"
BUNDLE_SUFFIX = ".ipmsb"
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^\w\-]+")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportPlan:
    """What the next export of an assessment will be, before anything is written."""

    assessment_id: str
    institution: str
    cycle: int
    revision: int
    file_name: str
    evidence_bytes: int


@dataclass(frozen=True)
class ExportResult:
    bundle: WrittenBundle
    revision: int

    @property
    def path(self) -> Path:
        return Path(self.bundle.path)


def default_bundle_name(institution: str, cycle: int, revision: int) -> str:
    """``Ministry-of-Trade-2026-r3.ipmsb``: institution, cycle and the bundle's revision."""
    stem = _UNSAFE_FILE_CHARACTERS.sub("-", institution.strip()).strip("-") or "assessment"
    return f"{stem}-{cycle}-r{revision}{BUNDLE_SUFFIX}"


def plan_export(profile: OpenProfile, assessment_id: str) -> ExportPlan:
    """The revision the next export will carry, its default file name and evidence size."""
    detail = profile.assessments.get(assessment_id)
    summary = detail.summary
    revision = summary.revision + 1
    evidence = {info.sha256: info.size for item in detail.items.values() for info in item.evidence}
    return ExportPlan(
        assessment_id=assessment_id,
        institution=summary.institution,
        cycle=summary.cycle,
        revision=revision,
        file_name=default_bundle_name(summary.institution, summary.cycle, revision),
        evidence_bytes=sum(evidence.values()),
    )


def export_assessment(
    profile: OpenProfile,
    assessment_id: str,
    out_path: Path,
    extra_recipients: Sequence[RecipientPublicKey] = (),
    *,
    expected_revision: int | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Check, write, then record: sign and encrypt the assessment to CoMSEC (and
    ``extra_recipients``) at ``out_path``.

    ``expected_revision`` is the revision the person was shown (``plan_export``): when the
    assessment has been exported meanwhile, nothing is written. ``progress(done, total)``
    counts evidence bytes as they stream into the bundle.
    """
    require_complete(profile.assessments, assessment_id)
    document = profile.assessments.document(assessment_id)
    revision = int(document["revision"]) + 1
    if expected_revision is not None and expected_revision != revision:
        raise IpmsError(
            msgs.EXPORT_REVISION_MOVED,
            assessment_id=assessment_id,
            revision=revision,
            expected_revision=expected_revision,
        )
    framework = document["framework"]
    export = prepare_export(
        profile.keys, ASSESSMENT_KIND, framework["id"], framework["hash"], extra_recipients
    )
    document["revision"] = revision
    document["assessor"] = {"name": export.name, "certificate_fingerprint": export.fingerprint}
    out_path = Path(out_path)
    profile.settings.remember_output_folder(out_path.parent)
    written = write_bundle(
        out_path,
        kind=ASSESSMENT_KIND,
        document=document,
        evidence=_evidence_files(profile, document, progress),
        signer=export.signer,
        recipients=export.recipients,
    )
    try:
        profile.assessments.mark_exported(assessment_id, revision=revision)
    except BaseException:
        Path(written.path).unlink(missing_ok=True)
        raise
    return ExportResult(written, revision)


def _evidence_files(
    profile: OpenProfile, document: dict[str, Any], progress: Progress | None
) -> list[EvidenceFile]:
    """Each distinct evidence content once, streamed from the store when written."""
    sizes: dict[str, int] = {}
    for item in document.get("items", {}).values():
        for entry in item.get("evidence", []):
            sizes.setdefault(entry["sha256"], int(entry["size"]))
    total = sum(sizes.values())
    streamed = [0]

    def chunks(sha256: str) -> Iterator[bytes]:
        for chunk in profile.evidence.iter_chunks(sha256):
            streamed[0] += len(chunk)
            if progress is not None:
                progress(min(streamed[0], total), total)
            yield chunk

    return [EvidenceFile(sha256, size, partial(chunks, sha256)) for sha256, size in sizes.items()]
