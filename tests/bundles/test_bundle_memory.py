"""Exporting large evidence streams in bounded memory (VmHWM read inside a child process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVIDENCE_MIB = 160
LIMIT_MIB = 150

CHILD = """
import hashlib, json, sys
from pathlib import Path
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from tests.bundles.bundle_pki import assessment_document, build_pki
from ipms_desktop.bundles.writer import EvidenceFile, write_bundle

folder, size = Path(sys.argv[1]), int(sys.argv[2])

def stream():
    encryptor = Cipher(algorithms.AES(bytes(32)), modes.CTR(bytes(16))).encryptor()
    for _ in range(size // 2**20):
        yield encryptor.update(bytes(2**20))

digest = hashlib.sha256()
for piece in stream():
    digest.update(piece)
pki = build_pki(folder)
write_bundle(folder / "large.ipmsb", kind="assessment", document=assessment_document(),
             evidence=[EvidenceFile(digest.hexdigest(), size, stream)], signer=pki.assessor,
             recipients=list(pki.trust.default_recipients()))
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
print(json.dumps({"peak_mib": int(peak) / 1024, "size": (folder / "large.ipmsb").stat().st_size}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_large_evidence_exports_in_bounded_memory(tmp_path):
    size = EVIDENCE_MIB * 2**20
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), str(size)],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["size"] > size
    assert report["peak_mib"] < LIMIT_MIB
    (tmp_path / "large.ipmsb").unlink()
