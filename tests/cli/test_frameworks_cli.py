"""The ``ipms frameworks`` and ``ipms calc`` contract: output shapes and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.frameworks import load_framework

SHIPPED = ["caf-2020", "efqm-2013", "efqm-2020"]


def test_list_json_names_every_framework(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [entry["id"] for entry in listed] == SHIPPED
    for entry in listed:
        framework = load_framework(entry["id"])
        assert entry["version"] == framework.version
        assert entry["points"] == (100 if entry["id"] == "caf-2020" else 1000)
        assert entry["title"]["en"] == framework.title.en
        assert entry["content_hash"] == framework.content_hash


def test_list_plain_has_one_line_per_framework(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == SHIPPED


def test_show_lists_attribute_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "efqm-2013"]) == 0
    out = capsys.readouterr().out
    assert "sound, integrated" in out
    assert "scope_relevance, integrity, segmentation" in out
    assert "in steps of 5" in out
    assert "6a    share 0.75" in out
    assert (
        "the total is shown rounded half up to whole points, and its level is decided on that "
        "figure\nrecognition bands:\n  from 200: Level 1: Developing\n  over 300:" in out
    )


def test_show_caf_overall_to_one_decimal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "caf-2020"]) == 0
    assert capsys.readouterr().out.endswith(
        "\nthe overall score is shown rounded half up to one decimal\n"
    )


def test_show_in_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "efqm-2020", "--lang", "ar"]) == 0
    assert load_framework("efqm-2020").criteria[0].title.ar in capsys.readouterr().out


def test_show_json_is_the_file_plus_hash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "caf-2020", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    framework = load_framework("caf-2020")
    assert shown.pop("content_hash") == framework.content_hash
    assert shown == framework.data


def test_unknown_framework_exits_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "efqm-1999"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "ipms: error: unknown framework 'efqm-1999'; known frameworks: caf-2020, efqm-2013, "
        "efqm-2020"
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            "{not json",
            "is not valid JSON: Expecting property name enclosed in double quotes at line 1",
        ),
        (
            '{"items": {"1a": {"attributes": {"sound": 57}}}}',
            "item 1a, attribute sound: 57 is not a legal score",
        ),
        ('{"items": {"1b": {"overall": 40}}}', "a justification is required"),
        ('{"items": {"10a": {}}}', "item 10a: not in framework efqm-2013"),
    ],
)
def test_calc_bad_sheet_exits_1_naming_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    sheet = tmp_path / "sheet.json"
    sheet.write_text(content, encoding="utf-8")
    assert main(["calc", "--framework", "efqm-2013", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert str(sheet) in err
    assert words in err


def test_calc_missing_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "--framework", "efqm-2013", str(tmp_path / "absent.json")]) == 1
    assert "absent.json does not exist" in capsys.readouterr().err


def test_calc_plain_output_is_rounded_for_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps(
            {
                "items": {
                    "1a": {
                        "attributes": {
                            "sound": 55,
                            "integrated": 50,
                            "implemented": 60,
                            "structured": 45,
                            "measurement": 40,
                            "learning_creativity": 35,
                            "improvement_innovation": 45,
                        }
                    }
                }
            }
        )
    )
    assert main(["calc", "--framework", "efqm-2013", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "1a     scored             48.3     48.3" in out
    assert "no total: at least one criterion has no item that counts" in out
    assert "missing: 1b" in out


def test_usage_error_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ipms_desktop", "calc"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "the following arguments are required" in done.stderr


@pytest.mark.parametrize("framework_id", SHIPPED)
def test_export_import_round_trip_keeps_the_hash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], framework_id: str
) -> None:
    workbook = tmp_path / f"{framework_id}.xlsx"
    assert main(["frameworks", "export", framework_id, "--xlsx", str(workbook)]) == 0
    out_file = tmp_path / f"{framework_id}.json"
    assert main(["frameworks", "import", str(workbook), "--out", str(out_file)]) == 0
    framework = load_framework(framework_id)
    assert framework.content_hash in capsys.readouterr().out
    assert json.loads(out_file.read_text(encoding="utf-8")) == framework.data


def test_import_of_a_broken_file_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "edited.xlsx"
    fake.write_text("this is not a workbook")
    out_file = tmp_path / "efqm-2013.json"
    assert main(["frameworks", "import", str(fake), "--out", str(out_file)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "edited.xlsx" in err
    assert not out_file.exists()
    assert list(tmp_path.iterdir()) == [fake]


def test_import_of_a_template_with_mistakes_prints_each_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    workbook_path = tmp_path / "efqm-2013-edited.xlsx"
    assert main(["frameworks", "export", "efqm-2013", "--xlsx", str(workbook_path)]) == 0
    workbook = load_workbook(workbook_path)
    workbook["framework"]["B3"] = "EFQM"
    workbook["criteria"]["E3"] = ""
    workbook.save(workbook_path)
    capsys.readouterr()
    out_file = tmp_path / "efqm-2013.json"
    assert main(["frameworks", "import", str(workbook_path), "--out", str(out_file)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"framework workbook {workbook_path} has 2 problem(s): " in err
    assert (
        "framework!B3: id 'EFQM' is not a valid id (lower-case letters, digits, '.', '_', '-'); "
        "criteria!E3: title_ar missing or empty translation"
    ) in err
    assert "\u2066" not in err and "\u2068" not in err
    assert not out_file.exists()
