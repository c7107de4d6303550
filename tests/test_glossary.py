"""One thing, one name: wherever a glossary term appears in English in the GUI catalogues,
the report catalogue or a framework file, its Arabic and Kurdish translations use the
glossary's term and not one of the rival words it replaced."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipms_desktop.reports import catalogue
from ipms_desktop.resources import GlossaryTerm, glossary, resource_path

LANGUAGES = ("ar", "ckb")
# Short vowels, shadda, sukun, dagger alif and tatweel: written in some entries, not others.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def normalised(text: str) -> str:
    """Text compared as read: no accelerator ampersands, no optional Arabic marks."""
    return _ARABIC_MARKS.sub("", text.replace("&", ""))


def catalogue_pairs(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) for every translated string of ``language``."""
    path = resource_path("translations", f"ipms_{language}.ts")
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                yield f"{path.name}:{name}", source, text
    for framework in sorted(resource_path("frameworks").glob("*.json")):
        data = json.loads(framework.read_text(encoding="utf-8"))
        for english, translated in _framework_texts(data, language):
            yield f"frameworks/{framework.name}", english, translated
    column = {"ar": 1, "ckb": 2}[language]
    for key, texts in catalogue._STRINGS.items():
        yield f"reports/catalogue.py:{key}", texts[0], texts[column]


# Quoted keys ('evidence'), commands (`ipms ...`) and paths (evidence/<sha256>) are names
# the translation keeps, not the term in prose.
_NOT_PROSE = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\S*[/_]\S*")


def _prose(text: str) -> str:
    return _NOT_PROSE.sub(" ", text)


def _framework_texts(node: object, language: str) -> Iterator[tuple[str, str]]:
    """Every (English, translation) pair of a framework file: titles, guidance, levels."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get(language), str):
            yield node["en"], node[language]
        for value in node.values():
            yield from _framework_texts(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from _framework_texts(value, language)


def _mentions(term: GlossaryTerm, english: str) -> bool:
    return any(
        re.search(
            rf"(?<![\w-]){re.escape(form)}(?![\w-])",
            english,
            0 if term.match_case else re.IGNORECASE,
        )
        for form in term.forms["en"]
    )


def term_problems(language: str) -> list[str]:
    problems = []
    terms = glossary()
    for where, english, translation in catalogue_pairs(language):
        if not translation.strip():
            continue
        shown = normalised(translation)
        prose = _prose(normalised(english))
        for term in terms:
            if not _mentions(term, prose) or _mentions(term, _prose(shown)):
                continue  # not named, or kept as a name (a folder called "quarantine")
            rivals = [rival for rival in term.rivals[language] if normalised(rival) in shown]
            if rivals:
                problems.append(f"{where}: {term.id} rival {rivals} in {translation!r}")
            if not any(normalised(form) in shown for form in term.forms[language]):
                problems.append(
                    f"{where}: {term.id} is not {term.term[language]!r} in {translation!r}"
                )
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_use_the_glossary_terms(language: str) -> None:
    problems = term_problems(language)
    assert not problems, "\n".join(problems)


def test_the_glossary_names_the_programme_terms() -> None:
    terms = {term.id: term for term in glossary()}
    assert terms["consensus"].term == {"en": "consensus", "ar": "التوافق", "ckb": "کۆدەنگی"}
    assert "إجماع" in terms["consensus"].rivals["ar"]
    assert "ڕێککەوتن" in terms["consensus"].rivals["ckb"]
    assert terms["consolidation"].term["ar"] == "التجميع المركزي"
    assert "توحيد" in terms["consolidation"].rivals["ar"]
    assert terms["comsec"].term["ckb"].startswith("ئەمیندارێتیی")
    for term in terms.values():
        for language in LANGUAGES:
            assert term.term[language] and term.forms[language], (term.id, language)
            # A rival is never also an accepted form.
            assert not set(term.rivals[language]) & set(term.forms[language])


def test_a_rival_or_a_missing_term_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself: a report string using «الإجماع» for consensus is caught."""
    monkeypatch.setattr(
        catalogue,
        "_STRINGS",
        {"probe": ("Consensus reached", "تم الإجماع", "کۆدەنگی کرا")},
    )
    problems = [p for p in term_problems("ar") if "reports/catalogue.py:probe" in p]
    assert any("rival" in p for p in problems)
    assert any("is not 'التوافق'" in p for p in problems)
    assert not [p for p in term_problems("ckb") if "reports/catalogue.py:probe" in p]


def test_arabic_marks_do_not_hide_a_term() -> None:
    assert normalised("التَّوافُق") == "التوافق"
    assert Path(resource_path("glossary.json")).is_file()
