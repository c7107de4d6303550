"""The completeness check as problem codes, and the export's order: check, write, record.

A failed write uses no revision, and the revision in the planned file name, inside the
bundle and in the profile always agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.services.assessment_export import (
    default_bundle_name,
    export_assessment,
    plan_export,
)
from ipms_desktop.services.completeness import (
    IncompleteAssessment,
    ProblemCode,
    check_assessment,
)
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.services.conftest import CA_PASSPHRASE, KEY_PASSPHRASE, Enrolled
from tests.store.conftest import full_sheet, item_attributes


def _set_attributes(enrolled: Enrolled, item_id: str, value: int) -> None:
    for attribute, score in item_attributes("efqm-2013", item_id, value).items():
        enrolled.profile.scores.set_attribute(enrolled.assessment_id, item_id, attribute, score)


def _finish(enrolled: Enrolled) -> None:
    enrolled.profile.assessments.fill_from_sheet(
        enrolled.assessment_id, full_sheet("efqm-2013", 50)
    )


def _revision(enrolled: Enrolled) -> int:
    return enrolled.profile.assessments.get(enrolled.assessment_id).summary.revision


def _open(enrolled: Enrolled, path: Path) -> dict:
    trust = load_trust_settings(enrolled.authority.trust_settings(CA_PASSPHRASE))
    key = enrolled.authority.consolidation_private_key(KEY_PASSPHRASE)
    return open_bundle(path, trust, key).document


def test_problem_codes_name_the_item_and_what_is_missing(enrolled: Enrolled) -> None:
    profile, assessment_id = enrolled.profile, enrolled.assessment_id
    _set_attributes(enrolled, "1a", 50)
    profile.scores.set_overall(assessment_id, "1a", 55)
    _set_attributes(enrolled, "1a", 20)  # the suggestion moves away from the agreed 55
    profile.scores.set_attribute(assessment_id, "1b", "sound", 30)
    profile.scores.set_not_assessed(assessment_id, "1c", "no evidence was offered")

    everything = check_assessment(profile.assessments, assessment_id)
    problems = [p for p in everything if p.blocking]
    framework = load_framework("efqm-2013")
    assert [p.item_id for p in problems] == [i for i in framework.items if i != "1c"]
    assert {p.code for p in everything if p.item_id == "1c"} == set(), "not assessed: no advice"
    first, second, third = problems[:3]
    assert (first.item_id, first.code) == ("1a", ProblemCode.JUSTIFICATION_MISSING)
    assert first.values == {"overall": "55", "suggested": "20"}
    assert (second.item_id, second.code) == ("1b", ProblemCode.ATTRIBUTES_MISSING)
    assert second.values["missing"] == "6" and second.values["total"] == "7"
    assert "sound" not in second.values["attributes"]
    assert (third.item_id, third.code) == ("1d", ProblemCode.NOT_SCORED)
    assert all(p.blocking for p in problems)
    assert first.english() == (
        "the agreed overall 55 departs from the suggested 20 and needs a justification"
    )

    profile.scores.set_overall(assessment_id, "1a", 55, "site visit showed wider deployment")
    sheet = full_sheet("efqm-2013", 50)
    for finished in ("1a", "1c"):
        del sheet["items"][finished]
    profile.assessments.fill_from_sheet(assessment_id, sheet)
    remaining = check_assessment(profile.assessments, assessment_id)
    assert remaining and not any(p.blocking for p in remaining), "only the scorebook's advice"


def test_scorebook_advice_follows_the_thresholds_and_never_blocks(enrolled: Enrolled) -> None:
    profile, assessment_id = enrolled.profile, enrolled.assessment_id
    sheet = full_sheet("efqm-2013", 50)
    profile.assessments.fill_from_sheet(assessment_id, sheet)
    strengths = [f"Strength {n} backed by evidence" for n in range(3)]
    afis = [f"Area {n} to improve" for n in range(6)]
    profile.scores.set_texts(assessment_id, "1a", "strengths", strengths)
    profile.scores.set_texts(assessment_id, "1a", "afis", afis)
    profile.scores.set_texts(assessment_id, "1a", "site_visit_issues", ["a", "b", "c", "d"])
    _set_attributes(enrolled, "1b", 70)
    _set_attributes(enrolled, "1c", 30)
    profile.scores.set_texts(assessment_id, "1c", "strengths", strengths)

    advice = {
        item: {(p.code, tuple(sorted(p.values.items()))) for p in problems}
        for item in ("1a", "1b", "1c")
        for problems in [
            [p for p in check_assessment(profile.assessments, assessment_id) if p.item_id == item]
        ]
    }
    assert advice["1a"] == {
        (ProblemCode.MANY_AFIS, (("count", "6"), ("high", "5"), ("low", "3"))),
        (ProblemCode.MANY_SITE_VISIT_ISSUES, (("count", "4"), ("high", "3"))),
    }
    assert (ProblemCode.HIGH_OVERALL_NO_STRENGTH, (("overall", "70"),)) in advice["1b"]
    assert (ProblemCode.LOW_OVERALL_NO_AFI, (("overall", "30"),)) in advice["1c"]
    assert (ProblemCode.FEW_STRENGTHS, (("count", "0"), ("high", "5"), ("low", "3"))) in advice[
        "1b"
    ]
    problems = check_assessment(profile.assessments, assessment_id)
    assert not any(p.blocking for p in problems)
    exported = export_assessment(profile, assessment_id, enrolled.folder / "out.ipmsb")
    assert exported.path.exists(), "advice never stops an export"


def test_incomplete_assessment_is_not_exported_and_uses_no_revision(
    enrolled: Enrolled, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "bundle.ipmsb"
    out.parent.mkdir()
    head = enrolled.profile.audit_head()
    with pytest.raises(IncompleteAssessment) as caught:
        export_assessment(enrolled.profile, enrolled.assessment_id, out)
    message = str(caught.value)
    assert "1a not scored yet; 1b not scored yet" in message
    assert "and 27 more" in message and "\n" not in message
    assert caught.value.message_id == "assessment-incomplete"
    assert caught.value.values["count"] == "32"
    assert list(out.parent.iterdir()) == []
    assert _revision(enrolled) == 0
    assert enrolled.profile.audit_head() == head


def test_failed_write_uses_no_revision_and_names_agree(enrolled: Enrolled, tmp_path: Path) -> None:
    _finish(enrolled)
    plan = plan_export(enrolled.profile, enrolled.assessment_id)
    assert plan.revision == 1
    assert plan.file_name == "Ministry-of-Trade-2026-r1.ipmsb"

    missing_folder = tmp_path / "absent" / plan.file_name
    with pytest.raises(IpmsError) as caught:
        export_assessment(
            enrolled.profile, enrolled.assessment_id, missing_folder, expected_revision=1
        )
    assert caught.value.message_id == "folder-missing"
    assert _revision(enrolled) == 0
    assert plan_export(enrolled.profile, enrolled.assessment_id) == plan

    target = tmp_path / plan.file_name
    exported = export_assessment(
        enrolled.profile, enrolled.assessment_id, target, expected_revision=plan.revision
    )
    assert exported.revision == 1 == _revision(enrolled)
    assert _open(enrolled, target)["revision"] == 1
    assert plan_export(enrolled.profile, enrolled.assessment_id).file_name == (
        default_bundle_name("Ministry of Trade", 2026, 2)
    )


def test_a_revision_that_moved_meanwhile_writes_nothing(enrolled: Enrolled, tmp_path: Path) -> None:
    _finish(enrolled)
    shown = plan_export(enrolled.profile, enrolled.assessment_id)
    export_assessment(enrolled.profile, enrolled.assessment_id, tmp_path / "first.ipmsb")
    late = tmp_path / shown.file_name
    with pytest.raises(IpmsError) as caught:
        export_assessment(
            enrolled.profile, enrolled.assessment_id, late, expected_revision=shown.revision
        )
    assert caught.value.message_id == "export-revision-moved"
    assert not late.exists()
    assert _revision(enrolled) == 1


def test_recording_failure_removes_the_new_bundle(
    enrolled: Enrolled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _finish(enrolled)

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise IpmsError("the profile's disk is full")

    monkeypatch.setattr(enrolled.profile.assessments, "mark_exported", refuse)
    target = tmp_path / "bundle.ipmsb"
    with pytest.raises(IpmsError, match="disk is full"):
        export_assessment(enrolled.profile, enrolled.assessment_id, target)
    assert list(tmp_path.glob("*.ipmsb")) == []
    monkeypatch.undo()
    assert _revision(enrolled) == 0


def test_bundle_carries_the_audit_head_of_its_content_and_reports_progress(
    enrolled: Enrolled, tmp_path: Path
) -> None:
    _finish(enrolled)
    evidence = tmp_path / "minutes.txt"
    evidence.write_bytes(b"board minutes, test only\n" * 50_000)
    enrolled.profile.evidence.add(enrolled.assessment_id, "1a", evidence)
    head_before = enrolled.profile.audit_head()
    seen: list[tuple[int, int]] = []
    target = tmp_path / "bundle.ipmsb"
    export_assessment(
        enrolled.profile,
        enrolled.assessment_id,
        target,
        progress=lambda done, total: seen.append((done, total)),
    )
    document = _open(enrolled, target)
    assert document["audit_head"] == head_before
    assert enrolled.profile.audit_head() != head_before, "the export is in the chain too"
    size = evidence.stat().st_size
    assert seen[-1] == (size, size)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
