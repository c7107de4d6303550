"""The administration window: initialise a CA, certify, revoke, publish trust, keep the
institutions list, and import a framework version from the Excel template."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ipms_desktop.frameworks import FrameworkInvalid, load_framework, validate_framework_data
from ipms_desktop.frameworks.problems import Phrase, Problem
from ipms_desktop.frameworks.xlsx import collect_xlsx_problems, export_framework_xlsx
from ipms_desktop.gui.administration.window import AdministrationWindow
from ipms_desktop.provisioning import load_institutions
from ipms_desktop.trust.recipients import RecipientPrivateKey
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
ROOT_PASSPHRASE = "granite meadow compass 2026"
KEY_PASSPHRASE = "willow harbour beacon 2026"


def admin(qtbot, context, folder: Path) -> AdministrationWindow:
    window = AdministrationWindow(context, folder)
    qtbot.addWidget(window)
    window.show()
    return window


def click_role(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    (button,) = [button for button in box.buttons() if box.buttonRole(button) == role]
    button.click()


def wait_idle(qtbot, window: AdministrationWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)


def test_initialise_applies_the_ca_passphrase_rule(qtbot, context, tmp_path):
    """Weak or shared passphrases are refused with the policy's words; nothing is made."""
    window = admin(qtbot, context, tmp_path / "new-ca")
    window.ca_name_edit.setText("CoMSEC IPMS Root (test)")
    for root, key, refusal in (
        ("short", KEY_PASSPHRASE, "The passphrase is too short"),
        (ROOT_PASSPHRASE, "1234567890123456", "The passphrase is too weak"),
        (ROOT_PASSPHRASE, ROOT_PASSPHRASE, "Use different passphrases"),
    ):
        window.new_ca_passphrase.setText(root)
        window.new_ca_repeat.setText(root)
        window.new_key_passphrase.setText(key)
        window.new_key_repeat.setText(key)
        window.initialise()
        assert window.status_line.property("role") == "error"
        assert window.status_line.text().startswith(refusal)
        assert not (tmp_path / "new-ca").exists()
    window.close()


def test_initialise_refuses_mismatched_passphrases_then_creates_the_ca(qtbot, context, tmp_path):
    window = admin(qtbot, context, tmp_path / "new-ca")
    assert window.pages.currentIndex() == window.INITIALISE_PAGE
    assert not window.passphrase_edit.isVisible()
    window.ca_name_edit.setText("CoMSEC IPMS Root (test)")
    window.new_ca_passphrase.setText(ROOT_PASSPHRASE)
    window.new_ca_repeat.setText(ROOT_PASSPHRASE + "x")
    window.new_key_passphrase.setText(KEY_PASSPHRASE)
    window.new_key_repeat.setText(KEY_PASSPHRASE)
    window.initialise()
    assert window.status_line.property("role") == "error"
    assert not (tmp_path / "new-ca" / "root.pem").exists()
    window.new_ca_repeat.setText(ROOT_PASSPHRASE)
    window.initialise()
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == window.AUTHORITY_PAGE
    assert (tmp_path / "new-ca" / "root.pem").exists()
    assert window.new_ca_passphrase.text() == "", "passphrases do not linger in the form"
    assert "CoMSEC IPMS Root (test)" in window.status_line.text()
    window.close()


