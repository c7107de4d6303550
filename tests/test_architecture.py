"""The layering the code relies on: the core and its services import no Qt, every module
under ``gui/`` is a Qt module, and no screen talks SQL."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import ipms_desktop

PACKAGE_ROOT = Path(ipms_desktop.__file__).parent
QT_PACKAGES = {"PySide6", "shiboken6"}
# The PDF report writer uses Qt's PDF engine (for Arabic shaping), importing it only inside
# its functions; importing the module itself must stay Qt-free like the rest of the core.
FUNCTION_LOCAL_QT = {"reports/feedback_pdf.py"}
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


def _top_level_imports(path: Path) -> set[str]:
    """Modules a file imports at module level (not inside functions or classes)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


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


def _python_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if path.name != "__init__.py")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_gui_module_imports_qt() -> None:
    """A Qt-free module under ``gui/`` is core logic in the wrong place: it belongs in
    ``services`` or the core, where the command line can use it too. A module counts as
    Qt when it imports Qt itself, or imports a gui module that does (the launcher imports
    the application only once it has paused the garbage collector)."""
    modules = {_module_name(path): path for path in _python_files(PACKAGE_ROOT / "gui")}
    qt_modules = {
        name
        for name, path in modules.items()
        if any(imported.split(".")[0] in QT_PACKAGES for imported in _imported_modules(path))
    }
    grew = True
    while grew:
        grew = False
        for name, path in modules.items():
            if name not in qt_modules and _imported_modules(path) & qt_modules:
                qt_modules.add(name)
                grew = True
    assert sorted(set(modules) - qt_modules) == []
    assert len(modules) > 30, "the walk found the GUI's modules"


# Only the operations module starts threads: every window queues its work there, so one
# resource's work never runs twice at once and every failure reaches the status line.
THREAD_NAMES = ("QThreadPool", "QRunnable", "QThread", "threading", "concurrent")


def test_only_the_operations_module_starts_background_work() -> None:
    offenders = []
    for path in _python_files(PACKAGE_ROOT / "gui"):
        if path.name == "operations.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {name}" for name in THREAD_NAMES if name in text]
    assert offenders == []


def test_product_package_holds_no_developer_tooling() -> None:
    """Screenshot scripts (fixed passphrases, throw-away profiles) live in ``tools/``."""
    tooling = [path for path in PACKAGE_ROOT.rglob("*screenshot*")]
    assert tooling == []
    assert (PACKAGE_ROOT.parent / "tools" / "screenshots.py").is_file()
    for path in _python_files(PACKAGE_ROOT):
        assert not any(name.split(".")[0] == "tools" for name in _imported_modules(path)), path


def test_no_module_outside_gui_imports_qt() -> None:
    """Outside ``gui/`` only the PDF writer touches Qt, and only inside its functions."""
    offenders = []
    for path in _python_files(PACKAGE_ROOT):
        relative = path.relative_to(PACKAGE_ROOT)
        if relative.parts[0] == "gui" or relative.as_posix() in FUNCTION_LOCAL_QT:
            continue
        if any(name.split(".")[0] in QT_PACKAGES for name in _imported_modules(path)):
            offenders.append(relative.as_posix())
    assert offenders == []
    for exception in FUNCTION_LOCAL_QT:
        assert not any(
            name.split(".")[0] in QT_PACKAGES
            for name in _top_level_imports(PACKAGE_ROOT / exception)
        ), f"{exception} may import Qt only inside its functions"


def test_services_import_no_qt_and_no_screen() -> None:
    """The service layer exists and is used by both front ends without Qt."""
    services = sorted(
        info.name
        for info in pkgutil.walk_packages(
            [str(PACKAGE_ROOT / "services")], prefix="ipms_desktop.services."
        )
    )
    assert set(services) >= {
        "ipms_desktop.services.passphrase_policy",
        "ipms_desktop.services.completeness",
        "ipms_desktop.services.assessment_export",
        "ipms_desktop.services.profiles",
        "ipms_desktop.services.training",
        "ipms_desktop.services.authority_folder",
        "ipms_desktop.services.consolidation_session",
    }
    script = (
        "import importlib, sys\n"
        f"for name in {services!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
        "print(sorted(m for m in sys.modules if m.startswith('ipms_desktop.gui')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]
    for name in ("cli", "gui"):
        users = [
            path
            for path in (PACKAGE_ROOT / name).rglob("*.py")
            if any(
                imported.startswith("ipms_desktop.services") for imported in _imported_modules(path)
            )
        ]
        assert users, f"no {name} module uses the service layer"


def test_front_ends_and_services_see_the_profile_through_its_protocol() -> None:
    """Windows and services are typed against ``services.open_profile.OpenProfile``, never
    the store's ``Profile`` class (its database, transactions and lock stay inside)."""
    offenders = [
        path.relative_to(PACKAGE_ROOT).as_posix()
        for folder in ("gui", "services")
        for path in _python_files(PACKAGE_ROOT / folder)
        if "ipms_desktop.store.profile" in _imported_modules(path)
    ]
    assert offenders == []
