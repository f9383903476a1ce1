; The installer's languages: English and Dutch (Packaging.cmake puts this in place of the long list
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
