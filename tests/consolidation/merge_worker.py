"""A separate process that merges bundle stand-ins, for the concurrency tests.

Usage: python -m tests.consolidation.merge_worker DB START_FILE OUT_JSON BUNDLE...
It waits until START_FILE exists so that every worker starts merging at once.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ipms_desktop.consolidation.database import open_consolidation_database
from ipms_desktop.consolidation.merge import merge_bundles
from tests.consolidation_samples import json_opener, open_local


def main(argv: list[str]) -> int:
    target, start_file, out_file, *bundle_paths = argv
    deadline = time.monotonic() + 60
    while not Path(start_file).exists():
        if time.monotonic() > deadline:
            return 2
        time.sleep(0.005)
    # Opened only now, so that the workers also race to create and upgrade the database.
    database = (
        open_consolidation_database(target)
        if target.startswith("postgresql")
        else open_local(Path(target))
    )
    with database:
        results = merge_bundles(
            database, [Path(p) for p in bundle_paths], json_opener, Path(out_file).parent / "q"
        )
    Path(out_file).write_text(json.dumps([r.to_json() for r in results]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
