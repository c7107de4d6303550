"""Key slots: wrapping, the recovery code, escrow, and refusal of anything tampered with."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipms_desktop.errors import IpmsError
from ipms_desktop.store import keyslots
from ipms_desktop.store.keyslots import KdfParams, WrongSecretError

from .conftest import CHEAP_KDF

PROFILE_ID = "0123456789abcdef0123456789abcdef"


def make_slots(**kwargs: object) -> tuple[bytes, str, keyslots.SlotFile]:
    key = keyslots.new_data_key()
    code = keyslots.generate_recovery_code()
    slot_file = keyslots.create_slot_file(
        PROFILE_ID, key, "pass phrase", code, kdf_params=CHEAP_KDF, **kwargs
    )
    return key, code, slot_file


def test_passphrase_and_recovery_code_unwrap_the_same_key() -> None:
    key, code, slot_file = make_slots()
    assert keyslots.unlock_with_passphrase(slot_file, "pass phrase") == key
    assert keyslots.unlock_with_recovery_code(slot_file, code) == key
    assert key.hex() not in slot_file.to_bytes().decode()


def test_wrong_passphrase_is_told_as_such() -> None:
    _, _, slot_file = make_slots()
    with pytest.raises(WrongSecretError, match="wrong passphrase"):
        keyslots.unlock_with_passphrase(slot_file, "pass phrasE")


def test_passphrase_is_unicode_normalised() -> None:
    key = keyslots.new_data_key()
    composed = "كلمة\u00e9"
    decomposed = "كلمة" + "e\u0301"
    slot_file = keyslots.create_slot_file(
        PROFILE_ID, key, composed, keyslots.generate_recovery_code(), kdf_params=CHEAP_KDF
    )
    assert keyslots.unlock_with_passphrase(slot_file, decomposed) == key


def test_slot_records_its_kdf_parameters_and_default_is_strong() -> None:
    _, _, slot_file = make_slots()
    kdf = slot_file.slot(keyslots.PASSPHRASE_SLOT)["kdf"]
    assert (kdf["name"], kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (
        "argon2id",
        64,
        1,
        1,
    )
    assert len(base64.b64decode(kdf["salt"])) == 16
    default = KdfParams()
    assert default.memory_kib >= 65536 and default.iterations >= 3 and default.lanes == 4


@pytest.mark.parametrize("field", ["memory_kib", "iterations", "salt"])
def test_tampered_kdf_parameters_fail_authentication(field: str) -> None:
    _, _, slot_file = make_slots()
    slot = slot_file.slot(keyslots.PASSPHRASE_SLOT)
    kdf = dict(slot["kdf"])
    kdf[field] = base64.b64encode(b"x" * 16).decode() if field == "salt" else kdf[field] * 2
    tampered = keyslots.SlotFile(
        slot_file.profile_id,
        slot_file.key_check,
        tuple({**s, "kdf": kdf} if s is slot else s for s in slot_file.slots),
    )
    with pytest.raises(WrongSecretError):
        keyslots.unlock_with_passphrase(tampered, "pass phrase")


def test_slot_bound_to_its_profile_id() -> None:
    _, _, slot_file = make_slots()
    moved = keyslots.SlotFile("f" * 32, slot_file.key_check, slot_file.slots)
    with pytest.raises(WrongSecretError):
        keyslots.unlock_with_passphrase(moved, "pass phrase")


def test_key_check_catches_a_slot_for_another_key() -> None:
    _, _, slot_file = make_slots()
    other_key = keyslots.new_data_key()
    wrong_check = keyslots.SlotFile(
        slot_file.profile_id, keyslots.key_check_value(other_key, PROFILE_ID), slot_file.slots
    )
    with pytest.raises(IpmsError, match="key check"):
        keyslots.unlock_with_passphrase(wrong_check, "pass phrase")


def test_new_passphrase_rewraps_only_its_slot() -> None:
    key, code, slot_file = make_slots()
    updated = keyslots.with_new_passphrase(slot_file, key, "new one", CHEAP_KDF)
    assert keyslots.unlock_with_passphrase(updated, "new one") == key
    with pytest.raises(WrongSecretError):
        keyslots.unlock_with_passphrase(updated, "pass phrase")
    assert updated.slot(keyslots.RECOVERY_SLOT) == slot_file.slot(keyslots.RECOVERY_SLOT)
    assert keyslots.unlock_with_recovery_code(updated, code) == key


def test_recovery_code_shape_and_entropy() -> None:
    code = keyslots.generate_recovery_code()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(group) == 4 for group in groups)
    assert set(code.replace("-", "")) <= set(keyslots.CROCKFORD_ALPHABET)
    assert keyslots.RECOVERY_RANDOM_SYMBOLS * 5 >= 128
    assert len({keyslots.generate_recovery_code() for _ in range(50)}) == 50


def test_recovery_code_input_is_forgiving() -> None:
    key, code, slot_file = make_slots()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keyslots.unlock_with_recovery_code(slot_file, sloppy) == key


def test_mistyped_recovery_code_is_caught_by_its_check_letters() -> None:
    _, code, slot_file = make_slots()
    first = code[0]
    replacement = "2" if first != "2" else "3"
    with pytest.raises(WrongSecretError, match=r"mistyped|wrong recovery code"):
        keyslots.unlock_with_recovery_code(slot_file, replacement + code[1:])


def test_wrong_but_well_formed_recovery_code() -> None:
    _, _, slot_file = make_slots()
    with pytest.raises(WrongSecretError, match="wrong recovery code"):
        keyslots.unlock_with_recovery_code(slot_file, keyslots.generate_recovery_code())


@pytest.mark.parametrize("text", ["", "ABCD", "UUUU-" * 6 + "UUUU", "!" * 28])
def test_malformed_recovery_code(text: str) -> None:
    with pytest.raises(WrongSecretError, match="not a recovery code"):
        keyslots.normalise_recovery_code(text)


def test_escrow_slot_opens_with_the_escrow_private_key_only() -> None:
    private, public = keyslots.new_escrow_key_pair()
    assert len(public) == keyslots.ESCROW_PUBLIC_KEY_BYTES == 1216
    assert len(private) == keyslots.ESCROW_PRIVATE_KEY_BYTES == 96
    key, _, slot_file = make_slots(escrow_public_key=public)
    slot = slot_file.slot(keyslots.ESCROW_SLOT)
    assert slot["hpke"] == {"kem": "MLKEM768-X25519", "kdf": "HKDF-SHA256", "aead": "AES-256-GCM"}
    assert keyslots.open_escrow_slot(slot_file, private) == key
    other_private, _ = keyslots.new_escrow_key_pair()
    with pytest.raises(WrongSecretError):
        keyslots.open_escrow_slot(slot_file, other_private)


def test_escrow_slot_bound_to_profile_id() -> None:
    private, public = keyslots.new_escrow_key_pair()
    _, _, slot_file = make_slots(escrow_public_key=public)
    moved = keyslots.SlotFile("e" * 32, slot_file.key_check, slot_file.slots)
    with pytest.raises(WrongSecretError):
        keyslots.open_escrow_slot(moved, private)


def test_malformed_escrow_key_is_refused() -> None:
    with pytest.raises(IpmsError, match="1216 bytes"):
        make_slots(escrow_public_key=b"short")


def test_no_escrow_slot_without_a_key() -> None:
    private, _ = keyslots.new_escrow_key_pair()
    _, _, slot_file = make_slots()
    with pytest.raises(IpmsError, match="no escrow key slot"):
        keyslots.open_escrow_slot(slot_file, private)


def test_slot_file_round_trip_and_atomic_write(tmp_path: Path) -> None:
    _, _, slot_file = make_slots()
    path = tmp_path / "keyslots.json"
    keyslots.write_slot_file(path, slot_file)
    assert keyslots.read_slot_file(path) == slot_file
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


@pytest.mark.parametrize(
    "content",
    [b"not json", b"{}", b'{"format": "ipms-profile-keyslots", "version": 1}', b"\xff\xfe"],
)
def test_damaged_slot_file_is_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keyslots.json"
    path.write_bytes(content)
    with pytest.raises(IpmsError, match=r"keyslots\.json"):
        keyslots.read_slot_file(path)


def test_newer_slot_file_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps({"format": "ipms-profile-keyslots", "version": 2}))
    with pytest.raises(IpmsError, match="update IPMS Desktop"):
        keyslots.read_slot_file(path)


def test_weak_kdf_parameters_rejected() -> None:
    with pytest.raises(IpmsError):
        KdfParams(memory_kib=4, iterations=1, lanes=1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(" -"), max_size=3), st.booleans())
def test_any_generated_code_survives_retyping(separators: list[str], lower: bool) -> None:
    code = keyslots.generate_recovery_code()
    typed = code.replace("-", "".join(separators) or "")
    typed = typed.lower() if lower else typed
    assert keyslots.normalise_recovery_code(typed) == code.replace("-", "")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"iterations": 2**31}, "iterations"),
        ({"memory_kib": 2**40}, "KiB"),
        ({"lanes": 2**20}, "lanes"),
        ({"iterations": "3"}, "whole numbers"),
        ({"memory_kib": True}, "whole numbers"),
        ({"salt": ""}, "kdf salt has 0 bytes"),
        ({"salt": base64.b64encode(b"x" * 4096).decode()}, "kdf salt has 4096 bytes"),
    ],
)
def test_doctored_kdf_parameters_are_refused_before_deriving(change: dict, named: str) -> None:
    """A key-slot file asking for 2^31 passes or a terabyte must not hang or crash unlock."""
    _, _, slot_file = make_slots()
    slot = slot_file.slot(keyslots.PASSPHRASE_SLOT)
    doctored = keyslots.SlotFile(
        slot_file.profile_id,
        slot_file.key_check,
        tuple({**s, "kdf": {**s["kdf"], **change}} if s is slot else s for s in slot_file.slots),
    )
    with pytest.raises(IpmsError, match=named) as caught:
        keyslots.unlock_with_passphrase(doctored, "pass phrase")
    assert not isinstance(caught.value, WrongSecretError)


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("nonce", "", "slot nonce has 0 bytes"),
        ("nonce", base64.b64encode(b"n" * 11).decode(), "slot nonce has 11 bytes"),
        ("wrapped_key", "", "wrapped key has 0 bytes"),
        ("nonce", 12, "slot nonce is missing"),
    ],
)
def test_doctored_nonce_or_wrapped_key_is_refused(field: str, value: object, named: str) -> None:
    _, _, slot_file = make_slots()
    slot = slot_file.slot(keyslots.PASSPHRASE_SLOT)
    doctored = keyslots.SlotFile(
        slot_file.profile_id,
        slot_file.key_check,
        tuple({**s, field: value} if s is slot else s for s in slot_file.slots),
    )
    with pytest.raises(IpmsError, match=named):
        keyslots.unlock_with_passphrase(doctored, "pass phrase")


def test_oversized_or_odd_slot_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(keyslots.MAX_SLOT_FILE_BYTES + 1)
    with pytest.raises(IpmsError, match="more than"):
        keyslots.read_slot_file(big)
    twice = tmp_path / "twice.json"
    twice.write_text('{"format": "ipms-profile-keyslots", "format": "x"}', encoding="utf-8")
    with pytest.raises(IpmsError, match="appears twice"):
        keyslots.read_slot_file(twice)
