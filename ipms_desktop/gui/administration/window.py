"""CoMSEC's administration window: the certificate authority and what it publishes.

Initialise a CA in an empty folder; certify a profile's request (its holder, the role and
the key's fingerprint are shown and read back by telephone before anything is signed);
revoke a certificate; publish signed trust settings approving chosen framework versions;
keep the list of institutions; import a framework version from the Excel template, with
a report of every problem when it cannot be imported. The root key's passphrase is asked
for each signing and its key derivation runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.administration.revoke_dialog import RevokeDialog
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.designer.admin_initialise import Ui_AdminInitialisePage
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.i18n import file_kinds, fill, isolate_ltr
from ipms_desktop.gui.message import problem_text
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.gui.widgets.form_rows import buddy_label, path_row
from ipms_desktop.gui.widgets.passphrase_feedback import verdict_problem
from ipms_desktop.gui.window_geometry import remember_geometry, restore_geometry
from ipms_desktop.services.authority_folder import (
    CA_SETTING,
    FrameworkVersion,
    IssuedCertificate,
    RequestSummary,
    create_authority,
    framework_versions,
    has_authority,
    import_framework,
    issued_certificates,
    load_institutions,
    read_request,
    save_institutions,
    set_institution_fields,
)
from ipms_desktop.services.passphrase_policy import assess_passphrase
from ipms_desktop.settings import TRUST

if TYPE_CHECKING:
    from ipms_desktop.frameworks.problems import Problem
    from ipms_desktop.provisioning import Institution
    from ipms_desktop.services.open_profile import OpenProfile


def _scrollable(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: on a 720-pixel screen, in the taller Arabic
    script, a long form scrolls instead of pushing the window off the screen."""
    area = QScrollArea()
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def _details_of(item: QListWidgetItem | None) -> tuple[str, str]:
    """The sector and governorate an institutions row remembers."""
    details = item.data(Qt.UserRole) if item is not None else None
    return (str(details[0]), str(details[1])) if details else ("", "")


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.Password)
    return edit


