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

from cryptography.x509.oid import NameOID

from ipms_desktop.bundles.format import KINDS, format_time
from ipms_desktop.bundles.writer import BundleSigner, WrittenBundle, write_bundle
from ipms_desktop.consolidation.consensus import consensus_document, load_consensus, reserve_export
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.incoming import IncomingBundle, check_incoming
from ipms_desktop.consolidation.merge import import_bundle
from ipms_desktop.consolidation.schema import KIND_CONSENSUS
from ipms_desktop.errors import IpmsError
from ipms_desktop.trust.certificates import (
    CredentialRejected,
    certificate_fingerprint,
    check_signer,
)
from ipms_desktop.trust.profile_credentials import SecretStore, require_trust, signing_credentials
from ipms_desktop.trust.recipients import RecipientPublicKey


def export_consensus(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    profile: SecretStore,
    out_path: Path,
    extra_recipients: Sequence[RecipientPublicKey] = (),
) -> WrittenBundle:
    """Sign and encrypt the consensus of ``institution`` for ``cycle`` to ``out_path``."""
    trust = require_trust(profile)
    signing_key, certificate = signing_credentials(profile)
    try:
        check_signer(
            certificate,
            trust.root,
            trust.crl,
            at=datetime.now(UTC),
            allowed_roles=KINDS[KIND_CONSENSUS].signer_roles,
        )
    except CredentialRejected as error:
        raise IpmsError(
            f"this profile's certificate cannot sign a consensus ({error}); a team-lead "
            "certificate from CoMSEC is needed"
        ) from None
    view = load_consensus(database, institution, cycle)
    if view.framework.content_hash not in trust.allowed_framework_hashes:
        raise IpmsError(
            f"framework {view.framework.id} ({view.framework.content_hash}) is not approved by "
            "the installed trust settings; install current trust settings from CoMSEC"
        )
    consensus_id, revision = reserve_export(database, institution, cycle)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    team_lead = str(names[0].value) if names else certificate.subject.rfc4514_string()
    fingerprint = certificate_fingerprint(certificate)
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
        signer=BundleSigner(signing_key, certificate),
        recipients=[*trust.default_recipients(), *extra_recipients],
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
        signer_name=team_lead,
        created_at=format_time(created),
        audit_head=document["audit_head"],
        document=document,
    )
    check_incoming(recorded)
    database.run_transaction(lambda connection: import_bundle(connection, recorded))
    return written
