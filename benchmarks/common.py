"""What every benchmark reports, and small timing helpers shared by them.

A figure alone means little on a noisy machine; each result carries the floor (the same
work done by the bare libraries) measured in the same run, and the ratio between them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BenchResult:
    """One measured figure against its floor."""

    name: str
    measured: float
    floor: float
    unit: str
    goal: float | None = None

    @property
    def ratio(self) -> float:
        return self.measured / self.floor if self.floor else float("inf")

    def line(self) -> str:
        goal = f"  (goal <= {self.goal:g}x)" if self.goal is not None else ""
        return (
            f"{self.name}: {self.measured:.4g} {self.unit}; floor {self.floor:.4g} {self.unit}; "
            f"ratio {self.ratio:.2f}x{goal}"
        )


def median_seconds(action: Callable[[], object], repeats: int = 5) -> float:
    """Median wall time of ``action`` over ``repeats`` runs."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM), the reading STACK.md found reliable."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmHWM not available on this platform")
