"""Fixtures: a local consolidation file (cheap KDF, passed explicitly) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ipms_desktop.consolidation.database import ConsolidationDatabase, open_consolidation_database
from tests.consolidation_samples import open_local
from tests.postgres_support import postgres_server, postgres_url  # noqa: F401 (fixtures)


@pytest.fixture
def local_db(tmp_path: Path) -> Iterator[ConsolidationDatabase]:
    with open_local(tmp_path / "consolidation.db") as database:
        yield database


@pytest.fixture(params=["local", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ConsolidationDatabase]:
    """The same test against a local SQLCipher file and against PostgreSQL."""
    if request.param == "local":
        database = open_local(tmp_path / "consolidation.db")
    else:
        database = open_consolidation_database(request.getfixturevalue("postgres_url"))
    with database:
        yield database
