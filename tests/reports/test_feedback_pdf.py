"""The feedback PDF read back with pdftotext: the consensus only, drafts marked on every
page, institutions without a consensus named, each line in its own direction."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest

from ipms_desktop.cli import main
from ipms_desktop.reports.bidi import first_strong_direction, isolate, left_to_right
from ipms_desktop.reports.catalogue import tr
from ipms_desktop.reports.feedback_content import choose_reported, feedback_html
from ipms_desktop.reports.feedback_pdf import write_feedback_reports
from ipms_desktop.scoring import total_figure
from tests.reports.conftest import ELECTRICITY, TRADE, YOUTH
from tests.tooling import needs_program

_FORMAT_CHARACTERS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _pages(pdf: Path) -> list[str]:
    """The PDF's text page by page, with Arabic presentation forms folded back."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    folded = _FORMAT_CHARACTERS.sub("", unicodedata.normalize("NFKC", text))
    return [page for page in folded.split("\f") if page.strip()]


def _letters(text: str) -> str:
    """Only the letters: pdftotext moves punctuation, vowel marks and whole words around in
    right-to-left lines, and drops Kurdish "ە" in some joined forms."""
    return "".join(c for c in text if unicodedata.category(c).startswith("L") and c != "ە")


def _carries(page: str, phrase: str) -> bool:
    letters = _letters(page)
    return all(_letters(word) in letters for word in phrase.split())


def _forbidden(results) -> list[str]:
    """What no feedback PDF may show: assessors' names and letters, and the words for
    individual figures."""
    words = ["Assessor", "Mean", "Spread", "Minimum", "Maximum", "Individual"]
    for institution in results.institutions:
        words.extend(i.signer_name for i in institution.individuals)
    return words


@needs_program("pdftotext", "pdftotext (Debian: apt-get install poppler-utils)")
def test_only_the_agreed_consensus_gets_a_pdf_and_it_shows_no_individual_score(results, tmp_path):
    trade = next(i for i in results.institutions if i.institution == TRADE)
    written = write_feedback_reports(results, tmp_path, "en")
    assert [path.name for path in written] == [f"{TRADE} 2026 en.pdf"]
    pages = _pages(written[0])
    text = "\n".join(pages)
    for word in _forbidden(results):
        assert word not in text, word
    # The individual totals (510 / 1000 and so on) never appear; the consensus total does,
    # in whole points as EFQM 2013.3 shows it: 551 1/6 is 551.
    assert trade.framework.version == "2013.3"
    assert trade.consensus.score.total == 551 + Fraction(1, 6)
    consensus_total = total_figure(trade.framework, trade.consensus.score.total)
    assert consensus_total == "551"
    assert "551 / 1000" in text and "551.2" not in text
    for individual in trade.individuals:
        shown = total_figure(trade.framework, individual.score.total)
        if shown != consensus_total:
            assert f"{shown} / 1000" not in text, shown
    # the change since 2025 is the difference of the two figures shown
    assert "Change since cycle 2025: +51 (500 / 1000)" in re.sub(r"\s+", " ", text)
    assert "Draft" not in text
    # The contents an EFQM feedback report carries.
    for heading in (
        "Executive summary",
        "Key strengths",
        "Score profile",
        "Results by criterion",
        "RADAR element profile",
        "Methodology",
        "Glossary",
        "Team, dates and signature",
    ):
        assert heading in text, heading
    assert "Leaders meet staff every month." in text.replace("ﬀ", "ff")
    assert "81% of the investment budget was executed." in text
    assert "Change since cycle 2025" in text
    assert "Team lead: Lead" in re.sub(r"\s+", " ", text)
    assert "Number of assessors: 3" in re.sub(r"\s+", " ", text)
    assert trade.consensus.signer_fingerprint in text.replace("\n", "")
    assert f"Page 1 of {len(pages)}" in pages[0]


@needs_program("pdftotext", "pdftotext (Debian: apt-get install poppler-utils)")
@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_drafts_carry_the_mark_on_every_page(results, tmp_path, language):
    written = write_feedback_reports(results, tmp_path, language, draft=True)
    assert len(written) == 3
    mark = tr("draft_mark", language)
    for path in written:
        pages = _pages(path)
        marked = [_carries(page, mark) for page in pages]
        if path.name.startswith(TRADE):
            assert not any(marked)
        else:
            assert len(pages) > 3 and all(marked), (path.name, marked)
            text = "\n".join(pages)
            for word in _forbidden(results):
                assert word not in text, word


@needs_program("pdftotext", "pdftotext (Debian: apt-get install poppler-utils)")
@pytest.mark.parametrize(
    ("language", "consensus", "old"),
    [("ar", "التوافق", "الإجماع"), ("ckb", "کۆدەنگی", "ڕێککەوتن")],
)
def test_arabic_and_kurdish_reports_use_the_consensus_term(
    results, tmp_path, language, consensus, old
):
    (written,) = write_feedback_reports(results, tmp_path, language)
    text = "\n".join(_pages(written))
    assert consensus in text and old not in text
    assert "81% of the investment budget was executed." in text


