"""Export and open: what an assessor and CoMSEC rely on when a bundle is written and read."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipms_desktop.bundles import writer as writer_module
from ipms_desktop.bundles.format import CHUNK_BYTES, BundleRejected
from ipms_desktop.bundles.reader import open_bundle, verify_bundle
from ipms_desktop.bundles.writer import EvidenceFile, write_bundle
from ipms_desktop.errors import IpmsError
from ipms_desktop.settings import BUNDLES
from ipms_desktop.trust.extensions import recipient_key_of
from ipms_desktop.trust.recipients import CLASSICAL_SUITE, RecipientPrivateKey
from tests.bundles.bundle_pki import FRAMEWORK, assessment_document, evidence_of


def test_bundle_verifies_and_opens_with_every_evidence_size(pki, make_bundle, tmp_path):
    blobs = [b"", b"1", os.urandom(CHUNK_BYTES), os.urandom(CHUNK_BYTES + 7), os.urandom(99)]
    path = make_bundle(evidence=blobs)

    verified = verify_bundle(path, pki.trust)
    assert verified.kind == "assessment"
    assert verified.signer.role == "assessor"
    assert verified.manifest.framework_hash == FRAMEWORK.content_hash
    assert verified.manifest.institution == assessment_document()["institution"]

    folder = tmp_path / "evidence"
    folder.mkdir()
    opened = open_bundle(path, pki.trust, pki.consolidation_key, evidence_dir=folder)
    assert opened.document == assessment_document()
    for blob in blobs:
        digest = hashlib.sha256(blob).hexdigest()
        assert opened.evidence[digest].read_bytes() == blob
    assert sorted(p.name for p in folder.iterdir()) == sorted(opened.evidence)


def test_open_without_evidence_folder_returns_the_document_only(pki, make_bundle):
    opened = open_bundle(make_bundle(), pki.trust, pki.consolidation_key)
    assert opened.document["assessment_id"] == assessment_document()["assessment_id"]
    assert opened.evidence == {}


def test_extra_recipient_from_a_certificate_can_open(pki, make_bundle):
    recipient = recipient_key_of(pki.team_lead.certificate.extensions, "team lead certificate")
    assert recipient == pki.team_lead_key.public_key()
    path = make_bundle(recipients=[*pki.trust.default_recipients(), recipient])

    assert len(verify_bundle(path, pki.trust).recipient_key_ids) == 2
    assert open_bundle(path, pki.trust, pki.team_lead_key).document == assessment_document()
    assert open_bundle(path, pki.trust, pki.consolidation_key).document == assessment_document()


def test_a_key_that_is_not_a_recipient_is_refused(pki, make_bundle):
    with pytest.raises(BundleRejected) as caught:
        open_bundle(make_bundle(), pki.trust, RecipientPrivateKey.generate())
    assert caught.value.reason == "not-a-recipient"


def test_classical_suite_is_recorded_and_readable(pki, make_bundle):
    key = RecipientPrivateKey.generate(CLASSICAL_SUITE.suite_id)
    path = make_bundle(recipients=[key.public_key()])
    assert verify_bundle(path, pki.trust).manifest.suite_id == CLASSICAL_SUITE.suite_id
    assert open_bundle(path, pki.trust, key).document == assessment_document()


def test_consensus_bundle_is_signed_by_a_team_lead(pki, make_bundle):
    document = assessment_document(document="ipms-consensus")
    path = make_bundle(kind="consensus", signer=pki.team_lead, document=document)
    assert verify_bundle(path, pki.trust).signer.role == "team-lead"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"kind": "consensus"}, "ipms-consensus"),
        ({"document": assessment_document(revision="3")}, "whole numbers"),
        ({"recipients": []}, "at least one recipient"),
    ],
)
def test_writer_refuses_bad_requests(pki, make_bundle, arguments, message):
    with pytest.raises(IpmsError, match=message):
        make_bundle(**arguments)


def test_writer_refuses_a_signer_whose_role_may_not_sign_the_kind(pki, make_bundle):
    with pytest.raises(IpmsError, match="must be signed with role assessor"):
        make_bundle(signer=pki.team_lead)


def test_writer_refuses_a_key_that_does_not_match_the_certificate(pki, make_bundle):
    mismatched = writer_module.BundleSigner(pki.team_lead.private_key, pki.assessor.certificate)
    with pytest.raises(IpmsError, match="does not match"):
        make_bundle(signer=mismatched)


def test_writer_refuses_mixed_suites(pki, make_bundle):
    classical = RecipientPrivateKey.generate(CLASSICAL_SUITE.suite_id).public_key()
    with pytest.raises(IpmsError, match="different HPKE suites"):
        make_bundle(recipients=[*pki.trust.default_recipients(), classical])


def _write(pki, path: Path, evidence: list[EvidenceFile]) -> None:
    write_bundle(
        path,
        kind="assessment",
        document=assessment_document(),
        evidence=evidence,
        signer=pki.assessor,
        recipients=list(pki.trust.default_recipients()),
    )


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        (EvidenceFile("ab" * 32, 3, lambda: [b"abc"]), "no longer matches"),
        (EvidenceFile(hashlib.sha256(b"abc").hexdigest(), 2, lambda: [b"abc"]), "larger"),
        (EvidenceFile(hashlib.sha256(b"abc").hexdigest(), 4, lambda: [b"abc"]), "smaller"),
    ],
)
def test_changed_evidence_fails_the_export_and_leaves_no_file(pki, tmp_path, evidence, message):
    with pytest.raises(IpmsError, match=message):
        _write(pki, tmp_path / "out.ipmsb", [evidence])
    assert list(tmp_path.iterdir()) == []


def test_removed_medium_while_reading_evidence_leaves_no_file(pki, tmp_path):
    def failing_stream() -> Iterator[bytes]:
        yield b"a" * 1000
        raise OSError(errno.EIO, "Input/output error")

    broken = EvidenceFile("cd" * 32, 5000, failing_stream)
    with pytest.raises(IpmsError, match=r"Input/output error.*nothing was changed"):
        _write(pki, tmp_path / "out.ipmsb", [broken])
    assert list(tmp_path.iterdir()) == []


def test_full_disk_leaves_the_previous_file_untouched(pki, tmp_path, monkeypatch):
    destination = tmp_path / "out.ipmsb"
    destination.write_bytes(b"previous export")

    def full_disk(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ipms_desktop.atomic.os.fsync", full_disk)
    with pytest.raises(IpmsError, match="No space left"):
        _write(pki, destination, [evidence_of(os.urandom(5000))])
    assert destination.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ipmsb"]


def test_missing_destination_folder_is_a_clear_error(pki, tmp_path):
    with pytest.raises(
        IpmsError, match=r"folder .*absent does not exist; create it or choose another"
    ):
        _write(pki, tmp_path / "absent" / "out.ipmsb", [])


def test_evidence_read_in_pieces_larger_than_a_chunk_round_trips(pki, tmp_path):
    blob = os.urandom(2 * CHUNK_BYTES + 11)
    path = tmp_path / "large-pieces.ipmsb"
    _write(pki, path, [evidence_of(blob, piece=3 * CHUNK_BYTES)])
    folder = tmp_path / "evidence"
    folder.mkdir()
    opened = open_bundle(path, pki.trust, pki.consolidation_key, evidence_dir=folder)
    assert opened.evidence[hashlib.sha256(blob).hexdigest()].read_bytes() == blob


def test_full_disk_while_extracting_evidence_keeps_nothing(pki, make_bundle, tmp_path, monkeypatch):
    path = make_bundle(evidence=[b"a" * 5000, b"b" * 7000])
    folder = tmp_path / "evidence"
    folder.mkdir()

    def full_disk(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ipms_desktop.bundles.reader.os.fsync", full_disk)
    with pytest.raises(IpmsError, match="nothing was kept"):
        open_bundle(path, pki.trust, pki.consolidation_key, evidence_dir=folder)
    assert list(folder.iterdir()) == []


def test_a_bundle_at_the_member_limit_fits_the_manifest_limit(pki, tmp_path):
    blobs = [index.to_bytes(4, "big") for index in range(BUNDLES.max_members - 1)]
    path = tmp_path / "many.ipmsb"
    _write(pki, path, [evidence_of(blob) for blob in blobs])
    verified = verify_bundle(path, pki.trust)
    assert len(verified.manifest.members) == BUNDLES.max_members
    assert verified.manifest_length <= BUNDLES.max_manifest_bytes
