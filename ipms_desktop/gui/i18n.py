"""Language, translation catalogue, text direction and the bundled Arabic-script font.

The assessor chooses among Arabic, Kurdish Sorani and English. Catalogues are Qt
Linguist ``.qm`` files built from the ``.ts`` sources in ``resources/translations``; the
font ships with the application so Arabic script never depends on the machine's fonts.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ipms_desktop.resources import resource_path

RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "ckb"})
# The UI cut of Noto Sans Arabic: the same letters (Kurdish Sorani's included) with line
# metrics fit for widgets. The document cut's lines are half as tall again (28 pixels at
# 10 points, against 18), which at 1366x768 left room for three rows of a table where
# English shows eight; the feedback PDFs keep the document cut (reports.feedback_pdf).
FONT_FILES = ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf")
BASE_POINT_SIZE = 10


class Language(NamedTuple):
    """A working language: its code (also the framework text key) and its own name."""

    code: str
    native_name: str


LANGUAGES = (
    Language("ar", "العربية"),
    Language("ckb", "کوردیی ناوەندی"),
    Language("en", "English"),
)
LANGUAGE_CODES = tuple(language.code for language in LANGUAGES)
DEFAULT_LANGUAGE = "ar"


def catalogue_path(code: str) -> str:
    """The built ``.qm`` catalogue for ``code`` (English needs none: it is the source)."""
    return str(resource_path("translations", f"ipms_{code}.qm"))


def install_bundled_fonts() -> str | None:
    """Register the shipped Arabic-script font; return its family name if it loaded."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


class LanguageSwitcher:
    """Applies one language to the running application: catalogue, direction and font."""

    def __init__(self, app: QGuiApplication, *, right_to_left: bool | None = None) -> None:
        """``right_to_left`` is the application's direction when the caller knows it (it
        started the application with ``-reverse`` or without); setting the direction reads
        Qt's namespace, which costs some 12 ms, so a known direction is not set again."""
        self._app = app
        self._right_to_left = right_to_left
        self._fonts_installed = False
        self._arabic_family: str | None = None
        self._base_family = ""
        self._translators: list[QTranslator] = []
        self.code = "en"

    def apply(self, code: str) -> None:
        """Switch to ``code``; an unknown code or missing catalogue falls back to English."""
        if code not in LANGUAGE_CODES:
            code = "en"
        if not self._fonts_installed:
            from PySide6.QtGui import QFontInfo

            # The family the platform actually resolves ("Sans Serif" is only an alias, and an
            # alias followed by another family would make Qt skip to that family).
            self._base_family = QFontInfo(self._app.font()).family()
            self._arabic_family = install_bundled_fonts()
            self._fonts_installed = True
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        if code != "en":
            translator = QTranslator(self._app)
            if translator.load(catalogue_path(code)):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
                self._install_qt_catalogue(code)
            else:
                code = "en"
        self.code = code
        rtl = code in RIGHT_TO_LEFT_LANGUAGES
        if rtl != self._right_to_left:
            from PySide6.QtCore import Qt  # not at import: this module is on the first-paint path

            self._app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            self._right_to_left = rtl
        # Scores are typed and read with Western digits in every language, as on the
        # programme's paper forms, so spin boxes parse the same way everywhere.
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
        self._app.setFont(self._font_for(code))

    def _install_qt_catalogue(self, code: str) -> None:
        """Qt's own words (file dialogs, standard buttons): Qt's catalogue where Qt ships one
        (Arabic), else ours (``resources/translations/qt_<code>.ts``, Kurdish Sorani)."""
        from PySide6.QtCore import QLibraryInfo

        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = resource_path("translations", f"qt_{code}.qm")
        if translator.load(f"qtbase_{code}", folder) or (
            ours.exists() and translator.load(str(ours))
        ):
            QCoreApplication.installTranslator(translator)
            self._translators.append(translator)

    def _font_for(self, code: str) -> QFont:
        font = QFont(self._app.font())
        font.setPointSize(BASE_POINT_SIZE + (1 if code in RIGHT_TO_LEFT_LANGUAGES else 0))
        families = [self._base_family]
        if self._arabic_family:
            if code in RIGHT_TO_LEFT_LANGUAGES:
                families.insert(0, self._arabic_family)
            else:
                families.append(self._arabic_family)
        font.setFamilies(families)
        return font


