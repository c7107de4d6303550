"""Loading the Qt Designer forms shipped in ``ui/`` at run time.

Static layouts live in ``.ui`` files so they can be edited in Qt Designer; their texts
are extracted by lupdate and translated by QUiLoader under the form's class name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ipms_desktop.errors import IpmsError
from ipms_desktop.resources import forms_dir

WidgetT = TypeVar("WidgetT", bound=QWidget)


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` and place it as the only content of ``host``."""
    path = forms_dir() / f"{name}.ui"
    form_file = QFile(str(path))
    if not form_file.open(QIODevice.ReadOnly):
        raise IpmsError(f"the form {path} is missing; reinstall IPMS Desktop")
    try:
        form = QUiLoader().load(form_file, host)
    finally:
        form_file.close()
    if form is None:
        raise IpmsError(f"the form {path} cannot be read; reinstall IPMS Desktop")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[WidgetT], name: str) -> WidgetT:
    """The named widget of a loaded form; a missing one means the form and code disagree."""
    widget = form.findChild(kind, name)
    if widget is None:
        raise IpmsError(f"the form {form.objectName()} has no {kind.__name__} '{name}'")
    return widget
