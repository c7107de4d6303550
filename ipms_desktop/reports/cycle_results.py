"""What a cycle's reports show, read once from the consolidation database.

Per institution: the agreed consensus when exactly one counts (the current consensus of
the lead CoMSEC assigned; two that count are a conflict, shown as such), otherwise each
individual assessment; the individual scores item by item with their spread; the
strengths and AFIs (the consensus's, else gathered from the assessors and
de-duplicated); and the headline total of every earlier cycle for the trends.

One bundle must not stop a cycle's reports: when an institution's assessments were scored
against different framework versions, the reports use the version of its consensus (else
the one most of its assessments use) and list the others as set aside; an institution whose
framework is not installed here is set aside whole. Both are named in ``set_aside``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, select

from ipms_desktop.consolidation.consensus import assessor_label, deduplicate
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.consolidation.incoming import installed_framework
from ipms_desktop.consolidation.schema import KIND_CONSENSUS, bundles
from ipms_desktop.consolidation.teams import (
    ConsensusCandidate,
    ConsensusStanding,
    consensus_standing,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework
from ipms_desktop.messages import reports as msgs
from ipms_desktop.scoring import AssessmentScore, displayed_total, score_sheet
from ipms_desktop.scoring.discussion import Spread
from ipms_desktop.settings import CONSOLIDATION


@dataclass(frozen=True)
class ScoredAssessment:
    """One scored document: the consensus, or one assessor's individual assessment."""

    label: str
    is_consensus: bool
    bundle_id: str
    document: Mapping[str, Any]
    score: AssessmentScore
    # Who signed the bundle: shown only to CoMSEC (the calibration sheet) and, for the
    # consensus, as the team lead and the signing certificate in the feedback report.
    signer_name: str = ""
    signer_fingerprint: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class ItemSpread:
    """An item's individual overall scores against the consensus."""

    item_id: str
    values: tuple[Fraction | None, ...]
    mean: Fraction | None
    minimum: Fraction | None
    maximum: Fraction | None
    spread: Fraction | None
    consensus: Fraction | None
    flagged: bool


@dataclass(frozen=True)
class PreviousCycle:
    """The latest earlier cycle's headline figures, for the comparison in the reports."""

    cycle: int
    total: Fraction | None
    is_consensus: bool
    criterion_percents: Mapping[str, Fraction | None]
    framework_id: str


@dataclass(frozen=True)
class InstitutionResults:
    institution: str
    cycle: int
    framework: Framework
    consensus: ScoredAssessment | None
    individuals: tuple[ScoredAssessment, ...]
    threshold: int
    # More than one consensus counts for the institution (consolidation.teams): none is
    # shown as agreed until CoMSEC settles it.
    consensus_conflict: tuple[ConsensusCandidate, ...] = ()
    previous: PreviousCycle | None = None
    # The consensus shown is the team lead's working draft, not an agreed bundle.
    draft_consensus: bool = False

    @property
    def headline(self) -> tuple[ScoredAssessment, ...]:
        """What the summary reports: the consensus where agreed, else every individual."""
        return (self.consensus,) if self.consensus else self.individuals

    def texts(self, item_id: str, key: str) -> list[str]:
        """Strengths (``key="strengths"``) or AFIs (``"afis"``) of one item."""
        sources = [self.consensus] if self.consensus else list(self.individuals)
        gathered: list[str] = []
        for source in sources:
            entry = source.document.get("items", {}).get(item_id) or {}
            gathered.extend(entry.get(key) or [])
        return deduplicate(gathered)

    def item_spreads(self) -> list[ItemSpread]:
        """Each item's individual overall scores against the consensus (computed once)."""
        return self._item_spreads

    @cached_property
    def _item_spreads(self) -> list[ItemSpread]:
        rows = []
        for item_id in self.framework.items:
            values = tuple(i.score.items[item_id].overall for i in self.individuals)
            spread = Spread.of(values)
            rows.append(
                ItemSpread(
                    item_id=item_id,
                    values=values,
                    mean=spread.mean,
                    minimum=spread.minimum,
                    maximum=spread.maximum,
                    spread=spread.spread,
                    consensus=(
                        self.consensus.score.items[item_id].overall if self.consensus else None
                    ),
                    flagged=spread.reaches(self.threshold),  # discuss_first, spread once
                )
            )
        return rows

    def previous_cycle(self) -> PreviousCycle:
        """These figures as the comparison a later cycle's report draws against."""
        percents: dict[str, Fraction | None] = {}
        for criterion in self.framework.criteria:
            values = [
                value
                for a in self.headline
                if (value := a.score.criteria[criterion.id].percent) is not None
            ]
            percents[criterion.id] = sum(values, Fraction(0)) / len(values) if values else None
        return PreviousCycle(
            cycle=self.cycle,
            total=self.headline_total,
            is_consensus=self.consensus is not None,
            criterion_percents=percents,
            framework_id=self.framework.id,
        )

    @property
    def headline_total(self) -> Fraction | None:
        """The consensus total, else the mean of the individual totals (for trends)."""
        totals = [a.score.total for a in self.headline if a.score.total is not None]
        return sum(totals, Fraction(0)) / len(totals) if totals else None

    @property
    def shown_headline_total(self) -> Fraction | None:
        """The headline total as the reports show it (the framework's places): the figure
        institutions are ranked on, so that equal figures get equal ranks."""
        total = self.headline_total
        return None if total is None else displayed_total(self.framework, total)


