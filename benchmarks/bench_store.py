"""The encrypted profile against the bare libraries underneath it.

- unlock: opening a profile (Argon2id, slot unwrap, SQLCipher keying, page check) against
  the Argon2id derivation alone with the same parameters;
- edit: one saved score edit (validation, audit event, durable commit) against a raw
  sqlcipher3 INSERT+COMMIT on a connection with the profile's pragmas (goal <= 5x);
- fill: a whole EFQM 2013 assessment (32 items, texts) in one saved edit against raw
  inserts of the same rows;
- evidence: storing a 95 MB evidence file (chunks in short transactions of their own)
  against raw inserts of the same chunks in one transaction;
- edit while storing: the longest score edit made every 20 ms while that file is stored on
  another thread, against the longest of as many edits with nothing else running.
"""

from __future__ import annotations

import itertools
import json
import secrets
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from benchmarks.common import BenchResult, median_seconds
from ipms_desktop.frameworks import load_framework
from ipms_desktop.store.database import connect_raw
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile, unlock_profile

PASSPHRASE = "benchmark passphrase"
EDITS = 200
LARGE_EVIDENCE_BYTES = 95 * 1000 * 1000
EDIT_INTERVAL_SECONDS = 0.02


def _alternating_medians(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median wall times of two actions run turn about, so machine load hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for action, samples in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            action()
            samples.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _unlock(folder: Path) -> BenchResult:
    params = KdfParams()

    def argon2_alone() -> None:
        Argon2id(
            salt=secrets.token_bytes(16),
            length=32,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(PASSPHRASE.encode())

    unlock, floor = _alternating_medians(
        lambda: unlock_profile(folder, PASSPHRASE).close(), argon2_alone, repeats=9
    )
    return BenchResult(
        "store: unlock vs Argon2id alone (64 MiB, t=3, p=4)", unlock * 1e3, floor * 1e3, "ms"
    )


def _edit(folder: Path, scratch: Path) -> BenchResult:
    with unlock_profile(folder, PASSPHRASE) as profile:
        assessment_id = profile.assessments.create("Benchmark Ministry", "efqm-2013", 2026)
        values = iter(range(EDITS * 10))

        def one_edit() -> None:
            for _ in range(EDITS):
                profile.scores.set_attribute(assessment_id, "1a", "sound", 5 * (next(values) % 21))

        edit = median_seconds(one_edit, repeats=5) / EDITS
    raw = connect_raw(scratch / "raw.db", secrets.token_bytes(32))
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")

    def raw_commit() -> None:
        for index in range(EDITS):
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO t (value) VALUES (?)", (f"value {index}",))
            raw.execute("COMMIT")

    floor = median_seconds(raw_commit, repeats=5) / EDITS
    raw.close()
    return BenchResult(
        "store: one saved edit vs raw SQLCipher INSERT+COMMIT (WAL, synchronous=FULL)",
        edit * 1e6,
        floor * 1e6,
        "µs",
        goal=5,
    )


def _sheet() -> dict:
    framework = load_framework("efqm-2013")
    items = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(framework.default_panel, item)
        items[item_id] = {
            "attributes": dict.fromkeys(attribute_set.attributes, 50),
            "strengths": [f"strength {n} of {item_id}" for n in range(4)],
            "afis": [f"area for improvement {n} of {item_id}" for n in range(4)],
            "site_visit_issues": [f"question {n} for {item_id}" for n in range(2)],
        }
    return {"items": items}


def _fill(folder: Path, scratch: Path) -> BenchResult:
    sheet = _sheet()
    with unlock_profile(folder, PASSPHRASE) as profile:

        def fill() -> None:
            assessment_id = profile.assessments.create("Fill Ministry", "efqm-2013", 2026)
            profile.assessments.fill_from_sheet(assessment_id, sheet)

        filled = median_seconds(fill, repeats=5)
    raw = connect_raw(scratch / "raw-fill.db", secrets.token_bytes(32))
    raw.execute("CREATE TABLE items (a TEXT, item TEXT, attributes TEXT, PRIMARY KEY (a, item))")
    raw.execute("CREATE TABLE texts (a TEXT, item TEXT, kind TEXT, pos INT, text TEXT)")
    raw.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, field TEXT, value TEXT)")
    runs = iter(range(100))

    def raw_fill() -> None:
        run = str(next(runs))
        raw.execute("BEGIN IMMEDIATE")
        for item_id, entry in sheet["items"].items():
            raw.execute(
                "INSERT INTO items VALUES (?, ?, ?)",
                (run, item_id, json.dumps(entry["attributes"])),
            )
            raw.execute("INSERT INTO events (field, value) VALUES (?, ?)", ("attributes", run))
            for kind in ("strengths", "afis", "site_visit_issues"):
                raw.executemany(
                    "INSERT INTO texts VALUES (?, ?, ?, ?, ?)",
                    [(run, item_id, kind, pos, text) for pos, text in enumerate(entry[kind])],
                )
                raw.execute("INSERT INTO events (field, value) VALUES (?, ?)", (kind, run))
        raw.execute("COMMIT")

    floor = median_seconds(raw_fill, repeats=5)
    raw.close()
    return BenchResult(
        "store: fill a whole EFQM 2013 assessment vs raw inserts of the same rows",
        filled * 1e3,
        floor * 1e3,
        "ms",
    )


def _large_file(scratch: Path, name: str) -> Path:
    """A 95 MB file of random content (so no two are stored as one)."""
    path = scratch / name
    block = secrets.token_bytes(1000 * 1000)
    with open(path, "wb") as stream:
        for index in range(LARGE_EVIDENCE_BYTES // len(block)):
            stream.write(index.to_bytes(8, "big") + block[8:])
    return path


def _evidence(folder: Path, scratch: Path, large: Path) -> BenchResult:
    with unlock_profile(folder, PASSPHRASE) as profile:
        assessment_id = profile.assessments.create("Evidence Ministry", "efqm-2013", 2026)
        start = time.perf_counter()
        profile.evidence.add(assessment_id, "3a", large)
        stored = time.perf_counter() - start
    raw = connect_raw(scratch / "raw-evidence.db", secrets.token_bytes(32))
    raw.execute("CREATE TABLE chunks (seq INTEGER PRIMARY KEY, data BLOB)")
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    with open(large, "rb") as stream:
        for seq in itertools.count():
            block = stream.read(1024 * 1024)
            if not block:
                break
            raw.execute("INSERT INTO chunks VALUES (?, ?)", (seq, block))
    raw.execute("COMMIT")
    floor = time.perf_counter() - start
    raw.close()
    return BenchResult(
        "store: a 95 MB evidence file (one transaction a chunk) vs raw inserts in one transaction",
        stored,
        floor,
        "s",
    )


def _edit_while_storing(folder: Path, large: Path) -> BenchResult:
    with unlock_profile(folder, PASSPHRASE) as profile:
        assessment_id = profile.assessments.create("Busy Ministry", "efqm-2013", 2026)
        values = itertools.cycle(range(0, 101, 5))

        def timed_edit() -> float:
            start = time.perf_counter()
            profile.scores.set_attribute(assessment_id, "1a", "sound", next(values))
            elapsed = time.perf_counter() - start
            time.sleep(EDIT_INTERVAL_SECONDS)
            return elapsed

        stored = threading.Event()

        def store() -> None:
            try:
                profile.evidence.add(assessment_id, "3a", large)
            finally:
                stored.set()

        storing = threading.Thread(target=store)
        storing.start()
        busy = []
        while not stored.is_set():
            busy.append(timed_edit())
        storing.join()
        quiet = [timed_edit() for _ in busy]
    return BenchResult(
        f"store: longest of {len(busy)} score edits while a 95 MB evidence file is stored vs "
        "the longest of as many with nothing stored",
        max(busy) * 1e3,
        max(quiet) * 1e3,
        "ms",
    )


def run() -> list[BenchResult]:
    with tempfile.TemporaryDirectory(prefix="ipms-bench-store-") as temporary:
        scratch = Path(temporary)
        folder = scratch / "profile"
        create_profile(folder, "Benchmark", PASSPHRASE)[0].close()
        unlock_profile(folder, PASSPHRASE).close()
        results = [_unlock(folder), _edit(folder, scratch), _fill(folder, scratch)]
        results.append(_evidence(folder, scratch, _large_file(scratch, "stored.bin")))
        results.append(_edit_while_storing(folder, _large_file(scratch, "stored-meanwhile.bin")))
        return results
