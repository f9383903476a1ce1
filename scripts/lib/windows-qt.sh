# Builds Qt 6 (qtbase: Core, Gui, Widgets, PrintSupport, Test) for x86_64-w64-mingw32 from
# Debian's own source package of the host Qt's version, with the host Qt's tools, into a cache
# folder outside the repository. Sourced by scripts/package-windows, not run.
#
# The cache (CODEWIJZER_WINDOWS_CACHE, by default ~/.cache/codewijzer):
#   src/qt6-base-<version>/      Debian's source package, unpacked with its patches (apt-get source)
#   qt-<version>-mingw64-build/  the build folder (can be removed after a build: 1.4 GB)
#   qt-<version>-mingw64/        the installed Qt; .codewijzer-complete is written last
#   qt-<version>-mingw64.log     the build's log

# The host Qt's Debian version (6.4.2+dfsg-10) and Qt version (6.4.2).
host_qt_debian_version() { dpkg-query -W -f='${Version}' libqt6core6; }
host_qt_version() { host_qt_debian_version | sed -E 's/^[0-9]+://; s/[+~-].*//'; }

windows_qt_prefix() {
    echo "${CODEWIJZER_WINDOWS_CACHE:-$HOME/.cache/codewijzer}/qt-$(host_qt_version)-mingw64"
}

# The features of the cross Qt. No OpenGL (INPUT_opengl=no is what -no-opengl sets; FEATURE_opengl
# alone leaves dynamic GL on), no network, SQL, D-Bus, XML or Concurrent (the program uses none),
# no pkg-config (it would find the host's .pc files).
WINDOWS_QT_CONFIGURE_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
    -DFEATURE_pkg_config=OFF
    -DINPUT_opengl=no -DFEATURE_opengl=OFF
    -DFEATURE_network=OFF -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_xml=OFF -DFEATURE_concurrent=OFF
    -DFEATURE_vulkan=OFF
    -DFEATURE_testlib=ON -DFEATURE_widgets=ON -DFEATURE_printsupport=ON
)

# Qt's own translations (qtbase_*.qm) are the same files on every platform: the cross Qt gets the
# host's (Debian's qt6-translations-l10n) instead of building qttranslations, so that programs run
# from the build folder find Qt's Dutch as an installed Windows Qt would have it.
add_windows_qt_translations() {
    local prefix=$1 qm
    mkdir -p "$prefix/translations"
    for qm in /usr/share/qt6/translations/qtbase_*.qm; do
        [ -f "$prefix/translations/${qm##*/}" ] || cp "$qm" "$prefix/translations/"
    done
}

