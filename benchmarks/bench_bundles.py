"""Bundles: export, verify and open a full assessment against the bare cryptography floor,
and peak memory while exporting 500 MiB of evidence.

The floor does the same HPKE key wraps, AES-256-GCM chunk encryption, SHA-256 digests,
Ed25519 signature and file write (with fsync) on the same bytes, with no format, checks or
abstraction: the least any bundle writer could do. Memory is read as VmHWM inside a child
process (STACK.md: other readings mislead here).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks.common import BenchResult, peak_rss_mib
from ipms_desktop.bundles.format import CHUNK_BYTES, KEY_WRAP_INFO, chunk_aad, chunk_nonce
from ipms_desktop.bundles.reader import open_bundle, verify_bundle
from ipms_desktop.bundles.writer import BundleSigner, EvidenceFile, write_bundle
from ipms_desktop.frameworks import load_framework
from ipms_desktop.trust.ca import CertificateAuthority, shipped_frameworks
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.recipients import HYBRID_SUITE, RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings

BENCH_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "benchmark only"
LARGE_EVIDENCE_MIB = 500
MEMORY_LIMIT_MIB = 150


def _paired_medians(
    action: Callable[[], object], floor: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median seconds of each, alternating runs so disk and cache drift hit both alike."""
    action_times, floor_times = [], []
    for _ in range(repeats):
        for run, times in ((action, action_times), (floor, floor_times)):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
    return statistics.median(action_times), statistics.median(floor_times)


def _pki(folder: Path) -> tuple[TrustSettings, BundleSigner, RecipientPrivateKey]:
    ca = CertificateAuthority.create(
        folder / "ca", "Bench Root", PASSPHRASE, PASSPHRASE, kdf=BENCH_KDF
    )
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = ca.issue(build_certificate_request(key, "Bench Assessor"), "assessor", PASSPHRASE)
    trust = load_trust_settings(ca.trust_settings(PASSPHRASE, frameworks=shipped_frameworks()))
    return trust, BundleSigner(key, certificate), ca.consolidation_private_key(PASSPHRASE)


def _pseudo_random(seed: int, size: int) -> Iterator[bytes]:
    """Incompressible bytes, generated 1 MiB at a time (AES-CTR keystream), never held whole."""
    encryptor = Cipher(algorithms.AES(seed.to_bytes(32, "big")), modes.CTR(bytes(16))).encryptor()
    zeros = bytes(CHUNK_BYTES)
    remaining = size
    while remaining > 0:
        piece = encryptor.update(zeros[: min(CHUNK_BYTES, remaining)])
        remaining -= len(piece)
        yield piece


def _evidence(seed: int, size: int) -> EvidenceFile:
    digest = hashlib.sha256()
    for piece in _pseudo_random(seed, size):
        digest.update(piece)
    return EvidenceFile(digest.hexdigest(), size, lambda: _pseudo_random(seed, size))


def _full_document(framework_hash: str) -> dict:
    framework = load_framework("efqm-2013")
    panel = framework.default_panel
    items = {}
    for item_id, item in framework.items.items():
        attributes = framework.attribute_set_for(panel, item).attributes
        items[item_id] = {
            "attributes": dict.fromkeys(attributes, 50),
            "strengths": [
                f"Strength {n} of {item_id}, written as a full sentence." for n in range(5)
            ],
            "afis": [f"Area for improvement {n} of {item_id}, also a sentence." for n in range(5)],
            "site_visit_issues": [f"Site visit issue {n} of {item_id}?" for n in range(3)],
        }
    return {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": "be" * 16,
        "revision": 1,
        "institution": "Ministry of Benchmarks",
        "cycle": 2026,
        "framework": {"id": "efqm-2013", "hash": framework_hash},
        "panel": panel.id,
        "assessor": {"name": "Bench Assessor", "certificate_fingerprint": "sha256:" + "0" * 64},
        "audit_head": "ab" * 32,
        "items": items,
    }