def test_skipped_institutions_are_named_with_the_reason(results):
    reported, skipped = choose_reported(results.institutions, "en", draft=False)
    assert [i.institution for i in reported] == [TRADE]
    assert sorted(s.institution for s in skipped) == sorted([ELECTRICITY, YOUTH])
    assert all("no agreed consensus" in s.reason and "--draft" in s.reason for s in skipped)
    assert choose_reported(results.institutions, "en", draft=True)[1] == []


def test_the_command_writes_consensus_reports_and_prints_what_it_skipped(
    cycle_database, tmp_path, monkeypatch, capsys
):
    from tests.consolidation_samples import PASSPHRASE

    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    path = cycle_database.path
    arguments = ["report", "--db", str(path), "--cycle", "2026", "--xlsx", str(tmp_path / "c.xlsx")]
    assert main([*arguments, "--pdf", str(tmp_path / "pdf")]) == 0
    out = capsys.readouterr().out
    skipped = [line for line in out.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 2 and all("no agreed consensus" in line for line in skipped)
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == [f"{TRADE} 2026 en.pdf"]
    assert main([*arguments, "--pdf", str(tmp_path / "drafts"), "--draft"]) == 0
    assert "skipped:" not in capsys.readouterr().out
    assert len(list((tmp_path / "drafts").iterdir())) == 3


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_figures_and_english_lines_keep_their_direction(results, language):
    """Qt lays out the report's own markup: in a right-to-left paragraph the total reads
    ``551 / 1000`` left to right, and an English line is a left-to-right paragraph."""
    from PySide6.QtGui import QTextDocument

    from ipms_desktop.reports.feedback_pdf import _application

    _application()
    trade = next(i for i in results.institutions if i.institution == TRADE)
    document = QTextDocument()
    document.setHtml(feedback_html(trade, language))
    document.setTextWidth(800)
    document.documentLayout()
    document.size()  # lays the document out
    total = total_figure(trade.framework, trade.consensus.score.total)
    assert total == "551"
    checked = 0
    block = document.begin()
    while block.isValid():
        text = block.text()
        if f"{total} / 1000" in text:
            start = text.index(f"{total} / 1000")
            line = block.layout().lineForTextPosition(start)
            first = line.cursorToX(start)[0]
            last = line.cursorToX(start + len(total) + 3)[0]
            assert first < last, text  # the total's first figure is left of "1000"
            checked += 1
        if "81% of the investment" in text:
            assert block.textDirection().name == "LeftToRight", text
            checked += 1
        block = block.next()
    assert checked >= 3


def test_direction_helpers():
    assert first_strong_direction("81% of the budget") == "ltr"
    assert first_strong_direction("٨١٪ من الميزانية") == "rtl"
    assert first_strong_direction("123", "rtl") == "rtl"
    assert isolate("وزارة") == "\u200fوزارة\u200f"
    assert left_to_right("55.8 / 100") == "\u200e55.8 / 100\u200e"


@needs_program("pdftotext", "pdftotext (Debian: apt-get install poppler-utils)")
def test_the_team_lead_s_reports_use_the_working_consensus_marked_as_draft(
    cycle_database, tmp_path
):
    """Runs last in this module: it starts a working consensus for Electricity."""
    from ipms_desktop.consolidation.consensus import set_consensus_score
    from ipms_desktop.reports.cycle_results import load_cycle_results
    from ipms_desktop.services.cycle_reports import with_working_consensus

    set_consensus_score(cycle_database, ELECTRICITY, 2026, "1a", "sound", 100, "seen on site")
    agreed = load_cycle_results(cycle_database, 2026)
    working = with_working_consensus(cycle_database, agreed, "Team Lead Name")
    by_name = {i.institution: i for i in working.institutions}
    assert by_name[ELECTRICITY].draft_consensus and by_name[ELECTRICITY].consensus is not None
    assert not by_name[TRADE].draft_consensus  # the agreed consensus stands
    # Youth's consensus is not started: its starting values, as the workspace shows them.
    assert by_name[YOUTH].draft_consensus
    assert by_name[YOUTH].consensus.score.total == 600
    # Electricity's draft: 1a's Sound set to 100, the rest the team's mean (62.5).
    assert by_name[ELECTRICITY].consensus.score.items["1a"].attributes["sound"] == 100
    written = write_feedback_reports(working, tmp_path, "en")
    assert len(written) == 3
    # The workbook written alongside counts only agreed consensus, never a draft.
    from openpyxl import load_workbook

    from ipms_desktop.services.cycle_reports import write_reports

    chosen = [ELECTRICITY, TRADE]
    write_reports(working, chosen, tmp_path / "c.xlsx", None, "en", lambda done, total: None)
    summary = load_workbook(tmp_path / "c.xlsx")["Summary"]
    sources = {row[0]: row[1] for row in summary.iter_rows(min_row=2, values_only=True)}
    assert sources == {TRADE: "Consensus", ELECTRICITY: "Mean of individual totals"}
    pages = _pages(tmp_path / f"{ELECTRICITY} 2026 en.pdf")
    mark = tr("draft_working", "en")
    assert all(_carries(page, mark) for page in pages)
    text = "\n".join(pages)
    assert "Executive summary" in text and "Team Lead Name" in text
    for word in _forbidden(agreed):
        assert word not in text, word
