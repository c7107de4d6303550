"""A second window on the same profile is refused in words, in the chosen language."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from ipms_desktop.gui import app as gui_app


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    texts: list[str] = []

    def record(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return texts


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "already open for this profile"), ("ar", "مفتوح"), ("ckb", "کراوەتەوە")],
)
def test_second_instance_names_the_holder_and_exits_1(
    tmp_path, shown, capsys, monkeypatch, language, words
) -> None:
    profile = tmp_path / "profile"
    contexts = []
    build_context = gui_app.build_context

    def remember(*arguments, **options):
        contexts.append(build_context(*arguments, **options))
        return contexts[-1]

    monkeypatch.setattr(gui_app, "build_context", remember)
    held = gui_app.instance_lock(profile)
    assert held.tryLock(100)
    try:
        code = gui_app.main(["--profile", str(profile), "--language", language])
    finally:
        held.unlock()
        for context in contexts:  # main() chose the language for the whole application
            context.languages.apply("en")
    assert code == 1
    (text,) = shown
    assert words in text
    assert str(os.getpid()) in text and socket.gethostname() in text
    assert "Traceback" not in capsys.readouterr().err


def test_both_shapes_of_the_lock_information_are_read() -> None:
    class Lock:
        def __init__(self, info: tuple) -> None:
            self.info = info

        def getLockInfo(self) -> tuple:
            return self.info

    assert gui_app.lock_holder(Lock((4242, "laptop-7", "ipms"))) == (4242, "laptop-7")
    assert gui_app.lock_holder(Lock((True, 4242, "laptop-7", "ipms"))) == (4242, "laptop-7")
