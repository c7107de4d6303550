"""The feedback report an institution receives: one PDF per institution, via Qt's PDF writer.

Qt shapes Arabic and Kurdish text and lays it out right to left, so the report is an
HTML document rendered by ``QTextDocument`` onto a ``QPdfWriter``, with a score profile
chart painted by ``QPainter``. Qt is imported only inside this module's functions: the
rest of the core stays free of it. Without a display Qt runs on its offscreen platform.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from ipms_desktop.atomic import PRIVATE_FILE_MODE, make_private_folder
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework
from ipms_desktop.messages import reports as msgs
from ipms_desktop.reports.catalogue import RIGHT_TO_LEFT, assessor_name, check_language, tr
from ipms_desktop.reports.cycle_results import CycleResults, InstitutionResults, ScoredAssessment
from ipms_desktop.resources import resource_path
from ipms_desktop.scoring import display

REPORT_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
_UNSAFE_IN_FILE_NAMES = re.compile(r"[\\/:*?\"<>|\x00-\x1f]")
_CHART_URL = "ipms-chart://profile"
_CHART_WIDTH, _CHART_ROW_HEIGHT = 1600, 64


def report_file_name(institution: str, cycle: int, language: str, number: int = 1) -> str:
    """A file name any system accepts and that looks like what it is: characters file systems
    refuse become ``_``, and invisible format characters (bidi overrides that would make
    ``...exe.PDF`` look like a PDF, zero-width spaces) are dropped. ``number`` tells apart
    institutions whose names come out the same."""
    visible = "".join(c for c in institution if unicodedata.category(c) != "Cf")
    safe = _UNSAFE_IN_FILE_NAMES.sub("_", visible).strip(" .") or "institution"
    suffix = f" ({number})" if number > 1 else ""
    return f"{safe[:80]}{suffix} {cycle} {language}.pdf"


def unique_report_names(institutions: Sequence[str], cycle: int, language: str) -> list[str]:
    """One distinct file name per institution, in order: names that would collide (equal
    after cleaning, or in their first 80 characters, or in case alone) are numbered."""
    taken: set[str] = set()
    names: list[str] = []
    for institution in institutions:
        number = 1
        while (name := report_file_name(institution, cycle, language, number)).casefold() in taken:
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _application() -> Any:
    """The running Qt application, or a headless one created for the reports."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def _font_family() -> str:
    """The project's Arabic font when shipped, else the system's general font."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in REPORT_FONTS:
        path = resource_path("fonts", name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        return families[0]
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def write_feedback_reports(
    results: CycleResults,
    folder: Path,
    language: str = "en",
    *,
    written_one: Callable[[int], None] | None = None,
) -> list[Path]:
    """One feedback PDF per institution of the cycle in ``folder``, each under its own name;
    returns their paths. ``written_one(count)`` follows progress."""
    check_language(language)
    folder = Path(folder)
    try:
        make_private_folder(folder)
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_CREATE_REPORT_FOLDER, folder=folder, strerror=error.strerror
        ) from None
    _application()
    family = _font_family()
    written = []
    names = unique_report_names(
        [institution.institution for institution in results.institutions], results.cycle, language
    )
    for institution, name in zip(results.institutions, names, strict=True):
        target = folder / name
        _write_pdf(institution, target, language, family)
        written.append(target)
        if written_one is not None:
            written_one(len(written))
    return written


def _write_pdf(results: InstitutionResults, target: Path, language: str, family: str) -> None:
    from PySide6.QtCore import QMarginsF, Qt, QUrl
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(f"{results.institution} {results.cycle}")
        writer.setCreator("IPMS Desktop")
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 10))
        if language in RIGHT_TO_LEFT:
            option = QTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(_CHART_URL),
            _profile_chart(results, language, family),
        )
        document.setHtml(feedback_html(results, language))
        document.print_(writer)
        del writer
        os.chmod(temporary, PRIVATE_FILE_MODE)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_WRITE_FEEDBACK_REPORT_CHECK, target=target, strerror=error.strerror
        ) from None
    finally:
        if temporary.exists():
            temporary.unlink()
    if not target.is_file() or target.stat().st_size == 0:
        raise IpmsError(msgs.QT_COULD_NOT_WRITE_PDF, target=target)


def _criterion_percents(
    assessment: ScoredAssessment, framework: Framework
) -> list[Fraction | None]:
    return [assessment.score.criteria[c.id].percent for c in framework.criteria]


def _profile_chart(results: InstitutionResults, language: str, family: str) -> Any:
    """Horizontal bars of the headline criterion percentages, with the assessors' range."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    framework = results.framework
    criteria = framework.criteria
    height = _CHART_ROW_HEIGHT * (len(criteria) + 1)
    image = QImage(_CHART_WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont(family, 20))
    right_to_left = language in RIGHT_TO_LEFT
    label_width, value_width = 620, 120
    bar_left = value_width if right_to_left else label_width
    bar_width = _CHART_WIDTH - label_width - value_width - 20
    headline = [_criterion_percents(a, framework) for a in results.headline]
    individuals = [_criterion_percents(a, framework) for a in results.individuals]

    def x_of(percent: Fraction) -> float:
        share = float(percent) / 100 * bar_width
        return bar_left + bar_width - share if right_to_left else bar_left + share

    painter.setPen(QPen(QColor("#b0b0b0"), 1))
    for tick in range(0, 101, 25):
        x = x_of(Fraction(tick))
        painter.drawLine(int(x), 0, int(x), height - _CHART_ROW_HEIGHT)
        painter.drawText(
            QRectF(x - 40, height - _CHART_ROW_HEIGHT + 8, 80, 40),
            Qt.AlignmentFlag.AlignCenter,
            str(tick),
        )
    text_flags = Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    )
    for row, criterion in enumerate(criteria):
        top = row * _CHART_ROW_HEIGHT
        label_rect = (
            QRectF(_CHART_WIDTH - label_width, top, label_width - 10, _CHART_ROW_HEIGHT)
            if right_to_left
            else QRectF(10, top, label_width - 20, _CHART_ROW_HEIGHT)
        )
        painter.setPen(QColor("black"))
        painter.drawText(label_rect, text_flags, f"{criterion.id} {criterion.title.get(language)}")
        values = [value for p in headline if (value := p[row]) is not None]
        if values:
            mean = sum(values, Fraction(0)) / len(values)
            start, end = x_of(Fraction(0)), x_of(mean)
            painter.fillRect(
                QRectF(min(start, end), top + 14, abs(end - start), _CHART_ROW_HEIGHT - 28),
                QColor("#3b6ea5"),
            )
            value_rect = (
                QRectF(0, top, value_width - 10, _CHART_ROW_HEIGHT)
                if right_to_left
                else QRectF(_CHART_WIDTH - value_width, top, value_width - 10, _CHART_ROW_HEIGHT)
            )
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, display(mean, 1))
        spread = [value for p in individuals if (value := p[row]) is not None]
        if len(spread) > 1:
            painter.setPen(QPen(QColor("#d9822b"), 6))
            middle = top + _CHART_ROW_HEIGHT // 2
            painter.drawLine(int(x_of(min(spread))), middle, int(x_of(max(spread))), middle)
    painter.end()
    return image


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _list(texts: Sequence[str], language: str) -> str:
    if not texts:
        return f"<p><i>{_escape(tr('none_recorded', language))}</i></p>"
    return "<ul>" + "".join(f"<li>{_escape(text)}</li>" for text in texts) + "</ul>"


