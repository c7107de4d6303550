"""Messages of store: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare, translate

NO_ASSESSMENT_PROFILE_SEE_IPMS = declare(
    "no-assessment-profile-see-ipms",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no assessment %1 in this profile; see `ipms assessment list`",
    ),
    "assessment_id",
)
ASSESSMENT_STARTED_FRAMEWORK_BUT_INSTALLED = declare(
    "assessment-started-framework-but-installed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assessment %1 was started with framework %2 %3, but the installed file is %4; "
        "install the matching framework version before scoring",
    ),
    "row_id",
    "framework_id",
    "framework_hash",
    "content_hash",
)
ITEM_NOT_FRAMEWORK_ITEMS_ARE_3 = declare(
    "item-not-framework-items-are-3",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: not in framework %2; its items are %3",
    ),
    "item_id",
    "framework_id",
    "items",
)
INSTITUTION_S_NAME_EMPTY = declare(
    "institution-s-name-empty",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the institution's name is empty",
    ),
)
CYCLE_NOT_YEAR_BETWEEN = declare(
    "cycle-not-year-between",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cycle %1 is not a year between 2000 and 2100",
    ),
    "cycle",
)
SHEET_MUST_JSON_OBJECT_ITEMS_2 = declare(
    "sheet-must-json-object-items-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the sheet must be a JSON object with an 'items' object",
    ),
)
ITEM_EVIDENCE_MUST_LIST_FILE = declare(
    "item-evidence-must-list-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: 'evidence' must be a list of file paths",
    ),
    "item_id",
)
ITEM_MUST_OBJECT = declare(
    "item-must-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: must be an object",
    ),
    "item_id",
)
ITEM_MUST_LIST_TEXTS = declare(
    "item-must-list-texts",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: '%2' must be a list of texts",
    ),
    "item_id",
    "kind",
)
COULD_NOT_COPY_PROFILE_DATABASE = declare(
    "could-not-copy-profile-database",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "could not copy the profile database to %1: %2; run `ipms profile verify` to check "
        "the database",
    ),
    "target",
    "error",
)
NO_EVIDENCE_CONTENT_SHA_PROFILE = declare(
    "no-evidence-content-sha-profile",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no evidence content with SHA-256 %1 in this profile",
    ),
    "sha256",
)
ITEM_NO_EVIDENCE_SHA = declare(
    "item-no-evidence-sha",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1 has no evidence with SHA-256 %2",
    ),
    "item_id",
    "sha256",
)
EVIDENCE_CONTENT_DOES_NOT_MATCH = declare(
    "evidence-content-does-not-match",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence content %1 does not match its hash; run `ipms profile verify`",
    ),
    "sha256",
)
EVIDENCE_NOT_FILE = declare(
    "evidence-not-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence %1 is not a file",
    ),
    "path",
)
EVIDENCE_FILE_CHANGED_WHILE_BEING = declare(
    "evidence-file-changed-while-being",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence file %1 changed while it was being stored; wait until it is no longer "
        "being written and attach it again",
    ),
    "scanned_path",
)
EVIDENCE_CONTENT_NOT_STORED_ATTACH = declare(
    "evidence-content-not-stored-attach",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence content %1 was not stored; attach the file again",
    ),
    "sha256",
)
EVIDENCE_CONTENT_MISSING_CHUNK_RUN = declare(
    "evidence-content-missing-chunk-run",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence content %1 is missing chunk %2; run `ipms profile verify`",
    ),
    "sha256",
    "seq",
)
CANNOT_READ_EVIDENCE_FILE = declare(
    "cannot-read-evidence-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot read evidence file %1: %2",
    ),
    "path",
    "value",
)
EVIDENCE_FILE_DOES_NOT_EXIST = declare(
    "evidence-file-does-not-exist",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence file %1 does not exist",
    ),
    "path",
)
CANNOT_READ_EVIDENCE_FILE_2 = declare(
    "cannot-read-evidence-file-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot read evidence file %1: %2",
    ),
    "path",
    "strerror",
)
PROFILE_UNLOCKED_PASSPHRASE_USE_CHANGE = declare(
    "profile-unlocked-passphrase-use-change",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the profile was unlocked with its passphrase; use change_passphrase (`ipms profile "
        "passwd`), which asks for the current one",
    ),
)
NO_PROFILE_KEY_SLOT_FILE = declare(
    "no-profile-key-slot-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no profile key-slot file at %1; check the --profile folder (or create a profile "
        "with `ipms profile create`)",
    ),
    "path",
)
NOT_IPMS_KEY_SLOT_FILE = declare(
    "not-ipms-key-slot-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not an IPMS key-slot file",
    ),
    "damaged",
)
KEY_SLOT_FILE_VERSION_APPLICATION = declare(
    "key-slot-file-version-application",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key-slot file %1 has version %2; this application reads version %3: update IPMS Desktop",
    ),
    "path",
    "value",
    "slot_file_version",
)
PROFILE_ID_KEY_CHECK_SLOTS = declare(
    "profile-id-key-check-slots",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: profile_id, key_check or slots missing or malformed",
    ),
    "damaged",
)
ESCROW_PUBLIC_KEY_MUST_BYTES = declare(
    "escrow-public-key-must-bytes",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "escrow public key must be %1 bytes (ML-KEM-768 + X25519), got %2",
    ),
    "escrow_public_key_bytes",
    "count",
)
ESCROW_PRIVATE_KEY_MUST_BYTES = declare(
    "escrow-private-key-must-bytes",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "escrow private key must be %1 bytes (ML-KEM-768 seed + X25519), got %2",
    ),
    "escrow_private_key_bytes",
    "count",
)
PASSPHRASE_EMPTY_CHOOSE_PASSPHRASE = declare(
    "passphrase-empty-choose-passphrase",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the passphrase is empty; choose a passphrase",
    ),
)
KEY_SLOT_MALFORMED_USES_UNKNOWN = declare(
    "key-slot-malformed-uses-unknown",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key slot %1 is malformed or uses an unknown cipher",
    ),
    "value",
)
PROFILE_NO_KEY_SLOT = declare(
    "profile-no-key-slot",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this profile has no %1 key slot",
    ),
    "slot_type",
)
KEY_SLOT_FILE_INCONSISTENT_UNWRAPPED = declare(
    "key-slot-file-inconsistent-unwrapped",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the key-slot file is inconsistent (the unwrapped key fails the key check); restore "
        "keyslots.json from a backup of the profile folder",
    ),
)
KEY_SLOT_MISSING = declare(
    "key-slot-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key slot %1 is missing",
    ),
    "what",
)
KEY_SLOT_BYTES_NOT = declare(
    "key-slot-bytes-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key slot %1 has %2 bytes, not %3",
    ),
    "what",
    "count",
    "length",
)
INVALID_ARGON_ID_PARAMETERS_NEED = declare(
    "invalid-argon-id-parameters-need",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "invalid Argon2id parameters %1: need 1 to %2 lanes, 1 to %3 iterations and 8 x "
        "lanes to %4 KiB of memory",
    ),
    "parameters",
    "max_kdf_lanes",
    "max_kdf_iterations",
    "max_kdf_memory_kib",
)
ESCROW_PRIVATE_KEY_DOES_NOT = declare(
    "escrow-private-key-does-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the escrow private key does not open this profile's escrow slot",
    ),
)
RESTORE_FROM_BACKUP_PROFILE_FOLDER = declare(
    "restore-from-backup-profile-folder",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 (%2); restore it from a backup of the profile folder",
    ),
    "damaged",
    "error",
)
ESCROW_PUBLIC_KEY_MALFORMED = declare(
    "escrow-public-key-malformed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "escrow public key is malformed: %1",
    ),
    "error",
)
ESCROW_PRIVATE_KEY_MALFORMED = declare(
    "escrow-private-key-malformed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "escrow private key is malformed: %1",
    ),
    "error",
)
KEY_SLOT_MALFORMED_KDF_PARAMETERS = declare(
    "key-slot-malformed-kdf-parameters",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key slot has malformed KDF parameters (%1)",
    ),
    "error",
)
KEY_SLOT_NOT_VALID_BASE = declare(
    "key-slot-not-valid-base",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key slot %1 is not valid base64",
    ),
    "what",
)
PROFILE_NEEDS_NAME = declare(
    "profile-needs-name",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the profile needs a name",
    ),
)
ALREADY_HOLDS_PROFILE_CHOOSE_EMPTY = declare(
    "already-holds-profile-choose-empty",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 already holds a profile (%2); choose an empty folder or open the existing profile",
    ),
    "folder",
    "existing",
)
PROFILE_SCHEMA_REVISION_NEWER_THAN = declare(
    "profile-schema-revision-newer-than",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the profile in %1 has schema revision %2, newer than this application knows (up to "
        "%3); update IPMS Desktop to open it. The profile was left untouched",
    ),
    "folder",
    "current",
    "head",
)
UPGRADING_PROFILE_FAILED_NOTHING_CHANGED = declare(
    "upgrading-profile-failed-nothing-changed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "upgrading the profile in %1 failed (%2); nothing was changed and a backup is in %3",
    ),
    "folder",
    "orig",
    "saved",
)
UNKNOWN_TEXT_KIND_USE_ONE = declare(
    "unknown-text-kind-use-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown text kind %1; use one of %2",
    ),
    "kind",
    "text_kinds",
)
ITEM_MUST_LIST_TEXTS_2 = declare(
    "item-must-list-texts-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: %2 must be a list of texts",
    ),
    "item_id",
    "kind",
)
PROFILE_CLOSED_UNLOCK_AGAIN = declare(
    "profile-closed-unlock-again",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the profile in %1 is closed; unlock it again",
    ),
    "folder",
)
EXPORTED_MEANWHILE = declare(
    "exported-meanwhile",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assessment %1 was exported meanwhile as revision %2; export it again",
    ),
    "assessment_id",
    "revision",
)
EVIDENCE_TOO_LARGE = declare(
    "evidence-too-large",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence file %1 is %2 bytes, over the limit of %3 bytes a file; attach a smaller "
        "file (for example a compressed PDF or an excerpt)",
    ),
    "path",
    "size",
    "limit",
)
WRONG_CURRENT_PASSPHRASE = declare(
    "wrong-current-passphrase",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "wrong current passphrase; the passphrase was not changed",
    ),
)
WRONG_PASSPHRASE = declare(
    "wrong-passphrase",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "wrong passphrase",
    ),
)
WRONG_RECOVERY_CODE = declare(
    "wrong-recovery-code",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "wrong recovery code",
    ),
)
NOT_A_RECOVERY_CODE = declare(
    "not-a-recovery-code",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "that is not a recovery code: expected %1 letters and digits in groups of %2 "
        "(unexpected characters: %3)",
    ),
    "expected",
    "group",
    "unexpected",
)
RECOVERY_CODE_MISTYPED = declare(
    "recovery-code-mistyped",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recovery code mistyped (its check letters do not match)",
    ),
)
PROFILE_IN_USE = declare(
    "profile-in-use",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "profile in use by %1; close the other IPMS window first (lock file %2)",
    ),
    "holder",
    "lock_file",
)
WRONG_PASSPHRASE_FOR_PROFILE = declare(
    "wrong-passphrase-for-profile",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "wrong passphrase for the profile in %1; nothing was changed. Forgotten it? Use "
        "`ipms profile recover` with the recovery code",
    ),
    "folder",
)
WRONG_RECOVERY_CODE_FOR_PROFILE = declare(
    "wrong-recovery-code-for-profile",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this recovery code does not open the profile in %2 (%1); nothing was changed. Check "
        "the code written down when the profile was created",
    ),
    "detail",
    "folder",
)
BACKUP_KEYSLOTS_MISSING = declare(
    "backup-keyslots-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no key-slot file in %1 and none beside %2; the backup cannot be opened without one",
    ),
    "folder",
    "backup_file",
)
WRONG_PASSPHRASE_NOTHING_RESTORED = declare(
    "wrong-passphrase-nothing-restored",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "wrong passphrase; nothing was restored",
    ),
)
BACKUP_MISSING = declare(
    "backup-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "backup %1 does not exist",
    ),
    "backup_file",
)
BACKUP_UNUSABLE = declare(
    "backup-unusable",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "backup %1 cannot be restored: %2; choose another backup",
    ),
    "backup_file",
    "detail",
)
DATABASE_DAMAGED = declare(
    "database-damaged",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "database damaged: %1 (%2); latest backup is %3; run `ipms profile restore --profile "
        "%4 --from %3`",
    ),
    "database",
    "detail",
    "latest",
    "folder",
)
DATABASE_DAMAGED_NO_BACKUP = declare(
    "database-damaged-no-backup",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "database damaged: %1 (%2); no backup found in %3; restore the profile folder from "
        "your own copy",
    ),
    "database",
    "detail",
    "folder",
)
DATABASE_FILE_MISSING = declare(
    "database-file-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the database file is missing",
    ),
)
NO_PROFILE_SCHEMA = declare(
    "no-profile-schema",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "it holds no profile schema",
    ),
)
PAGES_FAIL_CHECK = declare(
    "pages-fail-check",
    translate(
        "CoreMessages",
        "%n page(s) fail their check",
        None,
        0,
    ),
    count="count",
)
TEXT_NOT_UNICODE_NOT_SAVED = declare(
    "text-not-unicode-not-saved",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text %1 holds a broken character (half of a UTF-16 surrogate pair, which is not "
        "Unicode; a terminal or a file name that is not UTF-8 gives such text), so it cannot "
        "be saved; nothing was saved: type that text again in UTF-8",
    ),
    "shown",
)
