# Windows: what codewijzer.exe and codewijzer-cli.exe need beside them in the install folder, their
# icon and version resources, and CPack's NSIS template with two languages. Included by
# packaging/Packaging.cmake when building for Windows.
#
# Qt's DLLs and plugins: windeployqt (qt_generate_deploy_app_script) where Qt has it, that is on a
# Windows machine with Qt's own installer. A cross-built Qt has no windeployqt ("Windows deployment
# tool ... no" in its configure summary, and Qt 6.4's deploy script does not run it when cross
# compiling), so then explicit install rules put the same files in place:
#   Qt6Core, Qt6Gui, Qt6Widgets, Qt6PrintSupport .dll      from the imported Qt targets
#   platforms\qwindows.dll, platforms\qoffscreen.dll       (the CLI makes PDFs offscreen)
#   platforms\qminimal.dll                                 (minimal:enable_fonts, see
#                                                          docs/windows-source-changes.md)
#   styles\qwindowsvistastyle.dll
#   translations\qtbase_nl.qm                              CODEWIJZER_QT_TRANSLATIONS_DIR
#   libgcc_s_seh-1.dll, libstdc++-6.dll, libwinpthread-1.dll  CODEWIJZER_MINGW_RUNTIME_DLLS (MinGW)
#   qt.conf                                                 plugins and translations beside the .exe
set(codewijzer_windows_dir ${PROJECT_SOURCE_DIR}/packaging/windows)

if(CMAKE_CROSSCOMPILING)
    set(codewijzer_default_deploy files)
else()
    set(codewijzer_default_deploy windeployqt)
endif()
set(CODEWIJZER_WINDOWS_DEPLOY ${codewijzer_default_deploy} CACHE STRING
    "How Qt's DLLs and plugins get beside the programs on Windows: windeployqt or files")
set_property(CACHE CODEWIJZER_WINDOWS_DEPLOY PROPERTY STRINGS windeployqt files)

# --- Icon and version information of the executables (MinGW's windres; MSVC builds go without) ---
if(MINGW)
    find_program(CODEWIJZER_WINDRES NAMES ${CMAKE_RC_COMPILER} x86_64-w64-mingw32-windres windres REQUIRED)
    function(codewijzer_add_windows_resources target description)
        set(rc_name ${target})
        set(rc_description "${description}")
        set(rc_icon ${codewijzer_windows_dir}/codewijzer.ico)
        set(rc ${PROJECT_BINARY_DIR}/windows/${target}.rc)
        set(object ${PROJECT_BINARY_DIR}/windows/${target}.rc.obj)
        configure_file(${codewijzer_windows_dir}/codewijzer.rc.in ${rc} @ONLY)
        # Compiled when configuring: the .rc changes with the version or the icon, both of which
        # make CMake configure again.
        execute_process(COMMAND ${CODEWIJZER_WINDRES} -O coff -i ${rc} -o ${object}
                        RESULT_VARIABLE result ERROR_VARIABLE errors)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "windres failed on ${rc}: ${errors}")
        endif()
        set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                     ${codewijzer_windows_dir}/codewijzer.rc.in ${rc_icon})
        target_sources(${target} PRIVATE ${object})
        set_source_files_properties(${object} TARGET_DIRECTORY ${target} PROPERTIES EXTERNAL_OBJECT TRUE)
    endfunction()
    codewijzer_add_windows_resources(codewijzer-cli "Codewijzer on the command line")
    if(CODEWIJZER_BUILD_GUI)
        codewijzer_add_windows_resources(codewijzer "Codewijzer")
    endif()
endif()

