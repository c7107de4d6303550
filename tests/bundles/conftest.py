"""Fixtures for the bundle tests: one session PKI and a bundle factory."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from tests.bundles.bundle_pki import Pki, assessment_document, build_pki, evidence_of


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return build_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def make_bundle(pki: Pki, tmp_path: Path) -> Callable[..., Path]:
    """Write a bundle (defaults: assessor, consolidation recipient, two evidence files)."""
    counter = iter(range(10_000))

    def make(
        *,
        signer: BundleSigner | None = None,
        kind: str = "assessment",
        document: dict | None = None,
        evidence: list[bytes] | None = None,
        recipients: list | None = None,
        now: datetime | None = None,
    ) -> Path:
        path = tmp_path / f"bundle-{next(counter)}.ipmsb"
        write_bundle(
            path,
            kind=kind,
            document=document or assessment_document(),
            evidence=[
                evidence_of(data)
                for data in (evidence if evidence is not None else [b"x" * 3000, os.urandom(200)])
            ],
            signer=signer or pki.assessor,
            recipients=list(pki.trust.default_recipients()) if recipients is None else recipients,
            now=now,
        )
        return path

    return make
