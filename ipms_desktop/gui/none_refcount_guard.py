"""A guard against a reference-counting defect of PySide6 6.12.0 on CPython 3.11.

Measured here: every call of a C++ method that returns ``void`` (``setText``, ``update``,
``processEvents`` ...) drops one reference to ``None`` without having taken it. CPython 3.11
aborts the process ("deallocating None") once None's count reaches zero: with the services
loaded that is a few hundred score edits into a session. CPython 3.12 and later make None
immortal, and PySide6 6.11 does not have the defect; on an affected combination this guard
gives None a reference count that no session can exhaust, which is what 3.12 does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 256
# Added to None's count once; at one lost reference per call it outlasts any session.
_RESERVE = 1 << 40


def defect_present() -> bool:
    """Whether void calls into Qt lose references to None in this interpreter."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def guard_none_refcount() -> bool:
    """Apply the reserve if the defect is present; returns whether it was applied."""
    if sys.version_info >= (3, 12) or not defect_present():
        return False
    import ctypes  # only on an affected interpreter: it costs start-up time

    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