# --- Qt's DLLs, plugins and translations, and the compiler's runtime ---
if(CODEWIJZER_WINDOWS_DEPLOY STREQUAL "windeployqt")
    if(CODEWIJZER_BUILD_GUI)
        qt_generate_deploy_app_script(TARGET codewijzer OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endif()
else()
    # The imported Qt targets are visible in the folder that found them: find them here too.
    set(qt_libraries Core Gui)
    set(qt_plugins QWindowsIntegrationPlugin QOffscreenIntegrationPlugin QMinimalIntegrationPlugin)
    if(CODEWIJZER_BUILD_GUI)
        list(APPEND qt_libraries Widgets PrintSupport)
        list(APPEND qt_plugins QWindowsVistaStylePlugin)
    endif()
    find_package(Qt6 REQUIRED COMPONENTS ${qt_libraries})
    # The DLLs installed here, relative to the install folder: stripped like the programs when
    # installing with --strip (CPACK_STRIP_FILES), which strips only install(TARGETS) by itself.
    set(deployed_dlls)
    foreach(library IN LISTS qt_libraries)
        install(FILES $<TARGET_FILE:Qt6::${library}> DESTINATION ${codewijzer_bin_dir})
        list(APPEND deployed_dlls "${codewijzer_bin_dir}/$<TARGET_FILE_NAME:Qt6::${library}>")
    endforeach()
    foreach(plugin IN LISTS qt_plugins)
        if(NOT TARGET Qt6::${plugin})
            message(FATAL_ERROR "This Qt has no ${plugin}: the Windows programs need it")
        endif()
        get_target_property(plugin_type Qt6::${plugin} QT_PLUGIN_TYPE)
        install(FILES $<TARGET_FILE:Qt6::${plugin}> DESTINATION ${codewijzer_bin_dir}/${plugin_type})
        list(APPEND deployed_dlls "${codewijzer_bin_dir}/${plugin_type}/$<TARGET_FILE_NAME:Qt6::${plugin}>")
    endforeach()
    install(FILES ${codewijzer_windows_dir}/qt.conf DESTINATION ${codewijzer_bin_dir})

    # Qt's Dutch (QWizard's buttons, the standard dialogs): the .qm files are the same on every
    # platform, so a cross build takes the host Qt's (Debian: qt6-translations-l10n).
    set(qt_translation_dirs ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS})
    if(QT_HOST_PATH)
        list(APPEND qt_translation_dirs ${QT_HOST_PATH}/share/qt6/translations)
    endif()
    find_path(CODEWIJZER_QT_TRANSLATIONS_DIR qtbase_nl.qm PATHS ${qt_translation_dirs} NO_DEFAULT_PATH
              NO_CMAKE_FIND_ROOT_PATH DOC "The folder with Qt's qtbase_nl.qm")
    if(CODEWIJZER_QT_TRANSLATIONS_DIR)
        install(FILES ${CODEWIJZER_QT_TRANSLATIONS_DIR}/qtbase_nl.qm DESTINATION ${codewijzer_bin_dir}/translations)
    else()
        message(WARNING "qtbase_nl.qm not found (looked in ${qt_translation_dirs}): Qt's own buttons stay in "
                        "English; set CODEWIJZER_QT_TRANSLATIONS_DIR")
    endif()

    if(MINGW)
        if(NOT DEFINED CODEWIJZER_MINGW_RUNTIME_DLLS)
            set(runtime_dlls)
            foreach(dll libgcc_s_seh-1.dll libstdc++-6.dll libwinpthread-1.dll)
                execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                                OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
                if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
                    message(FATAL_ERROR "The compiler does not know where ${dll} is; set CODEWIJZER_MINGW_RUNTIME_DLLS")
                endif()
                file(REAL_PATH "${path}" path)
                list(APPEND runtime_dlls ${path})
            endforeach()
            set(CODEWIJZER_MINGW_RUNTIME_DLLS ${runtime_dlls} CACHE STRING "The MinGW runtime DLLs the programs need")
        endif()
        install(FILES ${CODEWIJZER_MINGW_RUNTIME_DLLS} DESTINATION ${codewijzer_bin_dir})
        foreach(dll IN LISTS CODEWIJZER_MINGW_RUNTIME_DLLS)
            get_filename_component(name ${dll} NAME)
            list(APPEND deployed_dlls "${codewijzer_bin_dir}/${name}")
        endforeach()
    endif()
    if(CMAKE_STRIP)
        foreach(dll IN LISTS deployed_dlls)
            install(CODE "if(CMAKE_INSTALL_DO_STRIP)
                              execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-unneeded
                                              \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${dll}\")
                          endif()")
        endforeach()
    endif()
endif()

# The shipped examples of answers, to try the CLI on (codewijzer-cli evaluate doc\examples\...).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/ DESTINATION ${codewijzer_doc_dir}/examples
        FILES_MATCHING PATTERN "*.json")

# --- CPack's NSIS template: 64-bit, with English and Dutch only and a choice between them ---
function(codewijzer_write_nsis_template folder)
    set(original ${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in)
    file(READ ${original} template)
    string(REGEX REPLACE
           "  !insertmacro MUI_LANGUAGE \"English\"[^\n]*\n(  !insertmacro MUI_LANGUAGE \"[A-Za-z]+\"\n)*"
           "  !include \"${codewijzer_windows_dir}/languages.nsh\"\n" edited "${template}")
    string(REPLACE "Function .onInit\n" "Function .onInit\n  !insertmacro MUI_LANGDLL_DISPLAY\n" edited "${edited}")
    # A 64-bit installer for the 64-bit program (NSIS's amd64-unicode stubs and plugins): it runs on
    # every Windows that runs Codewijzer, and under Debian's wine64 without 32-bit Wine.
    string(REPLACE "  !include \"MUI.nsh\"" "  Target amd64-unicode\n  !include \"MUI.nsh\"" edited "${edited}")
    if(edited STREQUAL template OR NOT edited MATCHES "languages.nsh" OR NOT edited MATCHES "MUI_LANGDLL_DISPLAY"
       OR NOT edited MATCHES "Target amd64-unicode")
        message(FATAL_ERROR "${original} is not as expected: cannot set the installer's languages")
    endif()
    file(WRITE ${folder}/NSIS.template.in "${edited}")
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${original})
endfunction()
