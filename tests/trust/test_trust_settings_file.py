"""The signed trust settings file and the profile-side rules for installing it."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import list_framework_versions
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.profile_credentials import (
    certificate_request,
    check_trust_update,
    ensure_key_pairs,
    install_certificate,
    recipient_from_certificate,
    recipient_private_key,
    signing_credentials,
)
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request, load_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.trust.conftest import CA_PASSPHRASE, CHEAP_KDF, KEY_PASSPHRASE

PEM = serialization.Encoding.PEM


class MemoryStore:
    """The two methods the credential code needs, backed by a dict."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get_secret(self, name: str) -> bytes | None:
        return self.secrets.get(name)

    def set_secret(self, name: str, value: bytes) -> None:
        self.secrets[name] = value


def test_trust_settings_carry_everything_and_verify(fresh_ca):
    escrow = RecipientPrivateKey.generate().public_key()
    trust = load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE, escrow=escrow))
    assert trust.serial == 1
    assert trust.root == fresh_ca.root_certificate()
    assert trust.crl == fresh_ca.crl()
    assert trust.consolidation_recipients == (fresh_ca.consolidation_public_key(),)
    assert trust.escrow_recipient == escrow
    assert trust.default_recipients() == (fresh_ca.consolidation_public_key(), escrow)
    # every version shipped: the current files and the earlier ones kept for work scored
    # against them (EFQM 2013.2 and 2020.2 among them), so that work still exports and merges
    shipped = list_framework_versions()
    assert trust.allowed_framework_hashes == {f.content_hash for f in shipped}
    versions = {(f.framework_id, f.version) for f in trust.frameworks}
    assert {("efqm-2013", "2013.3"), ("efqm-2013", "2013.2"), ("efqm-2020", "2020.2")} <= versions


def test_serial_grows_with_every_file(fresh_ca):
    serials = [load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE)).serial for _ in range(3)]
    assert serials == [1, 2, 3]


def _envelope(data: bytes) -> dict:
    return json.loads(data)


def test_altered_payload_is_refused(fresh_ca):
    envelope = _envelope(fresh_ca.trust_settings(CA_PASSPHRASE))
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["serial"] = 99
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    with pytest.raises(IpmsError, match="signature does not verify"):
        load_trust_settings(json.dumps(envelope).encode())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.update(format=2), "format 2 is not supported"),
        (lambda e: e.update(document="other"), "not an IPMS trust settings file"),
        (lambda e: e.update(signature="%%%"), "not valid base64"),
        (lambda e: e.pop("payload"), "'payload' is missing"),
    ],
)
def test_malformed_envelopes_are_refused(fresh_ca, change, message):
    envelope = _envelope(fresh_ca.trust_settings(CA_PASSPHRASE))
    change(envelope)
    with pytest.raises(IpmsError, match=message):
        load_trust_settings(json.dumps(envelope).encode())


def test_garbage_is_refused(tmp_path):
    with pytest.raises(IpmsError, match="not valid JSON"):
        load_trust_settings(b"\xff\x00")
    with pytest.raises(IpmsError, match="cannot read"):
        load_trust_settings(tmp_path / "absent.json")


def test_update_rules_refuse_rollback_and_another_root(fresh_ca, tmp_path):
    first = load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE))
    second = load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE))
    rogue = CertificateAuthority.create(
        tmp_path / "rogue", "IPMS Test Root", CA_PASSPHRASE, KEY_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert check_trust_update(None, first)
    assert check_trust_update(first, second)
    assert not check_trust_update(second, second)
    with pytest.raises(IpmsError, match="rollback"):
        check_trust_update(second, first)
    with pytest.raises(IpmsError, match="another root"):
        check_trust_update(second, load_trust_settings(rogue.trust_settings(CA_PASSPHRASE)))


def test_profile_credentials_round_trip(fresh_ca):
    store = MemoryStore()
    request_pem = certificate_request(store, "Profile Holder")
    again = load_certificate_request(certificate_request(store, "Profile Holder"), "again")
    request = load_certificate_request(request_pem, "req")
    key, _ = ensure_key_pairs(store)
    assert request.public_key() == key.public_key() == again.public_key()
    certificate = fresh_ca.issue(request_pem, "team-lead", CA_PASSPHRASE)
    install_certificate(store, certificate.public_bytes(PEM), "cert.pem")
    signing_key, installed = signing_credentials(store)
    assert installed == certificate
    assert signing_key.public_key() == certificate.public_key()
    trust = load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE))
    recipient = recipient_from_certificate(certificate.public_bytes(PEM), "cert.pem", trust)
    assert recipient == recipient_private_key(store).public_key()


def test_certificate_without_recipient_key_cannot_be_a_recipient(fresh_ca):
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = fresh_ca.issue(build_certificate_request(key, "Plain"), "assessor", CA_PASSPHRASE)
    trust = load_trust_settings(fresh_ca.trust_settings(CA_PASSPHRASE))
    with pytest.raises(IpmsError, match="carries no recipient key"):
        recipient_from_certificate(certificate.public_bytes(PEM), "cert.pem", trust)
