"""Where an installed application finds the files its administrator provisioned it with.

``packaging/build.py --trust FILE --institutions FILE`` copies CoMSEC's signed trust settings
and the list of institutions into a ``provisioning/`` folder beside the programs. A
provisioned application starts by installing that trust file into the new profile; an
application without one offers the training profile instead. Finding the files is cheap
(no cryptography is imported here), so the first window can ask before it paints; the trust
file is verified when it is installed, exactly like one the assessor picks by hand.

The institutions list is a small JSON document so that one installer can offer the names of
the cycle's institutions, spelled the same way on every laptop::

    {"document": "ipms-institutions", "format": 1, "institutions": ["Ministry of Trade", ...]}

An entry is a name, or an object with the name and optional descriptive fields
(``{"name": "Ministry of Trade", "sector": "...", "governorate": "..."}``). The
administration window writes this same document (``institutions_document``) and reads it
back through ``read_institutions``, so the file it keeps is the file an installer carries.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import provisioning as msgs
from ipms_desktop.resources import resources_dir
from ipms_desktop.user_files import read_user_json

PROVISIONING_DIR_NAME = "provisioning"
TRUST_FILE_NAME = "trust.json"
INSTITUTIONS_FILE_NAME = "institutions.json"

INSTITUTIONS_DOCUMENT = "ipms-institutions"
INSTITUTIONS_FORMAT = 1
MAX_INSTITUTIONS_FILE_BYTES = 1024 * 1024
MAX_INSTITUTION_NAME_CHARS = 200
# Optional descriptive fields an entry may carry besides its name (each text or absent).
INSTITUTION_FIELDS = ("sector", "governorate")


@dataclass(frozen=True)
class Institution:
    """One entry of the institutions list: the name, and optional descriptive fields."""

    name: str
    sector: str | None = None
    governorate: str | None = None

    def to_json(self) -> str | dict[str, str]:
        """A bare name when there is nothing else, else an object (the smaller file)."""
        extra = {key: getattr(self, key) for key in INSTITUTION_FIELDS if getattr(self, key)}
        return {"name": self.name, **extra} if extra else self.name


def provisioning_dirs() -> list[Path]:
    """The folders searched for provisioning files, first match wins.

    Frozen: beside the executable (Windows and Linux installs, also after a symlink from
    /usr/bin is followed), then the macOS bundle's ``Contents/Resources``. Always: the
    folder holding ``resources/`` (the unpacked bundle, or the source checkout).
    """
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        executable_dir = Path(sys.executable).resolve().parent
        candidates.append(executable_dir / PROVISIONING_DIR_NAME)
        if sys.platform == "darwin":
            candidates.append(executable_dir.parent / "Resources" / PROVISIONING_DIR_NAME)
    candidates.append(resources_dir().parent / PROVISIONING_DIR_NAME)
    return list(dict.fromkeys(candidates))


def _provisioned_file(name: str, search: list[Path] | None) -> Path | None:
    for folder in provisioning_dirs() if search is None else search:
        path = folder / name
        if path.is_file():
            return path
    return None


def provisioned_trust_path(search: list[Path] | None = None) -> Path | None:
    """The provisioned trust settings file, or ``None`` when this installation has none.

    The file is not verified here: install it with the profile's trust installation, which
    checks its signature and reports a damaged or forged file.
    """
    return _provisioned_file(TRUST_FILE_NAME, search)


def provisioned_institutions_path(search: list[Path] | None = None) -> Path | None:
    """The provisioned institutions list, or ``None``; read it with :func:`load_institutions`."""
    return _provisioned_file(INSTITUTIONS_FILE_NAME, search)


def load_institutions(path: Path) -> tuple[str, ...]:
    """The institution names in ``path``, in file order; raises IpmsError naming the fault."""
    return tuple(entry.name for entry in read_institutions(path))


def read_institutions(path: Path) -> tuple[Institution, ...]:
    """The entries of the institutions list at ``path``, in file order (the one reader)."""
    where = str(path)
    document = read_user_json(path, "institutions list", MAX_INSTITUTIONS_FILE_BYTES)
    if not isinstance(document, dict) or document.get("document") != INSTITUTIONS_DOCUMENT:
        raise IpmsError(
            msgs.NOT_INSTITUTIONS_LIST_EXPECTED_DOCUMENT,
            where=where,
            institutions_document=INSTITUTIONS_DOCUMENT,
        )
    if document.get("format") != INSTITUTIONS_FORMAT:
        raise IpmsError(
            msgs.INSTITUTIONS_LIST_FORMAT_NOT_SUPPORTED,
            where=where,
            value=repr(document.get("format")),
            institutions_format=INSTITUTIONS_FORMAT,
        )
    entries = document.get("institutions")
    if not isinstance(entries, list) or not entries:
        raise IpmsError(msgs.INSTITUTIONS_MUST_NON_EMPTY_LIST, where=where)
    seen: set[str] = set()
    found: list[Institution] = []
    for position, raw in enumerate(entries, start=1):
        entry = _institution(raw, f"{where}: institution {position}")
        if entry.name.casefold() in seen:
            raise IpmsError(
                msgs.INSTITUTION_LISTED_TWICE,
                where=where,
                position=position,
                entry_name=repr(entry.name),
            )
        seen.add(entry.name.casefold())
        found.append(entry)
    return tuple(found)


def _checked_text(value: object, where: str, field: str = "name") -> str:
    """A name (or a descriptive field) as the reader accepts it, else the fault named."""
    subject = where if field == "name" else f"{where}: {field}"
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise IpmsError(
            msgs.MUST_NAME_WITHOUT_SURROUNDING_SPACES
            if field == "name"
            else msgs.MUST_TEXT_WITHOUT_SURROUNDING_SPACES,
            where=subject,
        )
    if len(value) > MAX_INSTITUTION_NAME_CHARS:
        raise IpmsError(
            msgs.INSTITUTION_NAME_TOO_LONG,
            subject=subject,
            limit=str(MAX_INSTITUTION_NAME_CHARS),
        )
    return value


def _institution(raw: object, where: str) -> Institution:
    """One entry: a name, or an object with ``name`` and the optional fields."""
    if isinstance(raw, str):
        return Institution(_checked_text(raw, where))
    if not isinstance(raw, dict):
        raise IpmsError(msgs.MUST_NAME_WITHOUT_SURROUNDING_SPACES, where=where)
    unknown = sorted(set(raw) - {"name", *INSTITUTION_FIELDS})
    if unknown:
        raise IpmsError(
            msgs.UNKNOWN_FIELD_S_KNOWN_NAME,
            where=where,
            unknown=", ".join(unknown),
            institution_fields=", ".join(INSTITUTION_FIELDS),
        )
    fields = {
        key: _checked_text(raw[key], where, key)
        for key in INSTITUTION_FIELDS
        if raw.get(key) is not None
    }
    return Institution(_checked_text(raw.get("name"), where), **fields)


def institutions_document(entries: Sequence[Institution]) -> bytes:
    """The institutions list ``read_institutions`` reads, as UTF-8 JSON bytes.

    Raises IpmsError for what the reader would refuse (an empty list, a blank, overlong or
    repeated name), so a file written here always passes an installer build.
    """
    if not entries:
        raise IpmsError(msgs.INSTITUTIONS_LIST_NEEDS_LEAST_ONE)
    document = {
        "document": INSTITUTIONS_DOCUMENT,
        "format": INSTITUTIONS_FORMAT,
        "institutions": [entry.to_json() for entry in entries],
    }
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    check = json.loads(data)["institutions"]
    seen: set[str] = set()
    for position, raw in enumerate(check, start=1):
        name = _institution(raw, f"institution {position}").name
        if name.casefold() in seen:
            raise IpmsError(msgs.INSTITUTION_LISTED_TWICE_2, position=position, name=repr(name))
        seen.add(name.casefold())
    if len(data) > MAX_INSTITUTIONS_FILE_BYTES:
        raise IpmsError(msgs.INSTITUTIONS_LIST_TOO_LARGE_MOST)
    return data


def describe_provisioning(trust: Path | None, institutions: Path | None) -> list[str]:
    """Verify the files an installer is about to carry; one summary line per file.

    The trust file must verify with its own root exactly as a profile will check it, so a
    damaged or forged file is refused when the installer is built, not on a laptop in the
    field. The root fingerprint is printed for the administrator to compare with the CA's.
    """
    summary: list[str] = []
    if trust is not None:
        from ipms_desktop.trust.trust_settings import load_trust_settings

        settings = load_trust_settings(trust)
        summary.append(
            f"trust settings {trust}: serial {settings.serial}, root {settings.root_fingerprint}"
        )
    if institutions is not None:
        names = load_institutions(institutions)
        summary.append(f"institutions list {institutions}: {len(names)} institutions")
    return summary
