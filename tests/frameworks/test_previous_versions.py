"""Earlier framework versions stay installed: what was scored against them still opens
and merges after the framework files change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipms_desktop.consolidation.incoming import installed_framework
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import content_hash, load_framework, load_framework_version

VECTOR = Path(__file__).resolve().parents[1] / "vectors" / "bundle-v1" / "expected.json"


def test_the_test_vectors_framework_version_is_still_installed() -> None:
    recorded = json.loads(VECTOR.read_text(encoding="utf-8"))["document"]["framework"]
    framework = installed_framework(recorded["id"], recorded["hash"])
    assert framework.id == "efqm-2013" and framework.version == "2013.1"
    assert framework.content_hash == recorded["hash"]
    # The earlier file predates the declared rules: it reads as points, not assessed = 0.
    assert (framework.scale, framework.not_assessed_policy) == ("points", "zero")
    assert load_framework("efqm-2013").version == "2013.3"


@pytest.mark.parametrize(
    ("framework_id", "version"),
    [
        ("efqm-2013", "2013.1"),
        ("efqm-2013", "2013.2"),
        ("efqm-2020", "2020.1"),
        ("efqm-2020", "2020.2"),
    ],
)
def test_previous_versions_are_found_by_hash(framework_id: str, version: str) -> None:
    current = load_framework(framework_id)
    assert load_framework_version(framework_id, current.content_hash) is current
    folder = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "previous"
    data = json.loads((folder / f"{framework_id}-{version}.json").read_text(encoding="utf-8"))
    previous = load_framework_version(framework_id, content_hash(data))
    assert previous is not None and previous.version == version
    # written before total_decimals existed: the total keeps its one-decimal rule
    assert "total_decimals" not in data and previous.total_decimals == 1
    assert load_framework_version(framework_id, "sha256:" + "0" * 64) is None
    with pytest.raises(IpmsError, match="update IPMS Desktop"):
        installed_framework(framework_id, "sha256:" + "0" * 64)