# Makes sure the cross Qt is installed in the cache; builds it when it is not (the first time:
# 35-60 minutes on two cores). Prints the prefix on standard output.
ensure_windows_qt() {
    local repo=$1
    local version debversion cache prefix build src log
    version=$(host_qt_version)
    debversion=$(host_qt_debian_version)
    cache=${CODEWIJZER_WINDOWS_CACHE:-$HOME/.cache/codewijzer}
    prefix=$cache/qt-$version-mingw64
    build=$cache/qt-$version-mingw64-build
    log=$cache/qt-$version-mingw64.log
    if [ -f "$prefix/.codewijzer-complete" ]; then
        echo "Using the cached Qt $version for Windows in $prefix" >&2
        add_windows_qt_translations "$prefix"
        echo "$prefix"
        return 0
    fi

    mkdir -p "$cache/src"
    src=$(ls -d "$cache"/src/qt6-base-"$version"*/ 2>/dev/null | head -1)
    src=${src%/}
    if [ -z "$src" ] || [ ! -f "$src/CMakeLists.txt" ]; then
        echo "Fetching Debian's source of qt6-base $debversion (apt-get source)" >&2
        (cd "$cache/src" && apt-get source -q "qt6-base=$debversion" >&2)
        src=$(ls -d "$cache"/src/qt6-base-"$version"*/ | head -1)
        src=${src%/}
    fi

    # Debian's +dfsg tarball has no src/3rdparty/wintab: put Wine's LGPL headers there with a shim.
    local wintab=$src/src/3rdparty/wintab
    if [ ! -f "$wintab/wintab.h" ]; then
        mkdir -p "$wintab"
        cp /usr/include/wine/wine/windows/wintab.h "$wintab/wine-wintab.h"
        cp /usr/include/wine/wine/windows/pktdef.h "$wintab/pktdef.h"
        cp "$repo/scripts/lib/wintab-shim.h" "$wintab/wintab.h"
    fi

    # The installed Qt remembers its toolchain file (qt.toolchain.cmake chain-loads it): keep a copy
    # with the cache, so that it does not point into a work tree.
    mkdir -p "$prefix/share/codewijzer"
    cp "$repo/cmake/mingw-w64-x86_64.cmake" "$prefix/share/codewijzer/mingw-w64-x86_64.cmake"

    echo "Building Qt $version for Windows (x86_64-w64-mingw32) into $prefix." >&2
    echo "The first build takes 35-60 minutes on two cores (about 1200 steps); later runs reuse it." >&2
    echo "Log: $log" >&2
    # Computed features are cached: a build folder without a finished configure starts afresh.
    [ -f "$build/build.ninja" ] || rm -rf "$build"
    if [ ! -f "$build/build.ninja" ]; then
        nice -n 19 cmake -G Ninja -S "$src" -B "$build" \
            -DCMAKE_TOOLCHAIN_FILE="$prefix/share/codewijzer/mingw-w64-x86_64.cmake" \
            -DCMAKE_INSTALL_PREFIX="$prefix" \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            "${WINDOWS_QT_CONFIGURE_OPTIONS[@]}" >"$log" 2>&1 \
            || { tail -40 "$log" >&2; echo "error: configuring Qt for Windows failed; see $log" >&2; return 1; }
    fi
    # Progress: ninja's [n/total] lines, one every 100 steps.
    local jobs=${CODEWIJZER_JOBS:-2}
    set -o pipefail
    nice -n 19 ninja -C "$build" -j"$jobs" 2>&1 | tee -a "$log" \
        | awk '/^\[[0-9]+\/[0-9]+\]/ { split(substr($1, 2), a, "/"); n = a[1] + 0
                                        if (n % 100 == 0 || n == a[2] + 0) { printf "  Qt: %s\n", $1; fflush() } }
               /FAILED|error:/ { print; fflush() }' >&2 \
        || { tail -40 "$log" >&2; echo "error: building Qt for Windows failed; see $log" >&2; return 1; }
    nice -n 19 cmake --install "$build" >>"$log" 2>&1 \
        || { tail -20 "$log" >&2; echo "error: installing Qt for Windows failed; see $log" >&2; return 1; }
    add_windows_qt_translations "$prefix"
    date -u +%Y-%m-%dT%H:%M:%SZ >"$prefix/.codewijzer-complete"
    echo "Qt $version for Windows is in $prefix" >&2
    echo "$prefix"
}

# Makes sure GoogleTest (and GoogleMock), built for Windows from Debian's sources in
# /usr/src/googletest (package googletest, the same version as libgtest-dev), is in the cache.
# Static libraries, Win32 threads (gtest_disable_pthreads: the library and the tests must agree on
# GTEST_HAS_PTHREAD). Prints the prefix on standard output.
ensure_windows_gtest() {
    local repo=$1
    local version cache prefix build log
    version=$(dpkg-query -W -f='${Version}' googletest | sed -E 's/^[0-9]+://; s/-[^-]*$//')
    cache=${CODEWIJZER_WINDOWS_CACHE:-$HOME/.cache/codewijzer}
    prefix=$cache/googletest-$version-mingw64
    build=$cache/googletest-$version-mingw64-build
    log=$cache/googletest-$version-mingw64.log
    if [ -f "$prefix/.codewijzer-complete" ]; then
        echo "Using the cached GoogleTest $version for Windows in $prefix" >&2
        echo "$prefix"
        return 0
    fi
    echo "Building GoogleTest $version for Windows into $prefix (log: $log)" >&2
    rm -rf "$build"
    { nice -n 19 cmake -G Ninja -S /usr/src/googletest -B "$build" \
          -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-x86_64.cmake" \
          -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
          -DBUILD_GMOCK=ON -DBUILD_SHARED_LIBS=OFF -Dgtest_disable_pthreads=ON \
      && nice -n 19 ninja -C "$build" -j"${CODEWIJZER_JOBS:-2}" \
      && cmake --install "$build"; } >"$log" 2>&1 \
        || { tail -30 "$log" >&2; echo "error: building GoogleTest for Windows failed; see $log" >&2; return 1; }
    rm -rf "$build"
    date -u +%Y-%m-%dT%H:%M:%SZ >"$prefix/.codewijzer-complete"
    echo "$prefix"
}
