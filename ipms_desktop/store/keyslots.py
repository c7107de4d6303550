"""Key slots: the profile's random data key, wrapped for each way of unlocking it.

The data key (32 random bytes) is the raw SQLCipher key and is never written in clear.
Each slot wraps it independently, so changing the passphrase rewrites one slot and
never re-encrypts the database. The byte-level format is pinned in
docs/profile-format.md; every constant here is named there.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.settings import STORE
from ipms_desktop.user_files import parse_user_json, read_user_file

logger = logging.getLogger(__name__)

SLOT_FILE_FORMAT = "ipms-profile-keyslots"
SLOT_FILE_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
AAD_PREFIX = b"ipms-desktop/keyslot/v1\x00"
KEY_CHECK_PREFIX = b"ipms-desktop/key-check/v1\x00"
ESCROW_INFO_PREFIX = b"ipms-desktop/profile-escrow/v1\x00"

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery-code"
ESCROW_SLOT = "escrow"

# Recovery codes: Crockford base32 (no I, L, O, U), 26 random symbols (130 bits) and
# 2 check symbols, shown as 7 groups of 4 so the code can be read aloud.
CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_RANDOM_SYMBOLS = 26
RECOVERY_CHECK_SYMBOLS = 2
RECOVERY_GROUP = 4
_RECOVERY_CONFUSABLES = {"O": "0", "I": "1", "L": "1"}

MLKEM768_PUBLIC_BYTES = 1184
MLKEM768_SEED_BYTES = 64
X25519_KEY_BYTES = 32
ESCROW_PUBLIC_KEY_BYTES = MLKEM768_PUBLIC_BYTES + X25519_KEY_BYTES
ESCROW_PRIVATE_KEY_BYTES = MLKEM768_SEED_BYTES + X25519_KEY_BYTES
_ESCROW_SUITE_NAMES = {"kem": "MLKEM768-X25519", "kdf": "HKDF-SHA256", "aead": "AES-256-GCM"}


# Bounds on the Argon2id cost a slot may record: a doctored key-slot file must not make
# unlocking hang (2^31 passes) or exhaust memory. The production cost is far inside them.
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 64
MAX_SLOT_FILE_BYTES = 1024 * 1024
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, recorded in every slot that uses them."""

    memory_kib: int = STORE.kdf_memory_kib
    iterations: int = STORE.kdf_iterations
    lanes: int = STORE.kdf_lanes

    def __post_init__(self) -> None:
        in_range = (
            1 <= self.lanes <= MAX_KDF_LANES
            and 1 <= self.iterations <= MAX_KDF_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= MAX_KDF_MEMORY_KIB
        )
        if not in_range:
            raise IpmsError(
                msgs.INVALID_ARGON_ID_PARAMETERS_NEED,
                parameters=self,
                max_kdf_lanes=MAX_KDF_LANES,
                max_kdf_iterations=MAX_KDF_ITERATIONS,
                max_kdf_memory_kib=MAX_KDF_MEMORY_KIB,
            )


@dataclass(frozen=True)
class SlotFile:
    """The parsed key-slot file of one profile."""

    profile_id: str
    key_check: str
    slots: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    # Where the audit chain stood when the profile was last closed (``store.audit``).
    audit_anchor: dict[str, Any] | None = None

    def slot(self, slot_type: str) -> dict[str, Any] | None:
        return next((slot for slot in self.slots if slot["type"] == slot_type), None)

    def to_bytes(self) -> bytes:
        document = {
            "format": SLOT_FILE_FORMAT,
            "version": SLOT_FILE_VERSION,
            "profile_id": self.profile_id,
            "key_check": self.key_check,
            "slots": list(self.slots),
        }
        if self.audit_anchor is not None:
            document["audit_anchor"] = self.audit_anchor
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


class WrongSecretError(IpmsError):
    """The passphrase or recovery code does not unlock this profile."""


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def key_check_value(data_key: bytes, profile_id: str) -> str:
    """An HMAC that proves a data key belongs to this profile without revealing it."""
    return hmac.new(data_key, KEY_CHECK_PREFIX + profile_id.encode("ascii"), "sha256").hexdigest()


def create_slot_file(
    profile_id: str,
    data_key: bytes,
    passphrase: str,
    recovery_code: str,
    *,
    escrow_public_key: bytes | None = None,
    kdf_params: KdfParams | None = None,
) -> SlotFile:
    """All slots of a new profile: passphrase, recovery code and, if asked, CoMSEC escrow."""
    params = kdf_params or KdfParams()
    slots = [
        _wrap_with_secret(
            profile_id, PASSPHRASE_SLOT, _passphrase_bytes(passphrase), data_key, params
        ),
        _wrap_with_secret(
            profile_id,
            RECOVERY_SLOT,
            normalise_recovery_code(recovery_code).encode(),
            data_key,
            params,
        ),
    ]
    if escrow_public_key is not None:
        slots.append(_seal_to_escrow(profile_id, data_key, escrow_public_key))
    return SlotFile(profile_id, key_check_value(data_key, profile_id), tuple(slots))


