"""The framework validator names the file, the item and the problem for every broken rule."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import (
    FrameworkInvalid,
    content_hash,
    framework_problems,
    load_framework_file,
    validate_framework_data,
)
from ipms_desktop.frameworks.problems import Phrase


def test_minimal_framework_is_valid(minimal_framework_data: dict[str, Any]) -> None:
    framework = validate_framework_data(minimal_framework_data, "mini.json")
    assert framework.id == "mini"
    assert list(framework.items) == ["1a", "1b", "2a", "2b"]
    assert framework.items["2a"].share == Fraction(3, 4)
    assert framework.items["2b"].kind == "result"
    assert framework.content_hash == content_hash(minimal_framework_data)
    enabler = framework.attribute_sets["mini-enabler"]
    assert list(enabler.attributes) == [
        "sound",
        "integrated",
        "measurement",
        "learning",
        "improvement",
    ]
    assert enabler.band_for(40).id == "mid"


def _set_path(data: dict[str, Any], path: list[Any], value: Any) -> None:
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()

# (description, path to change, new value, expected JSON path in the message, expected words)
BREAKAGES: list[tuple[str, list[Any], Any, str, str]] = [
    ("wrong format", ["format"], 2, "format", "must be 1"),
    ("bad id", ["id"], "Mini Model", "id", "not a valid id"),
    ("missing version", ["version"], _DELETE, "version", "non-empty string"),
    ("missing Arabic title", ["title", "ar"], "", "title.ar", "missing or empty translation"),
    (
        "missing Kurdish title",
        ["criteria", 0, "items", 1, "title", "ckb"],
        _DELETE,
        "criteria[0].items[1].title.ckb",
        "missing or empty translation",
    ),
    ("unknown language", ["title", "fr"], "Modèle", "title", "unknown language"),
    (
        "points not summing",
        ["criteria", 0, "points"],
        70,
        "criteria",
        "points add up to 110, not total_points 100",
    ),
    ("zero points", ["criteria", 1, "points"], 0, "criteria[1].points", "at least 1"),
    (
        "shares not summing",
        ["criteria", 0, "items", 0, "share"],
        "0.6",
        "criteria[0].items",
        "shares add up to 11/10",
    ),
    (
        "float share",
        ["criteria", 0, "items", 0, "share"],
        0.5,
        "criteria[0].items[0].share",
        "written as a string",
    ),
    (
        "garbage share",
        ["criteria", 1, "items", 0, "share"],
        "three quarters",
        "criteria[1].items[0].share",
        "decimal",
    ),
    (
        "zero share",
        ["criteria", 1, "items", 0, "share"],
        "0",
        "criteria[1].items[0].share",
        "positive",
    ),
    (
        "duplicate item",
        ["criteria", 1, "items", 0, "id"],
        "1a",
        "criteria",
        "duplicate item id '1a'",
    ),
    ("duplicate criterion", ["criteria", 1, "id"], "1", "criteria", "duplicate criterion id '1'"),
    ("bad kind", ["criteria", 0, "kind"], "enablers", "criteria[0].kind", "must be one of"),
    ("no items", ["criteria", 0, "items"], [], "criteria[0].items", "at least one item"),
    (
        "step not dividing",
        ["attribute_sets", 0, "step"],
        7,
        "attribute_sets[0].step",
        "does not divide",
    ),
    ("max below min", ["attribute_sets", 0, "max"], 0, "attribute_sets[0].max", "must be above"),
    (
        "band gap",
        ["attribute_sets", 0, "bands", 1, "min"],
        40,
        "attribute_sets[0].bands[1].min",
        "without gaps",
    ),
    (
        "band end",
        ["attribute_sets", 1, "bands", 2, "max"],
        90,
        "attribute_sets[1].bands[2].max",
        "must end at 100",
    ),
    (
        "guidance missing a band",
        ["attribute_sets", 0, "elements", 0, "attributes", 1, "guidance"],
        [],
        "attribute_sets[0].elements[0].attributes[1].guidance",
        "one entry per band",
    ),
    (
        "empty element",
        ["attribute_sets", 0, "elements", 1, "attributes"],
        [],
        "attribute_sets[0].elements[1].attributes",
        "at least one attribute",
    ),
    (
        "duplicate attribute",
        ["attribute_sets", 0, "elements", 1, "attributes", 0, "id"],
        "sound",
        "attribute_sets[0].elements",
        "duplicate attribute id 'sound'",
    ),
    (
        "panel to unknown set",
        ["panels", 0, "attribute_sets", "result"],
        "nope",
        "panels[0].attribute_sets.result",
        "unknown attribute set 'nope'",
    ),
    ("no panels", ["panels"], [], "panels", "at least one panel"),
    ("criteria not a list", ["criteria"], {"1": {}}, "criteria", "must be a list"),
    (
        "recognition out of order",
        ["recognition_bands", 0, "min_total"],
        80,
        "recognition_bands",
        "ascending",
    ),
    (
        "recognition inclusive not bool",
        ["recognition_bands", 1, "inclusive"],
        "yes",
        "recognition_bands[1].inclusive",
        "true or false",
    ),
    ("unknown top-level key", ["weights"], {}, "weights", "unknown key"),
    ("total in tenths of tenths", ["total_decimals"], 2, "total_decimals", "one of 0, 1"),
    ("total decimals as text", ["total_decimals"], "0", "total_decimals", "whole number"),
    (
        "negative threshold",
        ["justification_threshold"],
        -1,
        "justification_threshold",
        "at least 0",
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "where", "words"),
    [b[1:] for b in BREAKAGES],
    ids=[b[0] for b in BREAKAGES],
)
def test_each_broken_rule_is_named(
    minimal_framework_data: dict[str, Any], path: list[Any], value: Any, where: str, words: str
) -> None:
    _set_path(minimal_framework_data, path, value)
    with pytest.raises(FrameworkInvalid) as caught:
        validate_framework_data(minimal_framework_data, "frameworks/mini.json")
    message = str(caught.value)
    assert message.startswith("framework frameworks/mini.json is invalid:")
    lines = [str(problem) for problem in caught.value.problems]
    assert any(line.startswith(f"{where}:") and words in line for line in lines), message


def test_total_decimals_is_optional_and_one_when_absent(
    minimal_framework_data: dict[str, Any],
) -> None:
    """Files written before the key existed keep their one-decimal total rule."""
    assert validate_framework_data(minimal_framework_data, "mini.json").total_decimals == 1
    minimal_framework_data["total_decimals"] = 0
    whole = validate_framework_data(minimal_framework_data, "mini.json")
    assert whole.total_decimals == 0
    assert whole.content_hash == content_hash(minimal_framework_data)


# (description, path to change, new value, the problems as data: location, message id, values)
PROBLEMS_AS_DATA: list[tuple[str, list[Any], Any, list[tuple[str, str, dict[str, Any]]]]] = [
    (
        "id in capitals",
        ["id"],
        "EFQM",
        [("id", "framework-not-a-valid-id", {"value": "EFQM"})],
    ),
    (
        "step of 0",
        ["attribute_sets", 0, "step"],
        0,
        [("attribute_sets[0].step", "framework-must-be-at-least", {"minimum": "1", "value": "0"})],
    ),
    (
        "empty Arabic title",
        ["criteria", 0, "title", "ar"],
        "",
        [("criteria[0].title.ar", "framework-missing-translation", {})],
    ),
    (
        "version a number",
        ["version"],
        3,
        [
            (
                "version",
                "framework-must-be-non-empty-string",
                {"found": ("framework-found-number", {"number": "3"})},
            )
        ],
    ),
    (
        "items an object",
        ["criteria", 0, "items"],
        {},
        [
            (
                "criteria[0].items",
                "framework-must-be-list",
                {"found": ("framework-found-object", {})},
            ),
            ("criteria[0].items", "framework-criterion-without-items", {}),
        ],
    ),
    (
        "shares short of one",
        ["criteria", 1, "items", 0, "share"],
        "1/2",
        [("criteria[1].items", "framework-shares-not-one", {"total": "3/4"})],
    ),
    (
        "unknown scale",
        ["scale"],
        "stars",
        [
            (
                "scale",
                "framework-must-be-one-of-found",
                {"allowed": "points, percent", "value": "'stars'"},
            )
        ],
    ),
]


def _as_data(value: Any) -> Any:
    """A problem's value as plain data: text as it is, a phrase as (message id, values)."""
    if isinstance(value, Phrase):
        return (value.message.id, {name: _as_data(v) for name, v in value.values.items()})
    return value


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [p[1:] for p in PROBLEMS_AS_DATA],
    ids=[p[0] for p in PROBLEMS_AS_DATA],
)
def test_problems_are_registered_messages_with_their_values(
    minimal_framework_data: dict[str, Any],
    path: list[Any],
    value: Any,
    expected: list[tuple[str, str, dict[str, Any]]],
) -> None:
    _set_path(minimal_framework_data, path, value)
    framework, problems = framework_problems(minimal_framework_data)
    assert framework is None
    found = [
        (problem.location, problem.what.message.id, _as_data(problem.what)[1])
        for problem in problems
    ]
    assert found == expected
    with pytest.raises(FrameworkInvalid) as caught:
        validate_framework_data(minimal_framework_data, "mini.json")
    assert caught.value.problems == problems
    assert str(caught.value) == "framework mini.json is invalid: " + "; ".join(
        str(problem) for problem in problems
    )


