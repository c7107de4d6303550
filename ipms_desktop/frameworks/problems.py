"""What is wrong in a framework file or workbook, kept as data: where, and what.

The validator and the workbook reader report every problem of one file in one run. Each
is a registered message with its values (``ipms_desktop.messages.frameworks``), never a
finished sentence: the command line prints the English of record, the GUI words each
problem in the administrator's language and keeps the location and the values as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import frameworks as msgs
from ipms_desktop.messages.registry import Message


class Phrase(NamedTuple):
    """A registered message with its values. A value is its text as typed, or itself a
    phrase: a row named by its kind ("item '1a'"), or what a bad value was found to be."""

    message: Message
    values: Mapping[str, str | Phrase]

    def __str__(self) -> str:
        return self.message.render({name: str(value) for name, value in self.values.items()})


def phrase(message: Message, **values: object) -> Phrase:
    """``message`` with exactly its declared fields; a value not a phrase is kept as text."""
    kept = {
        name: value if isinstance(value, Phrase) else str(value) for name, value in values.items()
    }
    message.check(kept)
    return Phrase(message, kept)


class Problem(NamedTuple):
    """One problem: where it is (a JSON path such as ``criteria[0].items[1].share``, a
    ``sheet!cell``, a phrase naming a place, or nothing for the whole file) and what."""

    location: str | Phrase
    what: Phrase

    def __str__(self) -> str:
        """The English line of record: ``location: problem``."""
        return f"{self.location}: {self.what}" if str(self.location) else str(self.what)


def error_problem(error: IpmsError) -> Problem:
    """A refusal of the whole file (an unreadable workbook) as the one problem to list."""
    if error.message is None:
        raise TypeError("only a registered message can be listed as a problem") from error
    values: dict[str, str | Phrase] = dict(error.values)
    for name, detail in error.details.items():
        values[name] = error_problem(detail).what
    return Problem("", Phrase(error.message, values))


class ProblemsFound(IpmsError):
    """A framework refused with every problem found; ``problems`` keeps them as data, so
    a front end can word each in its own language (the English list fills ``problems``)."""

    problems: list[Problem]
    # How many problems the sentence names before counting the rest; None names them all.
    named: int | None = None


def english_list(problems: list[Problem], named: int | None) -> str:
    """The problems as the English sentence of record lists them: the first ``named``,
    then how many more."""
    shown = problems if named is None else problems[:named]
    entries = [str(problem) for problem in shown]
    if len(problems) > len(shown):
        entries.append(str(phrase(msgs.MORE_PROBLEMS, count=len(problems) - len(shown))))
    return "; ".join(entries)
