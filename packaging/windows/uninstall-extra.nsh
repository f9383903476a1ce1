; Run by the uninstaller (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): removes the .codewijzer file type
; again. The extension's key goes only while it still points to Codewijzer (another program may
; have taken it over since). Teachers' own settings and answers are not removed: see
; docs/windows.md, "Removing everything".

  ReadRegStr $0 SHCTX "Software\Classes\.codewijzer" ""
  StrCmp $0 "Codewijzer.Assessment" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.codewijzer"
  DeleteRegKey SHCTX "Software\Classes\Codewijzer.Assessment"
  DeleteRegKey SHCTX "Software\Classes\Applications\codewijzer.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
