"""Hostile files given to ``ipms verify`` and ``ipms merge``: one outcome each, never a stop.

Every case is a real bundle (signed by a certified insider, or altered without any key),
a file that is not a bundle at all, or a name that is not UTF-8; each is small except the
sparse file, which takes a few kilobytes of disk. After each hostile file a good bundle
follows, and must still merge.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import threading
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from openpyxl import load_workbook
from sqlalchemy import func, select

from ipms_desktop.bundles.format import MANIFEST_CONTEXT, TRAILER, TRAILER_MAGIC, ciphertext_size
from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.cli import main
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.merge import MergeResult, Outcome, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.consolidation.quarantine import (
    NOTE_SUFFIX,
    quarantine_bundle,
    quarantined_bundles,
)
from ipms_desktop.consolidation.schema import bundles, item_evidence
from ipms_desktop.frameworks import load_framework
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.workbook import write_workbook
from ipms_desktop.settings import BUNDLES
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings
from tests.bundles.bundle_pki import (
    CA_PASSPHRASE,
    CHEAP_KDF,
    KEY_PASSPHRASE,
    BundleParts,
    evidence_of,
    split_bundle,
)
from tests.consolidation_samples import (
    PASSPHRASE,
    assessment_document,
    incoming,
    json_opener,
    write_fake_bundle,
)

INSIDER = "Hostile Insider"
TERMINAL_FAKE = "\x1b[2K\r\x1b[32mOK\x1b[0m \u202e"


@dataclasses.dataclass(frozen=True)
class World:
    folder: Path
    trust_path: Path
    trust: TrustSettings
    key: RecipientPrivateKey
    key_path: Path
    insider: BundleSigner


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """A CA (cheap Argon2, passed explicitly), its trust file, and one certified assessor."""
    folder = tmp_path_factory.mktemp("hostile")
    ca = CertificateAuthority.create(
        folder / "ca", "IPMS Test Root (test only)", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    trust_path = folder / "trust.json"
    trust_path.write_bytes(ca.trust_settings(CA_PASSPHRASE))
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = ca.issue(build_certificate_request(key, INSIDER, None), "assessor", CA_PASSPHRASE)
    return World(
        folder=folder,
        trust_path=trust_path,
        trust=load_trust_settings(trust_path),
        key=ca.consolidation_private_key(KEY_PASSPHRASE),
        key_path=ca.consolidation_key_path,
        insider=BundleSigner(key, certificate),
    )


def insider_document(world: World, **changes: Any) -> dict[str, Any]:
    document = assessment_document(assessor=INSIDER, base=50, seed=1)
    document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(
        world.insider.certificate
    )
    document.update(changes)
    return document


def signed_bundle(
    world: World, folder: Path, document: dict[str, Any], evidence: tuple[bytes, ...] = ()
) -> Path:
    path = folder / f"{uuid.uuid4().hex[:8]}.ipmsb"
    write_bundle(
        path,
        kind="assessment",
        document=document,
        evidence=[evidence_of(data) for data in evidence],
        signer=world.insider,
        recipients=list(world.trust.default_recipients()),
    )
    return path


def rewritten(
    source: Path,
    target: Path,
    change: Callable[[BundleParts], None],
    signer: BundleSigner | None = None,
) -> Path:
    """``source`` with its parts changed; the manifest written as ASCII JSON, so that it
    can carry escapes such as a lone surrogate; signed again only when ``signer`` is given."""
    parts = split_bundle(source.read_bytes())
    change(parts)
    body = json.dumps(parts.manifest, sort_keys=True, separators=(",", ":"))
    block = MANIFEST_CONTEXT + body.encode("ascii")
    signature = signer.private_key.sign(block) if signer else parts.signature
    offset = len(parts.header) + len(parts.members)
    target.write_bytes(
        parts.header
        + parts.members
        + block
        + signature
        + TRAILER.pack(offset, len(block), TRAILER_MAGIC)
    )
    return target


def merge(
    world: World, database: ConsolidationDatabase, paths: list[Path], folder: Path
) -> list[MergeResult]:
    return merge_bundles(
        database, paths, bundle_opener(world.trust, world.key), folder / "quarantine"
    )


def good_bundle(world: World, folder: Path) -> Path:
    return signed_bundle(world, folder, insider_document(world, assessment_id=uuid.uuid4().hex))


def assert_one_refusal_then_good(results: list[MergeResult], *reason_parts: str) -> None:
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.MERGED]
    for part in reason_parts:
        assert part in results[0].reason
    assert_printable(results[0].reason)


def assert_printable(text: str) -> None:
    """No control, format or surrogate character: safe on any terminal, encodable."""
    text.encode("utf-8")
    bad = [c for c in text if unicodedata.category(c) in {"Cc", "Cf", "Cs"}]
    assert not bad, bad


# --- Finding: one file stopped the whole merge (and verify) with a traceback ------------


def test_lone_surrogate_kind_without_a_key_is_one_refusal(world, local_db, tmp_path, capsys):
    good = good_bundle(world, tmp_path)

    def surrogate_kind(parts: BundleParts) -> None:
        parts.manifest["kind"] = "\ud800"

    hostile = rewritten(good_bundle(world, tmp_path), tmp_path / "kind.ipmsb", surrogate_kind)
    assert main(["verify", "--trust", str(world.trust_path), str(hostile), str(good)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "REJECTED: invalid-text" in lines[0] and "\\ud800" in lines[0]
    assert lines[1].endswith(": OK")
    results = merge(world, local_db, [hostile, good], tmp_path)
    assert_one_refusal_then_good(results, "invalid-text", "at kind", "not Unicode")


def test_file_name_that_is_not_utf8_is_shown_escaped(world, local_db, tmp_path, capsys):
    raw_name = os.fsencode(tmp_path) + b"/\xff\xfe-bundle\x1b.ipmsb"
    named = Path(os.fsdecode(raw_name))
    named.write_bytes(good_bundle(world, tmp_path).read_bytes())
    junk = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xc3(junk.ipmsb"))
    junk.write_bytes(b"not a bundle at all")
    assert main(["verify", "--trust", str(world.trust_path), str(junk), str(named)]) == 1
    out = capsys.readouterr().out
    assert "\\xc3(junk.ipmsb: REJECTED: not-a-bundle" in out
    assert "\\xff\\xfe-bundle\\u001b.ipmsb: OK" in out
    results = merge(world, local_db, [junk, named], tmp_path)
    assert_one_refusal_then_good(results, "not-a-bundle")
    assert results[1].file.endswith("\\xff\\xfe-bundle\\u001b.ipmsb")
    (entry,) = quarantined_bundles(tmp_path / "quarantine")
    assert entry.original.endswith("\\xc3(junk.ipmsb")
    assert entry.copy.exists()


def _ascii_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the writer emit a document with a lone surrogate (as a JSON escape), as a
    modified copy of the application could."""
    original = json.dumps

    def dumps(value: object, **options: Any) -> str:
        return original(value, **{**options, "ensure_ascii": True})

    monkeypatch.setattr(json, "dumps", dumps)


