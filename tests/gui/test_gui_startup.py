"""Start-up: the first window paints before the heavy services are imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY_MODULES = ("sqlalchemy", "sqlcipher3", "openpyxl", "cryptography")


def test_first_paint_comes_before_heavy_imports(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            str(ROOT / "main.py"),
            "--exit-after-first-paint",
            "--profile",
            str(tmp_path / "profile"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    milliseconds = float(completed.stdout.strip().splitlines()[-1])
    assert milliseconds > 0
    imported = {
        line.split("|")[-1].strip()
        for line in completed.stderr.splitlines()
        if line.startswith("import time:")
    }
    loaded_heavy = sorted(name for name in imported if name.split(".")[0] in HEAVY_MODULES)
    assert loaded_heavy == []
    assert not (tmp_path / "profile").exists()


def test_bad_arguments_are_a_usage_error(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--language", "xx"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert completed.returncode == 2
    assert "invalid choice" in completed.stderr
