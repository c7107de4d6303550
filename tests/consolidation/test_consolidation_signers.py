"""Who may send what, with real certificates and signed bundles: signers by key (renewal,
replaced keys, an insider reusing someone's assessment id), CoMSEC's team assignments for
consensus bundles, conflicts between consensus bundles, and the trust settings merge keeps."""

from __future__ import annotations

import copy
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from openpyxl import load_workbook
from sqlalchemy import select

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.cli import main
from ipms_desktop.consolidation.consensus import consensus_document, load_consensus
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.merge import MergeResult, Outcome, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.consolidation.schema import bundles
from ipms_desktop.consolidation.signers import remember_trust
from ipms_desktop.consolidation.statement_install import install_statement
from ipms_desktop.errors import IpmsError
from ipms_desktop.reports.catalogue import tr
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.workbook import write_workbook
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.ca_statements import assign_team, link_keys
from ipms_desktop.trust.certificates import certificate_fingerprint, public_key_id
from ipms_desktop.trust.keyfile import Argon2Parameters
from ipms_desktop.trust.profile_credentials import check_trust_update
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings
from tests.consolidation_samples import PASSPHRASE, assessment_document, open_local
from tests.tooling import needs_program

CA_PASSPHRASE = "test-only root passphrase"
KEY_PASSPHRASE = "test-only consolidation passphrase"
CHEAP = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
TRADE = "Ministry of Trade"
HEALTH = "Ministry of Health"


@dataclass
class World:
    folder: Path
    ca: CertificateAuthority
    trust: TrustSettings
    database: ConsolidationDatabase
    count: int = 0

    def person(self, name: str, role: str, key: ed25519.Ed25519PrivateKey | None = None):
        key = key or ed25519.Ed25519PrivateKey.generate()
        request = build_certificate_request(key, name, None)
        return BundleSigner(key, self.ca.issue(request, role, CA_PASSPHRASE))

    def bundle(self, signer: BundleSigner, kind: str, document: dict, **when) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:03d}-{kind}.ipmsb"
        block = "assessor" if kind == "assessment" else "team_lead"
        document = copy.deepcopy(document)
        document[block]["certificate_fingerprint"] = certificate_fingerprint(signer.certificate)
        write_bundle(
            path,
            kind=kind,
            document=document,
            evidence=[],
            signer=signer,
            recipients=list(self.trust.default_recipients()),
            **when,
        )
        return path

    def merge(self, *paths: Path) -> list[MergeResult]:
        key = self.ca.consolidation_private_key(KEY_PASSPHRASE)
        return merge_bundles(
            self.database, list(paths), bundle_opener(self.trust, key), self.folder / "q"
        )

    def statement(self, data: bytes, name: str) -> str:
        path = self.folder / name
        path.write_bytes(data)
        return install_statement(self.database, path, self.trust)

    def current(self) -> list[tuple[str, str, int]]:
        rows = self.database.read(
            lambda c: c.execute(
                select(bundles.c.signer_name, bundles.c.assessment_id, bundles.c.revision).where(
                    bundles.c.is_current
                )
            ).all()
        )
        return sorted((r.signer_name, r.assessment_id, r.revision) for r in rows)


@pytest.fixture
def world(tmp_path: Path):
    ca = CertificateAuthority.create(
        tmp_path / "ca", "IPMS Test Root (test only)", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP
    )
    trust = load_trust_settings(ca.trust_settings(CA_PASSPHRASE))
    database = open_local(tmp_path / "comsec.db")
    yield World(tmp_path, ca, trust, database)
    database.close()


def _assessment(name: str, assessment_id: str, revision: int = 1, **changes) -> dict:
    document = assessment_document(
        assessor=name, assessment_id=assessment_id, revision=revision, base=50, seed=revision
    )
    document.update(changes)
    return document


def _outcome(results: list[MergeResult]) -> list[str]:
    return [r.outcome.value for r in results]


