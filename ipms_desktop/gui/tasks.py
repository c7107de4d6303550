"""Running slow work (key derivation, export, hashing evidence) off the GUI thread.

The window must keep painting while Argon2id or an export runs; results and errors come
back to the GUI thread as queued signals, so widgets are only ever touched there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[int, int], None]


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit)
        except BaseException as error:  # every failure goes back to the GUI thread
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    """Starts background work and knows whether any is still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[_TaskSignals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        work: Callable[[ProgressCallback], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``work(progress)`` on a worker thread; callbacks run on the GUI thread."""
        signals = _TaskSignals(self)
        signals.succeeded.connect(on_success)
        signals.failed.connect(on_failure)
        if on_progress is not None:
            signals.progressed.connect(on_progress)
        signals.finished.connect(lambda: self._finish(signals))
        was_busy = self.busy
        self._running.add(signals)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(work, signals))

    def _finish(self, signals: _TaskSignals) -> None:
        self._running.discard(signals)
        signals.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        """Block until the workers are idle (used when the application quits)."""
        return self._pool.waitForDone(timeout_ms)
