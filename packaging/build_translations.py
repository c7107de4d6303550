"""Refresh the Qt Linguist catalogues from the sources and build the ``.qm`` files.

``python packaging/build_translations.py`` runs pyside6-lupdate over the GUI's Python
modules, the core's message registry and the Qt Designer forms (updating
``resources/translations/ipms_<lang>.ts``), then
pyside6-lrelease to build the ``.qm`` files the application loads. The ``.ts`` files are
committed; the ``.qm`` files are build output. ``--release-only`` skips the refresh.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "ckb")
# lupdate does not know Central Kurdish ("ckb") and refuses to update a catalogue that
# names it, so the Sorani catalogue is labelled Kurdish (Iraq) for the Qt tools; the file
# name, and everything the application does with it, use "ckb".
TOOL_LANGUAGE = {"ar": "ar", "ckb": "ku_IQ"}


def catalogue(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"ipms_{language}.ts"


def source_files() -> list[Path]:
    """Every file whose user-facing strings are translated, in a stable order: the GUI's
    modules, the registry of core messages (``ipms_desktop/messages``) and the forms."""
    # The forms' built modules (gui/designer) repeat the forms' texts: the forms are the source.
    python = sorted(
        path
        for path in (ROOT / "ipms_desktop" / "gui").rglob("*.py")
        if "designer" not in path.relative_to(ROOT).parts
    )
    python += sorted((ROOT / "ipms_desktop" / "messages").glob("*.py"))
    forms = sorted((ROOT / "ui").glob("*.ui"))
    return python + forms


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def update_catalogues(folder: Path = TRANSLATIONS_DIR) -> None:
    """Run lupdate for each language, writing ``folder/ipms_<lang>.ts``."""
    sources = [str(path.relative_to(ROOT)) for path in source_files()]
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                TOOL_LANGUAGE[language],
                *sources,
                "-ts",
                str(catalogue(language, folder)),
            ],
            cwd=ROOT,
            check=True,
        )


def release_catalogues(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Build ``ipms_<lang>.qm`` beside each ``.ts``, and ``qt_<lang>.qm`` from our own
    translations of Qt's dialogs where Qt ships none (Kurdish); return the built files."""
    built = []
    sources = [catalogue(language, folder) for language in LANGUAGES]
    sources += sorted(folder.glob("qt_*.ts"))
    for source in sources:
        target = source.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release-only", action="store_true", help="build .qm files without running lupdate"
    )
    args = parser.parse_args(argv)
    if not args.release_only:
        update_catalogues()
    for path in release_catalogues():
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