def _floor_export(
    document_bytes: bytes,
    evidence: list[EvidenceFile],
    recipients: list,
    signing_key: ed25519.Ed25519PrivateKey,
    out: Path,
) -> None:
    """The same crypto and file write with no format: the least an exporter could do."""
    content_key = AESGCM.generate_key(256)
    suite = HYBRID_SUITE.hpke_suite()
    bundle_id = os.urandom(16)
    for key in recipients:
        suite.encrypt(content_key, key.hpke_key(), info=KEY_WRAP_INFO + bundle_id)
    cipher = AESGCM(content_key)
    digests = []
    with open(out, "wb") as output:
        sources = [[document_bytes], *(item.open_chunks() for item in evidence)]
        for index, source in enumerate(sources):
            plain, sealed_digest = hashlib.sha256(), hashlib.sha256()
            for chunk_index, chunk in enumerate(source):
                plain.update(chunk)
                sealed = cipher.encrypt(
                    chunk_nonce(index, chunk_index),
                    chunk,
                    chunk_aad(bundle_id, index, chunk_index, False),
                )
                sealed_digest.update(sealed)
                output.write(sealed)
            digests.append(plain.hexdigest() + sealed_digest.hexdigest())
        output.write(signing_key.sign(json.dumps(digests).encode()))
        output.flush()
        os.fsync(output.fileno())


