"""The hashed build locks stay in step with the pinned inputs they were generated from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
INPUT = PACKAGING / "requirements-build.in"
LOCKS = {
    "requirements-build.lock": "linux",
    "requirements-build-windows.lock": "win32",
    "requirements-build-macos.lock": "darwin",
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}\b")


def read_lock(path: Path) -> dict[str, tuple[str, int]]:
    """Package name -> (pinned version, number of SHA-256 hashes listed for it)."""
    pins: dict[str, tuple[str, int]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        pin = PIN.match(line)
        if pin:
            current = canonicalize_name(pin.group(1))
            pins[current] = (pin.group(2), 0)
        if current is not None:
            version, hashes = pins[current]
            pins[current] = (version, hashes + len(HASH.findall(line)))
    return pins


def pinned_inputs(sys_platform: str) -> dict[str, str]:
    """The ``.in`` file's pins that apply on ``sys_platform``."""
    pins: dict[str, str] = {}
    for line in INPUT.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate({"sys_platform": sys_platform}):
            continue
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{line}: pin an exact version"
        pins[canonicalize_name(requirement.name)] = specifier.version
    return pins


@pytest.mark.parametrize(("lock_name", "sys_platform"), sorted(LOCKS.items()))
def test_lock_pins_every_input_exactly_with_hashes(lock_name: str, sys_platform: str) -> None:
    lock = read_lock(PACKAGING / lock_name)

    for name, version in pinned_inputs(sys_platform).items():
        assert name in lock, f"{lock_name} lacks {name}: regenerate the locks"
        assert lock[name][0] == version, f"{lock_name} pins {name}=={lock[name][0]}, not {version}"
    assert all(hashes > 0 for _, hashes in lock.values())
    assert "pyinstaller" in lock


def test_platform_helpers_only_in_their_platform_lock() -> None:
    locks = {name: read_lock(PACKAGING / name) for name in LOCKS}

    assert "pefile" in locks["requirements-build-windows.lock"]
    assert "macholib" in locks["requirements-build-macos.lock"]
    assert "pefile" not in locks["requirements-build.lock"]
    assert "macholib" not in locks["requirements-build.lock"]


def test_locks_agree_on_every_shared_package() -> None:
    locks = [read_lock(PACKAGING / name) for name in LOCKS]
    shared = set(locks[0]).intersection(*locks[1:])

    assert shared >= set(pinned_inputs("linux"))
    for name in shared:
        assert len({lock[name][0] for lock in locks}) == 1, f"{name} differs between locks"