def with_new_passphrase(
    slot_file: SlotFile, data_key: bytes, passphrase: str, kdf_params: KdfParams | None = None
) -> SlotFile:
    """The same slots with the passphrase slot rewrapped (the data key is unchanged)."""
    _check_key(slot_file, data_key)
    params = kdf_params or KdfParams()
    new_slot = _wrap_with_secret(
        slot_file.profile_id, PASSPHRASE_SLOT, _passphrase_bytes(passphrase), data_key, params
    )
    others = tuple(slot for slot in slot_file.slots if slot["type"] != PASSPHRASE_SLOT)
    return replace(slot_file, slots=(new_slot, *others))


def with_escrow_slot(slot_file: SlotFile, data_key: bytes, escrow_public_key: bytes) -> SlotFile:
    """The same slots with the escrow slot sealed to ``escrow_public_key`` (added, or
    replacing one sealed to an older escrow key); unchanged if it is sealed to that key."""
    _check_key(slot_file, data_key)
    current = slot_file.slot(ESCROW_SLOT)
    fingerprint = "sha256:" + hashlib.sha256(escrow_public_key).hexdigest()
    if current is not None and current.get("recipient") == fingerprint:
        return slot_file
    new_slot = _seal_to_escrow(slot_file.profile_id, data_key, escrow_public_key)
    others = tuple(slot for slot in slot_file.slots if slot["type"] != ESCROW_SLOT)
    return replace(slot_file, slots=(*others, new_slot))


def unlock_with_passphrase(slot_file: SlotFile, passphrase: str) -> bytes:
    slot = _required_slot(slot_file, PASSPHRASE_SLOT)
    try:
        data_key = _unwrap_with_secret(slot_file.profile_id, slot, _passphrase_bytes(passphrase))
    except InvalidTag:
        raise WrongSecretError(msgs.WRONG_PASSPHRASE) from None
    _check_key(slot_file, data_key)
    return data_key


def unlock_with_recovery_code(slot_file: SlotFile, code: str) -> bytes:
    slot = _required_slot(slot_file, RECOVERY_SLOT)
    try:
        data_key = _unwrap_with_secret(
            slot_file.profile_id, slot, normalise_recovery_code(code).encode("ascii")
        )
    except InvalidTag:
        raise WrongSecretError(msgs.WRONG_RECOVERY_CODE) from None
    _check_key(slot_file, data_key)
    return data_key


def open_escrow_slot(slot_file: SlotFile, private_key: bytes) -> bytes:
    """CoMSEC's recovery path: the data key from the escrow slot, given the escrow private key."""
    slot = _required_slot(slot_file, ESCROW_SLOT)
    key = escrow_private_key_from_bytes(private_key)
    try:
        data_key = _escrow_suite().decrypt(
            _b64decode(slot["sealed_key"], "escrow sealed_key"),
            key,
            info=_escrow_info(slot_file.profile_id),
        )
    except Exception as error:
        raise WrongSecretError(msgs.ESCROW_PRIVATE_KEY_DOES_NOT) from error
    _check_key(slot_file, data_key)
    return data_key


def read_slot_file(path: Path) -> SlotFile:
    if not path.exists():
        raise IpmsError(msgs.NO_PROFILE_KEY_SLOT_FILE, path=path)
    return parse_slot_file(read_user_file(path, "key-slot file", MAX_SLOT_FILE_BYTES), path)


def parse_slot_file(raw: bytes, path: Path) -> SlotFile:
    damaged = f"key-slot file {path} is damaged"
    try:
        document = parse_user_json(raw, f"key-slot file {path}")
    except IpmsError as error:
        raise IpmsError(
            msgs.RESTORE_FROM_BACKUP_PROFILE_FOLDER, damaged=damaged, error=error
        ) from None
    if not isinstance(document, dict) or document.get("format") != SLOT_FILE_FORMAT:
        raise IpmsError(msgs.NOT_IPMS_KEY_SLOT_FILE, damaged=damaged)
    if document.get("version") != SLOT_FILE_VERSION:
        raise IpmsError(
            msgs.KEY_SLOT_FILE_VERSION_APPLICATION,
            path=path,
            value=repr(str(document.get("version"))[:20]),
            slot_file_version=SLOT_FILE_VERSION,
        )
    slots = document.get("slots")
    profile_id = document.get("profile_id")
    key_check = document.get("key_check")
    anchor = document.get("audit_anchor")
    if (
        not isinstance(profile_id, str)
        or not profile_id.isascii()
        or not isinstance(key_check, str)
        or not isinstance(slots, list)
        or not all(isinstance(slot, dict) and isinstance(slot.get("type"), str) for slot in slots)
        or not (anchor is None or isinstance(anchor, dict))
    ):
        raise IpmsError(msgs.PROFILE_ID_KEY_CHECK_SLOTS, damaged=damaged)
    return SlotFile(profile_id, key_check, tuple(slots), anchor)


