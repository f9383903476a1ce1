#!/bin/sh
# Fails when an executable links Qt Network or any network library. Arguments: the executables.
status=0
for exe in "$@"; do
    found=$(ldd "$exe" | grep -E 'libQt6Network|libcurl|libssl|libcrypto|libgnutls|libnghttp|libssh|libresolv|libzmq|libgrpc')
    if [ -n "$found" ]; then
        echo "$exe links a network library:"
        echo "$found"
        status=1
    else
        echo "$exe: no network library"
    fi
done
exit $status
