"""Who can open a bundle: HPKE recipient keys and the table of suites a bundle may name.

The suite is recorded in every bundle and every key, so a later version can move to another
KEM while old bundles stay readable. The default is the ML-KEM-768 + X25519 hybrid, so a
bundle copied today is not readable by a future quantum computer; the classical X25519 suite
stays in the table for keys that cannot carry the hybrid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs
from ipms_desktop.trust.armor import armor, unarmor

PUBLIC_KEY_LABEL = "IPMS RECIPIENT PUBLIC KEY"
_MLKEM768_PUBLIC_BYTES = 1184
_MLKEM768_SEED_BYTES = 64
_X25519_BYTES = 32


@dataclass(frozen=True)
class RecipientSuite:
    """One HPKE suite (RFC 9180) and the sizes of its raw key encodings."""

    suite_id: str
    kem: hpke.KEM
    kdf: hpke.KDF
    aead: hpke.AEAD
    public_key_bytes: int
    private_key_bytes: int

    def hpke_suite(self) -> hpke.Suite:
        return hpke.Suite(self.kem, self.kdf, self.aead)


HYBRID_SUITE = RecipientSuite(
    suite_id="mlkem768x25519-hkdfsha256-aes256gcm",
    kem=hpke.KEM.MLKEM768_X25519,
    kdf=hpke.KDF.HKDF_SHA256,
    aead=hpke.AEAD.AES_256_GCM,
    public_key_bytes=_MLKEM768_PUBLIC_BYTES + _X25519_BYTES,
    private_key_bytes=_MLKEM768_SEED_BYTES + _X25519_BYTES,
)
CLASSICAL_SUITE = RecipientSuite(
    suite_id="x25519-hkdfsha256-aes256gcm",
    kem=hpke.KEM.X25519,
    kdf=hpke.KDF.HKDF_SHA256,
    aead=hpke.AEAD.AES_256_GCM,
    public_key_bytes=_X25519_BYTES,
    private_key_bytes=_X25519_BYTES,
)
SUITES: dict[str, RecipientSuite] = {s.suite_id: s for s in (HYBRID_SUITE, CLASSICAL_SUITE)}
DEFAULT_SUITE_ID = HYBRID_SUITE.suite_id


def suite_by_id(suite_id: str) -> RecipientSuite:
    """The suite named ``suite_id``; an unknown id is refused with the known ones listed."""
    suite = SUITES.get(suite_id)
    if suite is None:
        known = ", ".join(sorted(SUITES))
        raise IpmsError(msgs.UNKNOWN_HPKE_SUITE_KNOWN, suite_id=suite_id, known=known)
    return suite


@dataclass(frozen=True)
class RecipientPublicKey:
    """A recipient's raw public key: ML-KEM-768 key then X25519 key for the hybrid suite."""

    suite_id: str
    key_bytes: bytes

    def __post_init__(self) -> None:
        suite = suite_by_id(self.suite_id)
        if len(self.key_bytes) != suite.public_key_bytes:
            raise IpmsError(
                msgs.RECIPIENT_PUBLIC_KEY_BYTES_EXPECTED,
                suite_id=self.suite_id,
                count=len(self.key_bytes),
                public_key_bytes=suite.public_key_bytes,
            )

    @property
    def key_id(self) -> str:
        """``sha256:<hex>`` over suite id, a zero byte and the raw key: names it in bundles."""
        digest = hashlib.sha256(self.suite_id.encode("ascii") + b"\0" + self.key_bytes)
        return "sha256:" + digest.hexdigest()

    def hpke_key(self) -> x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey:
        """The key object ``cryptography``'s HPKE takes; a malformed key is an IpmsError."""
        try:
            if self.suite_id == HYBRID_SUITE.suite_id:
                return hpke.MLKEM768X25519PublicKey(
                    mlkem.MLKEM768PublicKey.from_public_bytes(
                        self.key_bytes[:_MLKEM768_PUBLIC_BYTES]
                    ),
                    x25519.X25519PublicKey.from_public_bytes(
                        self.key_bytes[_MLKEM768_PUBLIC_BYTES:]
                    ),
                )
            return x25519.X25519PublicKey.from_public_bytes(self.key_bytes)
        except ValueError as error:
            raise IpmsError(
                msgs.RECIPIENT_KEY_NOT_VALID_KEY, key_id=self.key_id, error=error
            ) from None

    def to_json(self) -> dict[str, str]:
        return {
            "suite": self.suite_id,
            "public_key": base64.b64encode(self.key_bytes).decode("ascii"),
        }

    @classmethod
    def from_json(cls, value: object, source: str) -> RecipientPublicKey:
        if not isinstance(value, dict) or set(value) != {"suite", "public_key"}:
            raise IpmsError(msgs.RECIPIENT_KEY_MUST_SUITE_PUBLIC, source=source)
        suite_id, encoded = value["suite"], value["public_key"]
        if not isinstance(suite_id, str) or not isinstance(encoded, str):
            raise IpmsError(msgs.RECIPIENT_KEY_FIELDS_MUST_STRINGS, source=source)
        try:
            key_bytes = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise IpmsError(msgs.RECIPIENT_PUBLIC_KEY_NOT_VALID, source=source) from None
        return cls(suite_id, key_bytes)

    def to_pem(self) -> bytes:
        """Suite id, a zero byte, then the raw key, in a labelled text block."""
        return armor(PUBLIC_KEY_LABEL, self.suite_id.encode("ascii") + b"\0" + self.key_bytes)

    @classmethod
    def from_pem(cls, data: bytes, source: str) -> RecipientPublicKey:
        body = unarmor(PUBLIC_KEY_LABEL, data, source)
        suite_part, separator, key_bytes = body.partition(b"\0")
        if not separator:
            raise IpmsError(msgs.RECIPIENT_PUBLIC_KEY_NO_SUITE, source=source)
        return cls(suite_part.decode("ascii", "replace"), key_bytes)