def _floor_verify(
    path: Path,
    signer: BundleSigner,
    root_key: ed25519.Ed25519PublicKey,
    signed: bytes,
    signature: bytes,
) -> None:
    """Hash every byte of the file once and check two Ed25519 signatures."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while piece := handle.read(CHUNK_BYTES):
            digest.update(piece)
    signer.certificate.public_key().verify(signature, signed)
    root_key.verify(signer.certificate.signature, signer.certificate.tbs_certificate_bytes)


def _floor_open(path: Path, content_key: bytes, sizes: list[int], out_dir: Path) -> None:
    """Decrypt every chunk, hash ciphertext and plaintext, write the plaintext with fsync."""
    cipher = AESGCM(content_key)
    with open(path, "rb") as handle:
        handle.seek(16)
        for index, size in enumerate(sizes):
            plain, sealed_digest = hashlib.sha256(), hashlib.sha256()
            with open(out_dir / f"floor-{index}", "wb") as output:
                remaining, chunk_index = size, 0
                while True:
                    length = min(CHUNK_BYTES, remaining)
                    sealed = handle.read(length + 16)
                    sealed_digest.update(sealed)
                    final = remaining - length == 0
                    chunk = cipher.decrypt(
                        chunk_nonce(index, chunk_index),
                        sealed,
                        chunk_aad(b"\0" * 16, index, chunk_index, final),
                    )
                    plain.update(chunk)
                    output.write(chunk)
                    remaining -= length
                    chunk_index += 1
                    if final:
                        break
                output.flush()
                os.fsync(output.fileno())


def _encrypt_for_floor_open(path: Path, content_key: bytes, sources: list[list[bytes]]) -> None:
    cipher = AESGCM(content_key)
    with open(path, "wb") as output:
        output.write(bytes(16))
        for index, chunks in enumerate(sources):
            for chunk_index, chunk in enumerate(chunks):
                final = chunk_index == len(chunks) - 1
                output.write(
                    cipher.encrypt(
                        chunk_nonce(index, chunk_index),
                        chunk,
                        chunk_aad(b"\0" * 16, index, chunk_index, final),
                    )
                )


def _timings(folder: Path) -> list[BenchResult]:
    trust, signer, consolidation = _pki(folder)
    document = _full_document(next(iter(sorted(trust.allowed_framework_hashes))))
    document["framework"]["hash"] = next(
        f.content_hash for f in trust.frameworks if f.framework_id == "efqm-2013"
    )
    evidence = [_evidence(seed, 2 * CHUNK_BYTES) for seed in range(12)]
    evidence += [_evidence(100 + seed, 50_000) for seed in range(20)]
    recipients = list(trust.default_recipients())
    bundle = folder / "full.ipmsb"

    def export() -> None:
        write_bundle(
            bundle,
            kind="assessment",
            document=document,
            evidence=evidence,
            signer=signer,
            recipients=recipients,
        )

    document_bytes = json.dumps(
        document, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode()
    floor_file = folder / "floor.bin"
    export_time, export_floor = _paired_medians(
        export,
        lambda: _floor_export(document_bytes, evidence, recipients, signer.private_key, floor_file),
        repeats=7,
    )
    data = bundle.read_bytes()
    manifest_offset = int.from_bytes(data[-24:-16], "big")
    manifest_length = int.from_bytes(data[-16:-8], "big")
    signed = data[manifest_offset : manifest_offset + manifest_length]
    signature = data[-88:-24]
    root_key = trust.root.public_key()
    verify_time, verify_floor = _paired_medians(
        lambda: verify_bundle(bundle, trust),
        lambda: _floor_verify(bundle, signer, root_key, signed, signature),
        repeats=9,
    )
    out_dir = folder / "opened"
    out_dir.mkdir()
    content_key = AESGCM.generate_key(256)
    sources = [[document_bytes], *(list(item.open_chunks()) for item in evidence)]
    floor_bundle = folder / "floor-open.bin"
    _encrypt_for_floor_open(floor_bundle, content_key, sources)
    sizes = [len(document_bytes), *(item.size for item in evidence)]
    open_time, open_floor = _paired_medians(
        lambda: open_bundle(bundle, trust, consolidation, evidence_dir=out_dir),
        lambda: _floor_open(floor_bundle, content_key, sizes, out_dir),
        repeats=7,
    )
    megabytes = len(data) / 2**20
    return [
        BenchResult(
            f"export a full assessment ({megabytes:.0f} MiB bundle)",
            export_time * 1e3,
            export_floor * 1e3,
            "ms",
            goal=1.5,
        ),
        BenchResult(
            "verify it (no private key)", verify_time * 1e3, verify_floor * 1e3, "ms", goal=1.5
        ),
        BenchResult(
            "open it (decrypt document and evidence)",
            open_time * 1e3,
            open_floor * 1e3,
            "ms",
            goal=1.5,
        ),
    ]


def _memory_child(mode: str, folder: str) -> None:
    """Runs in a child process: export (or only hash, the floor) 500 MiB, print VmHWM."""
    size = LARGE_EVIDENCE_MIB * 2**20
    if mode == "floor":
        digest = hashlib.sha256()
        for piece in _pseudo_random(7, size):
            digest.update(piece)
    else:
        trust, signer, _ = _pki(Path(folder))
        framework_hash = next(
            f.content_hash for f in trust.frameworks if f.framework_id == "efqm-2013"
        )
        write_bundle(
            Path(folder) / "large.ipmsb",
            kind="assessment",
            document=_full_document(framework_hash),
            evidence=[_evidence(7, size)],
            signer=signer,
            recipients=list(trust.default_recipients()),
        )
    print(json.dumps({"peak_mib": peak_rss_mib()}))


def _child_peak(mode: str, folder: Path) -> float:
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from benchmarks.bench_bundles import _memory_child; "
            f"_memory_child({mode!r}, {str(folder)!r})",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(json.loads(result.stdout.strip().splitlines()[-1])["peak_mib"])


def run() -> list[BenchResult]:
    with tempfile.TemporaryDirectory(prefix="ipms-bench-bundles-") as scratch:
        folder = Path(scratch)
        results = _timings(folder)
        large = folder / "large"
        large.mkdir()
        measured = _child_peak("export", large)
        floor = _child_peak("floor", large)
        results.append(
            BenchResult(
                f"peak memory exporting {LARGE_EVIDENCE_MIB} MiB evidence "
                f"(limit {MEMORY_LIMIT_MIB} MiB; floor: hashing the same stream)",
                measured,
                floor,
                "MiB",
            )
        )
    return results
