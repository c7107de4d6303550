"""Placing the Qt Designer forms shipped in ``ui/`` on the screens and dialogs.

Static layouts live in ``.ui`` files so they can be edited in Qt Designer; their texts are
extracted by lupdate and translated under the form's class name. Each form is built into a
module of ``gui.designer`` (``packaging/build_forms.py``), whose ``Ui_<Form>`` class a
screen passes here.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

WidgetT = TypeVar("WidgetT", bound=QWidget)


class DesignerForm(Protocol):
    """What ``pyside6-uic`` generates for a form: a class that fills a widget."""

    def setupUi(self, form: QWidget) -> None: ...


def load_form(form_class: type[DesignerForm], host: QWidget) -> QWidget:
    """Build the form ``form_class`` and place it as the only content of ``host``."""
    form = QWidget(host)
    form_class().setupUi(form)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[WidgetT], name: str) -> WidgetT:
    """The named widget of a loaded form; a missing one means the form and code disagree."""
    widget = form.findChild(kind, name)
    if widget is None:
        # Imported here: the first screen uses this module before it paints.
        from ipms_desktop.errors import IpmsError
        from ipms_desktop.messages import gui as msgs

        raise IpmsError(
            msgs.FORM_LACKS_WIDGET, form=form.objectName(), kind=kind.__name__, name=name
        )
    return widget
