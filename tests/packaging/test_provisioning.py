"""How an installed application finds its provisioning files, and which lists it accepts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.provisioning import (
    describe_provisioning,
    load_institutions,
    provisioned_institutions_path,
    provisioned_trust_path,
    provisioning_dirs,
)

VECTOR_TRUST = Path(__file__).resolve().parents[1] / "vectors" / "bundle-v1" / "trust.json"


def write_institutions(path: Path, names: object, **overrides: object) -> Path:
    document = {"document": "ipms-institutions", "format": 1, "institutions": names}
    document.update(overrides)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_found_beside_the_frozen_executable_even_through_a_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "opt" / "ipms-desktop"
    (install / "provisioning").mkdir(parents=True)
    (install / "ipms-desktop").write_bytes(b"")
    trust = install / "provisioning" / "trust.json"
    trust.write_bytes(VECTOR_TRUST.read_bytes())
    institutions = write_institutions(install / "provisioning" / "institutions.json", ["A"])
    link = tmp_path / "usr-bin-ipms-desktop"
    link.symlink_to(install / "ipms-desktop")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(link))

    assert provisioning_dirs()[0] == (install / "provisioning").resolve()
    assert provisioned_trust_path() == trust.resolve()
    assert provisioned_institutions_path() == institutions.resolve()


def test_unprovisioned_install_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ipms-desktop").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "ipms-desktop"))
    search = [tmp_path / "provisioning"]

    assert provisioned_trust_path(search) is None
    assert provisioned_institutions_path(search) is None


def test_first_folder_with_the_file_wins(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (second / "trust.json").write_bytes(b"{}")
    (first / "institutions.json").write_bytes(b"{}")

    assert provisioned_trust_path([first, second]) == second / "trust.json"
    assert provisioned_institutions_path([first, second]) == first / "institutions.json"


def test_institutions_list_read_in_file_order(tmp_path: Path) -> None:
    path = write_institutions(tmp_path / "i.json", ["Ministry of Trade", "وزارة الصحة"])

    assert load_institutions(path) == ("Ministry of Trade", "وزارة الصحة")


@pytest.mark.parametrize(
    ("names", "overrides", "message"),
    [
        (["A", "a"], {}, "listed twice"),
        (["A", " B"], {}, "institution 2 must be a name"),
        (["A", ""], {}, "institution 2 must be a name"),
        (["A", 7], {}, "institution 2 must be a name"),
        (["x" * 201], {}, "longer than 200"),
        ([], {}, "non-empty list"),
        ("A", {}, "non-empty list"),
        (["A"], {"format": 2}, "format 2 is not supported"),
        (["A"], {"document": "ipms-trust-settings"}, "not an institutions list"),
    ],
)
def test_bad_institutions_list_is_refused_with_the_fault_named(
    tmp_path: Path, names: object, overrides: dict[str, object], message: str
) -> None:
    path = write_institutions(tmp_path / "i.json", names, **overrides)

    with pytest.raises(IpmsError, match=message) as caught:
        load_institutions(path)
    assert str(path) in str(caught.value)


def test_unreadable_or_garbled_institutions_list_is_refused(tmp_path: Path) -> None:
    garbled = tmp_path / "garbled.json"
    garbled.write_bytes(b"\xff\xfe not json")

    with pytest.raises(IpmsError, match="is not UTF-8 text"):
        load_institutions(garbled)
    with pytest.raises(IpmsError, match=r"institutions list .*missing\.json does not exist"):
        load_institutions(tmp_path / "missing.json")


def test_description_verifies_the_trust_signature(tmp_path: Path) -> None:
    institutions = write_institutions(tmp_path / "i.json", ["A", "B"])

    summary = describe_provisioning(VECTOR_TRUST, institutions)

    assert summary[0].startswith(f"trust settings {VECTOR_TRUST}: serial 1, root sha256:")
    assert summary[1] == f"institutions list {institutions}: 2 institutions"


def test_description_refuses_an_altered_trust_file(tmp_path: Path) -> None:
    altered = tmp_path / "trust.json"
    envelope = json.loads(VECTOR_TRUST.read_text())
    envelope["signature"] = envelope["signature"][:-4] + "AAA="
    altered.write_text(json.dumps(envelope))

    with pytest.raises(IpmsError, match="signature does not verify"):
        describe_provisioning(altered, None)
