/* Spelling values as C source text. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/em_internal.h"

void em_c_string(StrBuf *out, const char *s, size_t n) {
    sb_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') {
            sb_putc(out, '\\');
            sb_putc(out, (char)ch);
        } else if (ch == '\n') {
            sb_puts(out, "\\n");
        } else if (ch == '\t') {
            sb_puts(out, "\\t");
        } else if (ch == '?' && i > 0 && s[i - 1] == '?') {
            sb_puts(out, "\\?"); /* -std=c11 turns on trigraphs */
        } else if (ch < 0x20 || ch >= 0x7f) {
            sb_printf(out, "\\%03o", ch);
        } else {
            sb_putc(out, (char)ch);
        }
    }
    sb_putc(out, '"');
}

void em_c_double(StrBuf *out, double d) {
    if (isinf(d)) {
        sb_puts(out, d > 0 ? "INFINITY" : "-INFINITY");
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    sb_puts(out, buf);
    /* "100" would be an int in C */
    if (!strpbrk(buf, ".e")) sb_puts(out, ".0");
}
