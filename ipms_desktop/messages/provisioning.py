"""Messages of provisioning: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

NOT_INSTITUTIONS_LIST_EXPECTED_DOCUMENT = declare(
    "not-institutions-list-expected-document",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        '%1: not an institutions list (expected "document": "%2")',
    ),
    "where",
    "institutions_document",
)
INSTITUTIONS_LIST_FORMAT_NOT_SUPPORTED = declare(
    "institutions-list-format-not-supported",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: institutions list format %2 is not supported (this version reads %3)",
    ),
    "where",
    "value",
    "institutions_format",
)
INSTITUTIONS_MUST_NON_EMPTY_LIST = declare(
    "institutions-must-non-empty-list",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        '%1: "institutions" must be a non-empty list of names',
    ),
    "where",
)
MUST_TEXT_WITHOUT_SURROUNDING_SPACES = declare(
    "must-text-without-surrounding-spaces",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 must be text without surrounding spaces",
    ),
    "where",
)
MUST_NAME_WITHOUT_SURROUNDING_SPACES = declare(
    "must-name-without-surrounding-spaces",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 must be a name without surrounding spaces",
    ),
    "where",
)
UNKNOWN_FIELD_S_KNOWN_NAME = declare(
    "unknown-field-s-known-name",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 has unknown field(s) %2 (known: name, %3)",
    ),
    "where",
    "unknown",
    "institution_fields",
)
INSTITUTIONS_LIST_NEEDS_LEAST_ONE = declare(
    "institutions-list-needs-least-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "an institutions list needs at least one institution",
    ),
)
INSTITUTIONS_LIST_TOO_LARGE_MOST = declare(
    "institutions-list-too-large-most",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the institutions list is too large (at most 1 MiB)",
    ),
)
INSTITUTION_LISTED_TWICE = declare(
    "institution-listed-twice",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: institution %2 (%3) is listed twice",
    ),
    "where",
    "position",
    "entry_name",
)
INSTITUTION_LISTED_TWICE_2 = declare(
    "institution-listed-twice-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "institution %1 (%2) is listed twice",
    ),
    "position",
    "name",
)
INSTITUTION_NAME_TOO_LONG = declare(
    "institution-name-too-long",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is longer than %2 characters",
    ),
    "subject",
    "limit",
)
