"""Messages of gui: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

FORM_LACKS_WIDGET = declare(
    "form-lacks-widget",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the form %1 has no %2 '%3'",
    ),
    "form",
    "kind",
    "name",
)
