"""SQLCipher connections keyed with the raw data key, behind a SQLAlchemy engine.

One engine holds one connection (the profile has one writer, guarded by the lock file),
configured for durability before anything else runs: WAL with synchronous=FULL, so a
commit that returned is on disk. Transactions are begun explicitly because the DB-API
module's implicit transactions would leave schema changes outside them.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

from ipms_desktop.atomic import disk_error, replacing
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs

logger = logging.getLogger(__name__)

DatabaseError = sqlcipher.DatabaseError

# Applied in this order on every connection; pinned in docs/profile-format.md.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)


def raw_key_pragma(data_key: bytes) -> str:
    """SQLCipher's raw-key form: the 32 bytes are the page key, no passphrase KDF."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(
    path: Path, data_key: bytes, *, profile_pragmas: bool = True
) -> sqlcipher.Connection:
    """A keyed DB-API connection; with ``profile_pragmas`` set up for editing (the
    benchmarks' floor uses the same), without them only for reading a backup as it is."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(raw_key_pragma(data_key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if profile_pragmas:
            for pragma in CONNECTION_PRAGMAS:
                connection.execute(pragma).fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def open_engine(path: Path, data_key: bytes) -> Engine:
    """An engine over one keyed connection; raises ``DatabaseError`` if the file is unreadable.

    Statement parameters are hidden from SQLAlchemy's logs and error texts: they are
    assessment content.
    """
    connection = connect_raw(path, data_key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connection,
        poolclass=StaticPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def cipher_problems(engine: Engine) -> list[str]:
    """``PRAGMA cipher_integrity_check`` rows: one per page whose HMAC fails (none if clean)."""
    with engine.connect() as connection:
        rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        connection.rollback()
    return rows


def check_file(path: Path, data_key: bytes) -> list[str]:
    """Problems found in a database file (a backup) without changing it; empty if clean."""
    try:
        connection = connect_raw(path, data_key, profile_pragmas=False)
    except DatabaseError as error:
        return [f"cannot be read with this profile's key ({error})"]
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        integrity = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    return problems + ([] if integrity == ["ok"] else integrity)


def integrity_reports(engine: Engine) -> tuple[list[str], list[str]]:
    """The rows of ``PRAGMA integrity_check`` and ``PRAGMA cipher_integrity_check``."""
    with engine.connect() as connection:
        integrity = [str(row[0]) for row in connection.execute(text("PRAGMA integrity_check"))]
        cipher = [str(row[0]) for row in connection.execute(text("PRAGMA cipher_integrity_check"))]
        connection.rollback()
    return integrity, cipher


# Seconds between two progress reports of a copy.
_COPY_PROGRESS_INTERVAL = 0.05


def _follow_copy(
    raw: Any,
    temporary: Path,
    progress: Callable[[int, int], None],
    stopped: list[BaseException],
    finished: threading.Event,
) -> threading.Thread:
    """Report the copy's growth from a watcher thread; an exception from ``progress`` (a
    person pressing Cancel) interrupts the copy, which ``sqlite3_interrupt`` allows from
    another thread."""
    rows = raw.execute("PRAGMA database_list").fetchall()
    source = next((Path(row[2]) for row in rows if row[1] == "main" and row[2]), None)
    # The pages still in the write-ahead log are copied too.
    parts = [] if source is None else [source, Path(f"{source}-wal")]
    total = sum(path.stat().st_size for path in parts if path.exists())

    progress(0, total)  # before anything is written: a Cancel pressed already stops here

    def watch() -> None:
        while not finished.wait(_COPY_PROGRESS_INTERVAL):
            try:
                done = temporary.stat().st_size if temporary.exists() else 0
                progress(min(done, total), total)
            except BaseException as error:  # handed back to write_encrypted_copy
                stopped.append(error)
                raw.interrupt()
                return

    watcher = threading.Thread(target=watch, name="copy-progress", daemon=True)
    watcher.start()
    return watcher


def write_encrypted_copy(
    engine: Engine, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """A consistent copy of the database, encrypted with the same key, written crash-safely.

    ``VACUUM INTO`` keeps SQLCipher's encryption, so the copy is ciphertext throughout;
    it goes to a temporary sibling first so a full disk leaves no partial file behind.
    ``progress(bytes written, database size)`` is called as the copy grows; an exception
    it raises (a person pressing Cancel) stops the copy, removes the temporary file and is
    raised again here.
    """
    stopped: list[BaseException] = []
    finished = threading.Event()
    try:
        with replacing(target) as temporary:
            pooled = engine.raw_connection()
            raw = pooled.dbapi_connection
            assert raw is not None, "a pooled connection always holds its DB-API connection"
            watcher = None
            try:
                if progress is not None:
                    watcher = _follow_copy(raw, temporary, progress, stopped, finished)
                cursor = raw.cursor()
                cursor.execute("VACUUM INTO ?", (str(temporary),))
                cursor.close()
            finally:
                finished.set()
                if watcher is not None:
                    watcher.join()
                pooled.close()
            if stopped:
                raise stopped[0]
            if progress is not None:
                size = temporary.stat().st_size
                progress(size, size)
    except DatabaseError as error:
        if stopped:
            raise stopped[0] from None
        if "full" in str(error).lower():
            raise disk_error(OSError(errno.ENOSPC, "No space left on device"), target) from None
        raise IpmsError(msgs.COULD_NOT_COPY_PROFILE_DATABASE, target=target, error=error) from None
    logger.info("encrypted database copy written: %s", target)
