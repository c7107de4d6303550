"""The layering the code relies on: the core imports no Qt, and no screen talks SQL."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import ipms_desktop

PACKAGE_ROOT = Path(ipms_desktop.__file__).parent
# The PDF report writer uses Qt's PDF engine (for Arabic shaping), importing it only inside
# its functions; importing the module itself must stay Qt-free like the rest of the core.
CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages([str(PACKAGE_ROOT)], prefix="ipms_desktop.")
    if not info.name.startswith("ipms_desktop.gui")
    and ".migrations." not in info.name
    and info.name != "ipms_desktop.__main__"
)


def test_core_modules_import_no_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    assert len(CORE_MODULES) > 40


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_gui_module_imports_sqlalchemy() -> None:
    offenders = [
        str(path.relative_to(PACKAGE_ROOT))
        for path in (PACKAGE_ROOT / "gui").rglob("*.py")
        if any(name.split(".")[0] in {"sqlalchemy", "alembic"} for name in _imported_modules(path))
    ]
    assert offenders == []


def test_no_core_module_imports_a_screen() -> None:
    offenders = [
        str(path.relative_to(PACKAGE_ROOT))
        for path in PACKAGE_ROOT.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE_ROOT).parts
        and any(name.startswith("ipms_desktop.gui") for name in _imported_modules(path))
    ]
    assert offenders == []
