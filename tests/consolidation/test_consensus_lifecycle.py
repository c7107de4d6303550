"""The consensus lifecycle on the command line: start freezes the individual revisions,
a newer revision is listed but not used, reopen rebases with a justification, edits start
the consensus themselves, agreed marks and key points reach the exported document."""

from __future__ import annotations

import copy
import json
import re
from fractions import Fraction
from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.consolidation.consensus import (
    KeyPointFollowed,
    consensus_document,
    load_consensus,
    set_consensus_notes,
    set_consensus_score,
    set_item_agreed,
    set_key_point,
    start_consensus,
)
from ipms_desktop.consolidation.consensus_reopen import reopen_consensus
from ipms_desktop.consolidation.incoming import check_incoming
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.scoring import total_figure
from tests.consolidation_samples import (
    PASSPHRASE,
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

INSTITUTION = "Ministry of Trade"
CYCLE = 2026


def _merge(database, folder: Path, *documents: dict) -> None:
    paths = [write_fake_bundle(folder, incoming(copy.deepcopy(d))) for d in documents]
    merge_bundles(database, paths, json_opener, folder / "q")


def _team(database, folder: Path) -> list[dict]:
    documents = [
        assessment_document(assessor=f"Assessor {n}", base=base, seed=n)
        for n, base in enumerate((40, 50, 60))
    ]
    _merge(database, folder, *documents)
    return documents


def _revision_two(document: dict, item_id: str, value: int) -> dict:
    """The same assessment, revision 2, with every attribute of ``item_id`` at ``value``."""
    newer = copy.deepcopy(document)
    newer["revision"] = 2
    attributes = newer["items"][item_id]["attributes"]
    newer["items"][item_id]["attributes"] = dict.fromkeys(attributes, value)
    return newer


def test_a_newer_revision_after_start_changes_nothing_and_is_listed(any_db, tmp_path):
    documents = _team(any_db, tmp_path)
    assert load_consensus(any_db, INSTITUTION, CYCLE).state == "open"
    event = start_consensus(any_db, INSTITUTION, CYCLE, by="Lead")
    assert event is not None and event.event == "start" and event.by == "Lead"
    assert {r["revision"] for r in event.detail["revisions"]} == {1}
    assert start_consensus(any_db, INSTITUTION, CYCLE) is None, "a second start changes nothing"
    before = load_consensus(any_db, INSTITUTION, CYCLE)
    assert before.state == "started" and before.newer_revisions == ()

    _merge(any_db, tmp_path, _revision_two(documents[1], "3a", 100))
    after = load_consensus(any_db, INSTITUTION, CYCLE)
    assert after.score.total == before.score.total
    assert [i.revision for i in after.individuals] == [1, 1, 1]
    label = next(i.label for i in after.individuals if i.assessor_name == "Assessor 1")
    assert [(n.assessment_id, n.revision, n.label) for n in after.newer_revisions] == [
        (documents[1]["assessment_id"], 2, label)
    ]


def test_reopen_rebases_keeps_what_applies_and_lists_what_does_not(any_db, tmp_path):
    documents = _team(any_db, tmp_path)
    set_consensus_score(any_db, INSTITUTION, CYCLE, "1a", "sound", 80, "plan seen on site")
    set_consensus_score(any_db, INSTITUTION, CYCLE, "3a", "sound", 75, "agreed in the meeting")
    set_consensus_score(any_db, INSTITUTION, CYCLE, "5b", None, 70, "overall agreed")
    set_item_agreed(any_db, INSTITUTION, CYCLE, "1a", True)
    set_item_agreed(any_db, INSTITUTION, CYCLE, "3a", True)
    newer = _revision_two(documents[1], "3a", 100)
    newer["items"]["5b"] = {"not_assessed": "no data this year"}
    _merge(any_db, tmp_path, newer)
    frozen_total = load_consensus(any_db, INSTITUTION, CYCLE).score.total

    with pytest.raises(IpmsError, match="needs a justification"):
        reopen_consensus(any_db, INSTITUTION, CYCLE, "   ")
    assert load_consensus(any_db, INSTITUTION, CYCLE).score.total == frozen_total

    result = reopen_consensus(any_db, INSTITUTION, CYCLE, "assessor B corrected 3a", by="Lead")
    assert result.kept == (("1a", "sound"),)
    dropped = {(d.item_id, d.attribute_id): d.reason for d in result.dropped}
    assert set(dropped) == {("3a", "sound"), ("5b", None)}
    assert " before, " in dropped[("3a", "sound")] and "100" in dropped[("3a", "sound")]
    assert "scores it was set against changed" in dropped[("5b", None)]
    assert result.unagreed == ("3a",)

    view = load_consensus(any_db, INSTITUTION, CYCLE)
    assert view.newer_revisions == () and sorted(i.revision for i in view.individuals) == [1, 1, 2]
    assert view.agreed_items == {"1a"}
    item_3a = next(i for i in view.items if i.item.id == "3a")
    assert not item_3a.attributes[0].overridden
    assert [e.event for e in view.lifecycle] == ["start", "reopen"]
    reopened = view.lifecycle[1]
    assert (reopened.by, reopened.justification) == ("Lead", "assessor B corrected 3a")
    assert {d["item"] for d in reopened.detail["dropped_overrides"]} == {"3a", "5b"}


def test_reopen_of_an_item_no_one_assesses_names_that_reason(local_db, tmp_path):
    documents = _team(local_db, tmp_path)
    set_consensus_score(local_db, INSTITUTION, CYCLE, "9b", None, 55, "results reviewed")
    newer = []
    for document in documents:
        revised = copy.deepcopy(document)
        revised["revision"] = 2
        revised["items"]["9b"] = {"not_assessed": "no results presented"}
        newer.append(revised)
    _merge(local_db, tmp_path, *newer)
    result = reopen_consensus(local_db, INSTITUTION, CYCLE, "9b withdrawn by the team")
    assert [(d.item_id, d.reason) for d in result.dropped] == [
        ("9b", "the item is now not assessed by any assessor")
    ]


def test_reopen_before_start_is_refused(local_db, tmp_path):
    _team(local_db, tmp_path)
    with pytest.raises(IpmsError, match="not started"):
        reopen_consensus(local_db, INSTITUTION, CYCLE, "why not")


def test_the_document_carries_lifecycle_agreed_items_and_key_points(any_db, tmp_path):
    _team(any_db, tmp_path)
    set_item_agreed(any_db, INSTITUTION, CYCLE, "2a", True)
    set_item_agreed(any_db, INSTITUTION, CYCLE, "1a", True)
    set_item_agreed(any_db, INSTITUTION, CYCLE, "2a", False)
    set_key_point(any_db, INSTITUTION, CYCLE, "2a", "strength", "  Strategy   reviewed yearly ")
    set_key_point(any_db, INSTITUTION, CYCLE, "1b", "strength", "Leaders visible")
    set_key_point(any_db, INSTITUTION, CYCLE, "7a", "afi", "Survey staff")
    set_key_point(any_db, INSTITUTION, CYCLE, "7a", "strength", "gone soon")
    set_key_point(any_db, INSTITUTION, CYCLE, "7a", "strength", None)
    with pytest.raises(IpmsError, match="needs its text"):
        set_key_point(any_db, INSTITUTION, CYCLE, "7a", "afi", "  ")
    with pytest.raises(IpmsError, match="not in framework"):
        set_item_agreed(any_db, INSTITUTION, CYCLE, "99z", True)
    view = load_consensus(any_db, INSTITUTION, CYCLE)
    document = consensus_document(
        view,
        consensus_id="c" * 32,
        revision=1,
        team_lead_name="Lead",
        team_lead_fingerprint="sha256:" + "2" * 64,
    )
    assert document["agreed_items"] == ["1a"]
    assert document["key_points"] == {
        "strengths": [
            {"item": "1b", "text": "Leaders visible"},
            {"item": "2a", "text": "Strategy reviewed yearly"},
        ],
        "areas_for_improvement": [{"item": "7a", "text": "Survey staff"}],
    }
    [start] = document["lifecycle"]
    assert start["event"] == "start" and len(start["revisions"]) == 3
    assert check_incoming(incoming(copy.deepcopy(document))).total == view.score.total


def _key_points(database) -> dict[tuple[str, str], str]:
    view = load_consensus(database, INSTITUTION, CYCLE)
    return {(point.item_id, point.kind): point.text for point in view.key_points}


def test_a_key_point_follows_its_entry_when_the_entry_is_edited_or_removed(any_db, tmp_path):
    """The feedback report quotes the key point: it must never quote words the consensus
    no longer has."""
    _team(any_db, tmp_path)
    item = next(i for i in load_consensus(any_db, INSTITUTION, CYCLE).items if i.item.id == "2a")
    strengths, afis = list(item.strengths), list(item.afis)
    set_key_point(any_db, INSTITUTION, CYCLE, "2a", "strength", strengths[1])
    set_key_point(any_db, INSTITUTION, CYCLE, "2a", "afi", afis[0])
    set_key_point(any_db, INSTITUTION, CYCLE, "3a", "strength", "The team lead's own words")

    # Another entry edited: the key point stays as it is.
    edited = [*strengths]
    edited[0] = strengths[0] + " (confirmed on site)"
    assert set_consensus_notes(any_db, INSTITUTION, CYCLE, "2a", "strengths", edited) is None
    assert _key_points(any_db)[("2a", "strength")] == strengths[1]

    # The key entry edited in place: the key point takes its new wording.
    edited[1] = "Strategy reviewed every year with the staff council"
    followed = set_consensus_notes(any_db, INSTITUTION, CYCLE, "2a", "strengths", edited)
    assert followed == KeyPointFollowed("2a", "strength", strengths[1], edited[1])
    assert _key_points(any_db)[("2a", "strength")] == edited[1]

    # The key entry removed: so is the key point; the item's other key point stays.
    followed = set_consensus_notes(any_db, INSTITUTION, CYCLE, "2a", "strengths", edited[:1])
    assert followed == KeyPointFollowed("2a", "strength", edited[1], None)
    points = _key_points(any_db)
    assert ("2a", "strength") not in points
    assert points[("2a", "afi")] == afis[0]

    # A key point in the team lead's own words is not tied to an entry.
    item_3a = next(i for i in load_consensus(any_db, INSTITUTION, CYCLE).items if i.item.id == "3a")
    assert set_consensus_notes(any_db, INSTITUTION, CYCLE, "3a", "strengths", []) is None
    assert _key_points(any_db)[("3a", "strength")] == "The team lead's own words"
    assert item_3a.strengths  # there were entries, and they are gone now

    # The exported document carries the edited wording.
    set_key_point(any_db, INSTITUTION, CYCLE, "2a", "strength", edited[0])
    edited[0] = "Leaders meet every unit each quarter"
    set_consensus_notes(any_db, INSTITUTION, CYCLE, "2a", "strengths", edited[:1])
    document = consensus_document(
        load_consensus(any_db, INSTITUTION, CYCLE),
        consensus_id="c" * 32,
        revision=1,
        team_lead_name="Lead",
        team_lead_fingerprint="sha256:" + "2" * 64,
    )
    assert {"item": "2a", "text": edited[0]} in document["key_points"]["strengths"]


# -- the command line ------------------------------------------------------------------


def ipms(*arguments: object) -> int:
    return main([str(argument) for argument in arguments])


@pytest.fixture
def team_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[dict]]:
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "team.db"
    with open_local(path) as database:
        documents = _team(database, tmp_path)
    return path, documents


