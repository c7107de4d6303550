"""Messages of services: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare, translate

CANNOT_READ_3 = declare(
    "cannot-read-3",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: cannot read (%2)",
    ),
    "path",
    "strerror",
)
CHOOSE_TRUST_SETTINGS_FILE_FROM = declare(
    "choose-trust-settings-file-from",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "choose the trust settings file from CoMSEC",
    ),
)
NAME_CONSOLIDATION_DATABASE_FILE_PATH = declare(
    "name-consolidation-database-file-path",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "name the consolidation database: a file path or a PostgreSQL address",
    ),
)
LOCAL_CONSOLIDATION_FILE_NEEDS_PASSPHRASE_2 = declare(
    "local-consolidation-file-needs-passphrase-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a local consolidation file needs its passphrase",
    ),
)
QUARANTINED_COPY_MISSING_ADD_ORIGINAL = declare(
    "quarantined-copy-missing-add-original",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the quarantined copy %1 is missing; add the original file %2 again",
    ),
    "copy",
    "original",
)
CANNOT_LIST = declare(
    "cannot-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot list %1: %2",
    ),
    "folder",
    "strerror",
)
CHOOSE_LEAST_ONE_INSTITUTION_REPORT = declare(
    "choose-least-one-institution-report",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "choose at least one institution to report on",
    ),
)
PDF_WRITER_STOPPED_UNEXPECTEDLY_NO = declare(
    "pdf-writer-stopped-unexpectedly-no",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the PDF writer stopped unexpectedly; no partial file was left, write the reports again",
    ),
)
PASSPHRASE_MADE_NOT_KNOWN = declare(
    "passphrase-made-not-known",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the passphrase it was made with is not known",
    ),
    "path",
)
EXPORT_REVISION_MOVED = declare(
    "export-revision-moved",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assessment %1 was exported meanwhile (its next revision is %2, not %3); start the "
        "export again",
    ),
    "assessment_id",
    "revision",
    "expected_revision",
)
CONSOLIDATION_TARGET_NOT_FILE = declare(
    "consolidation-target-not-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is a folder or not a file name; name the consolidation file inside it, for "
        "example team.ipmsdb",
    ),
    "target",
)
BACKUP_EXISTS = declare(
    "backup-exists",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 already exists; choose another name or folder (a backup is never overwritten)",
    ),
    "target",
)
TRAINING_KEYS_NOT_FOLLOWED = declare(
    "training-keys-not-followed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the training CA key file %1 cannot be re-encrypted: this training profile was made "
        "before its keys were kept, and the passphrase the file was made with is not known "
        "here; it still opens with that passphrase",
    ),
    "file",
)
PASSPHRASE_REFUSED = declare(
    "passphrase-refused",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is refused: %2; a passphrase needs at least %3 characters and an estimated "
        "strength of %4 bits (several unrelated words work well; repeats and runs such as "
        "'aaaa' or '1234' add little). Nothing was created or changed",
    ),
    "subject",
    "why",
    "min_chars",
    "min_bits",
)
ASSESSMENT_INCOMPLETE = declare(
    "assessment-incomplete",
    translate(
        "CoreMessages",
        "assessment %1 is not finished (%n problem(s)): %2. Score each item or mark it not "
        "assessed with a reason, then export again; no bundle was written and no revision "
        "was used",
        None,
        0,
    ),
    "assessment_id",
    "listed",
    count="count",
)
PDF_WRITER_FAILED = declare(
    "pdf-writer-failed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the PDF writer failed: %1",
    ),
    "error",
)
INSTITUTION_NOT_LISTED_ADD_FIRST = declare(
    "institution-not-listed-add-first",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not in the institutions list; add it first",
    ),
    "name",
)
MERGE_NEEDS_KEY = declare(
    "merge-needs-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "choose the consolidation key before merging: bundles are encrypted for %1",
    ),
    "wanted",
)
