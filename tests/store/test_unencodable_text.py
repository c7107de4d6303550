"""Text that is not Unicode, typed into the stores: a name or note given on a terminal (or
in a file name) that is not UTF-8 reaches Python as a lone surrogate (``surrogateescape``)
and cannot be written as UTF-8. Each is refused with one message quoting the text, and
nothing of the edit is saved: no traceback, no half-made profile, no changed audit trail."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.errors import IpmsError
from ipms_desktop.store.paths import database_path, slot_file_path

from .conftest import PASSPHRASE

# What a terminal that is not UTF-8 hands over for "Ministry of Trade" typed in Latin-1.
NOT_UTF8 = os.fsdecode("Minist\xe8re".encode("latin-1"))


def test_the_store_refuses_a_lone_surrogate_and_saves_nothing(profile, assessment_id) -> None:
    profile.scores.set_texts(assessment_id, "1a", "strengths", ["kept"])
    head = profile.audit_head
    with pytest.raises(IpmsError) as refused:
        profile.assessments.create(NOT_UTF8, "efqm-2013", 2026)
    assert refused.value.message_id == "text-not-unicode-not-saved"
    assert '"Minist\\udce8re"' in str(refused.value)
    assert "nothing was saved" in str(refused.value)
    with pytest.raises(IpmsError, match="udce8"):
        profile.scores.set_texts(assessment_id, "1a", "strengths", ["kept", "new \udce8"])
    with pytest.raises(IpmsError, match="udce8"):
        profile.scores.set_not_assessed(assessment_id, "1a", "closed \udce8")
    assert [s.id for s in profile.assessments.summaries()] == [assessment_id]
    item = profile.assessments.get(assessment_id).items["1a"]
    assert (item.strengths, item.not_assessed) == (("kept",), None)
    assert profile.audit_head == head
    assert profile.verify().ok


@pytest.fixture
def cli_profile(created, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    created[0].close()
    monkeypatch.setenv("IPMS_PASSPHRASE", PASSPHRASE)
    return profile_dir


def listed(folder: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """What ``ipms assessment list`` (or ``show ID``) prints as JSON."""
    assert main(["assessment", *argv, "--profile", str(folder), "--json"]) == 0
    return capsys.readouterr().out


def test_assessment_create_with_such_a_name_is_one_message(cli_profile, capsys) -> None:
    before = listed(cli_profile, capsys, "list")
    argv = ["assessment", "create", "--profile", str(cli_profile), "--institution", NOT_UTF8]
    assert main([*argv, "--framework", "efqm-2013", "--cycle", "2026"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith('ipms: error: the text "Minist\\udce8re" holds a broken')
    assert "Traceback" not in captured.err
    assert listed(cli_profile, capsys, "list") == before


def test_a_sheet_holding_such_text_fills_nothing(cli_profile, tmp_path, capsys) -> None:
    argv = ["assessment", "create", "--profile", str(cli_profile), "--institution", "Trade"]
    assert main([*argv, "--framework", "efqm-2013", "--cycle", "2026"]) == 0
    assessment_id = capsys.readouterr().out.strip().splitlines()[-1]
    before = listed(cli_profile, capsys, "show", assessment_id)
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps({"items": {"1a": {"strengths": ["fine", "broken \ud800"]}}}), encoding="ascii"
    )
    fill = ["assessment", "fill", "--profile", str(cli_profile), assessment_id, str(sheet)]
    assert main(fill) == 1
    err = capsys.readouterr().err
    assert f"sheet {sheet}: items.1a.strengths.1 holds the text" in err
    assert '"broken \\ud800"' in err and "save the file as UTF-8" in err
    assert listed(cli_profile, capsys, "show", assessment_id) == before


def test_profile_create_with_such_a_name_leaves_no_profile(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("IPMS_PASSPHRASE", "a strong enough passphrase for this test")
    folder = tmp_path / "new-profile"
    assert main(["profile", "create", "--profile", str(folder), "--name", NOT_UTF8]) == 1
    err = capsys.readouterr().err
    assert err.startswith('ipms: error: the text "Minist\\udce8re" holds a broken')
    assert not database_path(folder).exists()
    assert not slot_file_path(folder).exists()
    assert not folder.exists(), "refused before any folder is made"
