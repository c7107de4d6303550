"""Every failure a person can meet is a registered message, filled as declared, and the
catalogues translate each one into Arabic and Kurdish Sorani."""

from __future__ import annotations

import ast
import importlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import ipms_desktop
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import all_messages
from ipms_desktop.messages.registry import CONTEXT, Message, declare

PACKAGE_ROOT = Path(ipms_desktop.__file__).parent
TRANSLATIONS = PACKAGE_ROOT.parent / "resources" / "translations"
# Arabic has six plural forms, Kurdish Sorani two.
NUMERUS_FORMS = {"ar": 6, "ckb": 2}

# Constructions of an IpmsError that carry no registered message of their own, each with
# the reason it is not one: (file, function) -> why.
ALLOWED_UNREGISTERED = {
    ("errors.py", "revived_error"): "raises again, by its id, a message registered elsewhere",
}


@dataclass(frozen=True)
class Construction:
    """One place that builds an IpmsError (or a subclass)."""

    file: str
    line: int
    function: str
    message: ast.expr | None
    keywords: tuple[str, ...] | None  # None when ``**values`` passes them on


def _error_classes(trees: dict[Path, ast.Module]) -> dict[str, int]:
    """Every IpmsError class by name, with the position of its message argument."""
    classes = {"IpmsError": 0}
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef) or node.name in classes:
                    continue
                if any(isinstance(b, ast.Name) and b.id in classes for b in node.bases):
                    classes[node.name] = _message_position(node)
                    changed = True
    return classes


def _message_position(node: ast.ClassDef) -> int:
    """Where a subclass takes its message: after ``reason`` for the rejection classes, or
    -1 for a class that builds its own registered message from its arguments."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            names = [a.arg for a in item.args.args[1:]]
            return names.index("message") if "message" in names else -1
    return 0


def _enclosing_functions(tree: ast.Module) -> dict[int, str]:
    found: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    found.setdefault(id(inner), node.name)
    return found


def _constructions() -> list[Construction]:
    files = [
        path
        for path in sorted(PACKAGE_ROOT.rglob("*.py"))
        if path.relative_to(PACKAGE_ROOT).parts[0] != "messages"
    ]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    classes = _error_classes(trees)
    found = []
    for path, tree in trees.items():
        functions = _enclosing_functions(tree)
        for node in ast.walk(tree):
            call = node
            is_super = (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "__init__"
                and isinstance(call.func.value, ast.Call)
                and isinstance(call.func.value.func, ast.Name)
                and call.func.value.func.id == "super"
            )
            if not isinstance(call, ast.Call):
                continue
            if isinstance(call.func, ast.Name) and call.func.id in classes:
                position = classes[call.func.id]
                if position < 0:
                    continue  # the class builds its registered message itself (checked below)
            elif is_super and functions.get(id(call)) == "__init__":
                position = 0
                owner = next(
                    c.name
                    for c in ast.walk(tree)
                    if isinstance(c, ast.ClassDef) and call in list(ast.walk(c))
                )
                if owner not in classes or classes[owner] >= 0:
                    continue  # a pass-through constructor: its callers are checked
            else:
                continue
            message = call.args[position] if len(call.args) > position else None
            passes_on = any(k.arg is None for k in call.keywords)
            keywords = None if passes_on else tuple(k.arg for k in call.keywords if k.arg)
            found.append(
                Construction(
                    str(path.relative_to(PACKAGE_ROOT)),
                    call.lineno,
                    functions.get(id(call), ""),
                    message,
                    keywords,
                )
            )
    return found


def _registered(expression: ast.expr | None, module: str) -> list[Message] | None:
    """The registered messages an argument names (``msgs.NAME``, or either branch of a
    conditional), or None when it is something else."""
    if isinstance(expression, ast.Attribute) and isinstance(expression.value, ast.Name):
        if expression.value.id != "msgs":
            return None
        message = getattr(importlib.import_module(module), expression.attr, None)
        return [message] if isinstance(message, Message) else None
    if isinstance(expression, ast.IfExp):
        body, orelse = _registered(expression.body, module), _registered(expression.orelse, module)
        return body + orelse if body is not None and orelse is not None else None
    return None


def _is_reraise(expression: ast.expr | None) -> bool:
    """``error.message or ...``: a caught error's own registered message, passed on."""
    return (
        isinstance(expression, ast.BoolOp)
        and isinstance(expression.values[0], ast.Attribute)
        and expression.values[0].attr == "message"
    )


def _messages_module(file: str) -> str:
    tree = ast.parse((PACKAGE_ROOT / file).read_text(encoding="utf-8"))
    # Also imports inside functions: modules on the path to the first screen import their
    # messages where an error is raised.
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "ipms_desktop.messages":
            for alias in node.names:
                if alias.asname == "msgs":
                    return f"ipms_desktop.messages.{alias.name}"
    return ""


