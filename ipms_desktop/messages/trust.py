"""Messages of trust: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare, translate

NO_BLOCK_FOUND_CHECK_RIGHT = declare(
    "no-block-found-check-right",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: no '%2' block found; check that this is the right file",
    ),
    "source",
    "label",
)
BLOCK_DAMAGED = declare(
    "block-damaged",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the '%2' block is damaged (%3)",
    ),
    "source",
    "label",
    "error",
)
CYCLE_SERIAL_MUST_POSITIVE_INTEGERS = declare(
    "cycle-serial-must-positive-integers",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'cycle' and 'serial' must be positive integers",
    ),
    "where",
)
ISSUED_MUST_UTC_TIME = declare(
    "issued-must-utc-time",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'issued' must be a UTC time",
    ),
    "where",
)
INSTITUTIONS_MUST_LIST = declare(
    "institutions-must-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'institutions' must be a list",
    ),
    "where",
)
EACH_INSTITUTION_ENTRY_MUST_OBJECT = declare(
    "each-institution-entry-must-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: each institution entry must be an object",
    ),
    "where",
)
ENTRY_NAMES_NO_INSTITUTION = declare(
    "entry-names-no-institution",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: an entry names no institution",
    ),
    "where",
)
ASSESSORS_MUST_LIST = declare(
    "assessors-must-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2: 'assessors' must be a list",
    ),
    "where",
    "institution",
)
EACH_PERSON_NEEDS_KEY_SHA = declare(
    "each-person-needs-key-sha",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: each person needs 'key' (sha256:<64 hex>) and 'name'",
    ),
    "where",
)
INSTITUTION_ASSIGNED_TWICE = declare(
    "institution-assigned-twice",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: institution %2 is assigned twice",
    ),
    "where",
    "key",
)
HOLDS_KEY_NOT_RECIPIENT_KEY = declare(
    "holds-key-not-recipient-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: holds a '%2' key, not a recipient key",
    ),
    "path",
    "key_type",
)
CANNOT_READ_4 = declare(
    "cannot-read-4",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: cannot read (%2)",
    ),
    "path",
    "strerror",
)
CA_NEEDS_NAME_PASS_NAME = declare(
    "ca-needs-name-pass-name",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the CA needs a name; pass --name",
    ),
)
ALREADY_HOLDS_CA_CHOOSE_EMPTY = declare(
    "already-holds-ca-choose-empty",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: already holds a CA; choose an empty folder so the existing root is never overwritten",
    ),
    "folder",
)
DOES_NOT_BELONG = declare(
    "does-not-belong",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: does not belong to %2",
    ),
    "root_key_path",
    "root_path",
)
ALREADY_HOLDS_ESCROW_KEY_NEVER = declare(
    "already-holds-escrow-key-never",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: already holds an escrow key; it is never replaced",
    ),
    "folder",
)
UNKNOWN_ROLE_KNOWN = declare(
    "unknown-role-known",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown role '%1' (known: %2)",
    ),
    "role",
    "role_oids",
)
DAYS_MUST_BETWEEN = declare(
    "days-must-between",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "--days must be between 1 and %1",
    ),
    "max_certificate_days",
)
UNKNOWN_REVOCATION_REASON_KNOWN = declare(
    "unknown-revocation-reason-known",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown revocation reason '%1' (known: %2)",
    ),
    "cause",
    "revocation_reasons",
)
ROOT_CERTIFICATE_CANNOT_REVOKE_ITSELF = declare(
    "root-certificate-cannot-revoke-itself",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the root certificate cannot revoke itself; create a new CA instead",
    ),
)
CERTIFICATE_ALREADY_REVOKED = declare(
    "certificate-already-revoked",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "certificate %1 is already revoked",
    ),
    "certificate",
)
DAMAGED_MUST_HOLD_ONE_NUMBER = declare(
    "damaged-must-hold-one-number",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: damaged; it must hold one number",
    ),
    "trust_serial_path",
)
NOT_PEM_CERTIFICATE_3 = declare(
    "not-pem-certificate-3",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM certificate",
    ),
    "root_path",
)
NOT_PEM_CRL = declare(
    "not-pem-crl",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM CRL",
    ),
    "crl_path",
)
CERTIFICATE_NOT_ISSUED_CA_NOTHING = declare(
    "certificate-not-issued-ca-nothing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this certificate was not issued by this CA; nothing to revoke",
    ),
)
CERTIFICATE_REVOKED = declare(
    "certificate-revoked",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: this certificate is revoked",
    ),
    "certificate",
)
HOLDS_ROLE_NOT = declare(
    "holds-role-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 holds role '%2', not '%3'",
    ),
    "certificate",
    "value",
    "role",
)
CYCLE_MUST_YEAR_SUCH = declare(
    "cycle-must-year-such",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the cycle must be a year such as 2026",
    ),
)
NAME_INSTITUTION_INSTITUTION = declare(
    "name-institution-institution",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "name the institution (--institution)",
    ),
)
PREVIOUS_CERTIFICATE_HOLDS_ROLE_NEXT = declare(
    "previous-certificate-holds-role-next",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the previous certificate holds role '%1' and the next '%2'; a key can only continue "
        "work of the same role",
    ),
    "value",
    "value2",
)
PREVIOUS_NEXT_CERTIFICATE_ARE_SAME = declare(
    "previous-next-certificate-are-same",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the previous and the next certificate are the same certificate",
    ),
)
CERTIFICATE_NOT_ISSUED_CA = declare(
    "certificate-not-issued-ca",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: this certificate was not issued by this CA",
    ),
    "certificate",
)
DAMAGED_RESTORE_FROM_CA_FOLDER = declare(
    "damaged-restore-from-ca-folder",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: damaged; restore it from the CA folder's backup",
    ),
    "record",
)
PREVIOUS_CERTIFICATE_NOT_ISSUED_CA = declare(
    "previous-certificate-not-issued-ca",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the previous certificate was not issued by this CA",
    ),
    "previous",
)
NO_ED_KEY = declare(
    "no-ed-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 has no Ed25519 key",
    ),
    "subject",
)
NOT_END_ENTITY_SIGNING_CERTIFICATE = declare(
    "not-end-entity-signing-certificate",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not an end-entity signing certificate",
    ),
    "subject",
)
CERTIFICATE_VALID_FROM = declare(
    "certificate-valid-from",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "certificate of %1 is valid from %2",
    ),
    "subject",
    "not_valid_before_utc",
)
CERTIFICATE_EXPIRED = declare(
    "certificate-expired",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "certificate of %1 expired on %2",
    ),
    "subject",
    "not_valid_after_utc",
)
CERTIFICATE_BEEN_REVOKED = declare(
    "certificate-been-revoked",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "certificate of %1 has been revoked",
    ),
    "subject",
)
HOLDS_ROLE_BUT_NEEDS = declare(
    "holds-role-but-needs",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 holds role '%2', but this needs %3",
    ),
    "subject",
    "value",
    "allowed",
)
SIGNER_CERTIFICATE_NOT_ISSUED_TRUSTED = declare(
    "signer-certificate-not-issued-trusted",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the signer certificate was not issued by the trusted root %1",
    ),
    "root",
)
SIGNER_CERTIFICATE_CANNOT_READ = declare(
    "signer-certificate-cannot-read",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the signer certificate cannot be read (%1)",
    ),
    "error",
)
LACKS_BASICCONSTRAINTS_KEYUSAGE = declare(
    "lacks-basicconstraints-keyusage",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 lacks basicConstraints or keyUsage",
    ),
    "subject",
)
RECIPIENT_KEY_EXTENSION_CANNOT_READ = declare(
    "recipient-key-extension-cannot-read",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient key extension cannot be read",
    ),
    "source",
)
RECIPIENT_KEY_EXTENSION_NO_SUITE = declare(
    "recipient-key-extension-no-suite",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient key extension has no suite id",
    ),
    "source",
)
MUST_EACH_SHA_HEX = declare(
    "must-each-sha-hex",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 must each be sha256:<64 hex>",
    ),
    "where",
    "fields",
)
NAME_ISSUED_MUST_TEXTS = declare(
    "name-issued-must-texts",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'name' and 'issued' must be texts",
    ),
    "where",
)
CERTIFICATE_CANNOT_CONTINUE_ITSELF = declare(
    "certificate-cannot-continue-itself",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: a certificate cannot continue itself",
    ),
    "where",
)
EMPTY_PASSPHRASE_CANNOT_PROTECT_PRIVATE = declare(
    "empty-passphrase-cannot-protect-private",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "an empty passphrase cannot protect a private key; choose one",
    ),
)
NOT_IPMS_KEY_FILE_UNKNOWN = declare(
    "not-ipms-key-file-unknown",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not an IPMS key file (unknown format marker)",
    ),
    "source",
)
KEY_FILE_TRUNCATED = declare(
    "key-file-truncated",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: key file is truncated",
    ),
    "source",
)
HOLDS_KEY_EXPECTED = declare(
    "holds-key-expected",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: holds a '%2' key, expected '%3'",
    ),
    "source",
    "key_type",
    "expected_type",
)
KEY_FILE_OUT_RANGE_ARGON = declare(
    "key-file-out-range-argon",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: key file has out-of-range Argon2id parameters",
    ),
    "source",
)
KEY_FILE_OUT_RANGE_ARGON_2 = declare(
    "key-file-out-range-argon-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: key file has out-of-range Argon2id memory cost",
    ),
    "source",
)
WRONG_PASSPHRASE_KEY_FILE_DAMAGED = declare(
    "wrong-passphrase-key-file-damaged",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: wrong passphrase, or the key file is damaged; try the passphrase again",
    ),
    "source",
)
NO_TRUST_SETTINGS_PROFILE_INSTALL = declare(
    "no-trust-settings-profile-install",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no trust settings in this profile; install CoMSEC's file with `ipms profile "
        "install-trust`",
    ),
)
THESE_TRUST_SETTINGS_ARE_SIGNED = declare(
    "these-trust-settings-are-signed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "these trust settings are signed by another root (%1); this profile trusts %2. Ask "
        "CoMSEC for the right file",
    ),
    "root_fingerprint",
    "root_fingerprint2",
)
TRUST_SETTINGS_SERIAL_OLDER_THAN = declare(
    "trust-settings-serial-older-than",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "trust settings serial %1 is older than the installed serial %2; refusing to go back "
        "(rollback)",
    ),
    "serial",
    "serial2",
)
TOO_LARGE_CERTIFICATE = declare(
    "too-large-certificate",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: too large for a certificate",
    ),
    "source",
)
PROFILE_NO_KEY_PAIR_YET = declare(
    "profile-no-key-pair-yet",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this profile has no key pair yet; run `ipms profile request` first",
    ),
)
CERTIFIES_ANOTHER_KEY_NOT_PROFILE = declare(
    "certifies-another-key-not-profile",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: certifies another key, not this profile's; install the certificate issued for "
        "this profile's request",
    ),
    "source",
)
PROFILE_NO_CERTIFICATE_RUN_IPMS = declare(
    "profile-no-certificate-run-ipms",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this profile has no certificate; run `ipms profile request`, have CoMSEC issue it, "
        "then `ipms profile install-cert`",
    ),
)
BEEN_REVOKED = declare(
    "been-revoked",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 has been revoked",
    ),
    "source",
    "certificate",
)
NOT_VALID_NOW = declare(
    "not-valid-now",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 is not valid now",
    ),
    "source",
    "certificate",
)
CARRIES_NO_RECIPIENT_KEY_SO = declare(
    "carries-no-recipient-key-so",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 (%3) carries no recipient key, so bundles cannot be encrypted to it",
    ),
    "source",
    "certificate",
    "certificate2",
)
TRUST_SETTINGS_ESCROW_KEY_USES = declare(
    "trust-settings-escrow-key-uses",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the trust settings' escrow key uses suite %1; the profile's escrow slot needs an "
        "ML-KEM-768 + X25519 key",
    ),
    "suite_id",
)
NOT_PEM_CERTIFICATE_4 = declare(
    "not-pem-certificate-4",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM certificate",
    ),
    "source",
)
CERTIFICATE_REFUSED = declare(
    "certificate-refused",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2",
    ),
    "source",
    "error",
)
UNKNOWN_HPKE_SUITE_KNOWN = declare(
    "unknown-hpke-suite-known",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown HPKE suite '%1' (known: %2)",
    ),
    "suite_id",
    "known",
)
RECIPIENT_PUBLIC_KEY_BYTES_EXPECTED = declare(
    "recipient-public-key-bytes-expected",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipient public key for %1 has %2 bytes, expected %3",
    ),
    "suite_id",
    "count",
    "public_key_bytes",
)
RECIPIENT_KEY_MUST_SUITE_PUBLIC = declare(
    "recipient-key-must-suite-public",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: a recipient key must be {'suite', 'public_key'}",
    ),
    "source",
)
RECIPIENT_KEY_FIELDS_MUST_STRINGS = declare(
    "recipient-key-fields-must-strings",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient key fields must be strings",
    ),
    "source",
)
RECIPIENT_PUBLIC_KEY_NO_SUITE = declare(
    "recipient-public-key-no-suite",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient public key has no suite id",
    ),
    "source",
)
RECIPIENT_PRIVATE_KEY_WRONG_LENGTH = declare(
    "recipient-private-key-wrong-length",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipient private key for %1 has the wrong length; the key file is damaged",
    ),
    "suite_id",
)
RECIPIENT_KEY_NOT_VALID_KEY = declare(
    "recipient-key-not-valid-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "recipient key %1 is not a valid key (%2)",
    ),
    "key_id",
    "error",
)
RECIPIENT_PUBLIC_KEY_NOT_VALID = declare(
    "recipient-public-key-not-valid",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient public key is not valid base64",
    ),
    "source",
)
CERTIFICATE_REQUEST_NEEDS_HOLDER_S = declare(
    "certificate-request-needs-holder-s",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a certificate request needs the holder's name; pass --name",
    ),
)
TOO_LARGE_CERTIFICATE_REQUEST = declare(
    "too-large-certificate-request",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: too large for a certificate request",
    ),
    "source",
)
REQUEST_S_SIGNATURE_DOES_NOT = declare(
    "request-s-signature-does-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the request's signature does not verify; it was altered",
    ),
    "source",
)
REQUEST_MUST_HOLD_ED_KEY = declare(
    "request-must-hold-ed-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the request must hold an Ed25519 key",
    ),
    "source",
)
REQUEST_NAMES_NO_HOLDER_NO = declare(
    "request-names-no-holder-no",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the request names no holder (no common name)",
    ),
    "source",
)
NOT_PEM_CERTIFICATE_REQUEST_PKCS = declare(
    "not-pem-certificate-request-pkcs",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a PEM certificate request (PKCS#10)",
    ),
    "source",
)
NOT_SIGNED_IPMS_STATEMENT = declare(
    "not-signed-ipms-statement",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a signed IPMS statement",
    ),
    "where",
)
TOO_LARGE_SIGNED_STATEMENT = declare(
    "too-large-signed-statement",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: too large for a signed statement",
    ),
    "where",
)
NOT_FILE = declare(
    "not-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not a %2 file",
    ),
    "where",
    "document_type",
)
FORMAT_NOT_SUPPORTED_VERSION_READS = declare(
    "format-not-supported-version-reads",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: format %2 is not supported (this version reads %3); update IPMS Desktop",
    ),
    "where",
    "value",
    "format_version",
)
TRUSTED_ROOT_NO_ED_KEY = declare(
    "trusted-root-no-ed-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the trusted root has no Ed25519 key",
    ),
    "where",
)
STATEMENT_S_NOT_JSON_OBJECT = declare(
    "statement-s-not-json-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the statement's %2 is not a JSON object",
    ),
    "where",
    "part",
)
MISSING = declare(
    "missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' is missing",
    ),
    "where",
    "name",
)
SIGNATURE_DOES_NOT_VERIFY_TRUSTED = declare(
    "signature-does-not-verify-trusted",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the signature does not verify with the trusted root; the file was altered, "
        "forged or made by another CA",
    ),
    "where",
)
STATEMENT_S_NOT_VALID_JSON = declare(
    "statement-s-not-valid-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the statement's %2 is not valid JSON",
    ),
    "where",
    "part",
)
NOT_VALID_BASE_2 = declare(
    "not-valid-base-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' is not valid base64",
    ),
    "where",
    "name",
)
TOO_LARGE_TRUST_SETTINGS_FILE = declare(
    "too-large-trust-settings-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: too large for a trust settings file",
    ),
    "where",
)
NOT_IPMS_TRUST_SETTINGS_FILE = declare(
    "not-ipms-trust-settings-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: not an IPMS trust settings file",
    ),
    "where",
)
TRUST_SETTINGS_FORMAT_NOT_SUPPORTED = declare(
    "trust-settings-format-not-supported",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: trust settings format %2 is not supported (this version reads %3); update IPMS "
        "Desktop",
    ),
    "where",
    "value",
    "format_version",
)
ROOT_CERTIFICATE_NO_ED_KEY = declare(
    "root-certificate-no-ed-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the root certificate has no Ed25519 key",
    ),
    "where",
)
CRL_INSIDE_NOT_SIGNED_ROOT = declare(
    "crl-inside-not-signed-root",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the CRL inside is not signed by the root",
    ),
    "where",
)
TRUST_SETTINGS_NOT_JSON_OBJECT = declare(
    "trust-settings-not-json-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the trust settings %2 is not a JSON object",
    ),
    "where",
    "part",
)
MISSING_NOT_TEXT = declare(
    "missing-not-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' is missing or not text",
    ),
    "where",
    "name",
)
MISSING_NOT_LIST = declare(
    "missing-not-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: '%2' is missing or not a list",
    ),
    "where",
    "name",
)
SERIAL_MUST_POSITIVE_INTEGER = declare(
    "serial-must-positive-integer",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'serial' must be a positive integer",
    ),
    "where",
)
EACH_FRAMEWORK_NEEDS_ID_VERSION = declare(
    "each-framework-needs-id-version",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: each framework needs 'id', 'version' and 'hash' strings",
    ),
    "where",
)
ROOT_CERTIFICATE_CRL_CANNOT_READ = declare(
    "root-certificate-crl-cannot-read",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: root certificate or CRL cannot be read (%2)",
    ),
    "where",
    "error",
)
SIGNATURE_DOES_NOT_VERIFY_ROOT = declare(
    "signature-does-not-verify-root",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: signature does not verify with its root; the file was altered or forged",
    ),
    "where",
)
TRUST_SETTINGS_NOT_VALID_JSON = declare(
    "trust-settings-not-valid-json",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the trust settings %2 is not valid JSON",
    ),
    "where",
    "part",
)
ISSUED_NOT_UTC_TIME = declare(
    "issued-not-utc-time",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'issued' is not a UTC time",
    ),
    "where",
)
CANNOT_READ_TRUST_SETTINGS = declare(
    "cannot-read-trust-settings",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: cannot read trust settings (%2)",
    ),
    "where",
    "strerror",
)
RECIPIENT_EXTENSION_NOT_OCTET_STRING = declare(
    "recipient-extension-not-octet-string",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: recipient key extension is not a DER OCTET STRING",
    ),
    "source",
)
TRUST_CRL_OLDER = declare(
    "trust-crl-older",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "trust settings serial %1 carry CRL number %2, older than the installed CRL number "
        "%3; installing them would undo revocations. Ask CoMSEC for trust settings made "
        "after the latest revocation",
    ),
    "serial",
    "crl",
    "installed",
)
TRUST_REVOCATIONS_DROPPED = declare(
    "trust-revocations-dropped",
    translate(
        "CoreMessages",
        "trust settings serial %1 no longer list %n revoked certificate(s) the installed "
        "ones revoke; installing them would undo revocations. Ask CoMSEC for trust settings "
        "made after the latest revocation",
        None,
        0,
    ),
    "serial",
    count="count",
)
TRUST_FILE_REJECTED = declare(
    "trust-file-rejected",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 cannot be used as trust settings: %2; ask CoMSEC for a current trust settings file",
    ),
    "file",
    "detail",
)
ROLE_CERTIFICATE_FOR_ANOTHER_KEY = declare(
    "role-certificate-for-another-key",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the %1 certificate is for another key than this profile's",
    ),
    "role",
)