def write_slot_file(path: Path, slot_file: SlotFile) -> None:
    write_bytes_atomically(path, slot_file.to_bytes())
    logger.info("key-slot file written: %s", path)


def generate_recovery_code() -> str:
    """A fresh recovery code, grouped for reading aloud (e.g. ``7QK2-...``)."""
    symbols = "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(RECOVERY_RANDOM_SYMBOLS))
    full = symbols + _recovery_check(symbols)
    return "-".join(full[i : i + RECOVERY_GROUP] for i in range(0, len(full), RECOVERY_GROUP))


def normalise_recovery_code(text: str) -> str:
    """The canonical symbols of a typed code: case, spaces, dashes and O/I/L folded away."""
    folded = "".join(
        _RECOVERY_CONFUSABLES.get(char, char)
        for char in text.upper()
        if not char.isspace() and char != "-"
    )
    expected = RECOVERY_RANDOM_SYMBOLS + RECOVERY_CHECK_SYMBOLS
    bad = sorted({char for char in folded if char not in CROCKFORD_ALPHABET})
    if bad or len(folded) != expected:
        raise WrongSecretError(
            msgs.NOT_A_RECOVERY_CODE,
            expected=expected,
            group=RECOVERY_GROUP,
            unexpected="".join(bad) or "-",
        )
    data, check = folded[:RECOVERY_RANDOM_SYMBOLS], folded[RECOVERY_RANDOM_SYMBOLS:]
    if not hmac.compare_digest(check, _recovery_check(data)):
        raise WrongSecretError(msgs.RECOVERY_CODE_MISTYPED)
    return folded


def new_escrow_key_pair() -> tuple[bytes, bytes]:
    """A CoMSEC escrow key pair as (private bytes, public bytes) in this module's encoding."""
    mlkem_key = mlkem.MLKEM768PrivateKey.generate()
    x25519_key = x25519.X25519PrivateKey.generate()
    private = mlkem_key.private_bytes_raw() + x25519_key.private_bytes_raw()
    public = mlkem_key.public_key().public_bytes_raw() + x25519_key.public_key().public_bytes_raw()
    return private, public


def escrow_public_key_from_bytes(raw: bytes) -> hpke.MLKEM768X25519PublicKey:
    """ML-KEM-768 encapsulation key (1184 bytes) then X25519 public key (32 bytes)."""
    if len(raw) != ESCROW_PUBLIC_KEY_BYTES:
        raise IpmsError(
            msgs.ESCROW_PUBLIC_KEY_MUST_BYTES,
            escrow_public_key_bytes=ESCROW_PUBLIC_KEY_BYTES,
            count=len(raw),
        )
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(raw[:MLKEM768_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(raw[MLKEM768_PUBLIC_BYTES:]),
        )
    except ValueError as error:
        raise IpmsError(msgs.ESCROW_PUBLIC_KEY_MALFORMED, error=error) from None


def escrow_private_key_from_bytes(raw: bytes) -> hpke.MLKEM768X25519PrivateKey:
    """ML-KEM-768 seed (64 bytes) then X25519 private key (32 bytes)."""
    if len(raw) != ESCROW_PRIVATE_KEY_BYTES:
        raise IpmsError(
            msgs.ESCROW_PRIVATE_KEY_MUST_BYTES,
            escrow_private_key_bytes=ESCROW_PRIVATE_KEY_BYTES,
            count=len(raw),
        )
    try:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(raw[:MLKEM768_SEED_BYTES]),
            x25519.X25519PrivateKey.from_private_bytes(raw[MLKEM768_SEED_BYTES:]),
        )
    except ValueError as error:
        raise IpmsError(msgs.ESCROW_PRIVATE_KEY_MALFORMED, error=error) from None


def _passphrase_bytes(passphrase: str) -> bytes:
    if not passphrase:
        raise IpmsError(msgs.PASSPHRASE_EMPTY_CHOOSE_PASSPHRASE)
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _recovery_check(symbols: str) -> str:
    digest = hashlib.sha256(b"ipms-desktop/recovery-code/v1\x00" + symbols.encode("ascii")).digest()
    number = int.from_bytes(digest[:2], "big")
    return "".join(
        CROCKFORD_ALPHABET[(number >> (5 * (RECOVERY_CHECK_SYMBOLS - 1 - i))) & 31]
        for i in range(RECOVERY_CHECK_SYMBOLS)
    )


def _kdf_description(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "version": 19,
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "length": DATA_KEY_BYTES,
        "salt": base64.b64encode(salt).decode("ascii"),
    }


