"""Merge outcomes, history, atomicity and quarantine, on a local file and on PostgreSQL."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ipms_desktop.consolidation import database as database_module
from ipms_desktop.consolidation import merge as merge_module
from ipms_desktop.consolidation.database import ConsolidationDatabase, open_consolidation_database
from ipms_desktop.consolidation.merge import Outcome, merge_bundles
from ipms_desktop.consolidation.schema import OVERALL_ATTRIBUTE, bundles, item_notes, item_scores
from ipms_desktop.errors import IpmsError
from tests.consolidation_samples import (
    PASSPHRASE,
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)


def _merge(database: ConsolidationDatabase, folder: Path, values: list) -> list:
    paths = [write_fake_bundle(folder, value) for value in values]
    return merge_bundles(database, paths, json_opener, folder / "quarantine")


def _count(database: ConsolidationDatabase, table) -> int:
    return database.read(lambda c: c.execute(select(func.count()).select_from(table)).scalar_one())


def _current(database: ConsolidationDatabase) -> dict[str, int]:
    rows = database.read(
        lambda c: c.execute(
            select(bundles.c.assessment_id, bundles.c.revision).where(bundles.c.is_current)
        ).all()
    )
    return {row.assessment_id: row.revision for row in rows}


def test_merge_then_remerge_is_duplicate_and_changes_nothing(any_db, tmp_path):
    value = incoming(assessment_document(seed=1))
    first = _merge(any_db, tmp_path, [value])
    assert [r.outcome for r in first] == [Outcome.MERGED]
    rows_before = (_count(any_db, bundles), _count(any_db, item_scores), _count(any_db, item_notes))
    again = _merge(any_db, tmp_path, [value])
    assert again[0].outcome is Outcome.DUPLICATE
    assert "already merged" in again[0].reason
    # The same content re-exported under a new bundle id is a duplicate too.
    same_content = dataclasses.replace(value, bundle_id="f" * 32)
    assert _merge(any_db, tmp_path, [same_content])[0].outcome is Outcome.DUPLICATE
    after = (_count(any_db, bundles), _count(any_db, item_scores), _count(any_db, item_notes))
    assert after == rows_before
    # 32 items x 7 attributes, and every strength/AFI line as a note row.
    assert rows_before[1] == 32 * 7
    assert rows_before[2] == 32 * 3


def test_newer_revision_supersedes_and_older_never_overwrites(any_db, tmp_path):
    document = assessment_document(seed=2, revision=2)
    older = copy.deepcopy(document)
    older["revision"] = 1
    older["items"]["1a"]["attributes"]["sound"] = 5
    newer = copy.deepcopy(document)
    newer["revision"] = 3
    assert _merge(any_db, tmp_path, [incoming(document)])[0].outcome is Outcome.MERGED

    late_old = _merge(any_db, tmp_path, [incoming(older)])[0]
    assert late_old.outcome is Outcome.SUPERSEDED
    assert "newer revision 2" in late_old.reason
    assert _current(any_db) == {document["assessment_id"]: 2}

    result = _merge(any_db, tmp_path, [incoming(newer)])[0]
    assert result.outcome is Outcome.MERGED
    assert "supersedes revision 2" in result.reason
    assert _current(any_db) == {document["assessment_id"]: 3}
    # Every revision stays in history.
    assert _count(any_db, bundles) == 3


def test_older_merged_earlier_in_the_same_run_is_reported_superseded(any_db, tmp_path):
    document = assessment_document(seed=3)
    newer = copy.deepcopy(document)
    newer["revision"] = 2
    results = _merge(any_db, tmp_path, [incoming(document), incoming(newer)])
    assert [r.outcome for r in results] == [Outcome.SUPERSEDED, Outcome.MERGED]
    assert "merged later in this run" in results[0].reason
    assert _current(any_db) == {document["assessment_id"]: 2}


def test_rejected_bundles_are_quarantined_with_their_reason(any_db, tmp_path):
    good = incoming(assessment_document(seed=4))
    conflicting_document = copy.deepcopy(dict(good.document))
    conflicting_document["items"]["2a"]["attributes"]["sound"] = 100
    conflicting = incoming(conflicting_document)
    illegal_document = assessment_document(seed=5)
    illegal_document["items"]["3b"]["attributes"]["sound"] = 42
    mismatched = dataclasses.replace(incoming(assessment_document(seed=6)), institution="Other")
    other_signer = dataclasses.replace(
        incoming(copy.deepcopy(dict(good.document))),
        signer_fingerprint="sha256:" + "0" * 64,
    )
    garbage = tmp_path / "garbage.ipmsb"
    garbage.write_bytes(b"not a bundle")
    paths = [
        write_fake_bundle(tmp_path, value)
        for value in (good, conflicting, incoming(illegal_document), mismatched, other_signer)
    ]
    quarantine = tmp_path / "quarantine"
    results = merge_bundles(any_db, [*paths, garbage], json_opener, quarantine)
    outcomes = [r.outcome for r in results]
    assert outcomes == [Outcome.MERGED] + [Outcome.REJECTED] * 5
    reasons = [r.reason for r in results[1:]]
    assert "already merged from bundle" in reasons[0] and "different content" in reasons[0]
    assert "item 3b, attribute sound: 42 is not a legal score" in reasons[1]
    assert "institution" in reasons[2] and "differs from the signed manifest" in reasons[2]
    assert "certificate_fingerprint" in reasons[3]
    assert "not-a-bundle" in reasons[4]
    for path, result in zip([*paths[1:], garbage], results[1:], strict=True):
        copied = quarantine / path.name
        assert copied.read_bytes() == path.read_bytes()
        note = (quarantine / (path.name + ".reason.txt")).read_text(encoding="utf-8")
        assert result.reason.split(" (copied to")[0] in note
        assert path.exists(), "the original is never removed"
    assert _count(any_db, bundles) == 1


def test_another_signer_using_an_assessment_id_neither_takes_it_over_nor_blocks_it(
    local_db, tmp_path
):
    document = assessment_document(seed=7)
    squatted = copy.deepcopy(document)
    squatted["revision"] = 9
    squatted["assessor"] = {"name": "Mallory", "certificate_fingerprint": "sha256:" + "1" * 64}
    # The insider gets there first, with the id she saw in the genuine manifest.
    assert _merge(local_db, tmp_path, [incoming(squatted)])[0].outcome is Outcome.MERGED
    genuine = _merge(local_db, tmp_path, [incoming(document)])[0]
    assert genuine.outcome is Outcome.MERGED, genuine.reason
    second = copy.deepcopy(document)
    second["revision"] = 2
    result = _merge(local_db, tmp_path, [incoming(second)])[0]
    assert result.outcome is Outcome.MERGED
    assert "supersedes revision 1" in result.reason
    rows = local_db.read(
        lambda c: c.execute(
            select(bundles.c.signer_name, bundles.c.revision).where(bundles.c.is_current)
        ).all()
    )
    assert sorted((row.signer_name, row.revision) for row in rows) == [
        ("Assessor One", 2),
        ("Mallory", 9),
    ]


def test_a_failing_import_writes_nothing(local_db, tmp_path, monkeypatch):
    monkeypatch.setattr(
        database_module,
        "CONSOLIDATION",
        database_module.CONSOLIDATION._replace(max_transaction_attempts=2),
    )
    real_rows = merge_module.document_rows

    def rows_with_a_clash(bundle_id, document):
        scores, notes, evidence = real_rows(bundle_id, document)
        return scores, [*notes, notes[0]], evidence

    monkeypatch.setattr(merge_module, "document_rows", rows_with_a_clash)
    result = _merge(local_db, tmp_path, [incoming(assessment_document(seed=8))])[0]
    assert result.outcome is Outcome.REJECTED
    assert "nothing of the failed step was written" in result.reason
    assert _count(local_db, bundles) == 0
    assert _count(local_db, item_scores) == 0


def test_overall_and_texts_become_rows(local_db, tmp_path):
    document = assessment_document(seed=9)
    document["items"]["1b"] = {"overall": 40, "justification": "seen on site"}
    document["items"]["9b"] = {"not_assessed": "no data this year"}
    document["items"]["2a"]["evidence"] = [
        {"sha256": "a" * 64, "name": "plan.pdf", "size": 10, "media_type": "application/pdf"}
    ]
    # The bundle carries that evidence file (the reader decrypted and checked it).
    value = dataclasses.replace(incoming(document), evidence_sizes={"a" * 64: 10})
    assert _merge(local_db, tmp_path, [value])[0].outcome is Outcome.MERGED
    overall = local_db.read(
        lambda c: c.execute(
            select(item_scores.c.value).where(
                item_scores.c.item_id == "1b", item_scores.c.attribute_id == OVERALL_ATTRIBUTE
            )
        ).scalar_one()
    )
    assert overall == 40
    kinds = local_db.read(
        lambda c: set(c.execute(select(item_notes.c.note_kind).distinct()).scalars())
    )
    assert kinds == {"strength", "afi", "justification", "not_assessed"}


def test_local_file_is_encrypted_and_refuses_a_wrong_passphrase(tmp_path):
    path = tmp_path / "c.db"
    with open_local(path) as database:
        _merge(database, tmp_path, [incoming(assessment_document(seed=10))])
    raw = path.read_bytes()
    assert b"Ministry of Trade" not in raw and b"SQLite format 3" not in raw
    before = raw
    with pytest.raises(IpmsError, match="wrong passphrase"):
        open_consolidation_database(str(path), lambda _creating: PASSPHRASE + "x")
    assert path.read_bytes() == before


def test_unsupported_database_addresses_are_refused(tmp_path):
    with pytest.raises(IpmsError, match="postgresql\\+psycopg"):
        open_consolidation_database("mysql://user@host/db")
    with pytest.raises(IpmsError, match="psycopg 3"):
        open_consolidation_database("postgresql+psycopg2://user@host/db")
    with pytest.raises(IpmsError, match="does not exist"):
        open_local(tmp_path / "missing-folder" / "c.db")


def test_a_database_from_a_newer_application_is_refused_untouched(tmp_path):
    from sqlalchemy import text

    path = tmp_path / "c.db"
    with open_local(path) as database:
        database.run_transaction(
            lambda c: c.execute(text("UPDATE consolidation_schema_version SET version_num='9999'"))
        )
    before = path.read_bytes()
    with pytest.raises(IpmsError, match="newer than this application"):
        open_local(path)
    assert path.read_bytes() == before
