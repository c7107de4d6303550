"""The screen audit's set-up: the folder its pictures go to, and one walk per screen size
run in child processes (each with an offscreen screen of that size), both at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "ar", "ckb")
# A laptop's screen less a 40-pixel taskbar (the offscreen platform has none of its own).
TASKBAR = 40
SIZES = ((1366, 768), (1280, 720))
# Where the audited pictures go: this variable's folder if set, else pytest's temporary one.
SHOTS_VARIABLE = "IPMS_AUDIT_SHOTS"


def screen_config(folder: Path, width: int, height: int) -> Path:
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height - TASKBAR,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return config


@pytest.fixture(scope="session")
def audit_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get(SHOTS_VARIABLE)
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screen-audit")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def audit_results(audit_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``{"1366x768": walk result, ...}``: both sizes walked side by side."""
    running = {}
    for width, height in SIZES:
        name = f"{width}x{height}"
        work = tmp_path_factory.mktemp(f"audit-{name}")
        out = audit_folder / name
        out.mkdir(exist_ok=True)
        config = screen_config(work, width, height)
        environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        running[name] = (
            subprocess.Popen(
                [sys.executable, "-m", "tests.gui_audit.walk", str(work), *LANGUAGES],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=environment,
            ),
            out,
            work,
        )
    results = {}
    for name, (child, out, work) in running.items():
        stdout, stderr = child.communicate(timeout=300)
        assert child.returncode == 0, stderr[-3000:]
        result = json.loads(stdout.strip().splitlines()[-1])
        for picture in (work / "screens").glob("*.png"):
            picture.replace(out / picture.name)
        result["pictures"] = str(out)
        results[name] = result
    print(f"\nscreen audit pictures: {audit_folder}")
    return results
