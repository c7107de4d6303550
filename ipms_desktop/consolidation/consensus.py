"""The team lead's consensus: individual assessments side by side, agreed scores, and texts.

For one institution and cycle the current individual assessments are compared item by
item and attribute by attribute (individual scores, mean, minimum, maximum, spread).
Each consensus attribute score starts at the individual mean, rounded to the nearest
legal step of the scale, and may be overridden with a justification; the item's overall
is the one the scoring engine suggests from the consensus attributes unless the team
agrees another (again with a justification). Strengths and AFIs are gathered from all
assessors, de-duplicated, and may be edited. Items whose scores spread by the threshold
or more come first, because the meeting discusses them first.

Once started (``consensus_lifecycle``) the consensus rests on the individual revisions
frozen then; newer ones are listed, not used, until the team lead reopens.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ipms_desktop.consolidation.consensus_lifecycle import (
    STATE_OPEN,
    Lifecycle,
    LifecycleEvent,
    assessment_rows,
    current_assessment_rows,
    ensure_started,
    mark_exported,
    read_lifecycle,
)
from ipms_desktop.consolidation.consensus_marks import (
    KEY_AFI,
    KEY_POINT_KINDS,
    KEY_STRENGTH,
    KeyPoint,
    Marks,
    read_marks,
    write_agreed,
    write_key_point,
)
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.incoming import DOCUMENT_FORMAT, DOCUMENT_TYPES, installed_framework
from ipms_desktop.consolidation.merge import utc_now
from ipms_desktop.consolidation.schema import (
    KIND_ASSESSMENT,
    KIND_CONSENSUS,
    OVERALL_ATTRIBUTE,
    bundles,
    consensus_drafts,
    consensus_note_lists,
    consensus_overrides,
)
from ipms_desktop.consolidation.teams import (
    ConsensusStanding,
    consensus_standing,
    describe_conflict,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import AttributeSet, Framework, Item
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.scoring import AssessmentScore, check_score, display, score_sheet
from ipms_desktop.scoring.discussion import (
    Spread,
    discuss_first,
    starting_attributes,
    starting_value,
)
from ipms_desktop.settings import CONSOLIDATION

NOTE_KINDS = ("strengths", "afis")
MEAN_OF_OVERALLS = "starts at the mean of the individual overall scores"
NOT_ASSESSED_BY_ANYONE = "not assessed by any assessor"
NO_CONSENSUS_MERGED = ConsensusStanding((), ())


@dataclass(frozen=True)
class Individual:
    """One assessor's current assessment of the institution."""

    label: str
    assessor_name: str
    bundle_id: str
    assessment_id: str
    revision: int
    signer_fingerprint: str
    document: Mapping[str, Any]
    score: AssessmentScore
    # The signer's key lineage: with ``assessment_id`` it names the assessment across
    # revisions and key renewals.
    signer_identity: str = ""

    @property
    def lineage(self) -> tuple[str, str]:
        return (self.assessment_id, self.signer_identity)


@dataclass(frozen=True)
class NewerRevision:
    """An individual revision merged after the consensus started, not yet used by it."""

    label: str
    assessor_name: str
    assessment_id: str
    revision: int
    bundle_id: str


@dataclass(frozen=True)
class ScoreRow:
    """One attribute of an item, or its overall: individual scores against the consensus."""

    attribute_id: str
    values: tuple[Fraction | None, ...]
    mean: Fraction | None
    minimum: Fraction | None
    maximum: Fraction | None
    spread: Fraction | None
    consensus: Fraction | None
    overridden: bool
    justification: str

    @property
    def is_overall(self) -> bool:
        return self.attribute_id == OVERALL_ATTRIBUTE


@dataclass(frozen=True)
class ItemConsensus:
    item: Item
    attributes: tuple[ScoreRow, ...]
    overall: ScoreRow
    spread: Fraction | None  # of the assessors' overall scores: the spread that flags it
    flagged: bool
    strengths: tuple[str, ...]
    afis: tuple[str, ...]
    edited_notes: frozenset[str]


