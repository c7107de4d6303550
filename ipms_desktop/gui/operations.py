"""Background work for every window: one worker per resource, cancel, progress, one status line.

Each resource (the open profile, each consolidation database) has its own queue with a
single worker thread, so two pieces of work never use one connection at once and work
runs in the order it was asked for, while work on different resources runs side by side.
Results, failures and progress come back to the GUI thread as queued signals, so widgets
are only touched there. Long work takes a ``progress(done, total)`` callback; asking an
operation to stop makes its next progress report raise :class:`OperationCancelled`, which
the core's atomic writers already treat like any failure (nothing half-written is kept).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ipms_desktop.gui.message import error_text

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


@dataclass(frozen=True)
class _Roles:
    """The style roles a status line shows (see ``gui/style.py``)."""

    hint: str = "hint"
    success: str = "success"
    warning: str = "warning"
    error: str = "error"


ROLES = _Roles()


class StatusLine(QWidget):
    """One line that says what a window is doing: a message, progress, and a Cancel button.

    Every window shows its outcomes and failures here, so a failure always reads the same
    way (through ``error_text``, in the chosen language) and long work can always be stopped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        from PySide6.QtCore import Qt  # here, not at import: see gui.first_paint

        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._operation: Operation | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, role: str = ROLES.hint) -> None:
        """Say ``text`` in the style of ``role`` (hint, success, warning or error)."""
        self.label.setText(text)
        self.label.setProperty("role", role)
        self.setProperty("role", role)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong; a cancelled operation is not an error."""
        if isinstance(error, OperationCancelled):
            self.show_message(
                self.tr("Stopped. What was finished is kept; nothing half-written is left."),
                ROLES.warning,
            )
        else:
            self.show_message(error_text(error), ROLES.error)

    def follow(self, operation: Operation, text: str) -> None:
        """Show ``text`` with a progress bar (and Cancel) until ``operation`` finishes."""
        self._operation = operation
        self.show_message(text, ROLES.hint)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(operation.cancellable)
        operation.progressed.connect(self._progressed)
        operation.finished.connect(lambda: self._finished(operation))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self, operation: Operation) -> None:
        if self._operation is operation:
            self._operation = None
            self.progress.hide()
            self.cancel_button.hide()

    def _cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Stopping…"), ROLES.warning)
