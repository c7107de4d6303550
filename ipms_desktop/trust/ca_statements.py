"""The CA's signed statements: a cycle's team assignments and links from a replaced key.

The CA folder keeps, per cycle, the latest assignments it published
(``assignments/<cycle>.json``, the signed payload) so that each ``ipms admin assign`` adds
or replaces one institution's team and signs the whole cycle again with the next serial.
Every certificate named must chain to this root, hold the right role and not be revoked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.assignments import (
    DOCUMENT_TYPE as ASSIGNMENTS_TYPE,
)
from ipms_desktop.trust.assignments import (
    AssignedPerson,
    Assignment,
    TeamAssignments,
    assignments_from_payload,
    assignments_payload,
    institution_key,
)
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    check_issued_by_root,
    public_key_id,
    subject_text,
)
from ipms_desktop.trust.extensions import ROLE_ASSESSOR, ROLE_TEAM_LEAD, role_of
from ipms_desktop.trust.key_links import DOCUMENT_TYPE as KEY_LINK_TYPE
from ipms_desktop.trust.key_links import KeyLink, key_link_between
from ipms_desktop.trust.statements import sign_statement


def _person_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else subject_text(certificate)


def _check_certified(
    authority: CertificateAuthority, certificate: x509.Certificate, role: str | None
) -> None:
    try:
        check_issued_by_root(certificate, authority.root_certificate())
    except CredentialRejected:
        raise IpmsError(
            msgs.CERTIFICATE_NOT_ISSUED_CA, certificate=subject_text(certificate)
        ) from None
    if authority.crl().get_revoked_certificate_by_serial_number(certificate.serial_number):
        raise IpmsError(msgs.CERTIFICATE_REVOKED, certificate=subject_text(certificate))
    if role is not None and role_of(certificate) != role:
        raise IpmsError(
            msgs.HOLDS_ROLE_NOT,
            certificate=subject_text(certificate),
            value=role_of(certificate) or "none",
            role=role,
        )


def assignments_record(authority: CertificateAuthority, cycle: int) -> Path:
    return authority.folder / "assignments" / f"{cycle}.json"


def published_assignments(authority: CertificateAuthority, cycle: int) -> TeamAssignments | None:
    record = assignments_record(authority, cycle)
    if not record.exists():
        return None
    try:
        payload = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise IpmsError(msgs.DAMAGED_RESTORE_FROM_CA_FOLDER, record=record) from None
    return assignments_from_payload(payload, str(record))


def assign_team(
    authority: CertificateAuthority,
    ca_passphrase: str,
    *,
    cycle: int,
    institution: str,
    team_lead: x509.Certificate,
    assessors: Sequence[x509.Certificate] = (),
    now: datetime | None = None,
) -> tuple[TeamAssignments, bytes]:
    """Add or replace ``institution``'s team for ``cycle``; the cycle's new signed file."""
    if not 0 < cycle < 2**31:
        raise IpmsError(msgs.CYCLE_MUST_YEAR_SUCH)
    name = institution_key(institution)
    if not name:
        raise IpmsError(msgs.NAME_INSTITUTION_INSTITUTION)
    _check_certified(authority, team_lead, ROLE_TEAM_LEAD)
    for certificate in assessors:
        _check_certified(authority, certificate, ROLE_ASSESSOR)
    previous = published_assignments(authority, cycle)
    entries = dict(previous.assignments) if previous else {}
    entries[name] = Assignment(
        name,
        AssignedPerson(public_key_id(team_lead), _person_name(team_lead)),
        tuple(AssignedPerson(public_key_id(c), _person_name(c)) for c in assessors),
    )
    serial = (previous.serial if previous else 0) + 1
    issued = (now or datetime.now(UTC)).replace(microsecond=0)
    payload = assignments_payload(cycle, serial, issued, list(entries.values()))
    data = sign_statement(ASSIGNMENTS_TYPE, payload, authority.root_key(ca_passphrase))
    record = assignments_record(authority, cycle)
    record.parent.mkdir(mode=0o700, exist_ok=True)
    write_bytes_atomically(record, json.dumps(payload, ensure_ascii=False, indent=1).encode())
    return assignments_from_payload(payload, str(record)), data


def link_keys(
    authority: CertificateAuthority,
    ca_passphrase: str,
    previous: x509.Certificate,
    following: x509.Certificate,
    *,
    now: datetime | None = None,
) -> tuple[KeyLink, bytes]:
    """A signed statement that ``following``'s key continues ``previous``'s lineage."""
    _check_certified(authority, following, None)
    try:
        check_issued_by_root(previous, authority.root_certificate())
    except CredentialRejected:
        raise IpmsError(
            msgs.PREVIOUS_CERTIFICATE_NOT_ISSUED_CA, previous=subject_text(previous)
        ) from None
    if role_of(previous) != role_of(following):
        raise IpmsError(
            msgs.PREVIOUS_CERTIFICATE_HOLDS_ROLE_NEXT,
            value=role_of(previous) or "none",
            value2=role_of(following) or "none",
        )
    if previous == following:
        raise IpmsError(msgs.PREVIOUS_NEXT_CERTIFICATE_ARE_SAME)
    issued = (now or datetime.now(UTC)).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    link = key_link_between(previous, following, _person_name(following), issued)
    return link, sign_statement(KEY_LINK_TYPE, link.payload(), authority.root_key(ca_passphrase))
