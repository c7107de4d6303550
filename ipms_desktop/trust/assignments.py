"""Team assignments: which team lead (and which assessors) covers each institution in a cycle.

CoMSEC publishes them per cycle, signed by the root (``ipms admin assign``); a merge
accepts a consensus only from the lead assigned to its institution, and, where the
assignment names assessors, individual assessments only from them. People are named by
their signing key (``public_key_id``), so renewing a certificate with the same key keeps
the assignment valid. Each new publication for a cycle carries a higher serial.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.statements import read_statement

DOCUMENT_TYPE = "ipms-team-assignments"
_KEY_ID = re.compile(r"sha256:[0-9a-f]{64}")
MAX_NAME_CHARS = 500


def institution_key(name: str) -> str:
    """How an institution's name is compared: NFC, white space collapsed and trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


@dataclass(frozen=True)
class AssignedPerson:
    key_id: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"key": self.key_id, "name": self.name}


@dataclass(frozen=True)
class Assignment:
    """One institution's team for the cycle."""

    institution: str
    team_lead: AssignedPerson
    assessors: tuple[AssignedPerson, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "institution": self.institution,
            "team_lead": self.team_lead.to_json(),
            "assessors": [person.to_json() for person in self.assessors],
        }


@dataclass(frozen=True)
class TeamAssignments:
    """A verified publication of one cycle's assignments."""

    cycle: int
    serial: int
    issued: str
    assignments: Mapping[str, Assignment]

    def for_institution(self, institution: str) -> Assignment | None:
        return self.assignments.get(institution_key(institution))

    def payload(self) -> dict[str, Any]:
        return {
            "cycle": self.cycle,
            "serial": self.serial,
            "issued": self.issued,
            "institutions": [a.to_json() for a in self.assignments.values()],
        }


def assignments_payload(
    cycle: int, serial: int, issued: datetime, assignments: list[Assignment]
) -> dict[str, Any]:
    return TeamAssignments(
        cycle,
        serial,
        issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
        {institution_key(a.institution): a for a in assignments},
    ).payload()


def load_assignments(data: bytes, root: x509.Certificate, where: str) -> TeamAssignments:
    """A verified assignments file (signed by ``root``)."""
    return assignments_from_payload(read_statement(data, DOCUMENT_TYPE, root, where), where)


def assignments_from_payload(payload: Mapping[str, Any], where: str) -> TeamAssignments:
    cycle, serial = payload.get("cycle"), payload.get("serial")
    if not _positive(cycle) or not _positive(serial):
        raise IpmsError(msgs.CYCLE_SERIAL_MUST_POSITIVE_INTEGERS, where=where)
    issued = payload.get("issued")
    if not isinstance(issued, str) or len(issued) > 40:
        raise IpmsError(msgs.ISSUED_MUST_UTC_TIME, where=where)
    entries = payload.get("institutions")
    if not isinstance(entries, list):
        raise IpmsError(msgs.INSTITUTIONS_MUST_LIST, where=where)
    assignments: dict[str, Assignment] = {}
    for entry in entries:
        assignment = _assignment(entry, where)
        key = institution_key(assignment.institution)
        if key in assignments:
            raise IpmsError(msgs.INSTITUTION_ASSIGNED_TWICE, where=where, key=repr(key))
        assignments[key] = assignment
    assert isinstance(cycle, int) and isinstance(serial, int)
    return TeamAssignments(cycle, serial, issued, assignments)


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31


def _assignment(entry: object, where: str) -> Assignment:
    if not isinstance(entry, Mapping):
        raise IpmsError(msgs.EACH_INSTITUTION_ENTRY_MUST_OBJECT, where=where)
    institution = entry.get("institution")
    if not isinstance(institution, str) or not institution_key(institution):
        raise IpmsError(msgs.ENTRY_NAMES_NO_INSTITUTION, where=where)
    assessors = entry.get("assessors", [])
    if not isinstance(assessors, list):
        raise IpmsError(msgs.ASSESSORS_MUST_LIST, where=where, institution=repr(institution))
    return Assignment(
        institution_key(institution),
        _person(entry.get("team_lead"), where),
        tuple(_person(person, where) for person in assessors),
    )


def _person(value: object, where: str) -> AssignedPerson:
    if (
        not isinstance(value, Mapping)
        or not isinstance(value.get("key"), str)
        or not _KEY_ID.fullmatch(value["key"])
        or not isinstance(value.get("name"), str)
        or len(value["name"]) > MAX_NAME_CHARS
    ):
        raise IpmsError(msgs.EACH_PERSON_NEEDS_KEY_SHA, where=where)
    return AssignedPerson(value["key"], value["name"])
