"""The desktop application's entry point: ``ipms-desktop``, ``main.py`` and the installer's
program all start here.

Start-up creates some hundred thousand objects that all live on (Qt's bindings, the
first screen), and Python's collector would walk them about 35 times before the first
screen paints: some 4 ms of a 110 ms start. It is paused here, before anything else is
imported, and resumed by ``gui.app`` once the first screen has painted, with everything
made until then frozen out of its way.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()
    from ipms_desktop.gui.app import main as start

    return start(argv)


def resume_garbage_collection() -> None:
    """After the first paint: what start-up made stays, so the collector skips it from now."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
