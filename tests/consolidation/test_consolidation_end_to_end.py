"""Real signed bundles through the command line: merge, consensus, export, merge, report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from openpyxl import load_workbook
from sqlalchemy import select

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.cli import main
from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.schema import bundles
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.consolidation_samples import PASSPHRASE, assessment_document

CA_PASSPHRASE = "test-only root passphrase"
KEY_PASSPHRASE = "test-only consolidation passphrase"
PROFILE_PASSPHRASE = "test-only team lead passphrase"
CHEAP_ARGON2 = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
INSTITUTION = "Ministry of Trade"


def ipms(*arguments: object) -> int:
    return main([str(argument) for argument in arguments])


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A CA, its trust file, three assessors' bundles and an enrolled team-lead profile."""
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", CA_PASSPHRASE)
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", KEY_PASSPHRASE)
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IPMS_PASSPHRASE", PROFILE_PASSPHRASE)
    monkeypatch.chdir(tmp_path)
    ca = CertificateAuthority.create(
        tmp_path / "ca",
        "IPMS Test Root (test only)",
        CA_PASSPHRASE,
        KEY_PASSPHRASE,
        kdf=CHEAP_ARGON2,
    )
    trust_path = tmp_path / "trust.json"
    trust_path.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    trust = load_trust_settings(trust_path)
    bundles = []
    for number, base in enumerate((40, 50, 75)):
        key = ed25519.Ed25519PrivateKey.generate()
        name = f"Assessor Number {number}"
        certificate = ca.issue(
            build_certificate_request(key, name, None), "assessor", CA_PASSPHRASE
        )
        document = assessment_document(assessor=name, base=base, seed=number)
        document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(certificate)
        path = tmp_path / f"assessor-{number}.ipmsb"
        write_bundle(
            path,
            kind="assessment",
            document=document,
            evidence=[],
            signer=BundleSigner(key, certificate),
            recipients=list(trust.default_recipients()),
        )
        bundles.append(path)
    profile_dir = tmp_path / "lead-profile"
    profile, _ = create_profile(
        profile_dir,
        "Team Lead",
        PROFILE_PASSPHRASE,
        kdf_params=KdfParams(memory_kib=64, iterations=1, lanes=1),
    )
    profile.close()
    assert ipms("profile", "install-trust", "--profile", profile_dir, trust_path) == 0
    assert ipms("profile", "request", "--profile", profile_dir, "--out", tmp_path / "req.pem") == 0
    lead_cert = tmp_path / "lead.pem"
    assert (
        ipms(
            "admin",
            "issue",
            "--ca",
            ca.folder,
            tmp_path / "req.pem",
            "--role",
            "team-lead",
            "--out",
            lead_cert,
        )
        == 0
    )
    assert ipms("profile", "install-cert", "--profile", profile_dir, lead_cert) == 0
    return {
        "root": tmp_path,
        "trust": trust_path,
        "key": ca.consolidation_key_path,
        "bundles": bundles,
        "profile": profile_dir,
        "ca": ca.folder,
        "lead_cert": lead_cert,
    }


