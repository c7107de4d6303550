"""Merging full EFQM 2013 bundles into a local consolidation file, against the bare floor.

The floor does the same verification and decryption (the bundle reader) and writes the
same rows with raw ``executemany`` into a SQLCipher file with the same pragmas, one
transaction per bundle, with no outcome logic, checks or abstraction.

Memory: a heavier, optional mode (``IPMS_BENCH_MERGE_HEAVY=1 python -m benchmarks merge``)
merges 1,000 and then 10,000 bundles, each in a fresh child process, and reports the
peak resident memory (VmHWM) of the larger run against the smaller one (flat means ~1x).
The default run stays at 1,000 bundles.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519

from benchmarks.common import BenchResult, peak_rss_mib
from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.merge import Outcome, document_rows, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.frameworks import Framework, load_framework
from ipms_desktop.store.database import connect_raw
from ipms_desktop.store.keyslots import KdfParams, new_data_key
from ipms_desktop.trust.ca import CertificateAuthority, load_recipient_key_file
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings

BUNDLES = 1000
HEAVY_BUNDLES = 10_000
ASSESSORS = 4
PASSPHRASE = "benchmark only"
CHEAP_ARGON2 = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
CHEAP_SLOTS = KdfParams(memory_kib=64, iterations=1, lanes=1)
HEAVY_VARIABLE = "IPMS_BENCH_MERGE_HEAVY"


def full_document(
    framework: Framework,
    *,
    institution: str,
    cycle: int,
    assessor: str,
    fingerprint: str,
    seed: int,
) -> dict[str, Any]:
    """A complete EFQM 2013 assessment: every attribute scored, texts on every item."""
    rng = random.Random(seed)
    panel = framework.default_panel
    items = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        legal = attribute_set.legal_scores()
        items[item_id] = {
            "attributes": {a: rng.choice(legal[4:18]) for a in attribute_set.attributes},
            "strengths": [
                f"Strength {n} observed for {item_id} at {institution}" for n in range(4)
            ],
            "afis": [f"Area {n} to improve for {item_id}" for n in range(3)],
            "site_visit_issues": [f"Visit the unit responsible for {item_id}"],
            "evidence": [],
        }
    return {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": uuid.UUID(int=rng.getrandbits(128)).hex,
        "revision": 1,
        "institution": institution,
        "cycle": cycle,
        "framework": {"id": framework.id, "hash": framework.content_hash},
        "panel": panel.id,
        "assessor": {"name": assessor, "certificate_fingerprint": fingerprint},
        "audit_head": hashlib.sha256(str(seed).encode()).hexdigest(),
        "items": items,
    }


def prepare(folder: Path, count: int) -> list[Path]:
    """A CA, trust settings, consolidation key and ``count`` signed, encrypted bundles."""
    ca = CertificateAuthority.create(
        folder / "ca", "Bench Root", PASSPHRASE, PASSPHRASE, kdf=CHEAP_ARGON2
    )
    trust_bytes = ca.trust_settings(PASSPHRASE)
    (folder / "trust.json").write_bytes(trust_bytes)
    trust = load_trust_settings(trust_bytes)
    framework = load_framework("efqm-2013")
    signers = []
    for number in range(ASSESSORS):
        key = ed25519.Ed25519PrivateKey.generate()
        name = f"Bench Assessor {number}"
        certificate = ca.issue(build_certificate_request(key, name, None), "assessor", PASSPHRASE)
        signers.append((name, BundleSigner(key, certificate)))
    recipients = list(trust.default_recipients())
    paths = []
    bundles = folder / "bundles"
    bundles.mkdir()
    for index in range(count):
        name, signer = signers[index % ASSESSORS]
        document = full_document(
            framework,
            institution=f"Institution {index // ASSESSORS:05d}",
            cycle=2026,
            assessor=name,
            fingerprint=certificate_fingerprint(signer.certificate),
            seed=index,
        )
        path = bundles / f"{index:05d}.ipmsb"
        write_bundle(
            path,
            kind="assessment",
            document=document,
            evidence=[],
            signer=signer,
            recipients=recipients,
        )
        paths.append(path)
    return paths


def _opener(folder: Path):  # type: ignore[no-untyped-def]
    trust = load_trust_settings(folder / "trust.json")
    key = load_recipient_key_file(folder / "ca" / "consolidation.key", PASSPHRASE)
    return trust, key


def merge_all(folder: Path, paths: list[Path], target: Path) -> float:
    trust, key = _opener(folder)
    database = open_consolidation_database(
        str(target), lambda _creating: PASSPHRASE, kdf_params=CHEAP_SLOTS
    )
    with database:
        start = time.perf_counter()
        results = merge_bundles(database, paths, bundle_opener(trust, key), folder / "q")
        elapsed = time.perf_counter() - start
    if any(r.outcome is not Outcome.MERGED for r in results):
        raise RuntimeError(f"benchmark merge did not merge everything: {results[:3]}")
    return elapsed


def floor(folder: Path, paths: list[Path], target: Path) -> float:
    """Verify and decrypt each bundle, then raw executemany of the same rows, per bundle."""
    trust, key = _opener(folder)
    connection = connect_raw(target, new_data_key())
    connection.execute(
        "CREATE TABLE bundles (bundle_id TEXT PRIMARY KEY, kind TEXT, assessment_id TEXT, "
        "revision INTEGER, signer TEXT, institution TEXT, cycle INTEGER, document TEXT)"
    )
    connection.execute(
        "CREATE TABLE item_scores (bundle_id TEXT, item_id TEXT, attribute_id TEXT, value INT, "
        "PRIMARY KEY (bundle_id, item_id, attribute_id))"
    )
    connection.execute(
        "CREATE TABLE item_notes (bundle_id TEXT, item_id TEXT, note_kind TEXT, position INT, "
        "text TEXT, PRIMARY KEY (bundle_id, item_id, note_kind, position))"
    )
    start = time.perf_counter()
    for path in paths:
        opened = open_bundle(path, trust, key)
        manifest = opened.verified.manifest
        scores, notes, _ = document_rows(manifest.bundle_id, opened.document)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                manifest.bundle_id,
                manifest.kind.name,
                manifest.assessment_id,
                manifest.revision,
                opened.verified.signer.fingerprint,
                manifest.institution,
                manifest.cycle,
                json.dumps(opened.document, sort_keys=True, separators=(",", ":")),
            ),
        )
        connection.executemany(
            "INSERT INTO item_scores VALUES (:bundle_id, :item_id, :attribute_id, :value)", scores
        )
        connection.executemany(
            "INSERT INTO item_notes VALUES (:bundle_id, :item_id, :note_kind, :position, :text)",
            notes,
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _child_peak(folder: Path, count: int) -> float:
    """Peak memory of a fresh process merging the first ``count`` bundles of ``folder``."""
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_merge", "--child", str(folder), str(count)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout
    return float(output.strip().splitlines()[-1])


def _heavy(folder: Path) -> list[BenchResult]:
    prepare(folder, HEAVY_BUNDLES)
    small = _child_peak(folder, BUNDLES)
    large = _child_peak(folder, HEAVY_BUNDLES)
    return [
        BenchResult(
            f"merge peak memory, {HEAVY_BUNDLES} vs {BUNDLES} bundles (VmHWM)",
            large,
            small,
            "MiB",
            goal=1.2,
        )
    ]


def run() -> list[BenchResult]:
    with tempfile.TemporaryDirectory(prefix="ipms-bench-merge-") as temporary:
        folder = Path(temporary)
        paths = prepare(folder, BUNDLES)
        floor_seconds = floor(folder, paths, folder / "floor.db")
        merge_seconds = merge_all(folder, paths, folder / "merged.db")
        results = [
            BenchResult(
                f"merge {BUNDLES} full EFQM 2013 bundles (local SQLCipher file)",
                merge_seconds,
                floor_seconds,
                "s",
                goal=3,
            )
        ]
    if os.environ.get(HEAVY_VARIABLE) == "1":
        with tempfile.TemporaryDirectory(prefix="ipms-bench-merge-heavy-") as temporary:
            results.extend(_heavy(Path(temporary)))
    return results


def _child(folder: Path, count: int) -> None:
    paths = sorted((folder / "bundles").glob("*.ipmsb"))[:count]
    target = folder / f"memory-{count}-{uuid.uuid4().hex}.db"
    merge_all(folder, paths, target)
    print(f"{peak_rss_mib():.1f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        for result in run():
            print(result.line())
