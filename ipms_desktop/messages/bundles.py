"""Messages of bundles: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

FRAMEWORK_NOT_APPROVED_INSTALLED_TRUST = declare(
    "framework-not-approved-installed-trust",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework %1 (%2) is not approved by the installed trust settings; install current "
        "trust settings from CoMSEC",
    ),
    "framework_id",
    "framework_hash",
)
BUNDLE_KIND_NOT_KNOWN = declare(
    "bundle-kind-not-known",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "bundle kind %1 is not known",
    ),
    "name",
)
DOCUMENT_LACKS = declare(
    "document-lacks",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the document lacks %2",
    ),
    "where",
    "missing",
)
SUBJECT_PROBLEM = declare(
    "subject-problem",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2",
    ),
    "where",
    "problem",
)
MANIFEST_DOES_NOT_START_CONTEXT = declare(
    "manifest-does-not-start-context",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest does not start with its context line",
    ),
)
MANIFEST_NOT_JSON_OBJECT = declare(
    "manifest-not-json-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest is not a JSON object",
    ),
)
MANIFEST_FORMAT_NOT_SUPPORTED_VERSION = declare(
    "manifest-format-not-supported-version",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest format %1 is not supported (this version reads %2); update IPMS Desktop",
    ),
    "value",
    "format_version",
)
UNEXPECTED_MISSING_FIELDS = declare(
    "unexpected-missing-fields",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unexpected or missing fields: %1%2",
    ),
    "listed",
    "more",
)
KIND_MUST_TEXT = declare(
    "kind-must-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "kind must be text",
    ),
)
HPKE_SUITE_NOT_SUPPORTED = declare(
    "hpke-suite-not-supported",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "HPKE suite %1 is not supported",
    ),
    "suite_id",
)
BUNDLE_ID_MUST_LOWERCASE_HEX = declare(
    "bundle-id-must-lowercase-hex",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "bundle_id must be 32 lowercase hex digits",
    ),
)
MANIFEST_HOLDS_NON_NUMBER = declare(
    "manifest-holds-non-number",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest holds the non-number %1",
    ),
    "name",
)
MUST_BASE_TEXT = declare(
    "must-base-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 must be base64 text",
    ),
    "what",
)
SIGNER_CERTIFICATE_NO_ED_KEY = declare(
    "signer-certificate-no-ed-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "signer_certificate has no Ed25519 key",
    ),
)
RECIPIENTS_MUST_LIST_KEYS = declare(
    "recipients-must-list-keys",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipients must list 1 to %1 keys",
    ),
    "max_recipients",
)
MEMBERS_MUST_NON_EMPTY_LIST = declare(
    "members-must-non-empty-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "members must be a non-empty list",
    ),
)
MEMBERS_MORE_THAN_LIMIT = declare(
    "members-more-than-limit",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 members, more than the limit of %2",
    ),
    "count",
    "max_members",
)
MEMBER_NAME_NOT_TEXT = declare(
    "member-name-not-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a member name is not text",
    ),
)
MEMBER_NAMED_ONLY_DOCUMENT_JSON = declare(
    "member-named-only-document-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 is named %2; only document.json first, then evidence/<sha256>",
    ),
    "index",
    "shown",
)
MEMBER_APPEARS_TWICE = declare(
    "member-appears-twice",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 appears twice",
    ),
    "shown",
)
MANIFEST_NOT_VALID_UTF_JSON = declare(
    "manifest-not-valid-utf-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest is not valid UTF-8 JSON",
    ),
)
CREATED_MUST_UTC_TIME = declare(
    "created-must-utc-time",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "created must be a UTC time",
    ),
)
NOT_VALID_BASE = declare(
    "not-valid-base",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not valid base64",
    ),
    "what",
)
SIGNER_CERTIFICATE_NOT_READABLE_DER = declare(
    "signer-certificate-not-readable-der",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "signer_certificate is not a readable DER certificate",
    ),
)
RECIPIENT_MUST_KEY_ID_WRAPPED = declare(
    "recipient-must-key-id-wrapped",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a recipient must be {key_id, wrapped_key}",
    ),
)
RECIPIENT_KEY_IDS_MUST_DISTINCT = declare(
    "recipient-key-ids-must-distinct",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipient key ids must be distinct",
    ),
)
WRAPPED_KEY_WRONG_LENGTH = declare(
    "wrapped-key-wrong-length",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a wrapped key has the wrong length",
    ),
)
MEMBER_MUST_NAME_SIZE_SHA = declare(
    "member-must-name-size-sha",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a member must be {name, size, sha256, ciphertext_sha256}",
    ),
)
MEMBER_NO_VALID_SIZE = declare(
    "member-no-valid-size",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 has no valid size",
    ),
    "name",
)
MEMBER_DECLARES_BYTES_OVER_LIMIT = declare(
    "member-declares-bytes-over-limit",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 declares %2 bytes, over the %3 limit",
    ),
    "name",
    "size",
    "limit",
)
MEMBER_MALFORMED_DIGESTS = declare(
    "member-malformed-digests",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 has malformed digests",
    ),
    "name",
)
MEMBER_NAMED_ANOTHER_DIGEST = declare(
    "member-named-another-digest",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 is named by another digest",
    ),
    "name",
)
FILE_DOES_NOT_EXIST = declare(
    "file-does-not-exist",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file does not exist",
    ),
)
FILE_NOT_ORDINARY_FILE = declare(
    "file-not-ordinary-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is not an ordinary file",
    ),
)
DOES_NOT_START_BUNDLE_MARKER = declare(
    "does-not-start-bundle-marker",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 does not start with the bundle marker",
    ),
    "path_name",
)
FILE_ENDS_INSIDE_HEADER = declare(
    "file-ends-inside-header",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file ends inside its header",
    ),
)
BUNDLE_FORMAT_NOT_SUPPORTED_VERSION = declare(
    "bundle-format-not-supported-version",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "bundle format %1 is not supported (this version reads %2); update IPMS Desktop",
    ),
    "version",
    "format_version",
)
RESERVED_HEADER_BYTES_ARE_NOT = declare(
    "reserved-header-bytes-are-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "reserved header bytes are not zero",
    ),
)
FILE_SHORTER_THAN_EMPTY_BUNDLE = declare(
    "file-shorter-than-empty-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is shorter than an empty bundle",
    ),
)
END_MARKER_MISSING_FILE_CUT = declare(
    "end-marker-missing-file-cut",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the end marker is missing; the file was cut short",
    ),
)
MANIFEST_BYTES_EXCEEDS_LIMIT = declare(
    "manifest-bytes-exceeds-limit",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "manifest of %1 bytes exceeds the %2 limit",
    ),
    "manifest_length",
    "max_manifest_bytes",
)
TRAILER_DOES_NOT_MATCH_FILE = declare(
    "trailer-does-not-match-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the trailer does not match the file size",
    ),
)
MEMBER_SIZES_MANIFEST_DO_NOT = declare(
    "member-sizes-manifest-do-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member sizes in the manifest do not match the file's layout",
    ),
)
FRAMEWORK_NOT_TRUST_SETTINGS_INSTALL = declare(
    "framework-not-trust-settings-install",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework %1 (%2) is not in the trust settings; install current trust settings or "
        "use an approved framework",
    ),
    "framework_id",
    "framework_hash",
)
BUNDLE_CLAIMS_CREATION_TIME_LATER = declare(
    "bundle-claims-creation-time-later",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle claims a creation time later than this clock",
    ),
)
BUNDLE_S_CREATION_TIME_LIES = declare(
    "bundle-s-creation-time-lies",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle's creation time lies outside the signer certificate's validity",
    ),
)
MEMBER_DIFFERS_FROM_WHAT_SIGNED = declare(
    "member-differs-from-what-signed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 differs from what was signed",
    ),
    "member_name",
)
MEMBER_DECRYPTS_OTHER_CONTENT = declare(
    "member-decrypts-other-content",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 decrypts to other content",
    ),
    "member_name",
)
BUNDLE_NOT_ENCRYPTED_KEY_USE = declare(
    "bundle-not-encrypted-key-use",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle was not encrypted for key %1; use another key",
    ),
    "key_id",
)
DOCUMENT_NOT_JSON_OBJECT = declare(
    "document-not-json-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document is not a JSON object",
    ),
)
DOCUMENT_TEXT_NOT_UNICODE = declare(
    "document-text-not-unicode",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document holds at %1 the text %2 with a broken character (half of a UTF-16 "
        "surrogate pair, which is not Unicode), so it cannot be stored; nothing of the bundle "
        "was kept: ask its signer for a new export",
    ),
    "where",
    "shown",
)
DOCUMENT_TEXT_HOLDS_NUL = declare(
    "document-text-holds-nul",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document holds at %1 the text %2 with a NUL character, which cannot be stored; "
        "nothing of the bundle was kept: ask its signer for a new export",
    ),
    "where",
    "shown",
)
MANIFEST_TEXT_NOT_UNICODE = declare(
    "manifest-text-not-unicode",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the manifest holds at %1 the text %2 with a broken character (half of a UTF-16 "
        "surrogate pair, which is not Unicode), so the bundle cannot be read; nothing of it "
        "was kept: ask its signer for a new export",
    ),
    "where",
    "shown",
)
MANIFEST_TEXT_HOLDS_NUL = declare(
    "manifest-text-holds-nul",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the manifest holds at %1 the text %2 with a NUL character, so the bundle cannot be "
        "read; nothing of it was kept: ask its signer for a new export",
    ),
    "where",
    "shown",
)
DOCUMENT_DISAGREES_MANIFEST = declare(
    "document-disagrees-manifest",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document disagrees with the manifest on %1",
    ),
    "differing",
)
EVIDENCE_FOLDER_DOES_NOT_EXIST = declare(
    "evidence-folder-does-not-exist",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: evidence folder does not exist; create it first",
    ),
    "folder",
)
CANNOT_READ_FILE = declare(
    "cannot-read-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot read the file (%1)",
    ),
    "strerror",
)
READING_FAILED = declare(
    "reading-failed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "reading failed (%1)",
    ),
    "strerror",
)
FILE_ENDS_EARLY = declare(
    "file-ends-early",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file ends early",
    ),
)
SIGNATURE_DOES_NOT_MATCH_BUNDLE = declare(
    "signature-does-not-match-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the signature does not match; the bundle was altered",
    ),
)
CONTENT_KEY_DOES_NOT_DECRYPT = declare(
    "content-key-does-not-decrypt",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the content key does not decrypt with this key",
    ),
)
DOCUMENT_NOT_VALID_JSON = declare(
    "document-not-valid-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the document is not valid JSON",
    ),
)
WRITING_EVIDENCE_FAILED_NOTHING_KEPT = declare(
    "writing-evidence-failed-nothing-kept",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: writing evidence failed (%2); nothing was kept. Free space or choose another folder",
    ),
    "folder",
    "value",
)
MEMBER_CHUNK_DOES_NOT_DECRYPT = declare(
    "member-chunk-does-not-decrypt",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "member %1 chunk %2 does not decrypt",
    ),
    "index",
    "chunk_index",
)
BUNDLE_CARRIES_DOCUMENT_NOT = declare(
    "bundle-carries-document-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a %1 bundle carries a '%2' document, not %3",
    ),
    "kind",
    "document_type",
    "value",
)
ASSESSMENT_DOCUMENT_TOO_LARGE_BUNDLE = declare(
    "assessment-document-too-large-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the assessment document is too large for a bundle",
    ),
)
EVIDENCE_NO_LONGER_MATCHES_RECORDED = declare(
    "evidence-no-longer-matches-recorded",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence %1 no longer matches its recorded SHA-256; the stored file is damaged, "
        "re-attach it and export again",
    ),
    "name",
)
SMALLER_THAN_RECORDED_BYTES_RE = declare(
    "smaller-than-recorded-bytes-re",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is smaller than its recorded %2 bytes; re-attach it",
    ),
    "name",
    "size",
)
SIGNING_KEY_DOES_NOT_MATCH = declare(
    "signing-key-does-not-match",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the signing key does not match the installed certificate",
    ),
)
BUNDLE_MUST_SIGNED_ROLE_CERTIFICATE = declare(
    "bundle-must-signed-role-certificate",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a %1 bundle must be signed with role %2; this certificate holds role '%3'; ask "
        "CoMSEC for the right certificate",
    ),
    "kind",
    "roles",
    "value",
)
BUNDLE_NEEDS_LEAST_ONE_RECIPIENT = declare(
    "bundle-needs-least-one-recipient",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a bundle needs at least one recipient; install the trust settings",
    ),
)
MOST_RECIPIENTS_PER_BUNDLE = declare(
    "most-recipients-per-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "at most %1 recipients per bundle",
    ),
    "max_recipients",
)
RECIPIENTS_USE_DIFFERENT_HPKE_SUITES = declare(
    "recipients-use-different-hpke-suites",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipients use different HPKE suites (%1)",
    ),
    "suites",
)
MOST_EVIDENCE_FILES_PER_BUNDLE = declare(
    "most-evidence-files-per-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "at most %1 evidence files per bundle",
    ),
    "max_members",
)
BUNDLE_DOCUMENT_CANNOT_WRITTEN_JSON = declare(
    "bundle-document-cannot-written-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the bundle document cannot be written as JSON (%1)",
    ),
    "error",
)
TOO_MANY_EVIDENCE_FILES_ONE = declare(
    "too-many-evidence-files-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "too many evidence files for one bundle (manifest over its limit)",
    ),
)
LARGER_THAN_RECORDED_BYTES_RE = declare(
    "larger-than-recorded-bytes-re",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is larger than its recorded %2 bytes; re-attach it",
    ),
    "name",
    "size",
)
EVIDENCE_DIGEST_MALFORMED_LISTED_TWICE = declare(
    "evidence-digest-malformed-listed-twice",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence digest %1 is malformed or listed twice",
    ),
    "sha256",
)
EVIDENCE_TOO_LARGE_BUNDLE = declare(
    "evidence-too-large-bundle",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "evidence %1 is too large for a bundle",
    ),
    "sha256",
)
SUBJECT_NAMES_NOT_TEXT = declare(
    "subject-names-not-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "assessment_id (at most %1 characters) and institution (at most %2) must be non-empty "
        "text without control characters",
    ),
    "assessment_id_chars",
    "institution_chars",
)
SUBJECT_COUNTS_NOT_WHOLE = declare(
    "subject-counts-not-whole",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "revision and cycle must be whole numbers from 0 to %1",
    ),
    "max_count",
)
SUBJECT_FRAMEWORK_NOT_TEXT = declare(
    "subject-framework-not-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework must be {'id', 'hash'} text",
    ),
)
SUBJECT_AUDIT_HEAD_TOO_LONG = declare(
    "subject-audit-head-too-long",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "audit_head must be text of at most %1 characters",
    ),
    "audit_head_chars",
)
MANIFEST_PROBLEM = declare(
    "manifest-problem",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the manifest is malformed: %1",
    ),
    "problem",
)
CERTIFICATE_CANNOT_SIGN_ASSESSMENTS = declare(
    "certificate-cannot-sign-assessments",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this profile's certificate cannot sign assessments (%1); ask CoMSEC for a new one",
    ),
    "error",
)
CERTIFICATE_CANNOT_SIGN_CONSENSUS = declare(
    "certificate-cannot-sign-consensus",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this profile's certificate cannot sign a consensus (%1); a team-lead certificate "
        "from CoMSEC is needed",
    ),
    "error",
)
