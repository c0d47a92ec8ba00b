; Windows installer for eSMS Desktop (NSIS 3, Modern UI 2).
;
;   makensis /DVERSION=0.1.0 /DSOURCE=..\..\dist\esms-desktop packaging\windows\installer.nsi
;
; Per-user: no administrator rights are asked for. Installs into
; %LOCALAPPDATA%\Programs\eSMS Desktop, adds Start menu and desktop shortcuts and an
; entry in "Apps & features". The uninstaller keeps the user's data folder (the
; sending journal, settings, reports): it is the shop's record of what was sent.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef SOURCE
  !define SOURCE "..\..\dist\esms-desktop"
!endif
!define APPNAME "eSMS Desktop"
!define EXE "esms-desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\eSMSDesktop"

Name "${APPNAME}"
OutFile "eSMS-Desktop-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${APPNAME}" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${APPNAME}"

!define MUI_ICON "..\..\resources\icons\esms-desktop.ico"
!define MUI_UNICON "..\..\resources\icons\esms-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: it is the default for our users.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString DemoShortcut ${LANG_VIETNAMESE} "${APPNAME} (dùng thử)"
LangString DemoShortcut ${LANG_ENGLISH} "${APPNAME} (demo)"
LangString UninstallShortcut ${LANG_VIETNAMESE} "Gỡ cài đặt ${APPNAME}"
LangString UninstallShortcut ${LANG_ENGLISH} "Uninstall ${APPNAME}"
LangString StillRunning ${LANG_VIETNAMESE} "${APPNAME} đang mở. Hãy đóng ứng dụng rồi bấm Thử lại."
LangString StillRunning ${LANG_ENGLISH} "${APPNAME} is running. Close it, then press Retry."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An older copy that is still running would keep its files locked.
  retry:
  ClearErrors
  IfFileExists "$INSTDIR\${EXE}" 0 copy
  FileOpen $0 "$INSTDIR\${EXE}" a
  IfErrors 0 closed
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
  Abort
  closed:
  FileClose $0
  copy:
  ; The bundle of the version installed before (older or newer: a shop owner may run an
  ; older installer again) goes first: its files that this version does not ship (Qt
  ; plugins, libraries, translations) would stay beside this one's and be loaded with it.
  ; Only the program's own folder: the data folder (journal, settings) is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(DemoShortcut).lnk" "$INSTDIR\${EXE}" "--demo"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(UninstallShortcut).lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APPNAME}"
SectionEnd