@dataclass(frozen=True)
class SetAside:
    """A merged bundle the reports leave out, and why."""

    institution: str
    cycle: int
    bundle_id: str
    reason: str

    def describe(self) -> str:
        return f"{self.institution!r}, cycle {self.cycle}: bundle {self.bundle_id} {self.reason}"


@dataclass(frozen=True)
class CycleResults:
    cycle: int
    institutions: tuple[InstitutionResults, ...]
    # institution -> cycle -> headline total, for every cycle up to this one.
    trends: Mapping[str, Mapping[int, Fraction | None]]
    # Bundles of this cycle left out of the reports (see the module's description).
    set_aside: tuple[SetAside, ...] = ()
    # institution -> cycle -> True when that cycle's trend figure is an agreed consensus
    # (else the mean of the individual totals).
    trend_sources: Mapping[str, Mapping[int, bool]] = field(default_factory=dict)
    # institution -> every earlier cycle's results, oldest first (calibration across cycles).
    earlier: Mapping[str, tuple[InstitutionResults, ...]] = field(default_factory=dict)
    # institution -> cycle -> the framework version that cycle's trend figure was scored
    # against, whose rule displays it (``scoring.displayed_total``).
    trend_frameworks: Mapping[str, Mapping[int, Framework]] = field(default_factory=dict)

    @property
    def cycles(self) -> list[int]:
        return sorted({c for per_cycle in self.trends.values() for c in per_cycle})


def load_cycle_results(
    database: ConsolidationDatabase, cycle: int, *, threshold: int | None = None
) -> CycleResults:
    """Everything the workbook and the PDF reports need for ``cycle``."""
    spread_threshold = CONSOLIDATION.consensus_spread_threshold if threshold is None else threshold

    def read(connection: Connection) -> tuple[Any, dict[tuple[int, str], ConsensusStanding]]:
        found = connection.execute(
            select(
                bundles.c.bundle_id,
                bundles.c.kind,
                bundles.c.institution,
                bundles.c.cycle,
                bundles.c.framework_id,
                bundles.c.framework_hash,
                bundles.c.signer_fingerprint,
                bundles.c.signer_name,
                bundles.c.assessment_id,
                bundles.c.created_at,
                bundles.c.document,
            )
            .where(bundles.c.is_current, bundles.c.cycle <= cycle)
            .order_by(
                bundles.c.cycle,
                bundles.c.institution,
                bundles.c.signer_fingerprint,
                bundles.c.assessment_id,
            )
        ).all()
        standings = {
            (row.cycle, row.institution): consensus_standing(connection, row.institution, row.cycle)
            for row in found
            if row.kind == KIND_CONSENSUS
        }
        return found, standings

    rows, standings = database.read(read)
    grouped: dict[tuple[int, str], list[Any]] = {}
    for row in rows:
        grouped.setdefault((row.cycle, row.institution), []).append(row)
    if not any(key[0] == cycle for key in grouped):
        raise IpmsError(msgs.NOTHING_MERGED_CYCLE_MERGE_BUNDLES, cycle=cycle)
    frameworks: dict[tuple[str, str], Framework] = {}
    institutions: list[InstitutionResults] = []
    trends: dict[str, dict[int, Fraction | None]] = {}
    sources: dict[str, dict[int, bool]] = {}
    trend_frameworks: dict[str, dict[int, Framework]] = {}
    earlier: dict[str, list[InstitutionResults]] = {}
    set_aside: list[SetAside] = []
    for (row_cycle, institution), members in grouped.items():
        results, left_out = _institution(
            institution,
            row_cycle,
            members,
            frameworks,
            spread_threshold,
            standings.get((row_cycle, institution)),
        )
        if row_cycle == cycle:
            set_aside.extend(left_out)
        if results is None:
            continue
        trends.setdefault(institution, {})[row_cycle] = results.headline_total
        sources.setdefault(institution, {})[row_cycle] = results.consensus is not None
        trend_frameworks.setdefault(institution, {})[row_cycle] = results.framework
        if row_cycle == cycle:
            institutions.append(results)
        else:
            earlier.setdefault(institution, []).append(results)
    if not institutions:
        raise IpmsError(
            msgs.NOTHING_OF_CYCLE_REPORTED,
            cycle=cycle,
            detail="; ".join(entry.describe() for entry in set_aside[:5]),
        )
    shown = {i.institution for i in institutions}
    with_previous = [
        replace(i, previous=earlier[i.institution][-1].previous_cycle())
        if earlier.get(i.institution)
        else i
        for i in institutions
    ]
    return CycleResults(
        cycle=cycle,
        institutions=tuple(sorted(with_previous, key=lambda i: i.institution)),
        trends={name: per_cycle for name, per_cycle in sorted(trends.items()) if name in shown},
        set_aside=tuple(set_aside),
        trend_sources={name: sources[name] for name in sorted(trends) if name in shown},
        earlier={name: tuple(found) for name, found in earlier.items() if name in shown},
        trend_frameworks={
            name: per_cycle for name, per_cycle in trend_frameworks.items() if name in shown
        },
    )


