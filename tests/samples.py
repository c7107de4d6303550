"""Small, valid sample data shared by tests across folders."""

from __future__ import annotations

from typing import Any


def _text(english: str) -> dict[str, str]:
    return {"en": english, "ar": f"نص {english}", "ckb": f"دەق {english}"}


def _bands() -> list[dict[str, Any]]:
    return [
        {"id": "low", "min": 0, "max": 37, "title": _text("low")},
        {"id": "mid", "min": 38, "max": 62, "title": _text("mid")},
        {"id": "high", "min": 63, "max": 100, "title": _text("high")},
    ]


def _attribute(attribute_id: str) -> dict[str, Any]:
    return {
        "id": attribute_id,
        "title": _text(attribute_id),
        "guidance": [
            {"band": b["id"], "text": _text(f"{attribute_id} {b['id']}")} for b in _bands()
        ],
    }


MINIMAL_FRAMEWORK: dict[str, Any] = {
    "format": 1,
    "id": "mini",
    "version": "1",
    "title": _text("Mini model"),
    "total_points": 100,
    "justification_threshold": 10,
    "scale": "points",
    "not_assessed": "zero",
    "panels": [
        {
            "id": "radar",
            "title": _text("RADAR"),
            "attribute_sets": {"enabler": "mini-enabler", "result": "mini-result"},
        }
    ],
    "attribute_sets": [
        {
            "id": "mini-enabler",
            "title": _text("enablers"),
            "min": 0,
            "max": 100,
            "step": 5,
            "elements": [
                {
                    "id": "approach",
                    "title": _text("approach"),
                    "attributes": [_attribute("sound"), _attribute("integrated")],
                },
                {
                    "id": "review",
                    "title": _text("review"),
                    "attributes": [
                        _attribute("measurement"),
                        _attribute("learning"),
                        _attribute("improvement"),
                    ],
                },
            ],
            "bands": _bands(),
        },
        {
            "id": "mini-result",
            "title": _text("results"),
            "min": 0,
            "max": 100,
            "step": 5,
            "elements": [
                {
                    "id": "performance",
                    "title": _text("performance"),
                    "attributes": [_attribute("trends"), _attribute("targets")],
                },
            ],
            "bands": _bands(),
        },
    ],
    "criteria": [
        {
            "id": "1",
            "kind": "enabler",
            "points": 60,
            "title": _text("Leadership"),
            "items": [
                {"id": "1a", "title": _text("one a"), "share": "0.5"},
                {"id": "1b", "title": _text("one b"), "share": "0.5"},
            ],
        },
        {
            "id": "2",
            "kind": "result",
            "points": 40,
            "title": _text("Results"),
            "items": [
                {"id": "2a", "title": _text("two a"), "share": "3/4"},
                {"id": "2b", "title": _text("two b"), "share": "1/4"},
            ],
        },
    ],
    "recognition_bands": [
        {"id": "committed", "min_total": 20, "inclusive": True, "title": _text("committed")},
        {"id": "recognised", "min_total": 50, "inclusive": False, "title": _text("recognised")},
    ],
}
