"""Importing a framework workbook, against openpyxl reading the same cells bare.

The import first scans the package within its limits (docs/framework-format.md), then
reads the real extent of each sheet in read-only mode; the floor is openpyxl alone
loading the workbook read-only and visiting every cell, with no checks at all.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import load_workbook

from benchmarks.common import BenchResult, median_seconds
from ipms_desktop.frameworks import load_framework
from ipms_desktop.frameworks.xlsx import export_framework_xlsx, import_framework_xlsx


def _bare_read(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=False)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += sum(value is not None for value in row)
    workbook.close()
    return cells


def run() -> list[BenchResult]:
    with tempfile.TemporaryDirectory(prefix="ipms-bench-import-") as folder:
        path = Path(folder) / "efqm-2013.xlsx"
        export_framework_xlsx(load_framework("efqm-2013").data, path)
        measured = median_seconds(lambda: import_framework_xlsx(path), repeats=11)
        floor = median_seconds(lambda: _bare_read(path), repeats=11)
    return [
        BenchResult(
            "import the efqm-2013 workbook (scan, read, validate)",
            measured * 1e3,
            floor * 1e3,
            "ms",
        )
    ]
