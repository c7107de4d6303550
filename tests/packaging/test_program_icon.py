"""The Windows and macOS program icons are drawn from the shipped SVG at build time."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_program_icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ipms_packaging_program_icon", ROOT / "packaging" / "program_icon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


program_icon = load_program_icon()


@pytest.mark.parametrize(("suffix", "magic"), [(".ico", b"\0\0\1\0"), (".icns", b"icns")])
def test_icon_written_in_the_platform_format(tmp_path: Path, suffix: str, magic: bytes) -> None:
    target = program_icon.render_icon(
        ROOT / "resources" / "icons" / "app.svg", tmp_path / "work" / f"app{suffix}"
    )

    assert target.read_bytes()[:4] == magic


def test_broken_svg_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")

    with pytest.raises(SystemExit, match="not a valid SVG icon"):
        program_icon.render_icon(broken, tmp_path / "app.ico")
