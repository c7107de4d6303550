"""What the feedback report says: the team's consensus only, as HTML for ``QTextDocument``.

The report is the institution's own document. It carries the consensus and nothing of the
individual assessments: no assessor's score, name or letter, no mean, range or spread.
An institution without an agreed consensus gets a report only as a draft, marked on every
page, which shows no scores at all. Every line of free text keeps its own direction
(``reports.bidi``) and every figure is kept left to right.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from ipms_desktop.frameworks import Framework
from ipms_desktop.reports.bidi import first_strong_direction, isolate, left_to_right
from ipms_desktop.reports.catalogue import RIGHT_TO_LEFT, tr
from ipms_desktop.reports.cycle_results import InstitutionResults, ScoredAssessment
from ipms_desktop.scoring import display, displayed_total, total_figure
from ipms_desktop.settings import SCORING

CHART_URL = "ipms-chart://profile"
THIS_CYCLE_COLOUR = "#3b6ea5"
PREVIOUS_CYCLE_COLOUR = "#b9c6d8"


@dataclass(frozen=True)
class Skipped:
    """An institution the feedback reports leave out, and why (one line for the person)."""

    institution: str
    reason: str


def choose_reported(
    institutions: Sequence[InstitutionResults], language: str, *, draft: bool
) -> tuple[list[InstitutionResults], list[Skipped]]:
    """Those that get a feedback report: an agreed consensus (or the team lead's draft),
    and with ``draft`` the others too; the rest are named with the reason."""
    reported: list[InstitutionResults] = []
    skipped: list[Skipped] = []
    for institution in institutions:
        if institution.consensus is not None or draft:
            reported.append(institution)
            continue
        if institution.consensus_conflict:
            reason = tr(
                "skipped_conflict",
                language,
                institution=isolate(institution.institution),
                count=str(len(institution.consensus_conflict)),
            )
        else:
            reason = tr(
                "skipped_no_consensus", language, institution=isolate(institution.institution)
            )
        skipped.append(Skipped(institution.institution, reason))
    return reported, skipped


def is_draft(results: InstitutionResults) -> bool:
    """Whether the report must carry the draft mark on every page."""
    return results.consensus is None or results.draft_consensus


def draft_mark(results: InstitutionResults, language: str) -> str:
    return tr("draft_working" if results.draft_consensus else "draft_mark", language)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def total_text(value: Fraction | None, framework: Framework) -> str:
    """A total as people read it (``docs/scoring.md``: the framework's places), with its
    scale, kept left to right."""
    if value is None:
        return "–"
    return left_to_right(f"{total_figure(framework, value)} / {framework.total_points}")


def percent_text(value: Fraction | None) -> str:
    return "–" if value is None else left_to_right(display(value, SCORING.display_decimals_percent))


def points_text(value: Fraction | None) -> str:
    return "–" if value is None else left_to_right(display(value, SCORING.display_decimals_points))


def change_text(total: Fraction, previous: Fraction, framework: Framework) -> str:
    """The change from ``previous`` to ``total``, signed: the difference of the two figures
    as this report shows them (both by ``framework``'s rule), so that it never contradicts
    them (551 after 550 is +1, whatever the unrounded totals were)."""
    change = displayed_total(framework, total) - displayed_total(framework, previous)
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return left_to_right(f"{sign}{total_figure(framework, abs(change))}")


class _Page:
    """HTML builder that gives every paragraph its own direction and alignment."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
        self.parts: list[str] = []

    def align(self, direction: str) -> str:
        return "right" if direction == "rtl" else "left"

    def heading(self, level: int, text: str, *, size: str | None = None) -> None:
        style = f' style="font-size:{size};"' if size else ""
        self.parts.append(
            f'<h{level} dir="{self.direction}" align="{self.align(self.direction)}"{style}>'
            f"{_escape(text)}</h{level}>"
        )

    def paragraph(self, markup: str, *, direction: str | None = None, style: str = "") -> None:
        """A paragraph of ready markup in the report's direction (or the one given)."""
        chosen = direction or self.direction
        style_attribute = f' style="{style}"' if style else ""
        self.parts.append(
            f'<p dir="{chosen}" align="{self.align(chosen)}"{style_attribute}>{markup}</p>'
        )

    def text(self, text: str, **options: Any) -> None:
        self.paragraph(_escape(text), **options)

    def free_text(self, text: str, prefix: str = "") -> None:
        """A line someone wrote: its direction is that of its first strong character."""
        direction = first_strong_direction(text, self.direction)
        self.paragraph(f"{_escape(prefix)}{_escape(isolate(text))}", direction=direction)

    def bullets(self, texts: Sequence[str]) -> None:
        if not texts:
            self.paragraph(f"<i>{_escape(tr('none_recorded', self.language))}</i>")
        for text in texts:
            self.free_text(text, "• ")

    def page_break(self) -> None:
        self.parts.append('<div style="page-break-before: always;"></div>')

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
    ) -> None:
        """A table whose header cells never break inside a word (``nowrap``); cells hold
        ready markup."""
        head = "".join(
            f'<th width="{width}%" align="{self.align(self.direction)}" '
            f'style="white-space:nowrap;">{_escape(label)}</th>'
            for label, width in zip(header, widths, strict=True)
        )
        body = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        self.parts.append(
            f'<table dir="{self.direction}" border="1" cellspacing="0" cellpadding="4" '
            f'width="100%" style="border-color:#808080;"><tr>{head}</tr>{body}</table>'
        )

    def html(self) -> str:
        return (
            f'<html dir="{self.direction}"><body dir="{self.direction}">'
            + "\n".join(self.parts)
            + "</body></html>"
        )


def level_text(score: Any, language: str) -> str:
    """The total's level, ``provisional`` when items are missing, ``–`` when none."""
    if score.provisional:
        return tr("provisional", language)
    return score.band.title.get(language) if score.band else "–"


def key_points(consensus: ScoredAssessment | None, kind: str) -> list[tuple[str, str]]:
    """The key strengths (``kind="strengths"``) or AFIs (``"areas_for_improvement"``) the
    team lead marked in the consensus, as (item, text); none when none were marked."""
    if consensus is None:
        return []
    marked = consensus.document.get("key_points")
    if not isinstance(marked, Mapping):
        return []
    found = []
    for entry in marked.get(kind) or []:
        if isinstance(entry, Mapping) and isinstance(entry.get("text"), str):
            found.append((str(entry.get("item") or ""), entry["text"]))
    return found


def criterion_level(
    framework: Framework, score: ScoredAssessment, criterion_id: str, language: str
) -> str:
    """The attribute scale's band word for a criterion's percentage (e.g. "clear evidence")."""
    criterion = framework.criterion(criterion_id)
    percent = score.score.criteria[criterion_id].percent
    if percent is None or not criterion.items:
        return "–"
    scale = framework.attribute_set_for(score.score.panel, criterion.items[0])
    band = scale.band_for(round(percent / scale.step) * scale.step)
    return band.title.get(language) if band else "–"


def element_profile(
    framework: Framework, score: ScoredAssessment
) -> dict[str, list[tuple[str, str, Fraction | None]]]:
    """Attribute set id -> rows of (criterion id, element id, mean element score) over the
    criterion's sub-criteria."""
    profile: dict[str, list[tuple[str, str, Fraction | None]]] = {}
    for criterion in framework.criteria:
        if not criterion.items:
            continue
        scale = framework.attribute_set_for(score.score.panel, criterion.items[0])
        for element in scale.elements:
            values = [
                value
                for item in criterion.items
                if (value := score.score.items[item.id].elements.get(element.id)) is not None
            ]
            mean = sum(values, Fraction(0)) / len(values) if values else None
            profile.setdefault(scale.id, []).append((criterion.id, element.id, mean))
    return profile


def feedback_html(
    results: InstitutionResults, language: str, *, written: date | None = None
) -> str:
    """The whole report's HTML (the subset ``QTextDocument`` renders)."""
    page = _Page(language)
    framework = results.framework
    consensus = results.consensus
    _cover(page, results, language)
    page.page_break()
    _executive_summary(page, results, language)
    if consensus is not None:
        page.page_break()  # the chart and its table together on one page
    _score_profile(page, results, language)
    page.page_break()
    page.heading(1, tr("criteria_results", language))
    for criterion in framework.criteria:
        _criterion_section(page, results, criterion.id, language)
    if consensus is not None:
        page.page_break()
        _radar_profile(page, framework, consensus, language)
    page.page_break()
    _methodology(page, framework, language)
    _team(page, results, language, written or date.today())
    return page.html()


def _total_line(framework: Framework, score: Any, language: str) -> str:
    label = tr("overall_score" if framework.reports_percent else "total", language)
    return (
        f"<b>{_escape(label)}:</b> {total_text(score.total, framework)} &nbsp; "
        f"<b>{_escape(tr('band', language))}:</b> {_escape(level_text(score, language))}"
    )


def _cover(page: _Page, results: InstitutionResults, language: str) -> None:
    framework = results.framework
    page.text(tr("prepared_by", language), style="font-size:11pt; color:#555555;")
    page.paragraph("&nbsp;")
    page.paragraph(
        _escape(isolate(results.institution)),
        direction=first_strong_direction(results.institution, page.direction),
        style="font-size:26pt; font-weight:bold;",
    )
    page.paragraph(
        f"{_escape(tr('feedback_report', language))} · {_escape(tr('cycle', language))} "
        f"{left_to_right(str(results.cycle))}",
        style="font-size:16pt;",
    )
    page.text(f"{tr('framework', language)}: {framework.title.get(language)}")
    if is_draft(results):
        page.text(
            draft_mark(results, language), style="font-size:14pt; color:#b00020; font-weight:bold;"
        )
    if results.consensus is not None:
        score = results.consensus.score
        page.paragraph(_total_line(framework, score, language), style="font-size:14pt;")


def _executive_summary(page: _Page, results: InstitutionResults, language: str) -> None:
    framework = results.framework
    consensus = results.consensus
    page.heading(1, tr("executive_summary", language))
    if consensus is None:
        page.text(tr("no_consensus", language))
        page.text(tr("draft_no_scores", language))
    else:
        score = consensus.score
        page.paragraph(_total_line(framework, score, language))
        previous = results.previous
        if previous is None or previous.total is None:
            page.text(tr("no_previous", language))
        elif score.total is not None:
            line = (
                f"<b>{_escape(tr('change_since', language, cycle=str(previous.cycle)))}:</b> "
                f"{change_text(score.total, previous.total, framework)} "
                f"({total_text(previous.total, framework)})"
            )
            if not previous.is_consensus:
                line += " " + _escape(
                    tr("previous_not_consensus", language, cycle=str(previous.cycle))
                )
            page.paragraph(line)
    for kind, title in (("strengths", "key_strengths"), ("areas_for_improvement", "key_afis")):
        page.heading(2, tr(title, language))
        marked = key_points(consensus, kind)
        if not marked:
            page.paragraph(f"<i>{_escape(tr('no_key_points', language))}</i>")
        for item, text in marked:
            page.free_text(text, f"• {item}: " if item else "• ")


def _score_profile(page: _Page, results: InstitutionResults, language: str) -> None:
    framework = results.framework
    consensus = results.consensus
    page.heading(2, tr("score_profile", language))
    if consensus is None:
        page.text(tr("draft_no_scores", language))
        return
    previous = results.previous
    page.paragraph(f'<img src="{CHART_URL}" width="600">', style="")
    legend = [
        f'<font color="{THIS_CYCLE_COLOUR}">■</font> '
        + _escape(tr("this_cycle", language, cycle=str(results.cycle)))
    ]
    if previous is not None:
        legend.append(
            f'<font color="{PREVIOUS_CYCLE_COLOUR}">■</font> '
            + _escape(tr("previous_cycle", language, cycle=str(previous.cycle)))
        )
    page.paragraph(f"<b>{_escape(tr('legend', language))}:</b> " + " &nbsp; ".join(legend))
    header = [tr("criterion", language), tr("this_cycle", language, cycle=str(results.cycle))]
    if previous is not None:
        header.append(tr("previous_cycle", language, cycle=str(previous.cycle)))
    header.append(tr("score_0_100" if framework.reports_percent else "points", language))
    rows = []
    for criterion in framework.criteria:
        scored = consensus.score.criteria[criterion.id]
        row = [
            f"{_escape(criterion.id)} {_escape(criterion.title.get(language))}",
            percent_text(scored.percent),
        ]
        if previous is not None:
            row.append(percent_text(previous.criterion_percents.get(criterion.id)))
        row.append(points_text(scored.points))
        rows.append(row)
    widths = [52, 16, 16, 16] if previous is not None else [60, 20, 20]
    page.table(header, rows, widths)


def _criterion_section(
    page: _Page, results: InstitutionResults, criterion_id: str, language: str
) -> None:
    framework = results.framework
    criterion = framework.criterion(criterion_id)
    consensus = results.consensus
    page.heading(2, f"{criterion.id} {criterion.title.get(language)}")
    if consensus is not None:
        scored = consensus.score.criteria[criterion.id]
        page.paragraph(
            f"<b>{_escape(tr('score_percent', language))}:</b> {percent_text(scored.percent)}"
            f" &nbsp; <b>{_escape(tr('points', language))}:</b> {points_text(scored.points)}"
            f" &nbsp; <b>{_escape(tr('band', language))}:</b> "
            f"{_escape(criterion_level(framework, consensus, criterion.id, language))}"
        )
    for item in criterion.items:
        line = f"{item.id} {item.title.get(language)}"
        if consensus is not None:
            overall = consensus.score.items[item.id].overall
            page.paragraph(
                f"<b>{_escape(line)}</b> · {_escape(tr('score_percent', language))}: "
                f"{percent_text(overall)}",
                style="font-size:11pt;",
            )
        else:
            page.paragraph(f"<b>{_escape(line)}</b>", style="font-size:11pt;")
        page.paragraph(f"<i>{_escape(tr('strengths', language))}</i>")
        page.bullets(results.texts(item.id, "strengths"))
        page.paragraph(f"<i>{_escape(tr('afis', language))}</i>")
        page.bullets(results.texts(item.id, "afis"))


def _radar_profile(
    page: _Page, framework: Framework, consensus: ScoredAssessment, language: str
) -> None:
    page.heading(1, tr("radar_profile", language))
    page.text(tr("radar_profile_note", language))
    for set_id, rows in element_profile(framework, consensus).items():
        scale = framework.attribute_sets[set_id]
        elements = [element.id for element in scale.elements]
        header = [tr("criterion", language)] + [e.title.get(language) for e in scale.elements]
        table_rows: dict[str, list[str]] = {}
        for criterion_id, element_id, mean in rows:
            row = table_rows.setdefault(
                criterion_id, [_escape(criterion_id)] + [""] * len(elements)
            )
            row[1 + elements.index(element_id)] = percent_text(mean)
        page.heading(3, scale.title.get(language))
        share = 80 // max(1, len(elements))
        page.table(
            header,
            list(table_rows.values()),
            [100 - share * len(elements)] + [share] * len(elements),
        )


def _methodology(page: _Page, framework: Framework, language: str) -> None:
    page.heading(1, tr("methodology", language))
    page.text(tr("methodology_text", language))
    page.heading(2, tr("glossary", language))
    page.heading(3, tr("levels", language))
    if not framework.recognition_bands:
        page.text(tr("no_levels", language))
    for band in framework.recognition_bands:
        bound = tr(
            "from_points" if band.inclusive else "over_points",
            language,
            points=left_to_right(str(band.min_total)),
        )
        page.paragraph(f"• <b>{_escape(band.title.get(language))}</b>: {_escape(bound)}")
    page.heading(3, tr("radar_terms", language))
    page.text(tr("radar_logic", language))
    seen: set[str] = set()
    for panel in framework.panels:
        for set_id in panel.attribute_sets.values():
            if set_id in seen:
                continue
            seen.add(set_id)
            scale = framework.attribute_sets[set_id]
            page.paragraph(f"<b>{_escape(scale.title.get(language))}</b>")
            for element in scale.elements:
                attributes = "، ".join(a.title.get(language) for a in element.attributes)
                if language not in RIGHT_TO_LEFT:
                    attributes = ", ".join(a.title.get(language) for a in element.attributes)
                page.paragraph(
                    f"• <b>{_escape(element.title.get(language))}</b>: {_escape(attributes)}"
                )
            bands = " · ".join(
                f"{left_to_right(f'{band.min}–{band.max}')} {_escape(band.title.get(language))}"
                for band in scale.bands
            )
            page.paragraph(bands)


def _team(page: _Page, results: InstitutionResults, language: str, written: date) -> None:
    consensus = results.consensus
    page.heading(2, tr("team_and_dates", language))
    lead = consensus.signer_name if consensus and consensus.signer_name else "–"
    signed = (
        consensus.created_at[:10]
        if consensus and consensus.created_at and not results.draft_consensus
        else tr("not_signed", language)
    )
    fingerprint = (
        consensus.signer_fingerprint
        if consensus and consensus.signer_fingerprint and not results.draft_consensus
        else tr("not_signed", language)
    )
    rows = [
        (tr("team_lead", language), _escape(isolate(lead))),
        (tr("assessor_count", language), left_to_right(str(len(results.individuals)))),
        (tr("cycle", language), left_to_right(str(results.cycle))),
        (
            tr("consensus_date", language),
            left_to_right(signed) if signed[:1].isdigit() else _escape(signed),
        ),
        (tr("report_date", language), left_to_right(written.isoformat())),
        (
            tr("fingerprint", language),
            _escape(left_to_right(fingerprint)) if consensus else _escape(fingerprint),
        ),
    ]
    for label, value in rows:
        page.paragraph(f"<b>{_escape(label)}:</b> {value}")
