"""Start-up of the desktop application against a bare PySide6 window, offscreen.

Both processes print a line at their first paint, measured the same way
(``ipms_desktop.gui.first_paint``): the floor is a QMainWindow and nothing else. The time
is taken here, from just before the process is started to the moment its line arrives:
the processes' own figure counts from the kernel's start time, which is kept in 10 ms
ticks, too coarse for a ratio of two figures around 100 ms. The application's first paint
is its first real screen (language choice or unlock), which is what the assessor waits
for. Goal: at most 1.3x.

The package's bytecode is compiled first, as an installed application's is (pip and the
installer compile it): timing a source checkout under ``PYTHONDONTWRITEBYTECODE`` would time
the compiler.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import BenchResult

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from ipms_desktop.gui.first_paint import FirstPaintProbe, milliseconds_since_start
app = QApplication(sys.argv[:1])
window = QMainWindow()
def painted():
    print(f"{milliseconds_since_start():.1f}", flush=True)
    app.quit()
FirstPaintProbe(window, painted)
window.show()
app.exec()
"""


def _milliseconds(command: list[str]) -> float:
    """From starting ``command`` to its first line of output (printed at its first paint)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=environment,
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        process.stdout.read()
        if process.wait() != 0:
            raise RuntimeError(f"{command[1]} failed before reporting its first paint")
    float(line)  # the paint report, not some other output
    return elapsed


def _existing_profile(folder: Path) -> Path:
    """A profile on disk, so that the first screen is the unlock screen. Its key derivation
    is cheap: unlocking is not timed, only the screen that asks for the passphrase."""
    from ipms_desktop.store.keyslots import KdfParams
    from ipms_desktop.store.opening import create_profile

    profile, _recovery_code = create_profile(
        folder,
        "Start-up benchmark",
        "a passphrase for the start-up benchmark 7",
        kdf_params=KdfParams(memory_kib=8, iterations=1, lanes=1),
    )
    profile.close()
    return folder


def run() -> list[BenchResult]:
    compileall.compile_dir(str(ROOT / "ipms_desktop"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="ipms-bench-startup-") as folder:
        fresh = str(Path(folder) / "fresh")
        existing = str(_existing_profile(Path(folder) / "existing"))
        program = [sys.executable, str(ROOT / "main.py"), "--exit-when-ready", "--profile"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        floors: list[float] = []
        language_screens: list[float] = []
        unlock_screens: list[float] = []
        # Interleaved so that drift on a noisy machine hits all three alike.
        for _ in range(RUNS):
            floors.append(_milliseconds(bare))
            language_screens.append(_milliseconds([*program, fresh]))
            unlock_screens.append(_milliseconds([*program, existing]))
    floor = statistics.median(floors)
    return [
        BenchResult(
            f"startup, {name} screen: process start to first paint (offscreen)",
            statistics.median(samples),
            floor,
            "ms",
            goal=1.3,
        )
        for name, samples in (("language", language_screens), ("unlock", unlock_screens))
    ]
