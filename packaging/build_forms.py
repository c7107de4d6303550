"""Build the Python modules of the Qt Designer forms in ``ui/``.

``python packaging/build_forms.py`` runs pyside6-uic over every ``ui/<name>.ui`` and writes
``ipms_desktop/gui/designer/<name>.py``, keeping from the generated imports only the names
the form uses. The built modules are committed (a test checks they match their forms), so
the application needs no build step and no QUiLoader at run time: a compiled form builds
in under a millisecond, where QUiLoader costs the first screen some 20 ms, and importing
every name uic lists would create enums the form never touches. ``--check`` only reports
forms whose module is out of date.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

from build_translations import tool

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "ui"
MODULES_DIR = ROOT / "ipms_desktop" / "gui" / "designer"


def forms() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def module_path(form: Path, folder: Path = MODULES_DIR) -> Path:
    return folder / f"{form.stem}.py"


def _used_names(tree: ast.Module) -> set[str]:
    return {
        node.id
        for statement in tree.body
        if not isinstance(statement, ast.ImportFrom | ast.Import)
        for node in ast.walk(statement)
        if isinstance(node, ast.Name)
    }


def compiled_form(form: Path) -> str:
    """The module text for ``form``: uic's class, imports trimmed to what it uses."""
    generated = subprocess.run(
        [tool("pyside6-uic"), "--no-autoconnection", str(form)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tree = ast.parse(generated)
    used = _used_names(tree)
    imports: list[str] = []
    body_start = 0
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom):
            names = sorted(alias.name for alias in statement.names if alias.name in used)
            if names:
                imports.append(f"from {statement.module} import {', '.join(names)}")
            body_start = statement.end_lineno or body_start
    body = "\n".join(generated.splitlines()[body_start:]).strip()
    header = (
        f'"""Built from ui/{form.name} by packaging/build_forms.py: edit the form, not this '
        'file."""\n'
    )
    return header + "\n" + "\n".join(imports) + "\n\n\n" + body + "\n"


def build(folder: Path = MODULES_DIR) -> list[Path]:
    """Write every form's module into ``folder``; return the modules written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for form in forms():
        target = module_path(form, folder)
        target.write_text(compiled_form(form), encoding="utf-8")
        written.append(target)
    return written


def stale() -> list[Path]:
    """Forms whose committed module differs from what their form builds."""
    return [
        form
        for form in forms()
        if not module_path(form).is_file()
        or module_path(form).read_text(encoding="utf-8") != compiled_form(form)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args()
    if args.check:
        out_of_date = stale()
        for form in out_of_date:
            print(f"{module_path(form).relative_to(ROOT)} is out of date with {form.name}")
        return 1 if out_of_date else 0
    for path in build():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
