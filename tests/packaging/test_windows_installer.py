"""The NSIS script compiles with makensis here, fed a stand-in for the PyInstaller folder."""

from __future__ import annotations

import importlib.util
import os
import stat
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.tooling import needs_program

ROOT = Path(__file__).resolve().parents[2]
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "ipms-desktop.nsi"

pytestmark = [
    pytest.mark.build,
    needs_program("makensis", "makensis (Debian: apt-get install nsis)"),
]


def load_build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ipms_packaging_build_nsis", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_module = load_build_module()


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    """The shape of a PyInstaller folder: two programs, _internal, provisioning."""
    app = tmp_path / "ipms-desktop"
    (app / "_internal" / "resources").mkdir(parents=True)
    (app / "provisioning").mkdir()
    (app / "ipms-desktop.exe").write_bytes(b"MZ stand-in window program")
    (app / "ipms.exe").write_bytes(b"MZ stand-in command line")
    (app / "_internal" / "resources" / "efqm-2013.json").write_text("{}")
    (app / "provisioning" / "trust.json").write_text("{}")
    return app


def make_recording_signer(tmp_path: Path, exit_code: int) -> tuple[str, Path]:
    log = tmp_path / "signed.log"
    signer = tmp_path / "sign.sh"
    signer.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\nexit {exit_code}\n')
    signer.chmod(signer.stat().st_mode | stat.S_IXUSR)
    return str(signer), log


def compile_installer(
    app: Path, target: Path, sign_command: str | None
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "IPMS_SIGN_COMMAND"}
    if sign_command is not None:
        env["IPMS_SIGN_COMMAND"] = sign_command
    return subprocess.run(
        build_module.nsis_command(app, target, "0.1.0"),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_unsigned_installer_compiles(app_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "ipms-desktop-0.1.0-windows-x86_64-setup.exe"

    result = compile_installer(app_folder, target, None)

    assert result.returncode == 0, result.stdout + result.stderr
    assert target.read_bytes()[:2] == b"MZ"


def test_script_installs_per_user_and_keeps_user_data() -> None:
    script = NSIS_SCRIPT.read_text(encoding="utf-8")

    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert "HKLM" not in script
    uninstall = script[script.index('Section "Uninstall"') :]
    assert "CoMSEC" not in uninstall.replace("${UNINSTALL_KEY}", "").replace("${INSTALLER_KEY}", "")
    assert 'RMDir /r "$INSTDIR"' not in uninstall


def test_signing_command_signs_uninstaller_then_installer(app_folder: Path, tmp_path: Path) -> None:
    signer, log = make_recording_signer(tmp_path, exit_code=0)
    target = tmp_path / "signed-setup.exe"

    result = compile_installer(app_folder, target, signer)

    assert result.returncode == 0, result.stdout + result.stderr
    signed = log.read_text().splitlines()
    assert len(signed) == 2
    assert signed[1] == str(target)
    assert signed[0] != str(target)


def test_failing_signature_fails_the_build(app_folder: Path, tmp_path: Path) -> None:
    signer, _ = make_recording_signer(tmp_path, exit_code=3)

    result = compile_installer(app_folder, tmp_path / "setup.exe", signer)

    assert result.returncode != 0
