"""The programs' icon for Windows (.ico) and macOS (.icns), drawn from the one shipped SVG.

Rendering at build time keeps a single source for the icon instead of committed binaries;
Qt writes both formats, and the build environment has Qt already.
"""

from __future__ import annotations

from pathlib import Path

ICON_PIXELS = 256


def render_icon(svg: Path, target: Path) -> Path:
    """Draw ``svg`` at 256 px into ``target``; the suffix (.ico or .icns) picks the format."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG icon")
    image = QImage(ICON_PIXELS, ICON_PIXELS, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"{target}: Qt cannot write this icon format")
    return target
