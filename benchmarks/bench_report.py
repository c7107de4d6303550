"""The cycle workbook for 500 institutions, against a raw openpyxl floor of the same cells;
and the feedback PDFs of 50 of them, against Qt printing the same HTML bare.

Each institution has three individual assessments (full EFQM 2013 documents). The
measured figure is ``write_workbook`` from results already loaded; the floor writes the
very same cell values, sheet by sheet, with a bare write-only openpyxl workbook (no
styles, charts, filters or frozen panes), each cell through openpyxl's own writer (the
product writes its rows as text: ``reports.sheet_rows``). Each starts after a full
garbage collection, so that neither pays by chance for walking the million objects of the
loaded cycle (a full collection then cost the one that triggered it about half a second).
"""

from __future__ import annotations

import gc
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import insert

from benchmarks.bench_merge import CHEAP_SLOTS, PASSPHRASE, full_document
from benchmarks.common import BenchResult
from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.incoming import canonical_document_bytes, content_digest
from ipms_desktop.consolidation.schema import bundles
from ipms_desktop.frameworks import load_framework
from ipms_desktop.reports.cycle_results import CycleResults, load_cycle_results
from ipms_desktop.reports.workbook import write_workbook

INSTITUTIONS = 500
ASSESSORS_EACH = 3


def _fill(target: Path) -> None:
    """Store the cycle's documents directly (merging is measured by bench_merge)."""
    framework = load_framework("efqm-2013")
    rows = []
    for institution in range(INSTITUTIONS):
        for assessor in range(ASSESSORS_EACH):
            name = f"Assessor {assessor}"
            document = full_document(
                framework,
                institution=f"Institution {institution:03d}",
                cycle=2026,
                assessor=name,
                fingerprint=f"sha256:{assessor:064x}",
                seed=institution * ASSESSORS_EACH + assessor,
            )
            rows.append(
                {
                    "bundle_id": f"{institution:016x}{assessor:016x}",
                    "kind": "assessment",
                    "assessment_id": document["assessment_id"],
                    "revision": 1,
                    "signer_fingerprint": document["assessor"]["certificate_fingerprint"],
                    "signer_key": f"sha256:{institution:032x}{assessor:032x}",
                    "signer_identity": f"sha256:{institution:032x}{assessor:032x}",
                    "signer_name": name,
                    "institution": document["institution"],
                    "cycle": 2026,
                    "framework_id": framework.id,
                    "framework_hash": framework.content_hash,
                    "panel": "radar",
                    "audit_head": document["audit_head"],
                    "created_at": "2026-11-22T10:00:00Z",
                    "merged_at": "2026-11-22T10:00:00Z",
                    "content_digest": content_digest(document),
                    "source_file": "bench",
                    "is_current": True,
                    "document": canonical_document_bytes(document).decode("utf-8"),
                }
            )
    database = open_consolidation_database(
        str(target), lambda _creating: PASSPHRASE, kdf_params=CHEAP_SLOTS
    )
    with database:
        database.run_transaction(lambda connection: connection.execute(insert(bundles), rows))


def _floor(source: Path, target: Path) -> float:
    """Write the same values with bare write-only openpyxl (values read beforehand)."""
    produced = load_workbook(source, read_only=True)
    sheets = [
        (sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)])
        for sheet in produced.worksheets
    ]
    produced.close()
    gc.collect()
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(target)
    return time.perf_counter() - start


def run() -> list[BenchResult]:
    with tempfile.TemporaryDirectory(prefix="ipms-bench-report-") as temporary:
        folder = Path(temporary)
        _fill(folder / "cycle.db")
        database = open_consolidation_database(
            str(folder / "cycle.db"), lambda _creating: PASSPHRASE
        )
        with database:
            start = time.perf_counter()
            results = load_cycle_results(database, 2026)
            load_seconds = time.perf_counter() - start
        gc.collect()
        start = time.perf_counter()
        write_workbook(results, folder / "cycle.xlsx", "en")
        write_seconds = time.perf_counter() - start
        floor_seconds = _floor(folder / "cycle.xlsx", folder / "floor.xlsx")
        pdfs = run_pdfs(results, folder)
    return [
        pdfs,
        BenchResult(
            f"cycle workbook, {INSTITUTIONS} institutions x {ASSESSORS_EACH} assessments",
            write_seconds,
            floor_seconds,
            "s",
            goal=1.5,
        ),
        BenchResult(
            f"loading and scoring the cycle ({INSTITUTIONS * ASSESSORS_EACH} documents) "
            "against the raw workbook floor",
            load_seconds,
            floor_seconds,
            "s",
        ),
    ]


PDF_INSTITUTIONS = 50


def _bare_pdfs(results: CycleResults, folder: Path) -> float:
    """The floor: Qt printing each report's very HTML, with its chart image and font, by
    ``QTextDocument.print_`` (Qt's own pagination: no header or footer, no atomic write).
    The HTML and the charts are made before the clock starts."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    from ipms_desktop.reports.feedback_content import CHART_URL, feedback_html
    from ipms_desktop.reports.feedback_pdf import _font_family, _profile_chart

    family = _font_family()
    prepared = [
        (feedback_html(institution, "en"), _profile_chart(institution, "en", family))
        for institution in results.institutions
    ]
    start = time.perf_counter()
    for number, (markup, chart) in enumerate(prepared):
        writer = QPdfWriter(str(folder / f"bare-{number}.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(300)
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 10))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
        document.setHtml(markup)
        document.print_(writer)
        del writer
    return time.perf_counter() - start


def run_pdfs(results: CycleResults, folder: Path) -> BenchResult:
    """Feedback PDFs for 50 institutions; each institution's first assessment stands in as
    its agreed consensus (the benchmark's cycle has no consensus bundles)."""
    from ipms_desktop.reports.feedback_pdf import _application, write_feedback_reports

    chosen = tuple(
        replace(i, consensus=replace(i.individuals[0], is_consensus=True))
        for i in results.institutions[:PDF_INSTITUTIONS]
    )
    subset = replace(results, institutions=chosen)
    _application()
    floor_seconds = _bare_pdfs(subset, folder)
    start = time.perf_counter()
    written = write_feedback_reports(subset, folder / "pdf", "en")
    seconds = time.perf_counter() - start
    assert len(written) == PDF_INSTITUTIONS
    return BenchResult(
        f"feedback PDFs, {PDF_INSTITUTIONS} institutions, against Qt printing the same pages bare",
        seconds,
        floor_seconds,
        "s",
    )
