"""The assessor's desktop application (PySide6). Widgets call services, never the database."""
