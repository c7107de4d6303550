"""A training profile: everything one person needs to practise the whole cycle alone.

It makes a training certificate authority and consolidation key on this laptop (in a
folder beside the profile, protected by the profile's passphrase), installs its trust
settings, issues this profile an assessor certificate, and adds a sample case: a fictional
institution with a summary of its status document attached as evidence. Bundles exported
from it can then be verified, merged and reported with the ``ipms`` command line. No Qt
here: the first-run screen runs it on a worker thread.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class TrainingSetup:
    """What the assessor is told at the end: where the training CA lives and the sample case."""

    ca_folder: Path
    trust_file: Path
    assessment_id: str


def set_up_training(
    profile: Any,
    ca_folder: Path,
    passphrase: str,
    language: str,
    *,
    key_file_kdf: Any | None = None,
) -> TrainingSetup:
    """Create the training CA in ``ca_folder`` and enrol ``profile`` with it.

    ``key_file_kdf`` (a ``trust.keyfile.Argon2Parameters``) is for tests; ``None`` keeps
    the production cost for the CA's key files.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    from ipms_desktop.atomic import write_bytes_atomically
    from ipms_desktop.frameworks import load_framework
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.extensions import ROLE_ASSESSOR
    from ipms_desktop.trust.keyfile import PRODUCTION_ARGON2
    from ipms_desktop.trust.profile_credentials import (
        certificate_request,
        install_certificate,
        install_trust,
    )
    from ipms_desktop.trust.trust_settings import load_trust_settings

    authority = CertificateAuthority.create(
        ca_folder,
        TRAINING_CA_NAME,
        passphrase,
        passphrase,
        kdf=key_file_kdf or PRODUCTION_ARGON2,
    )
    trust_bytes = authority.trust_settings(passphrase)
    trust_file = ca_folder / "training-trust-settings.ipmst"
    write_bytes_atomically(trust_file, trust_bytes)
    install_trust(profile, load_trust_settings(trust_bytes))
    request = certificate_request(profile, profile.name)
    certificate = authority.issue(request, ROLE_ASSESSOR, passphrase, source="training request")
    install_certificate(profile, certificate.public_bytes(Encoding.PEM), "training certificate")
    institution = SAMPLE_INSTITUTION.get(language, SAMPLE_INSTITUTION["en"])
    assessment_id = profile.create_assessment(
        institution=institution, framework_id=SAMPLE_FRAMEWORK, cycle=date.today().year
    )
    with tempfile.TemporaryDirectory(prefix="ipms-training-") as folder:
        summary = Path(folder) / STATUS_DOCUMENT_NAME
        summary.write_text(STATUS_DOCUMENT, encoding="utf-8")
        first_item = next(iter(load_framework(SAMPLE_FRAMEWORK).items))
        profile.add_evidence(assessment_id, first_item, summary)
    return TrainingSetup(ca_folder, trust_file, assessment_id)
