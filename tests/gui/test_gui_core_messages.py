"""Failures raised by the core reach the assessor in the assessor's language."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from ipms_desktop.atomic import disk_error
from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.message import error_text
from ipms_desktop.store.evidence_chunks import scan_file
from ipms_desktop.trust.trust_settings import load_trust_settings


def _core_failures(tmp_path: Path) -> dict[str, IpmsError]:
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(IpmsError) as too_large:
        scan_file(big, limit=1024)
    forged = tmp_path / "trust.json"
    forged.write_text("{}")
    with pytest.raises(IpmsError) as rejected:
        load_trust_settings(forged)
    return {
        "disk-full": disk_error(OSError(errno.ENOSPC, "No space left"), tmp_path / "a.ipmsb"),
        "folder-missing": disk_error(OSError(errno.ENOENT, "No such file"), tmp_path / "x" / "a"),
        "write-failed": disk_error(OSError(errno.EIO, "Input/output error"), tmp_path / "a"),
        "evidence-too-large": too_large.value,
        "trust-file-rejected": rejected.value,
    }


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_core_failures_are_shown_translated(languages, tmp_path, language) -> None:
    failures = _core_failures(tmp_path)
    languages.apply(language)
    for message_id, error in failures.items():
        assert error.message_id == message_id
        shown = error_text(error)
        assert shown != str(error), message_id
        assert any("\u0600" <= character <= "\u06ff" for character in shown), message_id
    assert "scan.pdf" in error_text(failures["evidence-too-large"])
    assert "a.ipmsb" in error_text(failures["disk-full"])


def test_english_keeps_the_core_wording_of_record(languages, tmp_path) -> None:
    failures = _core_failures(tmp_path)
    languages.apply("en")
    shown = error_text(failures["disk-full"])
    assert shown.startswith("Not enough disk space to write")
    assert "nothing was changed" in shown
    assert shown[1:] == str(failures["disk-full"])[1:].replace(
        str(tmp_path / "a.ipmsb"), "\u2068" + str(tmp_path / "a.ipmsb") + "\u2069"
    ).replace("No space left", "\u2068No space left\u2069")
    plain = IpmsError("something only the command line words")
    assert error_text(plain) == "Something only the command line words"


def test_profile_in_use_is_translated(languages, tmp_path) -> None:
    from ipms_desktop.store.lock import ProfileLock

    first = ProfileLock(tmp_path / "profile.lock")
    first.acquire()
    try:
        languages.apply("ar")
        second = ProfileLock(tmp_path / "profile.lock")
        with pytest.raises(IpmsError) as caught:
            second.acquire()
        assert caught.value.message_id == "profile-in-use"
        assert "IPMS" in error_text(caught.value)
        assert "قيد الاستخدام" in error_text(caught.value)
    finally:
        first.release()


class _NoSecrets:
    """A profile stand-in for a key file that its passphrase does not open."""

    folder = Path("unused")

    def get_secret(self, name: str) -> bytes | None:
        return None

    def set_secret(self, name: str, value: bytes) -> None:
        raise AssertionError("nothing is kept when the key file does not open")


def _service_failures(tmp_path: Path) -> dict[str, IpmsError]:
    """A real refusal of each kind the service layer raises with a message id."""
    from ipms_desktop.messages import services as service_messages
    from ipms_desktop.services.authority_folder import save_institutions
    from ipms_desktop.services.completeness import IncompleteAssessment, ItemProblem, ProblemCode
    from ipms_desktop.services.passphrase_policy import require_acceptable
    from ipms_desktop.services.training import _remember_keys
    from ipms_desktop.trust.keyfile import Argon2Parameters, encrypt_key_file

    failures: dict[str, IpmsError] = {}
    with pytest.raises(IpmsError) as refused:
        require_acceptable("abc", "the new passphrase")
    failures["passphrase-refused"] = refused.value
    failures["assessment-incomplete"] = IncompleteAssessment(
        "0f" * 16, [ItemProblem("9b", ProblemCode.NOT_SCORED)]
    )
    with pytest.raises(IpmsError) as long_name:
        save_institutions(tmp_path, ["x" * 201])
    failures["institution-name-too-long"] = long_name.value
    key_path = tmp_path / "training-ca" / "root.key"
    key_path.parent.mkdir()
    key_path.write_bytes(
        encrypt_key_file("ed25519", b"k" * 32, "made with this one", Argon2Parameters(8, 1, 1))
    )
    with pytest.raises(IpmsError) as not_followed:
        _remember_keys(_NoSecrets(), [key_path], "not this one")
    failures["training-keys-not-followed"] = not_followed.value
    failures["backup-exists"] = IpmsError(service_messages.BACKUP_EXISTS, target=tmp_path / "a.db")
    failures["export-revision-moved"] = IpmsError(
        service_messages.EXPORT_REVISION_MOVED,
        assessment_id="0f" * 16,
        revision=3,
        expected_revision=2,
    )
    return failures


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_service_refusals_are_shown_translated(languages, tmp_path, language) -> None:
    failures = _service_failures(tmp_path)
    languages.apply(language)
    for message_id, error in failures.items():
        assert error.message_id == message_id
        shown = error_text(error)
        assert shown != str(error), message_id
        assert any("\u0600" <= character <= "\u06ff" for character in shown), message_id
    assert "9b" in error_text(failures["assessment-incomplete"])
    assert _latin_sentences(error_text(failures["assessment-incomplete"])) == []
    assert "12" in error_text(failures["passphrase-refused"])
    assert "200" in error_text(failures["institution-name-too-long"])
    assert "root.key" in error_text(failures["training-keys-not-followed"])


def test_service_refusals_in_english(languages, tmp_path) -> None:
    failures = _service_failures(tmp_path)
    languages.apply("en")
    assert error_text(failures["passphrase-refused"]).startswith(
        "The passphrase is too short: it needs at least 12 characters."
    )
    shown = error_text(failures["assessment-incomplete"])
    start = "Assessment \u2068" + "0f" * 16 + "\u2069 is not finished (1 problem(s))"
    assert shown.startswith(start)


_ISOLATED = re.compile(r"[\u2066\u2067\u2068][^\u2069]*\u2069")
_QUOTED = re.compile(r"`[^`]*`|'[^']*'")
_LATIN_SENTENCE = re.compile(r"[A-Za-z]{2,}(?:[ ,;]+[A-Za-z]{2,}){2,}")


def _latin_sentences(shown: str) -> list[str]:
    """English prose left in a translated message, once inserted values (isolated) and
    quoted commands are set aside."""
    return _LATIN_SENTENCE.findall(_QUOTED.sub("", _ISOLATED.sub("", shown)))


def _real_failures(tmp_path: Path) -> dict[str, IpmsError]:
    """Failures produced by the core itself: a forged bundle, a workbook that is not one,
    a framework file that breaks the format, forged trust settings."""
    from ipms_desktop.bundles.format import SIGNATURE_BYTES, TRAILER
    from ipms_desktop.bundles.reader import verify_bundle
    from ipms_desktop.bundles.writer import write_bundle
    from ipms_desktop.frameworks.catalogue import load_framework_file
    from ipms_desktop.frameworks.xlsx import import_framework_xlsx
    from tests.bundles.bundle_pki import assessment_document, build_pki, evidence_of

    pki = build_pki(tmp_path / "pki")
    bundle = tmp_path / "team" / "amal.ipmsb"
    bundle.parent.mkdir()
    write_bundle(
        bundle,
        kind="assessment",
        document=assessment_document(),
        evidence=[evidence_of(b"minutes" * 100)],
        signer=pki.assessor,
        recipients=list(pki.trust.default_recipients()),
    )
    data = bytearray(bundle.read_bytes())
    data[len(data) - TRAILER.size - SIGNATURE_BYTES] ^= 0x01  # the signature, changed
    bundle.write_bytes(bytes(data))
    failures: dict[str, IpmsError] = {}
    with pytest.raises(IpmsError) as forged:
        verify_bundle(bundle, pki.trust)
    failures["forged-bundle"] = forged.value
    workbook = tmp_path / "framework.xlsx"
    workbook.write_bytes(b"not a workbook at all")
    with pytest.raises(IpmsError) as not_workbook:
        import_framework_xlsx(workbook)
    failures["not-a-workbook"] = not_workbook.value
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "broken"', encoding="utf-8")
    with pytest.raises(IpmsError) as broken_framework:
        load_framework_file(broken)
    failures["framework-file"] = broken_framework.value
    forged_trust = tmp_path / "trust.json"
    forged_trust.write_text("{}")
    with pytest.raises(IpmsError) as rejected:
        load_trust_settings(forged_trust)
    failures["trust"] = rejected.value
    return failures


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_real_failures_are_shown_in_the_language_with_no_english_sentence(
    languages, qtbot, tmp_path, language
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ipms_desktop.gui.message import show_error

    failures = _real_failures(tmp_path)
    assert failures["forged-bundle"].message_id == "signature-does-not-match-bundle"
    languages.apply(language)
    for name, error in failures.items():
        assert error.message is not None, name
        shown: list[str] = []

        def read_and_close(shown: list[str] = shown) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            shown.append(box.text())
            box.buttons()[0].click()

        QTimer.singleShot(0, read_and_close)
        show_error(None, "IPMS", error)
        assert shown, name
        text = shown[0]
        assert any("\u0600" <= character <= "\u06ff" for character in text), (name, text)
        assert not _latin_sentences(text), (name, text)
    # The file a person must look at is named, kept in its own direction.
    assert "\u2068" + str(tmp_path / "framework.xlsx") + "\u2069" in error_text(
        failures["not-a-workbook"]
    )


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_a_caught_error_named_in_another_is_translated_too(languages, tmp_path, language) -> None:
    from ipms_desktop.messages import store as store_messages
    from ipms_desktop.store.keyslots import WrongSecretError

    inner = WrongSecretError(store_messages.RECOVERY_CODE_MISTYPED)
    outer = WrongSecretError(
        store_messages.WRONG_RECOVERY_CODE_FOR_PROFILE, detail=inner, folder=tmp_path
    )
    assert "recovery code mistyped" in str(outer)
    languages.apply(language)
    shown = error_text(outer)
    assert error_text(inner) in shown
    assert not _latin_sentences(shown), shown


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_refused_export_lists_items_as_the_pre_export_check_words_them(languages, language):
    """The refusal names the first unfinished items in the person's language, then how
    many more there are: no English problem text inside an Arabic or Kurdish sentence."""
    from ipms_desktop.gui.dialogs.pre_export_check import problem_text
    from ipms_desktop.gui.message import NAMED_IN_WINDOW
    from ipms_desktop.services.completeness import IncompleteAssessment, ItemProblem, ProblemCode

    problems = [ItemProblem(f"{number}a", ProblemCode.NOT_SCORED) for number in range(1, 9)] + [
        ItemProblem(
            "9b",
            ProblemCode.ATTRIBUTES_MISSING,
            {"missing": "2", "total": "4", "attributes": "Scope, Refinement"},
        )
    ]
    languages.apply(language)
    shown = error_text(IncompleteAssessment("0f" * 16, problems))
    assert problem_text(problems[0]) in shown
    assert shown.count(problem_text(problems[0])) == NAMED_IN_WINDOW
    assert "\u20663a\u2069" in shown and "4a" not in shown
    more = len(problems) - NAMED_IN_WINDOW
    assert str(more) in shown
    if language != "en":
        assert _latin_sentences(shown) == []
        assert "not scored" not in shown and "other items" not in shown


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_text_that_is_not_unicode_is_named_in_the_persons_language(languages, tmp_path, language):
    from ipms_desktop.provisioning import read_institutions
    from ipms_desktop.shown_text import unencodable_text_error

    listed = tmp_path / "institutions.json"
    listed.write_text(
        '{"document": "ipms-institutions", "format": 1, "institutions": [{"name": "M\\ud800"}]}',
        encoding="ascii",
    )
    with pytest.raises(IpmsError) as from_file:
        read_institutions(listed)
    try:
        "typed \udce9".encode()
    except UnicodeEncodeError as error:
        typed = unencodable_text_error(error)
    languages.apply(language)
    for error, quoted in ((from_file.value, '"M\\ud800"'), (typed, '"typed \\udce9"')):
        shown = error_text(error)
        assert any("\u0600" <= character <= "\u06ff" for character in shown)
        assert quoted in shown and "UTF-16" in shown
    assert "institutions.0.name" in error_text(from_file.value)
    languages.apply("en")


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_a_bundle_subject_s_problem_is_named_in_the_persons_language(languages, language):
    """What is wrong with a document's subject fields (a forged revision, say) is its own
    message inside the refusal, translated with it."""
    from ipms_desktop.bundles.format import subject_fields

    subject = {
        "assessment_id": "a1",
        "revision": 1,
        "institution": "Ministry of Trade",
        "cycle": 2026,
        "framework": {"id": "efqm-2013", "hash": "sha256:00"},
        "audit_head": "sha256:00",
    }
    forged = [
        ({**subject, "revision": -1}, "revision and cycle must be whole numbers"),
        ({**subject, "institution": "x\x07"}, "must be non-empty text without control"),
        ({**subject, "framework": {"id": "efqm-2013"}}, "framework must be {'id', 'hash'} text"),
        ({**subject, "audit_head": "h" * 5000}, "audit_head must be text of at most"),
    ]
    for document, english in forged:
        with pytest.raises(IpmsError) as refused:
            subject_fields(document, "document.json")
        assert english in str(refused.value)  # the command line's wording of record
        languages.apply(language)
        shown = error_text(refused.value)
        languages.apply("en")
        assert english.split()[-1] not in shown and not _latin_sentences(shown), shown
        assert any("\u0600" <= character <= "\u06ff" for character in shown)