def _where(path: Path) -> tuple[object, ...]:
    return ("--db", path, "--institution", INSTITUTION, "--cycle", CYCLE)


def test_cli_freeze_show_json_and_reopen(team_file, tmp_path, capsys):
    path, documents = team_file
    assert ipms("consensus", "start", *_where(path), "--by", "Lead") == 0
    assert "started at" in capsys.readouterr().out
    assert ipms("consensus", "start", *_where(path)) == 0
    assert "started already" in capsys.readouterr().out
    for item_id in ("1a", "2a"):
        assert ipms("consensus", "set", *_where(path), "--item", item_id, "--attribute",
                    "sound", "--value", 80, "--justification", "plan seen") == 0  # fmt: skip
    capsys.readouterr()
    assert ipms("consensus", "show", *_where(path), "--json") == 0
    before = json.loads(capsys.readouterr().out)
    assert before["state"] == "started" and before["newer_revisions"] == []
    with open_local(path) as database:
        _merge(database, tmp_path, _revision_two(documents[2], "1a", 100))
    assert ipms("consensus", "show", *_where(path), "--json") == 0
    after = json.loads(capsys.readouterr().out)
    assert after["total"] == before["total"]
    [newer] = after["newer_revisions"]
    assert newer["assessment_id"] == documents[2]["assessment_id"] and newer["revision"] == 2
    assert newer["assessor"] in {i["name"] for i in after["individuals"]}
    for key in ("items", "individuals", "total", "band", "provisional", "merged_consensus"):
        assert key in after, "show --json keeps its keys"
    assert ipms("consensus", "show", *_where(path)) == 0
    human = capsys.readouterr().out
    assert "NEWER REVISIONS" in human and f"{newer['assessor']}: assessment" in human
    assert "state: started" in human
    # the total as EFQM 2013.3 shows it, in whole points; --json keeps it unrounded
    shown = re.search(r"consensus total (\S+) / 1000", human)
    exact = Fraction(str(after["total"]))
    assert shown is not None and exact.denominator != 1
    assert shown.group(1) == total_figure(load_framework("efqm-2013"), exact)
    assert shown.group(1).isdigit()

    assert ipms("consensus", "reopen", *_where(path), "--justification", "") == 1
    error = capsys.readouterr().err
    assert "needs a justification" in error and "Traceback" not in error
    assert ipms("consensus", "reopen", *_where(path), "--justification", "C revised 1a") == 0
    reopened_text = capsys.readouterr().out
    assert "reopened" in reopened_text and "overrides kept: 1" in reopened_text
    assert "overrides that no longer apply (removed): 1" in reopened_text
    assert "  item 1a sound: 80 (the individual scores it was set against changed:" in (
        reopened_text
    )
    assert ipms("consensus", "show", *_where(path), "--json") == 0
    reopened = json.loads(capsys.readouterr().out)
    assert reopened["newer_revisions"] == [] and reopened["total"] != before["total"]
    assert reopened["lifecycle"][1]["justification"] == "C revised 1a"


