"""The one place that knows where shipped resources live.

Frameworks, translations, the glossary, fonts, icons and Qt Designer forms are found
relative to the source tree, or relative to the unpacked application when frozen by PyInstaller, so
every caller asks here instead of building paths of its own.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

GLOSSARY_LANGUAGES = ("en", "ar", "ckb")


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


class GlossaryTerm(NamedTuple):
    """A domain term: its word in each language, the forms (stems) a translation may use,
    and the rival words the glossary replaced, by language (``en``, ``ar``, ``ckb``)."""

    id: str
    term: Mapping[str, str]
    forms: Mapping[str, tuple[str, ...]]
    rivals: Mapping[str, tuple[str, ...]]
    match_case: bool = False


def glossary() -> tuple[GlossaryTerm, ...]:
    """The programme's domain terms (``resources/glossary.json``), so that screens, reports
    and messages call one thing by one name in every language."""
    import json  # here: this module is on the path to the first screen, the glossary is not

    data = json.loads(resource_path("glossary.json").read_text(encoding="utf-8"))
    return tuple(
        GlossaryTerm(
            id=entry["id"],
            term={language: entry[language]["term"] for language in GLOSSARY_LANGUAGES},
            forms={language: tuple(entry[language]["forms"]) for language in GLOSSARY_LANGUAGES},
            rivals={
                language: tuple(entry[language].get("rivals", ()))
                for language in GLOSSARY_LANGUAGES
            },
            match_case=entry["en"].get("match_case", False),
        )
        for entry in data["terms"]
    )
