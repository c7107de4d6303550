"""Hostile input: every altered, cut, forged or oversized bundle is refused with a named reason,
nothing is written, and the reader never crashes."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipms_desktop.bundles import format as format_module
from ipms_desktop.bundles import reader as reader_module
from ipms_desktop.bundles.format import HEADER, SIGNATURE_BYTES, TRAILER, BundleRejected
from ipms_desktop.bundles.reader import open_bundle, verify_bundle
from ipms_desktop.settings import BUNDLES
from tests.bundles.bundle_pki import (
    FRAMEWORK,
    assemble,
    assessment_document,
    resign,
    split_bundle,
)

EDGE_BYTES = 192
SAMPLED_BITS = 1500


def rejection(path: Path, pki, evidence_dir: Path | None = None) -> str:
    """The reason both verify and open give; the evidence folder must stay empty."""
    with pytest.raises(BundleRejected) as verified:
        verify_bundle(path, pki.trust)
    with pytest.raises(BundleRejected) as opened:
        open_bundle(path, pki.trust, pki.consolidation_key, evidence_dir=evidence_dir)
    if evidence_dir is not None:
        assert list(evidence_dir.iterdir()) == []
    assert verified.value.reason == opened.value.reason
    return verified.value.reason


def flipped_reasons(original: bytes, bit_positions: list[int], target: Path, pki) -> set[str]:
    """Flip each bit in turn; every variant must be rejected (any named reason)."""
    reasons: set[str] = set()
    for bit in bit_positions:
        mutated = bytearray(original)
        mutated[bit // 8] ^= 1 << (bit % 8)
        target.write_bytes(mutated)
        with pytest.raises(BundleRejected) as caught:
            verify_bundle(target, pki.trust)
        reasons.add(caught.value.reason)
    return reasons


@pytest.fixture
def original(make_bundle) -> tuple[Path, bytes]:
    path = make_bundle(evidence=[b"e" * 5000, b"f" * 3000])
    return path, path.read_bytes()


def test_every_bit_flip_in_signature_header_and_trailer_is_rejected(pki, original, tmp_path):
    _, data = original
    signature_start = len(data) - TRAILER.size - SIGNATURE_BYTES
    positions = [
        *range(HEADER.size * 8),
        *range(signature_start * 8, len(data) * 8),
    ]
    reasons = flipped_reasons(data, positions, tmp_path / "flipped.ipmsb", pki)
    assert "signature-invalid" in reasons
    assert reasons <= {
        "signature-invalid",
        "not-a-bundle",
        "unsupported-version",
        "bad-layout",
        "truncated",
        "manifest-too-large",
        "malformed-manifest",
    }


def test_bit_flips_in_the_manifest_are_rejected(pki, original, tmp_path):
    _, data = original
    offset, length, _ = TRAILER.unpack(data[-TRAILER.size :])
    start, end = offset * 8, (offset + length) * 8
    edges = [*range(start, start + EDGE_BYTES * 8), *range(end - EDGE_BYTES * 8, end)]
    middle = random.Random(4).sample(range(start + EDGE_BYTES * 8, end - EDGE_BYTES * 8), 1500)
    reasons = flipped_reasons(data, edges + middle, tmp_path / "flipped.ipmsb", pki)
    assert {"signature-invalid", "malformed-manifest"} <= reasons


def test_bit_flips_in_member_ciphertext_are_rejected(pki, original, tmp_path):
    _, data = original
    offset, _, _ = TRAILER.unpack(data[-TRAILER.size :])
    sample = random.Random(5).sample(range(HEADER.size * 8, offset * 8), 300)
    reasons = flipped_reasons(data, sample, tmp_path / "flipped.ipmsb", pki)
    assert reasons == {"member-digest-mismatch"}


def test_truncation_at_every_64th_is_rejected(pki, original, tmp_path):
    _, data = original
    target = tmp_path / "cut.ipmsb"
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for step in range(64):
        target.write_bytes(data[: len(data) * step // 64])
        assert rejection(target, pki, evidence) == ("not-a-bundle" if step == 0 else "truncated")


def test_members_swapped_between_two_valid_bundles_are_rejected(pki, make_bundle, tmp_path):
    first = make_bundle(evidence=[b"a" * 4000])
    second = make_bundle(evidence=[b"b" * 4000])
    first_parts, second_parts = (split_bundle(p.read_bytes()) for p in (first, second))
    assert len(first_parts.members) == len(second_parts.members)
    first_parts.members = second_parts.members
    swapped = tmp_path / "swapped.ipmsb"
    swapped.write_bytes(assemble(first_parts, None))
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    assert rejection(swapped, pki, evidence) == "member-digest-mismatch"


def test_evidence_member_swapped_within_a_bundle_is_rejected(pki, make_bundle, tmp_path):
    path = make_bundle(evidence=[b"a" * 4000, b"b" * 4000])
    parts = split_bundle(path.read_bytes())
    members = parts.manifest["members"]
    members[1], members[2] = members[2], members[1]
    path.write_bytes(assemble(parts, pki.assessor))
    assert rejection(path, pki) == "member-digest-mismatch"


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "evidence/../../x",
        "/etc/passwd",
        "evidence\\..\\x",
        "C:evidence",
        "evidence/" + "A" * 64,
        "document.json",
        "evidence/" + "0" * 63,
        "",
    ],
)
def test_odd_member_names_are_rejected_even_when_signed(pki, make_bundle, tmp_path, name):
    def rename(parts) -> None:
        parts.manifest["members"][1]["name"] = name

    path = resign(make_bundle(), pki.assessor, rename)
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    assert rejection(path, pki, evidence) == "bad-member-name"


def test_document_member_must_come_first(pki, make_bundle):
    def rename(parts) -> None:
        parts.manifest["members"][0]["name"] = "evidence/" + "0" * 64

    assert rejection(resign(make_bundle(), pki.assessor, rename), pki) == "bad-member-name"


def _with_limits(monkeypatch, **limits: int) -> None:
    smaller = BUNDLES._replace(**limits)
    monkeypatch.setattr(format_module, "BUNDLES", smaller)
    monkeypatch.setattr(reader_module, "BUNDLES", smaller)


def test_too_many_members_are_rejected(pki, make_bundle, monkeypatch):
    path = make_bundle(evidence=[b"1", b"2", b"3", b"4"])
    _with_limits(monkeypatch, max_members=4)
    assert rejection(path, pki) == "too-many-members"


def test_member_declaring_a_huge_size_is_rejected(pki, make_bundle):
    def grow(parts) -> None:
        parts.manifest["members"][1]["size"] = BUNDLES.max_member_bytes + 1

    assert rejection(resign(make_bundle(), pki.assessor, grow), pki) == "member-too-large"


def test_oversized_document_member_is_rejected(pki, make_bundle, monkeypatch):
    path = make_bundle()
    _with_limits(monkeypatch, max_document_bytes=100)
    assert rejection(path, pki) == "member-too-large"


def test_manifest_over_the_hard_limit_is_rejected_before_reading_it(pki, original, tmp_path):
    _, data = original
    claimed = BUNDLES.max_manifest_bytes + 1
    forged = data[: -TRAILER.size] + TRAILER.pack(HEADER.size, claimed, b"IPMSBEND")
    target = tmp_path / "big.ipmsb"
    target.write_bytes(forged)
    assert rejection(target, pki) == "manifest-too-large"


def test_signed_manifest_over_a_lowered_limit_is_rejected(pki, make_bundle, monkeypatch):
    path = make_bundle()
    _with_limits(monkeypatch, max_manifest_bytes=1000)
    assert rejection(path, pki) == "manifest-too-large"


def test_unknown_header_version_is_rejected(pki, original, tmp_path):
    _, data = original
    target = tmp_path / "v2.ipmsb"
    target.write_bytes(HEADER.pack(data[:8], 2, bytes(6)) + data[HEADER.size :])
    assert rejection(target, pki) == "unsupported-version"


def test_unknown_manifest_version_is_rejected_even_when_signed(pki, make_bundle):
    def bump(parts) -> None:
        parts.manifest["format"] = 2

    assert rejection(resign(make_bundle(), pki.assessor, bump), pki) == "unsupported-version"


def test_unknown_suite_is_rejected_even_when_signed(pki, make_bundle):
    def swap(parts) -> None:
        parts.manifest["suite"] = "kyber512-md5-rot13"

    assert rejection(resign(make_bundle(), pki.assessor, swap), pki) == "unknown-suite"


def test_unknown_kind_is_rejected(pki, make_bundle):
    def swap(parts) -> None:
        parts.manifest["kind"] = "payroll"

    assert rejection(resign(make_bundle(), pki.assessor, swap), pki) == "unknown-kind"


def test_certificate_from_another_root_is_rejected(pki, make_bundle):
    assert rejection(make_bundle(signer=pki.foreign), pki) == "untrusted-signer"


def test_certificate_swapped_into_a_signed_manifest_is_rejected(pki, make_bundle):
    def claim_other_signer(parts) -> None:
        parts.manifest["signer_certificate"] = split_bundle(
            make_bundle(signer=pki.foreign).read_bytes()
        ).manifest["signer_certificate"]

    path = resign(make_bundle(), pki.assessor, claim_other_signer)
    assert rejection(path, pki) == "signature-invalid"


def test_expired_signer_is_rejected(pki, make_bundle):
    created = pki.expired.certificate.not_valid_before_utc + timedelta(days=1)
    assert rejection(make_bundle(signer=pki.expired, now=created), pki) == "signer-expired"


def test_revoked_signer_is_rejected(pki, make_bundle):
    assert rejection(make_bundle(signer=pki.revoked), pki) == "signer-revoked"


def test_signer_whose_role_may_not_sign_the_kind_is_rejected(pki, make_bundle):
    def relabel(parts) -> None:
        parts.manifest["kind"] = "consensus"

    path = resign(make_bundle(), pki.assessor, relabel)
    assert rejection(path, pki) == "role-not-allowed"


def test_bundle_created_before_the_certificate_is_rejected(pki, make_bundle):
    early = pki.assessor.certificate.not_valid_before_utc - timedelta(days=2)
    assert rejection(make_bundle(now=early), pki) == "signer-not-yet-valid"


def test_bundle_from_the_future_is_rejected(pki, make_bundle):
    later = datetime.now(UTC) + timedelta(days=1)
    assert rejection(make_bundle(now=later), pki) == "created-in-future"


def test_framework_not_in_the_trust_settings_is_rejected(pki, make_bundle):
    other = {"id": FRAMEWORK.framework_id, "hash": "sha256:" + "66" * 32}
    path = make_bundle(document=assessment_document(framework=other))
    assert rejection(path, pki) == "framework-not-allowed"


def test_document_disagreeing_with_its_manifest_is_rejected(pki, make_bundle, tmp_path):
    def change_institution(parts) -> None:
        parts.manifest["institution"] = "Another Ministry"

    path = resign(make_bundle(), pki.assessor, change_institution)
    verify_bundle(path, pki.trust)
    with pytest.raises(BundleRejected) as caught:
        open_bundle(path, pki.trust, pki.consolidation_key)
    assert caught.value.reason == "document-mismatch"


def test_a_document_repeating_a_key_is_rejected(pki, make_bundle, monkeypatch):
    """A signed document saying ``"revision"`` twice: a plain JSON reader would keep the
    last value silently, so which one the signer meant is unknowable; it is refused."""
    import json

    from ipms_desktop.bundles import writer as writer_module

    real_dumps = json.dumps

    def doubled(value, **options):
        text = real_dumps(value, **options)
        return '{"revision":99,' + text[1:] if '"items"' in text else text

    monkeypatch.setattr(writer_module.json, "dumps", doubled)
    path = make_bundle(evidence=[])
    monkeypatch.setattr(writer_module.json, "dumps", real_dumps)
    verify_bundle(path, pki.trust)
    with pytest.raises(BundleRejected) as caught:
        open_bundle(path, pki.trust, pki.consolidation_key)
    assert caught.value.reason == "document-mismatch"
    assert '"revision" appears twice' in str(caught.value)


def test_a_signer_cannot_make_recipients_see_different_plaintexts(pki, make_bundle, tmp_path):
    """The signed manifest pins plaintext digests, so a listed digest that differs fails."""

    def claim_other_plaintext(parts) -> None:
        parts.manifest["members"][1]["sha256"] = "77" * 32
        parts.manifest["members"][1]["name"] = "evidence/" + "77" * 32

    path = resign(make_bundle(), pki.assessor, claim_other_plaintext)
    verify_bundle(path, pki.trust)
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    with pytest.raises(BundleRejected) as caught:
        open_bundle(path, pki.trust, pki.consolidation_key, evidence_dir=evidence)
    assert caught.value.reason == "member-digest-mismatch"
    assert list(evidence.iterdir()) == []


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=8,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
    junk=st.binary(max_size=64),
)
def test_fuzzed_bundles_are_rejected_without_crashing(pki, original, tmp_path, edits, cut, junk):
    _, data = original
    mutated = bytearray(data)
    for position, value in edits:
        mutated[position % len(mutated)] = value
    if cut is not None:
        mutated = mutated[: cut % (len(mutated) + 1)]
    mutated += junk
    target = tmp_path / "fuzzed.ipmsb"
    target.write_bytes(bytes(mutated))
    evidence = tmp_path / "fuzz-evidence"
    evidence.mkdir(exist_ok=True)
    if bytes(mutated) == data:
        verify_bundle(target, pki.trust)
        return
    with pytest.raises(BundleRejected):
        verify_bundle(target, pki.trust)
    with pytest.raises(BundleRejected):
        open_bundle(target, pki.trust, pki.consolidation_key, evidence_dir=evidence)
    assert list(evidence.iterdir()) == []


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_rejected_without_crashing(pki, tmp_path, data):
    target = tmp_path / "random.ipmsb"
    target.write_bytes(data)
    with pytest.raises(BundleRejected):
        verify_bundle(target, pki.trust)
