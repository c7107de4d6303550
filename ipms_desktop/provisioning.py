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
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ipms_desktop.errors import IpmsError
from ipms_desktop.resources import resources_dir

PROVISIONING_DIR_NAME = "provisioning"
TRUST_FILE_NAME = "trust.json"
INSTITUTIONS_FILE_NAME = "institutions.json"

INSTITUTIONS_DOCUMENT = "ipms-institutions"
INSTITUTIONS_FORMAT = 1
MAX_INSTITUTIONS_FILE_BYTES = 1024 * 1024
MAX_INSTITUTION_NAME_CHARS = 200


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
    where = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INSTITUTIONS_FILE_BYTES + 1)
    except OSError as error:
        raise IpmsError(f"{where}: cannot read the institutions list ({error.strerror})") from None
    if len(data) > MAX_INSTITUTIONS_FILE_BYTES:
        raise IpmsError(f"{where}: too large for an institutions list (at most 1 MiB)")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IpmsError(f"{where}: not UTF-8 JSON ({error}); fix the file and try again") from None
    if not isinstance(document, dict) or document.get("document") != INSTITUTIONS_DOCUMENT:
        raise IpmsError(
            f'{where}: not an institutions list (expected "document": "{INSTITUTIONS_DOCUMENT}")'
        )
    if document.get("format") != INSTITUTIONS_FORMAT:
        raise IpmsError(
            f"{where}: institutions list format {document.get('format')!r} is not supported "
            f"(this version reads {INSTITUTIONS_FORMAT})"
        )
    names = document.get("institutions")
    if not isinstance(names, list) or not names:
        raise IpmsError(f'{where}: "institutions" must be a non-empty list of names')
    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            raise IpmsError(
                f"{where}: institution {position} must be a name without surrounding spaces"
            )
        if len(name) > MAX_INSTITUTION_NAME_CHARS:
            raise IpmsError(
                f"{where}: institution {position} is longer than "
                f"{MAX_INSTITUTION_NAME_CHARS} characters"
            )
        if name.casefold() in seen:
            raise IpmsError(f"{where}: institution {position} ({name!r}) is listed twice")
        seen.add(name.casefold())
    return tuple(names)


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
