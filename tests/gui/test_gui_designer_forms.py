"""The Qt Designer forms and the Python built from them agree, and the first screens stay
cheap to build."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_forms  # noqa: E402

# The screens that can be the first one painted (language choice, unlock).
FIRST_SCREENS = ("language", "unlock")


def test_every_form_module_is_built_from_its_current_form() -> None:
    assert build_forms.stale() == [], "run: python packaging/build_forms.py"
    assert sorted(path.stem for path in build_forms.forms()) == sorted(
        path.stem for path in build_forms.MODULES_DIR.glob("*.py") if path.stem != "__init__"
    ), "a built module whose form is gone"


def test_first_screens_do_not_read_qts_namespace() -> None:
    """Reading ``Qt.`` creates all of its enums (some 12 ms) before the first screen paints."""
    for name in (*FIRST_SCREENS,):
        for path in (
            build_forms.MODULES_DIR / f"{name}.py",
            ROOT / "ipms_desktop" / "gui" / "screens" / f"{name}.py",
        ):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
            assert "Qt" not in names, f"{path.relative_to(ROOT)} reads Qt's namespace"


def test_forms_build_the_named_widgets_the_screens_ask_for(qapp) -> None:
    from PySide6.QtWidgets import QListWidget, QPushButton, QWidget

    from ipms_desktop.gui.designer.language import Ui_LanguageScreen
    from ipms_desktop.gui.forms import child, load_form

    host = QWidget()
    form = load_form(Ui_LanguageScreen, host)
    assert form.parent() is host
    assert child(form, QListWidget, "languageList").minimumHeight() == 130
    assert child(form, QPushButton, "continueButton").isDefault()