# Finding: an insider reusing a visible assessment id blocked the genuine bundle for good.
def test_an_insider_reusing_an_assessment_id_cannot_block_the_genuine_bundle(world):
    alice = world.person("Alice Assessor", "assessor")
    mallory = world.person("Mallory Insider", "assessor")
    visible_id = "a1" * 16
    squat = world.bundle(mallory, "assessment", _assessment("Mallory Insider", visible_id, 7))
    genuine = world.bundle(alice, "assessment", _assessment("Alice Assessor", visible_id, 1))
    later = world.bundle(alice, "assessment", _assessment("Alice Assessor", visible_id, 2))
    results = world.merge(squat, genuine, later)
    assert _outcome(results) == ["merged", "superseded", "merged"], results
    assert "supersedes revision 1" in results[2].reason
    assert world.current() == [
        ("Alice Assessor", visible_id, 2),
        ("Mallory Insider", visible_id, 7),
    ]
    # Nor can the insider replace Alice's lineage with a higher revision of her own.
    takeover = world.bundle(mallory, "assessment", _assessment("Mallory Insider", visible_id, 99))
    assert _outcome(world.merge(takeover)) == ["merged"]
    assert ("Alice Assessor", visible_id, 2) in world.current()


# Finding: the documented renewal (same key) made the next revision "a different signer".
def test_renewal_with_the_same_key_continues_the_lineage(world):
    key = ed25519.Ed25519PrivateKey.generate()
    before = world.person("Alice Assessor", "assessor", key)
    renewed = world.person("Alice Assessor", "assessor", key)
    assert certificate_fingerprint(before.certificate) != certificate_fingerprint(
        renewed.certificate
    )
    assert public_key_id(before.certificate) == public_key_id(renewed.certificate)
    first = world.bundle(before, "assessment", _assessment("Alice Assessor", "b2" * 16, 1))
    second = world.bundle(renewed, "assessment", _assessment("Alice Assessor", "b2" * 16, 2))
    results = world.merge(first, second)
    assert _outcome(results) == ["superseded", "merged"], results
    assert world.current() == [("Alice Assessor", "b2" * 16, 2)]


def test_a_replaced_key_continues_its_lineage_once_comsec_links_it(world):
    old = world.person("Alice Assessor", "assessor")
    new = world.person("Alice Assessor", "assessor")
    other = world.person("Mallory Insider", "assessor")
    assert _outcome(
        world.merge(world.bundle(old, "assessment", _assessment("Alice Assessor", "c3" * 16, 1)))
    ) == ["merged"]
    foreign = CertificateAuthority.create(
        world.folder / "foreign",
        "IPMS Test Root (test only)",
        CA_PASSPHRASE,
        KEY_PASSPHRASE,
        kdf=CHEAP,
    )
    with pytest.raises(IpmsError, match="not issued by this CA"):
        link_keys(foreign, CA_PASSPHRASE, old.certificate, new.certificate)
    # A link signed by another root is refused at install.
    forged = foreign.folder / "forged.json"
    from ipms_desktop.trust.key_links import DOCUMENT_TYPE, key_link_between
    from ipms_desktop.trust.statements import sign_statement

    forged_link = key_link_between(old.certificate, other.certificate, "x", "2026-01-01T00:00:00Z")
    forged.write_bytes(
        sign_statement(DOCUMENT_TYPE, forged_link.payload(), foreign.root_key(CA_PASSPHRASE))
    )
    with pytest.raises(IpmsError, match="does not verify with the trusted root"):
        install_statement(world.database, forged, world.trust)
    _, data = link_keys(world.ca, CA_PASSPHRASE, old.certificate, new.certificate)
    assert "key link installed" in world.statement(data, "link.json")
    assert "already installed" in world.statement(data, "link.json")
    second = world.bundle(new, "assessment", _assessment("Alice Assessor", "c3" * 16, 2))
    results = world.merge(second)
    assert _outcome(results) == ["merged"] and "supersedes revision 1" in results[0].reason
    assert world.current() == [("Alice Assessor", "c3" * 16, 2)]