def test_request_is_shown_before_signing_then_certified_revoked_and_published(
    qtbot, context, world, tmp_path
):
    signing_key = ed25519.Ed25519PrivateKey.generate()
    request_path = tmp_path / "layla-request.pem"
    request_path.write_bytes(
        build_certificate_request(
            signing_key, "Layla Hassan", RecipientPrivateKey.generate().public_key()
        )
    )
    window = admin(qtbot, context, world.ca.folder)
    assert window.pages.currentIndex() == window.AUTHORITY_PAGE
    before = len(window.certificates)
    window.load_request(request_path)
    raw = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert window.holder_value.text() == "Layla Hassan"
    assert window.key_fingerprint_value.text() == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert window.role_combo.currentData() is None, "the role is always chosen, never defaulted"
    assert window.certificate_out_edit.text() == str(tmp_path / "layla-request-certificate.pem")
    assert not Path(window.certificate_out_edit.text()).exists(), "nothing is signed yet"

    window.sign_request()
    assert "passphrase" in window.status_line.text()
    window.passphrase_edit.setText(CA_PASSPHRASE)
    window.sign_request()
    assert window.status_line.text() == "Choose the role this person will have, then sign."
    assert not Path(window.certificate_out_edit.text()).exists()
    window.role_combo.setCurrentIndex(window.role_combo.findData("team-lead"))
    window.sign_request()
    wait_idle(qtbot, window)
    certificate = x509.load_pem_x509_certificate(
        Path(window.certificate_out_edit.text()).read_bytes()
    )
    assert window.last_certificate_fingerprint in window.status_line.text()
    assert len(window.certificates) == before + 1
    newest = window.certificates[0]
    assert newest.holder == "Layla Hassan" and newest.role == "team-lead"
    assert window.certificate_table.item(0, 3).text() == "Valid"

    window.certificate_table.selectRow(0)
    window.passphrase_edit.setText("not the root passphrase")
    window._confirm_revoke()
    wait_idle(qtbot, window)
    assert window.revoke_dialog is None, "a wrong passphrase is said before any question"
    assert window.status_line.property("role") == "error"
    window.passphrase_edit.setText(CA_PASSPHRASE)
    window._confirm_revoke()
    wait_idle(qtbot, window)
    dialog = window.revoke_dialog
    assert dialog is not None and "cannot be undone" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.revoke_button.isEnabled(), "no reason chosen yet"
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("affiliation-changed"))
    dialog.revoke_button.click()
    wait_idle(qtbot, window)
    assert window.certificate_table.item(0, 3).text() == "Revoked"
    assert window.tabs.currentIndex() == 1
    crl_text = subprocess.run(
        ["openssl", "crl", "-in", str(world.ca.folder / "crl.pem"), "-noout", "-text"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"{certificate.serial_number:X}" in crl_text.upper()
    assert "Affiliation Changed" in crl_text

    # the earlier shipped versions are offered too, so work scored on them stays allowed
    listed = [window.approved_list.item(row).text() for row in range(window.approved_list.count())]
    assert "EFQM Excellence Model 2013 — 2013.3" in listed
    assert "EFQM Excellence Model 2013 — 2013.2" in listed
    window.approved_list.item(1).setCheckState(Qt.Unchecked)
    trust_out = tmp_path / "published.ipmst"
    window.trust_out_edit.setText(str(trust_out))
    window.publish_trust()
    wait_idle(qtbot, window)
    trust = load_trust_settings(trust_out)
    assert trust.crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
    assert len(trust.frameworks) == len(window.versions) - 1
    assert f"serial {trust.serial}" in window.status_line.text()
    window.close()


def test_second_request_gets_its_own_file_and_overwriting_is_asked(qtbot, context, world, tmp_path):
    """The certificate path follows the loaded request; an existing file is never silently
    replaced, and an assessor-only request cannot be certified as a team lead."""
    requests = {}
    for name, stem, receives in (("Huda Kareem", "huda", True), ("Omar Saleh", "omar", False)):
        recipient = RecipientPrivateKey.generate().public_key() if receives else None
        path = tmp_path / f"{stem}.pem"
        path.write_bytes(
            build_certificate_request(ed25519.Ed25519PrivateKey.generate(), name, recipient)
        )
        requests[stem] = path
    window = admin(qtbot, context, world.ca.folder)
    window.passphrase_edit.setText(CA_PASSPHRASE)
    window.load_request(requests["huda"])
    window.role_combo.setCurrentIndex(window.role_combo.findData("team-lead"))
    window.sign_request()
    wait_idle(qtbot, window)
    huda_certificate = tmp_path / "huda-certificate.pem"
    huda_bytes = huda_certificate.read_bytes()

    window.load_request(requests["omar"])
    assert window.certificate_out_edit.text() == str(tmp_path / "omar-certificate.pem")
    assert window.role_combo.currentData() is None
    team_lead = window.role_combo.model().item(window.role_combo.findData("team-lead"))
    assert not team_lead.isEnabled(), "no recipient key: cannot receive bundles"

    window.role_combo.setCurrentIndex(window.role_combo.findData("assessor"))
    window.certificate_out_edit.setText(str(huda_certificate))
    window.sign_request()
    box = window.overwrite_box
    assert box is not None and "Huda" not in box.text() and "Omar Saleh" in box.text()
    click_role(box, QMessageBox.RejectRole)
    qtbot.waitUntil(lambda: window.overwrite_box is None)
    assert huda_certificate.read_bytes() == huda_bytes, "the first person's file is kept"
    assert window.status_line.property("role") == "warning"

    window.sign_request()
    box = window.overwrite_box
    click_role(box, QMessageBox.DestructiveRole)
    wait_idle(qtbot, window)
    replaced = x509.load_pem_x509_certificate(huda_certificate.read_bytes())
    assert "Omar Saleh" in replaced.subject.rfc4514_string()
    window.close()


def test_bad_request_file_is_explained_and_nothing_can_be_signed(qtbot, context, world, tmp_path):
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a request")
    window = admin(qtbot, context, world.ca.folder)
    window.load_request(bogus)
    assert window.status_line.property("role") == "error"
    assert "PKCS#10" in window.status_line.text()
    assert not window.sign_button.isEnabled()
    window.close()


def test_institutions_list_is_kept_in_the_ca_folder(qtbot, context, world):
    window = admin(qtbot, context, world.ca.folder)
    window.tabs.setCurrentIndex(2)
    for name in ("Ministry of Trade", "وزارة الكهرباء", "ministry of trade"):
        window.institution_edit.setText(name)
        window.add_institution()
    assert window.institutions() == ["Ministry of Trade", "وزارة الكهرباء"]
    assert window.status_line.property("role") == "warning"
    window.institutions_list.setCurrentRow(0)
    window.remove_institution()
    window.close()
    again = admin(qtbot, context, world.ca.folder)
    assert again.institutions() == ["وزارة الكهرباء"]
    again.close()


def test_sector_and_governorate_are_kept_for_the_workbook(qtbot, context, world):
    """Typed without leaving the field, Return saves; reopening shows them, and the list
    file carries them (the workbook groups by them)."""
    window = admin(qtbot, context, world.ca.folder)
    window.tabs.setCurrentIndex(2)
    for name in ("Ministry of Trade", "وزارة الكهرباء"):
        window.institution_edit.setText(name)
        window.add_institution()
    window.institutions_list.setCurrentRow(1)
    window.sector_edit.setText("الطاقة")  # (Qt's test key events carry Latin text only)
    qtbot.keyClicks(window.governorate_edit, "Basra")
    qtbot.keyClick(window.governorate_edit, Qt.Key_Return)
    assert window.status_line.property("role") == "success"
    window.institutions_list.setCurrentRow(0)
    assert window.sector_edit.text() == "" and window.governorate_edit.text() == ""
    window.close()
    again = admin(qtbot, context, world.ca.folder)
    again.institutions_list.setCurrentRow(1)
    assert again.sector_edit.text() == "الطاقة" and again.governorate_edit.text() == "Basra"
    # Renaming keeps the details (the list's own rule).
    again.institutions_list.item(1).setText("وزارة الكهرباء والطاقة")
    again.close()
    from ipms_desktop.provisioning import read_institutions

    entries = read_institutions(world.ca.folder / "institutions.json")
    assert [(e.name, e.sector, e.governorate) for e in entries] == [
        ("Ministry of Trade", None, None),
        ("وزارة الكهرباء والطاقة", "الطاقة", "Basra"),
    ]


def test_institutions_file_of_the_window_is_accepted_by_the_installer_build(qtbot, context, world):
    """Window -> installer build: the file the window keeps passes the build's check and
    is what a provisioned laptop offers."""
    window = admin(qtbot, context, world.ca.folder)
    window.tabs.setCurrentIndex(2)
    for name in ("Ministry of Trade", "وزارة الكهرباء", "Ministry of Health"):
        if name.isascii():
            qtbot.keyClicks(window.institution_edit, name)
        else:  # QTest cannot synthesise Arabic key events; the text arrives as typed
            window.institution_edit.setText(name)
        qtbot.keyClick(window.institution_edit, Qt.Key_Return)
    window.institutions_list.item(2).setText("Ministry of Health and Environment")
    window.close()
    saved = world.ca.folder / "institutions.json"
    checked = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "check_provisioning.py"),
            "--institutions",
            saved,
        ],
        capture_output=True,
        text=True,
    )
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout.strip() == f"institutions list {saved}: 3 institutions"
    assert load_institutions(saved) == (
        "Ministry of Trade",
        "وزارة الكهرباء",
        "Ministry of Health and Environment",
    )


