; The installer's languages: English and Dutch (cmake/WindowsDeploy.cmake puts this in place of the long list
; in CPack's NSIS template). The installer starts in the language of Windows when it is one of these,
; shows a choice first when it runs interactively (not with /S), and the uninstaller follows Windows.

  !define MUI_LANGDLL_WINDOWTITLE "Codewijzer"
  !define MUI_LANGDLL_INFO "Kies een taal. / Please choose a language."
  !define MUI_LANGDLL_ALLLANGUAGES

  !insertmacro MUI_LANGUAGE "English" ; the first is the default
  !insertmacro MUI_LANGUAGE "Dutch"

  !insertmacro MUI_RESERVEFILE_LANGDLL

  ; The .codewijzer file type, as Explorer names it.
  LangString CodewijzerFileType ${LANG_ENGLISH} "Codewijzer assessment"
  LangString CodewijzerFileType ${LANG_DUTCH} "Codewijzer-beoordeling"
  LangString CodewijzerOpenVerb ${LANG_ENGLISH} "Open with Codewijzer"
  LangString CodewijzerOpenVerb ${LANG_DUTCH} "Openen met Codewijzer"

; After the uninstaller's own clean-up (which removes HKLM\Software\Codewijzer\Codewijzer Installer):
; the vendor key too, when nothing else is in it. Settings that IT staff put in
; HKLM\Software\Codewijzer\Codewijzer stay (see docs/windows.md, "Removing everything").
Function un.onUninstSuccess
  DeleteRegKey /ifempty SHCTX "Software\Codewijzer"
FunctionEnd
