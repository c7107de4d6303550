"""Assessment documents and opened-bundle values for the consolidation and report tests."""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from pathlib import Path
from typing import Any

from ipms_desktop.consolidation.database import ConsolidationDatabase, open_consolidation_database
from ipms_desktop.consolidation.incoming import IncomingBundle
from ipms_desktop.consolidation.teams import install_assignments
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, load_framework
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.trust.assignments import (
    AssignedPerson,
    Assignment,
    TeamAssignments,
    institution_key,
)

COMMON_STRENGTH = "Leaders  meet staff every month"
# Cheap key-slot parameters, passed explicitly: production defaults stay strong.
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"


def open_local(path: Path) -> ConsolidationDatabase:
    """A local consolidation file (created on first use) with the test passphrase."""
    return open_consolidation_database(
        str(path), lambda _creating: PASSPHRASE, kdf_params=CHEAP_KDF
    )


def fingerprint_of(name: str) -> str:
    return "sha256:" + hashlib.sha256(name.encode()).hexdigest()


def key_of(name: str) -> str:
    """A stand-in signing key id for the person called ``name``."""
    return "sha256:" + hashlib.sha256(f"key of {name}".encode()).hexdigest()


def assessment_document(
    framework: Framework | None = None,
    *,
    institution: str = "Ministry of Trade",
    cycle: int = 2026,
    assessment_id: str | None = None,
    revision: int = 1,
    assessor: str = "Assessor One",
    seed: int = 0,
    base: int | None = None,
) -> dict[str, Any]:
    """A complete, legal assessment document with random (seeded) RADAR scores.

    With ``base`` every attribute scores ``base`` (plus nothing), for exact expectations.
    """
    framework = framework or load_framework("efqm-2013")
    rng = random.Random(seed)
    panel = framework.default_panel
    items: dict[str, Any] = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        legal = attribute_set.legal_scores()
        attributes = {
            attribute_id: base if base is not None else rng.choice(legal[4:18])
            for attribute_id in attribute_set.attributes
        }
        items[item_id] = {
            "attributes": attributes,
            "strengths": [
                f"Strength {rng.randint(1, 9)} seen in {item_id}",
                COMMON_STRENGTH.lower() if item_id == "1a" else f"Shared strength {item_id}",
            ],
            "afis": [f"Improve the review cycle of {item_id}"],
            "site_visit_issues": [],
            "evidence": [],
        }
    return {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": assessment_id or uuid.uuid4().hex,
        "revision": revision,
        "institution": institution,
        "cycle": cycle,
        "framework": {"id": framework.id, "hash": framework.content_hash},
        "panel": panel.id,
        "assessor": {"name": assessor, "certificate_fingerprint": fingerprint_of(assessor)},
        "audit_head": hashlib.sha256(f"{assessor}{revision}".encode()).hexdigest(),
        "items": items,
    }


def incoming(
    document: dict[str, Any], *, bundle_id: str | None = None, source: str = "bundle.ipmsb"
) -> IncomingBundle:
    """The opened-bundle value the merge would get from the reader for ``document``."""
    kind = "assessment" if document["document"] == "ipms-assessment" else "consensus"
    signer = document["assessor" if kind == "assessment" else "team_lead"]
    return IncomingBundle(
        source=Path(source),
        bundle_id=bundle_id or uuid.uuid4().hex,
        kind=kind,
        assessment_id=document["assessment_id"],
        revision=document["revision"],
        institution=document["institution"],
        cycle=document["cycle"],
        framework_id=document["framework"]["id"],
        framework_hash=document["framework"]["hash"],
        signer_fingerprint=signer["certificate_fingerprint"],
        signer_key=key_of(signer["name"]),
        signer_name=signer["name"],
        created_at="2026-11-22T10:00:00Z",
        audit_head=document["audit_head"],
        document=document,
    )


def assign_team(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    lead: str,
    assessors: tuple[str, ...] = (),
    *,
    serial: int = 1,
) -> None:
    """Install team assignments (as a verified file would be) naming people by ``key_of``."""
    published = TeamAssignments(
        cycle,
        serial,
        "2026-11-01T08:00:00Z",
        {
            institution_key(institution): Assignment(
                institution_key(institution),
                AssignedPerson(key_of(lead), lead),
                tuple(AssignedPerson(key_of(name), name) for name in assessors),
            )
        },
    )
    database.run_transaction(lambda connection: install_assignments(connection, published))


def write_fake_bundle(folder: Path, value: IncomingBundle, name: str | None = None) -> Path:
    """A JSON stand-in for a bundle file, read back by ``json_opener``."""
    path = folder / (name or f"{value.bundle_id}.json")
    fields = {key: getattr(value, key) for key in IncomingBundle.__dataclass_fields__}
    fields["source"] = str(path)
    path.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    return path


def json_opener(path: Path) -> IncomingBundle:
    """Opens the stand-ins written by ``write_fake_bundle`` (verification is the reader's job)."""
    try:
        fields = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IpmsError(f"not-a-bundle: {error}") from None
    fields["source"] = Path(fields["source"])
    return IncomingBundle(**fields)