def _percent(value: Fraction | None) -> str:
    return "–" if value is None else display(value, 1)


def feedback_html(results: InstitutionResults, language: str) -> str:
    """The report's HTML (the subset ``QTextDocument`` renders)."""
    framework = results.framework
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    align = "right" if direction == "rtl" else "left"
    headline = results.consensus or (results.individuals[0] if results.individuals else None)
    totals = [a.score.total for a in results.headline if a.score.total is not None]
    total = sum(totals, Fraction(0)) / len(totals) if totals else None
    band = headline.score.band.title.get(language) if headline and headline.score.band else "–"
    if not results.consensus:
        band = "–"
    if any(a.score.provisional for a in results.headline):
        band = tr("provisional", language)
    total_label = "overall_score" if framework.reports_percent else "total"
    parts = [
        f'<html dir="{direction}"><body dir="{direction}">',
        f'<div align="{align}">',
        f'<p style="font-size:11pt; color:#555555;">{_escape(tr("prepared_by", language))}</p>',
        f'<h1 style="font-size:26pt;">{_escape(results.institution)}</h1>',
        f"<h2>{_escape(tr('feedback_report', language))} · {_escape(tr('cycle', language))} "
        f"{results.cycle}</h2>",
        f"<p>{_escape(tr('framework', language))}: {_escape(framework.title.get(language))}</p>",
        f"<p><b>{_escape(tr(total_label, language))}:</b> {_percent(total)} / "
        f"{framework.total_points} &nbsp; <b>{_escape(tr('band', language))}:</b> "
        f"{_escape(band)}</p>",
    ]
    if results.consensus is None:
        parts.append(f"<p><i>{_escape(tr('no_consensus', language))}</i></p>")
    parts.append(
        f"<h2>{_escape(tr('score_profile', language))}</h2>"
        f'<p align="center"><img src="{_CHART_URL}" width="460"></p>'
    )
    parts.append('<div style="page-break-before: always;"></div>')
    for criterion in framework.criteria:
        parts.append(f"<h2>{_escape(criterion.id)} {_escape(criterion.title.get(language))}</h2>")
        for item in criterion.items:
            parts.append(f"<h3>{_escape(item.id)} {_escape(item.title.get(language))}</h3>")
            parts.append(f"<p><b>{_escape(tr('strengths', language))}</b></p>")
            parts.append(_list(results.texts(item.id, "strengths"), language))
            parts.append(f"<p><b>{_escape(tr('afis', language))}</b></p>")
            parts.append(_list(results.texts(item.id, "afis"), language))
    parts.append('<div style="page-break-before: always;"></div>')
    parts.append(_consensus_table(results, language))
    parts.append("</div></body></html>")
    return "\n".join(parts)


