/* Growable byte string. The buffer is always NUL-terminated. */
#ifndef PY2C_COMMON_STRBUF_H
#define PY2C_COMMON_STRBUF_H

#include <stddef.h>

typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_putc(StrBuf *sb, char c);
void sb_append(StrBuf *sb, const char *s, size_t n);
void sb_puts(StrBuf *sb, const char *s);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends code point cp as UTF-8 (surrogates are encoded as-is, WTF-8 style). */
void sb_put_utf8(StrBuf *sb, unsigned cp);
/* Hands the buffer to the caller (who frees it) and resets sb. */
char *sb_take(StrBuf *sb);

#endif
