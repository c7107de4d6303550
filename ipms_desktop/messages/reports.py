"""Messages of reports: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

UNKNOWN_REPORT_LANGUAGE_USE_ONE = declare(
    "unknown-report-language-use-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown report language %1; use one of %2",
    ),
    "language",
    "languages",
)
NOTHING_MERGED_CYCLE_MERGE_BUNDLES = declare(
    "nothing-merged-cycle-merge-bundles",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "nothing is merged for cycle %1; merge the bundles first (ipms merge)",
    ),
    "cycle",
)
QT_COULD_NOT_WRITE_PDF = declare(
    "qt-could-not-write-pdf",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Qt could not write the PDF %1; check the folder's permissions",
    ),
    "target",
)
CANNOT_CREATE_REPORT_FOLDER = declare(
    "cannot-create-report-folder",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot create the report folder %1: %2",
    ),
    "folder",
    "strerror",
)
CANNOT_WRITE_FEEDBACK_REPORT_CHECK = declare(
    "cannot-write-feedback-report-check",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot write the feedback report %1: %2; check the folder and free space (no "
        "partial file was left)",
    ),
    "target",
    "strerror",
)
NOTHING_OF_CYCLE_REPORTED = declare(
    "nothing-of-cycle-reported",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "nothing of cycle %1 can be reported: %2",
    ),
    "cycle",
    "detail",
)