def _team(world: World, institution: str = TRADE):
    """Two assessors' merged bundles of ``institution``."""
    people = [world.person(f"{institution} assessor {n}", "assessor") for n in range(2)]
    paths = [
        world.bundle(
            person,
            "assessment",
            _assessment(
                f"{institution} assessor {n}", f"{n}{institution[-1]}" * 16, institution=institution
            ),
        )
        for n, person in enumerate(people)
    ]
    assert _outcome(world.merge(*paths)) == ["merged", "merged"]
    return people


def _consensus(world: World, lead: BundleSigner, name: str, consensus_id: str, **changes):
    view = load_consensus(world.database, changes.pop("institution", TRADE), 2026)
    document = consensus_document(
        view,
        consensus_id=consensus_id,
        revision=1,
        team_lead_name=name,
        team_lead_fingerprint=certificate_fingerprint(lead.certificate),
    )
    document.update(changes)
    return document


def _assign(world: World, lead: BundleSigner, institution: str = TRADE, assessors=()) -> str:
    _, data = assign_team(
        world.ca,
        CA_PASSPHRASE,
        cycle=2026,
        institution=institution,
        team_lead=lead.certificate,
        assessors=[a.certificate for a in assessors],
    )
    return world.statement(data, f"assign-{institution}.json")


# Finding: any team lead could replace any institution's consensus.
def test_a_consensus_is_accepted_only_from_the_assigned_lead(world):
    _team(world)
    lead = world.person("Lead Lina", "team-lead")
    intruder = world.person("Lead Omar", "team-lead")
    document = _consensus(world, intruder, "Lead Omar", "d4" * 16)
    forged = world.bundle(intruder, "consensus", document)
    # Without assignments for the cycle, no consensus is accepted; the message says why.
    refused = world.merge(forged)[0]
    assert refused.outcome is Outcome.REJECTED
    assert refused.reason.startswith("assignment-missing:")
    assert "cycle 2026" in refused.reason and "--statement" in refused.reason
    assert "installed team assignments for cycle 2026, serial 1" in _assign(world, lead)
    refused = world.merge(forged)[0]
    assert refused.outcome is Outcome.REJECTED
    assert refused.reason.startswith("lead-not-assigned:") and "Lead Lina" in refused.reason
    genuine = world.bundle(lead, "consensus", _consensus(world, lead, "Lead Lina", "e5" * 16))
    assert _outcome(world.merge(genuine)) == ["merged"]
    results = load_cycle_results(world.database, 2026)
    assert results.institutions[0].consensus is not None
    assert results.institutions[0].consensus_conflict == ()


def test_based_on_must_name_this_institutions_individual_assessments(world):
    _team(world)
    _team(world, HEALTH)
    lead = world.person("Lead Lina", "team-lead")
    _assign(world, lead)
    invented = _consensus(world, lead, "Lead Lina", "f6" * 16)
    invented["based_on"] = [
        {
            "bundle_id": "7" * 32,
            "assessment_id": "8" * 32,
            "revision": 1,
            "assessor_fingerprint": "",
        }
    ]
    foreign = _consensus(world, lead, "Lead Lina", "f7" * 16)
    health = load_consensus(world.database, HEALTH, 2026).individuals[0]
    foreign["based_on"] = [
        {
            "bundle_id": health.bundle_id,
            "assessment_id": health.assessment_id,
            "revision": health.revision,
            "assessor_fingerprint": health.signer_fingerprint,
        }
    ]
    wrong_revision = _consensus(world, lead, "Lead Lina", "f8" * 16)
    wrong_revision["based_on"][0]["revision"] = 5
    empty = _consensus(world, lead, "Lead Lina", "f9" * 16, based_on=[])
    results = world.merge(
        *(world.bundle(lead, "consensus", d) for d in (invented, foreign, wrong_revision, empty))
    )
    assert _outcome(results) == ["rejected"] * 4
    assert all(r.reason.startswith("based-on-invalid:") for r in results)
    assert "not merged here" in results[0].reason
    assert f"not an individual assessment of {TRADE!r}" in results[1].reason
    assert "revision 5" in results[2].reason


