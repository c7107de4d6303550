"""Build IPMS Desktop for this platform from pinned inputs, ready for offline installation.

    python packaging/build.py --out DIR [--trust FILE] [--institutions FILE]

Creates a clean virtual environment, installs ``packaging/requirements-build.lock`` with
``--require-hashes``, builds the translations, freezes the application with PyInstaller
(``packaging/ipms-desktop.spec``), copies the verified provisioning files beside the
programs, and packs the result: on Linux a tarball and a ``.deb``, on Windows an NSIS
installer, on macOS a ``.dmg``. ``SOURCE_DATE_EPOCH`` (default: the last commit's time) and
``PYTHONHASHSEED=0`` make two builds of the same inputs produce the same archive bytes.
``--use-current-env`` freezes with the running Python instead (for the test suite).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Standard library only, so any Python can run this script before the build environment exists.
from ipms_desktop.provisioning import (  # noqa: E402
    INSTITUTIONS_FILE_NAME,
    PROVISIONING_DIR_NAME,
    TRUST_FILE_NAME,
)

PACKAGING = ROOT / "packaging"
SPEC_FILE = PACKAGING / "ipms-desktop.spec"
NSIS_SCRIPT = PACKAGING / "windows" / "ipms-desktop.nsi"
APP_FOLDER = "ipms-desktop"
PACKAGE_NAME = "ipms-desktop"
MAC_APP_NAME = "IPMS Desktop.app"
DEFAULT_MAINTAINER = "CoMSEC IPMS Desktop <ipms-desktop@localhost>"
# Libraries the .deb expects from the system: the graphics stack PyInstaller never bundles,
# and the X11 helpers Qt's xcb platform loads (bundled only when present on the build host).
DEB_DEPENDS = (
    "libc6 (>= 2.34), libgl1, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, "
    "libxcb-icccm4, libxcb-keysyms1, libxcb-render-util0, libxcb-image0, libxcb-shape0"
)
DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=IPMS Desktop
Comment=Offline institutional performance assessment
Exec=/usr/bin/ipms-desktop
Icon=ipms-desktop
Terminal=false
Categories=Office;
StartupWMClass=ipms-desktop
"""


class BuildRefused(Exception):
    """A build step failed or an input was refused; the message says which and what to do."""


def version() -> str:
    text = (ROOT / "ipms_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise BuildRefused("ipms_desktop/__init__.py has no __version__ line")
    return found.group(1)


def machine() -> str:
    """The processor in the names of release files: x86_64 or arm64."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(name, name)


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}[sys.platform]
    return f"{system}-{machine()}"


def deb_architecture() -> str:
    return {"x86_64": "amd64", "arm64": "arm64"}[machine()]


def default_lock_file() -> Path:
    """One lock per platform: pip-compile pins PyInstaller's platform helpers per system."""
    name = {"win32": "requirements-build-windows.lock", "darwin": "requirements-build-macos.lock"}
    return PACKAGING / name.get(sys.platform, "requirements-build.lock")


def source_date_epoch() -> int:
    """``SOURCE_DATE_EPOCH`` if set, else the last commit's time: every build of one commit
    stamps the same times into its archives."""
    configured = os.environ.get("SOURCE_DATE_EPOCH")
    if configured:
        if not configured.isdigit():
            raise BuildRefused(f"SOURCE_DATE_EPOCH={configured!r} is not a number of seconds")
        return int(configured)
    try:
        committed = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        raise BuildRefused(
            "not a git checkout: set SOURCE_DATE_EPOCH to the release time (seconds since 1970)"
        ) from None
    return int(committed)


def run(command: Sequence[str | Path], step: str, env: dict[str, str], log: Path) -> None:
    """Run one build step, its output appended to ``log``; a failure names the step and log."""
    with open(log, "a", encoding="utf-8") as output:
        output.write(f"\n$ {' '.join(str(part) for part in command)}\n")
        output.flush()
        result = subprocess.run(
            [str(part) for part in command],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise BuildRefused(
            f"{step} failed (exit {result.returncode}); see {log}:\n" + "\n".join(tail)
        )


def build_environment(work: Path, lock: Path, env: dict[str, str], log: Path) -> Path:
    """A fresh venv holding exactly the hashed lock; returns its Python."""
    venv = work / "venv"
    print(f"creating the build environment in {venv} from {lock.name}", flush=True)
    run([sys.executable, "-m", "venv", "--clear", venv], "creating the venv", env, log)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--require-hashes",
            "--only-binary=:all:",
            "--no-compile",
            "-r",
            lock,
        ],
        f"installing {lock.name} (every file must match its hash)",
        env,
        log,
    )
    return python


