"""Hostile JSON files a person hands to IPMS (scoring sheets, framework files, institutions
lists): each is refused with the file and the place named, at once, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import read_framework_json
from ipms_desktop.provisioning import read_institutions
from ipms_desktop.settings import INPUT
from ipms_desktop.user_files import parse_user_json

ROOT = Path(__file__).resolve().parents[2]
ATTRIBUTES = {
    "sound": 55,
    "integrated": 50,
    "implemented": 60,
    "structured": 45,
    "measurement": 40,
    "learning_creativity": 35,
    "improvement_innovation": 45,
}


def calc(sheet: Path) -> subprocess.CompletedProcess[str]:
    """``ipms calc`` in its own process, so that a hang would end the test, not the suite."""
    return subprocess.run(
        [sys.executable, "-m", "ipms_desktop", "calc", "--framework", "efqm-2013", str(sheet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def sheet_with(tmp_path: Path, sound: str) -> Path:
    """A sheet whose 1a ``sound`` score is the raw JSON literal ``sound``."""
    text = json.dumps({"items": {"1a": {"attributes": {**ATTRIBUTES, "sound": 0}}}})
    path = tmp_path / "sheet.json"
    path.write_text(text.replace('"sound": 0', f'"sound": {sound}'), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "literal", ["1e-999999999", "5e2", "NaN", "Infinity", "-Infinity", "9" * 5000]
)
def test_a_score_that_is_not_a_plain_number_is_refused_by_place(tmp_path, literal) -> None:
    done = calc(sheet_with(tmp_path, literal))
    assert done.returncode == 1
    assert "items.1a.attributes.sound" in done.stderr
    assert "not a plain number" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr) < 600, "a long literal is not echoed in full"


def test_a_plain_sheet_still_scores(tmp_path) -> None:
    done = calc(sheet_with(tmp_path, "55"))
    assert done.returncode == 0, done.stderr
    assert "1a" in done.stdout


def test_deep_nesting_is_refused_before_parsing(tmp_path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"items": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    done = calc(path)
    assert done.returncode == 1
    assert "levels deep" in done.stderr and "Traceback" not in done.stderr


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"items": {"1a": {"not_assessed": "[" * 1000 + "{" * 1000}}})
    assert parse_user_json(text.encode(), "sheet")["items"]["1a"]["not_assessed"].startswith("[[")


def test_a_repeated_key_is_refused(tmp_path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"items": {"1a": {"overall": 40}, "1a": {"overall": 90}}}', encoding="utf-8")
    done = calc(path)
    assert done.returncode == 1
    assert '"1a" appears twice' in done.stderr


def test_non_utf8_and_oversized_sheets(tmp_path) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"items": {"1a": {"not_assessed": "caf\xe9"}}}')
    done = calc(latin)
    assert done.returncode == 1 and "not UTF-8" in done.stderr
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(INPUT.sheet_max_bytes + 1)
    done = calc(huge)
    assert done.returncode == 1 and "bytes, more than" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_fifo_sheet_is_refused_without_waiting(tmp_path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    done = calc(fifo)
    assert done.returncode == 1 and "not an ordinary file" in done.stderr


def test_framework_files_and_institution_lists_use_the_same_reader(tmp_path) -> None:
    framework = tmp_path / "framework.json"
    framework.write_text('{"id": "x", "id": "y"}', encoding="utf-8")
    with pytest.raises(IpmsError, match='"id" appears twice'):
        read_framework_json(framework)
    institutions = tmp_path / "institutions.json"
    institutions.write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    with pytest.raises(IpmsError, match="levels deep"):
        read_institutions(institutions)
    institutions.write_text(
        '{"document": "ipms-institutions", "format": 1e999, "institutions": []}', encoding="utf-8"
    )
    with pytest.raises(IpmsError, match="format holds 1e999"):
        read_institutions(institutions)


def test_a_sheet_with_a_lone_surrogate_is_refused_by_place(tmp_path) -> None:
    # The escape as a hostile or broken tool writes it: json.loads makes it a text that
    # cannot be written as UTF-8.
    path = tmp_path / "sheet.json"
    path.write_text('{"items": {"1a": {"afis": ["ok", "half \\ud83d of a pair"]}}}', "ascii")
    done = calc(path)
    assert done.returncode == 1
    assert f"sheet {path}: items.1a.afis.1 holds the text" in done.stderr
    assert '"half \\ud83d of a pair"' in done.stderr
    assert "Traceback" not in done.stderr
    path.write_text('{"items": {"1a": {"afis": ["a whole pair \\ud83d\\ude00"]}}}', "ascii")
    assert "Traceback" not in calc(path).stderr


# (file, text with the escape, the place the refusal names, the message's words)
UNSTORABLE_FILES = [
    ("framework", '"title": {"en": "Leader\\udc00ship"}', "title.en", "broken character"),
    ("framework", '"title": {"en": "Leader\\u0000ship"}', "title.en", "NUL character"),
    ("institutions", '"institutions": [{"name": "Ministry \\ud800"}]', "institutions.0.name", ""),
    ("institutions", '"institutions": [{"name\\udfff": "x"}]', "institutions.0.name\\udfff", ""),
]


@pytest.mark.parametrize(("kind", "member", "place", "words"), UNSTORABLE_FILES)
def test_framework_files_and_institution_lists_refuse_unstorable_text(
    tmp_path, kind, member, place, words
) -> None:
    path = tmp_path / f"{kind}.json"
    document = {"framework": '{"id": "x", ', "institutions": '{"document": "ipms-institutions", '}
    path.write_text(document[kind] + member + "}", encoding="ascii")
    with pytest.raises(IpmsError) as refused:
        (read_framework_json if kind == "framework" else read_institutions)(path)
    text = str(refused.value)
    assert f"{path}: {place} holds the text" in text and words in text
    assert refused.value.message_id in {"file-text-not-unicode", "file-text-holds-nul"}
    text.encode("utf-8")
