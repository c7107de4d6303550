"""Writing a cycle's reports for chosen institutions: the workbook, then one PDF each.

Progress counts files, so a person can follow (and stop) the work file by file; every
file is written atomically, so stopping keeps the finished files and no partial one.
The PDFs are drawn in a child process: Qt keeps the interpreter lock for the whole of a
page-drawing call, which in the window's own process would freeze it for as long as each
report takes to draw.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipms_desktop.errors import IpmsError, revived_error
from ipms_desktop.messages import services as msgs
from ipms_desktop.provisioning import provisioned_institutions_path, read_institutions
from ipms_desktop.reports.cycle_results import CycleResults

if TYPE_CHECKING:
    from ipms_desktop.consolidation.database import ConsolidationDatabase


def write_reports(
    results: CycleResults,
    chosen: list[str],
    workbook_path: Path,
    pdf_folder: Path | None,
    language: str,
    progress: Callable[[int, int], None],
    *,
    draft: bool = False,
) -> list[Path]:
    """The workbook and the PDFs for the ``chosen`` institutions; progress counts files.

    A PDF is written for an institution with an agreed consensus (or the team lead's
    working draft); ``draft`` writes the others too, marked as drafts on every page."""
    from ipms_desktop.reports.feedback_content import choose_reported
    from ipms_desktop.reports.workbook import write_workbook

    kept = tuple(i for i in results.institutions if i.institution in chosen)
    if not kept:
        raise IpmsError(msgs.CHOOSE_LEAST_ONE_INSTITUTION_REPORT)
    subset = replace(
        results,
        institutions=kept,
        trends={name: cycles for name, cycles in results.trends.items() if name in chosen},
    )
    reported, _skipped = choose_reported(kept, language, draft=draft)
    total = 1 + (len(reported) if pdf_folder is not None else 0)
    progress(0, total)
    listed = provisioned_institutions_path()
    # The workbook is CoMSEC's record: only agreed consensus counts there, never a draft.
    agreed_only = replace(
        subset,
        institutions=tuple(
            replace(i, consensus=None, draft_consensus=False) if i.draft_consensus else i
            for i in subset.institutions
        ),
    )
    write_workbook(
        agreed_only, workbook_path, language, read_institutions(listed) if listed else ()
    )
    written = [workbook_path]
    progress(1, total)
    if pdf_folder is not None and reported:
        written.extend(
            _feedback_reports_in_child(
                subset, pdf_folder, language, draft, lambda count: progress(1 + count, total)
            )
        )
    return written


# Seconds between two looks at the child's messages (each look lets a Cancel through).
_POLL_SECONDS = 0.2


def _feedback_reports_in_child(
    results: CycleResults,
    folder: Path,
    language: str,
    draft: bool,
    written_one: Callable[[int], None],
) -> list[Path]:
    """``write_feedback_reports`` in a child process; its messages come back by a queue.

    ``written_one`` is called after each PDF and between looks; an exception it raises (a
    person pressing Cancel) stops the child and removes what it was writing.
    """
    earlier_parts = set(_part_files(folder))
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    child = context.Process(
        target=_write_in_child, args=(results, folder, language, draft, messages), daemon=True
    )
    child.start()
    done = 0
    try:
        while True:
            try:
                kind, value = messages.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive() and messages.empty():
                    raise IpmsError(msgs.PDF_WRITER_STOPPED_UNEXPECTEDLY_NO) from None
                written_one(done)
                continue
            if kind == "written":
                done = int(value)
                written_one(done)
            elif kind == "failed":
                raise revived_error(*value)
            else:
                return [Path(path) for path in value]
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=10)
        for part in set(_part_files(folder)) - earlier_parts:  # what the stopped child left
            part.unlink(missing_ok=True)


def _part_files(folder: Path) -> list[Path]:
    """The hidden ``.<name>.<hex>.part`` files an atomic write keeps until it is done."""
    try:
        return [path for path in folder.iterdir() if path.name.endswith(".part")]
    except OSError:
        return []


def _write_in_child(
    results: CycleResults, folder: Path, language: str, draft: bool, messages: Any
) -> None:
    """The child's work: write the PDFs, report each one, then the list (or the failure)."""
    from ipms_desktop.reports.feedback_pdf import write_feedback_reports

    try:
        written = write_feedback_reports(
            results,
            folder,
            language,
            draft=draft,
            written_one=lambda count: messages.put(("written", count)),
        )
    except IpmsError as error:
        messages.put(("failed", (error.message_id, error.values, str(error))))
    except Exception as error:  # named to the person, never a silent child death
        messages.put(
            ("failed", ("pdf-writer-failed", {"error": f"{type(error).__name__}: {error}"}, ""))
        )
    else:
        messages.put(("done", [str(path) for path in written]))


def with_working_consensus(
    database: ConsolidationDatabase, results: CycleResults, team_lead_name: str = ""
) -> CycleResults:
    """The team lead's own view of the cycle: an institution with no agreed consensus
    reports the consensus as the team lead's workspace shows it (the consolidation
    database's working draft: scores, overrides and notes, else the starting values, read
    through the one consensus view), marked as a draft on every page of its feedback
    report. CoMSEC's reports never call this."""
    from ipms_desktop.consolidation.consensus import consensus_document, load_consensus
    from ipms_desktop.reports.cycle_results import ScoredAssessment
    from ipms_desktop.scoring import score_sheet

    updated = []
    for institution in results.institutions:
        if institution.consensus is None and institution.individuals:
            try:
                view = load_consensus(database, institution.institution, results.cycle)
            except IpmsError:
                # No consensus can start (e.g. assessments against two framework versions):
                # the institution gets no feedback report, and the panel says why.
                updated.append(institution)
                continue
            if view.framework.content_hash == institution.framework.content_hash:
                document = consensus_document(
                    view,
                    consensus_id="working-draft",
                    revision=0,
                    team_lead_name=team_lead_name,
                    team_lead_fingerprint="",
                )
                working = ScoredAssessment(
                    "Consensus",
                    True,
                    "",
                    document,
                    score_sheet(view.framework, document),
                    signer_name=team_lead_name,
                )
                institution = replace(institution, consensus=working, draft_consensus=True)
        updated.append(institution)
    return replace(results, institutions=tuple(updated))
