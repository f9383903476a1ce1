/* wintab.h for building Qt's windows platform plugin with MinGW.
 *
 * Debian's +dfsg qt6-base tarball leaves out src/3rdparty/wintab (the Wacom SDK headers), which
 * the plugin's tablet support includes. scripts/package-windows puts this file there as wintab.h,
 * beside Wine's LGPL wintab.h (as wine-wintab.h) and pktdef.h from Debian's libwine-dev. Wine's
 * header uses Wine's own macro for the ANSI/Unicode names, which MinGW's headers do not have, and
 * lacks the SDK's API macro. */
#ifndef CODEWIJZER_WINTAB_SHIM_H
#define CODEWIJZER_WINTAB_SHIM_H
#include <windows.h>
#ifndef WINELIB_NAME_AW
#ifdef UNICODE
#define WINELIB_NAME_AW(name) name##W
#else
#define WINELIB_NAME_AW(name) name##A
#endif
#endif
#ifndef DECL_WINELIB_TYPE_AW
#define DECL_WINELIB_TYPE_AW(type) typedef WINELIB_NAME_AW(type) type;
#endif
/* The Wacom SDK's calling convention macro, which Qt's tablet support uses. */
#ifndef API
#define API WINAPI
#endif
#include "wine-wintab.h"
#endif
