"""The one place that knows where shipped resources live.

Frameworks, translations, fonts, icons and Qt Designer forms are found relative to the
source tree, or relative to the unpacked application when frozen by PyInstaller, so
every caller asks here instead of building paths of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The ``resources/`` folder (frameworks, translations, fonts, icons)."""
    return _root() / "resources"


def resource_path(*parts: str) -> Path:
    """A path below ``resources/``, e.g. ``resource_path("frameworks", "efqm-2013.json")``."""
    return resources_dir().joinpath(*parts)


def guide_path(language: str) -> Path:
    """The assessor's guide in ``language`` (``resources/guide/guide_<code>.html``), or the
    English one when that language has none."""
    path = resource_path("guide", f"guide_{language}.html")
    return path if path.is_file() else resource_path("guide", "guide_en.html")
