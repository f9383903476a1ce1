# Installation and packages. Linux: `cpack -G DEB` in a build folder (scripts/package builds the
# release preset, makes the .deb and installs it to check it). Windows: the NSIS and WiX settings
# below; see the README, "Packages".
include(GNUInstallDirs)

set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

install(TARGETS codewijzer-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(CODEWIJZER_BUILD_GUI)
    install(TARGETS codewijzer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
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
    if(WIN32)
        # Qt's DLLs, plugins and translations beside codewijzer.exe (windeployqt).
        qt_generate_deploy_app_script(TARGET codewijzer OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endif()
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/code-format.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/codewijzer)
install(FILES ${PROJECT_SOURCE_DIR}/docs/examples/voorbeeldschool.json ${packaging_dir}/codewijzer.ini.example
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/codewijzer/examples)

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

# Windows (built on Windows only): an NSIS installer with a Start-menu entry, or an MSI through WiX
# for roll-out with group policy. codewijzer.ini goes beside codewijzer.exe in the install folder.
set(CPACK_NSIS_DISPLAY_NAME "Codewijzer")
set(CPACK_NSIS_PACKAGE_NAME "Codewijzer")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN codewijzer.exe)
set(CPACK_WIX_UPGRADE_GUID "6F1C7B0E-6E3B-4C55-9B0B-3E7C2A9D5C41") # fixed: lets a new MSI replace an old one
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Codewijzer")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
