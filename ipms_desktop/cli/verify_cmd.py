"""``ipms verify``: check bundles with no private key, one line per bundle.

Exit status 1 when any bundle is rejected, so CoMSEC's intake scripts can stop on it.
Every file gets exactly one line, whatever it holds; the file's name and anything quoted
from it are escaped and cut (``shown_text``), so no file can write to the terminal.
``--extract-signature`` writes the pieces ``openssl`` needs to re-check one bundle.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ipms_desktop.bundles.reader import extract_signature, verify_bundle
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.shown_text import shown_path, shown_reason
from ipms_desktop.trust.trust_settings import load_trust_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("verify", help="verify bundles (no private key needed)")
    parser.add_argument("--trust", required=True, type=Path, metavar="FILE")
    parser.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE")
    parser.add_argument(
        "--extract-signature",
        type=Path,
        metavar="DIR",
        help="also write signed.bin, sig.bin, signer.pem, signer-pub.pem for openssl",
    )
    parser.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    trust = load_trust_settings(args.trust)
    if args.extract_signature and len(args.bundles) != 1:
        raise IpmsError(msgs.EXTRACT_SIGNATURE_TAKES_EXACTLY_ONE)
    rejected = 0
    for path in args.bundles:
        try:
            verify_bundle(path, trust)
        except IpmsError as error:
            rejected += 1
            print(f"{shown_path(path)}: REJECTED: {shown_reason(str(error))}", flush=True)
            continue
        print(f"{shown_path(path)}: OK", flush=True)
    if args.extract_signature:
        written = extract_signature(args.bundles[0], args.extract_signature)
        for path in written.values():
            print(f"wrote {shown_path(path)}")
    return 1 if rejected else 0
