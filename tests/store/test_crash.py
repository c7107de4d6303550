"""Durability: a writer killed with SIGKILL at random moments never loses an acknowledged
edit and never leaves a profile that fails to open or to pass its integrity checks."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from ipms_desktop.store.opening import create_profile, unlock_profile
from ipms_desktop.store.profile import Profile

from .conftest import CHEAP_KDF, PASSPHRASE
from .crash_child import ITEMS, edit_text

ROUNDS = 50
CHILD = Path(__file__).with_name("crash_child.py")


def acknowledged_edits(
    folder: Path, assessment_id: str, round_number: int, scratch: Path
) -> list[int]:
    child = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(folder),
            PASSPHRASE,
            assessment_id,
            str(round_number),
            str(scratch),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    time.sleep(random.uniform(0.0, 0.12))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    return [
        int(line.split()[1]) for line in child.stdout.read().splitlines() if line.startswith("ACK ")
    ]


def saved_state(profile: Profile, assessment_id: str) -> tuple[set[str], set[str]]:
    """Every strength text ever recorded in the audit chain, and every evidence hash held."""
    with profile._transactions.reading() as connection:
        rows = connection.execute(
            text("SELECT new_value FROM audit_events WHERE field = 'strengths'")
        ).scalars()
        texts = {value for row in rows for value in json.loads(row)}
        hashes = set(connection.execute(text("SELECT sha256 FROM evidence")).scalars())
    return texts, hashes


def unfinished_contents(profile: Profile) -> list[str]:
    """Evidence contents an interrupted store left incomplete (erased on unlock)."""
    with profile._transactions.reading() as connection:
        return list(
            connection.execute(
                text("SELECT sha256 FROM evidence_contents WHERE NOT complete")
            ).scalars()
        )


def stored_hash(profile: Profile, sha256: str) -> str:
    digest = hashlib.sha256()
    for chunk in profile.evidence.iter_chunks(sha256):
        digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    profile, _ = create_profile(folder, "Crash test", PASSPHRASE, kdf_params=CHEAP_KDF)
    assessment_id = profile.assessments.create("Ministry of Crashes", "efqm-2013", 2026)
    profile.close()
    random.seed(20260301)
    total_acknowledged = 0
    for round_number in range(ROUNDS):
        acked = acknowledged_edits(folder, assessment_id, round_number, scratch)
        total_acknowledged += len(acked)
        with unlock_profile(folder, PASSPHRASE) as survivor:
            report = survivor.verify()
            assert report.integrity_check == ("ok",), (round_number, report)
            assert report.cipher_integrity_check == (), (round_number, report)
            assert report.audit_problems == (), (round_number, report)
            texts, hashes = saved_state(survivor, assessment_id)
            assert unfinished_contents(survivor) == [], round_number
            for sha256 in hashes:
                assert stored_hash(survivor, sha256) == sha256, (round_number, sha256)
            for edit in acked:
                if edit % 10 == 9:
                    content = edit_text(round_number, edit).encode() * 2000
                    assert hashlib.sha256(content).hexdigest() in hashes, (round_number, edit)
                else:
                    assert edit_text(round_number, edit) in texts, (round_number, edit)
            text_edits = [edit for edit in acked if edit % 10 != 9]
            if text_edits:
                last = max(text_edits)
                current = survivor.assessments.get(assessment_id).items[ITEMS[last % len(ITEMS)]]
                assert current.strengths[0].startswith(f"round {round_number} edit ")
                assert int(current.strengths[0].split()[-1]) >= last
    assert total_acknowledged > ROUNDS