def isolate_ltr(text: str) -> str:
    """``text`` (a path, key id, fingerprint) kept left-to-right inside a translated sentence.

    Without the Unicode isolate marks, a path like ``/media/usb/x.ipmsb`` placed in an Arabic
    sentence is reordered by the bidirectional algorithm and shows its slash at the wrong end.
    """
    return f"\u2066{text}\u2069"


_PLACEHOLDER = re.compile(r"%([1-9])")
# A bare number reads the same in either direction; a number with a unit does not.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def local_time(stamp: str) -> str:
    """A stored UTC time stamp (ISO 8601) as a person reads it: this computer's local time to
    the minute, year first and in Western digits as every figure in the application, kept
    left to right inside any sentence. Text that is no time stamp is shown as it is."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return isolate_ltr(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return isolate_ltr(shown.toString("yyyy-MM-dd HH:mm"))


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate: it keeps its own direction (that of its first
    strong character) inside a sentence of either direction, and cannot reorder it."""
    return f"\u2068{text}\u2069"


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated sentence's ``%1``, ``%2``... in one pass.

    Each value that is not a bare number is a directional isolate: a path, a name, an
    identifier or free text keeps its own direction inside an Arabic or English sentence.
    A value holding ``%2`` is never filled again.
    """

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        text = str(values[index])
        return text if _NUMBER.fullmatch(text) or _is_isolated(text) else isolate(text)

    filled = _PLACEHOLDER.sub(value_for, template)
    if _opens_with_isolate(template, values) and _is_right_to_left(template):
        # A right-to-left sentence that opens with an inserted value: without a mark, a
        # text box or selectable label (whose direction follows the first letter it meets)
        # would lay the whole sentence out left to right after a path or a "CN=" name.
        return "\u200f" + filled
    return filled


def _opens_with_isolate(template: str, values: tuple[object, ...]) -> bool:
    """Whether the sentence starts with a value that ``fill`` isolates (a bare number,
    weak in direction, leaves the sentence's own letters to decide)."""
    match = _PLACEHOLDER.match(template.lstrip())
    if match is None or int(match.group(1)) > len(values):
        return False
    return not _NUMBER.fullmatch(str(values[int(match.group(1)) - 1]))


def _is_right_to_left(template: str) -> bool:
    """Whether the sentence's own first strong letter, placeholders aside, is
    right-to-left."""
    for character in _PLACEHOLDER.sub("", template):
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


# A parenthesised file kind, perhaps with a direction mark a translator put in front.
_FILE_KIND = re.compile("\\([\u200e\u200f]?\\*?\\.[^()]*\\)")


def file_kinds(text: str) -> str:
    """``text`` with each parenthesised file kind, such as ``(.ipmsb)`` or a file dialog's
    ``(*.pem *.crt)``, kept left to right: in an Arabic sentence the bidirectional
    algorithm would show ``(ipmsb.)``.

    Filters for a file dialog (parts joined by ``;;``) keep the parenthesis last in each
    part, as Qt reads the patterns from it: there the isolate is left open, and the end
    of the text closes it.
    """
    parts = []
    for part in text.split(";;"):
        found = list(_FILE_KIND.finditer(part))
        if found and found[-1].end() == len(part):
            last = found[-1].start()
            parts.append(f"{_isolate_kinds(part[:last])}\u2066{_unmarked(part[last:])}")
        else:
            parts.append(_isolate_kinds(part))
    return ";;".join(parts)


def _isolate_kinds(text: str) -> str:
    return _FILE_KIND.sub(lambda match: isolate_ltr(_unmarked(match.group(0))), text)


def _unmarked(text: str) -> str:
    """Without the direction marks a translator may have added (the isolate does their
    work, and some fonts draw a mark as a hairline)."""
    return text.replace("\u200e", "").replace("\u200f", "")


def _is_isolated(text: str) -> bool:
    return len(text) >= 2 and text[0] in "\u2066\u2067\u2068" and text[-1] == "\u2069"
