"""The window fits the laptop screen it opens on, status bar included, and the agreed
overall with its justification is on screen without scrolling, in every language.

Each case runs the real window in a child process whose offscreen screen is the area a
laptop leaves free: its size less a 40-pixel taskbar (Qt's offscreen platform reads the
screens from a configuration file and has no taskbar of its own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40


def probe(tmp_path: Path, language: str, width: int, height: int) -> dict[str, object]:
    config = tmp_path / "screen.json"
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
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    completed = subprocess.run(
        [sys.executable, "-m", "tests.gui.window_fit_probe", language, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_at_1366_by_768_everything_needed_is_on_screen(tmp_path, language) -> None:
    report = probe(tmp_path, language, 1366, 768 - TASKBAR)
    assert report["available"] == [1366, 768 - TASKBAR]
    assert report["window_inside"] and report["status_bar_inside"], report
    assert report["overall_visible"] and report["justification_visible"], report


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_at_1280_by_720_the_window_and_its_status_bar_fit(tmp_path, language) -> None:
    report = probe(tmp_path, language, 1280, 720 - TASKBAR)
    assert report["window_inside"] and report["status_bar_inside"], report


def test_size_position_and_splitter_are_where_the_person_left_them(tmp_path) -> None:
    report = probe(tmp_path, "en", 1366, 768 - TASKBAR)
    width, height, _x, _y = report["reopened"]
    assert (width, height) == (1000, 600)
    before, after = report["left_pane"]
    assert before == after and before > 300
