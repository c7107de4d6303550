"""Facts about the shipped framework files that assessors and reviewers rely on.

The validator checks the format; these tests check the content: the right number of
items, the published points and splits, the RADAR attribute ids an assessor's sheet
uses, and that every text and every guidance entry exists in all three languages.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import pytest

from ipms_desktop.frameworks import (
    LANGUAGES,
    Framework,
    content_hash,
    load_framework,
    load_framework_file,
)
from ipms_desktop.resources import resource_path

FRAMEWORK_IDS = ("efqm-2013", "efqm-2020", "caf-2020")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
# Letters only Sorani uses (ە ێ ۆ ڕ ڵ ڤ, Persian-style ی and ک) and letters Sorani never
# writes (Arabic ي ك ة ى): a mixed-up keyboard layout shows up as one of these.
KURDISH_ONLY_LETTERS = re.compile("[\u06d5\u06ce\u06c6\u0695\u06b5\u06a4\u06cc\u06a9]")
ARABIC_ONLY_LETTERS = re.compile("[\u064a\u0643\u0629\u0649]")

RADAR_ENABLER = {
    "approach": ["sound", "integrated"],
    "deployment": ["implemented", "structured"],
    "assessment_refinement": ["measurement", "learning_creativity", "improvement_innovation"],
}


def _raw(framework_id: str) -> dict:
    return json.loads(resource_path("frameworks", f"{framework_id}.json").read_text("utf-8"))


def _elements(framework: Framework, set_id: str) -> dict[str, list[str]]:
    return {
        element.id: [attribute.id for attribute in element.attributes]
        for element in framework.attribute_sets[set_id].elements
    }


def _points(framework: Framework) -> dict[str, int]:
    return {criterion.id: criterion.points for criterion in framework.criteria}


def _shares(framework: Framework) -> dict[str, Fraction]:
    return {item_id: item.share for item_id, item in framework.items.items()}


def _texts(node: object, path: str = "") -> list[tuple[str, dict]]:
    """Every text object (a dict keyed by the three languages) anywhere in the file."""
    found: list[tuple[str, dict]] = []
    if isinstance(node, dict):
        if set(node) == set(LANGUAGES):
            return [(path, node)]
        for key, value in node.items():
            found.extend(_texts(value, f"{path}.{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_texts(value, f"{path}[{index}]"))
    return found


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_shipped_framework_loads_with_its_id_scale_and_policy(framework_id: str) -> None:
    framework = load_framework(framework_id)
    assert framework.id == framework_id
    if framework_id == "caf-2020":
        # CAF has no points: every criterion and the overall are on CAF's 0-100 scale.
        assert (framework.scale, framework.not_assessed_policy) == ("percent", "exclude")
        assert framework.total_points == 100
        assert set(_points(framework).values()) == {100}
    else:
        assert (framework.scale, framework.not_assessed_policy) == ("points", "zero")
        assert framework.total_points == 1000
        assert sum(_points(framework).values()) == 1000
    assert framework.justification_threshold == 10
    assert framework.content_hash.startswith("sha256:")


def test_efqm_2013_has_32_sub_criteria_with_published_points_and_splits() -> None:
    framework = load_framework("efqm-2013")
    assert framework.version == "2013.3"
    assert len(framework.items) == 32
    assert _points(framework) == {
        "1": 100, "2": 100, "3": 100, "4": 100, "5": 100,
        "6": 150, "7": 100, "8": 100, "9": 150,
    }  # fmt: skip
    letters = {"1": "abcde", "2": "abcd", "3": "abcde", "4": "abcde", "5": "abcde"}
    letters |= {"6": "ab", "7": "ab", "8": "ab", "9": "ab"}
    expected_ids = [f"{criterion}{letter}" for criterion, row in letters.items() for letter in row]
    assert list(framework.items) == expected_ids
    shares = _shares(framework)
    assert all(shares[f"1{letter}"] == Fraction(1, 5) for letter in "abcde")
    assert all(shares[f"2{letter}"] == Fraction(1, 4) for letter in "abcd")
    assert (shares["6a"], shares["6b"]) == (Fraction(3, 4), Fraction(1, 4))
    assert (shares["7a"], shares["7b"]) == (Fraction(3, 4), Fraction(1, 4))
    assert (shares["8a"], shares["8b"]) == (Fraction(1, 2), Fraction(1, 2))
    assert (shares["9a"], shares["9b"]) == (Fraction(1, 2), Fraction(1, 2))
    assert "75/25" in framework.notes.en
    kinds = {criterion.id: criterion.kind for criterion in framework.criteria}
    assert [c for c, kind in kinds.items() if kind == "result"] == ["6", "7", "8", "9"]


def test_efqm_2013_radar_attributes_steps_and_bands() -> None:
    framework = load_framework("efqm-2013")
    assert [p.id for p in framework.panels] == ["radar"]
    assert framework.panels[0].attribute_sets == {
        "enabler": "radar-enabler",
        "result": "radar-result",
    }
    assert _elements(framework, "radar-enabler") == RADAR_ENABLER
    assert _elements(framework, "radar-result") == {
        "relevance_usability": ["scope_relevance", "integrity", "segmentation"],
        "performance": ["trends", "targets", "comparisons", "causes"],
    }
    for set_id in ("radar-enabler", "radar-result"):
        grid = framework.attribute_sets[set_id]
        assert (grid.min, grid.max, grid.step) == (0, 100, 5)
        bands = [(b.id, b.min, b.max) for b in grid.bands]
        assert bands == [
            ("no-evidence", 0, 12),
            ("some-evidence", 13, 37),
            ("evidence", 38, 62),
            ("clear-evidence", 63, 87),
            ("comprehensive-evidence", 88, 100),
        ]
        assert grid.band_for(10).id == "no-evidence"
        assert grid.band_for(15).id == "some-evidence"
        assert grid.band_for(60).id == "evidence"
        assert grid.band_for(65).id == "clear-evidence"
        assert grid.band_for(90).id == "comprehensive-evidence"


def test_efqm_2013_recognition_thresholds() -> None:
    framework = load_framework("efqm-2013")
    assert [(b.id, b.min_total, b.inclusive) for b in framework.recognition_bands] == [
        ("ipms-level-1", 200, True),
        ("ipms-level-2", 300, False),
        ("ipms-level-3", 400, False),
        ("ipms-level-4", 500, False),
    ]
    assert framework.band_for_total(Fraction(200)).id == "ipms-level-1"
    assert framework.band_for_total(Fraction(300)).id == "ipms-level-1"
    assert framework.band_for_total(Fraction(301)).id == "ipms-level-2"
    assert framework.band_for_total(Fraction(199)) is None


@pytest.mark.parametrize("framework_id", ["efqm-2013", "efqm-2020"])
def test_levels_are_the_programmes_own_in_three_languages(framework_id: str) -> None:
    """EFQM's recognition names are EFQM's to award: the shipped levels are neutral."""
    framework = load_framework(framework_id)
    for band in framework.recognition_bands:
        assert band.id.startswith("ipms-level-")
        for text in band.title.as_dict().values():
            assert text.strip()
            assert "Excellence" not in text and "EFQM" not in text and "star" not in text
    assert "displayed" in framework.notes.en  # the boundary rule is stated in the file
    # ... with the places it is displayed in: whole points, the programme's rule
    assert framework.total_decimals == 0 and "whole points" in framework.notes.en


def test_efqm_2020_has_23_parts_and_two_whole_criterion_results() -> None:
    framework = load_framework("efqm-2020")
    assert framework.version == "2020.3"
    assert _points(framework) == {
        "1": 100, "2": 100, "3": 100, "4": 200, "5": 100, "6": 200, "7": 200,
    }  # fmt: skip
    parts = [c for c in framework.criteria if c.kind == "enabler"]
    assert sum(len(c.items) for c in parts) == 23
    assert [item.id for c in parts for item in c.items] == [
        "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4",
        "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4",
        "5.1", "5.2", "5.3", "5.4", "5.5",
    ]  # fmt: skip
    shares = _shares(framework)
    assert shares["1.1"] == Fraction(1, 5)
    assert shares["2.1"] == Fraction(1, 4)
    assert shares["4.4"] == Fraction(1, 4)
    results = [c for c in framework.criteria if c.kind == "result"]
    assert [(c.id, [(i.id, i.share) for i in c.items]) for c in results] == [
        ("6", [("6", Fraction(1))]),
        ("7", [("7", Fraction(1))]),
    ]
    assert len(framework.items) == 25


def test_efqm_2020_radar_attributes_steps_bands_and_recognition() -> None:
    framework = load_framework("efqm-2020")
    assert framework.panels[0].attribute_sets == {
        "enabler": "radar2020-enabler",
        "result": "radar2020-result",
    }
    assert _elements(framework, "radar2020-enabler") == RADAR_ENABLER
    assert _elements(framework, "radar2020-result") == {
        "relevance_usability": ["scope_relevance", "integrity", "segmentation"],
        "performance": ["trends", "targets", "comparisons", "future_focus"],
    }
    for set_id in ("radar2020-enabler", "radar2020-result"):
        grid = framework.attribute_sets[set_id]
        assert (grid.min, grid.max, grid.step) == (0, 100, 10)
        assert [(b.id, b.min, b.max) for b in grid.bands] == [
            ("inability", 0, 5),
            ("limited", 6, 35),
            ("ability", 36, 65),
            ("comprehensive", 66, 85),
            ("outstanding", 86, 100),
        ]
    assert [(b.min_total, b.inclusive) for b in framework.recognition_bands] == [
        (300, False), (400, False), (500, False), (600, False), (700, False),
    ]  # fmt: skip
    assert "CoMSEC" in framework.notes.en
    assert "working assumption" in framework.notes.en


def test_caf_2020_has_28_sub_criteria_on_its_own_scale() -> None:
    framework = load_framework("caf-2020")
    assert len(framework.items) == 28
    assert _points(framework) == dict.fromkeys("123456789", 100)
    counts = {c.id: len(c.items) for c in framework.criteria}
    assert counts == {"1": 4, "2": 4, "3": 3, "4": 6, "5": 3, "6": 2, "7": 2, "8": 2, "9": 2}
    raw_shares = {
        item["id"]: item["share"] for c in _raw("caf-2020")["criteria"] for item in c["items"]
    }
    assert raw_shares["3.1"] == "1/3"
    assert raw_shares["4.6"] == "1/6"
    assert raw_shares["1.4"] == "0.25"
    assert raw_shares["9.2"] == "0.5"
    assert framework.recognition_bands == ()
    assert "Effective CAF User" in framework.notes.en


def test_caf_2020_panels_and_pdca_attributes() -> None:
    framework = load_framework("caf-2020")
    assert [(p.id, p.attribute_sets) for p in framework.panels] == [
        ("classical", {"enabler": "caf-classical-enabler", "result": "caf-classical-result"}),
        ("fine-tuned", {"enabler": "caf-fine-enabler", "result": "caf-fine-result"}),
    ]
    assert _elements(framework, "caf-classical-enabler") == {"pdca": ["score"]}
    assert _elements(framework, "caf-classical-result") == {"results": ["score"]}
    assert _elements(framework, "caf-fine-enabler") == {"pdca": ["plan", "do", "check", "act"]}
    assert _elements(framework, "caf-fine-result") == {"results": ["trends", "targets"]}
    for grid in framework.attribute_sets.values():
        assert (grid.min, grid.max, grid.step) == (0, 100, 1)
        assert [(b.min, b.max) for b in grid.bands] == [
            (0, 10), (11, 30), (31, 50), (51, 70), (71, 90), (91, 100),
        ]  # fmt: skip


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_every_text_has_three_languages_with_arabic_script(framework_id: str) -> None:
    texts = _texts(_raw(framework_id))
    assert len(texts) > 100
    for path, text in texts:
        assert all(text[language].strip() for language in LANGUAGES), path
        assert ARABIC_SCRIPT.search(text["ar"]), f"{path}.ar has no Arabic script"
        assert ARABIC_SCRIPT.search(text["ckb"]), f"{path}.ckb has no Arabic script"
        assert text["ar"] != text["ckb"], f"{path}: ar and ckb are identical"
        assert not ARABIC_SCRIPT.search(text["en"]), f"{path}.en contains Arabic script"
        assert not KURDISH_ONLY_LETTERS.search(text["ar"]), f"{path}.ar has Kurdish letters"
        assert not ARABIC_ONLY_LETTERS.search(text["ckb"]), f"{path}.ckb has Arabic-only letters"


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_every_attribute_has_distinct_guidance_for_every_band(framework_id: str) -> None:
    framework = load_framework(framework_id)
    for grid in framework.attribute_sets.values():
        band_ids = [band.id for band in grid.bands]
        for attribute in grid.attributes.values():
            assert list(attribute.guidance) == band_ids, (grid.id, attribute.id)
            english = [attribute.guidance[band].en for band in band_ids]
            assert len(set(english)) == len(band_ids), (grid.id, attribute.id)


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_content_hash_is_stable_under_reindentation(framework_id: str, tmp_path: Path) -> None:
    shipped = load_framework(framework_id)
    data = _raw(framework_id)
    reindented = tmp_path / f"{framework_id}.json"
    reindented.write_text(json.dumps(data, indent=4, ensure_ascii=True), encoding="utf-8")
    assert load_framework_file(reindented).content_hash == shipped.content_hash
    compact = tmp_path / "compact" / f"{framework_id}.json"
    compact.parent.mkdir()
    compact.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), "utf-8")
    assert load_framework_file(compact).content_hash == shipped.content_hash
    data["criteria"][0]["title"]["en"] += "."
    assert content_hash(data) != shipped.content_hash
