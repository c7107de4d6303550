"""The team lead's merge window with the wrong key or none, and a quarantine that stays true.

Driven through the window as a team lead uses it: the Open button, files dropped on the
merge tab, the quarantine's retry buttons. Checked: without a key nothing is read; with a
key the bundles are not for the run stops at once and nothing is quarantined; the
quarantine lists only what is still refused, retrying never makes ``.1`` copies, stale
rejections leave the outcome list, and times are local.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ipms_desktop.consolidation.merge import Outcome, merge_bundles
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.gui.consolidation.window import ConsolidationWindow
from ipms_desktop.gui.i18n import local_time
from tests.bundles.bundle_pki import KEY_PASSPHRASE
from tests.gui_teamlead.conftest import (
    DATABASE_PASSPHRASE,
    close_window,
    merge_all,
    open_window,
    readdress,
)


def every_file(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


def plain(text: str) -> str:
    """Text without the bidi isolate marks around paths and key ids."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def open_by_click(qtbot, window) -> None:
    qtbot.mouseClick(window.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    if window.recovery_box is not None:
        window.recovery_box.accept()
    # Opening is followed by the quarantine's tidy-up and the workspace's first load.
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)


def test_without_a_key_the_merge_does_not_start_and_names_the_key(qtbot, context, world):
    window = ConsolidationWindow(context, None)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "team.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    window.trust_edit.setText(str(world.trust_file))
    open_by_click(qtbot, window)
    wanted = world.ca.consolidation_public_key().key_id[:16]
    opened = plain(window.status_line.text())
    assert "No consolidation key is chosen" in opened and wanted in opened

    window.add_paths(world.bundles)
    assert not window.busy, "nothing may be queued without a key"
    assert window.table.results() == []
    status = plain(window.status_line.text())
    assert f"CoMSEC's consolidation key (key {wanted})" in status
    assert "Choose the consolidation key" in status
    assert every_file(window.quarantine_folder()) == []
    close_window(window, context)


def test_a_key_the_bundles_are_not_for_stops_the_run_and_quarantines_nothing(
    qtbot, context, world, monkeypatch
):
    from ipms_desktop.trust.profile_credentials import recipient_private_key

    lead_key = recipient_private_key(world.profile.keys)
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "lead.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    open_by_click(qtbot, window)
    merge_all(qtbot, window, world.bundles, files=0)
    assert window.table.results() == [], "the first file stops the run"
    status = plain(window.status_line.text())
    assert status.startswith(world.bundles[0].name)
    wanted = world.ca.consolidation_public_key().key_id[:16]
    assert f"CoMSEC's consolidation key (key {wanted})" in status
    assert lead_key.public_key().key_id[:16] in status
    assert "nothing was quarantined" in status and "Merge finished" not in status
    assert every_file(window.quarantine_folder()) == []
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    assert window.quarantine.entries == []
    window.tabs.setCurrentIndex(window.MERGE_TAB)

    # The team lead chooses CoMSEC's key file with the button, without closing anything,
    # and the same files merge.
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *_args, **_kw: (str(world.ca.consolidation_key_path), ""),
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (KEY_PASSPHRASE, True))
    assert window.key_button.isVisible()
    qtbot.mouseClick(window.key_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "from now on" in window.status_line.text(), timeout=20_000)
    assert f"CoMSEC's consolidation key (key {wanted})" in plain(window.status_line.text())
    merge_all(qtbot, window, world.bundles)
    assert [r.outcome for r in window.table.results()] == [Outcome.MERGED] * 3
    assert plain(window.status_line.text()).startswith("Merge finished: 3 merged")
    close_window(window, context)


def test_a_wrong_key_file_passphrase_keeps_the_key_in_use(qtbot, context, world):
    window = ConsolidationWindow(context, None)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "team.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    window.trust_edit.setText(str(world.trust_file))
    open_by_click(qtbot, window)
    window.use_key_file(world.ca.consolidation_key_path, "not the passphrase")
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    assert window.session.key is None
    assert window.status_line.property("role") != "success"
    window.use_key_file(world.ca.consolidation_key_path, KEY_PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.key is not None, timeout=20_000)
    merge_all(qtbot, window, world.bundles[:1])
    assert [r.outcome for r in window.table.results()] == [Outcome.MERGED]
    close_window(window, context)


