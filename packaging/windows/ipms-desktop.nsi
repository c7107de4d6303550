; Per-user Windows installer for IPMS Desktop.
;
; Installs without administrator rights into %LOCALAPPDATA%\Programs\IPMS Desktop, adds a
; Start-menu shortcut and an entry in "Installed apps", and uninstalls only the program
; files: the assessor's profiles (under %LOCALAPPDATA%\CoMSEC) are never touched.
;
; Built by packaging/build.py on Windows, or by hand (see docs/administrator-guide.md):
;   makensis -DAPP_DIR=dist\ipms-desktop -DVERSION=0.1.0 -DOUTFILE=setup.exe ipms-desktop.nsi
;
; Signing: when the environment variable IPMS_SIGN_COMMAND holds a signing command (for
; example  signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a), the
; uninstaller and the installer are each signed with it ("%1" is the file); without the
; variable the installer is built unsigned.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef APP_DIR
  !error "define APP_DIR, the PyInstaller folder: makensis -DAPP_DIR=dist\ipms-desktop ..."
!endif
!ifndef VERSION
  !error "define VERSION, the application version: makensis -DVERSION=0.1.0 ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "ipms-desktop-${VERSION}-windows-x86_64-setup.exe"
!endif

; An unset environment variable stays as the literal text $%NAME% in makensis.
!if "$%IPMS_SIGN_COMMAND%" != "$${U+25}IPMS_SIGN_COMMAND%"
  !finalize '$%IPMS_SIGN_COMMAND% "%1"' = 0
  !uninstfinalize '$%IPMS_SIGN_COMMAND% "%1"' = 0
!endif

!define APP_NAME "IPMS Desktop"
!define PUBLISHER "CoMSEC (Council of Ministers Secretariat)"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IPMS Desktop"
!define INSTALLER_KEY "Software\CoMSEC\IPMS Desktop Installer"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${INSTALLER_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\ipms-desktop.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Arabic"

Section "IPMS Desktop" SectionProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program whole, so no file of the older version lingers.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\provisioning"
  File /r "${APP_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\ipms-desktop.exe"
  WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ipms-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Program files only: profiles and backups live elsewhere and stay for a reinstall.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\provisioning"
  Delete "$INSTDIR\ipms-desktop.exe"
  Delete "$INSTDIR\ipms.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALLER_KEY}"
SectionEnd
