"""One way to put values into translated sentences: in one pass, each as an isolate."""

from __future__ import annotations

import re
from pathlib import Path

from ipms_desktop.gui.i18n import fill, isolate, isolate_ltr

GUI = Path(__file__).resolve().parents[2] / "ipms_desktop" / "gui"


def test_values_keep_their_own_direction_inside_a_sentence() -> None:
    sentence = fill("حُفظت النسخة في %1 (%2 ميغابايت).", "/media/usb/x.ipmsb", "1.38")
    assert sentence == "حُفظت النسخة في \u2068/media/usb/x.ipmsb\u2069 (1.38 ميغابايت)."
    assert fill("Institution %1", "وزارة التجارة") == "Institution \u2068وزارة التجارة\u2069"
    assert fill("%1 KiB", "1.38 KiB") == "\u20681.38 KiB\u2069 KiB", "a unit is isolated too"


def test_one_pass_never_fills_a_value_twice() -> None:
    assert fill("%1 then %2", "%2", "b") == f"{isolate('%2')} then {isolate('b')}"
    assert fill("only %1", "a", "b") == f"only {isolate('a')}"
    assert fill("%1 and %2", "a") == f"{isolate('a')} and %2"


def test_isolated_values_are_not_wrapped_again() -> None:
    path = isolate_ltr("/tmp/a")
    assert fill("at %1", path) == f"at {path}"


def test_no_screen_fills_placeholders_by_hand() -> None:
    """Every screen uses ``fill``: no `.replace("%1", ...)` chains are left."""
    by_hand = [
        f"{path.relative_to(GUI)}:{number}"
        for path in GUI.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r'\.replace\(\s*"%[1-9]"', line)
    ]
    assert by_hand == []
