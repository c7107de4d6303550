"""The Linux build an administrator makes: built once per session, then smoke-tested.

The module fixture runs ``packaging/build.py`` exactly as documented for administrators (a
clean venv from the hashed lock, PyInstaller, provisioning, tarball and .deb); that takes
a few minutes on two cores, so every check here shares the one build.
"""

from __future__ import annotations

import base64
import gzip
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.tooling import needs_tool

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
VECTOR = ROOT / "tests" / "vectors" / "bundle-v1"
VECTOR_KEY_PASSPHRASE = "ipms-test-vector-consolidation (TEST ONLY)"
EPOCH = 1767225600  # 2026-01-01T00:00:00Z
SIZE_LIMIT_BYTES = 180 * 1000 * 1000
INSTITUTIONS = ["Ministry of Trade", "وزارة التخطيط", "Ministry of Health"]

pytestmark = [
    pytest.mark.build,
    needs_tool(
        sys.platform.startswith("linux") and shutil.which("dpkg-deb") is not None,
        "the Linux packages are built on Linux with dpkg-deb",
    ),
]


def load_packaging_module(name: str) -> ModuleType:
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"ipms_packaging_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_module = load_packaging_module("build")
bundle_contents = load_packaging_module("bundle_contents")
VERSION = build_module.version()


def run_build(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH))
    return subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(out), *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
        check=False,
    )


