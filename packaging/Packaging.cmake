# Installation and packages. Linux: `cpack -G DEB` in a build folder (scripts/package uses the
# default preset's build, makes the .deb and installs it to check it). Windows: `cpack -G "NSIS;ZIP"` in a
# build folder for Windows (scripts/package-windows cross-builds one on Debian, with Qt's DLLs and
# plugins from cmake/WindowsDeploy.cmake, and tries the installer under Wine; see docs/windows.md).
include(GNUInstallDirs)

set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

# Linux: /usr/bin and /usr/share/doc/codewijzer. Windows: the programs, Qt's DLLs and plugins in the
# install folder itself (C:\Program Files\Codewijzer), the documentation in its doc\ folder.
if(WIN32)
    set(codewijzer_bin_dir .)
    set(codewijzer_doc_dir doc)
else()
    set(codewijzer_bin_dir ${CMAKE_INSTALL_BINDIR})
    set(codewijzer_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/codewijzer)
endif()

install(TARGETS codewijzer-cli RUNTIME DESTINATION ${codewijzer_bin_dir})
if(CODEWIJZER_BUILD_GUI)
    install(TARGETS codewijzer RUNTIME DESTINATION ${codewijzer_bin_dir})
    if(UNIX AND NOT APPLE)
        install(FILES ${packaging_dir}/codewijzer.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${packaging_dir}/codewijzer-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
                RENAME codewijzer.xml)
        install(FILES ${icons_dir}/codewijzer.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
        foreach(size 32 48 64 128 256)
            install(FILES ${icons_dir}/codewijzer-${size}.png
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME codewijzer.png)
        endforeach()
    endif()
endif()
if(WIN32)
    include(${PROJECT_SOURCE_DIR}/cmake/WindowsDeploy.cmake)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/code-format.md
        DESTINATION ${codewijzer_doc_dir})
install(FILES ${PROJECT_SOURCE_DIR}/docs/examples/voorbeeldschool.json ${packaging_dir}/codewijzer.ini.example
        DESTINATION ${codewijzer_doc_dir}/examples)

set(CPACK_PACKAGE_NAME codewijzer)
set(CPACK_PACKAGE_VENDOR "Codewijzer")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Checks a social-media action against a school's code of conduct")
set(CPACK_PACKAGE_DESCRIPTION
    "Codewijzer helps school staff check what they plan to do on social media against their school group's\n"
    "code of conduct before they do it: a verdict, the advice that follows and the articles it rests on.\n"
    "Built in: Dunamare Onderwijsgroep (2019) and Mondia Scholengroep (2020). Works offline.")
set(CPACK_PACKAGE_CONTACT "Codewijzer <codewijzer@localhost>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Codewijzer")
set(CPACK_PACKAGE_EXECUTABLES codewijzer Codewijzer)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

# Debian: dependencies from the executables' libraries (dpkg-shlibdeps), Qt's Dutch and the font
# the report uses as recommendations.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://codewijzer.invalid/")

# Windows: an NSIS installer (Start-menu entry, the .codewijzer file type, an uninstaller, English
# and Dutch) and a portable .zip, made by scripts/package-windows on Debian (cross-built, see
# docs/windows.md) or on Windows; or an MSI through WiX for roll-out with group policy.
# codewijzer.ini goes beside codewijzer.exe in the install folder.
set(CPACK_NSIS_DISPLAY_NAME "Codewijzer")
set(CPACK_NSIS_PACKAGE_NAME "Codewijzer")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${codewijzer_bin_dir})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The installer's own registry key (HKLM\Software\Codewijzer\Codewijzer Installer and the
# Uninstall entry): without the version, so that a new version finds and replaces the old one (also
# with /S), and not "Codewijzer", which is the key of the program's own settings
# (HKLM\Software\Codewijzer\Codewijzer), which the uninstaller would delete.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Codewijzer Installer")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN codewijzer.exe)
set(CPACK_NSIS_MUI_ICON ${packaging_dir}/windows/codewijzer.ico)
set(CPACK_NSIS_MUI_UNIICON ${packaging_dir}/windows/codewijzer.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME codewijzer.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "https://codewijzer.invalid/")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${packaging_dir}/windows/install-extra.nsh'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${packaging_dir}/windows/uninstall-extra.nsh'")
set(CPACK_WIX_UPGRADE_GUID "6F1C7B0E-6E3B-4C55-9B0B-3E7C2A9D5C41") # fixed: lets a new MSI replace an old one
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Codewijzer")
set(CPACK_WIX_PRODUCT_ICON ${packaging_dir}/windows/codewijzer.ico)

if(WIN32)
    # CPack's own NSIS template, 64-bit, with two languages instead of its sixty and a choice between them.
    codewijzer_write_nsis_template(${PROJECT_BINARY_DIR}/nsis)
    list(PREPEND CMAKE_MODULE_PATH ${PROJECT_BINARY_DIR}/nsis)
    set(CPACK_GENERATOR NSIS ZIP)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
