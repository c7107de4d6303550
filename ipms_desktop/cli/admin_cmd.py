"""``ipms admin``: CoMSEC's certificate authority (root, certificates, CRL, trust settings,
team assignments and key links).

Passphrases come from ``IPMS_CA_PASSPHRASE`` (root key), ``IPMS_KEY_PASSPHRASE``
(consolidation key) and ``IPMS_ESCROW_PASSPHRASE`` (escrow key) so scripted installs work,
or from the terminal without echo. New key files' passphrases pass the one passphrase
policy, and the root and consolidation keys' differ (``services.authority_folder``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.cli.secret_input import read_secret
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.services.authority_folder import create_authority, create_escrow_key
from ipms_desktop.trust.ca import REVOCATION_REASONS, CertificateAuthority
from ipms_desktop.trust.certificates import certificate_fingerprint, subject_text
from ipms_desktop.trust.extensions import ROLE_OIDS, role_of
from ipms_desktop.trust.recipients import RecipientPublicKey
from ipms_desktop.trust.trust_settings import load_trust_settings

CA_PASSPHRASE_VARIABLE = "IPMS_CA_PASSPHRASE"
KEY_PASSPHRASE_VARIABLE = "IPMS_KEY_PASSPHRASE"
ESCROW_PASSPHRASE_VARIABLE = "IPMS_ESCROW_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("admin", help="run the certificate authority (CoMSEC)")
    commands = parser.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    init = commands.add_parser("init", help="create the root CA and the consolidation key pair")
    init.add_argument("--ca", required=True, type=Path, metavar="DIR")
    init.add_argument("--name", required=True, help="the root certificate's common name")
    init.set_defaults(handler=_init)

    issue = commands.add_parser("issue", help="certify a profile's request for a role")
    issue.add_argument("--ca", required=True, type=Path, metavar="DIR")
    issue.add_argument("request", type=Path, metavar="REQ.pem")
    issue.add_argument("--role", required=True, choices=sorted(ROLE_OIDS))
    issue.add_argument("--days", type=int, help="validity in days (default from settings)")
    issue.add_argument("--out", required=True, type=Path, metavar="CERT.pem")
    issue.set_defaults(handler=_issue)

    revoke = commands.add_parser("revoke", help="revoke a certificate (updates crl.pem)")
    revoke.add_argument("--ca", required=True, type=Path, metavar="DIR")
    revoke.add_argument("certificate", type=Path, metavar="CERT.pem")
    revoke.add_argument(
        "--reason",
        required=True,
        choices=list(REVOCATION_REASONS),
        help="why, recorded in the CRL entry (RFC 5280 reason code)",
    )
    revoke.set_defaults(handler=_revoke)

    escrow = commands.add_parser("escrow", help="create the escrow key pair (once)")
    escrow.add_argument("--ca", required=True, type=Path, metavar="DIR")
    escrow.set_defaults(handler=_escrow)

    trust = commands.add_parser("trust", help="write signed trust settings for profiles")
    trust.add_argument("--ca", required=True, type=Path, metavar="DIR")
    trust.add_argument("--out", required=True, type=Path, metavar="FILE")
    trust.add_argument(
        "--escrow",
        type=Path,
        metavar="PUB",
        help="escrow public key to include (default: DIR/escrow.pub when present)",
    )
    trust.set_defaults(handler=_trust)

    assign = commands.add_parser(
        "assign", help="assign an institution's team lead (and assessors) for a cycle"
    )
    assign.add_argument("--ca", required=True, type=Path, metavar="DIR")
    assign.add_argument("--cycle", required=True, type=int, metavar="YEAR")
    assign.add_argument("--institution", required=True, metavar="NAME")
    assign.add_argument("--lead", required=True, type=Path, metavar="CERT.pem")
    assign.add_argument(
        "--assessor",
        action="append",
        default=[],
        type=Path,
        metavar="CERT.pem",
        help="an assessor of this institution (repeatable; none: any certified assessor)",
    )
    assign.add_argument("--out", required=True, type=Path, metavar="FILE")
    assign.set_defaults(handler=_assign)

    link = commands.add_parser(
        "link-key", help="let a replacement key continue a replaced key's assessments"
    )
    link.add_argument("--ca", required=True, type=Path, metavar="DIR")
    link.add_argument("--previous", required=True, type=Path, metavar="OLD-CERT.pem")
    link.add_argument("--next", required=True, type=Path, metavar="NEW-CERT.pem")
    link.add_argument("--out", required=True, type=Path, metavar="FILE")
    link.set_defaults(handler=_link_key)


def _existing_ca(folder: Path) -> CertificateAuthority:
    authority = CertificateAuthority(folder)
    if not authority.root_path.exists():
        raise IpmsError(msgs.NO_CA_HERE_ROOT_PEM, folder=folder)
    return authority


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise IpmsError(msgs.CANNOT_READ, path=path, strerror=error.strerror) from None


def _certificate(path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(_read_file(path))
    except ValueError:
        raise IpmsError(msgs.NOT_PEM_CERTIFICATE, path=path) from None


def _init(args: argparse.Namespace) -> int:
    ca_passphrase = read_secret(
        CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: ", confirm=True
    )
    key_passphrase = read_secret(
        KEY_PASSPHRASE_VARIABLE, "Passphrase for the consolidation key: ", confirm=True
    )
    authority = create_authority(args.ca, args.name, ca_passphrase, key_passphrase)
    root = authority.root_certificate()
    print(f"root certificate: {authority.root_path}")
    print(f"subject: {subject_text(root)}")
    print(f"fingerprint: {certificate_fingerprint(root)}")
    print(f"consolidation key id: {authority.consolidation_public_key().key_id}")
    return 0


def _issue(args: argparse.Namespace) -> int:
    authority = _existing_ca(args.ca)
    request = _read_file(args.request)
    extra = {} if args.days is None else {"days": args.days}
    certificate = authority.issue(
        request,
        args.role,
        read_secret(CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: "),
        source=str(args.request),
        **extra,
    )
    write_bytes_atomically(args.out, certificate.public_bytes(serialization.Encoding.PEM))
    print(f"subject: {subject_text(certificate)}")
    print(f"role: {role_of(certificate)}")
    print(f"valid until: {certificate.not_valid_after_utc:%Y-%m-%d %H:%M} UTC")
    print(f"fingerprint: {certificate_fingerprint(certificate)}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    authority = _existing_ca(args.ca)
    try:
        certificate = x509.load_pem_x509_certificate(_read_file(args.certificate))
    except ValueError:
        raise IpmsError(msgs.NOT_PEM_CERTIFICATE_2, certificate=args.certificate) from None
    number = authority.revoke(
        certificate,
        read_secret(CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: "),
        args.reason,
    )
    print(f"revoked: {subject_text(certificate)} ({certificate_fingerprint(certificate)})")
    print(f"CRL number {number} written to {authority.crl_path}; publish new trust settings")
    return 0


def _escrow(args: argparse.Namespace) -> int:
    authority = _existing_ca(args.ca)
    public_key = create_escrow_key(
        authority,
        read_secret(ESCROW_PASSPHRASE_VARIABLE, "Passphrase for the escrow key: ", confirm=True),
    )
    print(f"escrow key written to {authority.escrow_key_path} (keep it offline)")
    print(f"escrow key id: {public_key.key_id}; run 'ipms admin trust' to publish it")
    return 0


def _trust(args: argparse.Namespace) -> int:
    authority = _existing_ca(args.ca)
    escrow = (
        RecipientPublicKey.from_pem(_read_file(args.escrow), str(args.escrow))
        if args.escrow
        else None
    )
    data = authority.trust_settings(
        read_secret(CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: "), escrow=escrow
    )
    write_bytes_atomically(args.out, data)
    settings = load_trust_settings(data)
    print(f"trust settings serial {settings.serial} written to {args.out}")
    print(f"frameworks allowed: {', '.join(f.framework_id for f in settings.frameworks)}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    from ipms_desktop.trust.ca_statements import assign_team

    authority = _existing_ca(args.ca)
    published, data = assign_team(
        authority,
        read_secret(CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: "),
        cycle=args.cycle,
        institution=args.institution,
        team_lead=_certificate(args.lead),
        assessors=[_certificate(path) for path in args.assessor],
    )
    write_bytes_atomically(args.out, data)
    assignment = published.for_institution(args.institution)
    assert assignment is not None
    print(
        f"team assignments for cycle {published.cycle}, serial {published.serial} "
        f"({len(published.assignments)} institution(s)) written to {args.out}"
    )
    print(f"{assignment.institution}: team lead {assignment.team_lead.name}")
    for person in assignment.assessors:
        print(f"  assessor {person.name}")
    print("install it where consensus bundles are merged: ipms merge --statement FILE ...")
    return 0


def _link_key(args: argparse.Namespace) -> int:
    from ipms_desktop.trust.ca_statements import link_keys

    authority = _existing_ca(args.ca)
    link, data = link_keys(
        authority,
        read_secret(CA_PASSPHRASE_VARIABLE, "Passphrase for the root CA key: "),
        _certificate(args.previous),
        _certificate(args.next),
    )
    write_bytes_atomically(args.out, data)
    print(f"key link for {link.name} written to {args.out}")
    print(f"previous key {link.previous_key}")
    print(f"next key     {link.next_key}")
    print("install it where bundles are merged: ipms merge --statement FILE ...")
    return 0