def test_assessors_named_in_the_assignment_are_the_only_ones_accepted(world):
    lead = world.person("Lead Lina", "team-lead")
    alice = world.person("Alice Assessor", "assessor")
    outsider = world.person("Mallory Insider", "assessor")
    _assign(world, lead, assessors=[alice])
    accepted = world.bundle(alice, "assessment", _assessment("Alice Assessor", "1a" * 16))
    refused = world.bundle(outsider, "assessment", _assessment("Mallory Insider", "1b" * 16))
    results = world.merge(accepted, refused)
    assert _outcome(results) == ["merged", "rejected"]
    assert results[1].reason.startswith("assessor-not-assigned:")


# Finding: the later `created` silently became the headline; now two count = a conflict.
def test_two_consensus_bundles_that_count_are_a_conflict_never_a_timestamp_choice(world, capsys):
    _team(world)
    lead = world.person("Lead Lina", "team-lead")
    _assign(world, lead)
    first = world.bundle(lead, "consensus", _consensus(world, lead, "Lead Lina", "aa" * 16))
    second_document = _consensus(world, lead, "Lead Lina", "bb" * 16)
    for entry in second_document["items"].values():
        if "attributes" in entry:
            entry["attributes"] = {name: 100 for name in entry["attributes"]}
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=30)
    second = world.bundle(lead, "consensus", second_document, now=later)
    results = world.merge(first, second)
    assert _outcome(results) == ["merged", "merged"]
    assert "consensus-conflict" in results[1].reason and results[0].bundle_id in results[1].reason
    trade = load_cycle_results(world.database, 2026).institutions[0]
    assert trade.consensus is None, "no silent choice by timestamp"
    assert {c.bundle_id for c in trade.consensus_conflict} == {
        results[0].bundle_id,
        results[1].bundle_id,
    }
    assert all(not a.is_consensus for a in trade.headline)
    cycle = load_cycle_results(world.database, 2026)
    for language, words in (("en", "Consensus conflict: 2"), ("ar", "تعارض"), ("ckb", "ناکۆکی")):
        workbook_path = world.folder / f"cycle-{language}.xlsx"
        write_workbook(cycle, workbook_path, language)
        book = load_workbook(workbook_path, read_only=True)
        notes = [row for row in book[tr("notes", language)].iter_rows(values_only=True)][1:]
        assert notes and words in notes[0][1] and "Lead Lina" in notes[0][1], (language, notes)
    view = load_consensus(world.database, TRADE, 2026)
    assert view.merged.conflict
    from ipms_desktop.cli.consensus_cmd import format_view

    assert "CONSENSUS CONFLICT: 2 consensus bundles" in format_view(view, anonymised=True)

    # CoMSEC reassigns the institution: the new lead's consensus counts, the others are
    # listed as set aside, not silently dropped.
    successor = world.person("Lead Omar", "team-lead")
    assert "serial 2" in _assign(world, successor)
    third = world.bundle(
        successor, "consensus", _consensus(world, successor, "Lead Omar", "cc" * 16)
    )
    assert _outcome(world.merge(third)) == ["merged"]
    view = load_consensus(world.database, TRADE, 2026)
    assert view.merged.agreed is not None and view.merged.agreed.signer_name == "Lead Omar"
    assert len(view.merged.set_aside) == 2
    trade = load_cycle_results(world.database, 2026).institutions[0]
    assert trade.consensus is not None and trade.consensus_conflict == ()


def test_older_assignments_are_refused(world):
    lead = world.person("Lead Lina", "team-lead")
    _, first = assign_team(
        world.ca, CA_PASSPHRASE, cycle=2026, institution=TRADE, team_lead=lead.certificate
    )
    _, second = assign_team(
        world.ca, CA_PASSPHRASE, cycle=2026, institution=HEALTH, team_lead=lead.certificate
    )
    world.statement(second, "second.json")
    with pytest.raises(IpmsError, match=r"assignments-older: .* serial 1 are older"):
        world.statement(first, "first.json")


