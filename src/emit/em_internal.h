/* Emitter-internal helpers (c_text.c). */
#ifndef PY2C_EMIT_EM_INTERNAL_H
#define PY2C_EMIT_EM_INTERNAL_H

#include <stddef.h>

#include "common/strbuf.h"

/* Appends a C string literal holding exactly the n bytes of s: printable
 * ASCII as is, everything else escaped (octal, so no escape can swallow the
 * next character), and no trigraph can form. */
void em_c_string(StrBuf *out, const char *s, size_t n);

/* Appends a C double literal that reads back as exactly d: Python's shortest
 * round-trip digits where possible ("0.1", "1e+16"); INFINITY for inf. */
void em_c_double(StrBuf *out, double d);

#endif
