"""The audit chain: pinned MAC encoding, one event per change, and tampering found by verify
whether it alters an event, removes events, rewrites the chain or edits the rows directly."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text

from ipms_desktop.store import audit, keyslots
from ipms_desktop.store.database import open_engine
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.paths import database_path, slot_file_path
from ipms_desktop.store.profile import Profile
from tests.store.conftest import PASSPHRASE


def events(profile: Profile) -> list[dict]:
    with profile._transactions.reading() as connection:
        rows = connection.execute(text("SELECT * FROM audit_events ORDER BY seq")).mappings()
        return [dict(row) for row in rows]


def test_mac_encoding_is_pinned() -> None:
    data_key = bytes(range(32))
    key = audit.audit_key(data_key)
    assert key == HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"ipms-desktop/audit-key/v1"
    ).derive(data_key)
    mac = audit.event_mac(
        key,
        seq=1,
        at="2026-01-01T00:00:00.000000Z",
        actor="assessor",
        assessment_id="a" * 32,
        item_id="1a",
        field="attributes.sound",
        old=None,
        new=55,
        prev=audit.GENESIS_HASH,
    )
    canonical = (
        '{"actor":"assessor","assessment_id":"' + "a" * 32 + '","at":"2026-01-01T00:00:00.000000Z",'
        '"field":"attributes.sound","item_id":"1a","new":55,"old":null,'
        '"prev":"' + "0" * 64 + '","seq":1}'
    )
    expected = hmac.new(
        key, b"ipms-desktop/audit-event/v2\x00" + canonical.encode(), hashlib.sha256
    ).hexdigest()
    assert mac == expected


def test_each_change_is_one_linked_event(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.scores.set_attribute(assessment_id, "1a", "sound", 60)
    profile.scores.set_texts(assessment_id, "1a", "afis", ["نقطة تحسين"])
    log = events(profile)
    assert [e["field"] for e in log] == [
        "assessment",
        "attributes.sound",
        "attributes.sound",
        "afis",
    ]
    assert (json.loads(log[2]["old_value"]), json.loads(log[2]["new_value"])) == (55, 60)
    assert json.loads(log[3]["new_value"]) == ["نقطة تحسين"]
    assert all(e["actor"] == "tester" for e in log)
    for previous, current in itertools.pairwise(log):
        assert current["prev_hash"] == previous["hash"]
    assert log[0]["prev_hash"] == audit.GENESIS_HASH
    report = profile.verify()
    assert report.ok and report.audit_events == 4 and report.audit_head == log[-1]["hash"]


def _busy_assessment(profile: Profile, assessment_id: str, tmp_path: Path) -> None:
    """Every kind of change the replay must follow."""
    scores = profile.scores
    scores.set_attribute(assessment_id, "1a", "sound", 55)
    scores.set_attribute(assessment_id, "1a", "integrated", 50)
    scores.set_attribute(assessment_id, "1a", "integrated", None)
    scores.set_overall(assessment_id, "1b", 40, "documents show no deployment yet")
    scores.set_not_assessed(assessment_id, "9b", "indicators not yet published")
    scores.set_texts(assessment_id, "1a", "strengths", ["Clear mission", "رؤية واضحة"])
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("board minutes", encoding="utf-8")
    kept = profile.evidence.add(assessment_id, "1a", evidence)
    other = tmp_path / "other.txt"
    other.write_text("removed later", encoding="utf-8")
    removed = profile.evidence.add(assessment_id, "1a", other)
    profile.evidence.remove(assessment_id, "1a", removed.sha256)
    profile.assessments.fill_from_sheet(
        assessment_id, {"items": {"2a": {"overall": 30, "justification": "no plan yet"}}}
    )
    profile.assessments.mark_exported(assessment_id)
    doomed = profile.assessments.create("Ministry of Health", "caf-2020", 2026)
    profile.assessments.delete(doomed)
    assert kept.sha256


def test_replay_agrees_with_every_kind_of_edit(profile, assessment_id, tmp_path) -> None:
    _busy_assessment(profile, assessment_id, tmp_path)
    report = profile.verify()
    assert report.ok, report.audit_problems


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE items SET overall = 95 WHERE item_id = '1b'", "item 1b: overall differs"),
        (
            "UPDATE items SET attributes = '{\"sound\": 100}' WHERE item_id = '1a'",
            "item 1a: attributes differs",
        ),
        (
            "DELETE FROM item_texts WHERE kind = 'strengths' AND position = 1",
            "item 1a: strengths differ",
        ),
        (
            "UPDATE item_texts SET text = 'Forged' WHERE kind = 'strengths'",
            "item 1a: strengths differ",
        ),
        ("UPDATE assessments SET institution = 'Ministry of Oil'", "institution differs"),
        ("DELETE FROM evidence", "item 1a: evidence differs"),
    ],
)
def test_a_direct_edit_of_the_rows_is_found(profile, assessment_id, tmp_path, statement, named):
    _busy_assessment(profile, assessment_id, tmp_path)
    with profile._transactions.writing() as edit:
        edit.connection.execute(text(statement))
    problems = profile.verify().audit_problems
    assert any(named in problem for problem in problems), problems


def test_altered_event_is_reported(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.scores.set_attribute(assessment_id, "1a", "sound", 60)
    with profile._transactions.writing() as edit:
        edit.connection.execute(text("UPDATE audit_events SET new_value = '95' WHERE seq = 2"))
    problems = profile.verify().audit_problems
    assert "audit event 2 was altered (its MAC does not match)" in problems


def test_removed_event_is_reported(profile: Profile, assessment_id: str) -> None:
    for value in (5, 10, 15):
        profile.scores.set_attribute(assessment_id, "1a", "sound", value)
    with profile._transactions.writing() as edit:
        edit.connection.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    problems = profile.verify().audit_problems
    assert "audit event 2 is missing (next is 3)" in problems
    assert "audit event 3 does not link to the event before it" in problems


def _tamper_while_closed(folder: Path, statements: list[str]) -> None:
    """Someone holding the data key edits the closed profile's database directly."""
    slot_file = keyslots.read_slot_file(slot_file_path(folder))
    data_key = keyslots.unlock_with_passphrase(slot_file, PASSPHRASE)
    engine = open_engine(database_path(folder), data_key)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _closed_profile_with_history(created, assessment_id) -> tuple[Path, int]:
    profile, _ = created
    for value in (5, 10, 15, 20):
        profile.scores.set_attribute(assessment_id, "1a", "sound", value)
    count = len(events(profile))
    profile.close()
    return profile.folder, count


