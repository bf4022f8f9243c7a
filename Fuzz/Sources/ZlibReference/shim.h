// The system's zlib, as the reference rckit's own DEFLATE decoder is compared with (fuzz-inflate).
#ifndef RCKIT_FUZZ_ZLIB_REFERENCE_H
#define RCKIT_FUZZ_ZLIB_REFERENCE_H
#include <zlib.h>
#endif