class ValidationReportDialog(QDialog):
    """Every problem of a framework workbook, one per line, in the window's language; the
    sheet and cell of each stay as the workbook names them."""

    def __init__(
        self, workbook: Path, problems: list[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Framework workbook not imported"))
        self.resize(760, 460)
        intro = QLabel(
            fill(
                self.tr(
                    "%1 cannot be imported. Correct these %2 problems in Excel, save the workbook "
                    "and import it again:"
                ),
                isolate_ltr(workbook.name),
                str(len(problems)),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        for problem in problems:
            line = problem_text(problem)
            entry = QListWidgetItem(line)
            entry.setData(Qt.AccessibleTextRole, line)
            self.problem_list.addItem(entry)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(buttons)


class AdministrationWindow(QMainWindow):
    """One CA folder: initialise it, or work with the CA it holds."""

    INITIALISE_PAGE, AUTHORITY_PAGE = range(2)

    def __init__(
        self,
        context: AppContext,
        ca_folder: Path | None = None,
        profile: OpenProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))
        self.context = context
        restore_geometry(self, context.preferences, "administration", QSize(1366, 720))
        self.profile = profile
        self.folder: Path | None = None
        self.request: RequestSummary | None = None
        self.certificates: list[IssuedCertificate] = []
        self.versions: list[FrameworkVersion] = []
        self.report_dialog: ValidationReportDialog | None = None
        self.last_certificate_fingerprint = ""
        # Open questions, kept so that a test (or a screen reader) can find and answer them.
        self.overwrite_box: QMessageBox | None = None
        self.revoke_dialog: RevokeDialog | None = None

        self.folder_edit = QLineEdit(self)
        self.folder_edit.returnPressed.connect(
            lambda: self.open_folder(Path(self.folder_edit.text()))
        )
        folder_button = QPushButton(self.tr("&Choose CA folder…"), self)
        folder_button.clicked.connect(self._choose_folder)
        folder_label = QLabel(self.tr("CA &folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        self.passphrase_edit = _password_edit(self)
        self.passphrase_label = QLabel(self.tr("Root key &passphrase:"), self)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        top = QHBoxLayout()
        top.addWidget(folder_label)
        top.addWidget(self.folder_edit, 1)
        top.addWidget(folder_button)
        top.addWidget(self.passphrase_label)
        top.addWidget(self.passphrase_edit)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(_scrollable(self._build_initialise_page()))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrollable(self._build_certificates_tab()), self.tr("Ce&rtificates"))
        self.tabs.addTab(self._build_trust_tab(), self.tr("&Trust settings"))
        self.tabs.addTab(self._build_institutions_tab(), self.tr("&Institutions"))
        self.tabs.addTab(self._build_frameworks_tab(), self.tr("Frame&works"))
        self.pages.addWidget(self.tabs)
        self.status_line = StatusLine(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_line)
        self.setCentralWidget(central)
        if ca_folder is not None:
            self.open_folder(ca_folder)

    # -- pages ------------------------------------------------------------------------

    def _build_initialise_page(self) -> QWidget:
        page = QWidget(self)
        form = load_form(Ui_AdminInitialisePage, page)
        self.ca_name_edit = child(form, QLineEdit, "caNameEdit")
        self.new_ca_passphrase = child(form, QLineEdit, "caPassphraseEdit")
        self.new_ca_repeat = child(form, QLineEdit, "caRepeatEdit")
        self.new_key_passphrase = child(form, QLineEdit, "keyPassphraseEdit")
        self.new_key_repeat = child(form, QLineEdit, "keyRepeatEdit")
        self.initialise_button = child(form, QPushButton, "initialiseButton")
        self.initialise_button.clicked.connect(self.initialise)
        return page

    def _build_certificates_tab(self) -> QWidget:
        page = QWidget(self)
        issue_box = QGroupBox(self.tr("Certify a request"), page)
        self.request_edit = QLineEdit(issue_box)
        self.request_browse = QPushButton(self.tr("&Browse…"), issue_box)
        self.request_browse.clicked.connect(self._choose_request)
        self.request_edit.returnPressed.connect(
            lambda: self.load_request(Path(self.request_edit.text()))
        )
        self.holder_value = QLabel("–", issue_box)
        self.subject_value = QLabel("–", issue_box)
        self.key_fingerprint_value = QLabel("–", issue_box)
        self.key_fingerprint_value.setLayoutDirection(Qt.LeftToRight)
        self.key_fingerprint_value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.receives_value = QLabel("–", issue_box)
        # The role is chosen for every request: a default would certify a team lead as an
        # assessor (or the reverse) whenever the administrator forgets to look.
        self.role_combo = QComboBox(issue_box)
        self.role_combo.addItem(self.tr("Choose the role…"), None)
        self.role_combo.addItem(self.tr("Assessor"), "assessor")
        self.role_combo.addItem(self.tr("Team lead"), "team-lead")
        self.days_spin = QSpinBox(issue_box)
        self.days_spin.setRange(1, TRUST.max_certificate_days)
        self.days_spin.setValue(TRUST.default_certificate_days)
        self.days_spin.setSuffix(self.tr(" days"))
        self.certificate_out_edit = QLineEdit(issue_box)
        certificate_browse = QPushButton(self.tr("Bro&wse…"), issue_box)
        certificate_browse.clicked.connect(self._choose_certificate_out)
        self.sign_button = QPushButton(self.tr("&Sign certificate"), issue_box)
        self.sign_button.setProperty("role", "primary")
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign_request)
        check = QLabel(
            self.tr(
                "Before signing, read the key fingerprint to the holder by telephone and "
                "check it matches the one their profile shows."
            ),
            issue_box,
        )
        check.setWordWrap(True)
        check.setProperty("role", "hint")
        form = QFormLayout(issue_box)
        form.addRow(
            buddy_label(self.tr("Request &file:"), self.request_edit),
            path_row(self.request_edit, self.request_browse),
        )
        form.addRow(self.tr("Holder:"), self.holder_value)
        form.addRow(self.tr("Subject:"), self.subject_value)
        form.addRow(self.tr("Key fingerprint:"), self.key_fingerprint_value)
        form.addRow(self.tr("Receives bundles:"), self.receives_value)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Valid for:"), self.days_spin)
        form.addRow(
            buddy_label(self.tr("Save certificate &as:"), self.certificate_out_edit),
            path_row(self.certificate_out_edit, certificate_browse),
        )
        form.addRow(check)
        form.addRow(self.sign_button)

        revoke_box = QGroupBox(self.tr("Issued certificates"), page)
        self.certificate_table = QTableWidget(0, 5, revoke_box)
        self.certificate_table.setHorizontalHeaderLabels(
            [
                self.tr("Holder"),
                self.tr("Role"),
                self.tr("Valid until"),
                self.tr("Status"),
                self.tr("Fingerprint"),
            ]
        )
        self.certificate_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.certificate_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.certificate_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.certificate_table.verticalHeader().setVisible(False)
        header = self.certificate_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The holder and the fingerprint share the room left, shortened in the middle where
        # need be (whole in their tooltips): the list never needs scrolling sideways.
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        # Qt's least column width follows the font (over 100 pixels in Kurdish): columns
        # as narrow as their contents leave the fingerprint its room.
        header.setMinimumSectionSize(40)
        self.certificate_table.setTextElideMode(Qt.ElideMiddle)
        self.revoke_button = QPushButton(self.tr("Re&voke selected…"), revoke_box)
        self.revoke_button.clicked.connect(self._confirm_revoke)
        revoke_layout = QVBoxLayout(revoke_box)
        revoke_layout.addWidget(self.certificate_table, 1)
        revoke_layout.addWidget(self.revoke_button, 0, Qt.AlignLeading)
        layout = QHBoxLayout(page)
        layout.addWidget(issue_box, 1)
        layout.addWidget(revoke_box, 1)
        return page

    def _build_trust_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Trust settings carry the root certificate, the revocation list, the "
                "consolidation key and the approved framework versions to every profile. "
                "Publish new ones after revoking a certificate or approving a framework."
            ),
            page,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.approved_list = QListWidget(page)
        self.trust_out_edit = QLineEdit(page)
        trust_browse = QPushButton(self.tr("&Browse…"), page)
        trust_browse.clicked.connect(self._choose_trust_out)
        self.publish_button = QPushButton(self.tr("&Publish trust settings"), page)
        self.publish_button.setProperty("role", "primary")
        self.publish_button.clicked.connect(self.publish_trust)
        form = QFormLayout()
        form.addRow(self.tr("Approved framework versions:"), self.approved_list)
        form.addRow(
            buddy_label(self.tr("&Write to:"), self.trust_out_edit),
            path_row(self.trust_out_edit, trust_browse),
        )
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.publish_button, 0, Qt.AlignLeading)
        return page

    def _build_institutions_tab(self) -> QWidget:
        page = QWidget(self)
        self.institution_edit = QLineEdit(page)
        self.institution_edit.setPlaceholderText(self.tr("name of a ministry or institution"))
        self.institution_edit.returnPressed.connect(self.add_institution)
        add = QPushButton(self.tr("&Add"), page)
        add.clicked.connect(self.add_institution)
        self.institutions_list = QListWidget(page)
        self.institutions_list.itemChanged.connect(lambda _item: self._save_institutions())
        remove = QPushButton(self.tr("&Remove selected"), page)
        remove.clicked.connect(self.remove_institution)
        row = QHBoxLayout()
        row.addWidget(self.institution_edit, 1)
        row.addWidget(add)
        hint = QLabel(
            self.tr("The institutions CoMSEC assesses. Double-click a name to correct it."), page
        )
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.institutions_list, 1)
        layout.addWidget(remove, 0, Qt.AlignLeading)
        layout.addLayout(self._build_institution_details(page))
        return page

    def _build_institution_details(self, page: QWidget) -> QHBoxLayout:
        """Sector and governorate of the chosen institution: they group CoMSEC's workbook."""
        self.sector_edit = QLineEdit(page)
        self.governorate_edit = QLineEdit(page)
        save = QPushButton(self.tr("Save &details"), page)
        save.clicked.connect(self.save_institution_details)
        self.sector_edit.returnPressed.connect(self.save_institution_details)
        self.governorate_edit.returnPressed.connect(self.save_institution_details)
        self.institutions_list.currentRowChanged.connect(self._show_institution_details)
        row = QHBoxLayout()
        for text, edit in (
            (self.tr("Se&ctor:"), self.sector_edit),
            (self.tr("&Governorate:"), self.governorate_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
        row.addWidget(save)
        return row

    def _show_institution_details(self, row: int) -> None:
        item = self.institutions_list.item(row) if row >= 0 else None
        sector, governorate = _details_of(item)
        self.sector_edit.setText(sector)
        self.governorate_edit.setText(governorate)

    def _keep_details(self, item: QListWidgetItem, entry: Institution) -> None:
        """The row remembers its details, so that renaming it keeps them."""
        self.institutions_list.blockSignals(True)
        item.setData(Qt.UserRole, (entry.sector or "", entry.governorate or ""))
        self.institutions_list.blockSignals(False)

    def save_institution_details(self) -> None:
        item = self.institutions_list.currentItem()
        if self.folder is None or item is None:
            self.status_line.show_message(self.tr("Choose an institution in the list."), "error")
            return
        try:
            entry = set_institution_fields(
                self.folder, item.text(), self.sector_edit.text(), self.governorate_edit.text()
            )
        except Exception as error:  # e.g. a read-only folder: said, and the edits stay
            self.status_line.show_error(error)
            return
        self._keep_details(item, entry)
        self.status_line.show_message(
            fill(self.tr("Sector and governorate of %1 saved."), entry.name), "success"
        )

    def _build_frameworks_tab(self) -> QWidget:
        page = QWidget(self)
        self.framework_table = QTableWidget(0, 5, page)
        self.framework_table.setHorizontalHeaderLabels(
            [
                self.tr("Framework"),
                self.tr("Version"),
                self.tr("Items"),
                self.tr("Source"),
                self.tr("Content hash"),
            ]
        )
        self.framework_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.framework_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.framework_table.verticalHeader().setVisible(False)
        header = self.framework_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The content hash takes the room left, shortened in the middle (whole in its tooltip).
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.framework_table.setTextElideMode(Qt.ElideMiddle)
        self.import_button = QPushButton(self.tr("&Import from Excel template…"), page)
        self.import_button.clicked.connect(self._choose_workbook)
        self.export_template_button = QPushButton(self.tr("&Export selected as template…"), page)
        self.export_template_button.clicked.connect(self._export_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_template_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.framework_table, 1)
        layout.addLayout(buttons)
        return page

    # -- common -----------------------------------------------------------------------

    def _run(self, message: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` off the GUI thread; one signing at a time, a second click is ignored."""
        if self.busy:
            return
        operation = self.context.operations.submit(
            lambda _progress: work(), done, self.status_line.show_error, resource=self._resource
        )
        self.status_line.follow(operation, message)

    @property
    def _resource(self) -> str:
        return f"authority:{self.folder}"

    @property
    def busy(self) -> bool:
        return self.context.operations.queue(self._resource).busy

    def _root_passphrase(self) -> str | None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.status_line.show_message(self.tr("Type the root key passphrase first."), "error")
            self.passphrase_edit.setFocus()
            return None
        return passphrase

    def _authority(self) -> Any:
        from ipms_desktop.trust.ca import CertificateAuthority

        return CertificateAuthority(self.folder)

    # -- folder -----------------------------------------------------------------------

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("CA folder"))
        if path:
            self.open_folder(Path(path))

    def open_folder(self, folder: Path) -> None:
        """Show ``folder``: its CA, or the page that initialises one there."""
        self.folder = Path(folder)
        self.folder_edit.setText(str(self.folder))
        present = has_authority(self.folder)
        self.pages.setCurrentIndex(self.AUTHORITY_PAGE if present else self.INITIALISE_PAGE)
        self.passphrase_edit.setVisible(present)
        self.passphrase_label.setVisible(present)
        if present:
            if self.profile is not None:
                self.profile.settings.set(CA_SETTING, str(self.folder))
            self.refresh()

    def refresh(self) -> None:
        """Read the CA folder again: certificates, institutions, framework versions."""
        try:
            authority = self._authority()
            root = authority.root_certificate()
            self.certificates = issued_certificates(authority)
            institutions = load_institutions(self.folder)
            self.versions = framework_versions(self.folder)
        except Exception as error:  # a damaged CA file is named, never a crash
            self.status_line.show_error(error)
            return
        self.status_line.show_message(
            fill(self.tr("Certificate authority: %1"), root.subject.rfc4514_string()),
            "hint",
        )
        self._fill_certificates()
        self.institutions_list.blockSignals(True)
        self.institutions_list.clear()
        for institution in institutions:
            entry = QListWidgetItem(institution.name)
            entry.setData(Qt.UserRole, (institution.sector or "", institution.governorate or ""))
            entry.setFlags(entry.flags() | Qt.ItemIsEditable)
            self.institutions_list.addItem(entry)
        self.institutions_list.blockSignals(False)
        self._fill_frameworks()

    # -- initialise -------------------------------------------------------------------

    def initialise(self) -> None:
        from ipms_desktop.trust.keyfile import PRODUCTION_ARGON2

        name = self.ca_name_edit.text().strip()
        if self.folder is None:
            self.status_line.show_message(
                self.tr("Choose the folder for the new CA first."), "error"
            )
            return
        if not name:
            self.status_line.show_message(self.tr("Give the root certificate a name."), "error")
            self.ca_name_edit.setFocus()
            return
        pairs = (
            (self.new_ca_passphrase, self.new_ca_repeat),
            (self.new_key_passphrase, self.new_key_repeat),
        )
        for index, (first, second) in enumerate(pairs):
            earlier = tuple(pair[0].text() for pair in pairs[:index])
            refused = verdict_problem(assess_passphrase(first.text(), distinct_from=earlier))
            if refused is not None:
                self.status_line.show_message(refused, "error")
                first.setFocus()
                return
            if first.text() != second.text():
                self.status_line.show_message(
                    self.tr("The repeated passphrase differs; type it again."), "error"
                )
                second.setFocus()
                return
        folder, ca_pass, key_pass = self.folder, pairs[0][0].text(), pairs[1][0].text()
        kdf = self.context.key_file_kdf or PRODUCTION_ARGON2

        def done(_authority: Any) -> None:
            for edit in (*pairs[0], *pairs[1]):
                edit.clear()
            self.open_folder(folder)
            self.status_line.show_message(
                fill(self.tr("The certificate authority %1 is ready."), name), "success"
            )

        self._run(
            self.tr("Creating the root certificate and keys…"),
            lambda: create_authority(folder, name, ca_pass, key_pass, kdf=kdf),
            done,
        )

    # -- certificates -----------------------------------------------------------------

    def _choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate request"),
            "",
            file_kinds(self.tr("Requests (*.pem *.csr);;All files (*)")),
        )
        if path:
            self.load_request(Path(path))

    def load_request(self, path: Path) -> None:
        """Read and verify the request; show who and which key before anything is signed."""
        self.request_edit.setText(str(path))
        try:
            summary = read_request(path)
        except Exception as error:  # a bad file is explained, the form stays as typed
            self.request = None
            self.sign_button.setEnabled(False)
            for label in (self.holder_value, self.subject_value, self.key_fingerprint_value):
                label.setText("–")
            self.status_line.show_error(error)
            return
        self.request = summary
        self.holder_value.setText(summary.holder)
        self.subject_value.setText(isolate_ltr(summary.subject))
        self.key_fingerprint_value.setText(summary.key_fingerprint)
        self.receives_value.setText(
            self.tr("Yes (can be a team lead)") if summary.receives_bundles else self.tr("No")
        )
        self.role_combo.setCurrentIndex(0)
        team_lead = self.role_combo.model().item(self.role_combo.findData("team-lead"))
        team_lead.setEnabled(summary.receives_bundles)
        team_lead.setToolTip(
            ""
            if summary.receives_bundles
            else self.tr("This request has no key to receive bundles: it cannot be a team lead.")
        )
        # The certificate is saved beside this request, never over the previous person's.
        self.certificate_out_edit.setText(
            str(Path(path).with_name(f"{Path(path).stem}-certificate.pem"))
        )
        self.sign_button.setEnabled(True)
        self.status_line.show_message(
            self.tr("Check the holder and the key fingerprint, choose the role, then sign."),
            "hint",
        )

    def _choose_certificate_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save certificate"),
            self.certificate_out_edit.text(),
            file_kinds("PEM (*.pem)"),
        )
        if path:
            self.certificate_out_edit.setText(path)

    def _ask_overwrite(self, target: Path) -> None:
        """A file already has that name (often the previous person's certificate): ask."""
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Replace the file?"),
            fill(
                self.tr(
                    "%1 already exists. It may be another person's certificate. Replace it with "
                    "the certificate of %2?"
                ),
                isolate_ltr(str(target)),
                isolate_ltr(self.request.holder if self.request else ""),
            ),
            QMessageBox.NoButton,
            self,
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.DestructiveRole)
        keep = box.addButton(self.tr("Keep it; choose another name"), QMessageBox.RejectRole)
        box.setDefaultButton(keep)
        self.overwrite_box = box

        def answered() -> None:
            self.overwrite_box = None
            if box.clickedButton() is replace:
                self.sign_request(overwrite=True)
            else:
                self.status_line.show_message(
                    self.tr("Nothing was signed. Choose another file name for the certificate."),
                    "warning",
                )
                self.certificate_out_edit.setFocus()

        box.finished.connect(answered)
        box.open()

    def sign_request(self, overwrite: bool = False) -> None:
        """Sign the loaded request; an existing file is replaced only when confirmed."""
        from cryptography.hazmat.primitives.serialization import Encoding

        from ipms_desktop.atomic import write_bytes_atomically
        from ipms_desktop.trust.certificates import certificate_fingerprint

        summary, passphrase = self.request, self._root_passphrase()
        if summary is None or passphrase is None:
            return
        target = self.certificate_out_edit.text().strip()
        if not target:
            self.status_line.show_message(self.tr("Choose where to save the certificate."), "error")
            return
        if self.role_combo.currentData() is None:
            self.status_line.show_message(
                self.tr("Choose the role this person will have, then sign."), "error"
            )
            self.role_combo.setFocus()
            return
        if Path(target).exists() and not overwrite:
            self._ask_overwrite(Path(target))
            return
        authority, role, days = (
            self._authority(),
            self.role_combo.currentData(),
            self.days_spin.value(),
        )
        source = self.request_edit.text()

        def work() -> str:
            certificate = authority.issue(summary.data, role, passphrase, days=days, source=source)
            write_bytes_atomically(Path(target), certificate.public_bytes(Encoding.PEM))
            return certificate_fingerprint(certificate)

        def done(fingerprint: str) -> None:
            self.last_certificate_fingerprint = fingerprint
            self.refresh()
            self.status_line.show_message(
                fill(
                    self.tr("Certificate for %1 saved to %2. Its fingerprint: %3"),
                    summary.holder,
                    isolate_ltr(target),
                    isolate_ltr(fingerprint),
                ),
                "success",
            )

        self._run(self.tr("Signing…"), work, done)

    def _fill_certificates(self) -> None:
        roles = {"assessor": self.tr("Assessor"), "team-lead": self.tr("Team lead")}
        self.certificate_table.setRowCount(len(self.certificates))
        for row, entry in enumerate(self.certificates):
            values = [
                entry.holder,
                roles.get(entry.role, entry.role),
                f"{entry.valid_until:%Y-%m-%d}",
                self.tr("Revoked") if entry.revoked else self.tr("Valid"),
                entry.fingerprint,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.certificate_table.setItem(row, column, cell)

    def selected_certificate(self) -> IssuedCertificate | None:
        row = self.certificate_table.currentRow()
        return self.certificates[row] if 0 <= row < len(self.certificates) else None

    def _confirm_revoke(self) -> None:
        """Check the root key's passphrase first; only then ask why, and whether to go on."""
        entry = self.selected_certificate()
        if entry is None:
            self.status_line.show_message(self.tr("Select the certificate to revoke."), "error")
            return
        passphrase = self._root_passphrase()
        if passphrase is None:
            return
        authority = self._authority()
        self._run(
            self.tr("Checking the passphrase…"),
            lambda: authority.check_passphrase(passphrase),
            lambda _result: self._ask_reason(entry, passphrase),
        )

    def _ask_reason(self, entry: IssuedCertificate, passphrase: str) -> None:
        self.status_line.show_message(self.tr("Choose why the certificate is revoked."), "hint")
        dialog = RevokeDialog(entry, self)
        self.revoke_dialog = dialog

        def answered(result: int) -> None:
            self.revoke_dialog = None
            reason = dialog.reason
            if result == QDialog.Accepted and reason is not None:
                self.revoke(entry, reason, passphrase)
            else:
                self.status_line.show_message(self.tr("Nothing was revoked."), "hint")
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()

    def revoke(self, entry: IssuedCertificate, reason: str, passphrase: str) -> None:
        authority = self._authority()

        def done(number: int) -> None:
            self.refresh()
            self.status_line.show_message(
                fill(
                    self.tr("%1 is revoked (revocation list %2). Publish new trust settings now."),
                    isolate_ltr(entry.holder),
                    str(number),
                ),
                "success",
            )
            self.tabs.setCurrentIndex(1)

        self._run(
            self.tr("Revoking…"),
            lambda: authority.revoke(entry.certificate, passphrase, reason),
            done,
        )

    # -- trust settings ---------------------------------------------------------------

    def _fill_frameworks(self) -> None:
        self.approved_list.clear()
        self.framework_table.setRowCount(len(self.versions))
        language = self.context.language
        for row, version in enumerate(self.versions):
            framework = version.framework
            source = (
                self.tr("shipped")
                if version.imported_from is None
                else fill(self.tr("imported: %1"), version.imported_from.name)
            )
            values = [
                framework.title.get(language),
                framework.version,
                str(len(framework.items)),
                source,
                framework.content_hash,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.framework_table.setItem(row, column, cell)
            entry = QListWidgetItem(f"{framework.title.get(language)} — {framework.version}")
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Checked)
            entry.setToolTip(framework.content_hash)
            self.approved_list.addItem(entry)

    def approved_versions(self) -> list[FrameworkVersion]:
        return [
            version
            for row, version in enumerate(self.versions)
            if self.approved_list.item(row).checkState() == Qt.Checked
        ]

    def _choose_trust_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Trust settings file"),
            self.trust_out_edit.text(),
            file_kinds("(*.ipmst)"),
        )
        if path:
            self.trust_out_edit.setText(path)

    def publish_trust(self) -> None:
        from ipms_desktop.atomic import write_bytes_atomically
        from ipms_desktop.trust.trust_settings import AllowedFramework, load_trust_settings

        passphrase = self._root_passphrase()
        if passphrase is None:
            return
        target = self.trust_out_edit.text().strip()
        if not target:
            self.status_line.show_message(
                self.tr("Choose where to write the trust settings."), "error"
            )
            self.trust_out_edit.setFocus()
            return
        approved = [
            AllowedFramework(v.framework.id, str(v.framework.version), v.framework.content_hash)
            for v in self.approved_versions()
        ]
        if not approved:
            self.status_line.show_message(
                self.tr("Approve at least one framework version."), "error"
            )
            return
        authority = self._authority()

        def work() -> int:
            data = authority.trust_settings(passphrase, frameworks=approved)
            write_bytes_atomically(Path(target), data)
            return load_trust_settings(data).serial

        def done(serial: int) -> None:
            self.status_line.show_message(
                fill(
                    self.tr("Trust settings serial %1 written to %2. Send the file to every team."),
                    str(serial),
                    isolate_ltr(target),
                ),
                "success",
            )

        self._run(self.tr("Signing the trust settings…"), work, done)

    # -- institutions -----------------------------------------------------------------

    def institutions(self) -> list[str]:
        return [
            self.institutions_list.item(row).text() for row in range(self.institutions_list.count())
        ]

    def add_institution(self) -> None:
        name = self.institution_edit.text().strip()
        if not name:
            return
        if name.casefold() in {n.casefold() for n in self.institutions()}:
            self.status_line.show_message(
                fill(self.tr("%1 is already in the list."), name), "warning"
            )
            return
        entry = QListWidgetItem(name)
        entry.setFlags(entry.flags() | Qt.ItemIsEditable)
        self.institutions_list.blockSignals(True)
        self.institutions_list.addItem(entry)
        self.institutions_list.blockSignals(False)
        self.institution_edit.clear()
        self._save_institutions()

    def remove_institution(self) -> None:
        row = self.institutions_list.currentRow()
        if row >= 0:
            self.institutions_list.takeItem(row)
            self._save_institutions()

    def _save_institutions(self) -> None:
        if self.folder is None:
            return
        try:
            kept = save_institutions(self.folder, self.institutions())
        except Exception as error:  # e.g. a read-only folder: said, and the list stays shown
            self.status_line.show_error(error)
            return
        kept_details = {e.name.casefold(): (e.sector or "", e.governorate or "") for e in kept}
        try:
            for row in range(self.institutions_list.count()):  # a renamed row keeps its details
                item = self.institutions_list.item(row)
                details = _details_of(item)
                name = " ".join(item.text().split())
                if any(details) and kept_details.get(name.casefold()) == ("", ""):
                    set_institution_fields(self.folder, name, *details)
        except Exception as error:
            self.status_line.show_error(error)
            return
        self.status_line.show_message(
            fill(self.tr("Institutions list saved (%1 names)."), str(len(kept))), "success"
        )

    # -- frameworks -------------------------------------------------------------------

    def _choose_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Framework workbook"), "", file_kinds(self.tr("Excel workbooks (*.xlsx)"))
        )
        if path:
            self.import_workbook(Path(path))

    def import_workbook(self, workbook: Path) -> None:
        """Validate ``workbook``; list every problem, or keep the new framework version."""
        folder = self.folder
        if folder is None:
            return

        def done(outcome: tuple[list[Problem], Path | None]) -> None:
            problems, written = outcome
            if problems:
                self.status_line.show_message(
                    fill(self.tr("%1 problems: nothing was imported."), str(len(problems))),
                    "error",
                )
                self.report_dialog = ValidationReportDialog(workbook, problems, self)
                self.report_dialog.open()
                return
            self.refresh()
            self.status_line.show_message(
                fill(
                    self.tr(
                        "Framework imported to %1. Approve it in the trust settings to use it."
                    ),
                    isolate_ltr(str(written)),
                ),
                "success",
            )

        self._run(
            self.tr("Checking the workbook…"), lambda: import_framework(folder, workbook), done
        )

    def _export_template(self) -> None:
        from ipms_desktop.frameworks.xlsx import export_framework_xlsx

        row = self.framework_table.currentRow()
        if not 0 <= row < len(self.versions):
            self.status_line.show_message(self.tr("Select a framework version first."), "error")
            return
        framework = self.versions[row].framework
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Excel template"),
            f"{framework.id}-{framework.version}.xlsx",
            file_kinds(self.tr("Excel workbooks (*.xlsx)")),
        )
        if path:
            self._run(
                self.tr("Writing the template…"),
                lambda: export_framework_xlsx(framework.data, Path(path)),
                lambda _result: self.status_line.show_message(
                    self.tr("Template written."), "success"
                ),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            QApplication.beep()
            event.ignore()
            return
        self.passphrase_edit.clear()
        remember_geometry(self, self.context.preferences, "administration")
        event.accept()
