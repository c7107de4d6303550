"""Messages of gui: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

FORM_MISSING_REINSTALL_IPMS_DESKTOP = declare(
    "form-missing-reinstall-ipms-desktop",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the form %1 is missing; reinstall IPMS Desktop",
    ),
    "path",
)
FORM_CANNOT_READ_REINSTALL_IPMS = declare(
    "form-cannot-read-reinstall-ipms",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the form %1 cannot be read; reinstall IPMS Desktop",
    ),
    "path",
)
FORM_NO = declare(
    "form-no",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the form %1 has no %2 '%3'",
    ),
    "form",
    "name__",
    "name",
)
