"""The consensus view: statistics, ordering, overrides, texts and the exported document."""

from __future__ import annotations

import copy
import re
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from ipms_desktop.consolidation.consensus import (
    consensus_document,
    deduplicate,
    load_consensus,
    normalise_text,
    set_consensus_notes,
    set_consensus_score,
    view_to_json,
)
from ipms_desktop.consolidation.incoming import check_incoming
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.scoring import dumps_exact
from tests.consolidation_samples import (
    COMMON_STRENGTH,
    assessment_document,
    incoming,
    json_opener,
    write_fake_bundle,
)

INSTITUTION = "Ministry of Trade"


def _team(database, folder: Path, scores: list[int]) -> list[dict]:
    """Merge one assessment per entry of ``scores`` (every attribute at that score)."""
    documents = []
    for number, base in enumerate(scores):
        document = assessment_document(assessor=f"Assessor {number}", base=base, seed=number)
        documents.append(document)
    paths = [write_fake_bundle(folder, incoming(d)) for d in documents]
    merge_bundles(database, paths, json_opener, folder / "q")
    return documents


def test_statistics_start_at_the_mean_and_spread_items_come_first(any_db, tmp_path):
    documents = _team(any_db, tmp_path, [40, 50, 50])
    # One item where the team's overall scores disagree widely ...
    attributes = documents[0]["items"]["4c"]["attributes"]
    documents[0]["items"]["4c"]["attributes"] = dict.fromkeys(attributes, 90)
    # ... and one where a single attribute does, but the overall scores stay close.
    documents[0]["items"]["1a"]["attributes"]["sound"] = 90
    documents[0]["revision"] = 2
    merge_bundles(
        any_db, [write_fake_bundle(tmp_path, incoming(documents[0]))], json_opener, tmp_path / "q"
    )
    view = load_consensus(any_db, INSTITUTION, 2026)
    assert [i.label for i in view.individuals] == ["Assessor A", "Assessor B", "Assessor C"]
    assert view.items[0].item.id == "4c" and view.items[0].flagged
    assert [item.flagged for item in view.items[1:]] == [False] * 31
    assert view.items[0].spread == 40  # the spread of the overall scores flags the item
    item_1a = next(i for i in view.items if i.item.id == "1a")
    sound_1a = next(r for r in item_1a.attributes if r.attribute_id == "sound")
    assert sound_1a.spread == 40 and item_1a.spread is not None and item_1a.spread < 20
    sound = next(r for r in view.items[0].attributes if r.attribute_id == "sound")
    assert sorted(sound.values) == [50, 50, 90]
    assert sound.mean == Fraction(190, 3)
    assert (sound.minimum, sound.maximum, sound.spread) == (50, 90, 40)
    assert sound.consensus in (60, 65)  # a legal step next to 63.33
    # the item's starts are chosen together: its overall starts at the team's 63.33
    assert view.score.items["4c"].overall == Fraction(190, 3)
    item_1b = next(i for i in view.items if i.item.id == "1b")
    other = next(r for r in item_1b.attributes if r.attribute_id == "sound")
    assert other.mean == Fraction(140, 3) and other.consensus in (45, 50) and other.spread == 10
    # Every attribute of 1b has the mean 46.67; rounded alone each would go to 45 and the
    # item to 45, below the team; chosen together the item starts at the team's 46.67.
    assert view.score.items["1b"].overall == Fraction(140, 3)


def test_threshold_is_a_setting_that_can_be_passed(local_db, tmp_path):
    _team(local_db, tmp_path, [40, 50])
    assert load_consensus(local_db, INSTITUTION, 2026, threshold=20).flagged_items == []
    assert len(load_consensus(local_db, INSTITUTION, 2026, threshold=10).flagged_items) == 32


def test_overrides_need_a_justification_and_a_legal_score(any_db, tmp_path):
    _team(any_db, tmp_path, [40, 50])
    with pytest.raises(IpmsError, match="needs a justification"):
        set_consensus_score(any_db, INSTITUTION, 2026, "1a", "sound", 60, "")
    with pytest.raises(IpmsError, match="not a legal score"):
        set_consensus_score(any_db, INSTITUTION, 2026, "1a", "sound", 62, "because")
    with pytest.raises(IpmsError, match="unknown attribute"):
        set_consensus_score(any_db, INSTITUTION, 2026, "1a", "trends", 60, "because")
    with pytest.raises(IpmsError, match="not in framework"):
        set_consensus_score(any_db, INSTITUTION, 2026, "99z", "sound", 60, "because")
    set_consensus_score(any_db, INSTITUTION, 2026, "1a", "sound", 80, "documented plan seen")
    set_consensus_score(any_db, INSTITUTION, 2026, "1b", None, 70, "agreed in the meeting")
    view = load_consensus(any_db, INSTITUTION, 2026)
    item_1a = next(i for i in view.items if i.item.id == "1a")
    sound = next(r for r in item_1a.attributes if r.attribute_id == "sound")
    assert (sound.consensus, sound.overridden, sound.justification) == (
        80,
        True,
        "documented plan seen",
    )
    assert view.score.items["1b"].overall == 70
    # Clearing an override goes back to the mean.
    set_consensus_score(any_db, INSTITUTION, 2026, "1a", "sound", None)
    view = load_consensus(any_db, INSTITUTION, 2026)
    item_1a = next(i for i in view.items if i.item.id == "1a")
    assert next(r for r in item_1a.attributes if r.attribute_id == "sound").consensus == 45


