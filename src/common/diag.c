#include "common/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "common/util.h"

void diag_init(DiagList *dl) { memset(dl, 0, sizeof *dl); }

void diag_free(DiagList *dl) {
    for (int i = 0; i < dl->len; i++) free(dl->items[i].message);
    free(dl->items);
    memset(dl, 0, sizeof *dl);
}

const char *const diag_warning_names[] = {
    "thread-target-call", /* Thread(target=f(x)): f runs now, the target is None */
    "lock-not-released",  /* x.acquire() not released on a return or raise path */
    "queue-no-sentinel",  /* while True: item = q.get() that can never end */
    NULL,
};

int diag_warning_index(const char *name) {
    for (int i = 0; diag_warning_names[i]; i++)
        if (strcmp(diag_warning_names[i], name) == 0) return i;
    return -1;
}

/* Takes ownership of msg. */
static void push(DiagList *dl, DiagLevel level, const SourceFile *src, Span span, char *msg, const char *warning,
                 bool werror) {
    if (level == DIAG_ERROR && ++dl->error_count > DIAG_MAX_ERRORS) {
        dl->truncated = true;
        free(msg);
        return;
    }
    if (dl->len == dl->cap) {
        dl->cap = dl->cap ? dl->cap * 2 : 8;
        dl->items = xrealloc(dl->items, sizeof(Diag) * (size_t)dl->cap);
    }
    dl->items[dl->len++] = (Diag){level, src, span, msg, warning, werror};
}

static char *vformat(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *msg = xmalloc((size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    return msg;
}

void diag_report(DiagList *dl, DiagLevel level, const SourceFile *src, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    push(dl, level, src, span, msg, NULL, false);
}

void diag_warn(DiagList *dl, const char *name, const SourceFile *src, Span span, const char *fmt, ...) {
    int k = diag_warning_index(name);
    if (k < 0) INTERNAL_ERROR("a warning without a name in diag_warning_names");
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    push(dl, DIAG_WARNING, src, span, msg, diag_warning_names[k], false);
}

void diag_append(DiagList *dl, const Diag *d, bool as_error) {
    push(dl, as_error ? DIAG_ERROR : d->level, d->src, d->span, xstrdup(d->message), d->warning,
         d->werror || (as_error && d->level == DIAG_WARNING));
}

static int diag_cmp(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    if (x->span.start_byte != y->span.start_byte) return x->span.start_byte < y->span.start_byte ? -1 : 1;
    return x < y ? -1 : x > y;
}

void diag_sort(DiagList *dl) {
    /* qsort is not stable: break ties by original address, which is array order. */
    if (dl->len > 1) qsort(dl->items, (size_t)dl->len, sizeof(Diag), diag_cmp);
}

int diag_display_column(const SourceFile *src, int line, int byte_col) {
    uint32_t len;
    const char *text = source_line(src, line, &len);
    uint32_t n = byte_col < 0 ? 0 : (uint32_t)byte_col;
    if (n > len) n = len;
    return utf8_count(text, n) + 1 + (byte_col > (int)len ? byte_col - (int)len : 0);
}

static const char *level_name(DiagLevel level) {
    switch (level) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    }
    return "?";
}

static const char *level_color(DiagLevel level) {
    switch (level) {
    case DIAG_ERROR: return "\033[1;31m";
    case DIAG_WARNING: return "\033[1;35m";
    case DIAG_NOTE: return "\033[1;36m";
    }
    return "";
}

static void print_one(const Diag *d, FILE *out, bool color) {
    const char *bold = color ? "\033[1m" : "", *reset = color ? "\033[0m" : "";
    int col = diag_display_column(d->src, d->span.line, d->span.col);
    fprintf(out, "%s%s:%d:%d: %s%s:%s %s%s%s", bold, d->src->path, d->span.line, col,
            color ? level_color(d->level) : "", level_name(d->level), reset, bold, d->message, reset);
    if (d->warning) fprintf(out, " [%s%s]\n", d->werror ? "-Werror=" : "-W", d->warning);
    else if (d->werror) fputs(" [-Werror]\n", out);
    else fputc('\n', out);
    uint32_t len;
    const char *text = source_line(d->src, d->span.line, &len);
    if (d->span.line < 1 || d->span.line > d->src->line_count) return;
    fprintf(out, "  %.*s\n  ", (int)len, text);
    /* Keep tabs so the caret lines up under the source text. */
    uint32_t upto = d->span.col < 0 ? 0 : (uint32_t)d->span.col;
    for (uint32_t i = 0; i < upto && i < len; i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80) continue;
        fputc(text[i] == '\t' ? '\t' : ' ', out);
    }
    int width = 1;
    if (d->span.end_line == d->span.line && d->span.end_col > d->span.col)
        width = utf8_count(text + (upto < len ? upto : len),
                           (uint32_t)(d->span.end_col < (int)len ? d->span.end_col : (int)len) - (upto < len ? upto : len));
    if (width < 1) width = 1;
    fprintf(out, "%s^", color ? "\033[1;32m" : "");
    for (int i = 1; i < width; i++) fputc('~', out);
    fprintf(out, "%s\n", reset);
}

void diag_print_text(const DiagList *dl, FILE *out, bool color) {
    for (int i = 0; i < dl->len; i++) print_one(&dl->items[i], out, color);
    if (dl->truncated)
        fprintf(out, "py2c: too many errors (%d); only the first %d are shown\n", dl->error_count, DIAG_MAX_ERRORS);
}

void diag_print_json(const DiagList *dl, FILE *out) {
    cJSON *root = cJSON_CreateObject();
    cJSON *arr = cJSON_AddArrayToObject(root, "diagnostics");
    for (int i = 0; i < dl->len; i++) {
        const Diag *d = &dl->items[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", d->src->path);
        cJSON_AddNumberToObject(o, "line", d->span.line);
        cJSON_AddNumberToObject(o, "column", diag_display_column(d->src, d->span.line, d->span.col));
        cJSON_AddNumberToObject(o, "end_line", d->span.end_line);
        cJSON_AddNumberToObject(o, "end_column", diag_display_column(d->src, d->span.end_line, d->span.end_col));
        cJSON_AddStringToObject(o, "severity", level_name(d->level));
        cJSON_AddStringToObject(o, "message", d->message);
        if (d->warning) {
            char opt[96];
            snprintf(opt, sizeof opt, "%s%s", d->werror ? "-Werror=" : "-W", d->warning);
            cJSON_AddStringToObject(o, "option", opt);
        }
        cJSON_AddItemToArray(arr, o);
    }
    cJSON_AddNumberToObject(root, "error_count", dl->error_count);
    cJSON_AddBoolToObject(root, "truncated", dl->truncated);
    char *s = cJSON_Print(root);
    fprintf(out, "%s\n", s);
    cJSON_free(s);
    cJSON_Delete(root);
}
