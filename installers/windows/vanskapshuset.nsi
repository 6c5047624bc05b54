; Vänskapshuset for Windows: a per-user installer (no administrator rights asked) around the
; PyInstaller one-folder bundle. Build on Windows after `python installers/build.py`:
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\vanskapshuset /DICON=src\vanskapshuset\resources\icons\vanskapshuset.ico /DOUTFILE=dist\Vanskapshuset-0.1.0-setup.exe installers\windows\vanskapshuset.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Vanskapshuset, adds a Start menu shortcut (and, if
; ticked, one on the desktop) and an entry in Add/Remove Programs (HKCU). The uninstaller
; keeps the data folder %LOCALAPPDATA%\Vanskapshuset unless the person ticks its box.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Give the version: /DVERSION=0.1.0"
!endif
!ifndef BUNDLE
  !error "Give the bundle folder: /DBUNDLE=dist\vanskapshuset"
!endif
!ifndef ICON
  !error "Give the icon: /DICON=src\vanskapshuset\resources\icons\vanskapshuset.ico"
!endif
!ifndef OUTFILE
  !define OUTFILE "Vanskapshuset-${VERSION}-setup.exe"
!endif

!define APP_NAME "Vänskapshuset"
!define APP_ID "se.vanskapshuset.Vanskapshuset"
!define PUBLISHER "Vänskapshuset"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\Vanskapshuset"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Vanskapshuset"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\vanskapshuset.exe"
!define MUI_LANGDLL_WINDOWTITLE "Vänskapshuset"
!define MUI_LANGDLL_INFO "Välj språk / Choose a language"
; The language chosen at install is remembered, so the uninstaller speaks it without asking.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Swedish first: the installer speaks the language Windows does, else Swedish.
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"

LangString SectionProgram ${LANG_SWEDISH} "Programmet (krävs)"
LangString SectionProgram ${LANG_ENGLISH} "The program (required)"
LangString SectionDesktop ${LANG_SWEDISH} "Genväg på skrivbordet"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionUnProgram ${LANG_SWEDISH} "Programmet"
LangString SectionUnProgram ${LANG_ENGLISH} "The program"
; Short enough for the components list; the confirmation says what and where.
LangString SectionUnData ${LANG_SWEDISH} "Ta även bort mina data"
LangString SectionUnData ${LANG_ENGLISH} "Also remove my data"
LangString ConfirmData ${LANG_SWEDISH} "Alla besök, aktiviteter och säkerhetskopior i ${DATA_DIR} tas bort för alltid. Fortsätta?"
LangString ConfirmData ${LANG_ENGLISH} "Every visit, activity and backup in ${DATA_DIR} will be removed for good. Continue?"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  ; A newer version replaces the program folder whole; the data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\vanskapshuset.exe" "" "$INSTDIR\vanskapshuset.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\vanskapshuset.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://vanskapshuset.se/"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; EstimatedSize is in KiB
  SectionGetSize ${SecProgram} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\vanskapshuset.exe" "" "$INSTDIR\vanskapshuset.exe" 0
SectionEnd

Section "!un.$(SectionUnProgram)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\vanskapshuset.exe"
  Delete "$INSTDIR\vanskapshuset-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Not ticked unless the person ticks it, and asked again; a silent uninstall (/S) keeps the data.
Section /o "un.$(SectionUnData)" UnSecData
  IfSilent keep
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmData)" IDNO keep
  RMDir /r "${DATA_DIR}"
  keep:
SectionEnd