# Finding 18: a higher serial with an older CRL un-revoked; merge forgot newer trust.
def _revoked_world(world: World) -> tuple[TrustSettings, TrustSettings, TrustSettings]:
    """Trust serial 1 (empty CRL), serial 2 (one revocation), and a serial-3 file signed by
    the root but carrying the serial-1 CRL."""
    old_crl = world.trust.crl
    victim = world.person("Revoked Assessor", "assessor")
    world.ca.revoke(victim.certificate, CA_PASSPHRASE, "key-compromise")
    revoked = load_trust_settings(world.ca.trust_settings(CA_PASSPHRASE))
    from ipms_desktop.trust.trust_settings import sign_trust_settings

    stale = load_trust_settings(
        sign_trust_settings(
            serial=3,
            issued=datetime.now(UTC),
            root=world.trust.root,
            root_key=world.ca.root_key(CA_PASSPHRASE),
            crl=old_crl,
            consolidation_recipients=list(world.trust.consolidation_recipients),
            escrow_recipient=None,
            frameworks=list(world.trust.frameworks),
        )
    )
    return world.trust, revoked, stale


def test_trust_settings_with_an_older_crl_are_refused_even_with_a_higher_serial(world):
    first, revoked, stale = _revoked_world(world)
    assert check_trust_update(first, revoked) is True
    with pytest.raises(IpmsError, match="older than the installed CRL number 2") as refused:
        check_trust_update(revoked, stale)
    assert refused.value.message_id == "trust-crl-older"


def test_merge_remembers_the_newest_trust_settings_seen(world, monkeypatch, capsys):
    first, revoked, stale = _revoked_world(world)
    remember_trust(world.database, first)
    remember_trust(world.database, revoked)
    with pytest.raises(IpmsError, match="already used trust settings serial 2"):
        remember_trust(world.database, first)
    with pytest.raises(IpmsError, match="CRL number 1"):
        remember_trust(world.database, stale)
    world.database.close()
    # The command line refuses the older file before merging anything.
    old_file = world.folder / "old-trust.json"
    old_file.write_bytes(first.raw)
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", KEY_PASSPHRASE)
    alice = world.person("Alice Assessor", "assessor")
    bundle = world.bundle(alice, "assessment", _assessment("Alice Assessor", "9" * 32))
    arguments = ["merge", "--db", world.folder / "comsec.db", "--key"]
    arguments += [world.ca.consolidation_key_path, "--trust", old_file, bundle]
    assert main([str(a) for a in arguments]) == 1
    assert "already used trust settings serial 2" in capsys.readouterr().err
    world.database = open_local(world.folder / "comsec.db")
    assert world.current() == []


def test_duplicate_keys_in_signed_documents_are_refused(world):
    import base64
    import json

    envelope = json.loads(world.trust.raw)
    payload = base64.b64decode(envelope["payload"])
    doubled = payload[:-1] + b',"serial":999}'
    root_key = world.ca.root_key(CA_PASSPHRASE)
    from ipms_desktop.trust.trust_settings import SIGNATURE_CONTEXT

    envelope["payload"] = base64.b64encode(doubled).decode()
    envelope["signature"] = base64.b64encode(root_key.sign(SIGNATURE_CONTEXT + doubled)).decode()
    with pytest.raises(IpmsError, match='"serial" appears twice'):
        load_trust_settings(json.dumps(envelope).encode())
    raw = world.trust.raw.replace(b'"format": 1', b'"format": 1, "format": 1')
    with pytest.raises(IpmsError, match='"format" appears twice'):
        load_trust_settings(raw)
    lead = world.person("Lead Lina", "team-lead")
    _, data = assign_team(
        world.ca, CA_PASSPHRASE, cycle=2026, institution=TRADE, team_lead=lead.certificate
    )
    statement = json.loads(data)
    inner = base64.b64decode(statement["payload"])
    inner = inner[:-1] + b',"cycle":2027}'
    from ipms_desktop.trust.assignments import DOCUMENT_TYPE
    from ipms_desktop.trust.statements import SIGNATURE_CONTEXT as STATEMENT_CONTEXT

    statement["payload"] = base64.b64encode(inner).decode()
    statement["signature"] = base64.b64encode(
        root_key.sign(STATEMENT_CONTEXT + DOCUMENT_TYPE.encode() + b"\n" + inner)
    ).decode()
    path = world.folder / "doubled.json"
    path.write_text(json.dumps(statement))
    with pytest.raises(IpmsError, match='"cycle" appears twice'):
        install_statement(world.database, path, world.trust)


