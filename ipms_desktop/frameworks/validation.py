"""Turns framework file data into a ``Framework``, or names every problem in it.

Administrators edit frameworks by hand (or in Excel), so a bad file must be rejected
with the file, the JSON path of the item and the problem, never half-loaded. The
rules are those of docs/framework-format.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from fractions import Fraction
from typing import Any

from ipms_desktop.frameworks.model import (
    CRITERION_KINDS,
    DEFAULT_TOTAL_DECIMALS,
    LANGUAGES,
    NOT_ASSESSED_POLICIES,
    SCALES,
    TOTAL_DECIMALS,
    Attribute,
    AttributeSet,
    Band,
    Criterion,
    Element,
    Framework,
    Item,
    Panel,
    RecognitionBand,
    Text,
)
from ipms_desktop.frameworks.problems import (
    Phrase,
    Problem,
    ProblemsFound,
    english_list,
    phrase,
)
from ipms_desktop.messages import frameworks as msgs
from ipms_desktop.messages.registry import Message

FORMAT_VERSION = 1
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_SHARE_PATTERN = re.compile(r"^(\d+(\.\d+)?|\d+/\d+)$")
_MAX_SHOWN_PROBLEMS = 20


def canonical_json(data: Any) -> bytes:
    """The canonical encoding the content hash is taken over (see the format doc)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(data: Any) -> str:
    """``sha256:<hex>`` of the canonical JSON: names one exact framework version."""
    return "sha256:" + hashlib.sha256(canonical_json(data)).hexdigest()


class FrameworkInvalid(ProblemsFound):
    """A framework file breaks the format; ``problems`` names each with its JSON path."""

    named = _MAX_SHOWN_PROBLEMS

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(
            msgs.FRAMEWORK_INVALID, source=source, problems=english_list(problems, self.named)
        )


