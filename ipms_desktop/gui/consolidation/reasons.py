"""Why a bundle was refused, in words a team lead understands.

The merge reports a technical reason: a stable code from the bundle reader
(``signer-revoked: ...``) or a sentence from the consolidation checks. The team lead
needs to know what happened and what to do next; the technical text stays available
beside it for CoMSEC's support staff.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CODE = re.compile(r"^([a-z]+(?:-[a-z]+)*): ")


def _code_sentences() -> dict[str, str]:
    damaged = QCoreApplication.translate(
        "RejectionReasons",
        "The file is damaged or incomplete (for example, a copy that was cut short). "
        "Ask the assessor to export it again and send a fresh copy.",
    )
    altered = QCoreApplication.translate(
        "RejectionReasons",
        "The file was changed after the assessor signed it. Do not use it; ask the "
        "assessor for a new export.",
    )
    return {
        "unreadable": QCoreApplication.translate(
            "RejectionReasons",
            "The file could not be read. Check that the disk or USB stick is "
            "still attached, then add it again.",
        ),
        "not-a-bundle": QCoreApplication.translate(
            "RejectionReasons",
            "This is not an assessment bundle. Only .ipmsb files exported from "
            "IPMS Desktop can be merged.",
        ),
        "truncated": damaged,
        "bad-layout": damaged,
        "malformed-manifest": damaged,
        "manifest-too-large": damaged,
        "too-many-members": damaged,
        "member-too-large": damaged,
        "bad-member-name": damaged,
        "unsupported-version": QCoreApplication.translate(
            "RejectionReasons",
            "The file was made by a newer version of IPMS Desktop. "
            "Update IPMS Desktop on this computer, then try again.",
        ),
        "unknown-kind": QCoreApplication.translate(
            "RejectionReasons", "The file holds something other than an assessment or a consensus."
        ),
        "unknown-suite": QCoreApplication.translate(
            "RejectionReasons",
            "The file was encrypted in a way this version cannot read. "
            "Update IPMS Desktop on this computer.",
        ),
        "signature-invalid": altered,
        "member-digest-mismatch": altered,
        "document-mismatch": altered,
        "untrusted-signer": QCoreApplication.translate(
            "RejectionReasons",
            "The person who signed it is not certified by CoMSEC's "
            "authority in your trust settings. If CoMSEC has sent new "
            "trust settings, load them and retry.",
        ),
        "signer-revoked": QCoreApplication.translate(
            "RejectionReasons",
            "The signer's certificate has been withdrawn by CoMSEC. Contact "
            "CoMSEC before using this assessment.",
        ),
        "signer-expired": QCoreApplication.translate(
            "RejectionReasons",
            "The signer's certificate had expired when the file was made. "
            "The assessor needs a renewed certificate and a new export.",
        ),
        "signer-not-yet-valid": QCoreApplication.translate(
            "RejectionReasons",
            "The file is dated before the signer's certificate was "
            "valid. Check the assessor's computer clock.",
        ),
        "created-in-future": QCoreApplication.translate(
            "RejectionReasons",
            "The file is dated in the future. Check the clock of the "
            "assessor's computer and of this computer.",
        ),
        "not-a-signing-certificate": QCoreApplication.translate(
            "RejectionReasons",
            "The file was signed with a certificate that may not sign assessments.",
        ),
        "role-not-allowed": QCoreApplication.translate(
            "RejectionReasons",
            "The signer's certificate does not allow this kind of file "
            "(for example, an assessor signing a consensus).",
        ),
        "framework-not-allowed": QCoreApplication.translate(
            "RejectionReasons",
            "The assessment uses a framework version that your trust "
            "settings do not approve. If CoMSEC has sent new trust "
            "settings, load them and retry.",
        ),
        "not-a-recipient": QCoreApplication.translate(
            "RejectionReasons",
            "The file was not encrypted for this consolidation key. Check "
            "that you chose the right key, or ask the assessor to export "
            "again for you.",
        ),
        "decryption-failed": QCoreApplication.translate(
            "RejectionReasons",
            "The file could not be decrypted with this key. Check that you chose the right key.",
        ),
        "assignment-missing": QCoreApplication.translate(
            "RejectionReasons",
            "No team assignments from CoMSEC for this cycle are installed, so it is not known "
            "which team lead may send this consensus. Install CoMSEC's signed assignments "
            "file for the cycle, then retry.",
        ),
        "lead-not-assigned": QCoreApplication.translate(
            "RejectionReasons",
            "The consensus was signed by a team lead whom CoMSEC has not assigned to this "
            "institution for this cycle. Only the assigned team lead's consensus is accepted.",
        ),
        "assessor-not-assigned": QCoreApplication.translate(
            "RejectionReasons",
            "The assessment was signed by an assessor whom CoMSEC has not assigned to this "
            "institution for this cycle.",
        ),
        "based-on-invalid": QCoreApplication.translate(
            "RejectionReasons",
            "The consensus names individual assessments that are not this institution's "
            "assessments merged here. Merge the team's assessments first; if it is still "
            "refused, do not use this consensus.",
        ),
        "not-a-file": QCoreApplication.translate(
            "RejectionReasons",
            "This is not an ordinary file (a pipe, a device or a folder), so it was not read. "
            "Copy the bundle to a file and add that.",
        ),
        "invalid-text": QCoreApplication.translate(
            "RejectionReasons",
            "The file holds text that cannot be stored (a NUL character or broken Unicode). "
            "Ask the assessor for a new export.",
        ),
        "malformed-document": QCoreApplication.translate(
            "RejectionReasons",
            "The assessment inside the file is not laid out as IPMS Desktop writes it. Do not "
            "use it; ask the assessor for a new export.",
        ),
    }


_SENTENCE_PATTERNS = (
    (
        "already merged with different content",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "Another file with the same identity but different content was merged earlier. "
            "One of the two is not what the assessor exported; ask the assessor which is right.",
        ),
    ),
    (
        "was already merged from bundle",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "This revision of the assessment was merged earlier with different content. "
            "Ask the assessor to export a new revision.",
        ),
    ),
    (
        "but this installation ships",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The assessment was scored against a framework version this installation does not "
            "have. Update IPMS Desktop, then retry.",
        ),
    ),
    (
        "differs from the signed manifest",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The file contradicts itself: its contents do not match what was signed. Ask the "
            "assessor for a new export.",
        ),
    ),
    (
        "the bundle does not carry it",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The assessment lists an evidence file that the file does not contain. Ask the "
            "assessor for a new export.",
        ),
    ),
    (
        ": evidence ",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "An evidence file is listed with a wrong size or digest. Ask the assessor for a new "
            "export.",
        ),
    ),
    (
        "is not a panel of framework",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The assessment names no valid assessment panel of its framework. Ask the assessor "
            "for a new export.",
        ),
    ),
    (
        "names no institution",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The institution's name in the file is empty or holds invisible control characters. "
            "Ask the assessor to correct the name and export again.",
        ),
    ),
    (
        "cannot write to quarantine folder",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The file could not be copied to the quarantine folder. The original is untouched; "
            "check the quarantine folder and free space.",
        ),
    ),
    (
        "consolidation database",
        QT_TRANSLATE_NOOP(
            "RejectionReasons",
            "The database could not record the file; nothing of it was written. Check the "
            "connection or the disk, then add the file again.",
        ),
    ),
)


def plain_reason(technical: str) -> str:
    """A translated sentence for a merge's technical ``reason``."""
    match = _CODE.match(technical)
    if match is not None:
        sentence = _code_sentences().get(match.group(1))
        if sentence is not None:
            return sentence
    for needle, sentence in _SENTENCE_PATTERNS:
        if needle in technical:
            return QCoreApplication.translate("RejectionReasons", sentence)
    return QCoreApplication.translate(
        "RejectionReasons",
        "The assessment in the file cannot be used as it is (its scores or contents are not "
        "valid). Point at the row to read the technical details, and send them to CoMSEC's "
        "support if the assessor cannot correct it.",
    )


def may_succeed_after_trust_change(technical: str) -> bool:
    """Whether new trust settings, another key or CoMSEC's signed assignments could let
    this bundle through."""
    match = _CODE.match(technical)
    return match is not None and match.group(1) in {
        "untrusted-signer",
        "framework-not-allowed",
        "not-a-recipient",
        "decryption-failed",
        "signer-revoked",
        "assignment-missing",
        "lead-not-assigned",
        "assessor-not-assigned",
        "based-on-invalid",
    }
