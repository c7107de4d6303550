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


def read_secret(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    """The secret from ``env_var`` if set, else typed twice (if ``confirm``) without echo."""
    from_environment = os.environ.get(env_var)
    if from_environment is not None:
        if not from_environment:
            raise IpmsError(f"{env_var} is set but empty")
        return from_environment
    if not sys.stdin.isatty():
        raise IpmsError(
            f"{prompt.rstrip(': ')} needed: no terminal to ask on; set {env_var} for scripts"
        )
    try:
        secret = getpass.getpass(prompt)
        if confirm and not hmac.compare_digest(
            getpass.getpass("Repeat to confirm: ").encode("utf-8"), secret.encode("utf-8")
        ):
            raise IpmsError("the two entries differ; nothing was changed")
    except EOFError:
        raise IpmsError(f"no input; set {env_var} or type it at the terminal") from None
    if not secret:
        raise IpmsError("nothing was typed; nothing was changed")
    return secret
