"""Tests that need an outside tool (PostgreSQL, LibreOffice, makensis, ...).

On a developer's machine a missing tool skips the test with a reason that names it. In CI
(``CI=true``), where the test command installs every tool, the same skip is a failure: a
suite that silently skipped its PostgreSQL or LibreOffice checks would pass without
having checked anything (``tests/conftest.py`` turns these skips into failures).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest

MISSING_TOOL = "missing tool: "


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def needs_tool(available: bool, what: str) -> pytest.MarkDecorator:
    """A ``skipif`` marker for a test (or module) that cannot run without ``what``."""
    return pytest.mark.skipif(not available, reason=MISSING_TOOL + what)


def needs_program(program: str, what: str) -> pytest.MarkDecorator:
    """Skip unless ``program`` is on the PATH."""
    return needs_tool(shutil.which(program) is not None, what)


def skip_missing_tool(what: str) -> NoReturn:
    """Skip from inside a test or fixture once a tool has been found unable to start."""
    pytest.skip(MISSING_TOOL + what)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[Any]:
    """In CI a test skipped for a missing tool fails: CI installs every tool it needs."""
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and in_ci()):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if MISSING_TOOL in reason:
        report.outcome = "failed"
        report.longrepr = f"CI=true, yet a tool this test needs could not start ({reason})"
