"""Shared test set-up: Qt runs offscreen and no test touches the user's real data."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
