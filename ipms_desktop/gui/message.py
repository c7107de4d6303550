"""How failures and confirmations are put to the assessor: plain words, own buttons.

Core services raise ``IpmsError`` with a message naming what is wrong and what to do; it is
shown as it is. Anything else is a defect: it is still shown (never a silent failure), but
marked as unexpected. Buttons carry our own translated words, never Qt's stock ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ipms_desktop.errors import IpmsError


def error_text(error: BaseException) -> str:
    if type(error).__name__ == "WrongSecretError":
        return QCoreApplication.translate(
            "Messages", "Wrong passphrase. Nothing was changed; try again."
        )
    if isinstance(error, IpmsError):
        return str(error)
    return (
        QCoreApplication.translate("Messages", "Unexpected error (%1): %2")
        .replace("%1", type(error).__name__)
        .replace("%2", str(error))
    )


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Critical, title, error_text(error), QMessageBox.NoButton, parent)
    box.addButton(QCoreApplication.translate("Messages", "Close"), QMessageBox.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe choice is the default."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.NoButton, parent)
    proceed = box.addButton(action, QMessageBox.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is proceed
