"""The open profile's one database connection, shared by its parts: reads, and edits that
commit together with their audit events.

SQLite has one writer, and the profile keeps one keyed connection, so every use of it holds
``mutex``. An edit is one ``BEGIN IMMEDIATE`` transaction: its changes, the audit events
describing them and the touched assessments' ``updated_at`` commit together, before the
edit method returns ("saved" on screen means saved on disk). Anything that raises inside
the transaction rolls all of it back, so a refused edit leaves nothing behind. Long work
(storing a large evidence file) takes the mutex only for short transactions of its own, so
an edit from the window never waits for it.
"""

from __future__ import annotations

import contextlib
import errno
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, update
from sqlalchemy.exc import DBAPIError

from ipms_desktop.atomic import disk_error
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.shown_text import unencodable_text_error
from ipms_desktop.store import audit
from ipms_desktop.store.backups import damaged_error
from ipms_desktop.store.paths import database_path
from ipms_desktop.store.schema import ASSESSMENTS

# Audit fields that describe the assessment record itself rather than its content: they do
# not make an exported assessment a draft again.
_RECORD_FIELDS = ("assessment", "status")


class Edit:
    """One write transaction: statements on ``connection``, each change recorded by ``audit``."""

    def __init__(self, connection: Connection, actor: str, audit_key: bytes) -> None:
        self.connection = connection
        self._actor = actor
        self._audit_key = audit_key
        self._head: tuple[int, str] | None = None
        self._touched: set[str] = set()

    def audit(
        self,
        assessment_id: str | None,
        item_id: str | None,
        field: str,
        old: Any,
        new: Any,
    ) -> None:
        """Append the change's audit event; an assessment whose content changed goes back
        to draft with a new ``updated_at`` when the edit commits."""
        if self._head is None:
            self._head = audit.head(self.connection)
        self._head = audit.append(
            self.connection,
            self._head,
            self._audit_key,
            actor=self._actor,
            assessment_id=assessment_id,
            item_id=item_id,
            field=field,
            old=old,
            new=new,
        )
        if assessment_id is not None and field not in _RECORD_FIELDS:
            self._touched.add(assessment_id)

    def finish(self) -> None:
        """Mark the touched assessments changed (run just before the commit)."""
        if self._touched:
            self.connection.execute(
                update(ASSESSMENTS)
                .where(ASSESSMENTS.c.id.in_(sorted(self._touched)))
                .values(updated_at=audit.utc_now(), status="draft")
            )


class Transactions:
    """Reads and committed edits on an open profile's engine, until ``close``."""

    def __init__(self, folder: Path, engine: Engine, actor: str, audit_key: bytes) -> None:
        self.folder = folder
        self.actor = actor
        self.audit_key = audit_key
        self.mutex = threading.RLock()
        self._engine: Engine | None = engine

    def require_open(self) -> Engine:
        """The open engine (the caller holds ``mutex``); refused once the profile is closed."""
        if self._engine is None:
            raise IpmsError(msgs.PROFILE_CLOSED_UNLOCK_AGAIN, folder=self.folder)
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> bool:
        """Dispose of the engine; False if it was closed already."""
        with self.mutex:
            if self._engine is None:
                return False
            self._engine.dispose()
            self._engine = None
            return True

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read; nothing read this way is ever written back."""
        with self.mutex, self.database_errors(), self.require_open().connect() as connection:
            yield connection
            connection.rollback()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Edit]:
        """One committed transaction: when this returns without error, the edit is on disk."""
        with self.mutex, self.database_errors(), self.require_open().begin() as connection:
            edit = Edit(connection, self.actor, self.audit_key)
            yield edit
            edit.finish()

    @contextlib.contextmanager
    def database_errors(self) -> Iterator[None]:
        """SQLite's failures as messages a person can act on: a full disk, damage, or a
        text that is not Unicode (which the driver cannot encode, so nothing was written)."""
        try:
            yield
        except UnicodeEncodeError as error:
            raise unencodable_text_error(error) from None
        except DBAPIError as error:
            text = str(error.orig)
            if "full" in text.lower():
                raise disk_error(
                    OSError(errno.ENOSPC, "No space left on device"), database_path(self.folder)
                ) from None
            raise damaged_error(self.folder, text) from None
