/* Emitter-internal helpers (c_text.c, em_live.c). */
#ifndef PY2C_EMIT_EM_INTERNAL_H
#define PY2C_EMIT_EM_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/strbuf.h"
#include "ir/ir.h"

/* Appends a C string literal holding exactly the n bytes of s: printable
 * ASCII as is, everything else escaped (octal, so no escape can swallow the
 * next character), and no trigraph can form. */
void em_c_string(StrBuf *out, const char *s, size_t n);

/* Appends a C double literal that reads back as exactly d: Python's shortest
 * round-trip digits where possible ("0.1", "1e+16"); INFINITY for inf. */
void em_c_double(StrBuf *out, double d);

/* em_live.c: which value temporaries t[k] (bit k) and the result slot (bit
 * ntemps) may hold a reference (be non-NULL) before each instruction
 * (in + i * nw), and at the function's error/unwind exit (err) and at its
 * returns (ret). NULL for generators (not analysed). */
typedef uint64_t EmWord;
typedef struct EmLive {
    int nw;     /* words per set */
    EmWord *in; /* per instruction */
    EmWord *err, *ret;
} EmLive;
EmLive *em_live_new(const IrFunc *f);
void em_live_free(EmLive *l);
bool em_live_has(const EmWord *s, int bit);

#endif
