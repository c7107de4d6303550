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
from ipms_desktop.messages import gui as msgs
from ipms_desktop.resources import forms_dir

WidgetT = TypeVar("WidgetT", bound=QWidget)


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` and place it as the only content of ``host``."""
    path = forms_dir() / f"{name}.ui"
    form_file = QFile(str(path))
    if not form_file.open(QIODevice.ReadOnly):
        raise IpmsError(msgs.FORM_MISSING_REINSTALL_IPMS_DESKTOP, path=path)
    try:
        form = QUiLoader().load(form_file, host)
    finally:
        form_file.close()
    if form is None:
        raise IpmsError(msgs.FORM_CANNOT_READ_REINSTALL_IPMS, path=path)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[WidgetT], name: str) -> WidgetT:
    """The named widget of a loaded form; a missing one means the form and code disagree."""
    widget = form.findChild(kind, name)
    if widget is None:
        raise IpmsError(msgs.FORM_NO, form=form.objectName(), name__=kind.__name__, name=name)
    return widget
