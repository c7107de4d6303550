"""How failures and confirmations are put to the assessor: plain words, own buttons.

Core services raise ``IpmsError`` with a registered message (``ipms_desktop.messages``)
naming what is wrong and what to do; it is shown from the catalogues in the assessor's
language, its values filled in as directional isolates. An error without a registered
message is shown as it is. Anything else is a defect: it is still shown (never a silent
failure), but marked as unexpected. Buttons carry our own translated words, never Qt's
stock ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.messages.registry import CONTEXT, Message

if TYPE_CHECKING:
    from ipms_desktop.frameworks.problems import Phrase, Problem
    from ipms_desktop.services.completeness import IncompleteAssessment


def registry_text(message: Message, values: dict[str, str]) -> str:
    """A registered message in the current language, its fields filled in."""
    count = int(values[message.plural_field]) if message.plural_field else -1
    text = QCoreApplication.translate(CONTEXT, message.template, None, count)
    return fill(text, *(values[name] for name in message.fields))


def _translated(error: IpmsError) -> str | None:
    """The assessor's-language sentence for a core failure with a registered message."""
    if error.message is None:
        return None
    from ipms_desktop.services.passphrase_policy import PassphraseRefused

    if isinstance(error, PassphraseRefused):
        # The policy's own sentence says what to do for this verdict, not only the rule.
        from ipms_desktop.gui.widgets.passphrase_feedback import refusal_text

        return refusal_text(error.verdict.reason.value)
    values = dict(error.values)
    for name, detail in error.details.items():
        values[name] = _translated(detail) or values[name]
    from ipms_desktop.services.completeness import IncompleteAssessment

    if isinstance(error, IncompleteAssessment):
        values["listed"] = _unfinished_items(error)
    from ipms_desktop.frameworks.problems import ProblemsFound

    if isinstance(error, ProblemsFound):
        values["problems"] = _problem_list(error.problems, error.named)
    return registry_text(error.message, values)


def phrase_text(phrase: Phrase) -> str:
    """A core phrase in the current language, a phrase inside it translated first."""
    from ipms_desktop.frameworks.problems import Phrase

    values = {
        name: phrase_text(value) if isinstance(value, Phrase) else value
        for name, value in phrase.values.items()
    }
    return registry_text(phrase.message, values)


def problem_text(problem: Problem) -> str:
    """One framework problem in the current language; its place (a JSON path, a sheet and
    cell) kept as typed and left to right."""
    from ipms_desktop.frameworks.problems import Phrase

    what = phrase_text(problem.what)
    if isinstance(problem.location, Phrase):
        where = phrase_text(problem.location)
    elif problem.location:
        where = isolate_ltr(problem.location)
    else:
        return what
    return fill(QCoreApplication.translate("Messages", "%1: %2"), where, what)


def _problem_list(problems: list[Problem], named: int | None) -> str:
    """The problems as one refusal names them: the first ``named``, then how many more."""
    from ipms_desktop.frameworks.problems import phrase
    from ipms_desktop.messages import frameworks as msgs

    shown = problems if named is None else problems[:named]
    entries = [problem_text(problem) for problem in shown]
    if len(problems) > len(shown):
        entries.append(phrase_text(phrase(msgs.MORE_PROBLEMS, count=len(problems) - len(shown))))
    return QCoreApplication.translate("Messages", "; ").join(entries)


# A refusal in a dialog names the first few unfinished items and counts the rest: the
# pre-export check lists them all, and a longer list would not fit a 720-pixel screen.
NAMED_IN_WINDOW = 3


def _unfinished_items(error: IncompleteAssessment) -> str:
    """The refused export's unfinished items as the pre-export check words them."""
    from ipms_desktop.gui.dialogs.pre_export_check import problem_text

    named = error.problems[:NAMED_IN_WINDOW]
    entry = QCoreApplication.translate("Messages", "%1: %2")
    entries = [fill(entry, isolate_ltr(p.item_id), problem_text(p)) for p in named]
    count = len(error.problems) - len(named)
    if count:
        # A number after a colon reads right in every language without plural forms.
        entries.append(fill(QCoreApplication.translate("Messages", "other items: %1"), count))
    return QCoreApplication.translate("Messages", "; ").join(entries)


def error_text(error: BaseException) -> str:
    if isinstance(error, IpmsError):
        text = _translated(error) or str(error)
        # The core writes its sentences to follow "error: " on a terminal.
        return text[:1].upper() + text[1:]
    return fill(
        QCoreApplication.translate("Messages", "Unexpected error (%1): %2"),
        type(error).__name__,
        str(error),
    )


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    # Imported here: the unlock screen, often the first painted, uses this module.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Critical, title, error_text(error), QMessageBox.NoButton, parent)
    box.addButton(QCoreApplication.translate("Messages", "Close"), QMessageBox.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe choice is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.NoButton, parent)
    proceed = box.addButton(action, QMessageBox.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is proceed
