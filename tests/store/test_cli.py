"""The ``ipms profile`` and ``ipms assessment`` command-line contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.store import keyslots
from ipms_desktop.store.opening import unlock_profile, unlock_with_escrow_key
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE, full_sheet, item_attributes


@pytest.fixture
def cli_profile(
    created: tuple[Profile, str], profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A closed (cheap-KDF) profile with IPMS_PASSPHRASE set for the commands."""
    created[0].close()
    monkeypatch.setenv("IPMS_PASSPHRASE", PASSPHRASE)
    return profile_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def create_assessment(capsys: pytest.CaptureFixture[str], folder: Path) -> str:
    code, out, _ = run(
        capsys,
        "assessment",
        "create",
        "--profile",
        str(folder),
        "--institution",
        "Ministry of Water Resources",
        "--framework",
        "efqm-2013",
        "--cycle",
        "2026",
    )
    assert code == 0
    return out.strip().splitlines()[-1]


def test_profile_create_prints_the_recovery_code_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPMS_PASSPHRASE", "a strong enough passphrase")
    folder = tmp_path / "cli-profile"
    code, out, err = run(capsys, "profile", "create", "--profile", str(folder), "--name", "Mine")
    assert (code, err) == (0, "")
    recovery = out.strip().splitlines()[-1]
    keyslots.normalise_recovery_code(recovery)
    slot = json.loads((folder / "keyslots.json").read_text())["slots"][0]
    assert slot["kdf"]["memory_kib"] >= 65536
    monkeypatch.setenv("IPMS_RECOVERY_CODE", recovery)
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "another passphrase")
    code, out, _ = run(capsys, "profile", "recover", "--profile", str(folder))
    assert code == 0 and recovery not in out
    unlock_profile(folder, "another passphrase").close()


def test_assessment_create_list_fill_show(
    cli_profile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assessment_id = create_assessment(capsys, cli_profile)
    assert len(assessment_id) == 32
    sheet = full_sheet("efqm-2013", 50)
    sheet["items"]["1a"]["strengths"] = ["clear mission"]
    sheet["items"]["1a"]["evidence"] = ["evidence/plan.txt"]
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "plan.txt").write_text("plan")
    sheet_path = tmp_path / "sheet.json"
    sheet_path.write_text(json.dumps(sheet))
    code, out, err = run(
        capsys, "assessment", "fill", "--profile", str(cli_profile), assessment_id, str(sheet_path)
    )
    assert (code, err) == (0, ""), err
    assert "32 of 32" in out

    code, out, _ = run(capsys, "assessment", "list", "--profile", str(cli_profile), "--json")
    [listed] = json.loads(out)
    assert (listed["id"], listed["items_scored"], listed["status"]) == (assessment_id, 32, "draft")

    code, out, _ = run(
        capsys, "assessment", "show", "--profile", str(cli_profile), assessment_id, "--json"
    )
    shown = json.loads(out)
    assert shown["items"]["1a"]["strengths"] == ["clear mission"]
    assert shown["items"]["1a"]["evidence"][0]["name"] == "plan.txt"
    assert shown["scores"]["total"] == 500
    assert shown["scores"]["complete"] is True
    assert shown["scores"]["criteria"]["1"]["points"] == 50

    code, out, _ = run(capsys, "assessment", "show", "--profile", str(cli_profile), assessment_id)
    assert code == 0 and "clear mission" in out
    assert "total: 500 of 1000\n" in out  # whole points, as EFQM 2013.3 shows the total

    code, out, _ = run(capsys, "assessment", "list", "--profile", str(cli_profile))
    assert assessment_id in out and "32/32" in out


