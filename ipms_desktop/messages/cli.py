"""Messages of cli: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

NO_CA_HERE_ROOT_PEM = declare(
    "no-ca-here-root-pem",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: no CA here (root.pem missing); run 'ipms admin init' first",
    ),
    "folder",
)
CANNOT_READ = declare(
    "cannot-read",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: cannot read (%2)",
    ),
    "path",
    "strerror",
)
NOT_PEM_CERTIFICATE = declare(
    "not-pem-certificate",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM certificate",
    ),
    "path",
)
NOT_PEM_CERTIFICATE_2 = declare(
    "not-pem-certificate-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM certificate",
    ),
    "certificate",
)
NOTHING_CHANGED = declare(
    "nothing-changed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2; nothing was changed",
    ),
    "sheet_path",
    "error",
)
SHEET_CANNOT_BE_SCORED = declare(
    "sheet-cannot-be-scored",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2",
    ),
    "sheet",
    "error",
)
ITEM_NOT_FRAMEWORK = declare(
    "item-not-framework",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1 is not in framework %2",
    ),
    "item",
    "framework_id",
)
ITEM_REMOVE_TAKES = declare(
    "item-remove-takes",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1 has %2 %3; --remove takes 1 to %2",
    ),
    "item",
    "count",
    "note_list",
)
OUT_FRAMEWORK_FILES_ARE_JSON = declare(
    "out-framework-files-are-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "--out %1: framework files are JSON; name it %2.json",
    ),
    "out",
    "framework_id",
)
GIVE_BUNDLES_MERGE_STATEMENT_FILE = declare(
    "give-bundles-merge-statement-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "give bundles to merge, or --statement FILE to install",
    ),
)
NO_PROFILE_CREATE_ONE_IPMS = declare(
    "no-profile-create-one-ipms",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no profile in %1; create one with `ipms profile create --profile %1 --name NAME`",
    ),
    "folder",
)
PROFILE_FAILED_VERIFICATION_RESTORE_LATEST = declare(
    "profile-failed-verification-restore-latest",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "profile %1 failed verification; restore the latest backup with `ipms profile restore`",
    ),
    "args",
)
CANNOT_READ_2 = declare(
    "cannot-read-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: cannot read (%2)",
    ),
    "certificate",
    "strerror",
)
NEEDED_NO_TERMINAL_ASK_SET = declare(
    "needed-no-terminal-ask-set",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 needed: no terminal to ask on; set %2 for scripts",
    ),
    "value",
    "env_var",
)
NOTHING_TYPED_NOTHING_CHANGED = declare(
    "nothing-typed-nothing-changed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "nothing was typed; nothing was changed",
    ),
)
SET_BUT_EMPTY = declare(
    "set-but-empty",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is set but empty",
    ),
    "env_var",
)
TWO_ENTRIES_DIFFER_NOTHING_CHANGED = declare(
    "two-entries-differ-nothing-changed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the two entries differ; nothing was changed",
    ),
)
NO_INPUT_SET_TYPE_TERMINAL = declare(
    "no-input-set-type-terminal",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no input; set %1 or type it at the terminal",
    ),
    "env_var",
)
EXTRACT_SIGNATURE_TAKES_EXACTLY_ONE = declare(
    "extract-signature-takes-exactly-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "--extract-signature takes exactly one bundle",
    ),
)
