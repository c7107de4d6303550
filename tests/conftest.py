"""Shared test set-up: Qt runs offscreen and no test touches the user's real data."""

from __future__ import annotations

import copy
import os
from typing import Any

import pytest

from tests.gui_support import built_catalogues, languages  # noqa: F401 (fixtures)
from tests.samples import MINIMAL_FRAMEWORK
from tests.tooling import pytest_runtest_makereport  # noqa: F401 (CI: missing tool fails)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def minimal_framework_data() -> dict[str, Any]:
    """A small valid framework file's data, a fresh copy for each test to break."""
    return copy.deepcopy(MINIMAL_FRAMEWORK)


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp: Any) -> Any:
    """Create the process's QApplication before any test touches Qt.

    The PDF report writer alone would create a bare QGuiApplication, which widget tests
    that run later in the same process cannot use.
    """
    return qapp
