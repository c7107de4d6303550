"""An open consolidation session: the database, the trust to verify with, the key to read.

The window runs these functions on a worker thread (key derivation and bundle
verification are slow) and only shows their results. A new local consolidation file's
passphrase passes the one passphrase policy before the file is created; the quarantine's
notes are written and read by ``consolidation.quarantine``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from ipms_desktop.bundles.reader import verify_bundle
from ipms_desktop.consolidation.database import (
    ConsolidationDatabase,
    NewDatabaseNotice,
    is_postgresql_target,
    open_consolidation_database,
    slot_file_for,
)
from ipms_desktop.consolidation.merge import MergeResult, Outcome, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.consolidation.quarantine import (
    QuarantinedBundle,
    quarantined_bundles,
    set_aside_copies_of,
    set_aside_resolved,
)
from ipms_desktop.consolidation.schema import bundles
from ipms_desktop.consolidation.signers import remember_trust
from ipms_desktop.consolidation.statement_install import install_statement
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import services as msgs
from ipms_desktop.services.passphrase_policy import require_acceptable
from ipms_desktop.trust.ca import load_recipient_key_file
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.trust_settings import TrustSettings, load_trust_settings

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile

BUNDLE_SUFFIX = ".ipmsb"
NEW_FILE_PASSPHRASE = "the new consolidation file's passphrase"


@dataclass(frozen=True)
class SessionRequest:
    """What the team lead typed: where the database is and how to verify and decrypt."""

    target: str
    passphrase: str
    quarantine_dir: Path
    trust_file: Path | None = None
    key_file: Path | None = None
    key_passphrase: str = ""


class NoMergeKey(IpmsError):
    """No consolidation key is chosen: a merge would read bundles it cannot open."""

    def __init__(self, wanted_key_ids: tuple[str, ...]) -> None:
        super().__init__(msgs.MERGE_NEEDS_KEY, wanted=", ".join(wanted_key_ids) or "-")
        self.wanted_key_ids = wanted_key_ids


@dataclass(frozen=True)
class MergeSession:
    database: ConsolidationDatabase
    trust: TrustSettings
    # None: the database is open for consensus and reports, but nothing can be merged.
    key: RecipientPrivateKey | None
    quarantine_dir: Path
    new_database: NewDatabaseNotice | None = None

    def require_key(self) -> RecipientPrivateKey:
        """The key to decrypt with; checked before the first bundle is read."""
        if self.key is None:
            raise NoMergeKey(tuple(key.key_id for key in self.trust.consolidation_recipients))
        return self.key

    def merge(self, path: Path, quarantine_dir: Path | None = None) -> MergeResult:
        """Merge one bundle file (its own transaction); rejected copies go to quarantine.

        Raises ``NoMergeKey`` before reading anything when no key is chosen, and
        ``NotForThisKey`` (quarantining nothing) for a file encrypted for other keys.
        """
        opener = bundle_opener(self.trust, self.require_key())
        folder = self.quarantine_dir if quarantine_dir is None else quarantine_dir
        result = merge_bundles(self.database, [Path(path)], opener, folder)[0]
        if result.outcome is not Outcome.REJECTED and folder == self.quarantine_dir:
            set_aside_copies_of(self.quarantine_dir, Path(path))
        return result

    def set_aside_merged(self) -> int:
        """Move quarantined copies whose bundle has merged since into ``resolved/``.

        A copy counts as merged when its signature verifies with the current trust
        settings and its bundle id is in the database (merged, or already there).
        Returns how many were set aside.
        """
        moved = 0
        for entry in quarantined_bundles(self.quarantine_dir):
            if not entry.copy.is_file():
                continue
            try:
                bundle_id = verify_bundle(entry.copy, self.trust).bundle_id
            except IpmsError:
                continue
            if self.database.read(partial(_is_merged, bundle_id=bundle_id)):
                set_aside_resolved(self.quarantine_dir, entry)
                moved += 1
        return moved

    def with_key_file(self, key_file: Path, passphrase: str) -> MergeSession:
        """The session merging with the recipient key in ``key_file`` from now on (slow:
        the key file's passphrase is stretched)."""
        return replace(self, key=load_recipient_key_file(Path(key_file), passphrase))

    def with_trust(self, trust: TrustSettings) -> MergeSession:
        """The session with newer trust settings (refused if older than any seen)."""
        remember_trust(self.database, trust)
        return replace(self, trust=trust)

    def install_statement(self, path: Path) -> str:
        """Install CoMSEC's signed team assignments or key link file at ``path``."""
        return install_statement(self.database, Path(path), self.trust)

    def close(self) -> None:
        self.database.close()


def open_session(
    request: SessionRequest, profile: OpenProfile | None, kdf_params: Any | None = None
) -> MergeSession:
    """Open the database and load trust and key: from files, else from the open profile.

    A new local file's passphrase is judged first, before any slow key derivation.
    """
    target = request.target.strip()
    if not target:
        raise IpmsError(msgs.NAME_CONSOLIDATION_DATABASE_FILE_PATH)
    passphrase = (
        None
        if is_postgresql_target(target)
        else policed_passphrase(lambda _creating: request.passphrase)
    )
    if passphrase is not None and not request.passphrase:
        raise IpmsError(msgs.LOCAL_CONSOLIDATION_FILE_NEEDS_PASSPHRASE_2)
    if passphrase is not None:
        _require_file_name(target)
    if passphrase is not None and is_new_local_file(target) is True:
        require_acceptable(request.passphrase, NEW_FILE_PASSPHRASE)
    trust = _trust(request.trust_file, profile)
    key = _key(request.key_file, request.key_passphrase, profile)
    notices: list[NewDatabaseNotice] = []
    database = open_consolidation_database(
        target, passphrase, kdf_params=kdf_params, on_created=notices.append
    )
    try:
        remember_trust(database, trust)
    except BaseException:
        database.close()
        raise
    return MergeSession(
        database, trust, key, request.quarantine_dir, notices[0] if notices else None
    )


def _is_merged(connection: Connection, *, bundle_id: str) -> bool:
    found = connection.execute(
        select(bundles.c.bundle_id).where(bundles.c.bundle_id == bundle_id)
    ).first()
    return found is not None


def is_new_local_file(target: str) -> bool | None:
    """Whether opening ``target`` would create a new local file (``None``: not a file name).

    Called on every keystroke in the window's Database field, so it never raises: a
    half-typed path such as ``/`` is simply not a file yet.
    """
    target = target.strip()
    if not target or is_postgresql_target(target):
        return False
    path = Path(target)
    if not path.name or target.endswith(("/", "\\")):
        return None
    try:
        if path.is_dir():
            return None
        return not slot_file_for(path).exists()
    except (OSError, ValueError):
        return None


def _require_file_name(target: str) -> None:
    if is_new_local_file(target) is None:
        raise IpmsError(msgs.CONSOLIDATION_TARGET_NOT_FILE, target=target)


def policed_passphrase(read: Callable[[bool], str]) -> Callable[[bool], str]:
    """Wrap the passphrase callback given to ``open_consolidation_database``: a passphrase
    for a file about to be created must pass the policy, or nothing is created."""

    def passphrase(creating: bool) -> str:
        secret = read(creating)
        if creating:
            require_acceptable(secret, NEW_FILE_PASSPHRASE)
        return secret

    return passphrase


def _trust(trust_file: Path | None, profile: OpenProfile | None) -> TrustSettings:
    if trust_file is not None:
        return load_trust_settings(trust_file)
    if profile is not None:
        from ipms_desktop.trust.profile_credentials import require_trust

        return require_trust(profile.keys)
    raise IpmsError(msgs.CHOOSE_TRUST_SETTINGS_FILE_FROM)


def _key(
    key_file: Path | None, passphrase: str, profile: OpenProfile | None
) -> RecipientPrivateKey | None:
    """The chosen key file's key; else a training profile's training consolidation key, or
    the profile's own; ``None`` when there is none (the database still opens, and a merge
    asks for the key before reading a file)."""
    if key_file is not None:
        return load_recipient_key_file(key_file, passphrase)
    if profile is not None:
        from ipms_desktop.services.training import training_consolidation_key
        from ipms_desktop.trust.profile_credentials import recipient_private_key

        return training_consolidation_key(profile.keys) or recipient_private_key(profile.keys)
    return None


def bundle_files(folder: Path) -> list[Path]:
    """The bundle files directly in ``folder``, in name order."""
    try:
        return sorted(p for p in Path(folder).iterdir() if p.suffix == BUNDLE_SUFFIX)
    except OSError as error:
        raise IpmsError(msgs.CANNOT_LIST, folder=folder, strerror=error.strerror) from None


def retry_quarantined(session: MergeSession, entry: QuarantinedBundle) -> MergeResult:
    """Merge a quarantined copy again; once it is accepted, move it and its note aside.

    A copy refused again stays where it is (the retry's own quarantine copy is a
    duplicate of it and is discarded), so retrying never multiplies files.
    """
    if not entry.copy.exists():
        raise IpmsError(
            msgs.QUARANTINED_COPY_MISSING_ADD_ORIGINAL, copy=entry.copy, original=entry.original
        )
    session.require_key()
    scratch = Path(tempfile.mkdtemp(prefix=".retry-", dir=session.quarantine_dir))
    try:
        result = session.merge(entry.copy, quarantine_dir=scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if result.outcome is not Outcome.REJECTED:
        set_aside_resolved(session.quarantine_dir, entry)
    return replace(result, file=entry.original or result.file)