@dataclass(frozen=True)
class ConsensusView:
    institution: str
    cycle: int
    framework: Framework
    panel_id: str
    threshold: int
    consensus_id: str | None
    last_exported_revision: int
    individuals: tuple[Individual, ...]
    items: tuple[ItemConsensus, ...]
    sheet: Mapping[str, Any]
    score: AssessmentScore
    # Consensus bundles already merged here for the institution, and which count.
    merged: ConsensusStanding = NO_CONSENSUS_MERGED
    state: str = STATE_OPEN
    newer_revisions: tuple[NewerRevision, ...] = ()
    lifecycle: tuple[LifecycleEvent, ...] = ()
    agreed_items: frozenset[str] = frozenset()
    key_points: tuple[KeyPoint, ...] = ()

    @property
    def flagged_items(self) -> list[ItemConsensus]:
        return [item for item in self.items if item.flagged]

    @property
    def items_not_agreed(self) -> list[str]:
        """Item ids not marked agreed, in framework order."""
        return [item_id for item_id in self.framework.items if item_id not in self.agreed_items]

    def key_points_of(self, kind: str) -> list[KeyPoint]:
        """The key points of ``kind`` in framework order."""
        order = {item_id: n for n, item_id in enumerate(self.framework.items)}
        chosen = [point for point in self.key_points if point.kind == kind]
        return sorted(chosen, key=lambda point: order.get(point.item_id, len(order)))

    def individual_names(self, anonymised: bool) -> list[str]:
        return [i.label if anonymised else i.assessor_name for i in self.individuals]


