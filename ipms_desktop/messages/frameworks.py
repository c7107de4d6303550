"""Messages of frameworks: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare, translate

FRAMEWORK_FILE_ID_DOES_NOT = declare(
    "framework-file-id-does-not",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework file %1: id '%2' does not match the file name; name the file %2.json",
    ),
    "path",
    "framework_id",
)
UNKNOWN_FRAMEWORK_KNOWN_FRAMEWORKS = declare(
    "unknown-framework-known-frameworks",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown framework '%1'; known frameworks: %2",
    ),
    "framework_id",
    "value",
)
NOT_READABLE_EXCEL_WORKBOOK_XLSX = declare(
    "not-readable-excel-workbook-xlsx",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not a readable Excel workbook (.xlsx); export a template with 'ipms "
        "frameworks export ID --xlsx FILE', edit it in Excel or LibreOffice and save it as "
        ".xlsx",
    ),
    "path",
)
FRAMEWORK_WORKBOOK = declare(
    "framework-workbook",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework workbook %1: %2",
    ),
    "path",
    "refusal",
)
FRAMEWORK_WORKBOOK_DAMAGED_NOT_WORKBOOK = declare(
    "framework-workbook-damaged-not-workbook",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework workbook %1 is damaged or not a workbook Excel writes (%2); save it again "
        "from Excel or LibreOffice",
    ),
    "path",
    "name__",
)
FRAMEWORK_TEXT_CONTAINS_CONTROL_CHARACTER = declare(
    "framework-text-contains-control-character",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the framework text %1 contains a control character Excel cannot store; remove it "
        "from the framework file and export again",
    ),
    "value",
)
NOT_READABLE_WORKBOOK = declare(
    "not-readable-workbook",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not a readable Excel workbook (.xlsx): %2; export a template with 'ipms "
        "frameworks export ID --xlsx FILE', edit it in Excel and save it as an Excel workbook",
    ),
    "path",
    "error_type",
)
FRAMEWORK_INVALID = declare(
    "framework-invalid",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework %1 is invalid: %2",
    ),
    "source",
    "problems",
)
FRAMEWORK_WORKBOOK_INVALID = declare(
    "framework-workbook-invalid",
    translate(
        "CoreMessages",
        "framework workbook %1 has %n problem(s): %2",
        None,
        0,
    ),
    "path",
    "problems",
    count="count",
)
MORE_PROBLEMS = declare(
    "framework-more-problems",
    translate("CoreMessages", "and %n more problem(s)", None, 0),
    count="count",
)

# -- what a value was found to be, named in a problem ("must be a list, found nothing")

FOUND_NOTHING = declare("framework-found-nothing", QT_TRANSLATE_NOOP("CoreMessages", "nothing"))
FOUND_TRUE_FALSE = declare(
    "framework-found-true-false", QT_TRANSLATE_NOOP("CoreMessages", "true/false")
)
FOUND_TEXT = declare("framework-found-text", QT_TRANSLATE_NOOP("CoreMessages", "text '%1'"), "text")
FOUND_LONG_TEXT = declare(
    "framework-found-long-text", QT_TRANSLATE_NOOP("CoreMessages", "a long text")
)
FOUND_OBJECT = declare("framework-found-object", QT_TRANSLATE_NOOP("CoreMessages", "an object"))
FOUND_LIST = declare("framework-found-list", QT_TRANSLATE_NOOP("CoreMessages", "a list"))
FOUND_NUMBER = declare(
    "framework-found-number", QT_TRANSLATE_NOOP("CoreMessages", "the number %1"), "number"
)

# -- problems of framework data, each after its JSON path ("criteria[0].items: ...")

MUST_BE_OBJECT = declare(
    "framework-must-be-object",
    QT_TRANSLATE_NOOP("CoreMessages", "must be an object, found %1"),
    "found",
)
MUST_BE_LIST = declare(
    "framework-must-be-list",
    QT_TRANSLATE_NOOP("CoreMessages", "must be a list, found %1"),
    "found",
)
MUST_BE_NON_EMPTY_STRING = declare(
    "framework-must-be-non-empty-string",
    QT_TRANSLATE_NOOP("CoreMessages", "must be a non-empty string, found %1"),
    "found",
)
NOT_A_VALID_ID = declare(
    "framework-not-a-valid-id",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "'%1' is not a valid id (lower-case letters, digits, '.', '_', '-')"
    ),
    "value",
)
MUST_BE_WHOLE_NUMBER = declare(
    "framework-must-be-whole-number",
    QT_TRANSLATE_NOOP("CoreMessages", "must be a whole number, found %1"),
    "found",
)
MUST_BE_AT_LEAST = declare(
    "framework-must-be-at-least",
    QT_TRANSLATE_NOOP("CoreMessages", "must be at least %1, found %2"),
    "minimum",
    "value",
)
MUST_BE_TEXT_OBJECT = declare(
    "framework-must-be-text-object",
    QT_TRANSLATE_NOOP("CoreMessages", "must be a text object with %1"),
    "languages",
)
MISSING_TRANSLATION = declare(
    "framework-missing-translation",
    QT_TRANSLATE_NOOP("CoreMessages", "missing or empty translation"),
)
UNKNOWN_LANGUAGE_KEYS = declare(
    "framework-unknown-language-keys",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown language key(s) %1"),
    "keys",
)
DUPLICATE_BAND_ID = declare(
    "framework-duplicate-band-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate band id '%1'"),
    "value",
)
DUPLICATE_ELEMENT_ID = declare(
    "framework-duplicate-element-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate element id '%1'"),
    "value",
)
DUPLICATE_ATTRIBUTE_ID = declare(
    "framework-duplicate-attribute-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate attribute id '%1'"),
    "value",
)
DUPLICATE_CRITERION_ID = declare(
    "framework-duplicate-criterion-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate criterion id '%1'"),
    "value",
)
DUPLICATE_ITEM_ID = declare(
    "framework-duplicate-item-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate item id '%1'"),
    "value",
)
DUPLICATE_PANEL_ID = declare(
    "framework-duplicate-panel-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate panel id '%1'"),
    "value",
)
DUPLICATE_ATTRIBUTE_SET_ID = declare(
    "framework-duplicate-attribute-set-id",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate attribute set id '%1'"),
    "value",
)
AT_LEAST_ONE_BAND = declare(
    "framework-at-least-one-band",
    QT_TRANSLATE_NOOP("CoreMessages", "at least one band is required"),
)
BAND_MIN_LEAVES_GAP = declare(
    "framework-band-min-leaves-gap",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "is %1 but must be %2 so bands cover the scale without gaps or overlaps",
    ),
    "value",
    "expected",
)
BAND_MAX_BELOW_MIN = declare(
    "framework-band-max-below-min",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is below min %2"),
    "value",
    "minimum",
)
LAST_BAND_MAX = declare(
    "framework-last-band-max",
    QT_TRANSLATE_NOOP("CoreMessages", "is %1 but must end at %2"),
    "value",
    "high",
)
MAX_NOT_ABOVE_MIN = declare(
    "framework-max-not-above-min",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 must be above min %2"),
    "value",
    "minimum",
)
STEP_DOES_NOT_DIVIDE = declare(
    "framework-step-does-not-divide",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 does not divide the scale %2..%3"),
    "step",
    "low",
    "high",
)
GUIDANCE_NOT_PER_BAND = declare(
    "framework-guidance-not-per-band",
    QT_TRANSLATE_NOOP("CoreMessages", "must give one entry per band in order (%1), found (%2)"),
    "bands",
    "found",
)
ELEMENT_WITHOUT_ATTRIBUTES = declare(
    "framework-element-without-attributes",
    QT_TRANSLATE_NOOP("CoreMessages", "an element needs at least one attribute"),
)
AT_LEAST_ONE_ELEMENT = declare(
    "framework-at-least-one-element",
    QT_TRANSLATE_NOOP("CoreMessages", "at least one element is required"),
)
MUST_BE_ONE_OF = declare(
    "framework-must-be-one-of",
    QT_TRANSLATE_NOOP("CoreMessages", "must be one of %1"),
    "allowed",
)
SHARE_NOT_POSITIVE = declare(
    "framework-share-not-positive",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 must be a positive decimal ('0.25') or fraction ('1/3') written as a string",
    ),
    "value",
)
CRITERION_WITHOUT_ITEMS = declare(
    "framework-criterion-without-items",
    QT_TRANSLATE_NOOP("CoreMessages", "a criterion needs at least one item"),
)
SHARES_NOT_ONE = declare(
    "framework-shares-not-one",
    QT_TRANSLATE_NOOP("CoreMessages", "shares add up to %1, not exactly 1"),
    "total",
)
AT_LEAST_ONE_CRITERION = declare(
    "framework-at-least-one-criterion",
    QT_TRANSLATE_NOOP("CoreMessages", "at least one criterion is required"),
)
UNKNOWN_ATTRIBUTE_SET = declare(
    "framework-unknown-attribute-set",
    QT_TRANSLATE_NOOP("CoreMessages", "names unknown attribute set %1"),
    "value",
)
AT_LEAST_ONE_PANEL = declare(
    "framework-at-least-one-panel",
    QT_TRANSLATE_NOOP("CoreMessages", "at least one panel is required"),
)
MUST_BE_TRUE_OR_FALSE = declare(
    "framework-must-be-true-or-false",
    QT_TRANSLATE_NOOP("CoreMessages", "must be true or false"),
)
NOT_ASCENDING_MIN_TOTAL = declare(
    "framework-not-ascending-min-total",
    QT_TRANSLATE_NOOP("CoreMessages", "must be listed in ascending min_total"),
)
MUST_BE_ONE_OF_FOUND = declare(
    "framework-must-be-one-of-found",
    QT_TRANSLATE_NOOP("CoreMessages", "must be one of %1, found %2"),
    "allowed",
    "value",
)
MUST_BE_VALUE_FOUND = declare(
    "framework-must-be-value-found",
    QT_TRANSLATE_NOOP("CoreMessages", "must be %1, found %2"),
    "expected",
    "value",
)
POINTS_MUST_BE_100 = declare(
    "framework-points-must-be-100",
    QT_TRANSLATE_NOOP("CoreMessages", "must be 100 when the scale is percent"),
)
POINTS_DO_NOT_ADD_UP = declare(
    "framework-points-do-not-add-up",
    QT_TRANSLATE_NOOP("CoreMessages", "points add up to %1, not total_points %2"),
    "points",
    "total_points",
)
UNKNOWN_KEY = declare(
    "framework-unknown-key",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key"),
)

# -- problems of a framework workbook, each after its sheet and cell ("criteria!C4: ...")

SHEET_MISSING = declare(
    "framework-sheet-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the sheet is missing; the template needs the sheets %1 (export a fresh template to "
        "see the layout)",
    ),
    "sheets",
)
UNKNOWN_COLUMN = declare(
    "framework-unknown-column",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown column '%1'; the columns of %2 are %3"),
    "column",
    "sheet",
    "columns",
)
COLUMN_TWICE = declare(
    "framework-column-twice",
    QT_TRANSLATE_NOOP("CoreMessages", "column '%1' appears twice"),
    "column",
)
MISSING_COLUMNS = declare(
    "framework-missing-columns",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "missing column(s) %1 in the header row; the columns of %2 are %3"
    ),
    "missing",
    "sheet",
    "columns",
)
VALUE_WITHOUT_HEADER = declare(
    "framework-value-without-header",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "value in a column without a header; move it into a named column or delete it",
    ),
)
CELL_HOLDS_FORMULA = declare(
    "framework-cell-holds-formula",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 holds a formula; type the value itself"),
    "column",
)
EMPTY_NOT_WHOLE_NUMBER = declare(
    "framework-empty-not-whole-number",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 an empty cell is not a whole number"),
    "column",
)
VALUE_NOT_WHOLE_NUMBER = declare(
    "framework-value-not-whole-number",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a whole number"),
    "column",
    "value",
)
EMPTY_NOT_TRUE_OR_FALSE = declare(
    "framework-empty-not-true-or-false",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 an empty cell must be TRUE or FALSE"),
    "column",
)
VALUE_NOT_TRUE_OR_FALSE = declare(
    "framework-value-not-true-or-false",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' must be TRUE or FALSE"),
    "column",
    "value",
)
DUPLICATE_KEY_ROW = declare(
    "framework-duplicate-key-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate key '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_ID_ROW = declare(
    "framework-duplicate-id-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate id '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_BAND_IN_SET_ROW = declare(
    "framework-duplicate-band-in-set-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate band id in its set '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_ELEMENT_IN_SET_ROW = declare(
    "framework-duplicate-element-in-set-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate element id in its set '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_ATTRIBUTE_IN_SET_ROW = declare(
    "framework-duplicate-attribute-in-set-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate attribute id in its set '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_GUIDANCE_BAND_ROW = declare(
    "framework-duplicate-guidance-band-row",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "duplicate guidance band for this attribute '%1' (first at %2)"
    ),
    "value",
    "first",
)
DUPLICATE_PANEL_ID_ROW = declare(
    "framework-duplicate-panel-id-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate panel id '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_CRITERION_ID_ROW = declare(
    "framework-duplicate-criterion-id-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate criterion id '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_ITEM_ID_ROW = declare(
    "framework-duplicate-item-id-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate item id '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_BAND_ID_ROW = declare(
    "framework-duplicate-band-id-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate band id '%1' (first at %2)"),
    "value",
    "first",
)
DUPLICATE_LANGUAGE_ROW = declare(
    "framework-duplicate-language-row",
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate language '%1' (first at %2)"),
    "value",
    "first",
)
UNKNOWN_SHEET = declare(
    "framework-unknown-sheet",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "unknown sheet; its contents would not be imported. Move the data into %1 or delete "
        "the sheet",
    ),
    "sheets",
)
VIEW_SHEET_EDITED = declare(
    "framework-view-sheet-edited",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this sheet only displays the texts of the other sheets and is not imported; undo "
        "the change here and make it in the sheet named in column A",
    ),
)
UNKNOWN_FRAMEWORK_KEY = declare(
    "framework-unknown-framework-key",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key '%1'; the keys are %2"),
    "key",
    "keys",
)
KEY_ROW_MISSING = declare(
    "framework-key-row-missing",
    QT_TRANSLATE_NOOP("CoreMessages", "the row for key '%1' is missing"),
    "key",
)
ATTRIBUTE_SET_NOT_LISTED = declare(
    "framework-attribute-set-not-listed",
    QT_TRANSLATE_NOOP("CoreMessages", "attribute set '%1' is not listed in the %2 sheet"),
    "name",
    "sheet",
)
ELEMENT_NOT_LISTED = declare(
    "framework-element-not-listed",
    QT_TRANSLATE_NOOP("CoreMessages", "element '%1' of set '%2' is not listed in the %3 sheet"),
    "name",
    "set_id",
    "sheet",
)
ATTRIBUTE_NOT_LISTED = declare(
    "framework-attribute-not-listed",
    QT_TRANSLATE_NOOP("CoreMessages", "attribute '%1' of set '%2' is not listed in the %3 sheet"),
    "name",
    "set_id",
    "sheet",
)
CRITERION_NOT_LISTED = declare(
    "framework-criterion-not-listed",
    QT_TRANSLATE_NOOP("CoreMessages", "criterion '%1' is not listed in the %2 sheet"),
    "name",
    "sheet",
)
UNKNOWN_NOTES_LANGUAGE = declare(
    "framework-unknown-notes-language",
    QT_TRANSLATE_NOOP("CoreMessages", "unknown language '%1'; use one of %2"),
    "language",
    "languages",
)
IN_WORKBOOK = declare(
    "framework-in-workbook",
    QT_TRANSLATE_NOOP("CoreMessages", "workbook (%1)"),
    "path",
)
# A validator's problem found at a cell, after what the cell holds ("title_ar", "item '1a'").
LABELLED = declare(
    "framework-labelled-problem",
    QT_TRANSLATE_NOOP("CoreMessages", "%1 %2"),
    "label",
    "problem",
)
LABEL_ATTRIBUTE_SET = declare(
    "framework-label-attribute-set",
    QT_TRANSLATE_NOOP("CoreMessages", "attribute set '%1'"),
    "name",
)
LABEL_BAND = declare("framework-label-band", QT_TRANSLATE_NOOP("CoreMessages", "band '%1'"), "name")
LABEL_ELEMENT = declare(
    "framework-label-element", QT_TRANSLATE_NOOP("CoreMessages", "element '%1'"), "name"
)
LABEL_ATTRIBUTE = declare(
    "framework-label-attribute", QT_TRANSLATE_NOOP("CoreMessages", "attribute '%1'"), "name"
)
LABEL_PANEL = declare(
    "framework-label-panel", QT_TRANSLATE_NOOP("CoreMessages", "panel '%1'"), "name"
)
LABEL_CRITERION = declare(
    "framework-label-criterion", QT_TRANSLATE_NOOP("CoreMessages", "criterion '%1':"), "name"
)
LABEL_ITEM = declare("framework-label-item", QT_TRANSLATE_NOOP("CoreMessages", "item '%1'"), "name")
LABEL_RECOGNITION_BAND = declare(
    "framework-label-recognition-band",
    QT_TRANSLATE_NOOP("CoreMessages", "recognition band '%1'"),
    "name",
)
LABEL_NOTES_IN = declare(
    "framework-label-notes-in", QT_TRANSLATE_NOOP("CoreMessages", "notes in %1"), "language"
)

# -- why a framework workbook's package is refused before a cell of it is read

SCAN_TOO_MANY_PARTS = declare(
    "framework-scan-too-many-parts",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it has %1 parts, more than the %2 a framework workbook can have"
    ),
    "parts",
    "limit",
)
SCAN_UNPACKS_TOO_LARGE = declare(
    "framework-scan-unpacks-too-large",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it unpacks to %1 bytes, more than the %2 a framework workbook can hold"
    ),
    "size",
    "limit",
)
SCAN_TOO_MANY_SHEETS = declare(
    "framework-scan-too-many-sheets",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it has %1 sheets, more than the %2 a framework workbook can have"
    ),
    "sheets",
    "limit",
)
SCAN_SHARED_TEXT_TOO_LONG = declare(
    "framework-scan-shared-text-too-long",
    QT_TRANSLATE_NOOP(
        "CoreMessages", "shared text %1 is %2 characters long, more than a cell can hold (%3)"
    ),
    "index",
    "length",
    "limit",
)
SCAN_VALUE_BELOW_LAST_ROW = declare(
    "framework-scan-value-below-last-row",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: a value below row %2, the last row a framework sheet can use; delete it",
    ),
    "cell",
    "limit",
)
SCAN_VALUE_RIGHT_OF_LAST_COLUMN = declare(
    "framework-scan-value-right-of-last-column",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: a value right of column %2, the last column a framework sheet can use; delete it",
    ),
    "cell",
    "limit",
)
SCAN_ROW_NOT_A_NUMBER = declare(
    "framework-scan-row-not-a-number",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: a row numbered %2, which is not a row number"),
    "sheet",
    "value",
)
SCAN_ROW_OUTSIDE_EXCEL = declare(
    "framework-scan-row-outside-excel",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: a row numbered %2, outside Excel's 1 to 1,048,576"),
    "sheet",
    "value",
)
SCAN_CELL_NOT_A_REFERENCE = declare(
    "framework-scan-cell-not-a-reference",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: a cell named %2, which is not a cell reference"),
    "sheet",
    "value",
)
SCAN_CELL_OUTSIDE_EXCEL = declare(
    "framework-scan-cell-outside-excel",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: a cell outside Excel's sheet (%2)"),
    "sheet",
    "value",
)
SCAN_UNNAMED_CELL_OUTSIDE_EXCEL = declare(
    "framework-scan-unnamed-cell-outside-excel",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: a cell outside Excel's sheet (unnamed)"),
    "sheet",
)
SCAN_CELL_TOO_LONG = declare(
    "framework-scan-cell-too-long",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 characters, more than a cell can hold (%3)"),
    "cell",
    "length",
    "limit",
)
SCAN_NUMBER_UNREADABLE = declare(
    "framework-scan-number-unreadable",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the number %2 cannot be read (at most %3 characters); type the value again",
    ),
    "cell",
    "number",
    "limit",
)
SCAN_NO_SUCH_SHARED_TEXT = declare(
    "framework-scan-no-such-shared-text",
    QT_TRANSLATE_NOOP("CoreMessages", "%1: refers to shared text %2, which does not exist"),
    "cell",
    "value",
)
