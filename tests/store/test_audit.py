"""The audit chain: pinned hash encoding, one event per change, tampering found by verify."""

from __future__ import annotations

import hashlib
import itertools
import json

from sqlalchemy import text

from ipms_desktop.store import audit
from ipms_desktop.store.profile import Profile


def events(profile: Profile) -> list[dict]:
    with profile._transactions.reading() as connection:
        rows = connection.execute(text("SELECT * FROM audit_events ORDER BY seq")).mappings()
        return [dict(row) for row in rows]


def test_hash_encoding_is_pinned() -> None:
    digest = audit.event_hash(
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
    expected = hashlib.sha256(b"ipms-desktop/audit-event/v1\x00" + canonical.encode()).hexdigest()
    assert digest == expected


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
    assert all(e["at"].endswith("Z") for e in log)
    for previous, current in itertools.pairwise(log):
        assert current["prev_hash"] == previous["hash"]
    assert log[0]["prev_hash"] == audit.GENESIS_HASH
    report = profile.verify()
    assert report.ok and report.audit_events == 4 and report.audit_head == log[-1]["hash"]


def test_altered_event_is_reported(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.scores.set_attribute(assessment_id, "1a", "sound", 60)
    with profile._transactions.writing() as edit:
        edit.connection.execute(text("UPDATE audit_events SET new_value = '95' WHERE seq = 2"))
    report = profile.verify()
    assert not report.ok
    assert report.audit_problems == ("audit event 2 was altered (its hash does not match)",)


def test_removed_event_is_reported(profile: Profile, assessment_id: str) -> None:
    for value in (5, 10, 15):
        profile.scores.set_attribute(assessment_id, "1a", "sound", value)
    with profile._transactions.writing() as edit:
        edit.connection.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    problems = profile.verify().audit_problems
    assert "audit event 2 is missing (next is 3)" in problems
    assert "audit event 3 does not link to the event before it" in problems


def test_empty_chain_head_is_genesis(profile: Profile) -> None:
    assert profile.audit_head() == audit.GENESIS_HASH
