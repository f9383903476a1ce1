; Run at the end of the install section (CPACK_NSIS_EXTRA_INSTALL_COMMANDS): registers the
; .codewijzer file type for Codewijzer. SHCTX is HKLM for a per-machine install (the default, as
; administrator) and HKCU for a per-user one, so the keys land in HKLM\Software\Classes (what
; HKCR shows every user) or HKCU\Software\Classes.

  WriteRegStr SHCTX "Software\Classes\.codewijzer" "" "Codewijzer.Assessment"
  WriteRegStr SHCTX "Software\Classes\.codewijzer" "Content Type" "application/x-codewijzer"
  WriteRegStr SHCTX "Software\Classes\Codewijzer.Assessment" "" "$(CodewijzerFileType)"
  WriteRegStr SHCTX "Software\Classes\Codewijzer.Assessment\DefaultIcon" "" "$INSTDIR\codewijzer.exe,0"
  WriteRegStr SHCTX "Software\Classes\Codewijzer.Assessment\shell" "" "open"
  WriteRegStr SHCTX "Software\Classes\Codewijzer.Assessment\shell\open" "" "$(CodewijzerOpenVerb)"
  WriteRegStr SHCTX "Software\Classes\Codewijzer.Assessment\shell\open\command" "" '"$INSTDIR\codewijzer.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\codewijzer.exe\SupportedTypes" ".codewijzer" ""
  ; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