def test_admin_commands_write_statements_merge_installs(world, monkeypatch, capsys):
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", CA_PASSPHRASE)
    lead = world.person("Lead Lina", "team-lead")
    assessor = world.person("Alice Assessor", "assessor")
    pems = {}
    for name, person in (("lead", lead), ("assessor", assessor)):
        pems[name] = world.folder / f"{name}.pem"
        pems[name].write_bytes(person.certificate.public_bytes(serialization.Encoding.PEM))
    out = world.folder / "assign.json"
    base = ["admin", "assign", "--ca", world.ca.folder, "--cycle", 2026, "--out", out]
    arguments = [*base, "--institution", f"  {TRADE} ", "--lead", pems["lead"]]
    assert main([str(a) for a in [*arguments, "--assessor", pems["assessor"]]]) == 0
    printed = capsys.readouterr().out
    assert "serial 1" in printed and f"{TRADE}: team lead Lead Lina" in printed
    # The lead's certificate cannot be given as an assessor's, nor an assessor as lead.
    assert main([str(a) for a in [*base, "--institution", TRADE, "--lead", pems["assessor"]]]) == 1
    assert "not 'team-lead'" in capsys.readouterr().err
    renewed_lead = world.folder / "renewed.pem"
    renewed = world.person("Lead Lina", "team-lead", lead.private_key)
    renewed_lead.write_bytes(renewed.certificate.public_bytes(serialization.Encoding.PEM))
    link = world.folder / "link.json"
    arguments = ["admin", "link-key", "--ca", world.ca.folder, "--previous", pems["lead"]]
    assert main([str(a) for a in [*arguments, "--next", renewed_lead, "--out", link]]) == 0
    assert public_key_id(lead.certificate) in capsys.readouterr().out
    assert "installed team assignments" in install_statement(world.database, out, world.trust)
    assert "same key, renewed certificate" in install_statement(world.database, link, world.trust)


@needs_program("openssl", "the openssl command line")
def test_key_identity_and_statement_signature_check_with_openssl(world, tmp_path):
    alice = world.person("Alice Assessor", "assessor")
    pem = tmp_path / "alice.pem"
    pem.write_bytes(alice.certificate.public_bytes(serialization.Encoding.PEM))
    public = subprocess.run(
        ["openssl", "x509", "-in", str(pem), "-noout", "-pubkey"],
        check=True,
        capture_output=True,
    ).stdout
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-outform", "DER"],
        input=public,
        check=True,
        capture_output=True,
    ).stdout
    digest = subprocess.run(
        ["openssl", "dgst", "-sha256", "-r"], input=der, check=True, capture_output=True
    ).stdout.split()[0]
    assert public_key_id(alice.certificate) == "sha256:" + digest.decode()

    lead = world.person("Lead Lina", "team-lead")
    _, data = assign_team(
        world.ca, CA_PASSPHRASE, cycle=2026, institution=TRADE, team_lead=lead.certificate
    )
    import base64
    import json

    from ipms_desktop.trust.assignments import DOCUMENT_TYPE
    from ipms_desktop.trust.statements import SIGNATURE_CONTEXT

    envelope = json.loads(data)
    payload = base64.b64decode(envelope["payload"])
    (tmp_path / "signed.bin").write_bytes(
        SIGNATURE_CONTEXT + DOCUMENT_TYPE.encode() + b"\n" + payload
    )
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(envelope["signature"]))
    root_public = subprocess.run(
        ["openssl", "x509", "-in", str(world.ca.root_path), "-noout", "-pubkey"],
        check=True,
        capture_output=True,
    ).stdout
    (tmp_path / "root-pub.pem").write_bytes(root_public)
    verified = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(tmp_path / "root-pub.pem"),
            "-rawin",
            "-in",
            str(tmp_path / "signed.bin"),
            "-sigfile",
            str(tmp_path / "sig.bin"),
        ],
        capture_output=True,
        text=True,
    )
    assert verified.returncode == 0 and "Signature Verified Successfully" in verified.stdout
