"""Messages of scoring: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

NOT_LEGAL_SCORE_USE_STEPS = declare(
    "not-legal-score-use-steps",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 is not a legal score; use %3 to %4 in steps of %5",
    ),
    "where",
    "value",
    "min",
    "max",
    "step",
)
FRAMEWORK_NO_PANEL_USE_ONE = declare(
    "framework-no-panel-use-one",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "framework %1 has no panel '%2'; use one of: %3",
    ),
    "framework_id",
    "panel_id",
    "known",
)
MUST_OBJECT_2 = declare(
    "must-object-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: must be an object",
    ),
    "where",
)
UNKNOWN_KEY_S_ALLOWED = declare(
    "unknown-key-s-allowed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: unknown key(s) %2; allowed: %3",
    ),
    "where",
    "unknown",
    "score_keys",
)
ATTRIBUTES_MUST_OBJECT_ATTRIBUTE_SCORES = declare(
    "attributes-must-object-attribute-scores",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'attributes' must be an object of attribute scores",
    ),
    "where",
)
JUSTIFICATION_MUST_TEXT = declare(
    "justification-must-text",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'justification' must be text",
    ),
    "where",
)
ITEM_AGREED_OVERALL_JUSTIFICATION_REQUIRED = declare(
    "item-agreed-overall-justification-required",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: the agreed overall %2 %3; a justification is required",
    ),
    "item_id",
    "overall",
    "cause",
)
SHEET_MUST_JSON_OBJECT_ITEMS = declare(
    "sheet-must-json-object-items",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the sheet must be a JSON object with an 'items' object",
    ),
)
SHEET_NO_ITEMS_OBJECT = declare(
    "sheet-no-items-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the sheet has no 'items' object",
    ),
)
UNKNOWN_ATTRIBUTE_ATTRIBUTES_ITEM_2 = declare(
    "unknown-attribute-attributes-item-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: unknown attribute '%2'; attributes of this item: %3",
    ),
    "where",
    "attribute_id",
    "known_attributes",
)
NOT_ASSESSED_MUST_GIVE_REASON = declare(
    "not-assessed-must-give-reason",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: 'not_assessed' must give the reason as text",
    ),
    "where",
)
MARKED_NOT_ASSESSED_BUT_ALSO = declare(
    "marked-not-assessed-but-also",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: marked not assessed but also scored; remove the scores or the mark",
    ),
    "where",
)
ITEM_NOT_FRAMEWORK_ITEMS_ARE_2 = declare(
    "item-not-framework-items-are-2",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "item %1: not in framework %2; its items are %3",
    ),
    "item_id",
    "framework_id",
    "known",
)
SCORE_MUST_NUMBER_FOUND = declare(
    "score-must-number-found",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: score must be a number, found %2",
    ),
    "where",
    "value",
)
SCORE_MUST_FINITE_NUMBER_FOUND = declare(
    "score-must-finite-number-found",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: score must be a finite number, found %2",
    ),
    "where",
    "value",
)
