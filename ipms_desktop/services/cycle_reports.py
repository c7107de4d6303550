"""Writing a cycle's reports for chosen institutions: the workbook, then one PDF each.

Progress counts files, so a person can follow (and stop) the work file by file; every
file is written atomically, so stopping keeps the finished files and no partial one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ipms_desktop.errors import IpmsError
from ipms_desktop.reports.cycle_results import CycleResults


def write_reports(
    results: CycleResults,
    chosen: list[str],
    workbook_path: Path,
    pdf_folder: Path | None,
    language: str,
    progress: Callable[[int, int], None],
) -> list[Path]:
    """The workbook and the PDFs for the ``chosen`` institutions; progress counts files."""
    from ipms_desktop.reports.workbook import write_workbook

    kept = tuple(i for i in results.institutions if i.institution in chosen)
    if not kept:
        raise IpmsError("choose at least one institution to report on")
    subset = replace(
        results,
        institutions=kept,
        trends={name: cycles for name, cycles in results.trends.items() if name in chosen},
    )
    total = 1 + (len(kept) if pdf_folder is not None else 0)
    progress(0, total)
    write_workbook(subset, workbook_path, language)
    written = [workbook_path]
    progress(1, total)
    if pdf_folder is not None:
        from ipms_desktop.reports.feedback_pdf import write_feedback_reports

        written.extend(
            write_feedback_reports(
                subset, pdf_folder, language, written_one=lambda count: progress(1 + count, total)
            )
        )
    return written
