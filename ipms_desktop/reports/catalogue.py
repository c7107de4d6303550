"""The reports' own words in English, Arabic and Kurdish (Sorani).

The core has no Qt, so it cannot use Qt's translation files; the reports keep their few
strings here. Framework titles come from the framework files themselves.
"""

from __future__ import annotations

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import reports as msgs

LANGUAGES = ("en", "ar", "ckb")
RIGHT_TO_LEFT = frozenset({"ar", "ckb"})

_STRINGS: dict[str, tuple[str, str, str]] = {
    # key: (English, Arabic, Kurdish Sorani)
    "summary": ("Summary", "الملخص", "پوختە"),
    "cut_text": (
        "(text cut at Excel's cell limit: {count} characters in all; the full text is in "
        "the assessment)",
        "(قُطع النص عند حدّ خلية Excel: {count} حرفًا في المجموع؛ النص الكامل في التقييم)",
        "(دەقەکە لە سنووری خانەی Excel بڕدرا: {count} پیت بە گشتی؛ دەقی تەواو لە "
        "هەڵسەنگاندنەکەدایە)",
    ),
    "variance": ("Variance", "التباين", "جیاوازی"),
    "trends": ("Trends", "الاتجاهات", "ئاراستەکان"),
    "notes": ("Notes", "ملاحظات", "تێبینییەکان"),
    "note": ("Note", "الملاحظة", "تێبینی"),
    "consensus_conflict": (
        "Consensus conflict: {count} consensus bundles count for this institution ({leads}); "
        "no consensus is reported until CoMSEC settles which one stands.",
        "تعارض في التوافق: {count} حزم توافق معتمدة لهذه المؤسسة ({leads})؛ لا يُعرض توافق "
        "حتى تحسم الأمانة العامة لمجلس الوزراء أيّها المعتمد.",
        "ناکۆکیی کۆدەنگی: {count} بەستەی کۆدەنگی بۆ ئەم دامەزراوەیە هەژمار دەکرێن ({leads})؛ "
        "هیچ کۆدەنگییەک پیشان نادرێت تا ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بڕیار دەدات "
        "کامیان دەمێنێتەوە.",
    ),
    "set_aside": (
        "Left out of this report: bundle {bundle}, {reason}",
        "مستبعَد من هذا التقرير: الحزمة {bundle}، {reason}",
        "لەم ڕاپۆرتە دەرهێنراوە: بەستەی {bundle}، {reason}",
    ),
    "institution": ("Institution", "المؤسسة", "دامەزراوە"),
    "source": ("Source", "المصدر", "سەرچاوە"),
    "consensus": ("Consensus", "التوافق", "کۆدەنگی"),
    "assessor": ("Assessor {letter}", "المقيّم {letter}", "هەڵسەنگێنەر {letter}"),
    "total": ("Total", "المجموع", "کۆی گشتی"),
    "band": ("Level", "المستوى", "ئاست"),
    "overall_score": ("Overall score (0–100)", "الدرجة الإجمالية (0–100)", "نمرەی گشتی (0–100)"),
    "score_0_100": ("Score (0–100)", "الدرجة (0–100)", "نمرە (0–100)"),
    "provisional": ("none (provisional total)", "لا يوجد (مجموع مؤقت)", "هیچ (کۆی کاتی)"),
    "rank": ("Rank", "الترتيب", "ڕیزبەندی"),
    "criterion": ("Criterion", "المعيار", "پێوەر"),
    "item": ("Sub-criterion", "المعيار الفرعي", "پێوەری لاوەکی"),
    "title": ("Title", "العنوان", "ناونیشان"),
    "mean": ("Mean", "المتوسط", "تێکڕا"),
    "minimum": ("Minimum", "الحد الأدنى", "کەمترین"),
    "maximum": ("Maximum", "الحد الأعلى", "زۆرترین"),
    "spread": ("Spread", "المدى", "مەودا"),
    "discuss_first": ("Discuss first", "يُناقش أولاً", "سەرەتا گفتوگۆ بکرێت"),
    "strengths": ("Strengths", "نقاط القوة", "خاڵە بەهێزەکان"),
    "afis": ("Areas for improvement", "مجالات التحسين", "بوارەکانی باشترکردن"),
    "cycle": ("Cycle", "الدورة", "خول"),
    "points": ("Points", "النقاط", "خاڵ"),
    "percent": ("Percent", "النسبة المئوية", "ڕێژەی سەدی"),
    "criteria_profile": ("Criteria profile (%)", "ملف المعايير (%)", "پرۆفایلی پێوەرەکان (%)"),
    "criterion_points": ("Points by criterion", "النقاط حسب المعيار", "خاڵ بەپێی پێوەر"),
    "score_profile": ("Score profile", "ملف الدرجات", "پرۆفایلی نمرەکان"),
    "feedback_report": ("Feedback report", "تقرير التغذية الراجعة", "ڕاپۆرتی فیدباک"),
    "framework": ("Framework", "الإطار", "چوارچێوە"),
    "not_assessed": ("Not assessed", "لم يُقيَّم", "هەڵنەسەنگێنراوە"),
    "individual": ("Individual", "فردي", "تاک"),
    "consensus_table": ("Consensus scores", "درجات التوافق", "نمرەکانی کۆدەنگی"),
    "justification": ("Justification", "المبرر", "پاساو"),
    "no_consensus": (
        "No consensus has been agreed yet: the individual assessments are shown.",
        "لم يُتوصَّل إلى التوافق بعد: تُعرض التقييمات الفردية.",
        "هێشتا کۆدەنگی پێک نەهاتووە: هەڵسەنگاندنە تاکەکان پیشان دەدرێن.",
    ),
    "none_recorded": ("None recorded.", "لا يوجد.", "هیچ تۆمار نەکراوە."),
    "prepared_by": (
        "Council of Ministers Secretariat: institutional performance evaluation",
        "الأمانة العامة لمجلس الوزراء: تقييم الأداء المؤسسي",
        "ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران: هەڵسەنگاندنی کارایی دامەزراوەیی",
    ),
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise IpmsError(
            msgs.UNKNOWN_REPORT_LANGUAGE_USE_ONE,
            language=repr(language),
            languages=", ".join(LANGUAGES),
        )
    return language


def tr(key: str, language: str, **values: str) -> str:
    """The report string ``key`` in ``language`` (``en``, ``ar`` or ``ckb``)."""
    text = _STRINGS[key][LANGUAGES.index(language)]
    return text.format(**values) if values else text


def assessor_name(label: str, language: str) -> str:
    """``Assessor B`` (the consensus module's label) in the report's language."""
    return tr("assessor", language, letter=label.removeprefix("Assessor "))
