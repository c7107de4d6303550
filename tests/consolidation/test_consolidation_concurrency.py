"""Several merge processes at once into one database lose and duplicate nothing."""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.schema import bundles, item_scores
from tests.consolidation_samples import assessment_document, incoming, open_local, write_fake_bundle

ROOT = Path(__file__).resolve().parents[2]


def _bundle_set(folder: Path, assessments: int, revisions: int) -> tuple[list[Path], dict]:
    """Stand-ins for ``assessments`` x ``revisions`` bundles; the expected current revisions."""
    paths: list[Path] = []
    expected: dict[str, int] = {}
    for number in range(assessments):
        document = assessment_document(seed=number, assessor=f"Assessor {number % 3}")
        for revision in range(1, revisions + 1):
            version = copy.deepcopy(document)
            version["revision"] = revision
            version["items"]["1a"]["attributes"]["sound"] = 5 * revision
            paths.append(write_fake_bundle(folder, incoming(version)))
        expected[document["assessment_id"]] = revisions
    return paths, expected


def _run_workers(target: str, folder: Path, path_lists: list[list[Path]]) -> list[list[dict]]:
    start = folder / "start"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = []
    outputs = []
    for index, paths in enumerate(path_lists):
        out = folder / f"worker{index}" / "out.json"
        out.parent.mkdir()
        outputs.append(out)
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.consolidation.merge_worker",
                    target,
                    str(start),
                    str(out),
                    *map(str, paths),
                ],
                cwd=ROOT,
                env=environment,
            )
        )
    start.touch()
    for process in processes:
        assert process.wait(timeout=120) == 0
    return [json.loads(out.read_text()) for out in outputs]


def _check(database, paths: list[Path], expected: dict, reports: list[list[dict]]) -> None:
    rows = database.read(
        lambda c: c.execute(
            select(
                bundles.c.bundle_id,
                bundles.c.assessment_id,
                bundles.c.revision,
                bundles.c.is_current,
            )
        ).all()
    )
    stored_ids = [row.bundle_id for row in rows]
    assert len(stored_ids) == len(set(stored_ids)) == len(paths), "nothing lost, nothing doubled"
    current = {row.assessment_id: row.revision for row in rows if row.is_current}
    assert current == expected, "the newest revision is current everywhere"
    score_rows = database.read(lambda c: c.execute(select(item_scores.c.bundle_id)).all())
    assert len(score_rows) == len(paths) * 32 * 7
    for report in reports:
        assert all(entry["outcome"] != "rejected" for entry in report), report
    # Each bundle was written by exactly one worker; the others saw a duplicate.
    written = [e["file"] for r in reports for e in r if e["outcome"] != "duplicate"]
    assert sorted(written) == sorted(map(str, paths))


@pytest.mark.postgres
def test_four_merges_at_once_into_a_new_postgresql_database(postgres_url, tmp_path):
    paths, expected = _bundle_set(tmp_path, assessments=6, revisions=3)
    orders = []
    for seed in range(4):
        shuffled = list(paths)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    reports = _run_workers(postgres_url, tmp_path, orders)
    with open_consolidation_database(postgres_url) as database:
        _check(database, paths, expected, reports)


def test_two_merges_at_once_into_one_new_local_file(tmp_path):
    paths, expected = _bundle_set(tmp_path, assessments=5, revisions=2)
    target = tmp_path / "shared.db"
    reports = _run_workers(str(target), tmp_path, [paths, list(reversed(paths))])
    with open_local(target) as database:
        _check(database, paths, expected, reports)
