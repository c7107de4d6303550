"""Reusable widgets: the RADAR attribute control, the score profile chart, text lists."""