def program_env(home: Path) -> dict[str, str]:
    """Offscreen Qt and a private home, so the built program never touches real user data."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("IPMS_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
    )
    return env


@dataclass(frozen=True)
class Build:
    out: Path
    app: Path
    tarball: Path
    deb: Path
    institutions: Path
    # Every Python module frozen into the program (the spec keeps them as .pyc files).
    modules: frozenset[str]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    out = tmp_path_factory.mktemp("build")
    institutions = out / "institutions-input.json"
    institutions.write_text(
        json.dumps({"document": "ipms-institutions", "format": 1, "institutions": INSTITUTIONS}),
        encoding="utf-8",
    )
    result = run_build(
        out, "--trust", str(VECTOR / "trust.json"), "--institutions", str(institutions)
    )
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    shutil.rmtree(out / "work")  # the build venv and PyInstaller's scratch: about 1 GB
    return Build(
        out=out,
        app=out / "ipms-desktop",
        tarball=out / f"ipms-desktop-{VERSION}-linux-x86_64.tar.gz",
        deb=out / f"ipms-desktop_{VERSION}_amd64.deb",
        institutions=institutions,
        modules=frozenset(
            path.relative_to(out / "ipms-desktop" / "_internal")
            .with_suffix("")
            .as_posix()
            .replace("/", ".")
            for path in (out / "ipms-desktop" / "_internal").rglob("*.pyc")
        ),
    )


def test_built_window_paints_offscreen(build: Build, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(build.app / "ipms-desktop"), "--exit-after-first-paint", "--profile", str(tmp_path)],
        capture_output=True,
        text=True,
        env=program_env(tmp_path),
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip().splitlines()[-1]) > 0


def test_built_cli_verifies_the_committed_vector(build: Build, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            str(build.app / "ipms"),
            "verify",
            "--trust",
            str(VECTOR / "trust.json"),
            str(VECTOR / "assessment.ipmsb"),
        ],
        capture_output=True,
        text=True,
        env=program_env(tmp_path),
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{VECTOR / 'assessment.ipmsb'}: OK"


def test_built_cli_runs_both_migration_chains(build: Build, tmp_path: Path) -> None:
    """Profile creation and a merge run the Alembic scripts shipped as data in the bundle."""
    env = program_env(tmp_path)
    env.update(
        IPMS_PASSPHRASE="a long test passphrase for the built program",
        IPMS_DB_PASSPHRASE="a long test passphrase for the consolidation file",
        IPMS_KEY_PASSPHRASE=VECTOR_KEY_PASSPHRASE,
    )
    ipms = str(build.app / "ipms")
    profile = subprocess.run(
        [ipms, "profile", "create", "--profile", str(tmp_path / "profile"), "--name", "field"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    merged = subprocess.run(
        [
            ipms,
            "merge",
            "--db",
            str(tmp_path / "consolidation.db"),
            "--trust",
            str(VECTOR / "trust.json"),
            "--key",
            str(VECTOR / "consolidation.key"),
            "--quarantine",
            str(tmp_path / "quarantine"),
            "--json",
            str(VECTOR / "assessment.ipmsb"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )

    assert profile.returncode == 0, profile.stderr
    assert (tmp_path / "profile" / "profile.db").is_file()
    assert merged.returncode == 0, merged.stderr
    assert [outcome["outcome"] for outcome in json.loads(merged.stdout)] == ["merged"]


def test_provisioned_build_carries_the_verified_files(build: Build) -> None:
    provisioning = build.app / "provisioning"

    assert (provisioning / "trust.json").read_bytes() == (VECTOR / "trust.json").read_bytes()
    assert (provisioning / "institutions.json").read_bytes() == build.institutions.read_bytes()


def test_one_folder_build_fits_the_size_limit(build: Build) -> None:
    measured = subprocess.run(
        ["du", "-sb", str(build.app)], capture_output=True, text=True, check=True
    )

    assert int(measured.stdout.split()[0]) <= SIZE_LIMIT_BYTES


def test_build_leaves_out_unused_qt_and_test_tools(build: Build) -> None:
    internal = build.app / "_internal"
    shipped = {path.relative_to(internal).as_posix() for path in internal.rglob("*")}

    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in shipped
    assert {
        "resources/translations/ipms_ar.qm",
        "resources/translations/ipms_ckb.qm",
        "resources/translations/qt_ckb.qm",
        "resources/fonts/NotoSansArabic-Regular.ttf",
        "resources/fonts/NotoSansArabicUI-Regular.ttf",
        "resources/frameworks/efqm-2013.json",
        "resources/icons/app.svg",
    } <= shipped
    assert not [name for name in shipped if name.startswith("ui/")], "forms are built in"
    assert not [name for name in shipped if name.endswith(".ts")]
    assert "ipms_desktop/store/migrations/versions/0002_evidence_chunks.py" in shipped
    assert "ipms_desktop/consolidation/migrations/env.py" in shipped
    unwanted = (
        "QtQml",
        "QtQuick",
        "QtUiTools",
        "libgtk-3",
        "PySide6/Qt/qml",
        "pytest",
        "hypothesis",
    )
    assert not [name for name in shipped if any(part in name for part in unwanted)]
    assert [name for name in shipped if name.startswith("PySide6/Qt/translations/")] == [
        "PySide6/Qt/translations/qtbase_ar.qm"
    ]


def test_build_freezes_the_product_and_no_developer_tooling(build: Build) -> None:
    """Screenshot scripts carry a fixed passphrase: they stay in ``tools/``, never shipped."""
    assert {"ipms_desktop.gui.operations", "ipms_desktop.services.cycle_reports"} <= build.modules
    tooling = [name for name in build.modules if "screenshot" in name or name.startswith("tools")]
    assert tooling == []


def test_no_shipped_binary_needs_a_library_the_spec_drops(build: Build) -> None:
    """A dropped library must be needed by nothing shipped, not merely present on this host."""
    internal = build.app / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6/Qt/lib'}")
    needed_dropped: set[str] = set()
    binaries = [build.app / "ipms-desktop", build.app / "ipms"]
    binaries += [path for path in internal.rglob("*.so*") if path.is_file()]
    for path in binaries:
        listing = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in listing.stdout.splitlines():
            name = line.split()[0] if line.strip() else ""
            if name.startswith("lib") and bundle_contents.is_unused(name):
                needed_dropped.add(f"{path.name} needs {name}")
    assert not needed_dropped


def test_tarball_is_normalised_for_reproducibility(build: Build, tmp_path: Path) -> None:
    raw = build.tarball.read_bytes()
    with tarfile.open(build.tarball) as archive:
        members = archive.getmembers()

    assert raw[4:8] == b"\0\0\0\0"  # gzip header without a timestamp
    top = f"ipms-desktop-{VERSION}"
    assert members[0].name == top
    assert f"{top}/ipms-desktop" in {member.name for member in members}
    assert {(member.uid, member.gid, member.mtime) for member in members} == {(0, 0, EPOCH)}
    assert {member.mode for member in members} <= {0o644, 0o755, 0o777}
    repacked = tmp_path / "again.tar.gz"
    build_module.pack_tarball(build.app, repacked, top, EPOCH)
    assert repacked.read_bytes() == raw
    assert gzip.decompress(raw)  # the stream is complete


def test_deb_installs_under_opt_with_links_and_menu_entry(build: Build) -> None:
    info = subprocess.run(
        ["dpkg-deb", "--info", str(build.deb)], capture_output=True, text=True, check=True
    ).stdout
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(build.deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()

    assert "Package: ipms-desktop" in info
    assert f"Version: {VERSION}" in info
    assert "Architecture: amd64" in info
    entries = {line.split()[5]: line for line in contents}
    assert "./opt/ipms-desktop/ipms-desktop" in entries
    assert "./opt/ipms-desktop/provisioning/trust.json" in entries
    assert entries["./usr/bin/ipms-desktop"].endswith("-> /opt/ipms-desktop/ipms-desktop")
    assert entries["./usr/bin/ipms"].endswith("-> /opt/ipms-desktop/ipms")
    assert "./usr/share/applications/ipms-desktop.desktop" in entries
    assert all(line.split()[1] == "root/root" for line in contents)


def test_bad_trust_file_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    """An edited payload (a later serial, say) no longer matches the root's signature."""
    envelope = json.loads((VECTOR / "trust.json").read_text())
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["serial"] = 99
    envelope["payload"] = base64.b64encode(
        json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    ).decode()
    forged = tmp_path / "forged-trust.json"
    forged.write_text(json.dumps(envelope))

    result = run_build(tmp_path / "out", "--use-current-env", "--trust", str(forged))

    assert result.returncode == 1
    assert "refusing to provision the build" in result.stderr
    assert "signature does not verify with its root" in result.stderr
    assert str(forged) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "ipms-desktop").exists()


def test_bad_institutions_list_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    listing = tmp_path / "institutions.json"
    listing.write_text(json.dumps({"document": "ipms-institutions", "format": 1}))

    result = run_build(tmp_path / "out", "--use-current-env", "--institutions", str(listing))

    assert result.returncode == 1
    assert '"institutions" must be a non-empty list' in result.stderr
    assert not (tmp_path / "out" / "ipms-desktop").exists()


def test_missing_trust_file_is_named(tmp_path: Path) -> None:
    result = run_build(tmp_path / "out", "--use-current-env", "--trust", str(tmp_path / "no.json"))

    assert result.returncode == 1
    assert f"--trust {tmp_path / 'no.json'}: no such file" in result.stderr


def test_missing_lock_file_is_named(tmp_path: Path) -> None:
    result = run_build(tmp_path / "out", "--lock", str(tmp_path / "requirements.lock"))

    assert result.returncode == 1
    assert f"{tmp_path / 'requirements.lock'}: no lock file for this platform" in result.stderr