def test_every_error_a_person_meets_is_a_registered_message() -> None:
    constructions = _constructions()
    unregistered = []
    wrong_fields = []
    for found in constructions:
        messages = _registered(found.message, _messages_module(found.file))
        if messages is None:
            if _is_reraise(found.message) and found.keywords is None:
                continue
            if (found.file, found.function) not in ALLOWED_UNREGISTERED:
                unregistered.append(f"{found.file}:{found.line}")
            continue
        for message in messages:
            if found.keywords is not None and set(found.keywords) != message.names:
                wrong_fields.append(
                    f"{found.file}:{found.line} fills {sorted(found.keywords)}, "
                    f"{message.id} declares {sorted(message.names)}"
                )
    assert not unregistered, unregistered
    assert not wrong_fields, wrong_fields
    # The walk really sees the raise sites (hundreds of them), not an empty set.
    assert len(constructions) > 300


def test_a_class_that_builds_its_message_builds_a_registered_one() -> None:
    from ipms_desktop.frameworks.problems import Problem, phrase
    from ipms_desktop.frameworks.validation import FrameworkInvalid
    from ipms_desktop.frameworks.xlsx import FrameworkWorkbookInvalid
    from ipms_desktop.messages import frameworks as framework_messages
    from ipms_desktop.services.completeness import IncompleteAssessment, ItemProblem, ProblemCode
    from ipms_desktop.services.passphrase_policy import require_acceptable

    not_a_list = phrase(
        framework_messages.MUST_BE_LIST, found=phrase(framework_messages.FOUND_NOTHING)
    )
    empty = phrase(framework_messages.EMPTY_NOT_WHOLE_NUMBER, column="points")
    built = [
        FrameworkInvalid("efqm.json", [Problem("criteria", not_a_list)] * 27),
        FrameworkWorkbookInvalid(Path("x.xlsx"), [Problem("criteria!C2", empty)] * 2),
        IncompleteAssessment("0f" * 16, [ItemProblem("9b", ProblemCode.NOT_SCORED)]),
    ]
    with pytest.raises(IpmsError) as refused:
        require_acceptable("abc", "the new passphrase")
    built.append(refused.value)
    for error in built:
        assert error.message is not None
        assert str(error) == error.message.render(error.values)


# Calls that fill a registered message to keep it as data (a framework problem, a phrase
# inside one): the message is an argument, its values the keywords.
_PHRASE_CALLS = {"phrase", "problem", "report"}


def test_every_problem_fills_the_fields_its_message_declares() -> None:
    checked = 0
    wrong = []
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        file = str(path.relative_to(PACKAGE_ROOT))
        if file.startswith("messages"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            if name not in _PHRASE_CALLS:
                continue
            for argument in call.args:
                messages = _registered(argument, _messages_module(file))
                if messages is None:
                    continue
                keywords = {k.arg for k in call.keywords}
                checked += 1
                if None not in keywords and keywords != messages[0].names:
                    wrong.append(
                        f"{file}:{call.lineno} fills {sorted(keywords)}, "
                        f"{messages[0].id} declares {sorted(messages[0].names)}"
                    )
    assert not wrong, wrong
    # The framework validator and workbook reader name their problems this way.
    assert checked > 60


def test_fields_filled_must_be_the_fields_declared() -> None:
    from ipms_desktop.messages import store as store_messages

    with pytest.raises(TypeError):
        IpmsError(store_messages.BACKUP_MISSING)
    with pytest.raises(TypeError):
        IpmsError(store_messages.BACKUP_MISSING, backup_file="a", extra="b")
    error = IpmsError(store_messages.BACKUP_MISSING, backup_file=Path("/media/b.db"))
    assert str(error) == "backup /media/b.db does not exist"
    assert error.message_id == "backup-missing"


def test_a_template_declares_exactly_its_placeholders() -> None:
    with pytest.raises(ValueError):
        declare("test-missing-field", "%1 and %2", "only_one")
    with pytest.raises(ValueError):
        declare("test-count-not-used", "no count here", count="count")


def test_the_registry_holds_every_area() -> None:
    messages = all_messages()
    assert len(messages) > 300
    assert all(message_id == message.id for message_id, message in messages.items())


def _catalogue(language: str) -> dict[str, ET.Element]:
    root = ET.parse(TRANSLATIONS / f"ipms_{language}.ts").getroot()
    entries = {}
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                entries[message.findtext("source") or ""] = message
    return entries


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_every_message_is_translated_in_the_catalogue(language: str) -> None:
    entries = _catalogue(language)
    problems = []
    for message in all_messages().values():
        entry = entries.get(message.template)
        if entry is None:
            problems.append(f"{message.id}: not in the catalogue")
            continue
        translation = entry.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{message.id}: unfinished")
            continue
        if message.plural_field:
            if len(forms) != NUMERUS_FORMS[language] or not all(f.strip() for f in forms):
                problems.append(f"{message.id}: plural forms missing")
                continue
        else:
            forms = [translation.text or ""]
        # The count may be written in words in the singular and dual forms, not in the last.
        if message.plural_field and "%n" not in forms[-1]:
            problems.append(f"{message.id}: the last plural form lacks %n")
        for form in forms:
            used = set(re.findall(r"%[1-9]", form))
            wanted = {f"%{i}" for i in range(1, len(message.fields) + 1)}
            has_words = re.search(r"[A-Za-z]{2}", re.sub(r"%[1-9n]", "", message.template))
            if used != wanted or (has_words and not _ARABIC_SCRIPT.search(form)):
                problems.append(f"{message.id}: {form!r}")
    assert not problems, problems
