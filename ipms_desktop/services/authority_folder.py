"""The authority folder: what the administration window reads and keeps in the CA folder
besides the CA itself.

Beside ``root.pem`` and the keys (``trust.ca``), the folder holds the list of institutions
CoMSEC assesses (``institutions.json``) and framework versions imported from the Excel
template (``frameworks/<id>-<version>.json``), so one backed-up folder is the whole
administration. The institutions list is kept in the provisioning format and read through
its one reader (``provisioning.read_institutions``), so the file the window keeps is the
file ``packaging/build.py --institutions`` accepts. The window calls these, slow ones on a
worker thread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.oid import NameOID

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, list_framework_versions
from ipms_desktop.messages import services as msgs
from ipms_desktop.provisioning import (
    INSTITUTIONS_FILE_NAME,
    MAX_INSTITUTIONS_FILE_BYTES,
    Institution,
    institutions_document,
    read_institutions,
)
from ipms_desktop.services.passphrase_policy import require_acceptable
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.extensions import RECIPIENT_KEY_OID, role_of
from ipms_desktop.trust.keyfile import PRODUCTION_ARGON2, Argon2Parameters
from ipms_desktop.trust.recipients import RecipientPublicKey
from ipms_desktop.trust.requests import load_certificate_request
from ipms_desktop.user_files import read_user_json

if TYPE_CHECKING:
    from ipms_desktop.frameworks.problems import Problem
    from ipms_desktop.services.open_profile import OpenProfile

FRAMEWORKS_FOLDER = "frameworks"
CA_SETTING = "administration.ca_folder"


def has_authority(folder: Path | None) -> bool:
    return folder is not None and CertificateAuthority(folder).root_path.is_file()


ROOT_KEY_PASSPHRASE = "the root key passphrase"
CONSOLIDATION_KEY_PASSPHRASE = "the consolidation key passphrase"
ESCROW_KEY_PASSPHRASE = "the escrow key passphrase"


def check_authority_passphrases(ca_passphrase: str, key_passphrase: str) -> None:
    """The CA rule: each key file's passphrase passes the policy, and the two differ (one
    leaked passphrase must not open both the signing key and every bundle)."""
    require_acceptable(ca_passphrase, ROOT_KEY_PASSPHRASE)
    require_acceptable(
        key_passphrase,
        CONSOLIDATION_KEY_PASSPHRASE,
        distinct_from={"root key passphrase": ca_passphrase},
    )


def create_authority(
    folder: Path,
    name: str,
    ca_passphrase: str,
    key_passphrase: str,
    *,
    kdf: Argon2Parameters = PRODUCTION_ARGON2,
) -> CertificateAuthority:
    """A new CA in ``folder`` once the passphrases pass the CA rule; a refusal creates
    nothing, not even the folder."""
    check_authority_passphrases(ca_passphrase, key_passphrase)
    return CertificateAuthority.create(folder, name, ca_passphrase, key_passphrase, kdf=kdf)


def create_escrow_key(
    authority: CertificateAuthority,
    passphrase: str,
    *,
    kdf: Argon2Parameters = PRODUCTION_ARGON2,
) -> RecipientPublicKey:
    """The CA's escrow key pair, its key file under a passphrase the policy accepts."""
    require_acceptable(passphrase, ESCROW_KEY_PASSPHRASE)
    return authority.create_escrow_key(passphrase, kdf=kdf)


def known_authority(training_dir: Path, profile: OpenProfile | None) -> Path | None:
    """The CA folder on this computer: the one last used by this profile, else the training CA."""
    if profile is not None:
        remembered = profile.settings.get(CA_SETTING)
        if remembered and has_authority(Path(remembered)):
            return Path(remembered)
    return training_dir if has_authority(training_dir) else None


@dataclass(frozen=True)
class RequestSummary:
    """What the administrator checks before signing: who, and which key."""

    subject: str
    holder: str
    key_fingerprint: str
    receives_bundles: bool
    data: bytes


