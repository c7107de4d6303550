"""Background work for every window: one worker per resource, cancel and progress.

Each resource (the open profile, each consolidation database) has its own queue with a
single worker thread, so two pieces of work never use one connection at once and work
runs in the order it was asked for, while work on different resources runs side by side.
Results, failures and progress come back to the GUI thread as queued signals, so widgets
are only touched there. Long work takes a ``progress(done, total)`` callback; asking an
operation to stop makes its next progress report raise :class:`OperationCancelled`, which
the core's atomic writers already treat like any failure (nothing half-written is kept).
``gui.status_line`` shows an operation to the person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[int, int], None]
Work = Callable[[ProgressCallback], Any]

# The queue for the open profile, and for work with no resource of its own.
PROFILE = "profile"


def consolidation_resource(display_name: str) -> str:
    """The queue name of one consolidation database (file path or server URL)."""
    return f"consolidation:{display_name}"


class OperationCancelled(Exception):
    """Raised inside the work, at its next progress report, once a person asked to stop."""


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()


class Operation(QObject):
    """One piece of queued work: the caller may cancel it and follow its progress."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, cancellable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self._cancel_requested = False
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (a no-op when not cancellable)."""
        if self.cancellable:
            self._cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    def _report(self, signals: _Signals, done: int, total: int) -> None:
        """Runs on the worker thread: pass progress on, and stop when asked to."""
        if self._cancel_requested:
            raise OperationCancelled
        signals.progressed.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation, work: Work, signals: _Signals) -> None:
        super().__init__()
        self._operation = operation
        self._work = work
        self._signals = signals

    def run(self) -> None:
        operation, signals = self._operation, self._signals
        try:
            if operation.cancel_requested:
                raise OperationCancelled
            result = self._work(lambda done, total: operation._report(signals, done, total))
        except BaseException as error:  # every failure goes back to the GUI thread
            signals.failed.emit(error)
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


class OperationQueue(QObject):
    """Runs one resource's work one piece at a time, in order, on its own worker thread."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[Operation] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: ProgressCallback | None = None,
        *,
        cancellable: bool = False,
    ) -> Operation:
        """Queue ``work(progress)``; the callbacks run on the GUI thread."""
        operation = Operation(cancellable, self)
        signals = _Signals(operation)
        signals.succeeded.connect(on_success)
        signals.failed.connect(on_failure)
        signals.progressed.connect(operation.progressed)
        if on_progress is not None:
            signals.progressed.connect(on_progress)
        signals.finished.connect(lambda: self._finish(operation))
        was_busy = self.busy
        self._pending.add(operation)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(operation, work, signals))
        return operation

    def _finish(self, operation: Operation) -> None:
        operation.done = True
        operation.finished.emit()
        self._pending.discard(operation)
        operation.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        return self._pool.waitForDone(timeout_ms)


class Operations(QObject):
    """Every queue of one application; busy while any queue has work."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queues: dict[str, OperationQueue] = {}
        self._was_busy = False

    def queue(self, resource: str = PROFILE) -> OperationQueue:
        """The queue of ``resource`` (made on first use)."""
        queue = self._queues.get(resource)
        if queue is None:
            queue = OperationQueue(resource, self)
            queue.busy_changed.connect(self._queue_busy_changed)
            self._queues[resource] = queue
        return queue

    def submit(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: ProgressCallback | None = None,
        *,
        resource: str = PROFILE,
        cancellable: bool = False,
    ) -> Operation:
        """Queue ``work`` on ``resource``'s queue; see :meth:`OperationQueue.submit`."""
        return self.queue(resource).submit(
            work, on_success, on_failure, on_progress, cancellable=cancellable
        )

    @property
    def busy(self) -> bool:
        return any(queue.busy for queue in self._queues.values())

    def _queue_busy_changed(self, _busy: bool) -> None:
        busy = self.busy
        if busy != self._was_busy:
            self._was_busy = busy
            self.busy_changed.emit(busy)

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        """Block until every queue is idle (used when the application quits)."""
        return all(queue.wait_for_all(timeout_ms) for queue in self._queues.values())
