"""Scores and texts: each edit is saved with its audit event; refused edits write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE, folder_hashes, full_sheet, item_attributes


def test_new_assessment_summary(profile: Profile, assessment_id: str) -> None:
    [summary] = profile.assessments.summaries()
    assert summary.id == assessment_id and len(assessment_id) == 32
    assert (summary.institution, summary.cycle, summary.framework_id) == (
        "Ministry of Trade",
        2026,
        "efqm-2013",
    )
    assert (summary.status, summary.revision, summary.panel) == ("draft", 0, "radar")
    assert (summary.items_scored, summary.items_total) == (0, 32)
    assert summary.framework_hash.startswith("sha256:")


@pytest.mark.parametrize(
    ("institution", "framework", "cycle", "message"),
    [
        ("", "efqm-2013", 2026, "institution"),
        ("Ministry", "efqm-1999", 2026, "unknown framework"),
        ("Ministry", "efqm-2013", 26, "cycle"),
    ],
)
def test_create_assessment_refuses_bad_input(
    profile: Profile, institution: str, framework: str, cycle: int, message: str
) -> None:
    with pytest.raises(IpmsError, match=message):
        profile.assessments.create(institution, framework, cycle)
    assert profile.assessments.summaries() == []


def test_unknown_panel_refused(profile: Profile) -> None:
    with pytest.raises(IpmsError, match="no panel"):
        profile.assessments.create("Ministry", "caf-2020", 2026, panel="nope")


def test_set_attribute_is_saved_and_audited(
    profile: Profile, assessment_id: str, profile_dir: Path
) -> None:
    head = profile.audit_head()
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    assert profile.audit_head() != head
    profile.close()
    with unlock_profile(profile_dir, PASSPHRASE) as reopened:
        assert reopened.assessments.get(assessment_id).items["1a"].attributes == {"sound": 55}


def test_clearing_an_attribute(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.scores.set_attribute(assessment_id, "1a", "sound", None)
    assert profile.assessments.get(assessment_id).items["1a"].attributes == {}


def test_unchanged_value_writes_no_event(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    head = profile.audit_head()
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    assert profile.audit_head() == head


@pytest.mark.parametrize(
    ("item", "attribute", "value", "message"),
    [
        ("1a", "sound", 53, "not a legal score"),
        ("1a", "sound", 105, "not a legal score"),
        ("1a", "sound", -5, "not a legal score"),
        ("1a", "trends", 50, "unknown attribute"),
        ("99z", "sound", 50, "not in framework"),
    ],
)
def test_illegal_score_refused_with_nothing_written(
    profile: Profile,
    assessment_id: str,
    profile_dir: Path,
    item: str,
    attribute: str,
    value: int,
    message: str,
) -> None:
    profile.scores.set_attribute(assessment_id, "1b", "sound", 50)
    head = profile.audit_head()
    before = folder_hashes(profile_dir)
    with pytest.raises(IpmsError, match=message):
        profile.scores.set_attribute(assessment_id, item, attribute, value)
    assert folder_hashes(profile_dir) == before
    assert profile.audit_head() == head
    assert "1a" not in profile.assessments.get(assessment_id).items


def test_unknown_assessment(profile: Profile) -> None:
    with pytest.raises(IpmsError, match="no assessment"):
        profile.scores.set_attribute("0" * 32, "1a", "sound", 50)


def test_overall_needs_justification_when_it_departs(profile: Profile, assessment_id: str) -> None:
    profile.assessments.fill_from_sheet(
        assessment_id, {"items": {"1a": {"attributes": item_attributes("efqm-2013", "1a", 50)}}}
    )
    with pytest.raises(IpmsError, match="justification is required"):
        profile.scores.set_overall(assessment_id, "1a", 80)
    profile.scores.set_overall(assessment_id, "1a", 80, "site visit showed far more")
    item = profile.assessments.get(assessment_id).items["1a"]
    assert (item.overall, item.justification) == (80, "site visit showed far more")
    profile.scores.set_overall(assessment_id, "1a", None)
    assert profile.assessments.get(assessment_id).items["1a"].overall is None


def test_not_assessed_mark(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_not_assessed(assessment_id, "9b", "figures withheld")
    assert profile.assessments.get(assessment_id).items["9b"].not_assessed == "figures withheld"
    with pytest.raises(IpmsError, match="not assessed but also scored"):
        profile.scores.set_attribute(assessment_id, "9b", "trends", 50)
    with pytest.raises(IpmsError, match="reason"):
        profile.scores.set_not_assessed(assessment_id, "9a", "  ")
    profile.scores.set_not_assessed(assessment_id, "9b", None)
    profile.scores.set_attribute(assessment_id, "9b", "trends", 50)


def test_texts_are_kept_in_order_and_replaced(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_texts(assessment_id, "2a", "strengths", ["ثالث", "first", "second"])
    profile.scores.set_texts(assessment_id, "2a", "afis", ["an AFI"])
    item = profile.assessments.get(assessment_id).items["2a"]
    assert item.strengths == ("ثالث", "first", "second")
    assert item.afis == ("an AFI",)
    profile.scores.set_texts(assessment_id, "2a", "strengths", ["only"])
    assert profile.assessments.get(assessment_id).items["2a"].strengths == ("only",)


@pytest.mark.parametrize(
    ("kind", "texts"), [("praise", ["x"]), ("afis", "not a list"), ("afis", [1])]
)
def test_bad_texts_refused(profile: Profile, assessment_id: str, kind: str, texts: object) -> None:
    with pytest.raises(IpmsError):
        profile.scores.set_texts(assessment_id, "2a", kind, texts)  # type: ignore[arg-type]


def test_fill_whole_sheet_and_score(profile: Profile, assessment_id: str) -> None:
    profile.assessments.fill_from_sheet(assessment_id, full_sheet("efqm-2013", 50))
    score = profile.assessments.score(assessment_id)
    assert score.complete and score.total == 500
    [summary] = profile.assessments.summaries()
    assert summary.items_scored == 32


def test_fill_is_all_or_nothing(profile: Profile, assessment_id: str) -> None:
    sheet = full_sheet("efqm-2013", 50)
    sheet["items"]["9b"]["attributes"]["trends"] = 52
    head = profile.audit_head()
    with pytest.raises(IpmsError, match="9b"):
        profile.assessments.fill_from_sheet(assessment_id, sheet)
    assert profile.audit_head() == head
    assert profile.assessments.get(assessment_id).items == {}


def test_delete_assessment_is_audited(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    head = profile.audit_head()
    profile.assessments.delete(assessment_id)
    assert profile.assessments.summaries() == []
    assert profile.audit_head() != head
    assert profile.verify().ok


def test_mark_exported_bumps_revision_and_edit_returns_to_draft(
    profile: Profile, assessment_id: str
) -> None:
    assert profile.assessments.mark_exported(assessment_id) == 1
    assert profile.assessments.mark_exported(assessment_id) == 2
    assert profile.assessments.summaries()[0].status == "exported"
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    summary = profile.assessments.summaries()[0]
    assert (summary.status, summary.revision) == ("draft", 2)


def test_assessment_document_shape(profile: Profile, assessment_id: str, tmp_path: Path) -> None:
    profile.scores.set_attribute(assessment_id, "1a", "sound", 55)
    profile.scores.set_texts(assessment_id, "1a", "site_visit_issues", ["ask for minutes"])
    evidence_file = tmp_path / "minutes.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 minutes")
    profile.evidence.add(assessment_id, "1a", evidence_file)
    profile.scores.set_not_assessed(assessment_id, "9b", "no data")
    document = profile.assessments.document(assessment_id)
    assert document["document"] == "ipms-assessment" and document["format"] == 1
    assert document["assessment_id"] == assessment_id
    assert document["framework"]["id"] == "efqm-2013"
    assert document["audit_head"] == profile.audit_head()
    assert "assessor" not in document
    item = document["items"]["1a"]
    assert item["attributes"] == {"sound": 55}
    assert item["site_visit_issues"] == ["ask for minutes"]
    assert item["evidence"][0]["name"] == "minutes.pdf"
    assert item["evidence"][0]["media_type"] == "application/pdf"
    assert document["items"]["9b"] == {"not_assessed": "no data"}


def test_score_strictness(profile: Profile, assessment_id: str) -> None:
    profile.scores.set_overall(assessment_id, "1a", 50, "agreed in the consensus meeting")
    assert profile.assessments.score(assessment_id).items["1a"].overall == 50
    profile.scores.set_attribute(assessment_id, "1a", "sound", 0)
    assert profile.assessments.score(assessment_id, strict=False).items["1a"].overall == 50


def test_settings_and_secrets(profile: Profile, profile_dir: Path) -> None:
    assert profile.settings.get("trust.serial") is None
    assert profile.settings.get("trust.serial", 0) == 0
    profile.settings.set("trust.serial", {"serial": 3, "names": ["ع"]})
    profile.keys.set_secret("assessor.key", b"\x00\x01secret")
    profile.close()
    with unlock_profile(profile_dir, PASSPHRASE) as reopened:
        assert reopened.settings.get("trust.serial") == {"serial": 3, "names": ["ع"]}
        assert reopened.keys.get_secret("assessor.key") == b"\x00\x01secret"
        assert reopened.keys.get_secret("missing") is None


def test_edits_from_several_threads_are_serialised(profile: Profile, assessment_id: str) -> None:
    import threading

    items = ["1a", "1b", "1c", "1d"]
    failures: list[BaseException] = []

    def worker(item_id: str) -> None:
        try:
            for n in range(15):
                profile.scores.set_texts(assessment_id, item_id, "afis", [f"{item_id} {n}"])
                profile.assessments.summaries()
        except BaseException as error:  # collected for the assertion below
            failures.append(error)

    threads = [threading.Thread(target=worker, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    detail = profile.assessments.get(assessment_id)
    assert {item: detail.items[item].afis for item in items} == {
        item: (f"{item} 14",) for item in items
    }
    report = profile.verify()
    assert report.ok and report.audit_events == 1 + 15 * len(items)
