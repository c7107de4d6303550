"""User-facing core messages, one module per area of the core (see ``registry``)."""

from __future__ import annotations

import importlib
import pkgutil

from ipms_desktop.messages.registry import REGISTRY, Message


def all_messages() -> dict[str, Message]:
    """Every declared message by id (importing each area's module declares its own)."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(REGISTRY)