def _slot_aad(profile_id: str, slot: dict[str, Any]) -> bytes:
    bound = {"profile_id": profile_id, "slot_id": slot["id"], "type": slot["type"]}
    if "kdf" in slot:
        bound["kdf"] = slot["kdf"]
    canonical = json.dumps(bound, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return AAD_PREFIX + canonical.encode("utf-8")


def _derive_kek(secret: bytes, kdf: dict[str, Any]) -> bytes:
    try:
        if kdf["name"] != "argon2id" or kdf["version"] != 19 or kdf["length"] != DATA_KEY_BYTES:
            raise ValueError(f"unsupported KDF {kdf['name']!r}")
        costs = [kdf["memory_kib"], kdf["iterations"], kdf["lanes"]]
        if not all(isinstance(cost, int) and not isinstance(cost, bool) for cost in costs):
            raise ValueError("costs must be whole numbers")
        params = KdfParams(*costs)
        salt = _b64decode(kdf["salt"], "kdf salt", SALT_BYTES)
    except (KeyError, TypeError, ValueError) as error:
        raise IpmsError(msgs.KEY_SLOT_MALFORMED_KDF_PARAMETERS, error=error) from None
    return Argon2id(
        salt=salt,
        length=DATA_KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def _wrap_with_secret(
    profile_id: str, slot_type: str, secret: bytes, data_key: bytes, params: KdfParams
) -> dict[str, Any]:
    slot: dict[str, Any] = {
        "id": secrets.token_hex(8),
        "type": slot_type,
        "kdf": _kdf_description(params, secrets.token_bytes(SALT_BYTES)),
        "cipher": "aes-256-gcm",
    }
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_derive_kek(secret, slot["kdf"])).encrypt(
        nonce, data_key, _slot_aad(profile_id, slot)
    )
    slot["nonce"] = base64.b64encode(nonce).decode("ascii")
    slot["wrapped_key"] = base64.b64encode(wrapped).decode("ascii")
    return slot


def _unwrap_with_secret(profile_id: str, slot: dict[str, Any], secret: bytes) -> bytes:
    if slot.get("cipher") != "aes-256-gcm" or "kdf" not in slot or "id" not in slot:
        raise IpmsError(msgs.KEY_SLOT_MALFORMED_USES_UNKNOWN, value=repr(slot.get("id")))
    nonce = _b64decode(slot.get("nonce"), "slot nonce", NONCE_BYTES)
    wrapped = _b64decode(slot.get("wrapped_key"), "wrapped key", WRAPPED_KEY_BYTES)
    return AESGCM(_derive_kek(secret, slot["kdf"])).decrypt(
        nonce, wrapped, _slot_aad(profile_id, slot)
    )


def _escrow_suite() -> hpke.Suite:
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _escrow_info(profile_id: str) -> bytes:
    return ESCROW_INFO_PREFIX + profile_id.encode("ascii")


def _seal_to_escrow(profile_id: str, data_key: bytes, public_key: bytes) -> dict[str, Any]:
    recipient = escrow_public_key_from_bytes(public_key)
    sealed = _escrow_suite().encrypt(data_key, recipient, info=_escrow_info(profile_id))
    return {
        "id": secrets.token_hex(8),
        "type": ESCROW_SLOT,
        "hpke": dict(_ESCROW_SUITE_NAMES),
        "recipient": "sha256:" + hashlib.sha256(public_key).hexdigest(),
        "sealed_key": base64.b64encode(sealed).decode("ascii"),
    }


def _required_slot(slot_file: SlotFile, slot_type: str) -> dict[str, Any]:
    slot = slot_file.slot(slot_type)
    if slot is None:
        raise IpmsError(msgs.PROFILE_NO_KEY_SLOT, slot_type=slot_type)
    return slot


def _check_key(slot_file: SlotFile, data_key: bytes) -> None:
    expected = key_check_value(data_key, slot_file.profile_id)
    if not hmac.compare_digest(expected, slot_file.key_check):
        raise IpmsError(msgs.KEY_SLOT_FILE_INCONSISTENT_UNWRAPPED)


def _b64decode(value: object, what: str, length: int | None = None) -> bytes:
    """Base64 text of a slot; with ``length``, exactly that many bytes (an empty salt or a
    short nonce is refused here, before any key derivation)."""
    if not isinstance(value, str) or len(value) > 4 * MAX_SLOT_FILE_BYTES // 3:
        raise IpmsError(msgs.KEY_SLOT_MISSING, what=what)
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise IpmsError(msgs.KEY_SLOT_NOT_VALID_BASE, what=what) from None
    if length is not None and len(decoded) != length:
        raise IpmsError(msgs.KEY_SLOT_BYTES_NOT, what=what, count=len(decoded), length=length)
    return decoded
