"""A training profile: everything one person needs to practise the whole cycle alone.

It makes a training certificate authority and consolidation key on this laptop (in a
folder beside the profile, protected by the profile's passphrase), installs its trust
settings, issues this profile an assessor certificate and a training team-lead
certificate for the same keys, and adds a sample case: a fictional institution with a
summary of its status document attached as evidence. The training consolidation key is
the profile's merge key (``training_consolidation_key``), so the same person scores,
exports, merges the export in the team lead's window, agrees a consensus, exports it and
reports on it, in the GUI or with the ``ipms`` command line. The first-run screen runs it
on a worker thread.

The training CA's key files keep following the profile's passphrase: a passphrase change
or a recovery re-encrypts them under the new one (``follow_profile_passphrase``), so the
person signs with the one passphrase they know. After a recovery the old passphrase is
known to nobody, so the training keys themselves are kept as a secret inside the
(encrypted) profile; the person's passphrase is never stored anywhere.
"""

from __future__ import annotations

import base64
import json
import logging
import tempfile
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import services as msgs

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile
    from ipms_desktop.trust.profile_credentials import SecretStore
    from ipms_desktop.trust.recipients import RecipientPrivateKey

logger = logging.getLogger(__name__)

# The profile secret holding the training CA's private keys (file name -> type and key bytes),
# from which the key files are rewritten under each new profile passphrase.
TRAINING_CA_SECRET = "training.ca_keys"
TRAINING_TRUST_FILE = "training-trust-settings.ipmst"
TRAINING_TEAM_LEAD_CERTIFICATE = "training-team-lead.pem"

TRAINING_CA_NAME = "IPMS Training CA (practice only: not valid for CoMSEC)"
SAMPLE_INSTITUTION = {
    "en": "Ministry of Public Works of Al-Nahrain (training case)",
    "ar": "وزارة الأشغال العامة في النهرين (حالة تدريبية)",
    "ckb": "وەزارەتی کارە گشتییەکانی نەهرەین (حاڵەتی ڕاهێنان)",
}
SAMPLE_FRAMEWORK = "efqm-2013"
STATUS_DOCUMENT_NAME = "status-document-summary.txt"
STATUS_DOCUMENT = """\
Status document summary (fictional, for training only)
Ministry of Public Works of Al-Nahrain

Mission: maintain the province's roads, bridges and public buildings so that people and
goods move safely, and build new works on time and within budget.

Leadership: the minister's office adopted a five-year strategy in 2024 with eight
objectives. Directors meet monthly to review a dashboard of twelve indicators. Values
(integrity, safety, service) are on posters in every directorate; staff surveys show
that half of the staff can name them.

People: 4,200 staff in six directorates. A training plan exists for engineers but not for
administrative staff. Appraisals are annual and paper based.

Partnerships and resources: contracts with 35 private contractors; a supplier rating
scheme was piloted in two directorates. The budget is set by the Ministry of Finance; the
ministry tracks spending monthly against plan.

Processes: road maintenance follows a documented process with inspection checklists.
Complaints arrive by telephone and in person; they are logged in a spreadsheet and 60 %
are closed within 30 days.

Results: road accidents on maintained roads fell from 410 (2022) to 350 (2024).
Projects finished on time: 48 % (2022), 55 % (2023), 61 % (2024); target 70 %.
Citizen satisfaction (survey of 1,000 households, 2024): 52 % satisfied.
Staff absence: 6.5 % (2024), no comparison with other ministries.
"""


def training_ca_folder(profile_dir: Path) -> Path:
    """Where a training profile's practice CA is made: beside the profile folder."""
    profile_dir = Path(profile_dir)
    return profile_dir.parent / f"{profile_dir.name}-training-ca"


@dataclass(frozen=True)
class TrainingSetup:
    """What the assessor is told at the end: where the training CA lives and the sample case."""

    ca_folder: Path
    trust_file: Path
    assessment_id: str


