"""The merge console given hostile files: a look-alike institution is named, a pipe is
refused unread, in each language, and the console goes on to the next file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.consolidation.merge import Outcome
from ipms_desktop.frameworks import load_framework
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE
from tests.consolidation_samples import assessment_document
from tests.gui_teamlead.conftest import (
    CYCLE,
    INSTITUTION,
    World,
    close_window,
    merge_all,
    open_window,
)

# Latin "Ministry of Trade" with a Cyrillic "і" in place of the first "i".
LOOK_ALIKE = INSTITUTION.replace("i", "\u0456", 1)

EXPECTED = {
    "en": ("looks like", "not an ordinary file"),
    "ar": ("يشبه اسم مؤسستها", "ليس ملفًا عاديًا"),
    "ckb": ("ناوی دامەزراوەکەی لە", "فایلێکی ئاسایی نییە"),
}


def insider_bundle(
    world: World,
    name: str,
    institution: str = INSTITUTION,
    framework: str = "efqm-2013",
    strengths: list[str] | None = None,
) -> Path:
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = world.ca.issue(
        build_certificate_request(key, "Fourth Assessor"), "assessor", CA_PASSPHRASE
    )
    document = assessment_document(
        load_framework(framework), institution=institution, assessor="Fourth Assessor", seed=7
    )
    document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(certificate)
    if strengths:
        document["items"]["1a"]["strengths"].extend(strengths)
    path = world.root / name
    write_bundle(
        path,
        kind="assessment",
        document=document,
        evidence=[],
        signer=BundleSigner(key, certificate),
        recipients=list(load_trust_settings(world.trust_file).default_recipients()),
    )
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_look_alike_named_and_pipe_refused(qtbot, context, world, language):
    context.languages.apply(language)
    pipe = world.root / "pipe.ipmsb"
    os.mkfifo(pipe)
    window = open_window(qtbot, context, world)
    if window.recovery_box is not None:
        window.recovery_box.accept()
    merge_all(
        qtbot,
        window,
        [
            world.bundles[0],
            insider_bundle(world, "look-alike.ipmsb", LOOK_ALIKE),
            pipe,
            world.bundles[1],
        ],
    )
    results = window.table.results()
    assert [r.outcome for r in results] == [
        Outcome.MERGED,
        Outcome.MERGED,
        Outcome.REJECTED,
        Outcome.MERGED,
    ]
    assert results[1].look_alikes == (INSTITUTION,)
    look_alike_text, pipe_text = EXPECTED[language]
    assert look_alike_text in window.table.item(1, window.table.MEANING).text()
    assert INSTITUTION in window.table.item(1, window.table.MEANING).text()
    assert pipe_text in window.table.item(2, window.table.MEANING).text()
    # Every later merge of either spelling names the other, until a person decides.
    assert results[3].look_alikes == (LOOK_ALIKE,)
    assert look_alike_text in window.table.item(3, window.table.MEANING).text()
    assert results[0].look_alikes == ()
    close_window(window, context)
    context.languages.apply("en")


LEFT_OUT = {
    "en": "Assessments left out of the reports",
    "ar": "تقييمات مستبعدة من التقارير",
    "ckb": "لە ڕاپۆرتەکان دەرهێنراون",
}


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_reports_leave_out_another_framework_version_and_say_so(qtbot, context, world, language):
    context.languages.apply(language)
    window = open_window(qtbot, context, world)
    if window.recovery_box is not None:
        window.recovery_box.accept()
    other = insider_bundle(world, "other-version.ipmsb", framework="efqm-2020")
    merge_all(qtbot, window, [*world.bundles, other])
    assert [r.outcome for r in window.table.results()] == [Outcome.MERGED] * 4
    window.tabs.setCurrentIndex(window.REPORTS_TAB)
    panel = window.reports
    panel.cycle_spin.setValue(CYCLE)
    panel.load_cycle()
    qtbot.waitUntil(lambda: panel.institutions_list.count() == 1, timeout=30_000)
    assert panel.write_button.isEnabled()
    assert panel.status_line.label.property("role") == "warning"
    assert LEFT_OUT[language] in panel.status_line.text()
    assert INSTITUTION in panel.status_line.text()
    assert "efqm-2020" in panel.status_line.label.toolTip()
    close_window(window, context)
    context.languages.apply("en")


BROKEN_TEXT = {
    "en": "The file holds text that cannot be stored",
    "ar": "يحتوي الملف على نص لا يمكن حفظه",
    "ckb": "فایلەکە دەقێکی تێدایە کە ناتوانرێت هەڵبگیرێت",
}


def surrogate_bundle(world: World, name: str) -> Path:
    """An insider's bundle whose strength holds the escape ``\\ud800`` (the writer told to
    write ASCII JSON, as a modified copy of the application could)."""
    original = json.dumps
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            json, "dumps", lambda value, **o: original(value, **{**o, "ensure_ascii": True})
        )
        path = insider_bundle(world, name, strengths=["agreed \ud800 in the meeting"])
    return path


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_text_that_is_not_unicode_is_refused_in_words_and_the_next_file_merges(
    qtbot, context, world, language
):
    context.languages.apply(language)
    window = open_window(qtbot, context, world)
    if window.recovery_box is not None:
        window.recovery_box.accept()
    hostile = surrogate_bundle(world, "broken-text.ipmsb")
    merge_all(qtbot, window, [world.bundles[0], hostile, world.bundles[1]])
    results = window.table.results()
    assert [r.outcome for r in results] == [Outcome.MERGED, Outcome.REJECTED, Outcome.MERGED]
    meaning = window.table.item(1, window.table.MEANING)
    assert BROKEN_TEXT[language] in meaning.text()
    # The technical reason, for CoMSEC's support, names the place and shows the escape.
    assert "items.1a.strengths.2" in meaning.toolTip()
    assert '"agreed \\ud800 in the meeting"' in meaning.toolTip()
    assert "(copied to " in results[1].reason
    close_window(window, context)
    context.languages.apply("en")
