"""Assessment frameworks as data: the model, its validator and the shipped catalogue."""

from ipms_desktop.frameworks.catalogue import (
    framework_ids,
    list_framework_versions,
    list_frameworks,
    load_framework,
    load_framework_file,
    load_framework_version,
    read_framework_json,
)
from ipms_desktop.frameworks.model import (
    LANGUAGES,
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
from ipms_desktop.frameworks.validation import (
    FrameworkInvalid,
    canonical_json,
    content_hash,
    framework_problems,
    validate_framework_data,
)

__all__ = [
    "LANGUAGES",
    "Attribute",
    "AttributeSet",
    "Band",
    "Criterion",
    "Element",
    "Framework",
    "FrameworkInvalid",
    "Item",
    "Panel",
    "RecognitionBand",
    "Text",
    "canonical_json",
    "content_hash",
    "framework_ids",
    "framework_problems",
    "list_framework_versions",
    "list_frameworks",
    "load_framework",
    "load_framework_file",
    "load_framework_version",
    "read_framework_json",
    "validate_framework_data",
]
