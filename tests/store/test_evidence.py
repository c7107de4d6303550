"""Evidence inside the encrypted database: chunked, stored once, size-limited, exportable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from ipms_desktop.errors import IpmsError
from ipms_desktop.settings import STORE, StoreSettings
from ipms_desktop.store import evidence as evidence_part
from ipms_desktop.store import evidence_chunks
from ipms_desktop.store.profile import Profile

from .conftest import folder_hashes


def count(profile: Profile, table: str) -> int:
    with profile._transactions.reading() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.bin"
    path.write_bytes(bytes(range(256)) * (STORE.evidence_chunk_bytes * 5 // 2 // 256))
    return path


def test_file_is_split_into_chunks(profile: Profile, assessment_id: str, big_file: Path) -> None:
    info = profile.evidence.add(assessment_id, "3a", big_file)
    assert info.sha256 == hashlib.sha256(big_file.read_bytes()).hexdigest()
    assert info.size == big_file.stat().st_size
    assert info.media_type == "application/octet-stream"
    assert count(profile, "evidence_chunks") == 3
    chunks = list(profile.evidence.iter_chunks(info.sha256))
    assert [len(c) for c in chunks[:2]] == [STORE.evidence_chunk_bytes] * 2
    assert b"".join(chunks) == big_file.read_bytes()


def test_same_content_is_stored_once(
    profile: Profile, assessment_id: str, big_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "same-report-renamed.bin"
    copy.write_bytes(big_file.read_bytes())
    first = profile.evidence.add(assessment_id, "3a", big_file)
    second = profile.evidence.add(assessment_id, "3b", copy)
    again = profile.evidence.add(assessment_id, "3a", copy)
    assert first.sha256 == second.sha256 == again.sha256
    assert again.name == "report.bin"
    assert count(profile, "evidence_contents") == 1
    assert count(profile, "evidence") == 2


def test_removing_the_last_reference_drops_the_content(
    profile: Profile, assessment_id: str, big_file: Path
) -> None:
    info = profile.evidence.add(assessment_id, "3a", big_file)
    profile.evidence.add(assessment_id, "3b", big_file)
    profile.evidence.remove(assessment_id, "3a", info.sha256)
    assert count(profile, "evidence_contents") == 1
    profile.evidence.remove(assessment_id, "3b", info.sha256)
    assert count(profile, "evidence_contents") == 0
    assert count(profile, "evidence_chunks") == 0
    with pytest.raises(IpmsError, match="no evidence"):
        profile.evidence.remove(assessment_id, "3b", info.sha256)


def test_over_the_size_limit_is_refused(
    profile: Profile,
    assessment_id: str,
    big_file: Path,
    profile_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = StoreSettings(evidence_max_bytes=1000)
    monkeypatch.setattr(evidence_part, "STORE", small)
    before = folder_hashes(profile_dir)
    head = profile.audit_head()
    with pytest.raises(IpmsError, match="over the limit of 1,000 bytes"):
        profile.evidence.add(assessment_id, "3a", big_file)
    assert folder_hashes(profile_dir) == before
    assert profile.audit_head() == head


def test_file_growing_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "growing.log"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(IpmsError, match="over the limit"):
        list(evidence_chunks._read_blocks(path, 1024, 2000))


def test_default_limit_is_100_mb() -> None:
    assert STORE.evidence_max_bytes == 100 * 1000 * 1000


def test_missing_file(profile: Profile, assessment_id: str, tmp_path: Path) -> None:
    with pytest.raises(IpmsError, match="does not exist"):
        profile.evidence.add(assessment_id, "3a", tmp_path / "nope.pdf")
    with pytest.raises(IpmsError, match="not a file"):
        profile.evidence.add(assessment_id, "3a", tmp_path)


def test_export_copy_is_verified_and_atomic(
    profile: Profile, assessment_id: str, big_file: Path, tmp_path: Path
) -> None:
    info = profile.evidence.add(assessment_id, "3a", big_file)
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    profile.evidence.export_copy(info.sha256, out)
    assert out.read_bytes() == big_file.read_bytes()
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.bin"]
    with pytest.raises(IpmsError, match="no evidence content"):
        profile.evidence.export_copy("0" * 64, tmp_path / "out" / "none.bin")
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.bin"]


def test_empty_file(profile: Profile, assessment_id: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    info = profile.evidence.add(assessment_id, "3a", empty)
    assert info.size == 0
    assert list(profile.evidence.iter_chunks(info.sha256)) == []


def test_deleting_an_assessment_drops_its_evidence(
    profile: Profile, assessment_id: str, big_file: Path
) -> None:
    profile.evidence.add(assessment_id, "3a", big_file)
    profile.assessments.delete(assessment_id)
    assert count(profile, "evidence_chunks") == 0


def test_fill_attaches_evidence_relative_to_the_sheet(
    profile: Profile, assessment_id: str, tmp_path: Path
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan.txt").write_text("strategic plan")
    profile.assessments.fill_from_sheet(
        assessment_id,
        {"items": {"2c": {"evidence": ["docs/plan.txt"], "strengths": ["a plan exists"]}}},
        base_dir=tmp_path,
    )
    item = profile.assessments.get(assessment_id).items["2c"]
    assert [e.name for e in item.evidence] == ["plan.txt"]
    assert item.strengths == ("a plan exists",)
    with pytest.raises(IpmsError, match="does not exist"):
        profile.assessments.fill_from_sheet(
            assessment_id, {"items": {"2c": {"evidence": ["missing.pdf"]}}}, base_dir=tmp_path
        )


def test_profile_usable_while_reading_chunks(
    profile: Profile, assessment_id: str, big_file: Path
) -> None:
    info = profile.evidence.add(assessment_id, "3a", big_file)
    chunks = profile.evidence.iter_chunks(info.sha256)
    first = next(chunks)
    profile.scores.set_texts(assessment_id, "3a", "strengths", ["edited while exporting"])
    assert first + b"".join(chunks) == big_file.read_bytes()
