// zlib, as the system ships it: its headers are in /usr/include on Linux and in every macOS
// SDK, and libz comes with every platform Swift runs on, so nothing is downloaded. rckit uses
// raw DEFLATE (inflateInit2_ with windowBits -15) and crc32 to read ZIP archives and .xlsx
// workbooks.
#ifndef RCKIT_CZLIB_SHIM_H
#define RCKIT_CZLIB_SHIM_H
#include <zlib.h>
#endif
