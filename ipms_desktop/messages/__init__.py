"""User-facing core messages, one module per area of the core (see ``registry``)."""

from __future__ import annotations

from ipms_desktop.messages.registry import REGISTRY, Message


def all_messages() -> dict[str, Message]:
    """Every declared message by id (importing each area's module declares its own)."""
    # Imported here: every error imports this package, the desktop's first screen included.
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(REGISTRY)
