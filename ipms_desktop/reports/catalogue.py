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
    "yes": ("Yes", "نعم", "بەڵێ"),
    "no": ("No", "لا", "نەخێر"),
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
        "No consensus has been agreed yet.",
        "لم يُتوصَّل إلى التوافق بعد.",
        "هێشتا کۆدەنگی پێک نەهاتووە.",
    ),
    "draft_mark": (
        "Draft: no agreed consensus",
        "مسودة: لا يوجد توافق مُعتمد",
        "ڕەشنووس: هیچ کۆدەنگییەکی پەسەندکراو نییە",
    ),
    "draft_working": (
        "Draft: the team lead's working consensus, not yet agreed",
        "مسودة: توافق قيد العمل لدى قائد الفريق، لم يُعتمد بعد",
        "ڕەشنووس: کۆدەنگیی کاری سەرۆکی تیم، هێشتا پەسەند نەکراوە",
    ),
    "page_of": ("Page {page} of {pages}", "الصفحة {page} من {pages}", "لاپەڕە {page} لە {pages}"),
    "contents": ("Contents", "المحتويات", "ناوەڕۆک"),
    "executive_summary": ("Executive summary", "الملخص التنفيذي", "پوختەی جێبەجێکاری"),
    "key_strengths": ("Key strengths", "نقاط القوة الرئيسية", "خاڵە بەهێزە سەرەکییەکان"),
    "key_afis": (
        "Key areas for improvement",
        "مجالات التحسين الرئيسية",
        "بوارە سەرەکییەکانی باشترکردن",
    ),
    "no_key_points": (
        "The team lead has marked no key points.",
        "لم يحدّد قائد الفريق نقاطًا رئيسية.",
        "سەرۆکی تیم هیچ خاڵێکی سەرەکیی دیاری نەکردووە.",
    ),
    "change_since": (
        "Change since cycle {cycle}",
        "التغيّر منذ الدورة {cycle}",
        "گۆڕان لە خولی {cycle}ەوە",
    ),
    "no_previous": (
        "No earlier cycle to compare with.",
        "لا توجد دورة سابقة للمقارنة.",
        "هیچ خولێکی پێشوو نییە بۆ بەراوردکردن.",
    ),
    "previous_not_consensus": (
        "(cycle {cycle}: mean of the individual totals, no consensus was agreed)",
        "(الدورة {cycle}: متوسط المجاميع الفردية، لم يُعتمد توافق)",
        "(خولی {cycle}: تێکڕای کۆ تاکەکان، هیچ کۆدەنگییەک پەسەند نەکرا)",
    ),
    "previous_cycle": ("Cycle {cycle}", "الدورة {cycle}", "خولی {cycle}"),
    "this_cycle": ("This cycle ({cycle})", "هذه الدورة ({cycle})", "ئەم خولە ({cycle})"),
    "score_percent": ("Score (%)", "الدرجة (%)", "نمرە (%)"),
    "criteria_results": ("Results by criterion", "النتائج حسب المعيار", "ئەنجامەکان بەپێی پێوەر"),
    "radar_profile": (
        "RADAR element profile",
        "ملف عناصر RADAR",
        "پرۆفایلی توخمەکانی RADAR",
    ),
    "radar_profile_note": (
        "Each element's score is the mean over the criterion's sub-criteria (%).",
        "درجة كل عنصر هي متوسطه على المعايير الفرعية للمعيار (%).",
        "نمرەی هەر توخمێک تێکڕاکەیەتی لەسەر پێوەرە لاوەکییەکانی پێوەرەکە (%).",
    ),
    "element": ("Element", "العنصر", "توخم"),
    "methodology": ("Methodology", "المنهجية", "ڕێبازی کار"),
    "methodology_text": (
        "Each assessor of the team first scored the institution alone against the framework, "
        "sub-criterion by sub-criterion, using the RADAR logic. The team then met, discussed "
        "first the sub-criteria where their scores differed most, and agreed one consensus "
        "score, with its strengths and areas for improvement, for every sub-criterion. This "
        "report carries that consensus only.",
        "قيّم كل مقيّم في الفريق المؤسسةَ أولاً منفردًا وفق الإطار، معيارًا فرعيًا تلو الآخر، "
        "باستخدام منطق RADAR. ثم اجتمع الفريق وناقش أولاً المعايير الفرعية التي تباينت فيها "
        "درجاتهم أكثر من غيرها، واتفق على درجة توافق واحدة، مع نقاط القوة ومجالات التحسين، "
        "لكل معيار فرعي. يتضمن هذا التقرير التوافق فقط.",
        "هەر هەڵسەنگێنەرێکی تیمەکە سەرەتا بە تەنیا دامەزراوەکەی بەپێی چوارچێوەکە هەڵسەنگاند، "
        "پێوەری لاوەکی بە پێوەری لاوەکی، بە لۆژیکی RADAR. پاشان تیمەکە کۆبووەوە، سەرەتا "
        "گفتوگۆی لەسەر ئەو پێوەرە لاوەکییانە کرد کە نمرەکانیان زۆرترین جیاوازییان هەبوو، و "
        "لەسەر یەک نمرەی کۆدەنگی، لەگەڵ خاڵە بەهێزەکان و بوارەکانی باشترکردن، بۆ هەر "
        "پێوەرێکی لاوەکی ڕێککەوت. ئەم ڕاپۆرتە تەنها ئەو کۆدەنگییە لەخۆ دەگرێت.",
    ),
    "glossary": ("Glossary", "مسرد المصطلحات", "فەرهەنگۆک"),
    "levels": ("Levels", "المستويات", "ئاستەکان"),
    "from_points": ("from {points}", "من {points}", "لە {points}ەوە"),
    "over_points": ("over {points}", "أكثر من {points}", "زیاتر لە {points}"),
    "no_levels": (
        "This framework defines no levels.",
        "لا يحدّد هذا الإطار مستويات.",
        "ئەم چوارچێوەیە هیچ ئاستێک دیاری ناکات.",
    ),
    "radar_terms": ("RADAR terms", "مصطلحات RADAR", "زاراوەکانی RADAR"),
    "radar_logic": (
        "RADAR: Results, Approach, Deployment, Assessment and Refinement. Each attribute is "
        "scored; an element's score is the mean of its attributes, and the sub-criterion's "
        "suggested score the mean of its elements.",
        "RADAR: النتائج، والمنهجية، والنشر والتطبيق، والتقييم والتحسين. "
        "تُمنح درجة لكل سمة؛ ودرجة العنصر هي متوسط سماته، "
        "والدرجة المقترحة للمعيار الفرعي هي متوسط عناصره.",
        "RADAR: ئەنجامەکان، ڕێباز، جێبەجێکردن و بڵاوکردنەوە، هەڵسەنگاندن و پوختەکردن. "
        "هەر تایبەتمەندییەک نمرە وەردەگرێت؛ نمرەی توخمێک تێکڕای "
        "تایبەتمەندییەکانیەتی، و نمرەی پێشنیازکراوی پێوەری لاوەکی تێکڕای توخمەکانیەتی.",
    ),
    "team_and_dates": (
        "Team, dates and signature",
        "الفريق والتواريخ والتوقيع",
        "تیم، بەروار و واژۆ",
    ),
    "team_lead": ("Team lead", "قائد الفريق", "سەرۆکی تیم"),
    "assessor_count": ("Number of assessors", "عدد المقيّمين", "ژمارەی هەڵسەنگێنەران"),
    "consensus_date": ("Consensus signed", "تاريخ توقيع التوافق", "بەرواری واژۆی کۆدەنگی"),
    "report_date": ("Report written", "تاريخ إعداد التقرير", "بەرواری نووسینی ڕاپۆرت"),
    "fingerprint": (
        "Signing certificate fingerprint",
        "بصمة شهادة التوقيع",
        "پەنجەمۆری بڕوانامەی واژۆ",
    ),
    "legend": ("Legend", "مفتاح الألوان", "ڕێبەری ڕەنگەکان"),
    "not_signed": ("not signed yet", "لم يُوقَّع بعد", "هێشتا واژۆ نەکراوە"),
    "skipped_no_consensus": (
        "{institution}: no feedback report: no agreed consensus (write a draft with --draft)",
        "{institution}: لا تقرير تغذية راجعة: لا يوجد توافق مُعتمد (اكتب مسودة باستخدام --draft)",
        "{institution}: هیچ ڕاپۆرتی فیدباک نییە: هیچ کۆدەنگییەکی پەسەندکراو نییە (بە --draft "
        "ڕەشنووسێک بنووسە)",
    ),
    "skipped_conflict": (
        "{institution}: no feedback report: {count} consensus bundles count; CoMSEC must "
        "settle which one stands",
        "{institution}: لا تقرير تغذية راجعة: {count} حزم توافق معتمدة؛ على الأمانة العامة "
        "لمجلس الوزراء أن تحسم أيّها المعتمد",
        "{institution}: هیچ ڕاپۆرتی فیدباک نییە: {count} بەستەی کۆدەنگی هەژمار دەکرێن؛ "
        "ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران دەبێت بڕیار بدات کامیان دەمێنێتەوە",
    ),
    "draft_no_scores": (
        "No consensus scores exist yet: this draft shows the framework's contents only.",
        "لا توجد درجات توافق بعد: تعرض هذه المسودة محتوى الإطار فقط.",
        "هێشتا هیچ نمرەیەکی کۆدەنگی نییە: ئەم ڕەشنووسە تەنها ناوەڕۆکی چوارچێوەکە پیشان دەدات.",
    ),
    "change": ("Change", "التغيّر", "گۆڕان"),
    "mean_of_individuals": (
        "Mean of individual totals",
        "متوسط المجاميع الفردية",
        "تێکڕای کۆ تاکەکان",
    ),
    "heat_map": ("Heat map", "الخريطة الحرارية", "نەخشەی گەرمی"),
    "heat_legend": (
        "Colour shows the criterion's score (%): red 0, yellow 50, green 100.",
        "يبيّن اللون درجة المعيار (%): الأحمر 0، والأصفر 50، والأخضر 100.",
        "ڕەنگ نمرەی پێوەرەکە پیشان دەدات (%): سوور 0، زەرد 50، سەوز 100.",
    ),
    "sector": ("Sector", "القطاع", "کەرت"),
    "governorate": ("Governorate", "المحافظة", "پارێزگا"),
    "calibration": ("Calibration", "المعايرة", "پێوانەکردن"),
    "calibration_note": (
        "Each assessor's mean deviation from the consensus per criterion (percentage points; "
        "positive: scored above the consensus). CoMSEC only.",
        "متوسط انحراف كل مقيّم عن التوافق لكل معيار (بالنقاط المئوية؛ الموجب: أعلى من "
        "التوافق). للأمانة العامة لمجلس الوزراء فقط.",
        "تێکڕای لادانی هەر هەڵسەنگێنەرێک لە کۆدەنگی بۆ هەر پێوەرێک (خاڵی سەدی؛ ئەرێنی: "
        "سەرووی کۆدەنگی). تەنها بۆ ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران.",
    ),
    "assessor_name": ("Assessor", "المقيّم", "هەڵسەنگێنەر"),
    "scope": ("Cycles", "الدورات", "خولەکان"),
    "all_cycles": ("All cycles", "كل الدورات", "هەموو خولەکان"),
    "institutions_count": ("Institutions", "المؤسسات", "دامەزراوەکان"),
    "trend_chart": (
        "Totals by cycle: the largest changes",
        "المجاميع حسب الدورة: أكبر التغيّرات",
        "کۆکان بەپێی خول: گەورەترین گۆڕانەکان",
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
