"""A test whose tool is missing skips on a developer's machine and fails in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONFTEST = "from tests.tooling import pytest_runtest_makereport  # noqa: F401\n"
TESTS = """
from tests.tooling import needs_program, skip_missing_tool

@needs_program("no-such-program-ipms", "no-such-program-ipms")
def test_marked():
    pass

def test_skipped_inside():
    skip_missing_tool("a server that does not exist")

def test_ordinary_skip():
    import pytest
    pytest.skip("not about a tool")
"""


def run_pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        environment["CI"] = ci
    environment["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(folder)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=folder,
        check=False,
    )


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_sample.py").write_text(TESTS, encoding="utf-8")
    return tmp_path


def test_missing_tool_skips_outside_ci(sample: Path) -> None:
    done = run_pytest(sample, None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 skipped" in done.stdout


def test_missing_tool_fails_in_ci(sample: Path) -> None:
    done = run_pytest(sample, "true")
    assert done.returncode == 1, done.stdout + done.stderr
    # A marker's skip happens while setting up (reported as an error), a skip inside the test
    # while running it (a failure): either way the run fails, and the unrelated skip stays.
    assert "1 failed, 1 skipped, 1 error" in done.stdout
    assert "a tool this test needs could not start" in done.stdout


def test_the_test_command_runs_the_build_tests() -> None:
    """The ``build`` marker lets a developer skip installers while iterating; CI never does."""
    script = (Path(__file__).resolve().parents[1] / "tests" / "run.sh").read_text()
    pytest_line = [line for line in script.splitlines() if "-m pytest" in line]
    assert pytest_line == ['exec .venv/bin/python -m pytest "$@"']
