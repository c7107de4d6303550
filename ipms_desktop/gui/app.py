"""Start-up of the desktop application: first paint fast, heavy services after.

The first window (language choice or unlock) is built from Qt alone and painted before
SQLAlchemy, SQLCipher, openpyxl or cryptography are imported: on an old laptop that is
the difference between a window at once and half a second of nothing.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QStandardPaths,
)
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.first_paint import FirstPaintProbe, milliseconds_since_start
from ipms_desktop.gui.i18n import (
    DEFAULT_LANGUAGE,
    RIGHT_TO_LEFT_LANGUAGES,
    fill,
)
from ipms_desktop.gui.launcher import resume_garbage_collection
from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.start_options import parse_start_options
from ipms_desktop.resources import resource_path
from ipms_desktop.settings import APP_ID, APP_NAME, ORGANISATION

if TYPE_CHECKING:
    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.preferences import Preferences


def default_profile_dir() -> Path:
    from ipms_desktop.store.paths import default_profile_dir as store_default

    return store_default()


def preferences_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppConfigLocation))
    return folder / "preferences.ini"


def instance_lock(profile_dir: Path) -> QLockFile:
    """A lock per profile folder, so a second window on the same profile is refused early."""
    digest = zlib.crc32(str(profile_dir.resolve()).encode("utf-8"))
    lock = QLockFile(str(Path(QDir.tempPath()) / f"{APP_ID}-{digest:08x}.lock"))
    lock.setStaleLockTime(0)
    return lock


def lock_holder(lock: QLockFile) -> tuple[int, str]:
    """The process id and host name holding ``lock``.

    ``QLockFile.getLockInfo`` returns ``(pid, host, app)`` in PySide6 6.11 and
    ``(found, pid, host, app)`` in earlier releases; both are read here.
    """
    info = tuple(lock.getLockInfo())
    if len(info) == 4:
        info = info[1:]
    pid, host = (*info, 0, "")[:2]
    return int(pid or 0), str(host or "")


def refuse_second_instance(lock: QLockFile) -> None:
    """Say, in the chosen language, which process and host hold the profile."""
    from PySide6.QtWidgets import QMessageBox

    from ipms_desktop.gui.i18n import isolate_ltr

    pid, host = lock_holder(lock)
    text = fill(
        QCoreApplication.translate(
            "Startup",
            "IPMS Desktop is already open for this profile (process %1 on %2). "
            "Switch to that window, or close it before starting again.",
        ),
        str(pid) if pid else "?",
        isolate_ltr(host or "?"),
    )
    print(text, file=sys.stderr, flush=True)
    box = QMessageBox(QMessageBox.Warning, APP_NAME, text)
    box.addButton(QCoreApplication.translate("Startup", "Close"), QMessageBox.AcceptRole)
    box.exec()


def build_context(
    app: QApplication,
    profile_dir: Path,
    language: str | None,
    *,
    preferences: Preferences | None = None,
    right_to_left: bool | None = None,
) -> AppContext:
    """Preferences, language (catalogue, direction, bundled font), style and worker pool.

    ``language`` is the one asked for on the command line, if any (see starting_language).
    """
    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.i18n import LanguageSwitcher
    from ipms_desktop.gui.operations import Operations
    from ipms_desktop.gui.preferences import Preferences
    from ipms_desktop.gui.style import apply_style

    apply_style(app)
    preferences = preferences or Preferences(preferences_path())
    switcher = LanguageSwitcher(app, right_to_left=right_to_left)
    context = AppContext(profile_dir, preferences, switcher, Operations(app))
    context.languages.apply(starting_language(preferences, profile_dir, language))
    return context


def starting_language(preferences: Preferences, profile_dir: Path, chosen: str | None) -> str:
    """The language asked for on the command line, else the profile's, else the last one."""
    remembered = preferences.language_of(profile_dir) or preferences.language
    return chosen or remembered or DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Start the application (``gui.launcher`` is the entry point that calls this)."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        # A frozen program started as a report-writing child does that work here, then stops.
        multiprocessing.freeze_support()
    args = parse_start_options(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    profile_dir = args.profile or default_profile_dir()
    from ipms_desktop.gui.preferences import Preferences

    preferences = Preferences(preferences_path())
    right_to_left: bool | None = None
    app = QApplication.instance()
    if app is None:
        # Qt's own start-up switch sets the direction; setting it afterwards reads Qt's
        # namespace, which costs the first screen some 12 ms (see gui.first_paint).
        language = starting_language(preferences, profile_dir, args.language)
        right_to_left = language in RIGHT_TO_LEFT_LANGUAGES
        app = QApplication(sys.argv[:1] + (["-reverse"] if right_to_left else []))
    lock = instance_lock(profile_dir)
    if not lock.tryLock(200):
        build_context(
            app, profile_dir, args.language, preferences=preferences, right_to_left=right_to_left
        )
        refuse_second_instance(lock)
        return 1

    # The first screen (language choice or unlock) is the first thing painted; the menus,
    # the window icon and the services' imports follow right after it.
    context = build_context(
        app, profile_dir, args.language, preferences=preferences, right_to_left=right_to_left
    )
    window = MainWindow()
    window.start(context)

    def first_painted() -> None:
        if args.exit_when_painted:
            print(f"{milliseconds_since_start():.1f}", flush=True)
            app.quit()
            return
        resume_garbage_collection()
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        window.warm_up_services()

    FirstPaintProbe(window, first_painted)
    window.show()
    code = app.exec()
    window.context.operations.wait_for_all()
    lock.unlock()
    return code
