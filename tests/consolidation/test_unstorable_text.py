"""Bundles whose text cannot be stored: a lone surrogate (the JSON escape ``\\ud800``, which
is not Unicode and cannot be written as UTF-8) or a NUL, signed by a certified insider.

Each bundle is made by the real writer (told to write ASCII JSON, as a modified copy of the
application could, so that the escape survives), signed, encrypted, and given to the real
reader through ``ipms verify`` and ``ipms merge``: every such file is one refusal naming the
place and quoting the text escaped, nothing of it is stored or extracted, and the next file
still merges.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import func, select

from ipms_desktop.bundles.format import BundleRejected
from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.cli import main
from ipms_desktop.consolidation.consensus import (
    consensus_document,
    load_consensus,
    set_consensus_notes,
    start_consensus,
)
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.merge import Outcome, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.consolidation.schema import bundles, item_notes
from ipms_desktop.consolidation.statement_install import install_statement
from ipms_desktop.errors import IpmsError
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.workbook import write_workbook
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.ca_statements import assign_team, published_assignments
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE, CHEAP_KDF, KEY_PASSPHRASE, evidence_of
from tests.consolidation_samples import PASSPHRASE, assessment_document, open_local

INSTITUTION = "Ministry of Trade"
EVIDENCE = b"minutes of the site visit\n" * 40


@dataclasses.dataclass
class World:
    folder: Path
    ca: CertificateAuthority
    trust_path: Path
    trust: TrustSettings
    assessor: BundleSigner
    lead: BundleSigner

    def bundle(
        self,
        kind: str,
        document: dict[str, Any],
        *,
        ascii_json: bool = False,
        evidence: tuple[bytes, ...] = (),
    ) -> Path:
        """A signed bundle of ``document``; with ``ascii_json`` the writer emits escapes, so
        that a lone surrogate reaches the file as ``\\ud800``."""
        signer = self.assessor if kind == "assessment" else self.lead
        document = copy.deepcopy(document)
        block = "assessor" if kind == "assessment" else "team_lead"
        document[block]["certificate_fingerprint"] = certificate_fingerprint(signer.certificate)
        path = self.folder / f"{uuid.uuid4().hex[:8]}-{kind}.ipmsb"
        with pytest.MonkeyPatch.context() as patch:
            if ascii_json:
                original = json.dumps
                patch.setattr(
                    json, "dumps", lambda value, **o: original(value, **{**o, "ensure_ascii": True})
                )
            write_bundle(
                path,
                kind=kind,
                document=document,
                evidence=[evidence_of(data) for data in evidence],
                signer=signer,
                recipients=list(self.trust.default_recipients()),
            )
        return path


def certified(ca: CertificateAuthority, name: str, role: str) -> BundleSigner:
    key = ed25519.Ed25519PrivateKey.generate()
    request = build_certificate_request(key, name, None)
    return BundleSigner(key, ca.issue(request, role, CA_PASSPHRASE))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("unstorable")
    ca = CertificateAuthority.create(
        folder / "ca", "IPMS Test Root (test only)", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    trust_path = folder / "trust.json"
    trust_path.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    return World(
        folder,
        ca,
        trust_path,
        load_trust_settings(trust_path),
        certified(ca, "Insider Assessor", "assessor"),
        certified(ca, "Insider Lead", "team-lead"),
    )


@pytest.fixture
def database(tmp_path: Path) -> Iterator[ConsolidationDatabase]:
    opened = open_local(tmp_path / "comsec.db")
    yield opened
    opened.close()


def assessment(seed: int, change: Callable[[dict[str, Any]], None] | None = None) -> dict:
    document = assessment_document(assessor=f"Assessor {seed}", seed=seed, base=50)
    if change is not None:
        change(document)
    return document


def stored_count(database: ConsolidationDatabase) -> int:
    return database.read(lambda c: c.execute(select(func.count()).select_from(bundles)).scalar())


def append_to(item: str, key: str, text: str) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["items"][item][key].append(text)


# (case, change to the document, the place the refusal names, the text as quoted)
DOCUMENT_CASES = [
    ("strength", append_to("1a", "strengths", "good\ud800"), "items.1a.strengths.2", "good\\ud800"),
    ("AFI", append_to("1b", "afis", "\udc00"), "items.1b.afis.1", '"\\udc00"'),
    (
        "site-visit issue",
        append_to("2a", "site_visit_issues", "fix \udfff now"),
        "items.2a.site_visit_issues.0",
        "fix \\udfff now",
    ),
    (
        "justification",
        lambda d: d["items"]["1a"].update(justification="why \ud83d"),
        "items.1a.justification",
        "why \\ud83d",
    ),
    (
        "assessor name",
        lambda d: d["assessor"].update(name="Al\ud800i"),
        "assessor.name",
        "Al\\ud800i",
    ),
    (
        "evidence name",
        lambda d: d["items"]["1a"]["evidence"].append(
            {"sha256": "0" * 64, "name": "minutes\ud800.pdf", "size": 1, "media_type": "x"}
        ),
        "items.1a.evidence.0.name",
        "minutes\\ud800.pdf",
    ),
    (
        "item key",
        lambda d: d["items"].update({"1a\ud800": {}}),
        "items.1a\\ud800",
        "1a\\ud800",
    ),
    (
        "NUL in a strength",
        append_to("1a", "strengths", "a\x00b"),
        "items.1a.strengths.2",
        "a\\u0000b",
    ),
]


def test_the_honest_writer_refuses_to_write_such_text(world):
    document = assessment(1, append_to("1a", "strengths", "a\ud800"))
    before = sorted(world.folder.iterdir())
    with pytest.raises(IpmsError) as refused:
        world.bundle("assessment", document)
    assert "cannot be written as JSON" in str(refused.value)
    assert sorted(world.folder.iterdir()) == before


@pytest.mark.parametrize(
    ("change", "place", "shown"),
    [pytest.param(*case[1:], id=case[0]) for case in DOCUMENT_CASES],
)
def test_merge_refuses_the_bundle_naming_the_place_and_merges_the_next(
    world, database, tmp_path, change, place, shown
):
    good = world.bundle("assessment", assessment(1))
    hostile = world.bundle("assessment", assessment(2, change), ascii_json=True)
    results = merge_bundles(
        database,
        [hostile, good],
        bundle_opener(world.trust, world.ca.consolidation_private_key(KEY_PASSPHRASE)),
        tmp_path / "quarantine",
    )
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.MERGED]
    reason = results[0].reason
    assert reason.startswith("invalid-text: the document holds at ")
    assert f" at {place} the text " in reason and shown in reason
    assert "ask its signer for a new export" in reason
    reason.encode("utf-8")
    assert stored_count(database) == 1
    note = (tmp_path / "quarantine" / f"{hostile.name}.reason.txt").read_text(encoding="utf-8")
    assert place in note


def test_an_institution_name_in_the_manifest_is_refused_before_anything_is_decrypted(
    world, tmp_path, capsys
):
    document = assessment(3, lambda d: d.update(institution="Ministry \ud800"))
    hostile = world.bundle("assessment", document, ascii_json=True)
    good = world.bundle("assessment", assessment(4))
    assert main(["verify", "--trust", str(world.trust_path), str(hostile), str(good)]) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert "REJECTED: invalid-text: the manifest holds at institution the text" in first
    assert '"Ministry \\ud800"' in first
    assert second.endswith(": OK")


def test_opening_extracts_no_evidence_from_a_refused_bundle(world, tmp_path):
    document = assessment(5, append_to("1a", "strengths", "x\ud800"))
    hostile = world.bundle("assessment", document, ascii_json=True, evidence=(EVIDENCE,))
    folder = tmp_path / "evidence"
    folder.mkdir()
    with pytest.raises(BundleRejected) as refused:
        open_bundle(
            hostile,
            world.trust,
            world.ca.consolidation_private_key(KEY_PASSPHRASE),
            evidence_dir=folder,
        )
    assert refused.value.reason == "invalid-text"
    assert refused.value.message_id == "document-text-not-unicode"
    assert list(folder.iterdir()) == []


def test_ipms_merge_prints_one_line_per_file_and_stores_only_the_good_ones(
    world, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", KEY_PASSPHRASE)
    files = [
        world.bundle("assessment", assessment(6)),
        world.bundle("assessment", assessment(7, DOCUMENT_CASES[0][1]), ascii_json=True),
        world.bundle("assessment", assessment(8, DOCUMENT_CASES[2][1]), ascii_json=True),
        world.bundle("assessment", assessment(9)),
    ]
    db = tmp_path / "comsec.db"
    quarantine = tmp_path / "quarantine"
    argv = ["merge", "--db", str(db), "--trust", str(world.trust_path)]
    argv += ["--key", str(world.ca.consolidation_key_path), "--quarantine", str(quarantine)]
    assert main([*argv, *map(str, files)]) == 1
    out = capsys.readouterr().out
    assert "Traceback" not in out
    lines = out.splitlines()
    assert [line.split()[1] for line in lines[1:5]] == ["merged", "rejected", "rejected", "merged"]
    assert "items.1a.strengths.2" in lines[2] and "items.2a.site_visit_issues.0" in lines[3]
    assert lines[-1].startswith("2 merged, 0 duplicate, 0 superseded, 2 rejected")
    assert sorted(p.name for p in quarantine.iterdir()) == sorted(
        [files[1].name, files[1].name + ".reason.txt", files[2].name, files[2].name + ".reason.txt"]
    )
    reopened = open_local(db)
    try:
        assert stored_count(reopened) == 2
        results = load_cycle_results(reopened, 2026)
        assert [len(i.individuals) for i in results.institutions] == [2]
        write_workbook(results, tmp_path / "cycle.xlsx")
        assert (tmp_path / "cycle.xlsx").stat().st_size > 0
    finally:
        reopened.close()


def test_a_consensus_note_that_is_not_unicode_is_refused_and_nothing_of_it_is_merged(
    world, database, tmp_path
):
    opener = bundle_opener(world.trust, world.ca.consolidation_private_key(KEY_PASSPHRASE))
    team = [world.bundle("assessment", assessment(seed)) for seed in (10, 11)]
    assert [r.outcome for r in merge_bundles(database, team, opener, tmp_path / "q")] == [
        Outcome.MERGED
    ] * 2
    _, assignments = assign_team(
        world.ca,
        CA_PASSPHRASE,
        cycle=2026,
        institution=INSTITUTION,
        team_lead=world.lead.certificate,
    )
    statement = tmp_path / "assignments.json"
    statement.write_bytes(assignments)
    install_statement(database, statement, world.trust)
    view = load_consensus(database, INSTITUTION, 2026)
    document = consensus_document(
        view,
        consensus_id=uuid.uuid4().hex,
        revision=1,
        team_lead_name="Insider Lead",
        team_lead_fingerprint=certificate_fingerprint(world.lead.certificate),
    )
    notes_before = database.read(
        lambda c: c.execute(select(func.count()).select_from(item_notes)).scalar()
    )
    hostile = copy.deepcopy(document)
    hostile["items"]["1a"]["strengths"] = ["agreed \ud800 strength"]
    refused, merged = merge_bundles(
        database,
        [world.bundle("consensus", hostile, ascii_json=True), world.bundle("consensus", document)],
        opener,
        tmp_path / "q",
    )
    assert refused.outcome is Outcome.REJECTED
    assert "at items.1a.strengths.0 the text" in refused.reason
    assert merged.outcome is Outcome.MERGED
    notes_after = database.read(
        lambda c: c.execute(select(func.count()).select_from(item_notes)).scalar()
    )
    texts = database.read(lambda c: c.execute(select(item_notes.c.text)).scalars().all())
    assert notes_after > notes_before
    assert not any("\ud800" in text or "agreed" in text for text in texts)


# What a terminal that is not UTF-8 hands over for a word typed in Latin-1.
NOT_UTF8 = os.fsdecode("r\xe9vis\xe9".encode("latin-1"))


def test_a_team_lead_note_typed_on_such_a_terminal_changes_nothing(
    world, database, tmp_path, capsys, monkeypatch
):
    opener = bundle_opener(world.trust, world.ca.consolidation_private_key(KEY_PASSPHRASE))
    team = [world.bundle("assessment", assessment(seed)) for seed in (12, 13)]
    merge_bundles(database, team, opener, tmp_path / "q")
    database.close()
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    common = ["--db", str(tmp_path / "comsec.db"), "--institution", INSTITUTION, "--cycle", "2026"]
    assert main(["consensus", "start", *common]) == 0
    capsys.readouterr()

    def shown() -> str:
        assert main(["consensus", "show", *common, "--json"]) == 0
        return capsys.readouterr().out

    before = shown()
    item = ["--item", "1a"]
    add = ["consensus", "notes", *common, *item, "--list", "strengths", "--add", NOT_UTF8]
    justified = ["consensus", "set", *common, *item, "--overall", "--value", "80"]
    for argv in (add, [*justified, "--justification", NOT_UTF8]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith('ipms: error: the text "r\\udce9vis\\udce9" holds a broken')
        assert "nothing was saved" in err
    assert shown() == before


def test_comsec_cannot_sign_assignments_naming_such_an_institution(world):
    with pytest.raises(IpmsError) as refused:
        assign_team(
            world.ca,
            CA_PASSPHRASE,
            cycle=2031,
            institution=NOT_UTF8,
            team_lead=world.lead.certificate,
        )
    assert refused.value.message_id == "text-not-unicode-not-saved"
    assert published_assignments(world.ca, 2031) is None


def test_both_back_ends_refuse_such_a_note_and_keep_the_old_ones(world, any_db, tmp_path):
    opener = bundle_opener(world.trust, world.ca.consolidation_private_key(KEY_PASSPHRASE))
    team = [world.bundle("assessment", assessment(seed)) for seed in (14, 15)]
    assert [r.outcome for r in merge_bundles(any_db, team, opener, tmp_path / "q")] == [
        Outcome.MERGED
    ] * 2
    start_consensus(any_db, INSTITUTION, 2026, by="Insider Lead")
    before = load_consensus(any_db, INSTITUTION, 2026).items[0].strengths
    with pytest.raises(IpmsError) as refused:
        set_consensus_notes(
            any_db, INSTITUTION, 2026, "1a", "strengths", [*before, f"agreed {NOT_UTF8}"]
        )
    assert refused.value.message_id == "text-not-unicode-not-saved"
    assert "r\\udce9vis\\udce9" in str(refused.value)
    assert load_consensus(any_db, INSTITUTION, 2026).items[0].strengths == before
