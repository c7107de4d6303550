"""How failures and confirmations are put to the assessor: plain words, own buttons.

Core services raise ``IpmsError`` with a message naming what is wrong and what to do. The
failures an assessor meets carry a message id, and are shown in the assessor's language;
others are shown as they are. Anything else is a defect: it is still shown (never a silent
failure), but marked as unexpected. Buttons carry our own translated words, never Qt's stock ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.i18n import fill


def _translated(error: IpmsError) -> str | None:
    """The assessor's-language sentence for a core failure that carries a message id."""
    values = error.values
    match error.message_id:
        case "wrong-passphrase":
            return QCoreApplication.translate(
                "Messages", "Wrong passphrase. Nothing was changed; try again."
            )
        case "wrong-recovery-code":
            return QCoreApplication.translate(
                "Messages",
                "This recovery code does not open the profile. Nothing was changed; check the "
                "code you wrote down.",
            )
        case "disk-full":
            text = QCoreApplication.translate(
                "Messages",
                "Not enough disk space to write %1. Free some space or choose another drive, "
                "then try again. Nothing was changed.",
            )
            return fill(text, values["target"])
        case "folder-missing":
            text = QCoreApplication.translate(
                "Messages",
                "Cannot write %1: the folder %2 does not exist. Create it or choose another. "
                "Nothing was changed.",
            )
            return fill(text, values["target"], values["folder"])
        case "write-failed":
            text = QCoreApplication.translate(
                "Messages",
                "Could not write %1 (%2). Check the drive (reinsert a removable one) and its "
                "permissions, then try again. Nothing was changed.",
            )
            return fill(text, values["target"], values["reason"])
        case "evidence-too-large":
            text = QCoreApplication.translate(
                "Messages",
                "The file %1 is %2 MB, over the limit of %3 MB a file. Attach a smaller file, "
                "for example a compressed PDF or an excerpt.",
            )
            return fill(text, values["name"], values["size_mb"], values["limit_mb"])
        case "profile-in-use":
            text = QCoreApplication.translate(
                "Messages",
                "This profile is open in another IPMS window (%1). Close that window first.",
            )
            return fill(text, values["holder"])
        case "passphrase-refused":
            from ipms_desktop.gui.widgets.passphrase_feedback import refusal_text

            return refusal_text(values["reason"], values)
        case "assessment-incomplete":
            text = QCoreApplication.translate(
                "Messages",
                "Items not finished: %1, the first is %2. Score each one or mark it not "
                "assessed with a reason, then export again. Nothing was exported.",
            )
            return fill(text, values["count"], values["first"])
        case "export-revision-moved":
            return QCoreApplication.translate(
                "Messages",
                "This assessment was exported meanwhile. Start the export again; nothing was "
                "written.",
            )
        case "training-keys-not-followed":
            text = QCoreApplication.translate(
                "Messages",
                "The passphrase was changed, but the training CA's key file %1 still opens "
                "only with the passphrase it was made with.",
            )
            return fill(text, values["file"])
        case "backup-exists":
            text = QCoreApplication.translate(
                "Messages",
                "%1 already exists. Choose another name or folder: a backup never replaces "
                "another.",
            )
            return fill(text, values["target"])
        case "backup-keyslots-missing":
            text = QCoreApplication.translate(
                "Messages",
                "The backup's key-slot file %1 is missing. Copy it beside the backup, as the "
                "backup wrote it, and try again. Nothing was restored.",
            )
            return fill(text, values["target"])
        case "backup-missing":
            text = QCoreApplication.translate(
                "Messages", "The backup %1 does not exist. Choose the backup file again."
            )
            return fill(text, values["target"])
        case "backup-unusable":
            text = QCoreApplication.translate(
                "Messages",
                "The backup %1 cannot be restored: it is damaged or belongs to another "
                "profile (%2). Choose another backup. Nothing was restored.",
            )
            return fill(text, values["target"], values["detail"])
        case "institution-name-too-long":
            text = QCoreApplication.translate(
                "Messages", "An institution's name can have at most %1 characters; shorten it."
            )
            return fill(text, values["limit"])
        case "consolidation-target-not-file":
            text = QCoreApplication.translate(
                "Messages",
                "%1 is a folder or not a file name. Name the consolidation file inside it, "
                "for example team.ipmsdb.",
            )
            return fill(text, values["target"])
        case "trust-file-rejected":
            text = QCoreApplication.translate(
                "Messages",
                "These trust settings cannot be used (%1). Ask CoMSEC for a current trust "
                "settings file.",
            )
            return fill(text, values["detail"])
        case "trust-crl-older":
            text = QCoreApplication.translate(
                "Messages",
                "These trust settings (serial %1) carry an older list of withdrawn "
                "certificates than the one already in use; installing them would make "
                "withdrawn certificates valid again. Ask CoMSEC for the newest trust settings.",
            )
            return fill(text, values["serial"])
    return None


def error_text(error: BaseException) -> str:
    if isinstance(error, IpmsError):
        return _translated(error) or str(error)
    return fill(
        QCoreApplication.translate("Messages", "Unexpected error (%1): %2"),
        type(error).__name__,
        str(error),
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