def set_up_training(
    profile: OpenProfile,
    passphrase: str,
    language: str,
    *,
    key_file_kdf: Any | None = None,
) -> TrainingSetup:
    """Create the training CA beside ``profile``'s folder and enrol ``profile`` with it;
    ``passphrase`` is the profile's, which protects the CA's key files too.

    ``key_file_kdf`` (a ``trust.keyfile.Argon2Parameters``) is for tests; ``None`` keeps
    the production cost for the CA's key files.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    from ipms_desktop.atomic import write_bytes_atomically
    from ipms_desktop.frameworks import load_framework
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.extensions import ROLE_ASSESSOR, ROLE_TEAM_LEAD
    from ipms_desktop.trust.keyfile import PRODUCTION_ARGON2
    from ipms_desktop.trust.profile_credentials import (
        certificate_request,
        install_certificate,
        install_role_certificate,
        install_trust,
    )
    from ipms_desktop.trust.trust_settings import load_trust_settings

    ca_folder = training_ca_folder(profile.folder)
    authority = CertificateAuthority.create(
        ca_folder,
        TRAINING_CA_NAME,
        passphrase,
        passphrase,
        kdf=key_file_kdf or PRODUCTION_ARGON2,
    )
    _remember_keys(profile.keys, _key_files(authority), passphrase)
    trust_bytes = authority.trust_settings(passphrase)
    trust_file = ca_folder / TRAINING_TRUST_FILE
    write_bytes_atomically(trust_file, trust_bytes)
    install_trust(profile.keys, load_trust_settings(trust_bytes))
    request = certificate_request(profile.keys, profile.name)
    certificate = authority.issue(request, ROLE_ASSESSOR, passphrase, source="training request")
    install_certificate(
        profile.keys, certificate.public_bytes(Encoding.PEM), "training certificate"
    )
    team_lead = authority.issue(
        request, ROLE_TEAM_LEAD, passphrase, source="training team-lead request"
    )
    team_lead_pem = team_lead.public_bytes(Encoding.PEM)
    install_role_certificate(profile.keys, team_lead_pem, ROLE_TEAM_LEAD)
    write_bytes_atomically(ca_folder / TRAINING_TEAM_LEAD_CERTIFICATE, team_lead_pem)
    institution = SAMPLE_INSTITUTION.get(language, SAMPLE_INSTITUTION["en"])
    assessment_id = profile.assessments.create(
        institution=institution, framework_id=SAMPLE_FRAMEWORK, cycle=date.today().year
    )
    with tempfile.TemporaryDirectory(prefix="ipms-training-") as folder:
        summary = Path(folder) / STATUS_DOCUMENT_NAME
        summary.write_text(STATUS_DOCUMENT, encoding="utf-8")
        first_item = next(iter(load_framework(SAMPLE_FRAMEWORK).items))
        profile.evidence.add(assessment_id, first_item, summary)
    return TrainingSetup(ca_folder, trust_file, assessment_id)


def training_consolidation_key(secrets: SecretStore) -> RecipientPrivateKey | None:
    """The training CA's consolidation key kept in a training profile, else ``None``.

    Training bundles are encrypted for it, so the team lead's window merges them with
    it when no key file is chosen.
    """
    from ipms_desktop.trust.ca import RECIPIENT_KEY_TYPE_PREFIX
    from ipms_desktop.trust.recipients import RecipientPrivateKey

    keys = _remembered_keys(secrets)
    for key_type, secret in (keys or {}).values():
        if key_type.startswith(RECIPIENT_KEY_TYPE_PREFIX):
            return RecipientPrivateKey(key_type.removeprefix(RECIPIENT_KEY_TYPE_PREFIX), secret)
    return None


class TrainingKeys(StrEnum):
    """What happened to the training CA's key files after a passphrase change."""

    NO_TRAINING_CA = "no-training-ca"
    REENCRYPTED = "reencrypted"


def follow_profile_passphrase(
    profile: OpenProfile, new_passphrase: str, *, previous: str | None = None
) -> TrainingKeys:
    """Rewrite the training CA's key files (if this profile has one) under the profile's
    new passphrase; ``previous`` is the passphrase just replaced, when known.

    The keys come from the profile's own copy. A training profile made before that copy
    was kept has none: then ``previous`` opens the key files once and the copy is made.
    Raises an IpmsError naming the file when neither is available; the profile's own
    passphrase change stands either way. Each file is replaced atomically, so running
    this again after an interruption finishes the job.
    """
    from ipms_desktop.atomic import write_bytes_atomically
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.keyfile import encrypt_key_file, key_file_parameters

    key_files = _key_files(CertificateAuthority(training_ca_folder(profile.folder)))
    if not key_files:
        return TrainingKeys.NO_TRAINING_CA
    keys = _remembered_keys(profile.keys)
    if keys is None or set(keys) != {path.name for path in key_files}:
        keys = _remember_keys(profile.keys, key_files, previous)
    for path in key_files:
        key_type, secret = keys[path.name]
        parameters = key_file_parameters(path.read_bytes(), str(path))
        write_bytes_atomically(path, encrypt_key_file(key_type, secret, new_passphrase, parameters))
    logger.info("training CA key files re-encrypted: %s", training_ca_folder(profile.folder))
    return TrainingKeys.REENCRYPTED


def _key_files(authority: Any) -> list[Path]:
    return [
        path
        for path in (authority.root_key_path, authority.consolidation_key_path)
        if path.is_file()
    ]


def _remembered_keys(secrets: SecretStore) -> dict[str, tuple[str, bytes]] | None:
    stored = secrets.get_secret(TRAINING_CA_SECRET)
    if not stored:
        return None
    return {
        name: (entry["type"], base64.b64decode(entry["key"]))
        for name, entry in json.loads(stored).items()
    }


def _remember_keys(
    secrets: SecretStore, key_files: list[Path], passphrase: str | None
) -> dict[str, tuple[str, bytes]]:
    """Open each key file with ``passphrase`` and keep its key inside the profile."""
    from ipms_desktop.trust.keyfile import decrypt_key_file, key_file_type

    keys: dict[str, tuple[str, bytes]] = {}
    for path in key_files:
        data = path.read_bytes()
        key_type = key_file_type(data, str(path))
        try:
            if passphrase is None:
                raise IpmsError(msgs.PASSPHRASE_MADE_NOT_KNOWN, path=path)
            keys[path.name] = (key_type, decrypt_key_file(data, passphrase, key_type, str(path)))
        except IpmsError:
            raise IpmsError(msgs.TRAINING_KEYS_NOT_FOLLOWED, file=path) from None
    document = {
        name: {"type": key_type, "key": base64.b64encode(secret).decode("ascii")}
        for name, (key_type, secret) in keys.items()
    }
    secrets.set_secret(TRAINING_CA_SECRET, json.dumps(document, sort_keys=True).encode("utf-8"))
    return keys
