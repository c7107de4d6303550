"""``ipms profile``: create, unlock-related upkeep, verify and back up the encrypted profile.

Other groups' profile subcommands (certificate requests, trust installation) register
here too, through ``register``; ``profile_folder`` and ``open_profile`` are shared helpers
for every command that works on a profile.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ipms_desktop.cli.secret_input import read_secret
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs

if TYPE_CHECKING:
    from ipms_desktop.services.profiles import PassphraseChanged
    from ipms_desktop.store.profile import Profile
    from ipms_desktop.trust.trust_settings import TrustSettings

PASSPHRASE_VARIABLE = "IPMS_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "IPMS_NEW_PASSPHRASE"
RECOVERY_CODE_VARIABLE = "IPMS_RECOVERY_CODE"
ESCROW_PASSPHRASE_VARIABLE = "IPMS_ESCROW_PASSPHRASE"


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="profile folder (default: the per-user data folder)",
    )


def profile_folder(args: argparse.Namespace) -> Path:
    from ipms_desktop.store.paths import default_profile_dir

    return args.profile if args.profile is not None else default_profile_dir()


def open_profile(args: argparse.Namespace) -> Profile:
    """Unlock the profile named by ``--profile`` with the passphrase (terminal or env)."""
    from ipms_desktop.store.opening import profile_exists, unlock_profile

    folder = profile_folder(args)
    if not profile_exists(folder):
        raise IpmsError(msgs.NO_PROFILE_CREATE_ONE_IPMS, folder=folder)
    return unlock_profile(folder, read_secret(PASSPHRASE_VARIABLE, "Passphrase: "))


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("profile", help="the encrypted local profile")
    commands = group.add_subparsers(dest="profile_command", metavar="SUBCOMMAND", required=True)

    create = commands.add_parser("create", help="create a profile (prints the recovery code once)")
    add_profile_argument(create)
    create.add_argument("--name", required=True, help="a name for this profile")
    create.add_argument(
        "--trust",
        type=Path,
        metavar="FILE",
        help="CoMSEC trust settings file (adds the escrow key slot it names)",
    )
    create.set_defaults(handler=_create)

    passwd = commands.add_parser("passwd", help="change the passphrase")
    add_profile_argument(passwd)
    passwd.set_defaults(handler=_passwd)

    recover = commands.add_parser(
        "recover",
        help="set a new passphrase using the recovery code (or, at CoMSEC, the escrow key)",
    )
    add_profile_argument(recover)
    recover.add_argument(
        "--escrow-key",
        type=Path,
        metavar="FILE",
        help="CoMSEC's escrow key file (passphrase from IPMS_ESCROW_PASSPHRASE or the terminal) "
        "instead of the recovery code",
    )
    recover.set_defaults(handler=_recover)

    verify = commands.add_parser("verify", help="check the database and the audit chain")
    add_profile_argument(verify)
    verify.set_defaults(handler=_verify)

    backup = commands.add_parser(
        "backup", help="write an encrypted copy of the profile (never overwrites one)"
    )
    add_profile_argument(backup)
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file, or an existing folder to write a dated backup into",
    )
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", help="replace a damaged database by a backup")
    add_profile_argument(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.set_defaults(handler=_restore)

    request = commands.add_parser("request", help="write a certificate request (PKCS#10)")
    add_profile_argument(request)
    request.add_argument("--out", type=Path, required=True, metavar="REQ.pem")
    request.add_argument("--name", help="holder's name in the certificate (default: profile name)")
    request.set_defaults(handler=_request)

    install_cert = commands.add_parser("install-cert", help="install the issued certificate")
    add_profile_argument(install_cert)
    install_cert.add_argument("certificate", type=Path, metavar="CERT.pem")
    install_cert.set_defaults(handler=_install_cert)

    install_trust = commands.add_parser("install-trust", help="install newer trust settings")
    add_profile_argument(install_trust)
    install_trust.add_argument("trust_file", type=Path, metavar="FILE")
    install_trust.set_defaults(handler=_install_trust)


def _create(args: argparse.Namespace) -> int:
    from ipms_desktop.services.profiles import create_profile
    from ipms_desktop.trust.profile_credentials import escrow_key_bytes, install_trust

    folder = profile_folder(args)
    settings = _read_trust_settings(args.trust) if args.trust else None
    escrow = escrow_key_bytes(settings) if settings else None
    passphrase = read_secret(PASSPHRASE_VARIABLE, "New passphrase: ", confirm=True)
    profile, recovery_code = create_profile(folder, args.name, passphrase, escrow_public_key=escrow)
    with profile:
        if settings is not None:
            install_trust(profile.keys, settings)
    print(f"profile created in {folder}")
    print("Recovery code (write it down and keep it apart from this computer; shown only once):")
    print(recovery_code)
    return 0


def _read_trust_settings(path: Path) -> TrustSettings:
    from ipms_desktop.trust.trust_settings import load_trust_settings

    return load_trust_settings(path)


def _new_passphrase() -> str:
    """The new passphrase, refused by the policy before the profile is even opened."""
    from ipms_desktop.services.profiles import check_new_passphrase

    new = read_secret(NEW_PASSPHRASE_VARIABLE, "New passphrase: ", confirm=True)
    check_new_passphrase(new)
    return new


def _report_passphrase_change(changed: PassphraseChanged) -> None:
    from ipms_desktop.services.training import TrainingKeys

    if changed.training is TrainingKeys.REENCRYPTED:
        print("the training CA's key files now open with the new passphrase too")
    if changed.training_problem is not None:
        print(f"ipms: warning: {changed.training_problem}", file=sys.stderr)


def _passwd(args: argparse.Namespace) -> int:
    from ipms_desktop.services.profiles import change_passphrase
    from ipms_desktop.store.opening import unlock_profile

    folder = profile_folder(args)
    old = read_secret(PASSPHRASE_VARIABLE, "Current passphrase: ")
    new = _new_passphrase()
    with unlock_profile(folder, old) as profile:
        changed = change_passphrase(profile, old, new)
    print(f"passphrase changed for {folder}")
    _report_passphrase_change(changed)
    return 0


def _recover(args: argparse.Namespace) -> int:
    from ipms_desktop.services.profiles import recover_with_code, recover_with_escrow_key

    folder = profile_folder(args)
    if args.escrow_key is not None:
        from ipms_desktop.trust.ca import load_recipient_key_file

        key_passphrase = read_secret(ESCROW_PASSPHRASE_VARIABLE, "Escrow key passphrase: ")
        new = _new_passphrase()
        escrow_key = load_recipient_key_file(args.escrow_key, key_passphrase)
        opened, changed = recover_with_escrow_key(folder, escrow_key.secret_bytes, new)
    else:
        code = read_secret(RECOVERY_CODE_VARIABLE, "Recovery code: ")
        new = _new_passphrase()
        opened, changed = recover_with_code(folder, code, new)
    opened.close()
    print(f"new passphrase set for {folder}; the recovery code stays valid")
    _report_passphrase_change(changed)
    return 0


def _verify(args: argparse.Namespace) -> int:
    with open_profile(args) as profile:
        report = profile.verify()
    print(f"integrity_check: {', '.join(report.integrity_check)}")
    print(
        "cipher_integrity_check: "
        + ("ok" if not report.cipher_integrity_check else "; ".join(report.cipher_integrity_check))
    )
    print(f"audit chain: {report.audit_events} events, head {report.audit_head}")
    for problem in report.audit_problems:
        print(f"  {problem}")
    if not report.ok:
        raise IpmsError(msgs.PROFILE_FAILED_VERIFICATION_RESTORE_LATEST, args=profile_folder(args))
    print("profile ok")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from ipms_desktop.services.profiles import backup_profile

    with open_profile(args) as profile:
        database, slots = backup_profile(profile, args.out)
    print(f"encrypted backup written: {database}")
    print(f"key slots written beside it: {slots} (keep both together)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ipms_desktop.services.profiles import restore_profile

    folder = profile_folder(args)
    passphrase = read_secret(PASSPHRASE_VARIABLE, "Passphrase: ")
    set_aside = restore_profile(folder, args.source, passphrase)
    print(f"restored {folder} from {args.source}; the replaced files were kept as {set_aside}*")
    return 0


def _request(args: argparse.Namespace) -> int:
    from ipms_desktop.atomic import write_bytes_atomically
    from ipms_desktop.trust.profile_credentials import certificate_request

    with open_profile(args) as profile:
        request = certificate_request(profile.keys, args.name or profile.name)
    write_bytes_atomically(args.out, request)
    print(f"certificate request written to {args.out}; send it to CoMSEC to be certified")
    return 0


def _install_cert(args: argparse.Namespace) -> int:
    from ipms_desktop.trust.certificates import certificate_fingerprint, subject_text
    from ipms_desktop.trust.extensions import role_of
    from ipms_desktop.trust.profile_credentials import install_certificate

    try:
        data = args.certificate.read_bytes()
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_READ_2, certificate=args.certificate, strerror=error.strerror
        ) from None
    with open_profile(args) as profile:
        certificate = install_certificate(profile.keys, data, str(args.certificate))
    print(f"installed certificate of {subject_text(certificate)}, role {role_of(certificate)}")
    print(f"valid until {certificate.not_valid_after_utc:%Y-%m-%d %H:%M} UTC")
    print(f"fingerprint: {certificate_fingerprint(certificate)}")
    return 0


def _install_trust(args: argparse.Namespace) -> int:
    from ipms_desktop.trust.profile_credentials import (
        check_trust_update,
        install_trust,
        installed_trust,
    )

    settings = _read_trust_settings(args.trust_file)
    with open_profile(args) as profile:
        if not check_trust_update(installed_trust(profile.keys), settings):
            print(f"trust settings serial {settings.serial} are already installed")
            return 0
        install_trust(profile.keys, settings)
    print(f"trust settings serial {settings.serial} installed (root {settings.root_fingerprint})")
    return 0
