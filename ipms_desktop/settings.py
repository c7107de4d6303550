"""Every tunable setting of the application, declared in one place.

Values here are defaults. Security parameters (KDF costs) are not read from the
environment: only code that passes explicit parameters (tests) can use cheaper ones.
Each group below belongs to one part of the core; add new settings to the right group.
"""

from __future__ import annotations

from dataclasses import dataclass

APP_NAME = "IPMS Desktop"
APP_ID = "ipms-desktop"
ORGANISATION = "CoMSEC"


@dataclass(frozen=True)
class ScoringSettings:
    """Scoring policy that is not part of a framework file."""

    # Display rounding (see docs/scoring.md): exact values are kept everywhere else.
    display_decimals_percent: int = 1
    display_decimals_points: int = 1
    display_decimals_total: int = 0


SCORING = ScoringSettings()


@dataclass(frozen=True)
class StoreSettings:
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
