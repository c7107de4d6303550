"""Storing a large evidence file does not hold up edits, and what an unfinished store wrote
is never visible and never left behind.

A store is held still half-way (after its first chunk is written) by a reader that waits for
an event, so each test sees the store in progress without relying on timing.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ipms_desktop.errors import IpmsError
from ipms_desktop.settings import STORE
from ipms_desktop.store import evidence_chunks
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE

# How long a test waits for the other thread before it fails instead of hanging (a safety
# net for a broken store, never a measurement).
NO_HANG = 60


def count(profile: Profile, table: str) -> int:
    with profile._transactions.reading() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "site-visit-photos.bin"
    path.write_bytes(bytes(range(256)) * (STORE.evidence_chunk_bytes * 4 // 256))
    return path


class PausedStore:
    """Runs ``action`` (an evidence store) on a thread that stops once the file's first chunk
    is written: its second reading of the file (the first computes the hash) waits."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, action: Callable[[], object]) -> None:
        self.paused = threading.Event()
        self.resume = threading.Event()
        self.finished = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None
        original = evidence_chunks._read_blocks
        store_thread: list[threading.Thread] = []
        readings = [0]

        def held_blocks(path: Path, chunk_bytes: int, limit: int) -> Iterator[bytes]:
            storing = threading.current_thread() in store_thread
            if storing:
                readings[0] += 1
            for seq, block in enumerate(original(path, chunk_bytes, limit)):
                if storing and readings[0] == 2 and seq == 1:
                    self.paused.set()
                    assert self.resume.wait(NO_HANG)
                yield block

        monkeypatch.setattr(evidence_chunks, "_read_blocks", held_blocks)

        def run() -> None:
            try:
                self.result = action()
            except BaseException as error:
                self.error = error
            finally:
                self.finished.set()

        self.thread = threading.Thread(target=run)
        store_thread.append(self.thread)

    def __enter__(self) -> PausedStore:
        self.thread.start()
        assert self.paused.wait(NO_HANG), "the store never reached its second chunk"
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.resume.set()
        self.thread.join(NO_HANG)
        assert not self.thread.is_alive()


def run_on_thread(action: Callable[[], object]) -> threading.Event:
    """Start ``action`` on its own thread; the event is set once it has returned."""
    done = threading.Event()

    def run() -> None:
        action()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done


def test_a_score_edit_completes_while_a_large_file_is_stored(
    profile: Profile,
    assessment_id: str,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sha256 = hashlib.sha256(big_file.read_bytes()).hexdigest()

    def store() -> object:
        return profile.evidence.add(assessment_id, "3a", big_file)

    with PausedStore(monkeypatch, store) as storing:
        edited = run_on_thread(
            lambda: profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
        )
        assert edited.wait(NO_HANG), "the edit waited for the evidence store"
        assert not storing.finished.is_set()
        detail = profile.assessments.get(assessment_id)
        assert detail.items["1a"].attributes == {"sound": 55}
        assert "3a" not in detail.items, "half-stored evidence must not be visible"
        with pytest.raises(IpmsError, match="no evidence content"):
            next(profile.evidence.iter_chunks(sha256))
        assert count(profile, "evidence_chunks") == 1
    assert storing.error is None
    [attached] = profile.assessments.get(assessment_id).items["3a"].evidence
    assert attached.sha256 == sha256
    assert b"".join(profile.evidence.iter_chunks(sha256)) == big_file.read_bytes()
    with profile._transactions.reading() as connection:
        fields = connection.execute(text("SELECT field FROM audit_events ORDER BY seq")).scalars()
        assert list(fields) == ["assessment", "attributes.sound", "evidence"]
    assert profile.verify().ok


def test_the_same_file_attached_twice_at_once_is_stored_once(
    profile: Profile,
    assessment_id: str,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def store() -> object:
        return profile.evidence.add(assessment_id, "3a", big_file)

    with PausedStore(monkeypatch, store):
        second = threading.Thread(
            target=lambda: profile.evidence.add(assessment_id, "3b", big_file)
        )
        second.start()
    second.join(NO_HANG)
    items = profile.assessments.get(assessment_id).items
    assert items["3a"].evidence == items["3b"].evidence
    assert count(profile, "evidence_contents") == 1
    assert count(profile, "evidence_chunks") == 4


def test_evidence_removed_during_a_store_is_erased_when_the_store_ends(
    profile: Profile,
    assessment_id: str,
    big_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_bytes(b"minutes of the steering committee\n" * 100)
    earlier = profile.evidence.add(assessment_id, "2a", minutes)

    def store() -> object:
        return profile.evidence.add(assessment_id, "3a", big_file)

    with PausedStore(monkeypatch, store):
        removed = run_on_thread(
            lambda: profile.evidence.remove(assessment_id, "2a", earlier.sha256)
        )
        assert removed.wait(NO_HANG)
        assert "2a" not in profile.assessments.get(assessment_id).items
        with pytest.raises(IpmsError, match="no evidence content"):
            next(profile.evidence.iter_chunks(earlier.sha256))
    with profile._transactions.reading() as connection:
        left = connection.execute(text("SELECT sha256 FROM evidence_contents")).scalars()
        assert list(left) == [hashlib.sha256(big_file.read_bytes()).hexdigest()]


def test_a_file_changing_while_stored_leaves_nothing(
    profile: Profile,
    assessment_id: str,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = profile.audit_head()
    scanned = evidence_chunks.scan_file(big_file)
    original = evidence_chunks._read_blocks

    def rewritten_meanwhile(path: Path, chunk_bytes: int, limit: int) -> Iterator[bytes]:
        for seq, block in enumerate(original(path, chunk_bytes, limit)):
            yield b"x" * len(block) if seq == 2 else block

    monkeypatch.setattr(evidence_chunks, "scan_file", lambda path, limit: scanned)
    monkeypatch.setattr(evidence_chunks, "_read_blocks", rewritten_meanwhile)
    with pytest.raises(IpmsError, match="changed while it was being stored"):
        profile.evidence.add(assessment_id, "3a", big_file)
    assert profile.audit_head() == head
    assert count(profile, "evidence_contents") == 0
    assert count(profile, "evidence_chunks") == 0


def test_a_store_cut_short_is_erased_at_the_next_unlock(
    created: tuple[Profile, str], assessment_id: str, big_file: Path, profile_dir: Path
) -> None:
    profile = created[0]
    scanned = evidence_chunks.scan_file(big_file)
    evidence_chunks.stage(profile._transactions, scanned)  # as if the process died here
    assert count(profile, "evidence_chunks") == 4
    assert "3a" not in profile.assessments.get(assessment_id).items
    profile.close()
    with unlock_profile(profile_dir, PASSPHRASE) as reopened:
        assert count(reopened, "evidence_contents") == 0
        assert count(reopened, "evidence_chunks") == 0
        info = reopened.evidence.add(assessment_id, "3a", big_file)
        assert b"".join(reopened.evidence.iter_chunks(info.sha256)) == big_file.read_bytes()
