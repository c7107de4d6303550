"""What the windows and the services may use of an open profile.

The front ends and the services are typed against this protocol, not against the store's
``Profile`` class: they see the profile's parts (assessments, scores, evidence, keys,
settings) and the few whole-profile actions, never its database, transactions or lock.
``store.profile.Profile`` satisfies it; mypy checks every service against it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ipms_desktop.store.assessments import Assessments
    from ipms_desktop.store.evidence import EvidenceFiles
    from ipms_desktop.store.keys import ProfileKeys
    from ipms_desktop.store.profile_settings import ProfileSettings
    from ipms_desktop.store.records import VerifyReport
    from ipms_desktop.store.scores import Scores


class OpenProfile(Protocol):
    """An unlocked profile: its parts, its folder and name, backup, verify and close (also
    as a context manager)."""

    folder: Path
    assessments: Assessments
    scores: Scores
    evidence: EvidenceFiles
    keys: ProfileKeys
    settings: ProfileSettings

    @property
    def name(self) -> str: ...

    def backup(
        self, out_path: Path, progress: Callable[[int, int], None] | None = None
    ) -> tuple[Path, Path]: ...

    def verify(self) -> VerifyReport: ...

    def close(self) -> None: ...

    def __enter__(self) -> OpenProfile: ...

    def __exit__(self, *exc_info: object) -> None: ...
