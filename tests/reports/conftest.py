"""A known cycle for the report tests: three institutions, one with an agreed consensus."""

from __future__ import annotations

import pytest

from ipms_desktop.consolidation.consensus import (
    consensus_document,
    load_consensus,
    set_consensus_score,
)
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.reports.cycle_results import load_cycle_results
from tests.consolidation_samples import (
    assessment_document,
    assign_team,
    fingerprint_of,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

# What the team lead marks as key points (the consensus document's "key_points").
KEY_POINTS = {
    "strengths": [{"item": "1a", "text": "Leaders meet staff every month."}],
    "areas_for_improvement": [{"item": "4b", "text": "81% of the investment budget was executed."}],
}

TRADE = "Ministry of Trade"
ELECTRICITY = "وزارة الكهرباء"
YOUTH = "Ministry of Youth: Sports/Culture"


@pytest.fixture(scope="module")
def cycle_database(tmp_path_factory: pytest.TempPathFactory):
    """Three institutions in 2026 (one with an agreed consensus), two of them also in 2025."""
    folder = tmp_path_factory.mktemp("reports")
    database = open_local(folder / "cycle.db")
    values = []
    for institution, cycles, team in (
        (TRADE, (2025, 2026), (40, 50, 60)),
        (ELECTRICITY, (2025, 2026), (45, 70)),
        (YOUTH, (2026,), (55,)),
    ):
        for cycle in cycles:
            for number, base in enumerate(team):
                document = assessment_document(
                    institution=institution,
                    cycle=cycle,
                    assessor=f"{institution} assessor {number}",
                    base=base + (5 if cycle == 2026 else 0),
                    seed=number,
                )
                values.append(incoming(document))
    merge_bundles(database, [write_fake_bundle(folder, v) for v in values], json_opener, folder)
    set_consensus_score(database, TRADE, 2026, "1a", "sound", 90, "role models everywhere")
    view = load_consensus(database, TRADE, 2026)
    consensus = consensus_document(
        view,
        consensus_id="c" * 32,
        revision=1,
        team_lead_name="Lead",
        team_lead_fingerprint=fingerprint_of("Lead"),
    )
    consensus["key_points"] = KEY_POINTS
    assign_team(database, TRADE, 2026, "Lead")
    merged = merge_bundles(
        database, [write_fake_bundle(folder, incoming(consensus))], json_opener, folder
    )
    assert merged[0].outcome.value == "merged", merged[0].reason
    yield database
    database.close()


@pytest.fixture(scope="module")
def results(cycle_database):
    return load_cycle_results(cycle_database, 2026)