def test_texts_are_compared_with_every_kind_of_white_space_collapsed():
    """Strengths and AFIs are compared with their white space collapsed: every character a
    regular expression's ``\\s`` knows (no-break, ideographic, line separators too) and no
    other, whichever way it is done."""
    white = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert "\u00a0" in white and "\u3000" in white and "\u2028" in white
    for space in white:
        assert normalise_text(f"{space}A{space}{space}b{space}") == "a b"
    assert deduplicate([f"Plan{s}ahead" for s in white]) == ["Plan ahead"]
    for other in ("\u200b", "\u200e", "\u200f", "_"):  # not white space: kept
        assert normalise_text(f"A{other}b") == f"a{other}b"


def test_strengths_are_gathered_deduplicated_and_editable(local_db, tmp_path):
    _team(local_db, tmp_path, [40, 50, 60])
    assert deduplicate(["A  b", "a B", " c "]) == ["A b", "c"]
    item_1a = next(
        i for i in load_consensus(local_db, INSTITUTION, 2026).items if i.item.id == "1a"
    )
    common = [s for s in item_1a.strengths if s.casefold() == "leaders meet staff every month"]
    assert len(common) == 1, "the same strength from three assessors appears once"
    assert common[0] == " ".join(COMMON_STRENGTH.lower().split())
    set_consensus_notes(local_db, INSTITUTION, 2026, "1a", "afis", ["Fix  it", "fix it", "Other"])
    set_consensus_notes(local_db, INSTITUTION, 2026, "1a", "strengths", [])
    view = load_consensus(local_db, INSTITUTION, 2026)
    item_1a = next(i for i in view.items if i.item.id == "1a")
    assert item_1a.afis == ("Fix it", "Other")
    assert item_1a.strengths == ()
    assert item_1a.edited_notes == {"afis", "strengths"}


def test_anonymised_view_hides_names(local_db, tmp_path):
    _team(local_db, tmp_path, [40, 50])
    view = load_consensus(local_db, INSTITUTION, 2026)
    anonymous = dumps_exact(view_to_json(view, anonymised=True))
    named = dumps_exact(view_to_json(view, anonymised=False))
    assert "Assessor 0" not in anonymous and "Assessor A" in anonymous
    assert "Assessor 0" in named


def test_missing_or_mixed_assessments_are_refused(local_db, tmp_path):
    with pytest.raises(IpmsError, match="no individual assessments"):
        load_consensus(local_db, INSTITUTION, 2026)
    _team(local_db, tmp_path, [40])
    caf = assessment_document(load_framework("caf-2020"), assessor="CAF person", base=50)
    merge_bundles(local_db, [write_fake_bundle(tmp_path, incoming(caf))], json_opener, tmp_path)
    with pytest.raises(IpmsError, match="different framework versions"):
        load_consensus(local_db, INSTITUTION, 2026)


def test_consensus_document_is_a_valid_mergeable_document(local_db, tmp_path):
    documents = _team(local_db, tmp_path, [40, 50, 55])
    set_consensus_score(local_db, INSTITUTION, 2026, "2a", "sound", 70, "strong plan")
    view = load_consensus(local_db, INSTITUTION, 2026)
    document = consensus_document(
        view,
        consensus_id="c" * 32,
        revision=1,
        team_lead_name="Lead",
        team_lead_fingerprint="sha256:" + "2" * 64,
    )
    assert document["document"] == "ipms-consensus"
    assert {b["assessment_id"] for b in document["based_on"]} == {
        d["assessment_id"] for d in documents
    }
    assert document["attribute_justifications"] == {"2a": {"sound": "strong plan"}}
    value = incoming(copy.deepcopy(document))
    score = check_incoming(value)
    assert score.total == view.score.total


def test_overall_only_and_unassessed_items(local_db, tmp_path):
    documents = [assessment_document(assessor=f"Assessor {n}", base=50, seed=n) for n in range(2)]
    documents[0]["items"]["1b"] = {"overall": 40, "justification": "judged on site"}
    documents[1]["items"]["1b"] = {"overall": 55, "justification": "judged on site"}
    for document in documents:
        document["items"]["9b"] = {"not_assessed": "no data this year"}
    paths = [write_fake_bundle(tmp_path, incoming(d)) for d in documents]
    merge_bundles(local_db, paths, json_opener, tmp_path / "q")
    view = load_consensus(local_db, INSTITUTION, 2026)
    assert view.sheet["items"]["1b"]["overall"] == 50  # mean 47.5 rounds up to 50
    assert view.score.items["1b"].overall == 50
    assert view.sheet["items"]["9b"] == {
        "not_assessed": "not assessed by any assessor",
        "strengths": [],
        "afis": [],
    }
    assert view.score.items["9b"].overall is None
