"""Start-up: the first window paints before the heavy services are imported."""

from __future__ import annotations

import os
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


COLLECTOR_PROBE = """
import gc, sys
import ipms_desktop.gui.main_window as main_window
from ipms_desktop.gui import launcher

build_first_screen = main_window.MainWindow.start

def start(self, context):
    print("before the paint:", "running" if gc.isenabled() else "paused", flush=True)
    build_first_screen(self, context)

def after_the_paint(self):
    frozen = gc.get_freeze_count() > 0
    print("after the paint:", "running" if gc.isenabled() else "paused", frozen, flush=True)
    self.close()

main_window.MainWindow.start = start
main_window.MainWindow.warm_up_services = after_the_paint
sys.exit(launcher.main(["--profile", sys.argv[1], "--language", "en"]))
"""


def test_the_collector_waits_for_the_first_paint_then_runs(tmp_path):
    """Start-up's objects are not walked by the collector before the first screen paints;
    afterwards it runs, with those objects frozen out of its way."""
    completed = subprocess.run(
        [sys.executable, "-c", COLLECTOR_PROBE, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.splitlines() == [
        "before the paint: paused",
        "after the paint: running True",
    ]
