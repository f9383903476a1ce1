# Shared set-up for scripts/package-windows: the Debian packages the Windows build needs, a deb-src
# entry derived from this machine's own apt sources, and timing of the steps. Sourced, not run.

# The packages the Windows build needs on top of CODEWIJZER_BUILD_PACKAGES (Debian 12 names).
CODEWIJZER_WINDOWS_PACKAGES=(
    g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
    wine64 nsis xvfb x11-utils openbox xdotool imagemagick icoutils unzip poppler-utils
    dpkg-dev libwine-dev googletest
)

# Adds deb-src entries for the machine's own deb822 apt sources (the same URIs, suites and
# components, Types: deb-src) in a file of its own, and refreshes the package lists once, so that
# `apt-get source` finds Debian's source packages. Writes no host name of its own: everything is
# copied from /etc/apt/sources.list.d/*.sources (and a one-line /etc/apt/sources.list, if any).
ensure_deb_src() {
    local target=/etc/apt/sources.list.d/codewijzer-deb-src.sources
    if [ -s "$target" ] && apt-get source --print-uris qt6-base >/dev/null 2>&1; then
        return 0
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    local tmp
    tmp=$(mktemp)
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        [ "$f" = "$target" ] && continue
        # Keep each stanza whose Types include "deb"; write it again with Types: deb-src.
        awk '
            function flush() {
                if (isdeb && body != "") printf "Types: deb-src\n%s\n", body
                body = ""; isdeb = 0
            }
            /^[[:space:]]*$/ { flush(); next }
            /^[[:space:]]*#/ { next }
            /^Types:/ { for (i = 2; i <= NF; i++) if ($i == "deb") isdeb = 1; next }
            { body = body $0 "\n" }
            END { flush() }
        ' "$f" >>"$tmp"
    done
    if [ -f /etc/apt/sources.list ]; then
        # One-line format: "deb [opts] URI suite components..." becomes a deb822 stanza.
        awk '$1 == "deb" {
                i = 2; opts = ""
                if ($2 ~ /^\[/) { while ($i !~ /\]$/) { opts = opts " " $i; i++ } opts = opts " " $i; i++ }
                printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents:", $i, $(i + 1)
                for (j = i + 2; j <= NF; j++) printf " %s", $j
                printf "\n"
                if (opts ~ /signed-by=/) { sub(/.*signed-by=/, "", opts); sub(/[] ].*/, "", opts); printf "Signed-By: %s\n", opts }
                printf "\n"
            }' /etc/apt/sources.list >>"$tmp"
    fi
    if [ ! -s "$tmp" ]; then
        rm -f "$tmp"
        echo "error: found no deb entries in the apt sources to derive a deb-src entry from" >&2
        return 1
    fi
    "${sudo[@]}" install -m 0644 "$tmp" "$target"
    rm -f "$tmp"
    echo "Added $target (deb-src for this machine's own apt sources)" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
}

# Prints how long a step took: step_begin NAME ... step_end.
declare -A CODEWIJZER_STEP_SECONDS=()
CODEWIJZER_STEP_ORDER=()
step_begin() {
    CODEWIJZER_STEP_NAME=$1
    CODEWIJZER_STEP_START=$(date +%s)
    echo "==> $1" >&2
}
step_end() {
    local seconds=$(( $(date +%s) - CODEWIJZER_STEP_START ))
    CODEWIJZER_STEP_SECONDS[$CODEWIJZER_STEP_NAME]=$seconds
    CODEWIJZER_STEP_ORDER+=("$CODEWIJZER_STEP_NAME")
    echo "<== $CODEWIJZER_STEP_NAME: ${seconds} s" >&2
}
print_step_times() {
    local name
    echo "Times (seconds):"
    for name in "${CODEWIJZER_STEP_ORDER[@]}"; do
        printf '  %-28s %6s\n' "$name" "${CODEWIJZER_STEP_SECONDS[$name]}"
    done
}
