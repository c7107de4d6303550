"""Every refusal of the command line's rules: exit 1, one line on stderr naming the rule,
and nothing left behind (checked by folder listings and file hashes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.settings import PASSPHRASES
from ipms_desktop.store.keyslots import KdfParams
from ipms_desktop.store.opening import create_profile, unlock_profile
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.keyfile import Argon2Parameters
from tests.store.conftest import folder_hashes, full_sheet

CHEAP_STORE_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
CHEAP_KEY_FILE_KDF = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "quiet river orchard lantern 42"
CA_PASSPHRASE = "granite meadow compass 2026"
KEY_PASSPHRASE = "willow harbour beacon 2026"
ESCROW_PASSPHRASE = "escrow kept in the safe 2026"
POLICY = f"at least {PASSPHRASES.min_chars} characters"
WEAK = ("abc", "aaaaaaaaaaaaaaaaaaaa", "password1234")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(code: int, out: str, err: str, *expected: str) -> None:
    """Exit 1, nothing on stdout, exactly one line on stderr containing ``expected``."""
    assert code == 1
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("ipms: error: ")
    for text in expected:
        assert text in err


def listing(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture
def closed_profile(tmp_path: Path) -> tuple[Path, str]:
    """A closed profile (cheap key derivation) and its recovery code."""
    folder = tmp_path / "profile"
    profile, code = create_profile(folder, "Layla Hassan", PASSPHRASE, kdf_params=CHEAP_STORE_KDF)
    profile.close()
    return folder, code


@pytest.mark.parametrize("weak", WEAK)
def test_profile_create_refuses_a_weak_passphrase_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, weak: str
) -> None:
    monkeypatch.setenv("IPMS_PASSPHRASE", weak)
    folder = tmp_path / "new-profile"
    code, out, err = run(capsys, "profile", "create", "--profile", folder, "--name", "Layla")
    refused(code, out, err, "the new profile passphrase is refused", POLICY)
    assert listing(tmp_path) == []


def test_profile_passwd_refuses_a_weak_passphrase_and_changes_nothing(
    closed_profile: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _ = closed_profile
    before = folder_hashes(folder)
    monkeypatch.setenv("IPMS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "abcdefgh")
    code, out, err = run(capsys, "profile", "passwd", "--profile", folder)
    refused(code, out, err, "the new passphrase is refused: it has only 8 characters", POLICY)
    assert folder_hashes(folder) == before
    unlock_profile(folder, PASSPHRASE).close()


def test_profile_recover_refuses_a_weak_passphrase_and_changes_nothing(
    closed_profile: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_code = closed_profile
    before = folder_hashes(folder)
    monkeypatch.setenv("IPMS_RECOVERY_CODE", recovery_code)
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "aaaaaaaaaaaaaaaaaaaa")
    code, out, err = run(capsys, "profile", "recover", "--profile", folder)
    refused(code, out, err, "the new passphrase is refused: its estimated strength", POLICY)
    assert folder_hashes(folder) == before


def test_escrow_recovery_refuses_a_weak_passphrase_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = CertificateAuthority.create(
        tmp_path / "ca", "Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF
    )
    escrow = authority.create_escrow_key(ESCROW_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF)
    folder = tmp_path / "profile"
    create_profile(
        folder, "Layla", PASSPHRASE, escrow_public_key=escrow.key_bytes, kdf_params=CHEAP_STORE_KDF
    )[0].close()
    before = folder_hashes(folder)
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", ESCROW_PASSPHRASE)
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "abc")
    code, out, err = run(
        capsys, "profile", "recover", "--profile", folder, "--escrow-key", authority.escrow_key_path
    )
    refused(code, out, err, "the new passphrase is refused", POLICY)
    assert folder_hashes(folder) == before


def test_export_of_an_unfinished_assessment_writes_nothing_and_uses_no_revision(
    closed_profile: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _ = closed_profile
    with unlock_profile(folder, PASSPHRASE) as profile:
        assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2013", 2026)
        sheet = full_sheet("efqm-2013", 50)
        for unfinished in ("1b", "2c", "9b"):
            del sheet["items"][unfinished]
        sheet["items"]["3a"] = {"attributes": {"sound": 40}}
        profile.assessments.fill_from_sheet(assessment_id, sheet)
        head = profile.audit_head()
    out_folder = tmp_path / "usb"
    out_folder.mkdir()
    monkeypatch.setenv("IPMS_PASSPHRASE", PASSPHRASE)
    code, out, err = run(
        capsys,
        "assessment",
        "export",
        "--profile",
        folder,
        assessment_id,
        "--out",
        out_folder / "ministry-of-trade.ipmsb",
    )
    refused(
        code,
        out,
        err,
        f"assessment {assessment_id} is not finished (4 problem(s)): 1b not scored yet; "
        "2c not scored yet; 3a 6 of 7 attributes are not scored",
        "9b not scored yet",
        "no bundle was written and no revision was used",
    )
    assert listing(out_folder) == []
    with unlock_profile(folder, PASSPHRASE) as profile:
        assert profile.assessments.get(assessment_id).summary.revision == 0
        assert profile.assessments.get(assessment_id).summary.status == "draft"
        assert profile.audit_head() == head


@pytest.mark.parametrize(
    ("ca_passphrase", "key_passphrase", "expected"),
    [
        ("abc", KEY_PASSPHRASE, "the root key passphrase is refused: it has only 3 characters"),
        (CA_PASSPHRASE, "password1234", "the consolidation key passphrase is refused"),
        (CA_PASSPHRASE, CA_PASSPHRASE, "it is the same as the root key passphrase"),
    ],
)
def test_admin_init_applies_the_ca_rule_and_creates_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    ca_passphrase: str,
    key_passphrase: str,
    expected: str,
) -> None:
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", ca_passphrase)
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", key_passphrase)
    code, out, err = run(capsys, "admin", "init", "--ca", tmp_path / "ca", "--name", "Root")
    refused(code, out, err, expected, POLICY)
    assert listing(tmp_path) == []


def test_admin_escrow_applies_the_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = CertificateAuthority.create(
        tmp_path / "ca", "Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF
    )
    before = folder_hashes(authority.folder)
    monkeypatch.setenv("IPMS_ESCROW_PASSPHRASE", "escrow")
    code, out, err = run(capsys, "admin", "escrow", "--ca", authority.folder)
    refused(code, out, err, "the escrow key passphrase is refused", POLICY)
    assert folder_hashes(authority.folder) == before


def test_a_new_consolidation_file_applies_the_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = CertificateAuthority.create(
        tmp_path / "ca", "Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF
    )
    trust = tmp_path / "trust.json"
    trust.write_bytes(authority.trust_settings(CA_PASSPHRASE))
    cycle = tmp_path / "cycle"
    cycle.mkdir()
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", KEY_PASSPHRASE)
    monkeypatch.setenv("IPMS_DB_PASSPHRASE", "team2026")
    arguments = ("--trust", trust, "--key", authority.consolidation_key_path)
    code, out, err = run(
        capsys,
        "merge",
        "--db",
        cycle / "cycle.db",
        *arguments,
        "--quarantine",
        cycle / "quarantine",
        tmp_path / "none.ipmsb",
    )
    refused(code, out, err, "the new consolidation file's passphrase is refused", POLICY)
    assert listing(cycle) == []

    monkeypatch.setenv("IPMS_DB_PASSPHRASE", "team lead's consolidation file 2026")
    code, _, err = run(
        capsys,
        "consensus",
        "show",
        "--db",
        cycle / "cycle.db",
        "--json",
        "--institution",
        "Ministry of Trade",
        "--cycle",
        "2026",
    )
    assert (cycle / "cycle.db").exists(), err
    assert "refused" not in err


def test_the_policy_text_is_the_same_for_every_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One policy, one sentence: profile, CA and consolidation refusals share it."""
    monkeypatch.setenv("IPMS_PASSPHRASE", "abc")
    monkeypatch.setenv("IPMS_CA_PASSPHRASE", "abc")
    monkeypatch.setenv("IPMS_KEY_PASSPHRASE", KEY_PASSPHRASE)
    first = run(capsys, "profile", "create", "--profile", tmp_path / "p", "--name", "A")[2]
    second = run(capsys, "admin", "init", "--ca", tmp_path / "ca", "--name", "Root")[2]
    tail = first.split("; ", 1)[1]
    assert tail.startswith(f"a passphrase needs {POLICY}")
    assert second.split("; ", 1)[1] == tail
