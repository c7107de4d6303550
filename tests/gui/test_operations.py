"""The operations queue: one worker per resource, in order; cancel stops at the next
progress report; failures and cancellations read the same in every window."""

from __future__ import annotations

import threading
import time

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.operations import OperationCancelled, Operations
from ipms_desktop.gui.status_line import StatusLine


def test_one_resource_runs_in_order_one_at_a_time(qtbot, qapp) -> None:
    operations = Operations(qapp)
    running = []
    overlaps = []
    finished: list[int] = []

    def work(number: int):
        def run(_progress):
            running.append(number)
            if len(running) > 1:
                overlaps.append(tuple(running))
            time.sleep(0.01)
            running.remove(number)
            return number

        return run

    for number in range(8):
        operations.submit(work(number), finished.append, lambda error: None)
    qtbot.waitUntil(lambda: len(finished) == 8, timeout=10_000)
    assert finished == list(range(8))
    assert overlaps == []
    assert not operations.busy


def test_two_resources_run_side_by_side(qtbot, qapp) -> None:
    """A long merge on one database does not hold up the profile's work."""
    operations = Operations(qapp)
    gate = threading.Event()
    done: list[str] = []
    operations.submit(
        lambda _p: gate.wait(10),
        lambda _r: done.append("merge"),
        print,
        resource="consolidation:team.ipmsdb",
    )
    operations.submit(lambda _p: "saved", done.append, print)
    qtbot.waitUntil(lambda: done == ["saved"], timeout=5_000)
    assert operations.busy, "the merge is still running"
    gate.set()
    qtbot.waitUntil(lambda: done == ["saved", "merge"], timeout=5_000)
    qtbot.waitUntil(lambda: not operations.busy, timeout=5_000)


def test_cancel_stops_at_the_next_progress_and_says_so(qtbot, qapp) -> None:
    operations = Operations(qapp)
    line = StatusLine()
    qtbot.addWidget(line)
    steps: list[int] = []
    started = threading.Event()
    proceed = threading.Event()

    def work(progress):
        for step in range(100):
            progress(step, 100)
            steps.append(step)
            started.set()
            proceed.wait(5)
        return "all done"

    outcomes: list[object] = []
    operation = operations.submit(
        work,
        outcomes.append,
        lambda error: (outcomes.append(error), line.show_error(error)),
        cancellable=True,
    )
    line.follow(operation, "Merging…")
    assert line.cancel_button.isVisibleTo(line) and line.progress.isVisibleTo(line)
    assert started.wait(5)
    line.cancel_button.click()
    assert line.text() == "Stopping…"
    proceed.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5_000)
    assert isinstance(outcomes[0], OperationCancelled)
    assert len(steps) == 1, "no step after the one running when Cancel was pressed"
    assert line.property("role") == "warning" and line.text().startswith("Stopped.")
    qtbot.waitUntil(lambda: not line.progress.isVisibleTo(line), timeout=5_000)
    assert not line.cancel_button.isVisibleTo(line)


def test_work_that_cannot_stop_shows_no_cancel_and_failures_are_in_words(qtbot, qapp) -> None:
    operations = Operations(qapp)
    line = StatusLine()
    qtbot.addWidget(line)

    def work(_progress):
        raise IpmsError("the bundle folder is not readable")

    operation = operations.submit(work, lambda _r: None, line.show_error)
    line.follow(operation, "Opening…")
    assert not line.cancel_button.isVisibleTo(line)
    qtbot.waitUntil(lambda: line.property("role") == "error", timeout=5_000)
    assert line.text() == "The bundle folder is not readable"

    operation = operations.submit(lambda _p: 1 / 0, lambda _r: None, line.show_error)
    qtbot.waitUntil(lambda: "ZeroDivisionError" in line.text(), timeout=5_000)
    assert line.text().startswith("Unexpected error")
