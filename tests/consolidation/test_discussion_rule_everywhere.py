"""The team lead and CoMSEC see the same "discuss first" list: the consensus view (the
workspace and ``ipms consensus show``) and the cycle results (the workbook and the PDF)
flag exactly the items whose overall scores spread by the threshold or more."""

from __future__ import annotations

import json

from ipms_desktop.consolidation.consensus import load_consensus, view_to_json
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.scoring import dumps_exact
from tests.consolidation_samples import (
    assessment_document,
    incoming,
    json_opener,
    write_fake_bundle,
)

INSTITUTION = "Ministry of Trade"


def test_workspace_show_workbook_and_pdf_flag_the_same_items(local_db, tmp_path):
    documents = [
        assessment_document(assessor=f"Assessor {n}", base=base, seed=n)
        for n, base in enumerate([45, 50, 50])
    ]
    # 2a: overall scores far apart; 3b: one attribute far apart, overalls close.
    documents[0]["items"]["2a"]["attributes"] = dict.fromkeys(
        documents[0]["items"]["2a"]["attributes"], 90
    )
    documents[1]["items"]["3b"]["attributes"]["sound"] = 100
    paths = [write_fake_bundle(tmp_path, incoming(d)) for d in documents]
    merge_bundles(local_db, paths, json_opener, tmp_path / "q")

    view = load_consensus(local_db, INSTITUTION, 2026, threshold=15)
    workspace = {item.item.id for item in view.flagged_items}
    shown = json.loads(dumps_exact(view_to_json(view, anonymised=True)))
    show = {item["item"] for item in shown["items"] if item["flagged"]}
    results = load_cycle_results(local_db, 2026, threshold=15)
    (institution,) = results.institutions
    reports = {spread.item_id for spread in institution.item_spreads() if spread.flagged}

    assert "2a" in workspace and "3b" not in workspace
    assert workspace == show == reports
    for item in view.items:
        overalls = [v for v in item.overall.values if v is not None]
        assert item.flagged == (max(overalls) - min(overalls) >= 15)


def test_show_json_marks_a_provisional_consensus_without_level(local_db, tmp_path):
    documents = [assessment_document(assessor=f"Assessor {n}", base=60, seed=n) for n in range(2)]
    for document in documents:
        document["items"]["6b"] = {"not_assessed": "indicators not presented"}
    paths = [write_fake_bundle(tmp_path, incoming(d)) for d in documents]
    merge_bundles(local_db, paths, json_opener, tmp_path / "q")
    shown = json.loads(
        dumps_exact(view_to_json(load_consensus(local_db, INSTITUTION, 2026), anonymised=True))
    )
    # 6: 60 * .75 = 45 % of 150 = 67.5; total 600 - 90 + 67.5 = 577.5, provisional
    assert shown["total"] == 577.5
    assert shown["provisional"] is True and shown["band"] is None