def test_quarantine_forgets_what_merged_and_retry_makes_no_copies(qtbot, context, world):
    window = open_window(qtbot, context, world, trust_file=world.narrow_trust_file)
    window.recovery_box.accept()
    merge_all(qtbot, window, world.bundles)
    assert [r.outcome for r in window.table.results()] == [Outcome.REJECTED] * 3
    status = plain(window.status_line.text())
    assert "3 file(s) rejected" in status and "0 merged" in status
    assert window.status_line.property("role") != "success" or "Merge finished" not in status
    quarantine = window.quarantine
    folder = window.session.quarantine_dir

    # Refused again, the same files reuse their copies: no name.1 beside them.
    merge_all(qtbot, window, world.bundles)
    names = [path.name for path in every_file(folder)]
    assert not [name for name in names if ".ipmsb.1" in name], names
    assert len(quarantine.entries) == 3

    # Refused by the retry button too: still one copy each.
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    qtbot.mouseClick(quarantine.retry_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Retry finished" in quarantine.status_line.text(), timeout=30_000)
    assert len(every_file(folder)) == 6, [p.name for p in every_file(folder)]

    # New trust settings; the team lead adds the first file again and it merges: its
    # quarantine entry and its stale rejections leave.
    quarantine.load_trust(world.trust_file)
    window.add_paths([world.bundles[0]])
    qtbot.waitUntil(
        lambda: not window.busy and window.table.results()[-1].outcome is Outcome.MERGED,
        timeout=30_000,
    )
    assert plain(window.status_line.text()).startswith("Merge finished: 1 merged")
    rows = [(Path(r.file).name, r.outcome) for r in window.table.results()]
    assert (world.bundles[0].name, Outcome.REJECTED) not in rows
    assert [entry.copy.name for entry in quarantine.entries] == [
        path.name for path in world.bundles[1:]
    ]

    # Retry all: accepted, nothing duplicated, no rejection left in the list.
    qtbot.mouseClick(quarantine.retry_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "2 accepted" in quarantine.status_line.text(), timeout=30_000)
    assert quarantine.entries == [] and not quarantine.retry_all_button.isEnabled()
    assert all(r.outcome is not Outcome.REJECTED for r in window.table.results())
    assert [r.outcome for r in window.table.results()].count(Outcome.MERGED) == 3
    names = [path.name for path in every_file(folder)]
    assert not [name for name in names if name.endswith((".1", ".1.reason.txt"))], names
    assert len(list((folder / "resolved").glob("*.ipmsb"))) == 3, "kept once each"
    assert window.counts_label.text().startswith("3 merged")
    close_window(window, context)


def test_quarantine_drops_a_bundle_merged_some_other_way(qtbot, context, world, tmp_path):
    window = open_window(qtbot, context, world, trust_file=world.narrow_trust_file)
    window.recovery_box.accept()
    merge_all(qtbot, window, world.bundles[:2])
    quarantine = window.quarantine
    assert len(quarantine.entries) == 2
    # The same bundle arrives under another name and merges with the full trust settings.
    quarantine.load_trust(world.trust_file)
    renamed = tmp_path / "renamed.ipmsb"
    renamed.write_bytes(world.bundles[1].read_bytes())
    session = window.session
    opener = bundle_opener(session.trust, session.key)
    merged = merge_bundles(session.database, [renamed], opener, tmp_path / "elsewhere")
    assert merged[0].outcome is Outcome.MERGED
    assert session.set_aside_merged() == 1
    quarantine.refresh()
    assert [entry.copy.name for entry in quarantine.entries] == [world.bundles[0].name]
    close_window(window, context)


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_refusal_times_are_local_and_readable(qtbot, context, world, language):
    context.languages.apply(language)
    window = open_window(qtbot, context, world, trust_file=world.narrow_trust_file)
    window.recovery_box.accept()
    merge_all(qtbot, window, [world.bundles[0]])
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    entry = window.quarantine.entries[0]
    shown = window.quarantine.table.item(0, 1).text()
    moment = datetime.fromisoformat(entry.rejected_at)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    # Local time to the minute, Western digits as every figure, left to right in every language.
    assert shown == "\u2066" + local.toString("yyyy-MM-dd HH:mm") + "\u2069"
    assert shown == local_time(entry.rejected_at)
    assert "T" not in shown and "+00:00" not in shown
    assert local_time("not a time") == "\u2066not a time\u2069"
    close_window(window, context)
    context.languages.apply("en")


def test_the_workspace_status_follows_the_merge(qtbot, context, world):
    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    workspace = window.consensus
    qtbot.waitUntil(lambda: "No individual assessments" in workspace.status_line.text())
    merge_all(qtbot, window, world.bundles)
    qtbot.waitUntil(lambda: bool(workspace.pairs), timeout=20_000)
    context.operations.wait_for_all(20_000)
    assert "No individual assessments are merged yet" not in workspace.status_line.text()
    close_window(window, context)


def test_readdressed_bundle_and_lead_key(qtbot, context, world):
    """The profile's own key still merges what assessors addressed to the team lead."""
    from ipms_desktop.trust.profile_credentials import recipient_private_key

    lead_key = recipient_private_key(world.profile.keys)
    addressed = readdress(world, world.bundles[0], [lead_key.public_key()])
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "lead.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    open_by_click(qtbot, window)
    merge_all(qtbot, window, [addressed])
    assert [r.outcome for r in window.table.results()] == [Outcome.MERGED]
    close_window(window, context)


def test_retrying_with_a_key_the_copies_are_not_for_stops_and_moves_nothing(qtbot, context, world):
    window = open_window(qtbot, context, world, trust_file=world.narrow_trust_file)
    window.recovery_box.accept()
    merge_all(qtbot, window, world.bundles[:2])
    folder = window.session.quarantine_dir
    before = every_file(folder)
    close_window(window, context)

    # Opened again without the key file: the profile's own key is in use.
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "team.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.trust_edit.setText(str(world.trust_file))
    open_by_click(qtbot, window)
    quarantine = window.quarantine
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    qtbot.waitUntil(lambda: len(quarantine.entries) == 2 and not window.busy, timeout=20_000)
    qtbot.mouseClick(quarantine.retry_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "encrypted for" in quarantine.status_line.text(), timeout=30_000)
    assert "nothing was quarantined" in plain(quarantine.status_line.text())
    assert every_file(folder) == before
    assert len(quarantine.entries) == 2 and quarantine.retry_all_button.isEnabled()
    close_window(window, context)
