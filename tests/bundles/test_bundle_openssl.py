"""The documented openssl commands re-check a bundle's certificate chain and signature."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from ipms_desktop.cli import main
from tests.tooling import needs_program

pytestmark = needs_program("openssl", "openssl (Debian: apt-get install openssl)")


def openssl(*arguments: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", *(str(a) for a in arguments)], capture_output=True, text=True, check=False
    )


def _write_trust_pems(pki, folder: Path) -> tuple[Path, Path]:
    root = folder / "root.pem"
    crl = folder / "crl.pem"
    root.write_bytes(pki.trust.root.public_bytes(serialization.Encoding.PEM))
    crl.write_bytes(pki.trust.crl.public_bytes(serialization.Encoding.PEM))
    return root, crl


def verify_signature(parts):
    """The README's Ed25519 check of the extracted signed block."""
    return openssl(
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        parts / "signer-pub.pem",
        "-rawin",
        "-in",
        parts / "signed.bin",
        "-sigfile",
        parts / "sig.bin",
    )


def test_openssl_accepts_the_chain_and_the_signature(pki, make_bundle, tmp_path):
    bundle = make_bundle()
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(pki.trust.raw)
    parts = tmp_path / "parts"
    assert (
        main(["verify", "--trust", str(trust_file), str(bundle), "--extract-signature", str(parts)])
        == 0
    )
    root, crl = _write_trust_pems(pki, tmp_path)

    chain = openssl("verify", "-CAfile", root, "-crl_check", "-CRLfile", crl, parts / "signer.pem")
    assert chain.returncode == 0, chain.stderr
    assert chain.stdout.strip().endswith(": OK")

    signature = verify_signature(parts)
    assert signature.returncode == 0, signature.stderr
    assert "Signature Verified Successfully" in signature.stdout


def test_openssl_refuses_an_altered_manifest(pki, make_bundle, tmp_path):
    parts = tmp_path / "parts"
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(pki.trust.raw)
    assert (
        main(
            [
                "verify",
                "--trust",
                str(trust_file),
                str(make_bundle()),
                "--extract-signature",
                str(parts),
            ]
        )
        == 0
    )
    signed = bytearray((parts / "signed.bin").read_bytes())
    signed[-5] ^= 1
    (parts / "signed.bin").write_bytes(signed)
    signature = verify_signature(parts)
    assert signature.returncode != 0


def test_openssl_refuses_a_revoked_signer(pki, make_bundle, tmp_path):
    parts = tmp_path / "parts"
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(pki.trust.raw)
    assert (
        main(
            [
                "verify",
                "--trust",
                str(trust_file),
                str(make_bundle(signer=pki.revoked)),
                "--extract-signature",
                str(parts),
            ]
        )
        == 1
    )
    root, crl = _write_trust_pems(pki, tmp_path)
    chain = openssl("verify", "-CAfile", root, "-crl_check", "-CRLfile", crl, parts / "signer.pem")
    assert chain.returncode != 0
    assert "certificate revoked" in chain.stdout + chain.stderr


def test_documented_offsets_cut_out_the_same_bytes(pki, make_bundle, tmp_path):
    """docs/bundle-format.md: signed.bin and sig.bin by offsets read from the trailer."""
    bundle = make_bundle()
    data = bundle.read_bytes()
    manifest_offset = int.from_bytes(data[-24:-16], "big")
    manifest_length = int.from_bytes(data[-16:-8], "big")
    parts = tmp_path / "parts"
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(pki.trust.raw)
    assert (
        main(["verify", "--trust", str(trust_file), str(bundle), "--extract-signature", str(parts)])
        == 0
    )
    signed = data[manifest_offset : manifest_offset + manifest_length]
    assert (parts / "signed.bin").read_bytes() == signed
    assert (parts / "sig.bin").read_bytes() == data[-88:-24]


def _documented_commands() -> str:
    """The ``sh`` blocks of the openssl section of docs/bundle-format.md, in order."""
    doc = (Path(__file__).parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    section = doc.split("## Checking a bundle with openssl", 1)[1]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) >= 5
    return "\n".join(textwrap.dedent(block) for block in blocks)


def test_the_documented_shell_commands_verify_a_bundle(pki, make_bundle, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(make_bundle(), work / "bundle.ipmsb")
    (work / "trust.json").write_bytes(pki.trust.raw)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _documented_commands()],
        cwd=work,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "signer.pem: OK" in result.stdout
    assert "Signature Verified Successfully" in result.stdout


def test_the_documented_shell_commands_catch_a_revoked_signer(pki, make_bundle, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(make_bundle(signer=pki.revoked), work / "bundle.ipmsb")
    (work / "trust.json").write_bytes(pki.trust.raw)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-uo", "pipefail", "-c", _documented_commands()],
        cwd=work,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert "certificate revoked" in result.stdout + result.stderr
