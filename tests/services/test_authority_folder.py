"""The authority folder: the institutions list in the provisioning format (the file an
installer build accepts), and the CA passphrase rule at initialisation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.provisioning import (
    INSTITUTIONS_DOCUMENT,
    Institution,
    describe_provisioning,
    read_institutions,
)
from ipms_desktop.services.authority_folder import (
    create_authority,
    create_escrow_key,
    institutions_path,
    load_institutions,
    save_institutions,
)
from ipms_desktop.services.passphrase_policy import PassphraseRefused
from tests.services.conftest import CA_PASSPHRASE, CHEAP_KEY_FILE_KDF, KEY_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_saved_list_is_the_provisioning_document_the_build_accepts(tmp_path: Path) -> None:
    kept = save_institutions(
        tmp_path, ["  Ministry of   Trade ", "وزارة الكهرباء", "", "ministry of trade"]
    )
    assert [entry.name for entry in kept] == ["Ministry of Trade", "وزارة الكهرباء"]
    path = institutions_path(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document == {
        "document": INSTITUTIONS_DOCUMENT,
        "format": 1,
        "institutions": ["Ministry of Trade", "وزارة الكهرباء"],
    }
    assert [entry.name for entry in read_institutions(path)] == [e.name for e in kept]
    assert describe_provisioning(None, path) == [f"institutions list {path}: 2 institutions"]
    # The installer build checks the file with this script before anything is built.
    checked = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_provisioning.py"), "--institutions", path],
        capture_output=True,
        text=True,
    )
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout.strip() == f"institutions list {path}: 2 institutions"


def test_a_bare_list_from_earlier_versions_is_upgraded_once(tmp_path: Path) -> None:
    path = institutions_path(tmp_path)
    path.write_text(json.dumps(["Ministry of Trade", " Ministry of Health ", ""]), "utf-8")
    assert [entry.name for entry in load_institutions(tmp_path)] == [
        "Ministry of Trade",
        "Ministry of Health",
    ]
    assert json.loads(path.read_text("utf-8"))["document"] == INSTITUTIONS_DOCUMENT
    describe_provisioning(None, path)


def test_sector_and_governorate_are_read_and_kept_when_names_are_saved(tmp_path: Path) -> None:
    path = institutions_path(tmp_path)
    path.write_text(
        json.dumps(
            {
                "document": INSTITUTIONS_DOCUMENT,
                "format": 1,
                "institutions": [
                    {"name": "Ministry of Trade", "sector": "economy"},
                    {"name": "Basra Governorate Office", "governorate": "Basra"},
                    "Ministry of Health",
                ],
            }
        ),
        "utf-8",
    )
    assert read_institutions(path) == (
        Institution("Ministry of Trade", sector="economy"),
        Institution("Basra Governorate Office", governorate="Basra"),
        Institution("Ministry of Health"),
    )
    save_institutions(tmp_path, ["MINISTRY OF TRADE", "Ministry of Health", "Ministry of Oil"])
    assert read_institutions(path) == (
        Institution("MINISTRY OF TRADE", sector="economy"),
        Institution("Ministry of Health"),
        Institution("Ministry of Oil"),
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "A", "ministry": "x"}, "unknown field"),
        ({"sector": "economy"}, "must be a name"),
        ({"name": "A", "sector": " economy"}, "sector must be text"),
        (["A"], "must be a name"),
    ],
)
def test_a_malformed_entry_is_refused_with_the_fault_named(
    tmp_path: Path, entry: object, message: str
) -> None:
    path = institutions_path(tmp_path)
    document = {"document": INSTITUTIONS_DOCUMENT, "format": 1, "institutions": [entry]}
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(IpmsError, match=message):
        read_institutions(path)


def test_an_emptied_list_removes_the_file_and_a_long_name_is_refused(tmp_path: Path) -> None:
    save_institutions(tmp_path, ["Ministry of Trade"])
    assert save_institutions(tmp_path, []) == []
    assert not institutions_path(tmp_path).exists()
    assert load_institutions(tmp_path) == []
    with pytest.raises(IpmsError) as caught:
        save_institutions(tmp_path, ["x" * 201])
    assert caught.value.message_id == "institution-name-too-long"
    assert not institutions_path(tmp_path).exists()


@pytest.mark.parametrize(
    ("ca_passphrase", "key_passphrase", "refused"),
    [
        ("short", KEY_PASSPHRASE, "the root key passphrase is refused: it has only 5"),
        (CA_PASSPHRASE, "aaaaaaaaaaaaaaaa", "the consolidation key passphrase is refused"),
        (CA_PASSPHRASE, CA_PASSPHRASE, "same as the root key passphrase"),
    ],
)
def test_ca_rule_refuses_before_anything_is_created(
    tmp_path: Path, ca_passphrase: str, key_passphrase: str, refused: str
) -> None:
    folder = tmp_path / "ca"
    with pytest.raises(PassphraseRefused, match=refused):
        create_authority(folder, "Root", ca_passphrase, key_passphrase, kdf=CHEAP_KEY_FILE_KDF)
    assert not folder.exists()


def test_escrow_key_passphrase_follows_the_policy(tmp_path: Path) -> None:
    authority = create_authority(
        tmp_path / "ca", "Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KEY_FILE_KDF
    )
    with pytest.raises(PassphraseRefused):
        create_escrow_key(authority, "1234567890123", kdf=CHEAP_KEY_FILE_KDF)
    assert not authority.escrow_key_path.exists()
    create_escrow_key(authority, "escrow kept in the safe 2026", kdf=CHEAP_KEY_FILE_KDF)
    assert authority.escrow_key_path.exists()
