"""Encrypted key files: the CA's private keys at rest (Argon2id + AES-256-GCM)."""

from __future__ import annotations

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.settings import TRUST
from ipms_desktop.trust.armor import armor, unarmor
from ipms_desktop.trust.keyfile import (
    KEY_FILE_LABEL,
    PRODUCTION_ARGON2,
    Argon2Parameters,
    decrypt_key_file,
    encrypt_key_file,
    key_file_type,
)

CHEAP = Argon2Parameters(memory_kib=64, iterations=1, lanes=1)


def test_round_trip_records_type_and_cost():
    data = encrypt_key_file("ed25519", b"k" * 32, "secret words", CHEAP)
    assert data.startswith(b"-----BEGIN IPMS ENCRYPTED PRIVATE KEY-----")
    assert key_file_type(data, "key") == "ed25519"
    assert decrypt_key_file(data, "secret words", "ed25519", "key") == b"k" * 32


def test_production_cost_comes_from_settings():
    assert (
        Argon2Parameters(TRUST.key_file_memory_kib, TRUST.key_file_iterations, TRUST.key_file_lanes)
        == PRODUCTION_ARGON2
    )
    assert PRODUCTION_ARGON2.memory_kib >= 256 * 1024


def test_wrong_passphrase_is_refused():
    data = encrypt_key_file("ed25519", b"k" * 32, "secret words", CHEAP)
    with pytest.raises(IpmsError, match="wrong passphrase"):
        decrypt_key_file(data, "other words", "ed25519", "root.key")


def test_wrong_key_type_is_refused():
    data = encrypt_key_file("ed25519", b"k" * 32, "secret words", CHEAP)
    with pytest.raises(IpmsError, match="expected 'hpke:"):
        decrypt_key_file(data, "secret words", "hpke:x", "root.key")


def test_empty_passphrase_is_refused():
    with pytest.raises(IpmsError, match="empty passphrase"):
        encrypt_key_file("ed25519", b"k" * 32, "", CHEAP)


def test_every_damaged_byte_is_refused():
    body = unarmor(KEY_FILE_LABEL, encrypt_key_file("ed25519", b"k" * 32, "pw", CHEAP), "key")
    for position in range(len(body)):
        damaged = bytearray(body)
        damaged[position] ^= 0x01
        with pytest.raises(IpmsError):
            decrypt_key_file(armor(KEY_FILE_LABEL, bytes(damaged)), "pw", "ed25519", "key")


def test_absurd_recorded_cost_is_refused_before_deriving():
    body = bytearray(unarmor(KEY_FILE_LABEL, encrypt_key_file("ed25519", b"k", "pw", CHEAP), "k"))
    type_end = 9 + body[8]
    body[type_end : type_end + 4] = (2**31).to_bytes(4, "big")
    with pytest.raises(IpmsError, match="out-of-range"):
        decrypt_key_file(armor(KEY_FILE_LABEL, bytes(body)), "pw", "ed25519", "key")


def test_not_a_key_file():
    with pytest.raises(IpmsError, match="no 'IPMS ENCRYPTED PRIVATE KEY' block"):
        decrypt_key_file(b"hello", "pw", "ed25519", "key")
