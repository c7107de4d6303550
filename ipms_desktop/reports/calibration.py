"""How far each assessor's individual scores sit from the agreed consensus.

For CoMSEC only (it names the assessors): per assessor and criterion, the mean over the
institutions they assessed of (their criterion percentage − the consensus's), in
percentage points; positive means they scored above the team's consensus. Only
institutions with an agreed consensus count. Once for the cycle reported, and once over
every cycle in the database up to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from ipms_desktop.reports.cycle_results import CycleResults, InstitutionResults


@dataclass(frozen=True)
class CalibrationRow:
    assessor: str
    this_cycle: bool
    institutions: int
    # criterion id -> mean deviation from the consensus (percentage points)
    deviations: Mapping[str, Fraction | None]


def _rows(institutions: Iterable[InstitutionResults], this_cycle: bool) -> list[CalibrationRow]:
    sums: dict[str, dict[str, list[Fraction]]] = {}
    counted: dict[str, set[tuple[str, int]]] = {}
    order: list[str] = []
    for institution in institutions:
        consensus = institution.consensus
        if consensus is None:
            continue
        for individual in institution.individuals:
            name = individual.signer_name or individual.label
            if name not in sums:
                sums[name] = {}
                counted[name] = set()
                order.append(name)
            counted[name].add((institution.institution, institution.cycle))
            for criterion in institution.framework.criteria:
                mine = individual.score.criteria[criterion.id].percent
                agreed = consensus.score.criteria[criterion.id].percent
                bucket = sums[name].setdefault(criterion.id, [])
                if mine is not None and agreed is not None:
                    bucket.append(mine - agreed)
    return [
        CalibrationRow(
            assessor=name,
            this_cycle=this_cycle,
            institutions=len(counted[name]),
            deviations={
                criterion: (sum(values, Fraction(0)) / len(values) if values else None)
                for criterion, values in sums[name].items()
            },
        )
        for name in sorted(order, key=str.casefold)
    ]


def calibration_rows(results: CycleResults) -> list[CalibrationRow]:
    """This cycle's rows, then the rows over every cycle (each sorted by name)."""
    earlier = [i for found in results.earlier.values() for i in found]
    return [
        *_rows(results.institutions, this_cycle=True),
        *_rows([*earlier, *results.institutions], this_cycle=False),
    ]
