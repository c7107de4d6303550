"""Background work on one consolidation database, one piece at a time.

A local consolidation file is reached through a single shared connection, so two worker
threads must never use it at once (a merge and a consensus reload would interleave their
transactions). Work is queued here and handed to the application's task runner in
order; the runner still knows the application is busy while anything is queued.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ipms_desktop.gui.tasks import ProgressCallback, TaskRunner


class SerialTasks(QObject):
    """Runs queued work one after the other on ``runner``; callbacks on the GUI thread."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._queue: list[tuple[Any, ...]] = []
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def start(
        self,
        work: Callable[[ProgressCallback], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._queue.append((work, on_success, on_failure, on_progress))
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._running = False
            return
        self._running = True
        work, on_success, on_failure, on_progress = self._queue.pop(0)

        def succeeded(result: Any) -> None:
            try:
                on_success(result)
            finally:
                self._next()

        def failed(error: BaseException) -> None:
            try:
                on_failure(error)
            finally:
                self._next()

        self._runner.start(work, succeeded, failed, on_progress)
