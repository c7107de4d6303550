"""Regenerate the screenshots in ``docs/screenshots`` (``python -m tools.screenshots``).

Each main screen is shown in English and Arabic on a throw-away training profile in a
temporary folder and grabbed offscreen at 1366x768, so the pictures in the README always
show the current application. Key derivation here uses cheap parameters passed explicitly:
the profile exists only for the pictures and is deleted at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)
PASSPHRASE = "amber valley teapot harbour 7"
SAMPLE_STRENGTHS = {
    "en": [
        "The five-year strategy names eight objectives, each with an owner.",
        "Directors review twelve indicators every month.",
    ],
    "ar": [
        "تحدّد الاستراتيجية الخمسية ثمانية أهداف لكل منها مسؤول.",
        "يراجع المديرون اثني عشر مؤشرًا كل شهر.",
    ],
    "ckb": [
        "ستراتیژی پێنج ساڵە هەشت ئامانج دیاری دەکات و هەر یەکەیان بەرپرسێکی هەیە.",
        "بەڕێوەبەران هەموو مانگێک دوازدە نیشاندەر پێداچوونەوە دەکەن.",
    ],
}


def _settle(app: object, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def capture(language: str, out: Path) -> list[Path]:
    """Walk through the application in ``language`` and save one PNG per screen."""
    from PySide6.QtWidgets import QApplication

    from ipms_desktop.gui.context import AppContext
    from ipms_desktop.gui.dialogs.credentials import CredentialsDialog
    from ipms_desktop.gui.dialogs.export import ExportDialog
    from ipms_desktop.gui.dialogs.pre_export_check import PreExportCheckDialog
    from ipms_desktop.gui.i18n import LanguageSwitcher
    from ipms_desktop.gui.main_window import MainWindow
    from ipms_desktop.gui.operations import Operations
    from ipms_desktop.gui.preferences import Preferences
    from ipms_desktop.gui.style import STYLE_SHEET
    from ipms_desktop.services.completeness import check_assessment
    from ipms_desktop.store.keyslots import KdfParams
    from ipms_desktop.trust.keyfile import Argon2Parameters

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ipms-screens-") as folder:
        root = Path(folder)
        languages = LanguageSwitcher(app)
        languages.apply(language)
        context = AppContext(
            profile_dir=root / "profile",
            preferences=Preferences(root / "preferences.ini"),
            languages=languages,
            operations=Operations(app),
            kdf_params=KdfParams(memory_kib=8, iterations=1, lanes=1),
            key_file_kdf=Argon2Parameters(memory_kib=8, iterations=1, lanes=1),
        )
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        window.start(context)

        def shot(name: str, widget: object | None = None) -> None:
            _settle(app)
            target = out / f"{name}-{language}.png"
            (widget or window).grab().save(str(target))
            saved.append(target)

        def wait(condition: Callable[[], bool]) -> None:
            while not condition():
                app.processEvents()
                time.sleep(0.02)

        shot("01-language")
        window.current_screen().language_chosen.emit(language)
        first_run = window.current_screen()
        first_run.name_edit.setText(
            {"en": "Layla Hassan", "ar": "ليلى حسن", "ckb": "لەیلا حەسەن"}[language]
        )
        first_run.passphrase_edit.setText(PASSPHRASE)
        first_run.confirm_edit.setText(PASSPHRASE)
        shot("02-create-profile")
        first_run.profile_continue.click()
        shot("03-trust")
        first_run.start_training()
        wait(lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE)
        shot("04-recovery-code")
        first_run.written_check.setChecked(True)
        first_run.recovery_continue.click()
        wait(lambda: window.editor is not None)
        if window.training_note_box is not None:
            window.training_note_box.accept()

        profile = window.profile
        editor = window.editor
        assessment_id = editor.assessment_id
        framework = editor.framework
        sample = {}
        for index, (item_id, item) in enumerate(framework.items.items()):
            if item_id in ("1a", "9b"):
                continue
            attribute_set = framework.attribute_set_for(framework.default_panel, item)
            value = 35 + (index * 15) % 50
            sample[item_id] = {"attributes": {a: value for a in attribute_set.attributes}}
        profile.assessments.fill_from_sheet(assessment_id, {"items": sample})
        profile.scores.set_texts(assessment_id, "1a", "strengths", SAMPLE_STRENGTHS[language])
        for attribute, value in zip(
            ("sound", "integrated", "implemented", "structured"), (60, 55, 50, 45), strict=True
        ):
            profile.scores.set_attribute(assessment_id, "1a", attribute, value)
        editor.refresh()
        editor.select_item("1a")
        editor.page.overall_spin.set_score(70)
        editor.page.overall_spin.score_changed.emit(70)
        shot("05-editor")
        editor.page.tabs.setCurrentIndex(1)
        shot("06-editor-strengths")

        problems = check_assessment(profile.assessments, assessment_id)
        check = PreExportCheckDialog(framework, language, problems, window)
        check.show()
        shot("07-pre-export-check", check)
        check.close()

        window.show_home()
        profile.assessments.create(
            institution={
                "en": "Ministry of Electricity",
                "ar": "وزارة الكهرباء",
                "ckb": "وەزارەتی کارەبا",
            }[language],
            framework_id="efqm-2020",
            cycle=2025,
        )
        window.home.refresh()
        shot("08-home")

        for item_id in ("1a", "9b"):
            item = framework.items[item_id]
            attribute_set = framework.attribute_set_for(framework.default_panel, item)
            profile.assessments.fill_from_sheet(
                assessment_id,
                {"items": {item_id: {"attributes": {a: 50 for a in attribute_set.attributes}}}},
            )
        export = ExportDialog(context, profile, assessment_id, window)
        export.destination_edit.setText(str(root / "export.ipmsb"))
        export.show()
        export.start_export()
        wait(lambda: export.result_path is not None)
        shot("09-export", export)
        export.close()

        credentials = CredentialsDialog(context, profile, window)
        credentials.show()
        shot("10-credentials", credentials)
        credentials.close()

        stick = root / "usb-stick"
        stick.mkdir()
        window.back_up()
        backup = window.backup_dialog
        backup.folder_edit.setText(str(stick))
        backup.start_backup()
        wait(lambda: backup.written is not None)
        shot("12-backup", backup)
        backup_file = backup.written[0]
        backup.close()

        window.change_passphrase()
        change = window.passphrase_dialog
        change.current_edit.setText(PASSPHRASE)
        change.new_edit.setText("copper kettle")
        change.confirm_edit.setText("copper kettle")
        change.change()
        shot("13-passphrase-change", change)
        change.close()

        window.show_guide()
        shot("14-guide", window.guide_dialog)
        window.guide_dialog.close()

        window.lock()
        shot("11-unlock")
        window.current_screen().restore()
        restore = window.current_screen().restore_dialog
        restore.file_edit.setText(str(backup_file))
        restore.passphrase_edit.setText(PASSPHRASE)
        shot("15-restore", restore)
        restore.close()
        context.operations.wait_for_all()
        window.close()
    return saved


def run_capture(
    capture_screens: Callable[[str, Path], list[Path]], description: str, argv: list[str] | None
) -> int:
    """The command line shared by the screenshot scripts: ``--out DIR --languages ...``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--languages", nargs="+", default=["en", "ar"])
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        for path in capture_screens(language, args.out):
            print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_capture(capture, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
