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
