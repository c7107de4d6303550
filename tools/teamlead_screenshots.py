"""Screenshots of the team-lead, CoMSEC and administration screens for ``docs/screenshots``.

``python -m tools.teamlead_screenshots`` builds a throw-away world in a
temporary folder (a CA, three assessors' signed bundles, one damaged copy, a team-lead
profile), walks through the merge console, quarantine, consensus, reports and
administration in English and Arabic, and saves one PNG per screen. Key derivation uses
cheap parameters passed explicitly: nothing made here outlives the run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.screenshots import SIZE, run_capture

INSTITUTION = {
    "en": "Ministry of Water Resources",
    "ar": "وزارة الموارد المائية",
    "ckb": "وەزارەتی سەرچاوەکانی ئاو",
}
SECTOR = {"en": "Water and agriculture", "ar": "المياه والزراعة", "ckb": "ئاو و کشتوکاڵ"}
GOVERNORATE = {"en": "Baghdad", "ar": "بغداد", "ckb": "بەغدا"}
ASSESSORS = {
    "en": ("Huda Kareem", "Omar Saleh", "Zainab Ali"),
    "ar": ("هدى كريم", "عمر صالح", "زينب علي"),
    "ckb": ("هودا کەریم", "عومەر ساڵح", "زەینەب عەلی"),
}
STRENGTHS = {
    "en": ("A five-year strategy with named owners", "Monthly review of twelve indicators"),
    "ar": ("استراتيجية خمسية بمسؤولين محددين", "مراجعة شهرية لاثني عشر مؤشراً"),
    "ckb": ("ستراتیژیی پێنج ساڵە بە بەرپرسی دیاریکراو", "پێداچوونەوەی مانگانەی دوازدە نیشاندەر"),
}
AFIS = {
    "en": ("Extend training to administrative staff",),
    "ar": ("توسيع التدريب ليشمل الإداريين",),
    "ckb": ("فراوانکردنی ڕاهێنان بۆ فەرمانبەرانی کارگێڕی",),
}
PASSPHRASE = "amber valley teapot harbour 7"


def _document(framework: Any, language: str, assessor: str, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    panel = framework.default_panel
    items = {}
    for item_id, item in framework.items.items():
        legal = framework.attribute_set_for(panel, item).legal_scores()
        attributes = {
            a: rng.choice(legal[5:16]) for a in framework.attribute_set_for(panel, item).attributes
        }
        items[item_id] = {
            "attributes": attributes,
            "strengths": [STRENGTHS[language][seed % 2]],
            "afis": list(AFIS[language]),
            "site_visit_issues": [],
            "evidence": [],
        }
    return {
        "document": "ipms-assessment",
        "format": 1,
        "assessment_id": uuid.uuid4().hex,
        "revision": 1,
        "institution": INSTITUTION[language],
        "cycle": 2026,
        "framework": {"id": framework.id, "hash": framework.content_hash},
        "panel": panel.id,
        "assessor": {"name": assessor, "certificate_fingerprint": ""},
        "audit_head": uuid.uuid4().hex * 2,
        "items": items,
    }


def _edited_workbook(root: Path) -> Path:
    """The EFQM 2013 template with three mistakes an administrator makes: the id typed in
    capitals, a criterion's Arabic title left empty, an attribute set stepping by 0."""
    from openpyxl import load_workbook

    from ipms_desktop.frameworks import load_framework
    from ipms_desktop.frameworks.xlsx import export_framework_xlsx

    path = root / "efqm-2013-edited.xlsx"
    export_framework_xlsx(load_framework("efqm-2013").data, path)
    workbook = load_workbook(path)
    workbook["framework"]["B3"] = "EFQM"
    workbook["criteria"]["E3"] = ""
    workbook["attribute_sets"]["D3"] = 0
    workbook.save(path)
    return path


