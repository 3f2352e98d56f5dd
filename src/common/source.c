#include "common/source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

static void index_lines(SourceFile *src) {
    int cap = 64;
    src->line_starts = xmalloc(sizeof(uint32_t) * (size_t)cap);
    src->line_count = 0;
    src->line_starts[src->line_count++] = 0;
    for (uint32_t i = 0; i < src->len; i++) {
        /* CPython treats \r\n, \r and \n all as line ends. */
        int nl = src->text[i] == '\n' || (src->text[i] == '\r' && (i + 1 >= src->len || src->text[i + 1] != '\n'));
        if (!nl) continue;
        if (src->line_count == cap) {
            cap *= 2;
            src->line_starts = xrealloc(src->line_starts, sizeof(uint32_t) * (size_t)cap);
        }
        src->line_starts[src->line_count++] = i + 1;
    }
}

SourceFile *source_from_text(const char *path, const char *text, uint32_t len) {
    SourceFile *src = xmalloc(sizeof *src);
    src->path = path;
    src->text = xmalloc((size_t)len + 1);
    memcpy(src->text, text, len);
    src->text[len] = '\0';
    src->len = len;
    src->had_bom = false;
    src->raw = NULL;
    src->raw_len = 0;
    index_lines(src);
    return src;
}

SourceFile *source_load(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (len == cap) buf = xrealloc(buf, cap *= 2);
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) break;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (err || len > UINT32_MAX - 1) {
        free(buf);
        errno = err ? err : EFBIG;
        return NULL;
    }
    /* CPython allows a UTF-8 byte order mark; drop it so offsets match CPython's. */
    size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    SourceFile *src = source_from_text(path, buf + skip, (uint32_t)(len - skip));
    src->had_bom = skip != 0;
    free(buf);
    return src;
}

void source_free(SourceFile *src) {
    if (!src) return;
    free(src->text);
    free(src->raw);
    free(src->line_starts);
    free(src);
}

const char *source_bytes(const SourceFile *src, uint32_t *len) {
    *len = src->raw ? src->raw_len : src->len;
    return src->raw ? src->raw : src->text;
}

void source_set_decoded(SourceFile *src, char *text, uint32_t len) {
    if (src->raw) {
        free(src->text);
    } else {
        src->raw = src->text;
        src->raw_len = src->len;
    }
    src->text = text;
    src->len = len;
    free(src->line_starts);
    index_lines(src);
}

int source_line_of(const SourceFile *src, uint32_t at, int32_t *col) {
    int lo = 0, hi = src->line_count - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (src->line_starts[mid] <= at) lo = mid;
        else hi = mid - 1;
    }
    *col = (int32_t)(at - src->line_starts[lo]);
    return lo + 1;
}

Span source_span(const SourceFile *src, uint32_t start, uint32_t end) {
    Span sp = {0, 0, 0, 0, start, end};
    sp.line = source_line_of(src, start, &sp.col);
    sp.end_line = source_line_of(src, end, &sp.end_col);
    return sp;
}

const char *source_line(const SourceFile *src, int line, uint32_t *len) {
    if (line < 1 || line > src->line_count) {
        *len = 0;
        return "";
    }
    uint32_t start = src->line_starts[line - 1];
    uint32_t end = line < src->line_count ? src->line_starts[line] : src->len;
    while (end > start && (src->text[end - 1] == '\n' || src->text[end - 1] == '\r')) end--;
    *len = end - start;
    return src->text + start;
}

uint32_t utf8_valid_prefix(const char *text, uint32_t len) {
    const unsigned char *s = (const unsigned char *)text;
    uint32_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        uint32_t n;
        unsigned cp;
        if (c < 0x80) { i++; continue; }
        else if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
        else return i;
        if (i + n > len) return i;
        for (uint32_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        /* Reject overlong forms, surrogates and values past U+10FFFF. */
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += n;
    }
    return len;
}

int utf8_count(const char *s, uint32_t n) {
    int count = 0;
    for (uint32_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}