def assessor_label(index: int) -> str:
    """``Assessor A`` ... ``Assessor Z``, then ``Assessor AA`` and so on."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return f"Assessor {letters}"


def _tidy(text: str) -> str:
    """``text`` with each run of white space made one space, and trimmed (``str.split``
    knows the same white space as ``\\s`` in a regular expression, and is far quicker)."""
    return " ".join(text.split())


def normalise_text(text: str) -> str:
    """The comparison key of a strength or AFI: white space collapsed, case folded."""
    return _tidy(text).casefold()


def deduplicate(texts: Sequence[str]) -> list[str]:
    """``texts`` without repeats (compared by ``normalise_text``), first wording kept."""
    seen: set[str] = set()
    kept: list[str] = []
    for text in texts:
        tidy = _tidy(text)
        key = tidy.casefold()  # normalise_text(text), the text tidied once
        if key and key not in seen:
            seen.add(key)
            kept.append(tidy)
    return kept


def _stats(
    attribute_id: str,
    values: tuple[Fraction | None, ...],
    consensus: Fraction | None,
    override: tuple[int, str] | None,
) -> ScoreRow:
    spread = Spread.of(values)
    return ScoreRow(
        attribute_id=attribute_id,
        values=values,
        mean=spread.mean,
        minimum=spread.minimum,
        maximum=spread.maximum,
        spread=spread.spread,
        consensus=Fraction(override[0]) if override else consensus,
        overridden=override is not None,
        justification=override[1] if override else "",
    )


def _assessments_in_use(connection: Connection, institution: str, cycle: int) -> list[Any]:
    """The revisions the consensus uses: frozen ones once started, else the current ones."""
    lifecycle = read_lifecycle(connection, institution, cycle)
    if lifecycle.state == STATE_OPEN:
        return current_assessment_rows(connection, institution, cycle)
    return assessment_rows(connection, sorted(lifecycle.based_on))


def _framework_of(rows: Sequence[Any], institution: str, cycle: int) -> tuple[Framework, str]:
    if not rows:
        raise IpmsError(
            msgs.NO_INDIVIDUAL_ASSESSMENTS_CYCLE_ARE, institution=repr(institution), cycle=cycle
        )
    versions = {(row.framework_id, row.framework_hash, row.panel) for row in rows}
    if len(versions) > 1:
        listed = "; ".join(
            f"{row.signer_name}: {row.framework_id} {row.framework_hash[:19]}... panel {row.panel}"
            for row in rows
        )
        raise IpmsError(
            msgs.ASSESSMENTS_CYCLE_WERE_SCORED_AGAINST,
            institution=repr(institution),
            cycle=cycle,
            listed=listed,
        )
    framework_id, framework_hash, panel = versions.pop()
    return installed_framework(framework_id, framework_hash), panel


def merged_institutions(database: ConsolidationDatabase) -> list[tuple[str, int]]:
    """(institution, cycle) pairs with current individual assessments, newest cycle first,
    so that a team lead picks one instead of typing it."""
    rows = database.read(
        lambda connection: connection.execute(
            select(bundles.c.institution, bundles.c.cycle)
            .where(bundles.c.kind == KIND_ASSESSMENT, bundles.c.is_current)
            .distinct()
        ).all()
    )
    return sorted(((row.institution, int(row.cycle)) for row in rows), key=lambda p: (-p[1], p[0]))


@dataclass(frozen=True)
class StoredConsensus:
    """Everything stored for one consensus, read in one transaction."""

    rows: list[Any]
    current: list[Any]
    draft: Any
    overrides: dict[tuple[str, str], tuple[int, str]]
    notes: dict[tuple[str, str], list[str]]
    merged: ConsensusStanding
    lifecycle: Lifecycle
    marks: Marks


def read_stored(connection: Connection, institution: str, cycle: int) -> StoredConsensus:
    lifecycle = read_lifecycle(connection, institution, cycle)
    current = current_assessment_rows(connection, institution, cycle)
    rows = (
        current
        if lifecycle.state == STATE_OPEN
        else assessment_rows(connection, sorted(lifecycle.based_on))
    )
    key = (consensus_drafts.c.institution == institution, consensus_drafts.c.cycle == cycle)
    draft = connection.execute(select(consensus_drafts).where(*key)).first()
    overrides = connection.execute(
        select(consensus_overrides).where(
            consensus_overrides.c.institution == institution,
            consensus_overrides.c.cycle == cycle,
        )
    )
    notes = connection.execute(
        select(consensus_note_lists).where(
            consensus_note_lists.c.institution == institution,
            consensus_note_lists.c.cycle == cycle,
        )
    )
    return StoredConsensus(
        rows=rows,
        current=current,
        draft=draft,
        overrides={
            (row.item_id, row.attribute_id): (row.value, row.justification) for row in overrides
        },
        notes={(row.item_id, row.note_kind): json.loads(row.texts) for row in notes},
        merged=consensus_standing(connection, institution, cycle),
        lifecycle=lifecycle,
        marks=read_marks(connection, institution, cycle),
    )


def load_consensus(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    *,
    threshold: int | None = None,
) -> ConsensusView:
    """The whole consensus picture for one institution and cycle."""
    stored = database.read(lambda connection: read_stored(connection, institution, cycle))
    return assemble_view(stored, stored.rows, institution, cycle, threshold)


def assemble_view(
    stored: StoredConsensus,
    rows: Sequence[Any],
    institution: str,
    cycle: int,
    threshold: int | None = None,
) -> ConsensusView:
    """The consensus view over the individual revisions ``rows`` (frozen or current)."""
    spread_threshold = CONSOLIDATION.consensus_spread_threshold if threshold is None else threshold
    framework, panel_id = _framework_of(rows, institution, cycle)
    individuals = tuple(_individual(index, row, framework) for index, row in enumerate(rows))
    view = _build_view(
        institution,
        cycle,
        framework,
        panel_id,
        spread_threshold,
        stored.draft,
        individuals,
        stored.overrides,
        stored.notes,
    )
    used = {row.bundle_id for row in rows}
    return replace(
        view,
        merged=stored.merged,
        state=stored.lifecycle.state,
        newer_revisions=_newer_revisions(
            individuals, [r for r in stored.current if r.bundle_id not in used]
        ),
        lifecycle=stored.lifecycle.events,
        agreed_items=stored.marks.agreed & frozenset(framework.items),
        key_points=tuple(p for p in stored.marks.key_points if p.item_id in framework.items),
    )


def display_values(values: Iterable[Fraction | None]) -> str:
    """Scores as a person reads them in a message: ``40, 52.5, -``."""
    shown = [
        "-" if value is None else str(value) if value.denominator == 1 else display(value, 1)
        for value in values
    ]
    return ", ".join(shown) or "none"


def _newer_revisions(
    individuals: tuple[Individual, ...], newer: Sequence[Any]
) -> tuple[NewerRevision, ...]:
    """Current revisions the consensus does not use, labelled as the view labels their
    assessor (a newly arrived assessment gets the next letter)."""
    labels = {individual.lineage: individual.label for individual in individuals}
    next_index = len(individuals)
    listed: list[NewerRevision] = []
    for row in newer:
        label = labels.get((row.assessment_id, row.signer_identity))
        if label is None:
            label = assessor_label(next_index)
            next_index += 1
        listed.append(
            NewerRevision(label, row.signer_name, row.assessment_id, row.revision, row.bundle_id)
        )
    return tuple(listed)


def _individual(index: int, row: Any, framework: Framework) -> Individual:
    document = json.loads(row.document)
    return Individual(
        label=assessor_label(index),
        assessor_name=row.signer_name,
        bundle_id=row.bundle_id,
        assessment_id=row.assessment_id,
        revision=row.revision,
        signer_fingerprint=row.signer_fingerprint,
        document=document,
        score=score_sheet(framework, document),
        signer_identity=row.signer_identity,
    )


def _build_view(
    institution: str,
    cycle: int,
    framework: Framework,
    panel_id: str,
    threshold: int,
    draft: Any,
    individuals: tuple[Individual, ...],
    overrides: Mapping[tuple[str, str], tuple[int, str]],
    edited_notes: Mapping[tuple[str, str], list[str]],
) -> ConsensusView:
    panel = framework.panel(panel_id) or framework.default_panel
    sheet_items: dict[str, Any] = {}
    partial: dict[str, tuple[list[ScoreRow], tuple[Fraction | None, ...]]] = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        overalls = tuple(i.score.items[item_id].overall for i in individuals)
        # chosen together, so that the suggested overall also starts inside the team's range
        starts = starting_attributes(
            attribute_set, [i.score.items[item_id].attributes for i in individuals], overalls
        )
        rows: list[ScoreRow] = []
        for attribute_id in attribute_set.attributes:
            values = tuple(i.score.items[item_id].attributes.get(attribute_id) for i in individuals)
            rows.append(
                _stats(
                    attribute_id,
                    values,
                    starts.get(attribute_id),
                    overrides.get((item_id, attribute_id)),
                )
            )
        partial[item_id] = (rows, overalls)
        sheet_items[item_id] = _sheet_entry(
            attribute_set,
            rows,
            overalls,
            overrides.get((item_id, OVERALL_ATTRIBUTE)),
            individuals,
            item_id,
        )
    sheet = {"panel": panel.id, "items": sheet_items}
    score = score_sheet(framework, sheet)
    items: list[ItemConsensus] = []
    for item_id, item in framework.items.items():
        rows, overalls = partial[item_id]
        override = overrides.get((item_id, OVERALL_ATTRIBUTE))
        overall_row = _stats(OVERALL_ATTRIBUTE, overalls, score.items[item_id].overall, None)
        if override is not None:
            overall_row = _stats(OVERALL_ATTRIBUTE, overalls, None, override)
        spread = overall_row.spread
        strengths = _notes(edited_notes, individuals, item_id, "strengths")
        afis = _notes(edited_notes, individuals, item_id, "afis")
        sheet_items[item_id]["strengths"] = list(strengths)
        sheet_items[item_id]["afis"] = list(afis)
        items.append(
            ItemConsensus(
                item=item,
                attributes=tuple(rows),
                overall=overall_row,
                spread=spread,
                flagged=discuss_first(overalls, threshold),
                strengths=strengths,
                afis=afis,
                edited_notes=frozenset(
                    kind for kind in NOTE_KINDS if (item_id, kind) in edited_notes
                ),
            )
        )
    ordered = [i for i in items if i.flagged] + [i for i in items if not i.flagged]
    return ConsensusView(
        institution=institution,
        cycle=cycle,
        framework=framework,
        panel_id=panel.id,
        threshold=threshold,
        consensus_id=draft.consensus_id if draft else None,
        last_exported_revision=draft.last_exported_revision if draft else 0,
        individuals=individuals,
        items=tuple(ordered),
        sheet=sheet,
        score=score,
    )


def _sheet_entry(
    attribute_set: AttributeSet,
    rows: list[ScoreRow],
    overalls: tuple[Fraction | None, ...],
    overall_override: tuple[int, str] | None,
    individuals: tuple[Individual, ...],
    item_id: str,
) -> dict[str, Any]:
    """The consensus sheet entry of one item (the shape ``score_sheet`` reads)."""
    attributes = {
        row.attribute_id: _number(row.consensus) for row in rows if row.consensus is not None
    }
    entry: dict[str, Any] = {"attributes": attributes}
    if overall_override is not None:
        entry["overall"] = overall_override[0]
        entry["justification"] = overall_override[1]
        return entry
    present = [v for v in overalls if v is not None]
    start = starting_value(attribute_set, overalls)
    if len(attributes) < len(rows) and start is not None:
        entry["overall"] = _number(start)
        entry["justification"] = MEAN_OF_OVERALLS
    elif (
        not attributes
        and not present
        and any(i.score.items[item_id].not_assessed_reason for i in individuals)
    ):
        return {"not_assessed": NOT_ASSESSED_BY_ANYONE}
    return entry


def _number(value: Fraction) -> int:
    return int(value)


def _notes(
    edited: Mapping[tuple[str, str], list[str]],
    individuals: tuple[Individual, ...],
    item_id: str,
    kind: str,
) -> tuple[str, ...]:
    if (item_id, kind) in edited:
        return tuple(edited[(item_id, kind)])
    return tuple(_gathered((individual.document for individual in individuals), item_id, kind))


def _gathered(documents: Iterable[Mapping[str, Any]], item_id: str, kind: str) -> list[str]:
    """Every assessor's strengths or AFIs of an item, each once: the consensus list until
    the team lead edits it."""
    gathered: list[str] = []
    for document in documents:
        entry = document.get("items", {}).get(item_id) or {}
        gathered.extend(entry.get(kind) or [])
    return deduplicate(gathered)


def _item_and_set(
    database: ConsolidationDatabase, institution: str, cycle: int, item_id: str
) -> tuple[Framework, AttributeSet]:
    rows = database.read(lambda connection: _assessments_in_use(connection, institution, cycle))
    framework, panel_id = _framework_of(rows, institution, cycle)
    item = framework.items.get(item_id)
    if item is None:
        raise IpmsError(
            msgs.ITEM_NOT_FRAMEWORK_ITEMS_ARE,
            item_id=repr(item_id),
            framework_id=framework.id,
            items=", ".join(framework.items),
        )
    panel = framework.panel(panel_id) or framework.default_panel
    return framework, framework.attribute_set_for(panel, item)


def set_consensus_score(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    item_id: str,
    attribute_id: str | None,
    value: int | None,
    justification: str = "",
    *,
    by: str | None = None,
) -> None:
    """Override one consensus score (``attribute_id=None``: the item's overall).

    ``value=None`` removes the override, so the score goes back to its starting value.
    Starts the consensus (in the same transaction) when it is not started.
    """
    _, attribute_set = _item_and_set(database, institution, cycle, item_id)
    target = OVERALL_ATTRIBUTE if attribute_id is None else attribute_id
    where = f"item {item_id}, " + ("overall" if attribute_id is None else f"attribute {target}")
    if attribute_id is not None and attribute_id not in attribute_set.attributes:
        raise IpmsError(
            msgs.UNKNOWN_ATTRIBUTE_ATTRIBUTES_ITEM,
            where=where,
            attributes=", ".join(attribute_set.attributes),
        )
    if value is not None:
        check_score(attribute_set, value, where)
        if not justification.strip():
            raise IpmsError(msgs.CONSENSUS_SCORE_OVERRIDES_MEAN_NEEDS, where=where)
    key = (
        consensus_overrides.c.institution == institution,
        consensus_overrides.c.cycle == cycle,
        consensus_overrides.c.item_id == item_id,
        consensus_overrides.c.attribute_id == target,
    )

    def write(connection: Connection) -> None:
        ensure_started(connection, institution, cycle, by)
        connection.execute(delete(consensus_overrides).where(*key))
        if value is not None:
            connection.execute(
                insert(consensus_overrides).values(
                    institution=institution,
                    cycle=cycle,
                    item_id=item_id,
                    attribute_id=target,
                    value=int(value),
                    justification=justification.strip(),
                    set_at=utc_now(),
                )
            )

    database.run_transaction(write)


def set_consensus_notes(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    item_id: str,
    kind: str,
    texts: Sequence[str],
    *,
    by: str | None = None,
) -> KeyPointFollowed | None:
    """Replace the consensus strengths or AFIs of an item (kept de-duplicated); starts the
    consensus when it is not started. The item's key point follows an edited entry."""
    if kind not in NOTE_KINDS:
        raise IpmsError(
            msgs.UNKNOWN_LIST_USE_ONE, kind=repr(kind), note_kinds=", ".join(NOTE_KINDS)
        )
    _item_and_set(database, institution, cycle, item_id)
    kept = deduplicate(texts)
    key = (
        consensus_note_lists.c.institution == institution,
        consensus_note_lists.c.cycle == cycle,
        consensus_note_lists.c.item_id == item_id,
        consensus_note_lists.c.note_kind == kind,
    )

    def write(connection: Connection) -> KeyPointFollowed | None:
        ensure_started(connection, institution, cycle, by)
        previous = _notes_in_use(connection, institution, cycle, item_id, kind)
        connection.execute(delete(consensus_note_lists).where(*key))
        connection.execute(
            insert(consensus_note_lists).values(
                institution=institution,
                cycle=cycle,
                item_id=item_id,
                note_kind=kind,
                texts=json.dumps(kept, ensure_ascii=False),
                set_at=utc_now(),
            )
        )
        return _follow_key_point(connection, institution, cycle, item_id, kind, previous, kept)

    return database.run_transaction(write)


@dataclass(frozen=True)
class KeyPointFollowed:
    """What became of an item's key point when the entry it named was edited or removed:
    ``text`` is the edited entry it now names, or None when it was removed with its entry."""

    item_id: str
    kind: str  # KEY_STRENGTH or KEY_AFI
    previous: str
    text: str | None


def _notes_in_use(
    connection: Connection, institution: str, cycle: int, item_id: str, kind: str
) -> list[str]:
    """The item's consensus strengths or AFIs as the workspace shows them: the team lead's
    list once edited, else the assessors' entries gathered."""
    stored = connection.execute(
        select(consensus_note_lists.c.texts).where(
            consensus_note_lists.c.institution == institution,
            consensus_note_lists.c.cycle == cycle,
            consensus_note_lists.c.item_id == item_id,
            consensus_note_lists.c.note_kind == kind,
        )
    ).scalar()
    if stored is not None:
        return list(json.loads(stored))
    rows = _assessments_in_use(connection, institution, cycle)
    return _gathered((json.loads(row.document) for row in rows), item_id, kind)


def _follow_key_point(
    connection: Connection,
    institution: str,
    cycle: int,
    item_id: str,
    kind: str,
    previous: Sequence[str],
    kept: Sequence[str],
) -> KeyPointFollowed | None:
    """A key point names one entry of the list, and the feedback report quotes it: when that
    entry is edited in place (same position, same number of entries) the key point takes the
    new wording; when it is removed, so is the key point. A key point set with other words
    (``ipms consensus key``) is the team lead's own and stays."""
    key_kind = KEY_STRENGTH if kind == "strengths" else KEY_AFI
    marks = read_marks(connection, institution, cycle)
    point = next((p for p in marks.key_points if p.item_id == item_id and p.kind == key_kind), None)
    if point is None or point.text in kept or point.text not in previous:
        return None
    position = list(previous).index(point.text)
    text = kept[position] if len(kept) == len(previous) else None
    write_key_point(connection, institution, cycle, item_id, key_kind, text)
    return KeyPointFollowed(item_id, key_kind, point.text, text)


def start_consensus(
    database: ConsolidationDatabase, institution: str, cycle: int, *, by: str | None = None
) -> LifecycleEvent | None:
    """Freeze the current individual revisions; None when it was started already."""

    def start(connection: Connection) -> LifecycleEvent | None:
        _framework_of(current_assessment_rows(connection, institution, cycle), institution, cycle)
        return ensure_started(connection, institution, cycle, by)

    return database.run_transaction(start)


def set_item_agreed(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    item_id: str,
    agreed: bool,
    *,
    by: str | None = None,
) -> None:
    """Mark an item agreed (or not); starts the consensus when it is not started."""
    _item_and_set(database, institution, cycle, item_id)

    def write(connection: Connection) -> None:
        ensure_started(connection, institution, cycle, by)
        write_agreed(connection, institution, cycle, item_id, agreed)

    database.run_transaction(write)


def set_key_point(
    database: ConsolidationDatabase,
    institution: str,
    cycle: int,
    item_id: str,
    kind: str,
    text: str | None,
    *,
    by: str | None = None,
) -> None:
    """Set the item's key strength or key area for improvement (``text=None`` removes it)."""
    if kind not in KEY_POINT_KINDS:
        raise IpmsError(
            msgs.UNKNOWN_KEY_POINT_USE_ONE, kind=repr(kind), kinds=", ".join(KEY_POINT_KINDS)
        )
    _item_and_set(database, institution, cycle, item_id)
    kept = None if text is None else _tidy(text)
    if kept is not None and not kept:
        raise IpmsError(msgs.KEY_POINT_NEEDS_TEXT, item_id=item_id, kind=kind)

    def write(connection: Connection) -> None:
        ensure_started(connection, institution, cycle, by)
        write_key_point(connection, institution, cycle, item_id, kind, kept)

    database.run_transaction(write)


def consensus_document(
    view: ConsensusView,
    *,
    consensus_id: str,
    revision: int,
    team_lead_name: str,
    team_lead_fingerprint: str,
) -> dict[str, Any]:
    """The ``ipms-consensus`` document a consensus bundle carries (docs/consolidation.md)."""
    justifications: dict[str, dict[str, str]] = {}
    for item in view.items:
        notes = {row.attribute_id: row.justification for row in item.attributes if row.overridden}
        if notes:
            justifications[item.item.id] = notes
    return {
        "document": DOCUMENT_TYPES[KIND_CONSENSUS],
        "format": DOCUMENT_FORMAT,
        "assessment_id": consensus_id,
        "revision": revision,
        "institution": view.institution,
        "cycle": view.cycle,
        "framework": {"id": view.framework.id, "hash": view.framework.content_hash},
        "panel": view.panel_id,
        "audit_head": based_on_digest(view),
        "team_lead": {"name": team_lead_name, "certificate_fingerprint": team_lead_fingerprint},
        "based_on": [
            {
                "bundle_id": individual.bundle_id,
                "assessment_id": individual.assessment_id,
                "revision": individual.revision,
                "assessor_fingerprint": individual.signer_fingerprint,
            }
            for individual in view.individuals
        ],
        "spread_threshold": view.threshold,
        "attribute_justifications": justifications,
        "items": json.loads(json.dumps(view.sheet["items"])),
        "lifecycle": [event.to_json() for event in view.lifecycle],
        "agreed_items": [
            item_id for item_id in view.framework.items if item_id in view.agreed_items
        ],
        "key_points": key_points_json(view),
    }


def key_points_json(view: ConsensusView) -> dict[str, list[dict[str, str]]]:
    """``{"strengths": [{"item", "text"}], "areas_for_improvement": [...]}``, framework order."""
    return {
        name: [{"item": p.item_id, "text": p.text} for p in view.key_points_of(kind)]
        for name, kind in (("strengths", KEY_STRENGTH), ("areas_for_improvement", KEY_AFI))
    }


def based_on_digest(view: ConsensusView) -> str:
    """The consensus's audit head: SHA-256 over the sorted ids of the bundles it rests on."""
    joined = "\n".join(sorted(individual.bundle_id for individual in view.individuals))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def reserve_export(
    database: ConsolidationDatabase, institution: str, cycle: int
) -> tuple[str, int]:
    """The consensus id and the next revision number, recorded before the bundle is written."""
    return database.run_transaction(
        lambda connection: mark_exported(connection, institution, cycle)
    )


def view_to_json(view: ConsensusView, *, anonymised: bool) -> dict[str, Any]:
    """The ``ipms consensus show --json`` shape: exact numbers as JSON numbers."""
    names = view.individual_names(anonymised)

    def row_json(row: ScoreRow) -> dict[str, Any]:
        return {
            "attribute": "overall" if row.is_overall else row.attribute_id,
            "individual": dict(zip(names, row.values, strict=True)),
            "mean": row.mean,
            "min": row.minimum,
            "max": row.maximum,
            "spread": row.spread,
            "consensus": row.consensus,
            "overridden": row.overridden,
            "justification": row.justification,
        }

    return {
        "institution": view.institution,
        "cycle": view.cycle,
        "framework": view.framework.id,
        "framework_hash": view.framework.content_hash,
        "spread_threshold": view.threshold,
        "individuals": [
            {"name": name, "bundle_id": individual.bundle_id, "revision": individual.revision}
            for name, individual in zip(names, view.individuals, strict=True)
        ],
        "items": [
            {
                "item": item.item.id,
                "spread": item.spread,
                "flagged": item.flagged,
                "rows": [row_json(row) for row in [*item.attributes, item.overall]],
                "strengths": list(item.strengths),
                "afis": list(item.afis),
            }
            for item in view.items
        ],
        "total": view.score.total,
        "band": view.score.band.id if view.score.band else None,
        "provisional": view.score.provisional,
        "merged_consensus": {
            "agreed": view.merged.agreed.bundle_id if view.merged.agreed else None,
            "conflict": view.merged.conflict,
            "counted": describe_conflict(view.merged.counted),
            "set_aside": describe_conflict(view.merged.set_aside),
        },
        "state": view.state,
        "newer_revisions": [
            {
                "assessment_id": newer.assessment_id,
                "revision": newer.revision,
                "assessor": newer.label if anonymised else newer.assessor_name,
            }
            for newer in view.newer_revisions
        ],
        "agreed_items": [i for i in view.framework.items if i in view.agreed_items],
        "key_points": key_points_json(view),
        "lifecycle": [event.to_json() for event in view.lifecycle],
    }