def check_provisioning(
    python: Path, trust: Path | None, institutions: Path | None, env: dict[str, str]
) -> None:
    """Verify the provisioning files with the libraries being frozen, before the long build."""
    if trust is None and institutions is None:
        print("no provisioning files: the application will offer the training profile")
        return
    command = [str(python), str(PACKAGING / "check_provisioning.py")]
    if trust is not None:
        command += ["--trust", str(trust)]
    if institutions is not None:
        command += ["--institutions", str(institutions)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildRefused(
            f"refusing to provision the build: {result.stderr.strip()}. Fix or replace the "
            "named file (for trust settings: the unaltered file 'ipms admin trust' wrote)."
        )
    print(result.stdout.strip())


def freeze(python: Path, work: Path, env: dict[str, str], log: Path) -> Path:
    """Build the translations and run PyInstaller; returns the one-folder application."""
    print("building translations", flush=True)
    run(
        [python, PACKAGING / "build_translations.py", "--release-only"],
        "building translations",
        env,
        log,
    )
    print("freezing with PyInstaller (a few minutes)", flush=True)
    dist = work / "dist"
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work / "pyinstaller",
            SPEC_FILE,
        ],
        "PyInstaller",
        env,
        log,
    )
    return dist / APP_FOLDER


def provision(target: Path, trust: Path | None, institutions: Path | None) -> None:
    """Copy the verified files into ``target/provisioning`` (see ipms_desktop.provisioning)."""
    folder = target / PROVISIONING_DIR_NAME
    if folder.exists():
        shutil.rmtree(folder)
    if trust is None and institutions is None:
        return
    folder.mkdir(parents=True)
    if trust is not None:
        shutil.copyfile(trust, folder / TRUST_FILE_NAME)
    if institutions is not None:
        shutil.copyfile(institutions, folder / INSTITUTIONS_FILE_NAME)


def walk_sorted(top: Path) -> Iterator[Path]:
    """Every path below ``top`` in a fixed order (symlinked folders are not followed)."""
    for entry in sorted(top.iterdir(), key=lambda path: path.name):
        yield entry
        if entry.is_dir() and not entry.is_symlink():
            yield from walk_sorted(entry)


