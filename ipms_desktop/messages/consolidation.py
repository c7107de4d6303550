"""Messages of consolidation: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

NO_INDIVIDUAL_ASSESSMENTS_CYCLE_ARE = declare(
    "no-individual-assessments-cycle-are",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no individual assessments of %1 for cycle %2 are merged in this database; merge the "
        "team's bundles first (ipms merge)",
    ),
    "institution",
    "cycle",
)
ASSESSMENTS_CYCLE_WERE_SCORED_AGAINST = declare(
    "assessments-cycle-were-scored-against",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the assessments of %1 for cycle %2 were scored against different framework versions "
        "or panels (%3); they cannot be compared",
    ),
    "institution",
    "cycle",
    "listed",
)
ITEM_NOT_FRAMEWORK_ITEMS_ARE = declare(
    "item-not-framework-items-are",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1 is not in framework %2; its items are %3",
    ),
    "item_id",
    "framework_id",
    "items",
)
UNKNOWN_ATTRIBUTE_ATTRIBUTES_ITEM = declare(
    "unknown-attribute-attributes-item",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: unknown attribute; attributes of this item: %2",
    ),
    "where",
    "attributes",
)
UNKNOWN_LIST_USE_ONE = declare(
    "unknown-list-use-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown list %1; use one of %2",
    ),
    "kind",
    "note_kinds",
)
CONSENSUS_SCORE_OVERRIDES_MEAN_NEEDS = declare(
    "consensus-score-overrides-mean-needs",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: a consensus score that overrides the mean needs a justification",
    ),
    "where",
)
POSTGRESQL_REACHED_THROUGH_PSYCOPG_WRITE = declare(
    "postgresql-reached-through-psycopg-write",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "PostgreSQL is reached through psycopg 3: write postgresql+psycopg://... instead of "
        "%1://...",
    ),
    "drivername",
)
FOLDER_DOES_NOT_EXIST_CREATE = declare(
    "folder-does-not-exist-create",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "folder %1 does not exist; create it or choose another path",
    ),
    "parent",
)
UNSUPPORTED_DATABASE_ADDRESS_GIVE_FILE = declare(
    "unsupported-database-address-give-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unsupported database address %1://...; give a file path for a local consolidation "
        "file or postgresql+psycopg://USER@HOST/DB",
    ),
    "value",
)
POSTGRESQL_ADDRESS_MALFORMED_USE_POSTGRESQL = declare(
    "postgresql-address-malformed-use-postgresql",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the PostgreSQL address is malformed; use postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB",
    ),
)
DOES_NOT_EXIST_RECOVERY_CODE = declare(
    "does-not-exist-recovery-code",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 does not exist; a recovery code cannot create it",
    ),
    "path",
)
CONSOLIDATION_FILE_NOTHING_CHANGED = declare(
    "consolidation-file-nothing-changed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "consolidation file %1: %2; nothing was changed",
    ),
    "path",
    "error",
)
CANNOT_CREATE_KEY_SLOT_FILE = declare(
    "cannot-create-key-slot-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot create the key-slot file %1: %2; check the folder's permissions and free space",
    ),
    "slots_path",
    "strerror",
)
CONSOLIDATION_DATABASE_SCHEMA_VERSION_NEWER = declare(
    "consolidation-database-schema-version-newer",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "consolidation database %1 has schema version %2, newer than this application knows; "
        "update IPMS Desktop. Nothing was changed",
    ),
    "display_name",
    "current",
)
CANNOT_COPY_BESIDE_BACKUP_NOTHING = declare(
    "cannot-copy-beside-backup-nothing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot copy %1 beside the backup %2: %3; nothing was upgraded",
    ),
    "slots",
    "target",
    "strerror",
)
CANNOT_REACH_POSTGRESQL_SERVER_CHECK = declare(
    "cannot-reach-postgresql-server-check",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot reach the PostgreSQL server: %1; check the address, the user and password, "
        "and that the server is running",
    ),
    "orig",
)
LOCAL_CONSOLIDATION_FILE_NEEDS_PASSPHRASE = declare(
    "local-consolidation-file-needs-passphrase",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a local consolidation file needs a passphrase",
    ),
)
EXISTS_BUT_KEY_SLOT_FILE = declare(
    "exists-but-key-slot-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 exists but its key-slot file %2 is missing; restore it from the backup of that "
        "folder (without it the file cannot be opened)",
    ),
    "path",
    "slots_path_name",
)
CONSOLIDATION_FILE_CANNOT_OPENED_IF = declare(
    "consolidation-file-cannot-opened-if",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "consolidation file %1 cannot be opened (%2); if it was damaged, restore it from a backup",
    ),
    "path",
    "error",
)
SCORED_AGAINST_FRAMEWORK_VERSION_BUT = declare(
    "scored-against-framework-version-but",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "scored against framework %1 version %2, but this installation ships %3; update IPMS "
        "Desktop to the release that carries that framework version",
    ),
    "framework_id",
    "framework_hash",
    "content_hash",
)
BUNDLE_KIND_CANNOT_MERGED_EXPECTED = declare(
    "bundle-kind-cannot-merged-expected",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "bundle kind %1 cannot be merged; expected one of %2",
    ),
    "kind",
    "document_types",
)
BUNDLE_S_DOCUMENT_NOT_JSON = declare(
    "bundle-s-document-not-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle's document is not a JSON object",
    ),
)
BUNDLE_MUST_CARRY_DOCUMENT_FOUND = declare(
    "bundle-must-carry-document-found",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a %1 bundle must carry an %2 document, found %3",
    ),
    "kind",
    "document_types",
    "value",
)
DOCUMENT_FORMAT_NOT_SUPPORTED_VERSION = declare(
    "document-format-not-supported-version",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "document format %1 is not supported (this version reads format %2); update IPMS Desktop",
    ),
    "value",
    "document_format",
)
DOCUMENT_LACKS_FRAMEWORK_BLOCK = declare(
    "document-lacks-framework-block",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document lacks its 'framework' or '%1' block",
    ),
    "signer_keys",
)
BUNDLE_NAMES_NO_INSTITUTION = declare(
    "bundle-names-no-institution",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle names no institution",
    ),
)
DOCUMENT_S_PANEL_NOT_PANEL = declare(
    "document-s-panel-not-panel",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document's panel (%1) is not a panel of framework %2 (it has %3); the bundle is "
        "inconsistent",
    ),
    "panel",
    "framework_id",
    "known",
)
DOCUMENT_NO_ITEMS_OBJECT = declare(
    "document-no-items-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document has no 'items' object",
    ),
)
EVIDENCE_MUST_LIST_OBJECTS_SHA = declare(
    "evidence-must-list-objects-sha",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'evidence' must list objects with sha256, name, size, media_type",
    ),
    "where",
)
EVIDENCE_DIGEST_NOT_LOWERCASE_HEXADECIMAL = declare(
    "evidence-digest-not-lowercase-hexadecimal",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: evidence %2 has the digest %3, not 64 lowercase hexadecimal digits",
    ),
    "where",
    "name",
    "digest",
)
EVIDENCE_SIZE_NOT_WHOLE_NUMBER = declare(
    "evidence-size-not-whole-number",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: evidence %2 has the size %3, not a whole number of bytes",
    ),
    "where",
    "name",
    "size",
)
EVIDENCE_SHA_LISTED_BUT_BUNDLE = declare(
    "evidence-sha-listed-but-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: evidence %2 (sha256 %3) is listed but the bundle does not carry it",
    ),
    "where",
    "name",
    "digest",
)
EVIDENCE_LISTED_BYTES_BUT_BUNDLE = declare(
    "evidence-listed-bytes-but-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: evidence %2 is listed as %3 bytes but the bundle carries %4 bytes",
    ),
    "where",
    "name",
    "size",
    "carried",
)
FRAMEWORK_NOT_AVAILABLE_HERE = declare(
    "framework-not-available-here",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework %1 is not available here (%2)",
    ),
    "framework_id",
    "error",
)
DOCUMENT_S_DIFFERS_FROM_SIGNED = declare(
    "document-s-differs-from-signed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document's %1 (%2) differs from the signed manifest's (%3); the bundle is "
        "inconsistent",
    ),
    "key",
    "found",
    "value",
)
MUST_OBJECT = declare(
    "must-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 must be an object",
    ),
    "where",
)
EVIDENCE_MUST_LIST = declare(
    "evidence-must-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'evidence' must be a list",
    ),
    "where",
)
MUST_LIST_TEXTS = declare(
    "must-list-texts",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' must be a list of texts",
    ),
    "where",
    "key",
)
MUST_TEXT = declare(
    "must-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' must be a text",
    ),
    "where",
    "key",
)
BUNDLE_NAMES_NO_INSTITUTION_NAME = declare(
    "bundle-names-no-institution-name",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle names no institution (the name is empty or invisible)",
    ),
)
INSTITUTION_S_NAME_HOLDS_CONTROL = declare(
    "institution-s-name-holds-control",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the institution's name holds a control character, so the bundle names no "
        "institution it can be filed under",
    ),
)
ITEM_SCORE_NOT_WHOLE_NUMBER = declare(
    "item-score-not-whole-number",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1, %2: score %3 is not a whole number",
    ),
    "item_id",
    "attribute_id",
    "value",
)
BUNDLE_ID_ALREADY_MERGED_DIFFERENT = declare(
    "bundle-id-already-merged-different",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "bundle id %1 was already merged with different content; one of the two files is not "
        "what its sender exported",
    ),
    "bundle_id",
)
REVISION_ALREADY_MERGED_FROM_BUNDLE = declare(
    "revision-already-merged-from-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "revision %1 of %2 %3 was already merged from bundle %4 with different content; ask "
        "the sender to export a new revision",
    ),
    "revision",
    "kind",
    "assessment_id",
    "bundle_id",
)
CANNOT_WRITE_QUARANTINE_FOLDER = declare(
    "cannot-write-quarantine-folder",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot write to quarantine folder %1: %2",
    ),
    "folder",
    "strerror",
)
KEY_LINK_CLASH_MERGED_BOTH = declare(
    "key-link-clash-merged-both",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "key-link-clash: %1 %2 was merged both under the earlier and under the later key as "
        "separate lineages; they cannot be joined automatically. Ask CoMSEC's support to "
        "decide which is the assessor's",
    ),
    "kind",
    "assessment_id",
)
DIFFERENT_KEY_LINK_KEY_ALREADY = declare(
    "different-key-link-key-already",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a different key link for key %1 is already installed; a key continues exactly one "
        "earlier key",
    ),
    "next_key",
)
KEY_LINK_WOULD_MAKE_KEY = declare(
    "key-link-would-make-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this key link would make a key continue itself; nothing was installed",
    ),
)
NOT_TEAM_ASSIGNMENTS_KEY_LINK = declare(
    "not-team-assignments-key-link",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a team assignments or key link file (it says %2)",
    ),
    "where",
    "document_type",
)
ASSIGNMENTS_OLDER_TEAM_ASSIGNMENTS_CYCLE = declare(
    "assignments-older-team-assignments-cycle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assignments-older: team assignments for cycle %1 serial %2 are older than the "
        "installed serial %3; use the newest file CoMSEC published",
    ),
    "cycle",
    "serial",
    "serial2",
)
ASSIGNMENT_MISSING_NO_TEAM_ASSIGNMENTS = declare(
    "assignment-missing-no-team-assignments",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assignment-missing: no team assignments for cycle %1 are installed in this "
        "database, so no team lead is known for %2; install CoMSEC's signed assignments for "
        "cycle %1 (ipms merge --statement FILE) and merge again",
    ),
    "cycle",
    "institution",
)
LEAD_NOT_ASSIGNED_COMSEC_S = declare(
    "lead-not-assigned-comsec-s",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "lead-not-assigned: CoMSEC's assignments for cycle %1 (serial %2) assign no team to %3",
    ),
    "cycle",
    "serial",
    "institution",
)
LEAD_NOT_ASSIGNED_ASSIGNED_TEAM = declare(
    "lead-not-assigned-assigned-team",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "lead-not-assigned: %1 is assigned to team lead %2 for cycle %3 (assignments serial "
        "%4); a consensus signed by anyone else is refused",
    ),
    "institution",
    "team_lead_name",
    "cycle",
    "serial",
)
BASED_INVALID_CONSENSUS_MUST_LIST = declare(
    "based-invalid-consensus-must-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: the consensus must list the individual assessments it rests on "
        "('based_on', 1 to %1 entries)",
    ),
    "max_based_on",
)
ASSESSOR_NOT_ASSIGNED_SIGNER_NOT = declare(
    "assessor-not-assigned-signer-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assessor-not-assigned: the signer is not among the assessors CoMSEC assigned to %1 "
        "for cycle %2 (assignments serial %3)",
    ),
    "institution",
    "cycle",
    "value",
)
BASED_INVALID_EACH_BASED_ENTRY = declare(
    "based-invalid-each-based-entry",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: each 'based_on' entry must name a bundle_id",
    ),
)
BASED_INVALID_BUNDLE_LISTED_TWICE = declare(
    "based-invalid-bundle-listed-twice",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: bundle %1 is listed twice",
    ),
    "bundle_id",
)
BASED_INVALID_CONSENSUS_RESTS_BUNDLE = declare(
    "based-invalid-consensus-rests-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: the consensus rests on bundle %1, which is not merged here; merge "
        "the team's individual assessments first, then this consensus",
    ),
    "shown",
)
BASED_INVALID_BUNDLE_NOT_INDIVIDUAL = declare(
    "based-invalid-bundle-not-individual",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: bundle %1 is not an individual assessment of %2 for cycle %3",
    ),
    "shown",
    "institution",
    "cycle",
)
BASED_INVALID_CONSENSUS_NAMES_BUNDLE = declare(
    "based-invalid-consensus-names-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: the consensus names bundle %1 as assessment %2 revision %3, but "
        "that bundle is %4 revision %5",
    ),
    "shown",
    "assessment_id",
    "revision",
    "assessment_id2",
    "revision2",
)
BASED_INVALID_BUNDLE_NOT_ASSESSOR = declare(
    "based-invalid-bundle-not-assessor",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "based-on-invalid: bundle %1 is not by an assessor assigned to %2",
    ),
    "shown",
    "institution",
)
DATABASE_STEP_FAILED = declare(
    "database-step-failed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "consolidation database %1: %2; nothing of the failed step was written",
    ),
    "database",
    "detail",
)
TRUST_SETTINGS_OLDER_THAN_USED = declare(
    "trust-settings-older-than-used",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1. This consolidation database has already used trust settings serial %2; merge "
        "with that file or a newer one",
    ),
    "detail",
    "serial",
)
MERGE_NOT_FOR_THIS_KEY = declare(
    "merge-not-for-this-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is encrypted for %2, not for the consolidation key in use (%3); choose that key "
        "and merge again (nothing was quarantined)",
    ),
    "file",
    "bundle_key_ids",
    "key_id",
)
UNKNOWN_KEY_POINT_USE_ONE = declare(
    "unknown-key-point-use-one",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key point %1; use one of %2"),
    "kind",
    "kinds",
)
KEY_POINT_NEEDS_TEXT = declare(
    "key-point-needs-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "item %1: a key point needs its text; to remove one use --undo %2"
    ),
    "item_id",
    "kind",
)
REOPEN_NEEDS_JUSTIFICATION = declare(
    "reopen-needs-justification",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "reopening a consensus needs a justification: say why the team takes the newer "
        "individual revisions (--justification TEXT); nothing was changed",
    ),
)
REOPEN_NOT_STARTED = declare(
    "reopen-not-started",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the consensus of %1 for cycle %2 is not started, so there is nothing to reopen; it "
        "uses the current revisions (ipms consensus start freezes them)",
    ),
    "institution",
    "cycle",
)
