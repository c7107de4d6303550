"""Recipient keys: encodings, key ids and the suite table."""

from __future__ import annotations

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.trust.recipients import (
    CLASSICAL_SUITE,
    DEFAULT_SUITE_ID,
    HYBRID_SUITE,
    RecipientPrivateKey,
    RecipientPublicKey,
    suite_by_id,
)


@pytest.mark.parametrize("suite", [HYBRID_SUITE, CLASSICAL_SUITE])
def test_keys_round_trip_and_hpke_works(suite):
    private = RecipientPrivateKey.generate(suite.suite_id)
    public = private.public_key()
    assert len(public.key_bytes) == suite.public_key_bytes
    assert RecipientPublicKey.from_pem(public.to_pem(), "pub") == public
    assert RecipientPublicKey.from_json(public.to_json(), "pub") == public
    hpke = suite.hpke_suite()
    sealed = hpke.encrypt(b"content key", public.hpke_key(), info=b"i")
    assert hpke.decrypt(sealed, private.hpke_key(), info=b"i") == b"content key"


def test_default_suite_is_the_post_quantum_hybrid():
    assert HYBRID_SUITE.suite_id == DEFAULT_SUITE_ID
    assert RecipientPrivateKey.generate().suite_id == HYBRID_SUITE.suite_id


def test_key_id_depends_on_suite_and_key():
    one, two = RecipientPrivateKey.generate(), RecipientPrivateKey.generate()
    assert one.public_key().key_id != two.public_key().key_id
    assert one.public_key().key_id.startswith("sha256:")
    assert one.public_key().key_id == one.public_key().key_id


def test_private_key_repr_hides_the_secret():
    key = RecipientPrivateKey.generate()
    assert key.secret_bytes.hex() not in repr(key)
    assert "hidden" in repr(key)


def test_unknown_suite_and_wrong_length_are_refused():
    with pytest.raises(IpmsError, match="unknown HPKE suite"):
        suite_by_id("rsa-pkcs1")
    with pytest.raises(IpmsError, match="expected 1216"):
        RecipientPublicKey(HYBRID_SUITE.suite_id, b"x" * 32)
