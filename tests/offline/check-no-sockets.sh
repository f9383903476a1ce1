#!/bin/sh
# Runs codewijzer-cli under strace and fails on any AF_INET or AF_INET6 socket it opens (the PDF
# report, which starts Qt Gui offscreen, included).
# Arguments: the codewijzer-cli executable, the source folder.
set -u
cli=$1
src=$2
command -v strace >/dev/null || { echo "strace is not installed (scripts/test installs it)"; exit 1; }
# LeakSanitizer cannot run under ptrace; the other tests check for leaks in the sanitizer build.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
log=$(mktemp)
pdf=$(mktemp --suffix=.pdf)
trap 'rm -f "$log" "$pdf"' EXIT
status=0
for args in "evaluate $src/resources/examples/school-photo-16plus.mondia.json" \
            "evaluate --format text --lang en $src/tests/scenarios/whatsapp-group-class.mondia.json" \
            "evaluate --format pdf --output $pdf $src/tests/scenarios/whatsapp-group-class.mondia.json" \
            "cases --code mondia" "cases --code dunamare --format pdf --output $pdf" \
            "verify" "codes" "articles --code dunamare" \
            "diff dunamare $src/docs/examples/voorbeeldschool.json" "diff mondia mondia --format pdf --output $pdf"; do
    # shellcheck disable=SC2086
    strace -f -qq -e trace=socket -o "$log" "$cli" $args >/dev/null || { echo "failed: codewijzer-cli $args"; status=1; }
    if grep -E 'AF_INET6?' "$log"; then
        echo "codewijzer-cli $args opened a network socket"
        status=1
    else
        echo "codewijzer-cli $args: $(grep -c 'socket(' "$log") sockets, none AF_INET or AF_INET6"
    fi
done
exit $status
