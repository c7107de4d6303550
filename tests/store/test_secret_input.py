"""Secrets for the command line: environment for scripts, the terminal without echo for people."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from ipms_desktop.cli import secret_input
from ipms_desktop.cli.secret_input import read_secret
from ipms_desktop.errors import IpmsError


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Answers given at the (fake) terminal, in order; prompts must go through getpass."""
    answers: list[str] = []
    monkeypatch.setattr(secret_input.sys, "stdin", FakeTerminal())
    monkeypatch.setattr(secret_input.getpass, "getpass", lambda prompt: answers.pop(0))
    monkeypatch.delenv("IPMS_TEST_SECRET", raising=False)
    yield answers


def test_environment_variable_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPMS_TEST_SECRET", "from env")
    assert read_secret("IPMS_TEST_SECRET", "Secret: ", confirm=True) == "from env"


def test_empty_environment_variable_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPMS_TEST_SECRET", "")
    with pytest.raises(IpmsError, match="IPMS_TEST_SECRET is set but empty"):
        read_secret("IPMS_TEST_SECRET", "Secret: ")


def test_typed_without_echo(typed: list[str]) -> None:
    typed.append("typed secret")
    assert read_secret("IPMS_TEST_SECRET", "Secret: ") == "typed secret"


def test_confirmation_must_match(typed: list[str]) -> None:
    typed.extend(["first", "second"])
    with pytest.raises(IpmsError, match="differ"):
        read_secret("IPMS_TEST_SECRET", "Secret: ", confirm=True)
    typed.extend(["same", "same"])
    assert read_secret("IPMS_TEST_SECRET", "Secret: ", confirm=True) == "same"


def test_nothing_typed(typed: list[str]) -> None:
    typed.append("")
    with pytest.raises(IpmsError, match="nothing was typed"):
        read_secret("IPMS_TEST_SECRET", "Secret: ")


def test_no_terminal_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IPMS_TEST_SECRET", raising=False)
    monkeypatch.setattr(secret_input.sys, "stdin", io.StringIO())
    with pytest.raises(IpmsError, match="set IPMS_TEST_SECRET"):
        read_secret("IPMS_TEST_SECRET", "Secret: ")
