"""Exporting the agreed consensus as a bundle signed by the team lead's certificate.

Mirrors the assessment export: the signing key and certificate come from the team
lead's encrypted profile, the recipients from its trust settings (CoMSEC's
consolidation keys) plus any ``--to`` certificates. The revision is reserved in the
consolidation database first, so a failed write only skips a number; once the file is
written the consensus is also recorded in the database as merged, so this team lead's
own reports use it straight away.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from ipms_desktop.bundles.export_signer import prepare_export
from ipms_desktop.bundles.format import format_time
from ipms_desktop.bundles.writer import WrittenBundle, write_bundle
from ipms_desktop.consolidation.consensus import (
    consensus_document,
    load_consensus,
    reserve_export,
    start_consensus,
)
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.incoming import IncomingBundle, check_incoming
from ipms_desktop.consolidation.merge import import_bundle
from ipms_desktop.consolidation.schema import KIND_CONSENSUS
from ipms_desktop.trust.certificates import public_key_id
from ipms_desktop.trust.profile_credentials import SecretStore
from ipms_desktop.trust.recipients import RecipientPublicKey


def export_consensus(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    keys: SecretStore,
    out_path: Path,
    extra_recipients: Sequence[RecipientPublicKey] = (),
) -> WrittenBundle:
    """Sign and encrypt the consensus of ``institution`` for ``cycle`` to ``out_path``.

    A consensus not started yet is started first, so that the export rests on frozen
    individual revisions.
    """
    start_consensus(database, institution, cycle)
    view = load_consensus(database, institution, cycle)
    export = prepare_export(
        keys,
        KIND_CONSENSUS,
        view.framework.id,
        view.framework.content_hash,
        extra_recipients,
    )
    consensus_id, revision = reserve_export(database, institution, cycle)
    team_lead = export.name
    fingerprint = export.fingerprint
    document = consensus_document(
        view,
        consensus_id=consensus_id,
        revision=revision,
        team_lead_name=team_lead,
        team_lead_fingerprint=fingerprint,
    )
    created = datetime.now(UTC)
    written = write_bundle(
        out_path,
        kind=KIND_CONSENSUS,
        document=document,
        evidence=[],
        signer=export.signer,
        recipients=export.recipients,
        now=created,
    )
    recorded = IncomingBundle(
        source=Path(out_path),
        bundle_id=written.bundle_id,
        kind=KIND_CONSENSUS,
        assessment_id=consensus_id,
        revision=revision,
        institution=institution,
        cycle=cycle,
        framework_id=view.framework.id,
        framework_hash=view.framework.content_hash,
        signer_fingerprint=fingerprint,
        signer_key=public_key_id(export.signer.certificate),
        signer_name=team_lead,
        created_at=format_time(created),
        audit_head=document["audit_head"],
        document=document,
    )
    check_incoming(recorded)
    # The lead's own record of what they sent: CoMSEC's assignments are checked where
    # consensus bundles arrive, not in the database the lead builds them in.
    database.run_transaction(
        lambda connection: import_bundle(connection, recorded, check_assignment=False)
    )
    return written