def _reported_version(members: list[Any]) -> tuple[str, str]:
    """The latest consensus's framework version, else the one most assessments use (a tie
    goes to the later framework id, then hash: a fixed rule, never the order of rows)."""
    consensus_rows = sorted(
        (row for row in members if row.kind == KIND_CONSENSUS), key=lambda row: row.created_at
    )
    if consensus_rows:
        return (consensus_rows[-1].framework_id, consensus_rows[-1].framework_hash)
    counts: dict[tuple[str, str], int] = {}
    for row in members:
        version = (row.framework_id, row.framework_hash)
        counts[version] = counts.get(version, 0) + 1
    return max(counts, key=lambda version: (counts[version], version))


def _institution(
    institution: str,
    cycle: int,
    members: list[Any],
    frameworks: dict[tuple[str, str], Framework],
    threshold: int,
    standing: ConsensusStanding | None,
) -> tuple[InstitutionResults | None, list[SetAside]]:
    version = _reported_version(members)
    left_out = [
        SetAside(
            institution,
            cycle,
            row.bundle_id,
            f"was scored against framework {row.framework_id} {row.framework_hash[:15]}..., "
            f"the others against {version[0]} {version[1][:15]}...; it is left out of the "
            "reports until it is re-scored against that version",
        )
        for row in members
        if (row.framework_id, row.framework_hash) != version
    ]
    members = [row for row in members if (row.framework_id, row.framework_hash) == version]
    if version not in frameworks:
        try:
            frameworks[version] = installed_framework(*version)
        except IpmsError as error:
            left_out.extend(
                SetAside(institution, cycle, row.bundle_id, f"cannot be reported: {error}")
                for row in members
            )
            return None, left_out
    framework = frameworks[version]
    agreed = standing.agreed if standing else None
    consensus_rows = [row for row in members if agreed and row.bundle_id == agreed.bundle_id]
    individual_rows = [row for row in members if row.kind != KIND_CONSENSUS]

    def scored(row: Any, label: str, is_consensus: bool) -> ScoredAssessment:
        document = json.loads(row.document)
        return ScoredAssessment(
            label,
            is_consensus,
            row.bundle_id,
            document,
            score_sheet(framework, document),
            signer_name=row.signer_name,
            signer_fingerprint=row.signer_fingerprint,
            created_at=row.created_at,
        )

    return InstitutionResults(
        institution=institution,
        cycle=cycle,
        framework=framework,
        consensus=scored(consensus_rows[0], "Consensus", True) if consensus_rows else None,
        individuals=tuple(
            scored(row, assessor_label(index), False) for index, row in enumerate(individual_rows)
        ),
        threshold=threshold,
        consensus_conflict=standing.counted if standing and standing.conflict else (),
    ), left_out