def test_past_twenty_problems_the_rest_are_counted(minimal_framework_data: dict[str, Any]) -> None:
    for number in range(23):
        minimal_framework_data[f"extra{number:02}"] = number
    with pytest.raises(FrameworkInvalid) as caught:
        validate_framework_data(minimal_framework_data, "mini.json")
    assert len(caught.value.problems) == 23
    assert str(caught.value).endswith("extra19: unknown key; and 3 more problem(s)")


def test_all_problems_reported_at_once(minimal_framework_data: dict[str, Any]) -> None:
    minimal_framework_data["title"]["ar"] = ""
    minimal_framework_data["criteria"][0]["items"][0]["share"] = "x"
    minimal_framework_data["attribute_sets"][0]["step"] = 7
    with pytest.raises(FrameworkInvalid) as caught:
        validate_framework_data(minimal_framework_data, "mini.json")
    assert len(caught.value.problems) >= 3


def test_not_an_object_is_rejected() -> None:
    with pytest.raises(FrameworkInvalid, match=r"\(top level\): must be an object"):
        validate_framework_data(["not", "a", "framework"], "list.json")


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_file_with_broken_json_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "mini.json", '{"format": 1,\n "id": }')
    with pytest.raises(IpmsError, match=r"mini.json is not valid JSON: .* line 2"):
        load_framework_file(path)


def test_file_named_differently_from_its_id(
    tmp_path: Path, minimal_framework_data: dict[str, Any]
) -> None:
    path = write(tmp_path, "other.json", json.dumps(minimal_framework_data))
    with pytest.raises(IpmsError, match=r"does not match the file name; name the file mini\.json"):
        load_framework_file(path)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(IpmsError, match="does not exist"):
        load_framework_file(tmp_path / "absent.json")


def test_content_hash_ignores_layout_but_not_content(
    tmp_path: Path, minimal_framework_data: dict[str, Any]
) -> None:
    compact = write(tmp_path, "mini.json", json.dumps(minimal_framework_data))
    first = load_framework_file(compact).content_hash
    reordered = dict(reversed(list(minimal_framework_data.items())))
    compact.write_text(json.dumps(reordered, indent=4, ensure_ascii=False), encoding="utf-8")
    assert load_framework_file(compact).content_hash == first
    minimal_framework_data["criteria"][0]["items"][0]["title"]["en"] = "changed"
    compact.write_text(json.dumps(minimal_framework_data), encoding="utf-8")
    assert load_framework_file(compact).content_hash != first
