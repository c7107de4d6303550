"""One person with a training profile walks the whole cycle alone: score, export, merge,
consensus, consensus export and report, through the services and the command line.

The training profile carries everything the walk needs: the training CA's trust
settings, an assessor certificate, a training team-lead certificate for the same keys,
and the training consolidation key the exports are encrypted for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography import x509

from ipms_desktop.cli import main
from ipms_desktop.consolidation.consensus import load_consensus, merged_institutions
from ipms_desktop.consolidation.consensus_export import export_consensus
from ipms_desktop.consolidation.merge import Outcome
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.services.assessment_export import export_assessment
from ipms_desktop.services.consolidation_session import SessionRequest, open_session
from ipms_desktop.services.profiles import create_profile
from ipms_desktop.services.training import (
    TRAINING_TEAM_LEAD_CERTIFICATE,
    TRAINING_TRUST_FILE,
    set_up_training,
    training_ca_folder,
    training_consolidation_key,
)
from ipms_desktop.trust.extensions import ROLE_TEAM_LEAD, role_of
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.services.conftest import CHEAP_KEY_FILE_KDF, CHEAP_STORE_KDF, PROFILE_PASSPHRASE
from tests.store.conftest import full_sheet

DATABASE_PASSPHRASE = "harbour lantern meadow 2026 walk"


def test_one_trainee_goes_from_scoring_to_a_consensus_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, _code = create_profile(
        tmp_path / "trainee", "Trainee", PROFILE_PASSPHRASE, kdf_params=CHEAP_STORE_KDF
    )
    setup = set_up_training(profile, PROFILE_PASSPHRASE, "en", key_file_kdf=CHEAP_KEY_FILE_KDF)
    ca_folder = training_ca_folder(profile.folder)
    lead_certificate = x509.load_pem_x509_certificate(
        (ca_folder / TRAINING_TEAM_LEAD_CERTIFICATE).read_bytes()
    )
    assert role_of(lead_certificate) == ROLE_TEAM_LEAD
    trust = load_trust_settings(setup.trust_file)
    key = training_consolidation_key(profile.keys)
    assert key is not None
    assert key.public_key().key_id in {k.key_id for k in trust.consolidation_recipients}

    # 1. Score the sample case and 2. export it (signed with the assessor certificate).
    profile.assessments.fill_from_sheet(setup.assessment_id, full_sheet("efqm-2013", 50))
    bundle = tmp_path / "usb" / "sample.ipmsb"
    bundle.parent.mkdir()
    export_assessment(profile, setup.assessment_id, bundle)

    # 3. Merge it as the team lead: no key file, no trust file, the profile has both.
    database = tmp_path / "team.ipmsdb"
    request = SessionRequest(str(database), DATABASE_PASSPHRASE, tmp_path / "quarantine")
    session = open_session(request, profile, CHEAP_STORE_KDF)
    try:
        assert session.merge(bundle).outcome is Outcome.MERGED
        [(institution, cycle)] = merged_institutions(session.database)
        assert cycle == date.today().year
        # 4. The consensus starts from the one assessment; 5. it is exported, signed
        # with the training team-lead certificate.
        assert load_consensus(session.database, institution, cycle).items
        consensus = tmp_path / "usb" / "consensus.ipmsb"
        export_consensus(session.database, institution, cycle, profile.keys, consensus)
        results = load_cycle_results(session.database, cycle)
        [reported] = results.institutions
        assert reported.consensus is not None, "the exported consensus counts in the report"
    finally:
        session.close()
    profile.close()

    # The consensus bundle checks out against the training trust settings, and the
    # 6. report is written from the team lead's database on the command line.
    assert main(["verify", "--trust", str(ca_folder / TRAINING_TRUST_FILE), str(consensus)]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", DATABASE_PASSPHRASE)
    workbook = tmp_path / "cycle.xlsx"
    arguments = ["report", "--db", str(database), "--cycle", str(cycle), "--xlsx", str(workbook)]
    assert main([*arguments, "--pdf", str(tmp_path / "pdf")]) == 0
    assert workbook.stat().st_size > 0
    assert list((tmp_path / "pdf").glob("*.pdf"))
