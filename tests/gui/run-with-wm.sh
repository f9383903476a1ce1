#!/bin/sh
# Runs a GUI test binary on a real X server with a window manager, as a projector's screen is:
#   run-with-wm.sh WIDTHxHEIGHT BINARY [ARGS...]
# Starts Xvfb at that size and openbox on it, runs BINARY with QT_QPA_PLATFORM=xcb, and stops both.
# When Xvfb or openbox is missing or does not start, BINARY still runs, offscreen, with
# CODEWIJZER_WM_UNAVAILABLE saying why: its tests then skip with that message (scripts/test installs
# xvfb and openbox).
size=$1
shift

cleanup() {
    [ -n "$wm" ] && kill "$wm" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    wait 2>/dev/null
    [ -n "$dir" ] && rm -rf "$dir"
}

# unavailable REASON BINARY [ARGS...]: the tests run, and skip with the reason.
unavailable() {
    reason=$1
    shift
    echo "run-with-wm: $reason" >&2
    cleanup
    CODEWIJZER_WM_UNAVAILABLE="$reason" QT_QPA_PLATFORM=offscreen exec "$@"
}

for tool in Xvfb openbox; do
    command -v "$tool" >/dev/null 2>&1 || unavailable "$tool is not installed" "$@"
done

# Under AddressSanitizer: libxkbcommon-x11 strndup()s keymap names from buffers that are not
# NUL-terminated (legal, as strndup stops at n), which strict_string_checks reports as an overflow.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"
fi

dir=$(mktemp -d)
trap 'cleanup; exit 130' INT TERM
# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
tries=0
while [ ! -s "$dir/display" ] && [ $tries -lt 100 ]; do
    sleep 0.05
    tries=$((tries + 1))
done
if [ ! -s "$dir/display" ]; then
    unavailable "Xvfb did not start: $(tail -n 1 "$dir/xvfb.log")" "$@"
fi
DISPLAY=:$(cat "$dir/display")
export DISPLAY
openbox --sm-disable >"$dir/openbox.log" 2>&1 &
wm=$!
# The window manager is up when it has claimed the root window (xprop, from x11-utils, tells);
# without xprop, a second is enough.
if command -v xprop >/dev/null 2>&1; then
    tries=0
    until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' || [ $tries -ge 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
else
    sleep 1
fi
if ! kill -0 "$wm" 2>/dev/null; then
    unavailable "openbox did not start: $(tail -n 1 "$dir/openbox.log")" "$@"
fi
QT_QPA_PLATFORM=xcb "$@"
rc=$?
cleanup
exit $rc