class _Checker:
    """Collects problems while building the model, so one run reports them all."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: Message, **values: object) -> None:
        self.problems.append(Problem(path, phrase(message, **values)))

    def mapping(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, msgs.MUST_BE_OBJECT, found=_kind(value))
            return None
        return value

    def sequence(self, parent: dict[str, Any], key: str, path: str) -> list[Any]:
        value = parent.get(key)
        if not isinstance(value, list):
            self.problem(f"{path}{key}", msgs.MUST_BE_LIST, found=_kind(value))
            return []
        return value

    def string(self, parent: dict[str, Any], key: str, path: str) -> str:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{path}{key}", msgs.MUST_BE_NON_EMPTY_STRING, found=_kind(value))
            return ""
        return value

    def identifier(self, parent: dict[str, Any], key: str, path: str) -> str:
        value = self.string(parent, key, path)
        if value and not _ID_PATTERN.match(value):
            self.problem(f"{path}{key}", msgs.NOT_A_VALID_ID, value=value)
        return value

    def integer(
        self, parent: dict[str, Any], key: str, path: str, minimum: int | None = None
    ) -> int:
        value = parent.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(f"{path}{key}", msgs.MUST_BE_WHOLE_NUMBER, found=_kind(value))
            return 0
        if minimum is not None and value < minimum:
            self.problem(f"{path}{key}", msgs.MUST_BE_AT_LEAST, minimum=minimum, value=value)
        return value

    def text(self, parent: dict[str, Any], key: str, path: str) -> Text:
        value = parent.get(key)
        where = f"{path}{key}"
        if not isinstance(value, dict):
            self.problem(where, msgs.MUST_BE_TEXT_OBJECT, languages=", ".join(LANGUAGES))
            return Text("", "", "")
        for language in LANGUAGES:
            entry = value.get(language)
            if not isinstance(entry, str) or not entry.strip():
                self.problem(f"{where}.{language}", msgs.MISSING_TRANSLATION)
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            self.problem(where, msgs.UNKNOWN_LANGUAGE_KEYS, keys=", ".join(unknown))
        return Text(*(str(value.get(language, "")) for language in LANGUAGES))

    def unique(self, ids: list[str], path: str, duplicate: Message) -> None:
        seen: set[str] = set()
        for identifier in ids:
            if identifier and identifier in seen:
                self.problem(path, duplicate, value=identifier)
            seen.add(identifier)


def _kind(value: Any) -> Phrase:
    """What a JSON value was found to be, to name it in a problem."""
    if value is None:
        return phrase(msgs.FOUND_NOTHING)
    if isinstance(value, bool):
        return phrase(msgs.FOUND_TRUE_FALSE)
    if isinstance(value, str):
        return (
            phrase(msgs.FOUND_TEXT, text=value) if len(value) < 40 else phrase(msgs.FOUND_LONG_TEXT)
        )
    if isinstance(value, dict):
        return phrase(msgs.FOUND_OBJECT)
    if isinstance(value, list):
        return phrase(msgs.FOUND_LIST)
    return phrase(msgs.FOUND_NUMBER, number=value)


def parse_share(raw: Any) -> Fraction | None:
    """An exact share from ``"0.25"`` or ``"1/3"``; ``None`` if it is neither."""
    if not isinstance(raw, str) or not _SHARE_PATTERN.match(raw.strip()):
        return None
    try:
        return Fraction(raw.strip())
    except (ValueError, ZeroDivisionError):
        return None


def _bands(check: _Checker, raw_set: dict[str, Any], path: str, low: int, high: int) -> list[Band]:
    bands: list[Band] = []
    for index, raw in enumerate(check.sequence(raw_set, "bands", path)):
        where = f"{path}bands[{index}]."
        fields = check.mapping(raw, where[:-1])
        if fields is None:
            continue
        bands.append(
            Band(
                id=check.identifier(fields, "id", where),
                min=check.integer(fields, "min", where),
                max=check.integer(fields, "max", where),
                title=check.text(fields, "title", where),
            )
        )
    check.unique([b.id for b in bands], f"{path}bands", msgs.DUPLICATE_BAND_ID)
    if not bands:
        check.problem(f"{path}bands", msgs.AT_LEAST_ONE_BAND)
        return bands
    expected = low
    for index, band in enumerate(bands):
        if band.min != expected:
            check.problem(
                f"{path}bands[{index}].min",
                msgs.BAND_MIN_LEAVES_GAP,
                value=band.min,
                expected=expected,
            )
        if band.max < band.min:
            check.problem(
                f"{path}bands[{index}].max",
                msgs.BAND_MAX_BELOW_MIN,
                value=band.max,
                minimum=band.min,
            )
        expected = band.max + 1
    if bands[-1].max != high:
        check.problem(
            f"{path}bands[{len(bands) - 1}].max", msgs.LAST_BAND_MAX, value=bands[-1].max, high=high
        )
    return bands


def _attribute_set(check: _Checker, raw: dict[str, Any], path: str) -> AttributeSet:
    low = check.integer(raw, "min", path)
    high = check.integer(raw, "max", path)
    step = check.integer(raw, "step", path, minimum=1)
    if high <= low:
        check.problem(f"{path}max", msgs.MAX_NOT_ABOVE_MIN, value=high, minimum=low)
    elif step > 0 and (high - low) % step:
        check.problem(f"{path}step", msgs.STEP_DOES_NOT_DIVIDE, step=step, low=low, high=high)
    bands = _bands(check, raw, path, low, high)
    band_ids = [b.id for b in bands]
    elements: list[Element] = []
    for e_index, raw_element in enumerate(check.sequence(raw, "elements", path)):
        e_path = f"{path}elements[{e_index}]."
        element = check.mapping(raw_element, e_path[:-1])
        if element is None:
            continue
        attributes: list[Attribute] = []
        for a_index, raw_attribute in enumerate(check.sequence(element, "attributes", e_path)):
            a_path = f"{e_path}attributes[{a_index}]."
            attribute = check.mapping(raw_attribute, a_path[:-1])
            if attribute is None:
                continue
            guidance: dict[str, Text] = {}
            raw_guidance = check.sequence(attribute, "guidance", a_path)
            for g_index, raw_entry in enumerate(raw_guidance):
                g_path = f"{a_path}guidance[{g_index}]."
                entry = check.mapping(raw_entry, g_path[:-1])
                if entry is None:
                    continue
                band_id = check.string(entry, "band", g_path)
                guidance[band_id] = check.text(entry, "text", g_path)
            guidance_order = [g.get("band") for g in raw_guidance if isinstance(g, dict)]
            if guidance_order != band_ids:
                check.problem(
                    f"{a_path}guidance",
                    msgs.GUIDANCE_NOT_PER_BAND,
                    bands=", ".join(band_ids),
                    found=", ".join(str(b) for b in guidance_order),
                )
            attributes.append(
                Attribute(
                    id=check.identifier(attribute, "id", a_path),
                    title=check.text(attribute, "title", a_path),
                    guidance=guidance,
                )
            )
        if not attributes:
            check.problem(f"{e_path}attributes", msgs.ELEMENT_WITHOUT_ATTRIBUTES)
        elements.append(
            Element(
                id=check.identifier(element, "id", e_path),
                title=check.text(element, "title", e_path),
                attributes=tuple(attributes),
            )
        )
    if not elements:
        check.problem(f"{path}elements", msgs.AT_LEAST_ONE_ELEMENT)
    check.unique([e.id for e in elements], f"{path}elements", msgs.DUPLICATE_ELEMENT_ID)
    check.unique(
        [a.id for e in elements for a in e.attributes],
        f"{path}elements",
        msgs.DUPLICATE_ATTRIBUTE_ID,
    )
    return AttributeSet(
        id=check.identifier(raw, "id", path),
        title=check.text(raw, "title", path),
        min=low,
        max=high,
        step=step,
        elements=tuple(elements),
        bands=tuple(bands),
    )


def _criteria(check: _Checker, data: dict[str, Any]) -> list[Criterion]:
    criteria: list[Criterion] = []
    for c_index, raw_criterion in enumerate(check.sequence(data, "criteria", "")):
        c_path = f"criteria[{c_index}]."
        raw = check.mapping(raw_criterion, c_path[:-1])
        if raw is None:
            continue
        criterion_id = check.identifier(raw, "id", c_path)
        kind = raw.get("kind")
        if kind not in CRITERION_KINDS:
            check.problem(f"{c_path}kind", msgs.MUST_BE_ONE_OF, allowed=", ".join(CRITERION_KINDS))
            kind = "enabler"
        items: list[Item] = []
        for i_index, raw_item in enumerate(check.sequence(raw, "items", c_path)):
            i_path = f"{c_path}items[{i_index}]."
            item = check.mapping(raw_item, i_path[:-1])
            if item is None:
                continue
            share = parse_share(item.get("share"))
            if share is None or share <= 0:
                check.problem(
                    f"{i_path}share", msgs.SHARE_NOT_POSITIVE, value=repr(item.get("share"))
                )
                share = Fraction(0)
            items.append(
                Item(
                    id=check.identifier(item, "id", i_path),
                    title=check.text(item, "title", i_path),
                    share=share,
                    criterion=criterion_id,
                    kind=kind,
                )
            )
        if not items:
            check.problem(f"{c_path}items", msgs.CRITERION_WITHOUT_ITEMS)
        elif all(i.share > 0 for i in items) and sum(i.share for i in items) != 1:
            total = sum(i.share for i in items)
            check.problem(f"{c_path}items", msgs.SHARES_NOT_ONE, total=total)
        criteria.append(
            Criterion(
                id=criterion_id,
                kind=kind,
                points=check.integer(raw, "points", c_path, minimum=1),
                title=check.text(raw, "title", c_path),
                items=tuple(items),
            )
        )
    if not criteria:
        check.problem("criteria", msgs.AT_LEAST_ONE_CRITERION)
    check.unique([c.id for c in criteria], "criteria", msgs.DUPLICATE_CRITERION_ID)
    check.unique([i.id for c in criteria for i in c.items], "criteria", msgs.DUPLICATE_ITEM_ID)
    return criteria


def _panels(check: _Checker, data: dict[str, Any], sets: dict[str, AttributeSet]) -> list[Panel]:
    panels: list[Panel] = []
    for index, raw_panel in enumerate(check.sequence(data, "panels", "")):
        path = f"panels[{index}]."
        raw = check.mapping(raw_panel, path[:-1])
        if raw is None:
            continue
        mapping = check.mapping(raw.get("attribute_sets"), f"{path}attribute_sets") or {}
        for kind in CRITERION_KINDS:
            set_id = mapping.get(kind)
            if set_id not in sets:
                check.problem(
                    f"{path}attribute_sets.{kind}", msgs.UNKNOWN_ATTRIBUTE_SET, value=repr(set_id)
                )
        panels.append(
            Panel(
                id=check.identifier(raw, "id", path),
                title=check.text(raw, "title", path),
                attribute_sets={k: str(v) for k, v in mapping.items()},
            )
        )
    if not panels:
        check.problem("panels", msgs.AT_LEAST_ONE_PANEL)
    check.unique([p.id for p in panels], "panels", msgs.DUPLICATE_PANEL_ID)
    return panels


def _recognition_bands(check: _Checker, data: dict[str, Any]) -> list[RecognitionBand]:
    bands: list[RecognitionBand] = []
    for index, raw_band in enumerate(check.sequence(data, "recognition_bands", "")):
        path = f"recognition_bands[{index}]."
        raw = check.mapping(raw_band, path[:-1])
        if raw is None:
            continue
        inclusive = raw.get("inclusive")
        if not isinstance(inclusive, bool):
            check.problem(f"{path}inclusive", msgs.MUST_BE_TRUE_OR_FALSE)
        bands.append(
            RecognitionBand(
                id=check.identifier(raw, "id", path),
                min_total=check.integer(raw, "min_total", path, minimum=0),
                inclusive=bool(inclusive),
                title=check.text(raw, "title", path),
            )
        )
    if [b.min_total for b in bands] != sorted(b.min_total for b in bands):
        check.problem("recognition_bands", msgs.NOT_ASCENDING_MIN_TOTAL)
    check.unique([b.id for b in bands], "recognition_bands", msgs.DUPLICATE_BAND_ID)
    return bands


def _choice(check: _Checker, data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    """One of ``allowed``; an absent key means the first (the rule of files written before
    the key existed: a points scale, not-assessed items scored 0)."""
    value = data.get(key, allowed[0])
    if value not in allowed:
        check.problem(key, msgs.MUST_BE_ONE_OF_FOUND, allowed=", ".join(allowed), value=repr(value))
        return allowed[0]
    return str(value)


def _total_decimals(check: _Checker, data: dict[str, Any]) -> int:
    """The places a total is shown and decided with; absent means one decimal, the rule of
    the files written before the key existed."""
    if "total_decimals" not in data:
        return DEFAULT_TOTAL_DECIMALS
    value = check.integer(data, "total_decimals", "")
    if value not in TOTAL_DECIMALS:
        check.problem(
            "total_decimals",
            msgs.MUST_BE_ONE_OF_FOUND,
            allowed=", ".join(map(str, TOTAL_DECIMALS)),
            value=repr(value),
        )
        return DEFAULT_TOTAL_DECIMALS
    return value


def framework_problems(data: Any) -> tuple[Framework | None, list[Problem]]:
    """Build the framework from ``data``; return it (or ``None``) and every problem found."""
    check = _Checker()
    if check.mapping(data, "(top level)") is None:
        return None, check.problems
    if data.get("format") != FORMAT_VERSION:
        check.problem(
            "format",
            msgs.MUST_BE_VALUE_FOUND,
            expected=FORMAT_VERSION,
            value=repr(data.get("format")),
        )
    framework_id = check.identifier(data, "id", "")
    version = check.string(data, "version", "")
    title = check.text(data, "title", "")
    total_points = check.integer(data, "total_points", "", minimum=1)
    threshold = check.integer(data, "justification_threshold", "", minimum=0)
    notes = check.text(data, "notes", "") if "notes" in data else None

    sets: dict[str, AttributeSet] = {}
    for index, raw_set in enumerate(check.sequence(data, "attribute_sets", "")):
        path = f"attribute_sets[{index}]."
        raw = check.mapping(raw_set, path[:-1])
        if raw is not None:
            attribute_set = _attribute_set(check, raw, path)
            if attribute_set.id in sets:
                check.problem(f"{path}id", msgs.DUPLICATE_ATTRIBUTE_SET_ID, value=attribute_set.id)
            sets[attribute_set.id] = attribute_set
    panels = _panels(check, data, sets)
    criteria = _criteria(check, data)
    scale = _choice(check, data, "scale", SCALES)
    policy = _choice(check, data, "not_assessed", NOT_ASSESSED_POLICIES)
    total_decimals = _total_decimals(check, data)
    if scale == "percent":
        for index, criterion in enumerate(criteria):
            if criterion.points != 100:
                check.problem(f"criteria[{index}].points", msgs.POINTS_MUST_BE_100)
        if total_points != 100:
            check.problem("total_points", msgs.POINTS_MUST_BE_100)
    elif criteria and all(c.points > 0 for c in criteria):
        points = sum(c.points for c in criteria)
        if points != total_points:
            check.problem(
                "criteria", msgs.POINTS_DO_NOT_ADD_UP, points=points, total_points=total_points
            )
    recognition = _recognition_bands(check, data)
    known = {
        "format",
        "id",
        "version",
        "title",
        "total_points",
        "justification_threshold",
        "scale",
        "not_assessed",
        "total_decimals",
        "panels",
        "attribute_sets",
        "criteria",
        "recognition_bands",
        "notes",
    }
    for key in sorted(set(data) - known):
        check.problem(key, msgs.UNKNOWN_KEY)
    if check.problems:
        return None, check.problems
    framework = Framework(
        id=framework_id,
        version=version,
        title=title,
        total_points=total_points,
        justification_threshold=threshold,
        scale=scale,
        not_assessed_policy=policy,
        total_decimals=total_decimals,
        panels=tuple(panels),
        attribute_sets=sets,
        criteria=tuple(criteria),
        recognition_bands=tuple(recognition),
        notes=notes,
        content_hash=content_hash(data),
        data=data,
    )
    return framework, []


def validate_framework_data(data: Any, source: str) -> Framework:
    """The framework built from ``data``; raises ``FrameworkInvalid`` naming ``source``."""
    framework, problems = framework_problems(data)
    if framework is None:
        raise FrameworkInvalid(source, problems)
    return framework