def _verify_again(folder: Path) -> tuple[str, ...]:
    with unlock_profile(folder, PASSPHRASE) as reopened:
        return reopened.verify().audit_problems


def test_removing_the_last_events_is_found_by_the_anchor(created, assessment_id) -> None:
    folder, count = _closed_profile_with_history(created, assessment_id)
    _tamper_while_closed(
        folder,
        [
            f"DELETE FROM audit_events WHERE seq > {count - 2}",
            "UPDATE items SET attributes = '{\"sound\": 10}' WHERE item_id = '1a'",
        ],
    )
    problems = _verify_again(folder)
    assert any(f"held {count} events" in problem for problem in problems), problems


def test_removing_every_event_is_found(created, assessment_id) -> None:
    folder, _ = _closed_profile_with_history(created, assessment_id)
    _tamper_while_closed(folder, ["DELETE FROM audit_events"])
    problems = _verify_again(folder)
    assert any("events were removed" in problem for problem in problems), problems
    assert any("no audit event created it" in problem for problem in problems), problems


def test_rewriting_the_chain_without_the_key_is_found(created, assessment_id) -> None:
    """A consistent rewrite with the old, unkeyed hashes: every MAC fails."""
    folder, count = _closed_profile_with_history(created, assessment_id)
    slot_file = keyslots.read_slot_file(slot_file_path(folder))
    data_key = keyslots.unlock_with_passphrase(slot_file, PASSPHRASE)
    engine = open_engine(database_path(folder), data_key)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_events SET new_value = '95' WHERE seq = :s"), {"s": count}
        )
        connection.execute(
            text("UPDATE items SET attributes = '{\"sound\": 95}' WHERE item_id = '1a'")
        )
        prev = audit.GENESIS_HASH
        for row in connection.execute(text("SELECT * FROM audit_events ORDER BY seq")).all():
            digest = audit.legacy_event_hash(
                seq=row.seq,
                at=row.at,
                actor=row.actor,
                assessment_id=row.assessment_id,
                item_id=row.item_id,
                field=row.field,
                old=json.loads(row.old_value),
                new=json.loads(row.new_value),
                prev=prev,
            )
            connection.execute(
                text("UPDATE audit_events SET prev_hash = :p, hash = :h WHERE seq = :s"),
                {"p": prev, "h": digest, "s": row.seq},
            )
            prev = digest
    engine.dispose()
    problems = _verify_again(folder)
    assert sum("its MAC does not match" in problem for problem in problems) == count
    assert any("the chain was rewritten" in problem for problem in problems), problems


def test_an_altered_anchor_is_found(created, assessment_id) -> None:
    folder, count = _closed_profile_with_history(created, assessment_id)
    path = slot_file_path(folder)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["audit_anchor"]["events"] == count
    document["audit_anchor"]["events"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    problems = _verify_again(folder)
    assert "the audit anchor in the key-slot file was altered (its MAC does not match)" in problems


def test_the_export_document_carries_the_chain_head_and_length(profile, assessment_id) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    document = profile.assessments.document(assessment_id)
    log = events(profile)
    assert document["audit_events"] == len(log)
    assert document["audit_head"] == log[-1]["hash"]


def test_empty_chain_head_is_genesis(profile: Profile) -> None:
    assert profile.audit_head() == audit.GENESIS_HASH
