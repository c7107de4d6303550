"""``profile.scores``: the assessor's entries for one item, one saved edit each.

Each method checks the new value against the framework (legal steps, a justification where
the overall departs from the attributes) inside its transaction, before writing: a refused
value raises ``IpmsError`` and leaves nothing behind. A value equal to the saved one writes
nothing and records no audit event.
"""

from __future__ import annotations

from collections.abc import Sequence

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.scoring import parse_item_entry, score_item
from ipms_desktop.store.assessment_rows import (
    Frameworks,
    item_state,
    replace_texts,
    save_item,
    texts_of,
)
from ipms_desktop.store.records import TEXT_KINDS
from ipms_desktop.store.transactions import Transactions


class Scores:
    """Attribute scores, the agreed overall, the not-assessed mark and the item's texts."""

    def __init__(self, transactions: Transactions, frameworks: Frameworks) -> None:
        self._transactions = transactions
        self._frameworks = frameworks

    def set_attribute(
        self, assessment_id: str, item_id: str, attribute: str, value: int | None
    ) -> None:
        """Set (or clear, with ``None``) one attribute score; illegal steps are refused."""
        with self._transactions.writing() as edit:
            connection = edit.connection
            framework, panel, _ = self._frameworks.item_context(connection, assessment_id, item_id)
            current = item_state(connection, assessment_id, item_id)
            attributes = dict(current["attributes"])
            old = attributes.get(attribute)
            if value is None:
                attributes.pop(attribute, None)
            else:
                attributes[attribute] = value
            entry = parse_item_entry(
                framework, panel, framework.items[item_id], {**current, "attributes": attributes}
            )
            normalised = {key: int(score) for key, score in entry.attributes.items()}
            new = normalised.get(attribute)
            if new == old:
                return
            save_item(connection, assessment_id, item_id, {**current, "attributes": normalised})
            edit.audit(assessment_id, item_id, f"attributes.{attribute}", old, new)

    def set_overall(
        self, assessment_id: str, item_id: str, value: int | None, justification: str = ""
    ) -> None:
        """Set the agreed overall with its justification (required when it departs)."""
        with self._transactions.writing() as edit:
            connection = edit.connection
            framework, panel, _ = self._frameworks.item_context(connection, assessment_id, item_id)
            current = item_state(connection, assessment_id, item_id)
            proposed = {**current, "overall": value, "justification": justification or None}
            entry = parse_item_entry(framework, panel, framework.items[item_id], proposed)
            score_item(framework, panel, framework.items[item_id], entry)
            new_overall = None if entry.overall is None else int(entry.overall)
            old = {"overall": current["overall"], "justification": current["justification"]}
            new = {"overall": new_overall, "justification": entry.justification or None}
            if old == new:
                return
            save_item(connection, assessment_id, item_id, {**current, **new})
            edit.audit(assessment_id, item_id, "overall", old, new)

    def set_not_assessed(self, assessment_id: str, item_id: str, reason: str | None) -> None:
        """Mark an item not assessed (with the reason), or clear the mark with ``None``."""
        with self._transactions.writing() as edit:
            connection = edit.connection
            framework, panel, _ = self._frameworks.item_context(connection, assessment_id, item_id)
            current = item_state(connection, assessment_id, item_id)
            parse_item_entry(
                framework, panel, framework.items[item_id], {**current, "not_assessed": reason}
            )
            if reason == current["not_assessed"]:
                return
            save_item(connection, assessment_id, item_id, {**current, "not_assessed": reason})
            edit.audit(assessment_id, item_id, "not_assessed", current["not_assessed"], reason)

    def set_texts(self, assessment_id: str, item_id: str, kind: str, texts: Sequence[str]) -> None:
        """Replace an item's strengths, AFIs or site-visit issues (in order)."""
        if kind not in TEXT_KINDS:
            raise IpmsError(
                msgs.UNKNOWN_TEXT_KIND_USE_ONE, kind=repr(kind), text_kinds=", ".join(TEXT_KINDS)
            )
        if isinstance(texts, str) or not all(isinstance(text, str) for text in texts):
            raise IpmsError(msgs.ITEM_MUST_LIST_TEXTS_2, item_id=item_id, kind=kind)
        new = list(texts)
        with self._transactions.writing() as edit:
            connection = edit.connection
            self._frameworks.item_context(connection, assessment_id, item_id)
            old = texts_of(connection, assessment_id, item_id, kind)
            if old == new:
                return
            replace_texts(connection, assessment_id, item_id, kind, new)
            edit.audit(assessment_id, item_id, kind, old, new)
