"""A throwaway PostgreSQL cluster for tests: started on loopback, removed afterwards.

Uses Debian's ``postgresql`` package (``/usr/lib/postgresql/*/bin``). The server runs as
an unprivileged user when the tests run as root (PostgreSQL refuses root), listens on a
random free port of 127.0.0.1 and keeps its socket in the temporary folder. Tests that
need it are marked ``postgres`` and are skipped, with the reason, only when no server
can be started here.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.tooling import skip_missing_tool

_SERVER_USER_CANDIDATES = ("postgres", "nobody")
_SUPERUSER = "ipms"


@dataclass(frozen=True)
class PostgresServer:
    port: int
    folder: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{_SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A fresh, empty database on this server; returns its SQLAlchemy URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=_SUPERUSER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _binaries() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> str | None:
    """The user the server runs as: ourselves, unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in _SERVER_USER_CANDIDATES:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither 'postgres' nor 'nobody' exists")


def _run(command: list[str], user: str | None) -> subprocess.CompletedProcess[str]:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def start_server() -> tuple[PostgresServer | None, str]:
    """Start a cluster; returns ``(server, "")`` or ``(None, reason it could not start)``."""
    binaries = _binaries()
    if binaries is None:
        return None, "PostgreSQL is not installed (apt-get install postgresql)"
    try:
        user = _server_user()
    except RuntimeError as error:
        return None, str(error)
    folder = Path(tempfile.mkdtemp(prefix="ipms-pg-"))
    data = folder / "data"
    if user is not None:
        record = pwd.getpwnam(user)
        os.chown(folder, record.pw_uid, record.pw_gid)
    initdb = _run(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            _SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        ],
        user,
    )
    if initdb.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"initdb failed: {initdb.stderr.strip()[:300]}"
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=60 "
        "-c fsync=off -c full_page_writes=off"
    )
    started = _run(
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-o",
            options,
            "start",
        ],
        user,
    )
    if started.returncode != 0:
        log = (
            (folder / "server.log").read_text(errors="replace")[-300:]
            if (folder / "server.log").exists()
            else ""
        )
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"pg_ctl start failed: {started.stderr.strip()[:200]} {log}"
    return PostgresServer(port, folder), ""


def stop_server(server: PostgresServer) -> None:
    binaries = _binaries()
    assert binaries is not None
    _run(
        [str(binaries / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate", "stop"],
        _server_user(),
    )
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server, reason = start_server()
    if server is None:
        skip_missing_tool(f"a PostgreSQL server could not be started: {reason}")
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty database on the session's throwaway server."""
    return postgres_server.create_database()
