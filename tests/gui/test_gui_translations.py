"""The Arabic and Kurdish catalogues are complete and current.

lupdate is run over the sources into a temporary copy of the committed catalogues: any
message without a translation (unfinished, empty), or a difference from the committed file
(a new, changed or vanished source string), fails the test with the strings named.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import build_translations
import pytest

LANGUAGES = build_translations.LANGUAGES


def messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    for language in LANGUAGES:
        shutil.copy(build_translations.catalogue(language), folder)
    build_translations.update_catalogues(folder)
    return folder


def is_filled(translation: ElementTree.Element) -> bool:
    """A plain text, or every plural form of a ``%n`` message, is written out."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


# Plural forms Qt uses: Arabic zero, one, two, few (3-10), many (11-99), other; Kurdish
# Sorani one and other.
PLURAL_FORMS = {"ar": 6, "ckb": 2}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(refreshed: Path, language: str) -> None:
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in messages(
            build_translations.catalogue(language, refreshed)
        )
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not is_filled(translation)
    ]
    assert not untranslated, f"{language}: untranslated strings:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_every_form(language: str) -> None:
    plural = [
        (source, translation)
        for _context, source, translation in messages(build_translations.catalogue(language))
        if translation is not None and translation.findall("numerusform")
    ]
    assert plural, "the catalogues carry %n messages"
    for source, translation in plural:
        forms = [form.text or "" for form in translation.findall("numerusform")]
        assert len(forms) == PLURAL_FORMS[language], source
        assert len(set(forms)) > 1 or language == "ckb", f"{source}: forms all alike"


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_current(refreshed: Path, language: str) -> None:
    committed = build_translations.catalogue(language)
    current = build_translations.catalogue(language, refreshed)
    committed_sources = {(c, s) for c, s, _ in messages(committed)}
    current_sources = {(c, s) for c, s, _ in messages(current)}
    assert current_sources - committed_sources == set(), "new strings: run build_translations.py"
    assert committed_sources - current_sources == set(), (
        "vanished strings: run build_translations.py"
    )
    assert committed.read_text(encoding="utf-8") == current.read_text(encoding="utf-8"), (
        f"{committed} is stale: run python packaging/build_translations.py and commit it"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    for context, source, translation in messages(build_translations.catalogue(language)):
        forms = [form.text or "" for form in translation.findall("numerusform")]
        for text in forms or [translation.text or ""]:
            for marker in ("%1", "%2", "%3", "%4"):
                assert (marker in source) == (marker in text), (
                    f"{language} {context}: {marker} in {source!r}"
                )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_is_a_plural_entry(language: str) -> None:
    """A ``%n`` message is looked up with its count, and Qt finds a count's form only in a
    plural entry: in a plain one, a count of 1 in Arabic, or anything but 1 in Kurdish, found
    no translation and showed the English."""
    plain = [
        f"{context}: {source!r}"
        for context, source, translation in messages(build_translations.catalogue(language))
        if "%n" in source and not translation.findall("numerusform")
    ]
    assert not plain, "%n in a plain entry:\n" + "\n".join(plain)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_scorebook_s_counts_read_in_the_language_for_every_count(languages, language):
    from ipms_desktop.gui.dialogs.pre_export_check import problem_text
    from ipms_desktop.services.completeness import ItemProblem, ProblemCode

    languages.apply(language)
    try:
        for code in (
            ProblemCode.FEW_STRENGTHS,
            ProblemCode.MANY_AFIS,
            ProblemCode.MANY_SITE_VISIT_ISSUES,
        ):
            for count in (0, 1, 2, 3, 7, 12, 100):
                values = {"count": str(count), "low": "3", "high": "5"}
                shown = problem_text(ItemProblem("1a", code, values))
                assert "Scorebook" not in shown and "write" not in shown, (count, shown)
                assert "5" in shown
    finally:
        languages.apply("en")
