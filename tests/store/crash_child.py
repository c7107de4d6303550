"""Child process of the crash test: applies edits and prints each one once it is saved.

Usage: ``python crash_child.py PROFILE_DIR PASSPHRASE ASSESSMENT_ID ROUND EVIDENCE_DIR``.
Every tenth edit attaches a fresh evidence file (stored in small chunks, one transaction
each, so a kill often lands in the middle of a store); the others replace an item's
strengths. ``ACK n`` is printed only after the edit method returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ipms_desktop.store import evidence_chunks
from ipms_desktop.store.opening import unlock_profile

EVIDENCE_CHUNK_BYTES = 4096

ITEMS = ("1a", "1b", "2a", "3c", "5e")


def edit_text(round_number: int, edit: int) -> str:
    return f"round {round_number} edit {edit}"


def main(folder: str, passphrase: str, assessment_id: str, round_text: str, scratch: str) -> None:
    round_number = int(round_text)
    evidence_chunks.STORE = evidence_chunks.STORE._replace(
        evidence_chunk_bytes=EVIDENCE_CHUNK_BYTES
    )
    profile = unlock_profile(Path(folder), passphrase, actor="crash-test")
    print("READY", flush=True)
    edit = 0
    while True:
        item = ITEMS[edit % len(ITEMS)]
        if edit % 10 == 9:
            path = Path(scratch) / f"evidence-{round_number}-{edit}.bin"
            path.write_bytes(edit_text(round_number, edit).encode() * 2000)
            profile.evidence.add(assessment_id, item, path)
        else:
            profile.scores.set_texts(
                assessment_id, item, "strengths", [edit_text(round_number, edit)]
            )
        print(f"ACK {edit}", flush=True)
        edit += 1


if __name__ == "__main__":
    main(*sys.argv[1:6])