@pytest.mark.postgres
def test_team_lead_and_comsec_flow(world, capsys, postgres_server):
    root = world["root"]
    team_db = root / "team.db"
    merge = ("merge", "--db", team_db, "--trust", world["trust"], "--key", world["key"])
    assert ipms(*merge, "--json", *world["bundles"]) == 0
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["outcome"] for o in outcomes] == ["merged"] * 3
    assert {"file", "outcome", "reason"} <= set(outcomes[0])

    # Re-merging changes nothing; a forged copy is rejected and quarantined; exit code 1.
    forged = root / "forged.ipmsb"
    data = bytearray(world["bundles"][0].read_bytes())
    data[len(data) // 2] ^= 0x01
    forged.write_bytes(bytes(data))
    assert ipms(*merge, "--quarantine", root / "q", world["bundles"][0], forged) == 1
    table = capsys.readouterr().out
    assert "duplicate" in table and "rejected" in table and "1 duplicate" in table
    assert (root / "q" / "forged.ipmsb").read_bytes() == bytes(data)
    assert "REJECTED" not in table and (root / "q" / "forged.ipmsb.reason.txt").exists()

    where = ("--db", team_db, "--institution", INSTITUTION, "--cycle", 2026)
    assert ipms("consensus", "show", *where) == 0
    shown = capsys.readouterr().out
    assert "Assessor A" in shown and "Assessor Number" not in shown
    assert "DISCUSS FIRST" in shown  # 40, 50 and 75 spread by 35 points
    assert (
        ipms(
            "consensus",
            "set",
            *where,
            "--item",
            "1a",
            "--attribute",
            "sound",
            "--value",
            60,
            "--justification",
            "plan seen on site",
        )
        == 0
    )
    assert (
        ipms("consensus", "set", *where, "--item", "1a", "--attribute", "sound", "--value", 60) == 1
    )
    assert "needs a justification" in capsys.readouterr().err
    assert (
        ipms(
            "consensus",
            "notes",
            *where,
            "--item",
            "1a",
            "--list",
            "afis",
            "--add",
            "Publish the plan",
        )
        == 0
    )
    capsys.readouterr()
    assert ipms("consensus", "show", *where, "--json", "--names") == 0
    view = json.loads(capsys.readouterr().out)
    item_1a = next(i for i in view["items"] if i["item"] == "1a")
    sound = next(r for r in item_1a["rows"] if r["attribute"] == "sound")
    assert sound["consensus"] == 60 and sound["overridden"] is True
    assert "Publish the plan" in item_1a["afis"]

    assert ipms("consensus", "agree", *where, "--item", "1a") == 0
    assert ipms("consensus", "key", *where, "--item", "1a", "--strength", "Leaders meet staff") == 0
    capsys.readouterr()
    consensus_bundle = root / "consensus.ipmsb"
    assert (
        ipms(
            "consensus", "export", *where, "--profile", world["profile"], "--out", consensus_bundle
        )
        == 0
    )
    warned = capsys.readouterr().err
    assert "warning: 31 items are not marked agreed (exported all the same): 1b, " in warned
    assert ipms("consensus", "show", *where, "--json") == 0
    assert json.loads(capsys.readouterr().out)["state"] == "exported"
    with open_consolidation_database(str(team_db), lambda _creating: PASSPHRASE) as database:
        exported = json.loads(
            database.read(
                lambda c: c.execute(
                    select(bundles.c.document).where(bundles.c.kind == "consensus")
                ).scalar_one()
            )
        )
    assert exported["agreed_items"] == ["1a"]
    assert exported["key_points"] == {
        "strengths": [{"item": "1a", "text": "Leaders meet staff"}],
        "areas_for_improvement": [],
    }
    assert [event["event"] for event in exported["lifecycle"]] == ["start"]
    assert len(exported["lifecycle"][0]["revisions"]) == 3
    assert ipms("verify", "--trust", world["trust"], consensus_bundle) == 0
    assert capsys.readouterr().out.strip().endswith("OK")

    # CoMSEC assigns the team lead, then merges the assignment, the individual bundles and
    # the consensus into PostgreSQL and reports.
    assignments = root / "assignments-2026.json"
    assign = ("admin", "assign", "--ca", world["ca"], "--cycle", 2026)
    assert (
        ipms(
            *assign,
            "--institution",
            INSTITUTION,
            "--lead",
            world["lead_cert"],
            "--out",
            assignments,
        )
        == 0
    )
    capsys.readouterr()
    shared = postgres_server.create_database()
    assert (
        ipms(
            "merge",
            "--db",
            shared,
            "--trust",
            world["trust"],
            "--key",
            world["key"],
            "--statement",
            assignments,
            "--json",
            *world["bundles"],
            consensus_bundle,
        )
        == 0
    )
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["outcome"] for o in outcomes] == ["merged"] * 4
    assert outcomes[-1]["kind"] == "consensus"
    workbook_path = root / "cycle.xlsx"
    assert (
        ipms(
            "report",
            "--db",
            shared,
            "--cycle",
            2026,
            "--xlsx",
            workbook_path,
            "--pdf",
            root / "pdf",
            "--lang",
            "ar",
        )
        == 0
    )
    workbook = load_workbook(workbook_path)
    summary = workbook.worksheets[0]
    assert summary.sheet_view.rightToLeft is True
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][0] == INSTITUTION and rows[0][1] == "التوافق"
    assert isinstance(rows[0][11], int | float) and not isinstance(rows[0][11], bool)
    assert list((root / "pdf").glob("*.pdf"))


def test_merge_with_a_key_the_bundles_are_not_for_stops_and_quarantines_nothing(world, capsys):
    root = world["root"]
    other = CertificateAuthority.create(
        root / "other-ca", "Other Root (test only)", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_ARGON2
    )
    merge = ("merge", "--db", root / "team.db", "--trust", world["trust"])
    arguments = (*merge, "--quarantine", root / "q", "--key", other.consolidation_key_path)
    assert ipms(*arguments, *world["bundles"]) == 1
    captured = capsys.readouterr()
    wanted = other.consolidation_public_key().key_id
    assert "assessor-0.ipmsb is encrypted for sha256:" in captured.err
    assert f"not for the consolidation key in use ({wanted})" in captured.err
    assert "nothing was quarantined" in captured.err
    assert not (root / "q").exists() or list((root / "q").iterdir()) == []

    # With the right key the same files merge, and nothing was left behind to clean up.
    assert ipms(*merge, "--quarantine", root / "q", "--key", world["key"], *world["bundles"]) == 0
    assert "3 merged" in capsys.readouterr().out
