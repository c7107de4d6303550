"""Writing a cycle's workbook and feedback reports from the desktop application."""
