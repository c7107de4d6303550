"""Every tunable setting of the application, declared in one place.

Values here are defaults. Security parameters (KDF costs) are not read from the
environment: only code that passes explicit parameters (tests) can use cheaper ones.
Each group below belongs to one part of the core; add new settings to the right group.
Groups are immutable named tuples rather than frozen dataclasses: this module is on the
path to the first screen, and a named tuple costs a tenth of a dataclass to define. (No
postponed annotations here either: a named tuple compiles each postponed one.)
"""

from typing import NamedTuple

APP_NAME = "IPMS Desktop"
APP_ID = "ipms-desktop"
ORGANISATION = "CoMSEC"


class ScoringSettings(NamedTuple):
    """Scoring policy that is not part of a framework file."""

    # Display rounding (see docs/scoring.md): exact values are kept everywhere else.
    display_decimals_percent: int = 1
    display_decimals_points: int = 1
    # A total's places are not a setting: they decide its level, so each framework file
    # declares them (``total_decimals``, docs/framework-format.md).


SCORING = ScoringSettings()


class ScorebookSettings(NamedTuple):
    """The scorebook method's advice per item: shown as warnings, never blocking an export.

    Three to five strengths and areas for improvement per sub-criterion, at most three
    site-visit issues; a high overall needs a strength behind it and a low one an area
    for improvement (scores on the framework's 0-100 scale).
    """

    min_texts: int = 3
    max_texts: int = 5
    max_site_visit_issues: int = 3
    strength_expected_from: int = 60
    improvement_expected_up_to: int = 30


SCOREBOOK = ScorebookSettings()


class StoreSettings(NamedTuple):
    """The encrypted local profile (see docs/profile-format.md)."""

    # Argon2id for the passphrase and recovery-code slots: memory in KiB (64 MiB), passes, lanes.
    kdf_memory_kib: int = 65536
    kdf_iterations: int = 3
    kdf_lanes: int = 4
    # Evidence files are kept inside the encrypted database, split into chunks of this size.
    evidence_chunk_bytes: int = 1024 * 1024
    evidence_max_bytes: int = 100 * 1000 * 1000
    # An automatic encrypted backup is written on unlock when the newest is older than this.
    auto_backup_interval_hours: int = 24
    auto_backups_kept: int = 5


STORE = StoreSettings()


class TrustPolicySettings(NamedTuple):
    """Credential lifetimes and key-file costs (docs/trust-format.md pins the formats)."""

    root_validity_days: int = 7305
    default_certificate_days: int = 730
    max_certificate_days: int = 1826
    crl_validity_days: int = 365
    # How far a bundle's creation time may lie in the future of the verifying clock.
    clock_skew_seconds: int = 300
    # Argon2id cost for the CA's encrypted key files (production strength).
    key_file_memory_kib: int = 262144
    key_file_iterations: int = 3
    key_file_lanes: int = 4


TRUST = TrustPolicySettings()


class BundleSettings(NamedTuple):
    """Reader hard limits: a bundle exceeding one is rejected before its members are read."""

    max_manifest_bytes: int = 4 * 1024 * 1024
    max_members: int = 10000
    # An evidence file's size must fit the 32-bit size column of both consolidation back ends.
    max_member_bytes: int = 2**31 - 1
    max_document_bytes: int = 64 * 1024 * 1024
    max_recipients: int = 64


BUNDLES = BundleSettings()


class PassphrasePolicySettings(NamedTuple):
    """The one passphrase policy (``services.passphrase_policy``) for every secret a person
    chooses: a profile's, a CA key file's, a consolidation file's."""

    # At least this many characters...
    min_chars: int = 12
    # ...and at least this estimated strength in bits (runs and repeats earn nothing).
    min_bits: int = 60


PASSPHRASES = PassphrasePolicySettings()


class GuiSettings(NamedTuple):
    """The desktop application's behaviour (docs: README, desktop section)."""

    # The window locks itself after this many minutes without keyboard or mouse input.
    idle_lock_minutes: int = 10
    # Typed text (justification, reasons, list entries) is saved this long after the last key.
    text_save_delay_ms: int = 600
    window_width: int = 1280
    window_height: int = 760


GUI = GuiSettings()


class ConsolidationSettings(NamedTuple):
    """Merging, consensus and reports (docs/consolidation.md)."""

    # Items whose individual scores spread by this many points or more are discussed first.
    consensus_spread_threshold: int = 20
    # Where rejected bundles are copied when `ipms merge` is given no --quarantine folder.
    default_quarantine_dir: str = "quarantine"
    # How long a writer waits for another process's lock on a local consolidation file.
    sqlite_busy_timeout_ms: int = 60000
    # How often one bundle's transaction is retried after a serialization failure or a lock.
    max_transaction_attempts: int = 20
    # A refused file larger than this is noted in the quarantine but not copied there (its
    # original stays where it was): a hostile or sparse file cannot fill the disk.
    quarantine_max_copy_bytes: int = 1024**3


CONSOLIDATION = ConsolidationSettings()


class InputLimits(NamedTuple):
    """Bounds on the files a person hands to IPMS: scoring sheets, framework files and
    workbooks, institutions lists (docs/framework-format.md). A broken or hostile file is
    refused, with its place named, before it can exhaust memory or time."""

    # JSON files: nesting depth, and the characters of one number literal (a score needs 5).
    json_max_depth: int = 32
    json_max_number_chars: int = 24
    sheet_max_bytes: int = 16 * 1024 * 1024
    framework_json_max_bytes: int = 16 * 1024 * 1024
    # Framework workbooks (.xlsx): the shipped templates are about 40 KB, 200 KB unpacked,
    # 21 parts, 13 sheets of at most 150 rows and 7 columns.
    workbook_max_bytes: int = 16 * 1024 * 1024
    workbook_max_unpacked_bytes: int = 32 * 1024 * 1024
    workbook_max_parts: int = 200
    workbook_max_sheets: int = 32
    workbook_max_rows: int = 10000
    workbook_max_columns: int = 64
    # Excel's own limit for the text of one cell.
    workbook_max_cell_chars: int = 32767
    workbook_max_number_chars: int = 32


INPUT = InputLimits()