def normalised_mode(path: Path) -> int:
    if path.is_symlink():
        return 0o777
    if path.is_dir() or os.stat(path).st_mode & stat.S_IXUSR:
        return 0o755
    return 0o644


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """``write(handle)`` into a temporary file beside ``target``, then rename over it."""
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with open(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def pack_tarball(app: Path, target: Path, top: str, epoch: int) -> None:
    """A reproducible tar.gz: sorted entries, owner 0, one mtime, gzip header without time."""

    def entry(path: Path, name: str) -> tuple[tarfile.TarInfo, Path | None]:
        info = tarfile.TarInfo(name)
        info.mtime = epoch
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mode = normalised_mode(path)
        if path.is_symlink():
            info.type = tarfile.SYMTYPE
            info.linkname = os.readlink(path)
            return info, None
        if path.is_dir():
            info.type = tarfile.DIRTYPE
            return info, None
        info.size = path.stat().st_size
        return info, path

    def write(handle: BinaryIO) -> None:
        with (
            gzip.GzipFile(filename="", mode="wb", fileobj=handle, mtime=0, compresslevel=6) as gz,
            tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as archive,
        ):
            for path in [app, *walk_sorted(app)]:
                relative = path.relative_to(app).as_posix()
                name = top if relative == "." else f"{top}/{relative}"
                info, source = entry(path, name)
                if source is None:
                    archive.addfile(info)
                else:
                    with open(source, "rb") as content:
                        archive.addfile(info, content)

    write_atomically(target, write)


def installed_size_kib(folder: Path) -> int:
    total = sum(path.lstat().st_size for path in walk_sorted(folder) if path.is_file())
    return (total + 1023) // 1024


def pack_deb(
    app: Path, target: Path, package_version: str, maintainer: str, epoch: int, staging: Path
) -> None:
    """A .deb installing under /opt/ipms-desktop with /usr/bin links and a menu entry."""
    if shutil.which("dpkg-deb") is None:
        raise BuildRefused("dpkg-deb not found: install the dpkg package to build the .deb")
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / "opt" / PACKAGE_NAME
    shutil.copytree(app, opt, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    for program in ("ipms-desktop", "ipms"):
        (staging / "usr" / "bin" / program).symlink_to(f"/opt/{PACKAGE_NAME}/{program}")
    applications = staging / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE_NAME}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = staging / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", icons / f"{PACKAGE_NAME}.svg")
    control = staging / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {PACKAGE_NAME}\n"
        f"Version: {package_version}\n"
        f"Architecture: {deb_architecture()}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_size_kib(staging / 'opt')}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: IPMS Desktop, offline institutional performance assessment\n"
        " The assessor's client of the Government-Wide Institutional Performance\n"
        " Management System, with the ipms command line for CoMSEC administrators.\n",
        encoding="utf-8",
    )
    for path in [staging, *walk_sorted(staging)]:
        if not path.is_symlink():
            path.chmod(normalised_mode(path))
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    partial = target.with_name(f".{target.name}.partial")
    result = subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(staging), str(partial)],
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BuildRefused(f"dpkg-deb failed: {result.stderr.strip()}")
    os.replace(partial, target)


def nsis_command(app: Path, target: Path, app_version: str) -> list[str]:
    """The makensis call for the per-user Windows installer.

    The script itself signs the uninstaller and the installer when ``IPMS_SIGN_COMMAND`` is
    set in the environment (see packaging/windows/ipms-desktop.nsi).
    """
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildRefused("makensis not found: install NSIS 3.08 or newer and put it on PATH")
    return [
        makensis,
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DAPP_DIR={app}",
        f"-DVERSION={app_version}",
        f"-DOUTFILE={target}",
        str(NSIS_SCRIPT),
    ]


def sign_programs(app: Path) -> None:
    """Sign the two Windows programs with ``IPMS_SIGN_COMMAND`` before they are packed."""
    sign = os.environ.get("IPMS_SIGN_COMMAND")
    if not sign:
        print("IPMS_SIGN_COMMAND not set: the programs and installer stay unsigned")
        return
    for program in ("ipms-desktop.exe", "ipms.exe"):
        result = subprocess.run(f'{sign} "{app / program}"', shell=True, check=False)
        if result.returncode != 0:
            raise BuildRefused(f"signing {program} failed (exit {result.returncode})")


def pack_windows_installer(app: Path, target: Path, app_version: str) -> None:
    partial = target.with_name(f"{target.stem}.partial.exe")
    result = subprocess.run(
        nsis_command(app, partial, app_version), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BuildRefused(f"makensis failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}")
    os.replace(partial, target)


def pack_dmg(app_bundle: Path, target: Path) -> None:
    """A compressed disk image holding the (signed) .app, made with hdiutil."""
    target.unlink(missing_ok=True)
    result = subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "IPMS Desktop",
            "-srcfolder",
            str(app_bundle),
            "-format",
            "UDZO",
            "-ov",
            str(target),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BuildRefused(f"hdiutil failed: {result.stderr.strip()}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def build_environment_variables(epoch: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "SOURCE_DATE_EPOCH": str(epoch),
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }
    )
    return env


