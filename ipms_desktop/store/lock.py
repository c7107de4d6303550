"""One writer per profile: an OS-level lock on ``profile.lock`` plus who holds it.

The operating system releases the lock when its holder dies, however it dies, so a
crash never leaves the profile blocked. The file's contents (pid, host, user, start
time) only serve the message shown to a second process, and the stale-lock check
where the file system offers no OS locks.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs

logger = logging.getLogger(__name__)


class ProfileInUseError(IpmsError):
    """Another process holds the profile open."""


# Windows locks a byte range: lock one byte well past the holder description so that
# other processes can still read who holds the profile.
_WINDOWS_LOCK_OFFSET = 1 << 20


def _os_lock(stream: IO[str]) -> bool | None:
    """Try the OS lock without waiting: True taken, False held by another, None unsupported."""
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError:
            return None
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def _os_unlock(stream: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown user"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def describe_holder(holder: dict[str, Any]) -> str:
    return (
        f"{holder.get('user', 'unknown user')} (pid {holder.get('pid', '?')} on "
        f"{holder.get('host', 'unknown host')}) since {holder.get('started', 'an unknown time')}"
    )


class ProfileLock:
    """Held from unlock to close; ``acquire`` raises ``ProfileInUseError`` if taken.

    A second ``ProfileLock`` on the same file in the same process is refused too, since
    each holds its own open file description.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stream: IO[str] | None = None

    def acquire(self) -> None:
        stream = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        try:
            locked = _os_lock(stream)
            if locked is False:
                raise self._in_use(self._read_holder(stream))
            if locked and not self._same_file(stream):
                _os_unlock(stream)
                stream.close()
                self.acquire()
                return
            holder = self._read_holder(stream)
            if locked is None and holder and self._held_elsewhere(holder):
                raise self._in_use(holder)
            if holder:
                logger.info("taking over a stale profile lock (pid %s)", holder.get("pid"))
            stream.seek(0)
            stream.truncate()
            stream.write(json.dumps(self._me(), sort_keys=True))
            stream.flush()
            os.fsync(stream.fileno())
        except BaseException:
            stream.close()
            raise
        self._stream = stream

    def release(self) -> None:
        """Remove the lock file and drop the OS lock (removal first, so no one sees it empty)."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                stream.seek(0)
                stream.truncate()
            else:
                self.path.unlink()
        with contextlib.suppress(OSError):
            _os_unlock(stream)
        stream.close()

    @property
    def held(self) -> bool:
        return self._stream is not None

    def _same_file(self, stream: IO[str]) -> bool:
        """False if the file we locked was removed by its previous holder meanwhile."""
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(stream.fileno())
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    @staticmethod
    def _read_holder(stream: IO[str]) -> dict[str, Any]:
        stream.seek(0)
        try:
            holder = json.loads(stream.read() or "{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            return {}
        return holder if isinstance(holder, dict) else {}

    @staticmethod
    def _held_elsewhere(holder: dict[str, Any]) -> bool:
        """Without OS locks (some network drives) the file's word is all there is: a holder on
        another host, or a live process on this one, still holds it; a dead one does not."""
        if holder.get("host") != socket.gethostname():
            return True
        pid = holder.get("pid")
        return isinstance(pid, int) and _process_alive(pid)

    def _in_use(self, holder: dict[str, Any]) -> ProfileInUseError:
        return ProfileInUseError(
            msgs.PROFILE_IN_USE, holder=describe_holder(holder), lock_file=self.path
        )

    @staticmethod
    def _me() -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _current_user(),
            "started": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        }
