"""Nothing readable leaks: canaries written into a profile never appear in clear in its
folder, its backups, the temporary directory or the log file, in any common encoding."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipms_desktop.store.opening import create_profile, unlock_profile, unlock_with_recovery_code

from .conftest import CHEAP_KDF, item_attributes

CANARIES = {
    "profile name": "CANARY-PROFILE-NAME-7f3a9c",
    "passphrase": "CANARY-PASSPHRASE-5d1e08",
    "institution": "CANARY-INSTITUTION-91b2e4",
    "justification": "CANARY-JUSTIFICATION-44c1aa",
    "not assessed reason": "CANARY-REASON-0b7d21",
    "strength": "CANARY-STRENGTH-c3f901",
    "arabic afi": "كناري-سري-عربي-٧٣٩",
    "evidence content": "CANARY-EVIDENCE-CONTENT-e2a6b5",
    "evidence name": "CANARY-EVIDENCE-NAME-8ff310",
    "secret": "CANARY-SECRET-VALUE-1a2b3c",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_below(folder: Path) -> Iterator[Path]:
    yield from (path for path in folder.rglob("*") if path.is_file())


def leaks(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        for label, canary in CANARIES.items():
            for encoding in ENCODINGS:
                if canary.encode(encoding) in data:
                    found.append(f"{label} ({encoding}) in {path}")
    return found


@pytest.fixture
def app_temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application's temporary directory, redirected so it can be scanned."""
    folder = tmp_path / "app-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Everything logged at any level, by any logger, during the test."""
    path = tmp_path / "ipms.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()


def test_canaries_never_reach_the_disk_in_clear(
    tmp_path: Path, app_temp_dir: Path, log_file: Path
) -> None:
    folder = tmp_path / "profile"
    evidence_source = tmp_path / "source" / f"{CANARIES['evidence name']}.txt"
    evidence_source.parent.mkdir()
    evidence_source.write_text(CANARIES["evidence content"] * 1000, encoding="utf-8")
    profile, code = create_profile(
        folder, CANARIES["profile name"], CANARIES["passphrase"], kdf_params=CHEAP_KDF
    )
    with profile:
        aid = profile.assessments.create(CANARIES["institution"], "efqm-2013", 2026)
        profile.assessments.fill_from_sheet(
            aid, {"items": {"1a": {"attributes": item_attributes("efqm-2013", "1a", 50)}}}
        )
        profile.scores.set_overall(aid, "1a", 90, CANARIES["justification"])
        profile.scores.set_not_assessed(aid, "9b", CANARIES["not assessed reason"])
        profile.scores.set_texts(aid, "1a", "strengths", [CANARIES["strength"]])
        profile.scores.set_texts(aid, "1a", "afis", [CANARIES["arabic afi"]])
        profile.evidence.add(aid, "1a", evidence_source)
        profile.keys.set_secret("assessor.key", CANARIES["secret"].encode())
        profile.settings.set("assessor.name", CANARIES["profile name"])
        profile.backup(folder / "backups" / "manual.db")
        open_files = list(files_below(folder))
        assert any(path.name.endswith("-wal") for path in open_files)
        assert leaks(open_files) == []
        profile.keys.change_passphrase(
            CANARIES["passphrase"], CANARIES["passphrase"] + "2", kdf_params=CHEAP_KDF
        )
        assert profile.verify().ok
    with unlock_profile(folder, CANARIES["passphrase"] + "2") as reopened:
        assert reopened.name == CANARIES["profile name"]
        reopened.assessments.delete(aid)
    unlock_with_recovery_code(folder, code).close()
    logging.getLogger().handlers[-1].flush()
    scanned = [*files_below(folder), *files_below(app_temp_dir), log_file]
    assert log_file.read_text(encoding="utf-8"), "the log should hold the store's events"
    assert leaks(scanned) == []


def test_the_scan_would_find_a_canary(tmp_path: Path) -> None:
    """The detector itself works (guards against a scan that can never fail)."""
    plain = tmp_path / "plain.txt"
    plain.write_text(CANARIES["arabic afi"], encoding="utf-16-le")
    assert leaks([plain]) == [f"arabic afi (utf-16-le) in {plain}"]
