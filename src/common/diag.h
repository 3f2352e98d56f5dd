/* User-facing diagnostics: collected during a run (capped), printed at the end
 * in C-compiler text form or as JSON. Internal errors are not diagnostics:
 * see INTERNAL_ERROR in util.h. */
#ifndef PY2C_COMMON_DIAG_H
#define PY2C_COMMON_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "common/source.h"

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct Diag {
    DiagLevel level;
    const SourceFile *src;
    Span span;
    char *message; /* owned */
} Diag;

enum { DIAG_MAX_ERRORS = 20 };

typedef struct DiagList {
    Diag *items;
    int len, cap;
    int error_count;   /* all errors reported, including dropped ones */
    bool truncated;    /* more than DIAG_MAX_ERRORS errors: the rest were dropped */
} DiagList;

void diag_init(DiagList *dl);
void diag_free(DiagList *dl);
void diag_report(DiagList *dl, DiagLevel level, const SourceFile *src, Span span, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
#define diag_error(dl, src, span, ...) diag_report((dl), DIAG_ERROR, (src), (span), __VA_ARGS__)

/* Sorts by position (stable) so output order does not depend on pass order. */
void diag_sort(DiagList *dl);

/* `file.py:LINE:COL: error: message`, the source line and a caret. */
void diag_print_text(const DiagList *dl, FILE *out, bool color);
/* {"diagnostics":[{"file","line","column","end_line","end_column","severity","message"}]} */
void diag_print_json(const DiagList *dl, FILE *out);

/* 1-based column in code points, as shown to users. */
int diag_display_column(const SourceFile *src, int line, int byte_col);

#endif
