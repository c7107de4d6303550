"""Measuring the time from process start to the first painted window.

The figure includes the interpreter's own start-up, so it is read from the operating
system's record of when the process began where one exists (Linux ``/proc``), and from
the earliest moment Python ran otherwise.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

_IMPORTED_AT = time.monotonic()


def milliseconds_since_start() -> float:
    """Milliseconds since the process began (Linux: the kernel's record, 10 ms resolution)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        now_since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, AttributeError):
        return (time.monotonic() - _IMPORTED_AT) * 1000
    start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    return (now_since_boot - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


class FirstPaintProbe(QObject):
    """Calls ``on_first_paint`` once, after the watched widget has painted for the first time."""

    def __init__(self, watched: QObject, on_first_paint: Callable[[], None]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._on_first_paint = on_first_paint
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Paint:
            self._watched.removeEventFilter(self)
            # The paint event is being delivered now; report once it has been handled.
            QTimer.singleShot(0, self._on_first_paint)
        return False