def build(args: argparse.Namespace) -> list[Path]:
    """Every step in order; returns the packages written into ``args.out``."""
    for name, path in (("--trust", args.trust), ("--institutions", args.institutions)):
        if path is not None and not path.is_file():
            raise BuildRefused(f"{name} {path}: no such file")
    # Steps run from the source root, so relative paths are fixed to where they were typed.
    trust = args.trust.resolve() if args.trust else None
    institutions = args.institutions.resolve() if args.institutions else None
    if not args.use_current_env and not args.lock.is_file():
        raise BuildRefused(
            f"{args.lock}: no lock file for this platform; generate it with pip-compile as "
            "docs/administrator-guide.md describes (Building, The lock file)"
        )
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = (args.work or out / "work").resolve()
    work.mkdir(parents=True, exist_ok=True)
    log = work / "build.log"
    log.write_text("", encoding="utf-8")
    epoch = source_date_epoch()
    env = build_environment_variables(epoch)
    app_version = version()

    if args.use_current_env:
        python = Path(sys.executable)
    else:
        python = build_environment(work, args.lock, env, log)
    check_provisioning(python, trust, institutions, env)
    frozen = freeze(python, work, env, log)

    app = out / APP_FOLDER
    if app.exists():
        shutil.rmtree(app)
    shutil.copytree(frozen, app, symlinks=True)
    provision(app, trust, institutions)
    packages: list[Path] = []
    if sys.platform.startswith("linux"):
        tarball = out / f"{PACKAGE_NAME}-{app_version}-{platform_tag()}.tar.gz"
        pack_tarball(app, tarball, f"{PACKAGE_NAME}-{app_version}", epoch)
        deb = out / f"{PACKAGE_NAME}_{app_version}_{deb_architecture()}.deb"
        pack_deb(app, deb, app_version, args.maintainer, epoch, work / "deb-root")
        packages += [tarball, deb]
    elif sys.platform == "win32":
        installer = out / f"{PACKAGE_NAME}-{app_version}-{platform_tag()}-setup.exe"
        sign_programs(app)
        pack_windows_installer(app, installer, app_version)
        packages.append(installer)
    elif sys.platform == "darwin":
        bundle = out / MAC_APP_NAME
        if bundle.exists():
            shutil.rmtree(bundle)
        shutil.copytree(frozen.parent / MAC_APP_NAME, bundle, symlinks=True)
        provision(bundle / "Contents" / "Resources", trust, institutions)
        dmg = out / f"{PACKAGE_NAME}-{app_version}-{platform_tag()}.dmg"
        pack_dmg(bundle, dmg)
        packages.append(dmg)
    sums = "".join(f"{sha256_of(path)}  {path.name}\n" for path in packages)
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return packages


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for the build output")
    parser.add_argument("--trust", type=Path, help="signed trust settings to provision")
    parser.add_argument("--institutions", type=Path, help="institutions list to provision")
    parser.add_argument(
        "--use-current-env",
        action="store_true",
        help="freeze with the running Python instead of a clean venv from the lock (tests)",
    )
    parser.add_argument(
        "--lock", type=Path, default=default_lock_file(), help="hashed requirements to install"
    )
    parser.add_argument("--work", type=Path, help="scratch folder (default: OUT/work)")
    parser.add_argument("--maintainer", default=DEFAULT_MAINTAINER, help=".deb Maintainer field")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str]) -> int:
    args = parse_arguments(argv)
    try:
        packages = build(args)
    except BuildRefused as error:
        print(f"build.py: error: {error}", file=sys.stderr)
        return 1
    app = args.out.resolve() / APP_FOLDER
    print(f"application folder: {app}")
    for path in packages:
        print(f"{path.name}  sha256 {sha256_of(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
