"""The application's palette and style sheet: calm colours for long working days.

One muted teal accent on warm light greys, dark slate text, and colour used only where it
carries meaning (required, invalid, complete). Sizes are in points so they follow the font.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACCENT = "#1f6f78"
ACCENT_DARK = "#17545b"
ACCENT_LIGHT = "#d7ebed"
BACKGROUND = "#f4f5f2"
SURFACE = "#ffffff"
BORDER = "#c9cfcc"
TEXT = "#1d2a30"
MUTED_TEXT = "#56656b"
WARNING = "#9a5b00"
ERROR = "#b3261e"
SUCCESS = "#2e7d32"

# Radar chart series colours (criteria profile): accent fill and a neutral grid.
CHART_GRID = "#b8c2c0"
CHART_FILL = "#1f6f7855"

STYLE_SHEET = f"""
QMainWindow, QDialog, QWidget#screen {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel[role="title"] {{ font-size: 18pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subtitle"] {{ font-size: 12pt; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel[role="hint"] {{ color: {MUTED_TEXT}; }}
QLabel[role="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel[role="warning"] {{ color: {WARNING}; font-weight: 600; }}
QLabel[role="success"] {{ color: {SUCCESS}; font-weight: 600; }}
QLabel[role="code"] {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 15pt;
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 12px;
}}
QFrame[role="card"] {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
}}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 5px;
    padding: 5px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5a8; background: #eceeeb; }}
QPushButton:checked {{ background: {ACCENT_LIGHT}; border: 1px solid {ACCENT}; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #8fb3b7; color: #eef4f4; }}
QLineEdit, QPlainTextEdit, QListWidget, QTreeWidget, QTableWidget {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 3px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QLineEdit:focus, QPlainTextEdit:focus,
QListWidget:focus, QTreeWidget:focus, QTableWidget:focus {{ border: 2px solid {ACCENT}; }}
QPlainTextEdit[invalid="true"], QLineEdit[invalid="true"] {{ border: 2px solid {ERROR}; }}
QTableWidget::item, QListWidget::item {{ padding: 4px; }}
QTreeWidget::item {{ padding: 3px; }}
QHeaderView::section {{
    background: {ACCENT_LIGHT}; color: {TEXT}; padding: 5px; border: none;
    border-bottom: 1px solid {BORDER}; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {SURFACE}; border-radius: 4px; }}
QTabBar::tab {{ padding: 6px 14px; background: #e6e9e6; border: 1px solid {BORDER}; }}
QTabBar::tab:selected {{ background: {SURFACE}; border-bottom-color: {SURFACE}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 4px; background: {SURFACE};
    text-align: center; min-height: 1.1em; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
QStatusBar {{ color: {MUTED_TEXT}; }}
"""


def apply_style(app: QApplication) -> None:
    """Give the whole application this style sheet (windows opened later follow it)."""
    app.setStyleSheet(STYLE_SHEET)