def test_fill_with_an_illegal_score_changes_nothing(
    cli_profile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assessment_id = create_assessment(capsys, cli_profile)
    attributes = item_attributes("efqm-2013", "1a", 50)
    attributes["sound"] = 52
    sheet_path = tmp_path / "bad.json"
    sheet_path.write_text(json.dumps({"items": {"1a": {"attributes": attributes}}}))
    code, _, err = run(
        capsys, "assessment", "fill", "--profile", str(cli_profile), assessment_id, str(sheet_path)
    )
    assert code == 1
    assert err.count("\n") == 1 and "bad.json" in err and "52 is not a legal score" in err
    with unlock_profile(cli_profile, PASSPHRASE) as profile:
        assert profile.assessments.get(assessment_id).items == {}


def test_wrong_passphrase_is_one_line(
    cli_profile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPMS_PASSPHRASE", "wrong")
    code, out, err = run(capsys, "assessment", "list", "--profile", str(cli_profile))
    assert (code, out) == (1, "")
    assert err.startswith("ipms: error: wrong passphrase") and err.count("\n") == 1


def test_verify_passwd_backup(
    cli_profile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    code, out, _ = run(capsys, "profile", "verify", "--profile", str(cli_profile))
    assert code == 0 and "profile ok" in out
    out_file = tmp_path / "copy.db"
    code, out, _ = run(
        capsys, "profile", "backup", "--profile", str(cli_profile), "--out", str(out_file)
    )
    assert code == 0 and out_file.exists()
    assert Path(str(out_file) + ".keyslots.json").exists()
    monkeypatch.setenv("IPMS_NEW_PASSPHRASE", "changed passphrase")
    code, out, _ = run(capsys, "profile", "passwd", "--profile", str(cli_profile))
    assert code == 0
    unlock_profile(cli_profile, "changed passphrase").close()


def test_no_terminal_and_no_variable(
    cli_profile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IPMS_PASSPHRASE")
    code, _, err = run(capsys, "profile", "verify", "--profile", str(cli_profile))
    assert code == 1 and "IPMS_PASSPHRASE" in err


def test_missing_profile_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPMS_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "assessment", "list", "--profile", str(tmp_path / "none"))
    assert code == 1 and "ipms profile create" in err


def test_create_with_trust_settings_adds_the_escrow_slot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.keyfile import Argon2Parameters
    from ipms_desktop.trust.profile_credentials import TRUST_SETTINGS_SECRET
    from ipms_desktop.trust.recipients import RecipientPrivateKey

    cheap = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)
    authority = CertificateAuthority.create(
        tmp_path / "ca", "CoMSEC test CA", "ca", "key", kdf=cheap
    )
    escrow = RecipientPrivateKey.generate()
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(authority.trust_settings("ca", escrow=escrow.public_key()))
    monkeypatch.setenv("IPMS_PASSPHRASE", "a strong enough passphrase")
    folder = tmp_path / "with-trust"
    code, _, err = run(
        capsys,
        "profile",
        "create",
        "--profile",
        str(folder),
        "--name",
        "Escrowed",
        "--trust",
        str(trust_file),
    )
    assert (code, err) == (0, "")
    with unlock_with_escrow_key(folder, escrow.secret_bytes) as profile:
        assert profile.keys.get_secret(TRUST_SETTINGS_SECRET) == trust_file.read_bytes()


def test_damaged_database_then_restore(
    cli_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipms_desktop.store import backups
    from ipms_desktop.store.paths import database_path

    unlock_profile(cli_profile, PASSPHRASE).close()
    latest = backups.latest_backup(cli_profile)
    assert latest is not None
    database = database_path(cli_profile)
    with open(database, "r+b") as stream:
        stream.seek(database.stat().st_size // 2)
        stream.write(b"\x00" * 256)
    code, _, err = run(capsys, "profile", "verify", "--profile", str(cli_profile))
    assert code == 1 and "database damaged" in err and str(latest) in err
    code, out, _ = run(
        capsys, "profile", "restore", "--profile", str(cli_profile), "--from", str(latest)
    )
    assert code == 0 and "restored" in out
    code, out, _ = run(capsys, "profile", "verify", "--profile", str(cli_profile))
    assert code == 0 and "profile ok" in out
