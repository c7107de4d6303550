"""Secrets for the command line: typed at the terminal without echo, or from the environment.

Scripts set the named environment variable (``IPMS_PASSPHRASE``, ``IPMS_NEW_PASSPHRASE``,
``IPMS_RECOVERY_CODE``, ``IPMS_CA_PASSPHRASE``...); people are asked at the terminal.
"""

from __future__ import annotations

import getpass
import hmac
import os
import sys

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs


def read_secret(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    """The secret from ``env_var`` if set, else typed twice (if ``confirm``) without echo."""
    from_environment = os.environ.get(env_var)
    if from_environment is not None:
        if not from_environment:
            raise IpmsError(msgs.SET_BUT_EMPTY, env_var=env_var)
        return from_environment
    if not sys.stdin.isatty():
        raise IpmsError(msgs.NEEDED_NO_TERMINAL_ASK_SET, value=prompt.rstrip(": "), env_var=env_var)
    try:
        secret = getpass.getpass(prompt)
        if confirm and not hmac.compare_digest(
            getpass.getpass("Repeat to confirm: ").encode("utf-8"), secret.encode("utf-8")
        ):
            raise IpmsError(msgs.TWO_ENTRIES_DIFFER_NOTHING_CHANGED)
    except EOFError:
        raise IpmsError(msgs.NO_INPUT_SET_TYPE_TERMINAL, env_var=env_var) from None
    if not secret:
        raise IpmsError(msgs.NOTHING_TYPED_NOTHING_CHANGED)
    return secret