def read_request(path: Path) -> RequestSummary:
    """The verified request at ``path`` and the SHA-256 of its signing key."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise IpmsError(msgs.CANNOT_READ_3, path=path, strerror=error.strerror) from None
    request = load_certificate_request(data, str(path))
    raw_key = request.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    holder = request.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    try:
        request.extensions.get_extension_for_oid(RECIPIENT_KEY_OID)
        receives = True
    except x509.ExtensionNotFound:
        receives = False
    return RequestSummary(
        subject=request.subject.rfc4514_string(),
        holder=str(holder),
        key_fingerprint="sha256:" + hashlib.sha256(raw_key).hexdigest(),
        receives_bundles=receives,
        data=data,
    )


@dataclass(frozen=True)
class IssuedCertificate:
    path: Path
    certificate: x509.Certificate
    holder: str
    role: str
    fingerprint: str
    valid_until: datetime
    revoked: bool


def issued_certificates(authority: CertificateAuthority) -> list[IssuedCertificate]:
    """Every certificate this CA issued (its ``issued/`` folder), newest first."""
    crl = authority.crl()
    found = []
    for path in sorted(authority.issued_folder.glob("*.pem")):
        try:
            certificate = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError):
            continue
        names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        found.append(
            IssuedCertificate(
                path=path,
                certificate=certificate,
                holder=str(names[0].value) if names else certificate.subject.rfc4514_string(),
                role=role_of(certificate) or "",
                fingerprint=certificate_fingerprint(certificate),
                valid_until=certificate.not_valid_after_utc,
                revoked=crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
                is not None,
            )
        )
    return sorted(
        found,
        key=lambda entry: (entry.certificate.not_valid_before_utc, entry.path.stat().st_mtime_ns),
        reverse=True,
    )


def institutions_path(folder: Path) -> Path:
    return Path(folder) / INSTITUTIONS_FILE_NAME


def load_institutions(folder: Path) -> list[Institution]:
    """The CA folder's institutions list (empty when it has none yet).

    A bare JSON list of names, as earlier versions of the window wrote, is rewritten once
    in the provisioning format, then read like any other list.
    """
    path = institutions_path(folder)
    if not path.exists():
        return []
    _upgrade_bare_list(path)
    return list(read_institutions(path))


def _upgrade_bare_list(path: Path) -> None:
    try:
        data = read_user_json(path, "institutions list", MAX_INSTITUTIONS_FILE_BYTES)
    except IpmsError:
        return  # the reader names the fault
    if isinstance(data, list) and all(isinstance(name, str) for name in data):
        names = [" ".join(name.split()) for name in data]
        entries = _distinct([Institution(name) for name in names if name])
        if entries:
            write_bytes_atomically(path, institutions_document(entries))
        else:
            path.unlink()


def save_institutions(folder: Path, names: Sequence[str]) -> list[Institution]:
    """Keep ``names`` (spaces trimmed, no blanks or repeats, in the given order); returns
    the entries kept. A name already listed keeps its other fields (sector, governorate);
    an empty list removes the file, since a list needs at least one institution."""
    path = institutions_path(folder)
    known = {entry.name.casefold(): entry for entry in load_institutions(folder)}
    entries: list[Institution] = []
    for name in (" ".join(name.split()) for name in names):
        if name:
            previous = known.get(name.casefold())
            entries.append(replace(previous, name=name) if previous else Institution(name))
    kept = _distinct(entries)
    if not kept:
        path.unlink(missing_ok=True)
        return []
    write_bytes_atomically(path, institutions_document(kept))
    return kept


def set_institution_fields(folder: Path, name: str, sector: str, governorate: str) -> Institution:
    """Give the listed institution ``name`` its sector and governorate (blank: none), which
    group CoMSEC's workbook; returns the entry as kept."""
    entries = load_institutions(folder)
    for position, entry in enumerate(entries):
        if entry.name.casefold() == name.casefold():
            entries[position] = replace(
                entry,
                sector=" ".join(sector.split()) or None,
                governorate=" ".join(governorate.split()) or None,
            )
            write_bytes_atomically(institutions_path(folder), institutions_document(entries))
            return entries[position]
    raise IpmsError(msgs.INSTITUTION_NOT_LISTED_ADD_FIRST, name=name)


def _distinct(entries: list[Institution]) -> list[Institution]:
    kept: list[Institution] = []
    seen: set[str] = set()
    for entry in entries:
        if entry.name.casefold() not in seen:
            seen.add(entry.name.casefold())
            kept.append(entry)
    return kept


@dataclass(frozen=True)
class FrameworkVersion:
    framework: Framework
    imported_from: Path | None


def framework_versions(folder: Path) -> list[FrameworkVersion]:
    """The shipped framework versions (the current files, then the earlier versions kept for
    work scored against them), then those imported into this CA folder."""
    from ipms_desktop.frameworks.catalogue import read_framework_json
    from ipms_desktop.frameworks.validation import validate_framework_data

    versions = [FrameworkVersion(framework, None) for framework in list_framework_versions()]
    for path in sorted((Path(folder) / FRAMEWORKS_FOLDER).glob("*.json")):
        framework = validate_framework_data(read_framework_json(path), str(path))
        versions.append(FrameworkVersion(framework, path))
    return versions


def import_framework(folder: Path, workbook: Path) -> tuple[list[Problem], Path | None]:
    """Every problem of ``workbook``; with none, the framework is kept and its file named."""
    from ipms_desktop.frameworks.validation import validate_framework_data
    from ipms_desktop.frameworks.xlsx import collect_xlsx_problems, import_framework_xlsx

    problems = collect_xlsx_problems(workbook)
    if problems:
        return problems, None
    data = import_framework_xlsx(workbook)
    framework = validate_framework_data(data, str(workbook))
    target = Path(folder) / FRAMEWORKS_FOLDER / f"{framework.id}-{framework.version}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    write_bytes_atomically(target, text.encode("utf-8"))
    return [], target
