"""The feedback report an institution receives: one PDF per institution, via Qt's PDF writer.

Qt shapes Arabic and Kurdish text and lays it out right to left, so the report is an
HTML document (``reports.feedback_content``) laid out by ``QTextDocument`` and painted
page by page onto a ``QPdfWriter``, each page with a header and a footer (the draft mark
on every page of a draft), and a score profile chart painted by ``QPainter``. Qt is
imported only inside this module's functions: the rest of the core stays free of it.
Without a display Qt runs on its offscreen platform.
"""

from __future__ import annotations

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
from ipms_desktop.messages import reports as msgs
from ipms_desktop.reports.bidi import isolate
from ipms_desktop.reports.catalogue import RIGHT_TO_LEFT, check_language, tr
from ipms_desktop.reports.cycle_results import CycleResults, InstitutionResults
from ipms_desktop.reports.feedback_content import (
    CHART_URL,
    PREVIOUS_CYCLE_COLOUR,
    THIS_CYCLE_COLOUR,
    choose_reported,
    draft_mark,
    feedback_html,
    is_draft,
)
from ipms_desktop.resources import resource_path
from ipms_desktop.scoring import display

REPORT_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
_UNSAFE_IN_FILE_NAMES = re.compile(r"[\\/:*?\"<>|\x00-\x1f]")
_CHART_WIDTH, _CHART_ROW_HEIGHT = 1600, 64
_MARGIN_MM, _HEADER_MM, _FOOTER_MM = 16, 10, 10


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
    draft: bool = False,
    written_one: Callable[[int], None] | None = None,
) -> list[Path]:
    """One feedback PDF per institution with an agreed consensus (``draft``: every
    institution, those without one marked as drafts) in ``folder``, each under its own
    name; ``choose_reported`` names the ones left out and why."""
    check_language(language)
    folder = Path(folder)
    try:
        make_private_folder(folder)
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_CREATE_REPORT_FOLDER, folder=folder, strerror=error.strerror
        ) from None
    reported, _skipped = choose_reported(results.institutions, language, draft=draft)
    if not reported:
        return []
    _application()
    family = _font_family()
    written = []
    names = unique_report_names(
        [institution.institution for institution in reported], results.cycle, language
    )
    for institution, name in zip(reported, names, strict=True):
        target = folder / name
        _write_pdf(institution, target, language, family)
        written.append(target)
        if written_one is not None:
            written_one(len(written))
    return written


def _write_pdf(results: InstitutionResults, target: Path, language: str, family: str) -> None:
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(f"{results.institution} {results.cycle}")
        writer.setCreator("IPMS Desktop")
        document = QTextDocument()
        if results.consensus is not None:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(CHART_URL),
                _profile_chart(results, language, family),
            )
        _paint_pages(writer, document, feedback_html(results, language), results, language, family)
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


def _paint_pages(
    writer: Any,
    document: Any,
    markup: str,
    results: InstitutionResults,
    language: str,
    family: str,
) -> None:
    """Lay ``markup`` out on A4 pages and paint each with its header and footer."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QTextOption

    dots_per_mm = writer.resolution() / 25.4
    page = writer.pageLayout().fullRectPixels(writer.resolution())
    margin = _MARGIN_MM * dots_per_mm
    header, footer = _HEADER_MM * dots_per_mm, _FOOTER_MM * dots_per_mm
    body = QRectF(
        margin,
        margin + header,
        page.width() - 2 * margin,
        page.height() - 2 * margin - header - footer,
    )
    right_to_left = language in RIGHT_TO_LEFT
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(family, 10))
    option = QTextOption()
    if right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)
    document.setHtml(markup)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    draft = is_draft(results)
    title = f"{isolate(results.institution)} · {tr('feedback_report', language)} {results.cycle}"
    painter = QPainter(writer)
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if right_to_left else Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - number * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, number * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(QFont(family, 8))
            top = QRectF(margin, margin, body.width(), header * 0.8)
            bottom = QRectF(
                margin, page.height() - margin - footer * 0.8, body.width(), footer * 0.8
            )
            painter.setPen(QColor("#555555"))
            painter.drawText(top, start | middle, title)
            painter.drawText(
                bottom,
                end | middle,
                tr("page_of", language, page=str(number + 1), pages=str(pages)),
            )
            painter.drawLine(top.bottomLeft(), top.bottomRight())
            if draft:
                painter.setPen(QColor("#b00020"))
                painter.setFont(QFont(family, 9, QFont.Weight.Bold))
                mark = draft_mark(results, language)
                painter.drawText(top, end | middle, mark)
                painter.drawText(bottom, start | middle, mark)
    finally:
        painter.end()


def _profile_chart(results: InstitutionResults, language: str, family: str) -> Any:
    """Horizontal bars of the consensus's criterion percentages, and beside each the
    previous cycle's (lighter), on an axis from 0 to 100."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    framework = results.framework
    consensus = results.consensus
    assert consensus is not None  # only drawn for a report with consensus scores
    previous = results.previous
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
        painter.drawText(
            label_rect, text_flags, isolate(f"{criterion.id} {criterion.title.get(language)}")
        )
        bars = [(consensus.score.criteria[criterion.id].percent, THIS_CYCLE_COLOUR, 10, 30)]
        if previous is not None:
            bars.append(
                (previous.criterion_percents.get(criterion.id), PREVIOUS_CYCLE_COLOUR, 42, 14)
            )
        for value, colour, offset, thickness in bars:
            if value is None:
                continue
            start, end = x_of(Fraction(0)), x_of(value)
            painter.fillRect(
                QRectF(min(start, end), top + offset, abs(end - start), thickness), QColor(colour)
            )
        shown = bars[0][0]
        if shown is not None:
            value_rect = (
                QRectF(0, top, value_width - 10, _CHART_ROW_HEIGHT)
                if right_to_left
                else QRectF(_CHART_WIDTH - value_width, top, value_width - 10, _CHART_ROW_HEIGHT)
            )
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, display(shown, 1))
    painter.end()
    return image
