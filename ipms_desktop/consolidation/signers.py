"""Who signed a merged bundle: the signing key, the lineage it continues, and the trust
settings the consolidation database has seen.

A signer is identified by the key that signed (``public_key_id``), not by the certificate,
so a certificate renewed with the same key continues the same assessments. A key that
replaced another continues its lineage once CoMSEC's signed key link is installed. Rows
merged before keys were recorded carry ``certificate:<fingerprint>`` until a bundle signed
with that certificate, or a key link naming it, tells which key it holds.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.schema import (
    STATEMENT_KEY_LINK,
    STATEMENT_TRUST,
    bundles,
    signed_statements,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.trust.key_links import KeyLink, key_link_from_payload
from ipms_desktop.trust.profile_credentials import check_trust_update
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings

LEGACY_PREFIX = "certificate:"


def legacy_key(certificate_fingerprint: str) -> str:
    """The stand-in key of rows merged before keys were recorded."""
    return LEGACY_PREFIX + certificate_fingerprint


def key_links(connection: Connection) -> dict[str, KeyLink]:
    rows = connection.execute(
        select(signed_statements.c.content).where(signed_statements.c.kind == STATEMENT_KEY_LINK)
    )
    links = (key_link_from_payload(json.loads(row.content), "key link") for row in rows)
    return {link.next_key: link for link in links}


def lineage_identity(
    connection: Connection, key_id: str, links: dict[str, KeyLink] | None = None
) -> str:
    """The earliest key that ``key_id`` continues through installed key links (``links``:
    already read with ``key_links``, when resolving many keys)."""
    links = key_links(connection) if links is None else links
    seen = {key_id}
    while key_id in links and links[key_id].previous_key not in seen:
        key_id = links[key_id].previous_key
        seen.add(key_id)
    return key_id


def _stored_under(connection: Connection, identity: str) -> set[tuple[str, str]]:
    rows = connection.execute(
        select(bundles.c.kind, bundles.c.assessment_id)
        .where(bundles.c.signer_identity == identity)
        .distinct()
    )
    return {(row.kind, row.assessment_id) for row in rows}


def _move_rows(connection: Connection, condition: Any, key_id: str | None, identity: str) -> int:
    """Give rows matching ``condition`` a new identity (and key), refusing to fuse two
    lineages of one assessment that were merged apart."""
    moving = connection.execute(
        select(bundles.c.kind, bundles.c.assessment_id)
        .where(condition, bundles.c.signer_identity != identity)
        .distinct()
    ).all()
    if not moving:
        return 0
    clash = {(row.kind, row.assessment_id) for row in moving} & _stored_under(connection, identity)
    if clash:
        kind, assessment_id = sorted(clash)[0]
        raise IpmsError(msgs.KEY_LINK_CLASH_MERGED_BOTH, kind=kind, assessment_id=assessment_id)
    values: dict[str, str] = {"signer_identity": identity}
    if key_id is not None:
        values["signer_key"] = key_id
    result = connection.execute(update(bundles).where(condition).values(**values))
    return int(result.rowcount or 0)


def resolve_signer(connection: Connection, certificate_fingerprint: str, key_id: str) -> str:
    """The lineage identity of a bundle signed with ``key_id``; rows of the same
    certificate merged before keys were recorded are moved to that key first."""
    identity = lineage_identity(connection, key_id)
    legacy = legacy_key(certificate_fingerprint)
    # When both old and new rows exist for one assessment, the old rows stay apart.
    with contextlib.suppress(IpmsError):
        _move_rows(connection, bundles.c.signer_key == legacy, key_id, identity)
    return identity


def install_key_link(connection: Connection, link: KeyLink) -> str:
    """Record ``link`` and move every row of the next key (and of the previous
    certificate, if merged before keys were recorded) into the earlier lineage."""
    if link.previous_key == link.next_key:
        # A renewal with the same key needs no link; this one only tells which key the
        # previous certificate held, for rows merged before keys were recorded.
        moved = _move_rows(
            connection,
            bundles.c.signer_key == legacy_key(link.previous_certificate),
            link.previous_key,
            lineage_identity(connection, link.previous_key),
        )
        return (
            f"key link for {link.name}: same key, renewed certificate ({moved} bundle(s) "
            "merged before keys were recorded now carry it)"
        )
    existing = connection.execute(
        select(signed_statements.c.content).where(
            signed_statements.c.kind == STATEMENT_KEY_LINK,
            signed_statements.c.scope == link.next_key,
        )
    ).first()
    payload = json.dumps(link.payload(), sort_keys=True)
    if existing is not None:
        if json.loads(existing.content) == link.payload():
            return f"key link for {link.name} already installed"
        raise IpmsError(msgs.DIFFERENT_KEY_LINK_KEY_ALREADY, next_key=link.next_key)
    if lineage_identity(connection, link.previous_key) == link.next_key:
        raise IpmsError(msgs.KEY_LINK_WOULD_MAKE_KEY)
    connection.execute(
        insert(signed_statements).values(
            kind=STATEMENT_KEY_LINK,
            scope=link.next_key,
            serial=1,
            content=payload,
            installed_at=_now(),
        )
    )
    previous_identity = lineage_identity(connection, link.previous_key)
    _move_rows(
        connection,
        bundles.c.signer_key == legacy_key(link.previous_certificate),
        link.previous_key,
        previous_identity,
    )
    moved = 0
    for key in _keys_continuing(connection, link.next_key):
        moved += _move_rows(connection, bundles.c.signer_key == key, None, previous_identity)
    return (
        f"key link installed: {link.name}'s key {link.next_key[:19]}... continues "
        f"{link.previous_key[:19]}... ({moved} bundle(s) moved into the earlier lineage)"
    )


def _keys_continuing(connection: Connection, key_id: str) -> set[str]:
    """``key_id`` and every key whose lineage passes through it."""
    links = key_links(connection)
    found = {key_id}
    changed = True
    while changed:
        changed = False
        for next_key, link in links.items():
            if link.previous_key in found and next_key not in found:
                found.add(next_key)
                changed = True
    return found


def remember_trust(database: ConsolidationDatabase, trust: TrustSettings) -> TrustSettings:
    """Refuse trust settings older than the newest this database has seen (a lower serial
    or an older CRL); remember ``trust`` when it is newer."""

    def check(connection: Connection) -> None:
        key = and_(
            signed_statements.c.kind == STATEMENT_TRUST,
            signed_statements.c.scope == trust.root_fingerprint,
        )
        stored = connection.execute(select(signed_statements.c.content).where(key)).first()
        if stored is not None:
            newest = load_trust_settings(stored.content.encode("utf-8"))
            try:
                newer = check_trust_update(newest, trust)
            except IpmsError as error:
                raise IpmsError(
                    msgs.TRUST_SETTINGS_OLDER_THAN_USED, detail=error, serial=newest.serial
                ) from None
            if not newer:
                return
            connection.execute(
                update(signed_statements)
                .where(key)
                .values(
                    serial=trust.serial,
                    content=trust.raw.decode("utf-8"),
                    installed_at=_now(),
                )
            )
            return
        connection.execute(
            insert(signed_statements).values(
                kind=STATEMENT_TRUST,
                scope=trust.root_fingerprint,
                serial=trust.serial,
                content=trust.raw.decode("utf-8"),
                installed_at=_now(),
            )
        )

    database.run_transaction(check)
    return trust


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
