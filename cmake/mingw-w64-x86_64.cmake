# CMake toolchain file: builds for 64-bit Windows with Debian's MinGW-w64 cross compilers, the posix
# thread model (g++-mingw-w64-x86-64-posix), which Qt needs for std::thread and std::mutex.
# Used to build Qt itself (scripts/package-windows copies it into the Qt cache first, since the
# installed Qt remembers it) and, chain-loaded by the cross Qt's qt-cmake wrapper, to build
# Codewijzer:
#   <qt>/bin/qt-cmake -DQT_CHAINLOAD_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake -S . -B build/windows
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_VERSION 10)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(CODEWIJZER_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${CODEWIJZER_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${CODEWIJZER_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${CODEWIJZER_MINGW_TRIPLET}-windres)
set(CMAKE_AR ${CODEWIJZER_MINGW_TRIPLET}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${CODEWIJZER_MINGW_TRIPLET}-gcc-ranlib-posix CACHE FILEPATH "")
set(CMAKE_STRIP ${CODEWIJZER_MINGW_TRIPLET}-strip CACHE FILEPATH "")
set(CMAKE_OBJDUMP ${CODEWIJZER_MINGW_TRIPLET}-objdump CACHE FILEPATH "")

# Libraries, headers and CMake packages come from the MinGW sysroot (and from the cross Qt, which
# its qt.toolchain.cmake adds); programs (moc, rcc, uic, lrelease) from the host.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${CODEWIJZER_MINGW_TRIPLET})
# Further prefixes built for Windows (GoogleTest in the cache): CODEWIJZER_WINDOWS_PREFIXES, a
# colon-separated list, from the environment so that try_compile sees it too.
if(DEFINED ENV{CODEWIJZER_WINDOWS_PREFIXES} AND NOT "$ENV{CODEWIJZER_WINDOWS_PREFIXES}" STREQUAL "")
    string(REPLACE ":" ";" _codewijzer_prefixes "$ENV{CODEWIJZER_WINDOWS_PREFIXES}")
    list(APPEND CMAKE_FIND_ROOT_PATH ${_codewijzer_prefixes})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Where the MinGW runtime DLLs (libgcc_s_seh-1.dll, libstdc++-6.dll, libwinpthread-1.dll) are:
# Debian puts the compiler's under /usr/lib/gcc/<triplet>/<version>-posix and winpthreads' in
# the sysroot's lib folder.
if(NOT DEFINED CODEWIJZER_MINGW_RUNTIME_DIRS)
    file(GLOB _codewijzer_gcc_dirs LIST_DIRECTORIES true /usr/lib/gcc/${CODEWIJZER_MINGW_TRIPLET}/*-posix)
    set(CODEWIJZER_MINGW_RUNTIME_DIRS ${_codewijzer_gcc_dirs} /usr/${CODEWIJZER_MINGW_TRIPLET}/lib
        CACHE STRING "Folders that hold the MinGW runtime DLLs")
endif()