def test_cli_edits_start_the_consensus_with_a_note_on_stderr(team_file, capsys):
    path, _ = team_file
    assert (
        ipms(
            "consensus", "set", *_where(path), "--item", "1a", "--attribute", "sound",
            "--value", 80, "--justification", "plan seen",
        )
        == 0
    )  # fmt: skip
    captured = capsys.readouterr()
    assert "started now" in captured.err and captured.err.count("\n") == 1
    assert "item 1a sound: 80" in captured.out
    assert ipms("consensus", "notes", *_where(path), "--item", "1a", "--list", "afis",
                "--add", "Review yearly") == 0  # fmt: skip
    assert capsys.readouterr().err == "", "started once, said once"


def test_cli_agree_and_key_points(team_file, capsys):
    # The export's warning about items not agreed is checked with a real signed bundle in
    # test_consolidation_end_to_end.
    path, _ = team_file
    assert ipms("consensus", "agree", *_where(path), "--item", "1a") == 0
    assert "started now" in capsys.readouterr().err
    assert ipms("consensus", "agree", *_where(path), "--item", "1b") == 0
    assert ipms("consensus", "agree", *_where(path), "--item", "1b", "--undo") == 0
    assert ipms("consensus", "key", *_where(path), "--item", "2a", "--strength", "Plans") == 0
    assert ipms("consensus", "key", *_where(path), "--item", "3a", "--afi", "Train staff") == 0
    assert ipms("consensus", "key", *_where(path), "--item", "3a", "--undo", "afi") == 0
    capsys.readouterr()
    assert ipms("consensus", "show", *_where(path), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["agreed_items"] == ["1a"]
    assert shown["key_points"] == {
        "strengths": [{"item": "2a", "text": "Plans"}],
        "areas_for_improvement": [],
    }


def test_cli_notes_say_what_became_of_the_key_point(team_file, capsys):
    path, _ = team_file
    with open_local(path) as database:
        item = next(
            i for i in load_consensus(database, INSTITUTION, CYCLE).items if i.item.id == "2a"
        )
        key = item.strengths[0]
        set_key_point(database, INSTITUTION, CYCLE, "2a", "strength", key)
    capsys.readouterr()
    assert (
        ipms(
            "consensus",
            "notes",
            *_where(path),
            "--item",
            "2a",
            "--list",
            "strengths",
            "--remove",
            1,
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "item 2a: key strength removed with its entry" in out
    with open_local(path) as database:
        assert ("2a", "strength") not in _key_points(database)