def revised_and_broken_workbooks(folder: Path) -> tuple[Path, Path]:
    """The EFQM 2013 template with a new version (it imports), and the same with the
    mistakes an administrator makes: an id in capitals, an Arabic title left empty, an
    attribute set stepping by 0 and points typed as words."""
    template = folder / "efqm-2013.xlsx"
    export_framework_xlsx(load_framework("efqm-2013").data, template)
    workbook = load_workbook(template)
    sheet = workbook["framework"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == "version":
            sheet.cell(row, 2).value = "2013.4"
    good = folder / "efqm-2013-revised.xlsx"
    workbook.save(good)
    workbook["framework"]["B3"] = "EFQM"
    workbook["criteria"]["E3"] = ""
    workbook["attribute_sets"]["D3"] = 0
    workbook["criteria"]["C4"] = "ninety"
    broken = folder / "efqm-2013-edited.xlsx"
    workbook.save(broken)
    return good, broken


def without_isolates(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200f]", "", text)


def test_framework_import_lists_every_problem_or_adds_the_version(qtbot, context, world, tmp_path):
    good, broken = revised_and_broken_workbooks(tmp_path)
    expected = collect_xlsx_problems(broken)
    assert [str(problem) for problem in expected] == [
        "criteria!C4: points 'ninety' is not a whole number",
        "framework!B3: id 'EFQM' is not a valid id (lower-case letters, digits, '.', '_', '-')",
        "attribute_sets!D3: step must be at least 1, found 0",
        "criteria!E3: title_ar missing or empty translation",
    ]

    window = admin(qtbot, context, world.ca.folder)
    window.tabs.setCurrentIndex(3)
    shipped = len(window.versions)
    window.import_workbook(broken)
    wait_idle(qtbot, window)
    dialog = window.report_dialog
    assert dialog is not None
    shown = [dialog.problem_list.item(row).text() for row in range(dialog.problem_list.count())]
    # In English each line is the command line's, its places and values kept apart.
    assert [without_isolates(line) for line in shown] == [str(problem) for problem in expected]
    assert len(window.versions) == shipped
    dialog.accept()

    window.import_workbook(good)
    wait_idle(qtbot, window)
    assert len(window.versions) == shipped + 1
    assert window.versions[-1].framework.version == "2013.4"
    assert window.framework_table.item(shipped, 3).text().startswith("imported")
    assert window.approved_list.count() == shipped + 1
    window.close()


def english_words(problem: Problem) -> list[str]:
    """The English wording of a problem's messages, its values left out."""
    phrases = [problem.what]
    words = []
    while phrases:
        phrase = phrases.pop()
        words += [
            chunk.strip(" '():;,")
            for chunk in re.split("%[1-9n]", phrase.message.template)
            if re.search("[A-Za-z]{3}", chunk)
        ]
        phrases += [value for value in phrase.values.values() if isinstance(value, Phrase)]
    return words


def latin_outside_values(line: str) -> list[str]:
    """Latin words of ``line`` outside the isolated values (ids, cells, column names)."""
    latin_value = re.compile("[\u2066\u2067\u2068]([^\u2066-\u2069\u0600-\u06ff]*)\u2069")
    while True:
        shorter = latin_value.sub("", line)
        if shorter == line:
            return re.findall("[A-Za-z]+", line)
        line = shorter


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_framework_problems_are_listed_in_the_window_language(
    qtbot, context, world, tmp_path, language
):
    _, broken = revised_and_broken_workbooks(tmp_path)
    expected = collect_xlsx_problems(broken)
    context.languages.apply(language)
    window = admin(qtbot, context, world.ca.folder)
    window.tabs.setCurrentIndex(3)
    window.import_workbook(broken)
    wait_idle(qtbot, window)
    dialog = window.report_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.problem_list.layoutDirection() == Qt.RightToLeft
    shown = [dialog.problem_list.item(row).text() for row in range(dialog.problem_list.count())]
    assert len(shown) == len(expected) == 4
    for line, problem in zip(shown, expected, strict=True):
        # The sheet and cell as the workbook names them, kept left to right.
        assert line.startswith(f"\u2066{problem.location}\u2069"), line
        assert re.search("[\u0600-\u06ff]{3}", line), line
        assert not latin_outside_values(line), line
        for words in english_words(problem):
            assert words not in line, (words, line)
    # Values stay as typed: the id, the column name and the cell's text.
    assert "\u2068ninety\u2069" in shown[0]
    assert "\u2068EFQM\u2069" in shown[1]
    assert "\u2068title_ar\u2069" in shown[3]
    assert "efqm-2013-edited.xlsx" in window.report_dialog.findChildren(QLabel)[0].text()
    dialog.accept()
    window.close()


@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_an_invalid_framework_in_the_ca_folder_is_named_in_the_window_language(
    qtbot, context, world, language
):
    data = load_framework("efqm-2013").data
    broken = {**data, "version": "2013.9", "total_points": 0}
    broken["criteria"] = [{**data["criteria"][0], "items": data["criteria"][0]["items"][:1]}]
    broken["criteria"][0]["items"][0] = {**broken["criteria"][0]["items"][0], "share": "1/2"}
    folder = world.ca.folder / "frameworks"
    folder.mkdir(exist_ok=True)
    path = folder / "efqm-2013-2013.9.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(FrameworkInvalid) as caught:
        validate_framework_data(broken, str(path))
    assert [(str(p.location), p.what.message.id) for p in caught.value.problems] == [
        ("total_points", "framework-must-be-at-least"),
        ("criteria[0].items", "framework-shares-not-one"),
        ("criteria", "framework-points-do-not-add-up"),
    ]

    context.languages.apply(language)
    window = admin(qtbot, context, world.ca.folder)
    shown = window.status_line.text()
    assert "efqm-2013-2013.9.json" in shown
    assert "\u2066criteria[0].items\u2069" in shown
    assert "\u2066total_points\u2069" in shown
    if language == "en":
        assert without_isolates(shown) == str(caught.value)[:1].upper() + str(caught.value)[1:]
    else:
        assert re.search("[\u0600-\u06ff]{3}", shown)
        assert "shares add up" not in shown
        assert "must be at least" not in shown
        assert "is invalid" not in shown
    window.close()
