"""Finding and loading the framework files shipped under ``resources/frameworks/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks.model import Framework
from ipms_desktop.frameworks.validation import validate_framework_data
from ipms_desktop.messages import frameworks as msgs
from ipms_desktop.resources import resource_path
from ipms_desktop.settings import INPUT
from ipms_desktop.user_files import read_user_json


def frameworks_dir() -> Path:
    return resource_path("frameworks")


def read_framework_json(path: Path) -> object:
    """The parsed JSON of a framework file, or an ``IpmsError`` naming the file and place."""
    return read_user_json(path, "framework file", INPUT.framework_json_max_bytes)


def load_framework_file(path: Path) -> Framework:
    """Load and validate one framework file; the file must be named after its id."""
    framework = validate_framework_data(read_framework_json(path), str(path))
    if path.suffix == ".json" and path.stem != framework.id:
        raise IpmsError(msgs.FRAMEWORK_FILE_ID_DOES_NOT, path=path, framework_id=framework.id)
    return framework


@cache
def _shipped(framework_id: str) -> Framework:
    return load_framework_file(frameworks_dir() / f"{framework_id}.json")


def framework_ids() -> list[str]:
    """Ids of the shipped frameworks, in file-name order."""
    return sorted(path.stem for path in frameworks_dir().glob("*.json"))


def load_framework(framework_id: str) -> Framework:
    """The shipped framework ``framework_id``; an unknown id names the known ones."""
    known = framework_ids()
    if framework_id not in known:
        raise IpmsError(
            msgs.UNKNOWN_FRAMEWORK_KNOWN_FRAMEWORKS,
            framework_id=framework_id,
            value=", ".join(known) or "none",
        )
    return _shipped(framework_id)


def previous_dir() -> Path:
    """Earlier versions of the shipped frameworks (``<id>-<version>.json``), kept so that
    assessments and bundles scored against them still open and merge."""
    return frameworks_dir() / "previous"


@cache
def _previous_versions() -> dict[tuple[str, str], Framework]:
    versions: dict[tuple[str, str], Framework] = {}
    for path in sorted(previous_dir().glob("*.json")):
        framework = validate_framework_data(read_framework_json(path), str(path))
        versions[(framework.id, framework.content_hash)] = framework
    return versions


def load_framework_version(framework_id: str, content_hash: str) -> Framework | None:
    """The shipped framework ``framework_id`` in the version ``content_hash`` (the current
    file or an earlier one kept under ``previous/``), or ``None`` when it is not shipped."""
    current = load_framework(framework_id)
    if current.content_hash == content_hash:
        return current
    return _previous_versions().get((framework_id, content_hash))


def list_frameworks() -> list[Framework]:
    """Every shipped framework, validated."""
    return [load_framework(framework_id) for framework_id in framework_ids()]


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """``2013.10`` after ``2013.9``: numeric parts compare as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in version.split("."))


def list_framework_versions() -> list[Framework]:
    """Every framework version this installation opens, each framework's current file
    followed by its earlier versions kept under ``previous/``, newest first. Work scored
    against an earlier version exports and merges only while trust settings allow it."""
    versions: list[Framework] = []
    for current in list_frameworks():
        earlier = [
            f for (framework_id, _), f in _previous_versions().items() if framework_id == current.id
        ]
        earlier.sort(key=lambda f: _version_key(f.version), reverse=True)
        versions.extend([current, *earlier])
    return versions
