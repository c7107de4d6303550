"""Passphrase-encrypted private key files (Argon2id + AES-256-GCM), pinned in trust-format.md.

PEM/PKCS#8 has no encoding for the ML-KEM-768 + X25519 hybrid key, and OpenSSL's default
PKCS#8 encryption uses a PBKDF2 cost far below what a stolen USB stick deserves, so the CA's
keys (root signing key and consolidation key) use this one small format instead.
"""

from __future__ import annotations

import hmac
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.settings import TRUST
from ipms_desktop.trust.armor import armor, unarmor

KEY_FILE_LABEL = "IPMS ENCRYPTED PRIVATE KEY"
_MAGIC = b"IPMSKEY1"
_SALT_BYTES = 16
_NONCE_BYTES = 12
_PARAMS = struct.Struct(">III")
# Upper bounds a reader accepts, so a forged file cannot make it allocate without limit.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 64


@dataclass(frozen=True)
class Argon2Parameters:
    """Argon2id cost, recorded in every key file so a file says how to open itself."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self, source: str) -> None:
        if not 1 <= self.lanes <= _MAX_LANES or not 1 <= self.iterations <= _MAX_ITERATIONS:
            raise IpmsError(msgs.KEY_FILE_OUT_RANGE_ARGON, source=source)
        if not 8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB:
            raise IpmsError(msgs.KEY_FILE_OUT_RANGE_ARGON_2, source=source)


PRODUCTION_ARGON2 = Argon2Parameters(
    memory_kib=TRUST.key_file_memory_kib,
    iterations=TRUST.key_file_iterations,
    lanes=TRUST.key_file_lanes,
)


def _derive(passphrase: str, salt: bytes, params: Argon2Parameters) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def encrypt_key_file(
    key_type: str,
    secret: bytes,
    passphrase: str,
    params: Argon2Parameters = PRODUCTION_ARGON2,
) -> bytes:
    """The armoured key file holding ``secret`` of ``key_type`` under ``passphrase``."""
    if not passphrase:
        raise IpmsError(msgs.EMPTY_PASSPHRASE_CANNOT_PROTECT_PRIVATE)
    params.check("new key file")
    type_bytes = key_type.encode("ascii")
    salt = os.urandom(_SALT_BYTES)
    nonce = os.urandom(_NONCE_BYTES)
    header = (
        _MAGIC
        + bytes([len(type_bytes)])
        + type_bytes
        + _PARAMS.pack(params.memory_kib, params.iterations, params.lanes)
        + salt
        + nonce
    )
    ciphertext = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, secret, header)
    return armor(KEY_FILE_LABEL, header + ciphertext)


def _parse(data: bytes, source: str) -> tuple[str, Argon2Parameters, bytes, bytes, bytes, bytes]:
    """Key type, cost, salt, nonce and the header (the AEAD's associated data)."""
    body = unarmor(KEY_FILE_LABEL, data, source)
    if len(body) <= len(_MAGIC) or not hmac.compare_digest(body[: len(_MAGIC)], _MAGIC):
        raise IpmsError(msgs.NOT_IPMS_KEY_FILE_UNKNOWN, source=source)
    position = len(_MAGIC) + 1
    key_type = body[position : position + body[len(_MAGIC)]].decode("ascii", "replace")
    position += body[len(_MAGIC)]
    header_end = position + _PARAMS.size + _SALT_BYTES + _NONCE_BYTES
    if len(body) < header_end + 16:
        raise IpmsError(msgs.KEY_FILE_TRUNCATED, source=source)
    params = Argon2Parameters(*_PARAMS.unpack_from(body, position))
    params.check(source)
    salt_start = position + _PARAMS.size
    salt = body[salt_start : salt_start + _SALT_BYTES]
    nonce = body[salt_start + _SALT_BYTES : header_end]
    return key_type, params, salt, nonce, body[:header_end], body[header_end:]


def key_file_parameters(data: bytes, source: str) -> Argon2Parameters:
    """The Argon2id cost a key file was made with (kept when it is re-encrypted)."""
    return _parse(data, source)[1]


def key_file_type(data: bytes, source: str) -> str:
    """The key type a key file declares, readable without the passphrase."""
    return _parse(data, source)[0]


def decrypt_key_file(data: bytes, passphrase: str, expected_type: str, source: str) -> bytes:
    """The secret in key file ``data``; wrong passphrase, type or damage is an IpmsError."""
    key_type, params, salt, nonce, header, ciphertext = _parse(data, source)
    if key_type != expected_type:
        raise IpmsError(
            msgs.HOLDS_KEY_EXPECTED, source=source, key_type=key_type, expected_type=expected_type
        )
    try:
        return AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        raise IpmsError(msgs.WRONG_PASSPHRASE_KEY_FILE_DAMAGED, source=source) from None
