"""A long session of Qt calls must not abort the process.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that returns
nothing, and the interpreter aborts ("deallocating None") a few hundred score edits into a
session; pyproject.toml therefore keeps PySide6 below 6.12. This test fails if a Qt
version with that defect is ever installed again.
"""

from __future__ import annotations

import subprocess
import sys

LONG_SESSION = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range(300_000):
    app.processEvents()
print("survived")
"""


def test_a_long_session_of_void_calls_survives() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert completed.returncode == 0, completed.stderr[-1000:]
    assert completed.stdout.strip() == "survived"