def _world(root: Path, language: str, key_kdf: Any, store_kdf: Any) -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.serialization import Encoding

    from ipms_desktop.bundles.writer import BundleSigner, write_bundle
    from ipms_desktop.frameworks import load_framework
    from ipms_desktop.store.opening import create_profile
    from ipms_desktop.trust.ca import CertificateAuthority
    from ipms_desktop.trust.certificates import certificate_fingerprint
    from ipms_desktop.trust.profile_credentials import (
        certificate_request,
        install_certificate,
        install_trust,
    )
    from ipms_desktop.trust.requests import build_certificate_request
    from ipms_desktop.trust.trust_settings import load_trust_settings

    ca = CertificateAuthority.create(
        root / "ca", "CoMSEC IPMS Root (sample)", PASSPHRASE, PASSPHRASE + " key", kdf=key_kdf
    )
    trust_file = root / "trust.ipmst"
    trust_file.write_bytes(ca.trust_settings(PASSPHRASE))
    trust = load_trust_settings(trust_file)
    framework = load_framework("efqm-2013")
    incoming = root / "incoming"
    incoming.mkdir()
    for number, name in enumerate(ASSESSORS[language]):
        key = ed25519.Ed25519PrivateKey.generate()
        certificate = ca.issue(build_certificate_request(key, name), "assessor", PASSPHRASE)
        document = _document(framework, language, name, number)
        document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(certificate)
        write_bundle(
            incoming / f"{number + 1}-assessment.ipmsb",
            kind="assessment",
            document=document,
            evidence=[],
            signer=BundleSigner(key, certificate),
            recipients=list(trust.default_recipients()),
        )
        if number == 1:
            # The same assessor's revision 2, merged after the consensus started.
            later = root / "later"
            later.mkdir()
            document["revision"] = 2
            first_item = next(iter(document["items"].values()))
            first_item["attributes"] = dict.fromkeys(first_item["attributes"], 100)
            write_bundle(
                later / "2-assessment-revision-2.ipmsb",
                kind="assessment",
                document=document,
                evidence=[],
                signer=BundleSigner(key, certificate),
                recipients=list(trust.default_recipients()),
            )
    damaged = (incoming / "1-assessment.ipmsb").read_bytes()[:-64]
    (incoming / "4-copy-from-usb.ipmsb").write_bytes(damaged)
    profile, _ = create_profile(root / "lead", "Team Lead", PASSPHRASE, kdf_params=store_kdf)
    install_trust(profile.keys, trust)
    lead = ca.issue(certificate_request(profile.keys, "Team Lead"), "team-lead", PASSPHRASE)
    install_certificate(profile.keys, lead.public_bytes(Encoding.PEM), "sample")
    request = root / "request.pem"
    request.write_bytes(
        build_certificate_request(ed25519.Ed25519PrivateKey.generate(), ASSESSORS[language][0])
    )
    return {"ca": ca, "trust": trust_file, "profile": profile, "request": request}


