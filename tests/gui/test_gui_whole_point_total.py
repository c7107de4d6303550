"""The editor's total label as the assessor reads it: whole points beside the level they
reach on EFQM 2013.3, and one decimal on an assessment started on 2013.2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ipms_desktop.frameworks import Framework, content_hash, load_framework, load_framework_version
from ipms_desktop.gui.i18n import isolate_ltr

PREVIOUS = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "previous"


def _version_2013_2() -> Framework:
    data = json.loads((PREVIOUS / "efqm-2013-2013.2.json").read_text(encoding="utf-8"))
    framework = load_framework_version("efqm-2013", content_hash(data))
    assert framework is not None
    return framework


def _score_at_300_25(profile, assessment_id: str, framework: Framework, skip: str) -> None:
    """Every item 30 % but 7b at 35 % (+1.25) and 1a at 25 % (-1): 300.25 once ``skip``
    is scored 30 too."""
    items = {}
    for item_id, item in framework.items.items():
        if item_id == skip:
            continue
        attribute_set = framework.attribute_set_for(framework.default_panel, item)
        score = {"7b": 35, "1a": 25}.get(item_id, 30)
        items[item_id] = {"attributes": dict.fromkeys(attribute_set.attributes, score)}
    profile.assessments.fill_from_sheet(assessment_id, {"items": items})


def _type_item_scores(editor, qtbot, score: int) -> None:
    """The last item scored by keyboard, as the assessor does: each attribute typed."""
    for control in editor.page.controls.values():
        control.spin.setFocus()
        control.spin.selectAll()
        qtbot.keyClicks(control.spin, str(score))
        qtbot.keyClick(control.spin, Qt.Key_Tab)


@pytest.mark.parametrize(
    ("language", "of", "level_1", "level_2"),
    [
        ("en", "{} of 1000", "Level 1: Developing", "Level 2: Established"),
        ("ar", "{} من 1000", "المستوى 1: قيد التطوير", "المستوى 2: راسخ"),
    ],
)
def test_editor_total_in_whole_points_and_earlier_version_in_tenths(
    window, qtbot, monkeypatch, tmp_path, language, of, level_1, level_2
) -> None:
    from tests.gui.conftest import PASSPHRASE, drive_first_run_with_training

    drive_first_run_with_training(window, qtbot, language)
    profile = window.profile
    current = load_framework("efqm-2013")
    assessment_id = profile.assessments.create("Ministry of Planning", "efqm-2013", 2026)
    _score_at_300_25(profile, assessment_id, current, skip="9b")
    window.open_assessment(assessment_id, "9b")
    editor = window.editor
    assert editor.framework.version == "2013.3"
    _type_item_scores(editor, qtbot, 30)
    qtbot.waitUntil(lambda: editor.scores.total is not None and not editor.scores.provisional)
    assert editor.scores.total == 300.25
    shown = editor.total_label.text().replace(isolate_ltr("300"), "300")
    assert shown == of.format("300"), editor.total_label.text()
    assert editor.band_label.text() == level_1  # 300 is not over 300

    # An assessment started on 2013.2 (as one made before this version) keeps its rule.
    earlier = _version_2013_2()
    monkeypatch.setattr("ipms_desktop.store.assessments.load_framework", lambda _id: earlier)
    old_id = profile.assessments.create("Ministry of Water Resources", "efqm-2013", 2026)
    monkeypatch.undo()
    _score_at_300_25(profile, old_id, earlier, skip="")
    window.open_assessment(old_id, "1a")
    editor = window.editor
    assert editor.framework.version == "2013.2"
    assert editor.scores.total == 300.25
    shown = editor.total_label.text().replace(isolate_ltr("300.3"), "300.3")
    assert shown == of.format("300.3"), editor.total_label.text()
    assert editor.band_label.text() == level_2

    # The earlier version is still allowed by the trust settings made from this
    # installation's frameworks: the assessment exports, and its bundle opens with the
    # version it was scored against.
    from ipms_desktop.bundles.reader import open_bundle
    from ipms_desktop.services.assessment_export import export_assessment
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.trust_settings import load_trust_settings

    out = tmp_path / "water.ipmsb"
    export_assessment(profile, old_id, out)
    authority = CertificateAuthority(window.context.training_dir)
    trust = load_trust_settings(window.context.training_dir / "training-trust-settings.ipmst")
    opened = open_bundle(out, trust, authority.consolidation_private_key(PASSPHRASE))
    assert opened.document["framework"]["hash"] == earlier.content_hash
