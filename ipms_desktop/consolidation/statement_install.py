"""Installing CoMSEC's signed statements into a consolidation database.

``ipms merge --statement FILE`` (and the consolidation window) hand over team assignments
or key links; each is verified with the root of the trust settings in use, then kept in
the database so that later merges apply it without the file.
"""

from __future__ import annotations

from pathlib import Path

from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.signers import install_key_link
from ipms_desktop.consolidation.teams import install_assignments
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.trust import assignments, key_links
from ipms_desktop.trust.statements import MAX_STATEMENT_BYTES, statement_type
from ipms_desktop.trust.trust_settings import TrustSettings
from ipms_desktop.user_files import read_user_file


def install_statement(database: ConsolidationDatabase, path: Path, trust: TrustSettings) -> str:
    """Verify the statement file at ``path`` and install it; returns what was done."""
    where = str(path)
    data = read_user_file(Path(path), "signed statement", MAX_STATEMENT_BYTES)
    document_type = statement_type(data, where)
    if document_type == assignments.DOCUMENT_TYPE:
        published = assignments.load_assignments(data, trust.root, where)
        return database.run_transaction(
            lambda connection: install_assignments(connection, published)
        )
    if document_type == key_links.DOCUMENT_TYPE:
        link = key_links.load_key_link(data, trust.root, where)
        return database.run_transaction(lambda connection: install_key_link(connection, link))
    raise IpmsError(
        msgs.NOT_TEAM_ASSIGNMENTS_KEY_LINK, where=where, document_type=repr(document_type[:40])
    )