def capture(language: str, out: Path) -> list[Path]:
    """Walk through the screens in ``language`` and save one PNG each."""
    from PySide6.QtWidgets import QApplication

    from ipms_desktop.gui.administration.window import AdministrationWindow
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow
    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.i18n import LanguageSwitcher
    from ipms_desktop.gui.operations import Operations
    from ipms_desktop.gui.preferences import Preferences
    from ipms_desktop.gui.style import STYLE_SHEET
    from ipms_desktop.store.keyslots import KdfParams
    from ipms_desktop.trust.keyfile import Argon2Parameters

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    saved: list[Path] = []

    def settle(condition: Callable[[], bool] = lambda: True, what: str = "") -> None:
        for _ in range(5):
            app.processEvents()
        deadline = time.monotonic() + 120
        while not condition():
            app.processEvents()
            time.sleep(0.02)
            if time.monotonic() > deadline:
                raise RuntimeError(f"the screen did not settle: {what}")
        for _ in range(5):
            app.processEvents()

    def shot(name: str, widget: Any) -> None:
        settle()
        target = out / f"{name}-{language}.png"
        widget.grab().save(str(target))
        saved.append(target)

    with tempfile.TemporaryDirectory(prefix="ipms-teamlead-screens-") as folder:
        root = Path(folder)
        languages = LanguageSwitcher(app)
        languages.apply(language)
        store_kdf = KdfParams(memory_kib=8, iterations=1, lanes=1)
        key_kdf = Argon2Parameters(memory_kib=8, iterations=1, lanes=1)
        world = _world(root, language, key_kdf, store_kdf)
        context = AppContext(
            profile_dir=root / "profile",
            preferences=Preferences(root / "preferences.ini"),
            languages=languages,
            operations=Operations(app),
            kdf_params=store_kdf,
            key_file_kdf=key_kdf,
        )
        window = ConsolidationWindow(context, world["profile"])
        window.resize(*SIZE)
        window.show()
        window.database_edit.setText(str(root / "team.ipmsdb"))
        for edit in (window.passphrase_edit, window.confirm_edit):
            edit.setText(PASSPHRASE)
        window.trust_edit.setText(str(world["trust"]))
        window.key_edit.setText(str(world["ca"].consolidation_key_path))
        window.key_passphrase_edit.setText(PASSPHRASE + " key")
        window.open_database()
        settle(lambda: window.session is not None)
        window.recovery_box.accept()
        window.add_paths([root / "incoming"])
        settle(lambda: not window.busy)
        window.add_paths([root / "incoming" / "2-assessment.ipmsb"])
        settle(lambda: not window.busy)
        shot("teamlead-merge", window)
        window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
        window.quarantine.table.selectRow(0)
        shot("teamlead-quarantine", window)
        window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
        workspace = window.consensus
        settle(lambda: workspace.view is not None and not window.busy)
        workspace.scores_table.setCurrentCell(1, 0)
        workspace.value_spin.setValue(70)
        workspace.justification_edit.setText(
            {
                "en": "Site visit confirmed the review cycle",
                "ar": "أكدت الزيارة الميدانية دورة المراجعة",
                "ckb": "سەردانی مەیدانی خولی پێداچوونەوەی پشتڕاست کردەوە",
            }[language]
        )
        workspace.set_consensus()
        settle(lambda: not window.busy)
        workspace.agreed_check.click()
        settle(lambda: not window.busy and bool(workspace.view.agreed_items))
        workspace.strengths_editor.list.setCurrentRow(0)
        workspace.key_button.click()
        settle(lambda: not window.busy and bool(workspace.view.key_points))
        shot("consensus-workspace", window)
        window.tabs.setCurrentIndex(window.MERGE_TAB)
        window.add_paths([root / "later"])
        settle(lambda: not window.busy)
        window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
        settle(lambda: workspace.banner.isVisible() and not window.busy, "newer revision banner")
        shot("consensus-newer-revision", window)
        workspace.ask_reopen()
        settle(lambda: workspace.reopen_dialog is not None)
        shot("consensus-reopen", workspace.reopen_dialog)
        workspace.reopen_dialog.reject()
        window.tabs.setCurrentIndex(window.REPORTS_TAB)
        reports = window.reports
        reports.cycle_spin.setValue(2026)
        reports.load_cycle()
        settle(lambda: not window.busy)
        reports.workbook_edit.setText(str(root / "reports" / "ipms-2026.xlsx"))
        reports.pdf_edit.setText(str(root / "reports" / "feedback"))
        (root / "reports").mkdir()
        reports.write()
        settle(lambda: not window.busy)
        shot("reports-written", window)
        context.operations.wait_for_all()
        window.close()

        # The team lead forgot the key file: the profile's own key is not the one the
        # bundles are for, so the merge stops at the first file and names the key.
        wrong = ConsolidationWindow(context, world["profile"])
        wrong.resize(*SIZE)
        wrong.show()
        wrong.database_edit.setText(str(root / "no-key.ipmsdb"))
        for edit in (wrong.passphrase_edit, wrong.confirm_edit):
            edit.setText(PASSPHRASE)
        wrong.open_database()
        settle(lambda: wrong.session is not None)
        wrong.recovery_box.accept()
        wrong.add_paths([root / "incoming"])
        settle(lambda: not wrong.busy)
        shot("teamlead-wrong-key", wrong)
        context.operations.wait_for_all()
        wrong.close()

        admin = AdministrationWindow(context, world["ca"].folder, world["profile"])
        admin.resize(*SIZE)
        admin.show()
        admin.load_request(world["request"])
        shot("admin-certificates", admin)
        admin.passphrase_edit.setText(PASSPHRASE)
        admin.certificate_table.setCurrentCell(0, 0)
        admin._confirm_revoke()
        settle(lambda: admin.revoke_dialog is not None, admin.status_line.text())
        admin.revoke_dialog.reason_combo.setCurrentIndex(1)
        shot("admin-revoke-reason", admin.revoke_dialog)
        admin.revoke_dialog.reject()
        settle(lambda: admin.revoke_dialog is None)
        admin.tabs.setCurrentIndex(1)
        shot("admin-trust", admin)
        admin.tabs.setCurrentIndex(2)
        admin.institution_edit.setText(INSTITUTION[language])
        admin.add_institution()
        admin.institutions_list.setCurrentRow(admin.institutions_list.count() - 1)
        admin.sector_edit.setText(SECTOR[language])
        admin.governorate_edit.setText(GOVERNORATE[language])
        admin.save_institution_details()
        shot("admin-institutions", admin)
        admin.tabs.setCurrentIndex(3)
        shot("admin-frameworks", admin)
        admin.import_workbook(_edited_workbook(root))
        settle(lambda: admin.report_dialog is not None and not admin.busy, "workbook check")
        shot("admin-framework-problems", admin.report_dialog)
        admin.report_dialog.close()
        admin.close()
        fresh = AdministrationWindow(context, root / "new-ca")
        fresh.resize(*SIZE)
        fresh.show()
        shot("admin-initialise", fresh)
        fresh.close()
        context.operations.wait_for_all()
        world["profile"].close()
    return saved


def main(argv: list[str] | None = None) -> int:
    return run_capture(capture, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