@dataclass(frozen=True, repr=False)
class RecipientPrivateKey:
    """A recipient's private key: ML-KEM-768 seed then X25519 scalar for the hybrid suite."""

    suite_id: str
    secret_bytes: bytes

    def __post_init__(self) -> None:
        suite = suite_by_id(self.suite_id)
        if len(self.secret_bytes) != suite.private_key_bytes:
            raise IpmsError(msgs.RECIPIENT_PRIVATE_KEY_WRONG_LENGTH, suite_id=self.suite_id)

    def __repr__(self) -> str:
        return f"RecipientPrivateKey(suite_id={self.suite_id!r}, secret_bytes=<hidden>)"

    @classmethod
    def generate(cls, suite_id: str = DEFAULT_SUITE_ID) -> RecipientPrivateKey:
        suite_by_id(suite_id)
        if suite_id == HYBRID_SUITE.suite_id:
            seed = mlkem.MLKEM768PrivateKey.generate().private_bytes_raw()
            scalar = x25519.X25519PrivateKey.generate().private_bytes_raw()
            return cls(suite_id, seed + scalar)
        return cls(suite_id, x25519.X25519PrivateKey.generate().private_bytes_raw())

    def hpke_key(self) -> x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey:
        if self.suite_id == HYBRID_SUITE.suite_id:
            return hpke.MLKEM768X25519PrivateKey(
                mlkem.MLKEM768PrivateKey.from_seed_bytes(self.secret_bytes[:_MLKEM768_SEED_BYTES]),
                x25519.X25519PrivateKey.from_private_bytes(
                    self.secret_bytes[_MLKEM768_SEED_BYTES:]
                ),
            )
        return x25519.X25519PrivateKey.from_private_bytes(self.secret_bytes)

    def public_key(self) -> RecipientPublicKey:
        if self.suite_id == HYBRID_SUITE.suite_id:
            kem_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(
                self.secret_bytes[:_MLKEM768_SEED_BYTES]
            )
            dh_key = x25519.X25519PrivateKey.from_private_bytes(
                self.secret_bytes[_MLKEM768_SEED_BYTES:]
            )
            return RecipientPublicKey(
                self.suite_id,
                kem_key.public_key().public_bytes_raw() + dh_key.public_key().public_bytes_raw(),
            )
        dh_key = x25519.X25519PrivateKey.from_private_bytes(self.secret_bytes)
        return RecipientPublicKey(self.suite_id, dh_key.public_key().public_bytes_raw())
