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
    const char *warning; /* a warning's name (one of diag_warning_names), or NULL */
    bool werror;         /* a named warning turned into an error by -Werror */
} Diag;

/* py2c's warnings, each with a stable name that -Wno-NAME and -Werror=NAME
 * take and diagnostics print as `[-WNAME]` (docs/cli.md, docs/py2c.1). The
 * checks behind them are in src/lower/lw_conc_check.c. NULL-terminated. */
extern const char *const diag_warning_names[];
enum { DIAG_MAX_WARNINGS = 32 }; /* room in option tables for every name */
/* The index of name in diag_warning_names, or -1. */
int diag_warning_index(const char *name);

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
/* A warning named name (one of diag_warning_names). */
void diag_warn(DiagList *dl, const char *name, const SourceFile *src, Span span, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Appends a copy of d to dl; as an error when as_error (a warning under -Werror). */
void diag_append(DiagList *dl, const Diag *d, bool as_error);

/* Sorts by position (stable) so output order does not depend on pass order. */
void diag_sort(DiagList *dl);

/* `file.py:LINE:COL: error: message`, the source line and a caret; a named
 * warning ends with ` [-WNAME]` (` [-Werror=NAME]` once promoted), as gcc's. */
void diag_print_text(const DiagList *dl, FILE *out, bool color);
/* {"diagnostics":[{"file","line","column","end_line","end_column","severity","message"[,"option"]}],
 *  "error_count","truncated"}; "option" ("-WNAME" or "-Werror=NAME") only for named warnings. */
void diag_print_json(const DiagList *dl, FILE *out);

/* 1-based column in code points, as shown to users. */
int diag_display_column(const SourceFile *src, int line, int byte_col);

#endif