def _consensus_table(results: InstitutionResults, language: str) -> str:
    individuals = [assessor_name(i.label, language) for i in results.individuals]
    header = [
        tr("item", language),
        tr("title", language),
        *individuals,
        tr("mean", language),
        tr("spread", language),
        tr("consensus", language),
    ]
    rows = []
    for spread in results.item_spreads():
        item = results.framework.items[spread.item_id]
        background = ' bgcolor="#f8d7a9"' if spread.flagged else ""
        cells = [
            _escape(item.id),
            _escape(item.title.get(language)),
            *(_percent(v) for v in spread.values),
            _percent(spread.mean),
            _percent(spread.spread),
            _percent(spread.consensus),
        ]
        rows.append(
            f"<tr{background}>"
            + "".join(f'<td style="font-size:8pt;">{c}</td>' for c in cells)
            + "</tr>"
        )
    number_width = max(5, 52 // max(1, len(header) - 2))
    widths = [8, 92 - number_width * (len(header) - 2)] + [number_width] * (len(header) - 2)
    head = "".join(
        f'<th bgcolor="#dde5f0" width="{width}%" style="font-size:8pt;">{_escape(h)}</th>'
        for h, width in zip(header, widths, strict=True)
    )
    return (
        f"<h2>{_escape(tr('consensus_table', language))}</h2>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" style="font-size:8pt;">'
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )
