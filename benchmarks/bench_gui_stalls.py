"""The longest event-loop stall of each operation, driven through the real windows offscreen.

A heartbeat timer ticks every 2 ms on the GUI thread; the longest gap between two ticks is
how long the window could not paint or answer a key. Each operation is started the way a
person starts it (the unlock button, an item chosen in the tree, a score stepped while an
evidence file is stored, the export dialog, files dropped on the merge console, the
reports panel's Write button) and measured until its outcome is on screen. The floor is the
longest gap of the same heartbeat while the window is idle, measured in the same run.
Goal: no stall over 100 ms. Key derivation uses the production defaults.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import BenchResult

EVIDENCE_BYTES = 100 * 1000 * 1000
MERGED_BUNDLES = 100
REPORTED_INSTITUTIONS = 50
PASSPHRASE = "quiet river orchard lantern 42"
DATABASE_PASSPHRASE = "granite meadow compass harbour 2026"
HEARTBEAT_MS = 2
GOAL_MS = 100.0


class Heartbeat:
    """Measures the longest gap between ticks of a precise 2 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def run(
        self, start: Callable[[], object], finished: Callable[[], bool], timeout_s: float = 900
    ) -> float:
        """Start ``start`` from the event loop, run the loop until ``finished()``; the
        longest gap in milliseconds."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s
        poll = QTimer()
        poll.setInterval(10)

        def check() -> None:
            if finished():
                loop.quit()
            elif time.monotonic() > deadline:
                loop.quit()
                raise TimeoutError("the operation did not finish")

        poll.timeout.connect(check)
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer.start()
        poll.start()
        QTimer.singleShot(0, start)
        loop.exec()
        poll.stop()
        self.timer.stop()
        return self.longest * 1000

    def idle(self, seconds: float = 1.0) -> float:
        """The longest gap while nothing but the heartbeat runs."""
        until = time.monotonic() + seconds
        return self.run(lambda: None, lambda: time.monotonic() > until)


def _world(root: Path) -> dict[str, Any]:
    """The assessor's window after a training first run, and a team's signed bundles."""
    from benchmarks.bench_merge import PASSPHRASE as CA_PASSPHRASE
    from benchmarks.bench_merge import prepare

    bundles = prepare(root / "team", REPORTED_INSTITUTIONS * 4)
    evidence = root / "site-visit-recording.bin"
    with evidence.open("wb") as handle:
        for _ in range(EVIDENCE_BYTES // 1_000_000):
            handle.write(os.urandom(1_000_000))
    return {"bundles": bundles, "ca_passphrase": CA_PASSPHRASE, "evidence": evidence}


def _assessor_window(app: Any, root: Path) -> Any:
    from PySide6.QtCore import QEventLoop

    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.i18n import LanguageSwitcher
    from ipms_desktop.gui.main_window import MainWindow
    from ipms_desktop.gui.operations import Operations
    from ipms_desktop.gui.preferences import Preferences
    from ipms_desktop.gui.screens.editor import EditorScreen
    from ipms_desktop.gui.screens.first_run import FirstRunScreen

    languages = LanguageSwitcher(app)
    languages.apply("en")
    context = AppContext(
        profile_dir=root / "profile",
        preferences=Preferences(root / "preferences.ini"),
        languages=languages,
        operations=Operations(app),
    )
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.start(context)

    def settle(condition: Callable[[], bool], timeout_s: float = 300) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            app.processEvents(QEventLoop.AllEvents, 50)
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there")

    window.current_screen().language_chosen.emit("en")
    first_run = window.current_screen()
    assert isinstance(first_run, FirstRunScreen)
    first_run.name_edit.setText("Layla Hassan")
    first_run.passphrase_edit.setText(PASSPHRASE)
    first_run.confirm_edit.setText(PASSPHRASE)
    first_run.profile_continue.click()
    first_run.training_button.click()
    settle(lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE)
    first_run.written_check.setChecked(True)
    first_run.recovery_continue.click()
    settle(lambda: isinstance(window.current_screen(), EditorScreen))
    if window.training_note_box is not None:
        window.training_note_box.accept()
    return window, context, settle


def _fill_all(window: Any) -> None:
    editor = window.editor
    framework = editor.framework
    items = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(framework.default_panel, item)
        items[item_id] = {"attributes": {a: 60 for a in attribute_set.attributes}}
    window.profile.assessments.fill_from_sheet(editor.assessment_id, {"items": items})
    editor.refresh()


def _assessor_stalls(
    app: Any, heartbeat: Heartbeat, root: Path, evidence: Path
) -> dict[str, float]:
    from ipms_desktop.gui.dialogs.export import ExportDialog
    from ipms_desktop.gui.screens.unlock import UnlockScreen

    window, context, _settle = _assessor_window(app, root)
    stalls: dict[str, float] = {}

    window.lock()
    unlock = window.current_screen()
    assert isinstance(unlock, UnlockScreen)
    unlock.passphrase_edit.setText(PASSPHRASE)
    stalls["unlock (production key derivation)"] = heartbeat.run(
        unlock.unlock, lambda: window.editor is not None
    )

    editor = window.editor
    order = list(editor.tree_items)
    switched: list[str] = []

    def switch_all() -> None:
        for item_id in order[1:11]:
            editor.select_item(item_id)
            app.processEvents()
            switched.append(item_id)

    stalls["item switch (10 items)"] = heartbeat.run(switch_all, lambda: len(switched) == 10)

    editor.select_item(order[0])
    spin = next(iter(editor.page.controls.values())).spin
    before = len(editor.page.evidence.evidence_records())
    from PySide6.QtCore import QTimer

    edits = QTimer()
    edits.setInterval(20)
    steps = {"count": 0}

    def step() -> None:
        steps["count"] += 1
        spin.stepUp() if steps["count"] % 2 else spin.stepDown()

    edits.timeout.connect(step)

    def store_and_edit() -> None:
        edits.start()
        editor.add_evidence_files([evidence])

    stalls["score edits while a 100 MB evidence file is stored"] = heartbeat.run(
        store_and_edit,
        lambda: (
            len(editor.page.evidence.evidence_records()) > before and not context.operations.busy
        ),
    )
    edits.stop()
    if steps["count"] < 10:
        raise RuntimeError("too few score edits happened during the evidence store")

    _fill_all(window)
    dialog = ExportDialog(context, window.profile, editor.assessment_id, window)
    dialog.show()
    destination = root / "stick"
    destination.mkdir()
    dialog.destination_edit.setText(str(destination / "assessment.ipmsb"))
    stalls["export"] = heartbeat.run(dialog.start_export, lambda: dialog.result_path is not None)
    dialog.close()
    window.close()
    return stalls


def _team_lead_stalls(
    app: Any, heartbeat: Heartbeat, root: Path, world: dict[str, Any]
) -> dict[str, float]:
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow
    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.i18n import LanguageSwitcher
    from ipms_desktop.gui.operations import Operations
    from ipms_desktop.gui.preferences import Preferences

    context = AppContext(
        profile_dir=root / "team-lead-profile",
        preferences=Preferences(root / "team-lead.ini"),
        languages=LanguageSwitcher(app),
        operations=Operations(app),
    )
    window = ConsolidationWindow(context)
    window.resize(1366, 768)
    window.show()
    team = root / "team"
    window.database_edit.setText(str(root / "team.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    window.trust_edit.setText(str(team / "trust.json"))
    window.key_edit.setText(str(team / "ca" / "consolidation.key"))
    window.key_passphrase_edit.setText(world["ca_passphrase"])
    stalls: dict[str, float] = {}
    heartbeat.run(
        window.open_database, lambda: window.session is not None or window.open_button.isEnabled()
    )
    if window.session is None:
        raise RuntimeError(f"the database did not open: {window.status_line.text()}")
    if window.recovery_box is not None:
        window.recovery_box.accept()
    bundles: list[Path] = world["bundles"]
    stalls[f"merge of {MERGED_BUNDLES} bundles"] = heartbeat.run(
        lambda: window.add_paths(bundles[:MERGED_BUNDLES]),
        lambda: not window.busy and len(window.table.results()) == MERGED_BUNDLES,
    )
    heartbeat.run(
        lambda: window.add_paths(bundles[MERGED_BUNDLES:]),
        lambda: not window.busy and len(window.table.results()) == len(bundles),
    )
    panel = window.reports
    panel.cycle_spin.setValue(2026)
    heartbeat.run(panel.load_cycle, lambda: panel.results is not None)
    if len(panel.results.institutions) != REPORTED_INSTITUTIONS:
        raise RuntimeError("the cycle does not hold the expected institutions")
    panel.all_check.setChecked(True)
    panel.workbook_edit.setText(str(root / "reports" / "cycle-2026.xlsx"))
    panel.pdf_check.setChecked(True)
    panel.pdf_edit.setText(str(root / "reports" / "pdf"))
    (root / "reports").mkdir()
    stalls[f"{REPORTED_INSTITUTIONS}-institution report (workbook and PDFs)"] = heartbeat.run(
        panel.write, lambda: bool(panel.written)
    )
    window.close()
    return stalls


def run() -> list[BenchResult]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ipms_desktop.gui.style import STYLE_SHEET

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    heartbeat = Heartbeat()
    with tempfile.TemporaryDirectory(prefix="ipms-bench-stalls-") as folder:
        root = Path(folder)
        world = _world(root)
        floor = heartbeat.idle()
        stalls = _assessor_stalls(app, heartbeat, root, world["evidence"])
        stalls.update(_team_lead_stalls(app, heartbeat, root, world))
        floor = max(floor, heartbeat.idle())
    return [
        BenchResult(f"gui stall: {name} (goal < {GOAL_MS:g} ms)", stall, floor, "ms")
        for name, stall in stalls.items()
    ]
