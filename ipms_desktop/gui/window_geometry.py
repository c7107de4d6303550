"""Windows that fit the screen they open on, and come back where the person left them.

A laptop at 1280x720 or 1366x768 leaves little room: a window taller than the available
area pushes its status bar, where refusals and "Saved" appear, off the screen. Sizes and
positions are remembered per window (and splitter positions per splitter) in the
preferences file, and a remembered geometry is used only while it still fits the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ipms_desktop.gui.preferences import Preferences

if TYPE_CHECKING:
    # Named in annotations only: creating these Qt classes would cost the first screen.
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QSplitter

# Room kept for a title bar and borders, which are unknown until the window is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def _screen_of(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size ``window`` to ``preferred``, bounded by its screen's free area, and centre it."""
    screen = _screen_of(window)
    if screen is None:
        window.resize(preferred)
        return
    available = screen.availableGeometry()
    room = available.size() - FRAME_ALLOWANCE
    size = preferred.boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    window.resize(size)
    left = available.x() + max(0, (available.width() - size.width() - FRAME_ALLOWANCE.width()) // 2)
    top = available.y() + max(
        0, (available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2
    )
    window.move(left, top)


def grow_to_fit_text(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped texts at its present width (within the
    screen): a top-level window keeps its height when a message grows by some lines."""
    from PySide6.QtCore import QCoreApplication, QEvent

    # A changed label re-measures its own layout at once, the layouts around it only when
    # their posted requests run: run them, so that the window's answer is current.
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    needed = window.heightForWidth(window.width())
    if needed <= window.height():
        return
    screen = _screen_of(window)
    if screen is None:
        window.resize(window.width(), needed)
        return
    available = screen.availableGeometry()
    window.resize(window.width(), min(needed, available.height() - FRAME_ALLOWANCE.height()))
    # Grown past the bottom of the screen, it moves up.
    overflow = window.frameGeometry().bottom() - available.bottom()
    if overflow > 0:
        window.move(window.x(), max(available.top(), window.y() - overflow))


def restore_geometry(
    window: QWidget, preferences: Preferences, name: str, preferred: QSize
) -> None:
    """Put ``window`` where it was last closed if that still fits; else fit it afresh."""
    saved = preferences.window_geometry(name)
    screen = _screen_of(window)
    restored = saved is not None and window.restoreGeometry(QByteArray(saved))
    if restored and (screen is None or _fits(window.frameGeometry(), screen.availableGeometry())):
        return
    fit_to_screen(window, preferred)


def _fits(frame: QRect, available: QRect) -> bool:
    return frame.height() > FRAME_ALLOWANCE.height() and available.contains(frame)


def remember_geometry(window: QWidget, preferences: Preferences, name: str) -> None:
    preferences.set_window_geometry(name, bytes(window.saveGeometry().data()))


def keep_splitter(splitter: QSplitter, preferences: Preferences, name: str) -> None:
    """Restore ``splitter``'s sizes and remember every move the person makes."""
    saved = preferences.splitter_state(name)
    if saved is not None:
        splitter.restoreState(QByteArray(saved))
    splitter.splitterMoved.connect(
        lambda _position, _index: preferences.set_splitter_state(
            name, bytes(splitter.saveState().data())
        )
    )