EVIDENCE = b"minutes of the leadership meeting\n" * 100
EVIDENCE_SHA = hashlib.sha256(EVIDENCE).hexdigest()


def _with_evidence(**entry: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        listed = {
            "sha256": EVIDENCE_SHA,
            "name": "minutes.txt",
            "size": len(EVIDENCE),
            "media_type": "text/plain",
        }
        document["items"]["1a"]["evidence"] = [{**listed, **entry}]

    return change


def _set_item(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["items"]["1a"][key] = value

    return change


def _drop_panel(document: dict[str, Any]) -> None:
    del document["panel"]


def _item_not_object(document: dict[str, Any]) -> None:
    document["items"]["1a"] = ["not", "an", "object"]


# (case, change to the insider's document, carries the evidence file, needs ASCII JSON,
#  words the reason must hold)
INSIDER_CASES = [
    ("evidence size 10^30", _with_evidence(size=10**30), True, False, "carries"),
    ("evidence size -1", _with_evidence(size=-1), True, False, "not a whole number"),
    ("evidence size true", _with_evidence(size=True), True, False, "not a whole number"),
    ("evidence size off by one", _with_evidence(size=len(EVIDENCE) + 1), True, False, "carries"),
    ("evidence digest not hex", _with_evidence(sha256="z" * 64), True, False, "hexadecimal"),
    ("evidence digest upper case", _with_evidence(sha256=EVIDENCE_SHA.upper()), True, False, "hex"),
    ("evidence listed, absent", _with_evidence(), False, False, "does not carry it"),
    ("lone surrogate in a strength", _set_item("strengths", ["a\ud800b"]), False, True, "invalid"),
    ("NUL in a strength", _set_item("strengths", ["a\x00b"]), False, False, "NUL"),
    ("NUL in an item key", lambda d: d["items"].update({"1a\x00": {}}), False, False, "NUL"),
    ("lone surrogate institution", lambda d: d.update(institution="\udfff"), False, True, "manif"),
    ("panel missing", _drop_panel, False, False, "panel"),
    ("panel empty", lambda d: d.update(panel=""), False, False, "panel"),
    ("panel unknown", lambda d: d.update(panel="x" * 5000), False, False, "panel"),
    ("item not an object", _item_not_object, False, False, "object"),
    ("justification not text", _set_item("justification", {"a": 1}), False, False, "text"),
]


@pytest.mark.parametrize(
    ("change", "carried", "ascii_json", "reason"),
    [pytest.param(*case[1:], id=case[0]) for case in INSIDER_CASES],
)
def test_insider_document_is_refused_and_the_next_file_merges(
    world, local_db, tmp_path, monkeypatch, change, carried, ascii_json, reason
):
    document = insider_document(world, assessment_id=uuid.uuid4().hex)
    change(document)
    if ascii_json:
        _ascii_writer(monkeypatch)
    hostile = signed_bundle(world, tmp_path, document, (EVIDENCE,) if carried else ())
    monkeypatch.undo()
    results = merge(world, local_db, [hostile, good_bundle(world, tmp_path)], tmp_path)
    assert_one_refusal_then_good(results, reason)
    assert len(results[0].reason) < 1200
    stored = local_db.read(lambda c: c.execute(select(func.count()).select_from(bundles)).scalar())
    assert stored == 1


# --- Finding: evidence recorded without being checked --------------------------------------


def test_undecryptable_evidence_is_refused(world, local_db, tmp_path):
    document = insider_document(world, assessment_id=uuid.uuid4().hex)
    _with_evidence()(document)
    honest = signed_bundle(world, tmp_path, document, (EVIDENCE,))

    def bad_ciphertext(parts: BundleParts) -> None:
        # The signer's own garbage: digests match what is signed, but it does not decrypt.
        start = ciphertext_size(parts.manifest["members"][0]["size"])
        members = bytearray(parts.members)
        members[start + 3] ^= 0xFF
        parts.members = bytes(members)
        sealed = members[start : start + ciphertext_size(len(EVIDENCE))]
        parts.manifest["members"][1]["ciphertext_sha256"] = hashlib.sha256(sealed).hexdigest()

    hostile = rewritten(honest, tmp_path / "garbage.ipmsb", bad_ciphertext, world.insider)
    assert main(["verify", "--trust", str(world.trust_path), str(hostile)]) == 0
    results = merge(world, local_db, [hostile, good_bundle(world, tmp_path)], tmp_path)
    assert_one_refusal_then_good(results, "decryption-failed")


def test_checked_evidence_is_recorded(world, local_db, tmp_path):
    document = insider_document(world, assessment_id=uuid.uuid4().hex)
    _with_evidence()(document)
    (result,) = merge(
        world, local_db, [signed_bundle(world, tmp_path, document, (EVIDENCE,))], tmp_path
    )
    assert result.outcome is Outcome.MERGED
    rows = local_db.read(lambda c: c.execute(select(item_evidence)).all())
    assert [(row.sha256, row.size) for row in rows] == [(EVIDENCE_SHA, len(EVIDENCE))]


# --- Finding: one bundle blocked a whole cycle's reports ------------------------------------


def test_assessment_on_another_framework_version_does_not_stop_the_report(local_db, tmp_path):
    older, newer = load_framework("efqm-2013"), load_framework("efqm-2020")
    values = [
        incoming(assessment_document(older, seed=1)),
        incoming(assessment_document(older, seed=2)),
        incoming(assessment_document(newer, seed=3)),
        incoming(assessment_document(older, seed=4, institution="Ministry of Health")),
    ]
    paths = [write_fake_bundle(tmp_path, value) for value in values]
    results = merge_bundles(local_db, paths, json_opener, tmp_path / "quarantine")
    assert all(r.outcome is Outcome.MERGED for r in results)
    cycle = load_cycle_results(local_db, 2026)
    assert [i.institution for i in cycle.institutions] == [
        "Ministry of Health",
        "Ministry of Trade",
    ]
    trade = cycle.institutions[1]
    assert trade.framework.id == "efqm-2013" and len(trade.individuals) == 2
    (aside,) = cycle.set_aside
    assert aside.bundle_id == values[2].bundle_id and "efqm-2020" in aside.describe()
    write_workbook(cycle, tmp_path / "cycle.xlsx")
    notes = load_workbook(tmp_path / "cycle.xlsx", read_only=True)["Notes"]
    rows = [row for row in notes.iter_rows(values_only=True)][1:]
    assert rows == [
        ("Ministry of Trade", f"Left out of this report: bundle {aside.bundle_id}, {aside.reason}")
    ], "the reader of the workbook sees what was left out"


def test_report_command_names_what_it_sets_aside(local_db, tmp_path, capsys, monkeypatch):
    older, newer = load_framework("efqm-2013"), load_framework("efqm-2020")
    values = [
        incoming(assessment_document(older, seed=1)),
        incoming(assessment_document(newer)),
        incoming(assessment_document(older, seed=2)),
    ]
    paths = [write_fake_bundle(tmp_path, value) for value in values]
    merge_bundles(local_db, paths, json_opener, tmp_path / "quarantine")
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cycle.xlsx"
    database = tmp_path / "consolidation.db"
    assert main(["report", "--db", str(database), "--cycle", "2026", "--xlsx", str(out)]) == 0
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith("set aside: 'Ministry of Trade', cycle 2026: bundle ")
    assert values[1].bundle_id in line and "efqm-2020" in line
    assert "1 institutions" in captured.out and out.stat().st_size > 0


def test_control_characters_in_texts_merge_and_report(world, local_db, tmp_path):
    document = insider_document(world, assessment_id=uuid.uuid4().hex)
    document["items"]["1a"]["strengths"] = ["bell\x01 and escape\x1b[31m red", "=cmd|' /C calc'!A0"]
    (result,) = merge(world, local_db, [signed_bundle(world, tmp_path, document)], tmp_path)
    assert result.outcome is Outcome.MERGED
    write_workbook(load_cycle_results(local_db, 2026), tmp_path / "cycle.xlsx")
    assert (tmp_path / "cycle.xlsx").stat().st_size > 0


# --- Findings: disk exhaustion through the quarantine; a FIFO hangs verify -------------


def test_sparse_two_gib_file_is_noted_not_copied(world, local_db, tmp_path):
    sparse = tmp_path / "huge.ipmsb"
    with open(sparse, "wb") as handle:
        handle.truncate(2 * 1024**3)
    results = merge(world, local_db, [sparse, good_bundle(world, tmp_path)], tmp_path)
    assert_one_refusal_then_good(results, "not-a-bundle")
    (entry,) = quarantined_bundles(tmp_path / "quarantine")
    assert not entry.copy.exists()
    assert "2,147,483,648 bytes" in entry.not_copied
    used = sum(p.stat().st_size for p in (tmp_path / "quarantine").rglob("*") if p.is_file())
    assert used < 4096


def test_quarantine_cap_is_the_setting(tmp_path):
    small = tmp_path / "small.ipmsb"
    small.write_bytes(b"x" * 2000)
    assert quarantine_bundle(small, "refused", tmp_path / "q", max_copy_bytes=1000) is None
    copy = quarantine_bundle(small, "refused", tmp_path / "q", max_copy_bytes=2000)
    assert copy is not None and copy.read_bytes() == small.read_bytes()


def _within(seconds: float, work: Callable[[], object]) -> object:
    """Run ``work`` in a thread; fail (instead of hanging the suite) if it does not end."""
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "hung on the file"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_refused_unread_by_verify_and_merge(world, local_db, tmp_path, capsys):
    fifo = tmp_path / "pipe.ipmsb"
    os.mkfifo(fifo)
    good = good_bundle(world, tmp_path)
    code = _within(30, lambda: main(["verify", "--trust", str(world.trust_path), str(fifo)]))
    assert code == 1
    assert "REJECTED: not-a-file" in capsys.readouterr().out
    results = _within(30, lambda: merge(world, local_db, [fifo, good], tmp_path))
    assert isinstance(results, list)
    assert_one_refusal_then_good(results, "not-a-file")
    (entry,) = quarantined_bundles(tmp_path / "quarantine")
    assert "not an ordinary file" in entry.not_copied and not entry.copy.exists()


# --- Finding: manifest text echoed raw (terminal escapes, a 3 MB kind) ---------------------


def test_terminal_escapes_and_a_3mb_kind_are_escaped_and_cut(world, local_db, tmp_path, capsys):
    def fake_ok_kind(parts: BundleParts) -> None:
        parts.manifest["kind"] = TERMINAL_FAKE + "A" * 3_000_000

    hostile = rewritten(good_bundle(world, tmp_path), tmp_path / "k.ipmsb", fake_ok_kind)
    assert main(["verify", "--trust", str(world.trust_path), str(hostile)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert_printable(line)
    assert "\\u001b[2K" in line and len(line) < 1000
    results = merge(world, local_db, [hostile, good_bundle(world, tmp_path)], tmp_path)
    assert_one_refusal_then_good(results, "unknown-kind", "more characters")
    note = next((tmp_path / "quarantine").glob("*" + NOTE_SUFFIX)).read_text(encoding="utf-8")
    assert_printable(note.replace("\n", ""))
    assert len(note) < 2000 and note.count("\n") == 3


def test_quarantine_note_of_hostile_name_and_reason_is_four_plain_lines(tmp_path):
    source = tmp_path / "line\nbreak\x1b[31m.ipmsb"
    source.write_bytes(b"junk")
    quarantine_bundle(source, f"reason {TERMINAL_FAKE}\nsecond: line", tmp_path / "q")
    (entry,) = quarantined_bundles(tmp_path / "q")
    for text in (entry.original, entry.reason):
        assert_printable(text)
    assert "\\u000a" in entry.original and "\\u202e" in entry.reason
    assert entry.note.read_text(encoding="utf-8").count("\n") == 3


def test_command_line_never_shows_a_traceback(world, tmp_path):
    """The real ``ipms`` process, every hostile file at once: one line or row each."""
    good = good_bundle(world, tmp_path)
    kind = rewritten(
        good_bundle(world, tmp_path),
        tmp_path / "kind.ipmsb",
        lambda parts: parts.manifest.update(kind="\ud800" + TERMINAL_FAKE),
    )
    odd_name = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff.ipmsb"))
    odd_name.write_bytes(good_bundle(world, tmp_path).read_bytes())
    sparse = tmp_path / "sparse.ipmsb"
    with open(sparse, "wb") as handle:
        handle.truncate(2 * 1024**3)
    files = [kind, odd_name, sparse, tmp_path / "missing.ipmsb", tmp_path, good]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.ipmsb")
        files.insert(0, tmp_path / "pipe.ipmsb")
    environment = {
        **os.environ,
        "IPMS_DB_PASSPHRASE": PASSPHRASE,
        "IPMS_KEY_PASSPHRASE": KEY_PASSPHRASE,
        "PYTHONIOENCODING": "utf-8",
    }
    for command in (
        ["verify", "--trust", world.trust_path],
        ["merge", "--db", tmp_path / "c.db", "--trust", world.trust_path, "--key", world.key_path],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "ipms_desktop", *map(str, command), *map(str, files)],
            capture_output=True,
            timeout=300,
            env=environment,
            cwd=tmp_path,
        )
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        assert done.returncode == 1, err
        assert "Traceback" not in err
        assert_printable(out.replace("\n", ""))
        body = out.splitlines()
        if command[0] == "verify":
            assert len(body) == len(files) and body[-1].endswith(": OK")
        else:
            assert len(body) == len(files) + 2
            assert body[-1] == f"2 merged, 0 duplicate, 0 superseded, {len(files) - 2} rejected"


# --- Finding: PostgreSQL refused what the local file accepted -------------------------------

EDGE_INSTITUTION = "\U0001d544" * 200  # 200 characters of 4 UTF-8 bytes each


def test_edge_values_are_accepted_by_both_back_ends(world, any_db, tmp_path):
    document = insider_document(
        world,
        assessment_id="a" * 64,
        revision=2**31 - 1,
        cycle=2**31 - 1,
        institution=EDGE_INSTITUTION,
        audit_head="h" * 160,
    )
    (result,) = merge(world, any_db, [signed_bundle(world, tmp_path, document)], tmp_path)
    assert result.outcome is Outcome.MERGED, result.reason


def test_largest_evidence_size_fits_both_back_ends(any_db, tmp_path):
    document = assessment_document(seed=5)
    document["items"]["1a"]["evidence"] = [
        {
            "sha256": "b" * 64,
            "name": "scan.pdf",
            "size": BUNDLES.max_member_bytes,
            "media_type": "x",
        }
    ]
    value = dataclasses.replace(
        incoming(document), evidence_sizes={"b" * 64: BUNDLES.max_member_bytes}
    )
    path = write_fake_bundle(tmp_path, value)
    (result,) = merge_bundles(any_db, [path], json_opener, tmp_path / "quarantine")
    assert result.outcome is Outcome.MERGED, result.reason


# (manifest fields, the reason's code)
OVER_LIMITS = {
    "assessment id of 65 characters": ({"assessment_id": "a" * 65}, "malformed-manifest"),
    "revision 2^31": ({"revision": 2**31}, "malformed-manifest"),
    "cycle 2^31": ({"cycle": 2**31}, "malformed-manifest"),
    "audit head of 161 characters": ({"audit_head": "h" * 161}, "malformed-manifest"),
    "institution of 201 characters": ({"institution": "\U0001d544" * 201}, "malformed-manifest"),
    "NUL in the institution": ({"institution": "Ministry\x00of Trade"}, "invalid-text"),
    "escape in the assessment id": ({"assessment_id": "id\x1b[2J"}, "malformed-manifest"),
}


@pytest.mark.parametrize(("fields", "reason"), list(OVER_LIMITS.values()), ids=list(OVER_LIMITS))
def test_over_limit_values_are_refused_by_both_back_ends(world, any_db, tmp_path, fields, reason):
    def over(parts: BundleParts) -> None:
        parts.manifest.update(fields)

    hostile = rewritten(good_bundle(world, tmp_path), tmp_path / "over.ipmsb", over, world.insider)
    results = merge(world, any_db, [hostile, good_bundle(world, tmp_path)], tmp_path)
    assert_one_refusal_then_good(results, reason)


# --- Finding: look-alike institution names became separate institutions -------------------


SAME_INSTITUTION = [
    "Ministère du Commerce",
    "Ministère du Commerce ",
    "  Ministère   du Commerce",
    unicodedata.normalize("NFD", "Ministère du Commerce"),
    "Minis\u200btère du Commerce",
    "\u202bMinistère du Commerce\u202c",
    "Ministère du\u00a0Commerce",
]


def _institutions(database: ConsolidationDatabase) -> list[str]:
    return database.read(
        lambda c: c.execute(select(bundles.c.institution).distinct()).scalars().all()
    )


def test_spellings_of_one_name_key_one_institution(any_db, tmp_path):
    values = [
        incoming(assessment_document(institution=name, seed=n))
        for n, name in enumerate(SAME_INSTITUTION)
    ]
    paths = [write_fake_bundle(tmp_path, value) for value in values]
    results = merge_bundles(any_db, paths, json_opener, tmp_path / "quarantine")
    assert all(r.outcome is Outcome.MERGED and not r.look_alikes for r in results)
    assert _institutions(any_db) == ["Ministère du Commerce"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ministry of Trade", "M\u0456nistry of Trade"),  # Cyrillic і
        ("Ministry of Trade", "MINISTRY OF TRADE"),
        ("وزارة التجارة", "وزاره التجاره"),  # teh marbuta for heh
        ("وزارة التربية", "وزارة التربیة"),  # Persian yeh
        ("Directorate 7", "Directorate \u0667"),  # Arabic-Indic seven
    ],
)
def test_look_alike_names_are_flagged_not_merged(any_db, tmp_path, first, second):
    values = [
        incoming(assessment_document(institution=first, seed=1)),
        incoming(assessment_document(institution=second, seed=2)),
    ]
    paths = [write_fake_bundle(tmp_path, value) for value in values]
    results = merge_bundles(any_db, paths, json_opener, tmp_path / "quarantine")
    assert [r.outcome for r in results] == [Outcome.MERGED, Outcome.MERGED]
    assert results[0].look_alikes == ()
    assert results[1].look_alikes == (first,)
    assert sorted(_institutions(any_db)) == sorted([first, second])


def test_extract_signature_of_a_hostile_file_prints_one_escaped_error(world, tmp_path, capsys):
    hostile = tmp_path / "fake\x1b[32m OK\x1b[0m.ipmsb"
    hostile.write_bytes(b"junk")
    arguments = ["verify", "--trust", str(world.trust_path), str(hostile)]
    assert main([*arguments, "--extract-signature", str(tmp_path / "parts")]) == 1
    captured = capsys.readouterr()
    for text in (captured.out, captured.err):
        assert "\x1b" not in text and text.count("\n") == 1
    assert "\\u001b[32m OK" in captured.err
