"""The guard against PySide6 6.12.0 losing a reference to None per void call (CPython 3.11):
a long session of Qt calls must not end in a "deallocating None" abort."""

from __future__ import annotations

import subprocess
import sys

LONG_SESSION = """
from PySide6.QtWidgets import QApplication
from ipms_desktop.gui.none_refcount_guard import guard_none_refcount
guard_none_refcount()
app = QApplication([])
for _ in range(300_000):
    app.processEvents()
print("survived")
"""


def test_a_long_session_of_void_calls_survives():
    completed = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr[-1000:]
    assert completed.stdout.strip() == "survived"
